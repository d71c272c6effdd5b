"""Keyboard users: every control Tab reaches shows that it has the focus (a ring, a border,
a tint: its picture changes), and Tab goes through the window in screen order."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.integration.helpers import App

TAB_STOPS = 80


def _picture(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


def _press_tab() -> QWidget | None:
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, Qt.Key.Key_Tab)
    QApplication.processEvents()
    return QApplication.focusWidget()


def _name(widget: QWidget) -> str:
    return widget.objectName() or widget.accessibleName() or type(widget).__name__


def test_every_tab_stop_shows_a_focus_ring(make_app: Callable[..., App]) -> None:
    app = make_app()
    app.wait_until_started()
    app.ask("Hello there")
    window = app.window
    window.activateWindow()
    window.prompt.setFocus(Qt.FocusReason.OtherFocusReason)
    visited: list[QWidget] = []
    without_ring: list[str] = []
    focused_picture: QImage | None = None
    for _ in range(TAB_STOPS):
        widget = _press_tab()
        if visited:  # the one before has lost the focus now: it must look different
            before = visited[-1]
            if _picture(before) == focused_picture:
                without_ring.append(_name(before))
        if widget is None or widget is window.prompt or widget in visited:
            break
        visited.append(widget)
        focused_picture = _picture(widget)
    assert len(visited) >= 10
    assert without_ring == []

    # Screen order: the top bar, the conversations, the conversation, the question box,
    # the Settings panel, then round again.
    parts = [window.sidebar, window.conversation, window.prompt.parentWidget(), window.dock]

    def part(widget: QWidget) -> int:
        return next((n + 1 for n, p in enumerate(parts) if p.isAncestorOf(widget)), 0)

    start = window.prompt  # the first stop of its part: Tab went round from there
    order = [part(start)] + [part(w) for w in visited]
    first_top = order.index(0)
    rotated = order[first_top:] + order[:first_top]
    assert rotated == sorted(rotated), [_name(w) for w in visited]
    top_bar = [_name(w) for w in visited if part(w) == 0]
    assert top_bar[:2] == ["sidebarToggle", "profileSwitcher"]
    app.wait_idle()
