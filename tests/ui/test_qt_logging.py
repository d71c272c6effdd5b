"""Qt's own messages end up in Python logging."""

import logging
from collections.abc import Iterator

import pytest
from PySide6.QtCore import qInfo, qInstallMessageHandler, qWarning

from desktop.ui.qt_logging import install_qt_message_handler


@pytest.fixture
def qt_handler_installed() -> Iterator[None]:
    previous = install_qt_message_handler()
    try:
        yield
    finally:
        # Give pytest-qt its capturing handler back.
        qInstallMessageHandler(previous)


@pytest.mark.expected_log(r"^a Qt warning$", logger="qt")
@pytest.mark.usefixtures("qt_handler_installed")
def test_qt_warnings_become_log_warnings(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    qWarning("a Qt warning")
    qInfo("some Qt information")
    records = [r for r in caplog.records if r.name == "qt"]
    assert [(r.levelno, r.getMessage()) for r in records] == [
        (logging.WARNING, "a Qt warning"),
        (logging.INFO, "some Qt information"),
    ]


@pytest.mark.usefixtures("qt_handler_installed", "qapp")
def test_what_the_offscreen_platform_cannot_do_is_kept_for_the_debug_log(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A run with no display (the self-test, a script) would print a warning each time a
    window's minimum size changed: a limit of that platform, not a fault of the app."""
    caplog.set_level(logging.DEBUG)
    qWarning("This plugin does not support propagateSizeHints()")
    records = [r for r in caplog.records if r.name == "qt"]
    assert [(r.levelno, r.getMessage()) for r in records] == [
        (logging.DEBUG, "This plugin does not support propagateSizeHints()")
    ]
