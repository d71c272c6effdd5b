"""An error nobody caught shows the crash dialog, with a redacted report, from any thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from desktop import __version__, app
from desktop.ui.crash_dialog import CrashReporter


@pytest.fixture
def reporter(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[tuple[CrashReporter, list[Path]]]:
    monkeypatch.setenv("GEMINI_DESKTOP_HOME", str(tmp_path))
    window = QMainWindow()
    qtbot.addWidget(window)
    folders: list[Path] = []
    reporter = CrashReporter(lambda: window, lambda folder: folders.append(folder) or True)
    monkeypatch.setattr(app, "crash_reporter", reporter.report)
    yield reporter, folders
    if reporter.dialog is not None:
        reporter.dialog.close()


def _fail_in_a_thread(secret: str) -> None:
    def work() -> None:
        raise RuntimeError(f"the request with key {secret} failed")

    thread = threading.Thread(target=work)
    previous = threading.excepthook
    threading.excepthook = app._thread_excepthook
    try:
        thread.start()
        thread.join()
    finally:
        threading.excepthook = previous


@pytest.mark.expected_log(r"^Unexpected error$", logger="desktop.app")
def test_an_error_in_a_worker_thread_shows_a_redacted_report(
    qtbot: QtBot, reporter: tuple[CrashReporter, list[Path]], tmp_path: Path
) -> None:
    crash, folders = reporter
    secret = "AIza" + "B" * 35
    _fail_in_a_thread(secret)
    qtbot.waitUntil(lambda: crash.dialog is not None and crash.dialog.isVisible())
    dialog = crash.dialog
    assert dialog is not None
    assert not dialog.isModal()
    report = dialog.report_text()
    assert report.startswith(f"Gemini Desktop {__version__}\nLog file: ")
    assert str(tmp_path / "logs") in report
    assert "RuntimeError" in report and secret not in report

    dialog.copy_button.click()
    assert QApplication.clipboard().text() == report
    dialog.folder_button.click()
    assert folders == [tmp_path / "logs"]


@pytest.mark.expected_log(r"^Unexpected error$", logger="desktop.app")
def test_errors_that_follow_join_the_open_dialog_and_continue_closes_it(
    qtbot: QtBot, reporter: tuple[CrashReporter, list[Path]]
) -> None:
    crash, _folders = reporter
    for word in ("first", "second"):
        try:
            raise ValueError(word)
        except ValueError as error:
            app.excepthook(type(error), error, error.__traceback__)
    qtbot.waitUntil(lambda: crash.dialog is not None and "second" in crash.dialog.report_text())
    dialog = crash.dialog
    assert dialog is not None
    assert "ValueError: first" in dialog.report_text()
    dialog.continue_button.click()
    qtbot.waitUntil(lambda: crash.dialog is None)
