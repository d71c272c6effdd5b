"""The window and `describe` run as real processes, with what could lose or garble an
answer: characters that break a terminal or a JSON Lines reader, a signal mid-answer
(SIGINT, SIGTERM, SIGKILL), a log folder that cannot be written."""

from __future__ import annotations

import json
import os
import pty
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.core.conversation import TurnStatus
from desktop.services.history import HistoryStore
from tests.loopback import LoopbackServer, Scenario
from tests.test_app import gui_env, history_turns, run_app

REPO_ROOT = Path(__file__).resolve().parents[2]
HOSTILE = "Red\x1b[31m alert\x07 \x1b]0;owned\x07 back\rover \x9b2J end\x7f.\r\n\u2028\u2029\x85!"


def describe_env(server: LoopbackServer, home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GEMINI_", "GOOGLE_"))}
    env.update(
        GEMINI_API_KEY="test-api-key",
        GOOGLE_GEMINI_BASE_URL=server.base_url,
        GEMINI_DESKTOP_HOME=str(home),
        PYTHONIOENCODING="utf-8",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    return env


def describe(server: LoopbackServer, home: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "describe", *argv],
        capture_output=True, text=True, encoding="utf-8", timeout=60, check=False,
        cwd=REPO_ROOT, env=describe_env(server, home),
    )  # fmt: skip


def test_json_lines_escape_the_characters_readers_take_for_line_ends(
    loopback_server: LoopbackServer, isolated_home: Path
) -> None:
    loopback_server.script(Scenario(text=HOSTILE, chunks=1))
    result = describe(loopback_server, isolated_home, "--json", "--prompt", "hi")
    assert result.returncode == 0, result.stderr
    assert "\u2028" not in result.stdout and "\u2029" not in result.stdout
    assert "\x85" not in result.stdout and "\\u2028\\u2029\\u0085" in result.stdout
    (line,) = result.stdout.splitlines()  # str.splitlines splits on all three
    assert json.loads(line)["text"] == HOSTILE


def test_on_a_terminal_control_characters_are_shown_not_obeyed(
    loopback_server: LoopbackServer, isolated_home: Path
) -> None:
    loopback_server.script(Scenario(text=HOSTILE, chunks=4))
    leader, follower = pty.openpty()
    with subprocess.Popen(
        [sys.executable, "-m", "desktop", "describe", "--prompt", "hi"],
        stdout=follower, stderr=subprocess.PIPE, cwd=REPO_ROOT,
        env=describe_env(loopback_server, isolated_home),
    ) as child:  # fmt: skip
        os.close(follower)
        screen = b""
        while True:
            ready, _, _ = select.select([leader], [], [], 60)
            assert ready, "describe wrote nothing for 60 s"
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            screen += chunk
        assert child.wait(timeout=60) == 0
    os.close(leader)
    text = screen.decode("utf-8")
    for raw in ("\x1b", "\x07", "\x7f", "\x9b"):
        assert raw not in text
    # The terminal's own line discipline turns "\n" into "\r\n"; no other CR is left.
    assert "\r" not in text.replace("\r\n", "\n")
    assert "Red␛[31m alert␇ ␛]0;owned␇ back␍over \\x9b2J end␡." in text


def test_through_a_pipe_the_answer_stays_as_the_model_wrote_it(
    loopback_server: LoopbackServer, isolated_home: Path
) -> None:
    loopback_server.script(Scenario(text=HOSTILE, chunks=2))
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "describe", "--prompt", "hi"],
        capture_output=True, timeout=60, check=False, cwd=REPO_ROOT,
        env=describe_env(loopback_server, isolated_home),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8") == HOSTILE + "\n"  # data for a program, untouched


def unwritable_logs(home: Path, how: str) -> Path:
    """A log folder that cannot be created (a file has its name), or a log file on a full
    disk (a link to /dev/full, where every write fails with ENOSPC from the kernel)."""
    logs = home / "logs"
    if how == "folder":
        logs.write_text("not a folder", encoding="utf-8")
    else:
        logs.mkdir()
        (logs / "gemini-desktop.log").symlink_to("/dev/full")
    return logs


