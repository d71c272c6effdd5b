"""Start-up: --version and describe stay headless, and the GUI starts and exits cleanly."""

import contextlib
import importlib.util
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop import __version__, app
from desktop.core.conversation import TurnStatus
from desktop.services.history import HistoryStore
from tests.loopback import LoopbackServer, Scenario
from tests.test_cli_hostile import unwritable_logs

REPO_ROOT = Path(__file__).resolve().parent.parent


def run_python(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO_ROOT,
        env={**os.environ, **env},
        check=False,
    )


def test_version_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    assert app.main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"gemini-desktop {__version__}"


def test_help_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    assert app.main(["--help"]) == 0
    assert "usage: gemini-desktop" in capsys.readouterr().out


def test_console_script_prints_the_version() -> None:
    script = Path(sys.executable).with_name("gemini-desktop")
    if not script.exists():
        script = script.with_suffix(".exe")
    if not script.exists():
        pytest.skip("the gemini-desktop console script is not installed in this environment")
    result = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"gemini-desktop {__version__}"


def test_python_dash_m_prints_the_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO_ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert __version__ in result.stdout


def test_importing_the_app_and_version_do_not_load_qt() -> None:
    result = run_python(
        "import sys\n"
        "from desktop import app\n"
        "assert app.main(['--version']) == 0\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'qasync'))\n"
        "assert not loaded, loaded\n"
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(
    importlib.util.find_spec("desktop.cli") is None, reason="desktop.cli is not written yet"
)
def test_describe_does_not_load_qt() -> None:
    result = run_python(
        "import sys\n"
        "from desktop import app\n"
        "try:\n"
        "    app.main(['describe', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "assert 'PySide6' not in sys.modules, 'describe imported PySide6'\n"
    )
    assert result.returncode == 0, result.stderr


def test_gui_starts_and_exits_cleanly(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "GEMINI_DESKTOP_QUIT_AFTER_MS": "300",
        "GEMINI_DESKTOP_HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "photo.jpg"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO_ROOT,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "Fatal" not in result.stderr
    log_text = (tmp_path / "logs" / "gemini-desktop.log").read_text(encoding="utf-8")
    assert "Shutting down" in log_text
    assert "exited with code 0" in log_text


def gui_env(home: Path, server: LoopbackServer, **extra: str) -> dict[str, str]:
    """The app's environment for a run against the loopback server: a Gemini API key from
    the environment, no keyring, offscreen Qt, its own home."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("GEMINI_", "GOOGLE_", "OPENAI_"))
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        GEMINI_DESKTOP_HOME=str(home),
        GEMINI_API_KEY="test-api-key",
        GOOGLE_GEMINI_BASE_URL=server.base_url,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        CLOUDSDK_CONFIG=str(home / "gcloud"),
        **extra,
    )
    return env


def run_app(
    home: Path, server: LoopbackServer, *args: str, quit_after_ms: int
) -> subprocess.CompletedProcess[str]:
    """The app run to its end against the loopback server, quitting by itself."""
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO_ROOT,
        env=gui_env(home, server, GEMINI_DESKTOP_QUIT_AFTER_MS=str(quit_after_ms)),
        check=False,
    )


def history_turns(home: Path) -> list[tuple[str, str, str]]:
    """(role, status, text) of every saved turn, read straight from the history file."""
    with contextlib.closing(sqlite3.connect(home / "data" / "history.sqlite3")) as db:
        rows = db.execute("SELECT role, status, text FROM turns ORDER BY id").fetchall()
    return [(str(role), str(status), str(text)) for role, status, text in rows]


def test_send_from_the_command_line_answers_and_saves(
    loopback_server: LoopbackServer, tmp_path: Path
) -> None:
    env = gui_env(tmp_path, loopback_server, GEMINI_DESKTOP_QUIT_AFTER_MS="4000")
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--prompt", "hi", "--send"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO_ROOT,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert history_turns(tmp_path) == [
        ("user", "complete", "hi"),
        ("model", "complete", "You said: hi."),
    ]
    (request,) = loopback_server.requests_for("gemini.stream")
    assert request.headers["x-goog-api-key"] == "test-api-key"
    log_text = (tmp_path / "logs" / "gemini-desktop.log").read_text(encoding="utf-8")
    assert "exited with code 0" in log_text
    assert "hi" not in log_text.split("Command line:")[1].splitlines()[0]  # no prompt logged


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


@pytest.mark.expected_log(r"^Unexpected error$", logger="desktop.app")
def test_excepthook_logs_and_hands_a_redacted_report_to_the_crash_reporter(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("GEMINI_DESKTOP_HOME", str(tmp_path))
    reports: list[str] = []
    monkeypatch.setattr(app, "crash_reporter", reports.append)
    secret = "AIza" + "A" * 35
    try:
        raise RuntimeError(f"request with {secret} failed")
    except RuntimeError as exc:
        app.excepthook(type(exc), exc, exc.__traceback__)

    assert [r.levelname for r in caplog.records] == ["CRITICAL"]
    assert len(reports) == 1
    assert secret not in reports[0]
    assert "RuntimeError" in reports[0]
    assert str(tmp_path / "logs" / "gemini-desktop.log") in reports[0]
