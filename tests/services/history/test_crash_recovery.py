"""Killed while an answer streams: on the next start the conversation is there, with the
answer's text so far marked interrupted, and the database is sound."""

from __future__ import annotations

import hashlib
import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

from desktop.core.conversation import TurnStatus
from desktop.services.history import HistoryStore
from tests.loopback import LoopbackServer, Scenario
from tests.services.history.helpers import write_png

REPO = Path(__file__).resolve().parents[3]
WORDS = [f"word{i:03d} " for i in range(60)]
ANSWER = "".join(WORDS)
SAVES_BEFORE_KILL = 4


def lines_of(process: subprocess.Popen[str]) -> queue.Queue[str | None]:
    """The child's stdout lines as they come (None at the end), without blocking the test."""
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line.strip())
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return lines


def test_killed_while_streaming_the_answer_so_far_survives(
    loopback_server: LoopbackServer, isolated_home: Path, tmp_path: Path
) -> None:
    # One word per event, 50 ms apart: three seconds of streaming, saved every 0.1 s.
    loopback_server.script(Scenario(text=ANSWER, chunks=len(WORDS), drip_delay=0.05))
    photo = write_png(tmp_path / "photo.png", width=16, height=9)
    photo_bytes = photo.read_bytes()

    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.services.history.stream_and_save",
            loopback_server.base_url,
            str(photo),
            "0.1",
        ],
        cwd=REPO,
        env=os.environ.copy(),  # GEMINI_DESKTOP_HOME, and 127.0.0.1 kept out of proxies
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines = lines_of(child)
    saved: list[int] = []
    try:
        first = lines.get(timeout=30)
        assert first is not None and first.startswith("conversation"), (
            child.stderr.read() if child.stderr else ""
        )
        while len(saved) < SAVES_BEFORE_KILL:
            line = lines.get(timeout=30)
            assert line is not None and line.startswith("saved"), f"child said {line!r}"
            saved.append(int(line.split()[1]))
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    photo.unlink()  # the stored copy must not depend on the original

    # The request really carried the photo and the prompt.
    (request,) = loopback_server.requests_for("gemini.stream")
    parts = request.json["contents"][0]["parts"]
    assert parts[0]["inlineData"]["mimeType"] == "image/png"
    assert parts[1] == {"text": "What is in this photo?"}

    # The next start.
    with HistoryStore.open() as store:
        assert store.persistent and store.notice is None
        assert store.integrity_check() == ["ok"]
        (recovered,) = store.recover_interrupted()
        assert recovered.status is TurnStatus.INTERRUPTED
        assert recovered.text and ANSWER.startswith(recovered.text)
        assert len(recovered.text) >= saved[-1]  # everything the child reported saved
        assert len(recovered.text) < len(ANSWER)  # it really was cut off

        (summary,) = store.list_conversations()
        assert summary.title == "What is in this photo?"
        assert summary.first_image_hash == hashlib.sha256(photo_bytes).hexdigest()
        user, model = store.load(summary.id).turns
        assert model == recovered
        assert user.text == "What is in this photo?"
        (attachment,) = user.attachments
        assert (attachment.name, attachment.mime_type) == ("photo.png", "image/png")
        assert store.attachment_bytes(attachment.sha256) == photo_bytes
        assert [h.turn_id for h in store.search(recovered.text[:20])] == [model.id]