@pytest.mark.parametrize("how", ["folder", "full disk"])
def test_describe_runs_without_a_log_file_and_says_so_once(
    loopback_server: LoopbackServer, isolated_home: Path, how: str
) -> None:
    logs = unwritable_logs(isolated_home, how)
    loopback_server.script(Scenario.rate_limited("0.01s"))  # a retry: more records to write
    result = describe(loopback_server, isolated_home, "--prompt", "hello")
    assert result.returncode == 0, result.stderr
    assert "You said: hello." in result.stdout
    assert "Traceback" not in result.stderr and "Logging error" not in result.stderr
    (note,) = [line for line in result.stderr.splitlines() if "log" in line]
    assert note.startswith(f"Gemini Desktop could not write its log to {logs} (")
    assert note.endswith("; it goes on without a log file.")
    assert "Trying again in 1 second (attempt 2 of 4)." in result.stderr


@pytest.mark.parametrize(
    ("number", "as_json"),
    [(signal.SIGINT, False), (signal.SIGTERM, True)],
    ids=["SIGINT-text", "SIGTERM-json"],  # each signal and each output once: a run costs 3 s
)
def test_a_signal_mid_answer_says_so_keeps_the_json_line_and_exits_128_plus_it(
    loopback_server: LoopbackServer, isolated_home: Path, number: int, as_json: bool
) -> None:
    answer = "".join(f"word{n} " for n in range(400))
    loopback_server.script(Scenario(text=answer, chunks=400, drip_delay=0.05))
    argv = ["--json"] if as_json else []
    with subprocess.Popen(
        [sys.executable, "-m", "desktop", "describe", *argv, "--prompt", "A long story"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO_ROOT,
        env=describe_env(loopback_server, isolated_home),
    ) as child:  # fmt: skip
        assert child.stdout is not None and child.stderr is not None
        deadline = time.monotonic() + 30
        while not loopback_server.requests_for("gemini.stream") and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(1.0)  # some of the answer streams
        child.send_signal(number)
        started = time.monotonic()
        stdout, stderr = child.communicate(timeout=30)
    assert time.monotonic() - started < 5
    assert child.returncode == 128 + number, stderr
    err = stderr.decode()
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    name = "SIGINT" if number == signal.SIGINT else "SIGTERM"
    assert err.splitlines() == [
        f"gemini-desktop describe: stopped by {name} before the answer was finished."
    ]
    out = stdout.decode()
    if as_json:
        (line,) = out.splitlines()
        record = json.loads(line)
        assert record["error"]["status"] == "CANCELLED"
        assert record["error"]["message"] == "The answer was stopped before it was finished."
        text = record["text"]
    else:
        assert out.endswith("\n")
        text = out[:-1]
    assert text.startswith("word0 word1 ") and answer.startswith(text) and text != answer


LONG_ANSWER = "".join(f"word{n} " for n in range(400))


def start_a_long_answer(home: Path, server: LoopbackServer) -> tuple[subprocess.Popen[str], str]:
    """The app sending a question whose answer streams for 20 s; returns once at least 40
    characters of it are saved, with the child and what was saved."""
    server.script(Scenario(text=LONG_ANSWER, chunks=400, drip_delay=0.05))
    child = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--prompt", "Tell me a long story", "--send"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO_ROOT,
        env=gui_env(home, server),
    )
    deadline = time.monotonic() + 30
    partial = ""
    while time.monotonic() < deadline and len(partial) < 40:
        time.sleep(0.1)
        if (home / "data" / "history.sqlite3").exists():
            try:
                turns = history_turns(home)
            except sqlite3.OperationalError:  # the file exists before its tables do
                continue
            partial = turns[-1][2] if turns and turns[-1][0] == "model" else ""
    if len(partial) < 40:
        child.kill()
        child.communicate()
        pytest.fail("the answer was never saved while it streamed")
    return child, partial


