"""`gemini-desktop [--profile NAME] [--model ID] [--prompt TEXT] [--send] [FILE ...]`, and
files the system asks to open (macOS QFileOpenEvent), queued until the window exists."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop import app
from desktop.app import GuiOptions, parse_gui_args

REPO_ROOT = Path(__file__).resolve().parents[3]


def test_everything_on_one_line() -> None:
    options = parse_gui_args(
        ["--profile", "Work", "--model", "gemini-2.5-pro", "--prompt", "What bird is this?",
         "--send", "bird.jpg", "song.m4a"]
    )  # fmt: skip
    assert options == GuiOptions(
        files=[Path("bird.jpg"), Path("song.m4a")],
        profile="Work",
        model="gemini-2.5-pro",
        prompt="What bird is this?",
        send=True,
    )


def test_files_alone_and_files_between_options() -> None:
    assert parse_gui_args(["photo.jpg"]) == GuiOptions(files=[Path("photo.jpg")])
    options = parse_gui_args(["a.jpg", "--prompt", "Compare them", "b.jpg"])
    assert isinstance(options, GuiOptions)
    assert options.files == [Path("a.jpg"), Path("b.jpg")] and options.prompt == "Compare them"
    assert parse_gui_args([]) == GuiOptions()
    assert parse_gui_args(["--", "--odd name.jpg"]) == GuiOptions(files=[Path("--odd name.jpg")])


def test_send_needs_something_to_send(capsys: pytest.CaptureFixture[str]) -> None:
    assert parse_gui_args(["--send"]) == 2
    assert "--send needs a question (--prompt) or a FILE" in capsys.readouterr().err
    assert parse_gui_args(["--send", "--prompt", "  "]) == 2
    assert isinstance(parse_gui_args(["--send", "photo.jpg"]), GuiOptions)


def test_usage_errors_exit_2_before_qt_loads(capsys: pytest.CaptureFixture[str]) -> None:
    assert app.main(["--send"]) == 2
    assert app.main(["--prompt"]) == 2
    assert "expected one argument" in capsys.readouterr().err


def test_help_documents_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert app.main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "usage: gemini-desktop [-h] [--profile NAME] [--model ID] [--prompt TEXT]" in out
    for words in ("--send", "FILE", "saved connection", "choose this model", "question box",
                  "photos, videos, recordings, PDFs or text files"):  # fmt: skip
        assert words in out


# -- macOS: files opened while the app starts ---------------------------------------------------

OPEN_EVENTS = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QCoreApplication, QUrl
    from PySide6.QtGui import QFileOpenEvent
    from desktop.ui.application import GeminiApplication

    app = GeminiApplication(["gemini-desktop"])
    received = []
    app.files_opened.connect(lambda paths: received.append([str(p) for p in paths]))

    # Before the window exists: queued, no signal.
    QCoreApplication.sendEvent(app, QFileOpenEvent("/photos/first.jpg"))
    QCoreApplication.sendEvent(app, QFileOpenEvent(QUrl.fromLocalFile("/photos/second.mov")))
    QCoreApplication.sendEvent(app, QFileOpenEvent(QUrl("https://example.com/x.jpg")))
    app.processEvents()
    before = list(received)
    pending = [str(p) for p in app.take_pending_files()]

    # The window exists now: one Finder gesture with two files comes out as one signal.
    QCoreApplication.sendEvent(app, QFileOpenEvent("/photos/third.jpg"))
    QCoreApplication.sendEvent(app, QFileOpenEvent("/photos/fourth.jpg"))
    for _ in range(3):
        app.processEvents()
    print(json.dumps({"before": before, "pending": pending, "after": received,
                      "again": [str(p) for p in app.take_pending_files()]}))
    app.shutdown()
    """
)


def test_open_file_events_are_queued_until_the_window_takes_them(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", OPEN_EVENTS],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO_ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "GEMINI_DESKTOP_HOME": str(tmp_path)},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout.strip().splitlines()[-1])
    assert facts["before"] == []
    assert facts["pending"] == ["/photos/first.jpg", "/photos/second.mov"]  # not the web address
    assert facts["after"] == [["/photos/third.jpg", "/photos/fourth.jpg"]]
    assert facts["again"] == []
