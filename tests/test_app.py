"""Start-up: --version and describe stay headless, and the GUI starts and exits cleanly."""

import contextlib
import importlib.util
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__, app
from tests.loopback import LoopbackServer

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