def test_a_killed_app_leaves_the_answer_interrupted_with_its_text(
    loopback_server: LoopbackServer, tmp_path: Path
) -> None:
    """Issue 5 at app level: SIGKILL while an answer streams, then start again."""
    answer = LONG_ANSWER
    child, partial = start_a_long_answer(tmp_path, loopback_server)
    try:
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        if child.stderr is not None:
            child.stderr.close()
    assert len(loopback_server.requests_for("gemini.stream")) == 1

    again = run_app(tmp_path, loopback_server, quit_after_ms=300)
    assert again.returncode == 0, again.stderr
    with HistoryStore.open(tmp_path / "data") as store:
        assert store.integrity_check() == ["ok"]
        (summary,) = store.list_conversations()
        user, model = store.load(summary.id).turns
    assert user.text == "Tell me a long story"
    assert model.status is TurnStatus.INTERRUPTED
    assert model.text and answer.startswith(model.text) and len(model.text) < len(answer)
    assert len(model.text) >= len(partial)
    assert len(loopback_server.requests_for("gemini.stream")) == 1  # not sent again at start


def test_sigterm_saves_the_answer_as_stopped_and_exits_0_like_closing_the_window(
    loopback_server: LoopbackServer, tmp_path: Path
) -> None:
    """Logout or shutdown sends SIGTERM: the answer so far is kept, marked stopped."""
    child, partial = start_a_long_answer(tmp_path, loopback_server)
    started = time.monotonic()
    child.send_signal(signal.SIGTERM)
    try:
        _, stderr = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 0, stderr
    assert time.monotonic() - started < 10
    assert "Traceback" not in stderr
    user, model = history_turns(tmp_path)
    assert user == ("user", "complete", "Tell me a long story")
    assert model[1] == TurnStatus.STOPPED.value
    assert len(model[2]) >= len(partial) and LONG_ANSWER.startswith(model[2])
    assert len(model[2]) < len(LONG_ANSWER)
    assert len(loopback_server.requests_for("gemini.stream")) == 1
    log_text = (tmp_path / "logs" / "gemini-desktop.log").read_text(encoding="utf-8")
    assert "exited with code 0" in log_text


@pytest.mark.parametrize("how", ["folder", "full disk"])
def test_the_window_runs_without_a_log_file_and_says_so_once(
    loopback_server: LoopbackServer, tmp_path: Path, how: str
) -> None:
    logs = unwritable_logs(tmp_path, how)
    result = run_app(tmp_path, loopback_server, "--prompt", "hi", "--send", quit_after_ms=4000)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "Logging error" not in result.stderr
    assert result.stderr.splitlines() == [
        f"Gemini Desktop could not write its log to {logs} "
        f"({'File exists' if how == 'folder' else 'No space left on device'}); "
        "it goes on without a log file."
    ]
    assert history_turns(tmp_path)[-1] == ("model", "complete", "You said: hi.")


def test_a_killed_describe_leaves_what_it_printed(
    loopback_server: LoopbackServer, isolated_home: Path
) -> None:
    """SIGKILL cannot be caught: what was printed before it stays printed, nothing more."""
    loopback_server.script(Scenario(text=LONG_ANSWER, chunks=400, drip_delay=0.05))
    with subprocess.Popen(
        [sys.executable, "-m", "desktop", "describe", "--prompt", "A long story"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO_ROOT,
        env=describe_env(loopback_server, isolated_home),
    ) as child:  # fmt: skip
        assert child.stdout is not None
        printed = child.stdout.read1(4096)  # blocks until the first words are printed
        started = time.monotonic()
        child.kill()
        stdout, stderr = child.communicate(timeout=30)
    assert time.monotonic() - started < 5
    assert child.returncode == -signal.SIGKILL
    text = (printed + stdout).decode()
    assert text.startswith("word0 ") and LONG_ANSWER.startswith(text) and text != LONG_ANSWER
    assert stderr == b""
    assert len(loopback_server.requests_for("gemini.stream")) == 1
