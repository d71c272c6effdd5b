"""UI test set-up: offscreen Qt, one shared qasync loop, and guards against leaks and Qt warnings."""

import os

# Before anything creates a QApplication: no window may need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import asyncio
import re
from collections.abc import Iterator

import pytest
import qasync
from pytestqt.exceptions import TimeoutError as QtBotTimeoutError
from pytestqt.qtbot import QtBot

from desktop.ui.qt_logging import OFFSCREEN_LIMITS

PENDING_TASK_GRACE_MS = 1000

# Qt's offscreen platform (the test platform) warns of window-system features it lacks:
# whenever a main window with a dock widget is shown (propagateSizeHints), and when a popup
# such as a completer opens (raise, grabbing the keyboard). The component tests ignored
# exactly these one by one; the integration tests show the real window with its dock, so
# the shared guard ignores them, on the offscreen platform only. Every other Qt warning
# still fails the test.
OFFSCREEN_ONLY_WARNINGS = tuple(f"^{re.escape(message)}$" for message in sorted(OFFSCREEN_LIMITS))


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Before pytest-qt reads the test's qt_log_ignore mark: add the offscreen-only
    warnings to it (keeping the test's own patterns and its `extend` choice)."""
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        return
    own = item.get_closest_marker("qt_log_ignore")
    patterns = (*own.args, *OFFSCREEN_ONLY_WARNINGS) if own else OFFSCREEN_ONLY_WARNINGS
    extend = own.kwargs.get("extend", True) if own else True
    item.add_marker(pytest.mark.qt_log_ignore(*patterns, extend=extend), append=False)


@pytest.fixture(autouse=True)
def _qt_warnings_fail(request: pytest.FixtureRequest) -> None:
    """A Qt warning (or worse) during a UI test fails it, as pytest-qt's qt_log_level_fail."""
    if request.node.get_closest_marker("qt_log_level_fail") is None:
        request.node.add_marker(pytest.mark.qt_log_level_fail("WARNING"))


@pytest.fixture(autouse=True)
def running_loop(qasync_loop: qasync.QEventLoop, qtbot: QtBot) -> Iterator[qasync.QEventLoop]:
    """The shared loop, running for the test; fails the test if it leaves a task pending.

    The loop counts as running only during UI tests, so asyncio.run() elsewhere in the
    session (pytest-asyncio, services tests) is not confused by it.
    """
    asyncio.set_event_loop(qasync_loop)
    asyncio.events._set_running_loop(qasync_loop)
    try:
        yield qasync_loop

        def pending() -> list[asyncio.Task[object]]:
            return [task for task in asyncio.all_tasks(qasync_loop) if not task.done()]

        # Cancelled tasks need a turn of the loop to unwind; give them one, briefly.
        try:
            qtbot.waitUntil(lambda: not pending(), timeout=PENDING_TASK_GRACE_MS)
        except QtBotTimeoutError:
            leftovers = pending()
            for task in leftovers:
                task.cancel()
            names = ", ".join(sorted(task.get_name() for task in leftovers))
            pytest.fail(f"asyncio tasks left pending after the test: {names}")
    finally:
        asyncio.events._set_running_loop(None)
        asyncio.set_event_loop(None)
