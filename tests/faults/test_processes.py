"""`describe` with what could lose or garble an answer: characters that break a terminal or a
JSON Lines reader, a signal mid-answer, a log folder that cannot be written."""

from __future__ import annotations

import json
import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.loopback import LoopbackServer, Scenario

REPO_ROOT = Path(__file__).resolve().parents[1]
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


@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
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
