"""Ctrl+F finds in the conversation (next, previous, "2 of 5", Esc closes); Ctrl+K goes to
the search of the conversation list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTextEdit

from tests.ui.integration.helpers import App


def _press(
    app: App, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    focused = QApplication.focusWidget() or app.window
    app.qtbot.keyClick(focused, key, modifiers)


def test_ctrl_f_finds_steps_counts_and_esc_closes(make_app: Callable[..., App]) -> None:
    app = make_app()
    app.wait_until_started()
    app.ask("Which Garden flowers like shade?")  # the answer repeats the question
    app.ask("And which garden herbs?")
    # The answer's last words are drawn on the next frame after it ends.
    app.qtbot.waitUntil(lambda: "garden herbs" in app.last_answer().browser.toPlainText())
    bar = app.window.conversation.find_bar
    assert not bar.isVisible()

    _press(app, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible() and bar.field.hasFocus()
    app.qtbot.keyClicks(bar.field, "garden")
    # Two questions and two answers, each naming it once, any case.
    assert bar.count_text() == "1 of 4"
    first = bar.current()
    assert first is not None and isinstance(first.widget, QLabel)
    assert first.widget.selectedText() == "Garden"

    _press(app, Qt.Key.Key_Return)
    assert bar.count_text() == "2 of 4"
    second = bar.current()
    assert second is not None and isinstance(second.widget, QTextEdit)
    marked = second.widget.extraSelections()
    assert [s.cursor.selectedText().casefold() for s in marked] == ["garden"]

    _press(app, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_text() == "1 of 4"
    _press(app, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_text() == "4 of 4"  # round to the last

    bar.field.setText("nothing like this")
    assert bar.count_text() == "No matches"

    _press(app, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert second.widget.extraSelections() == []
    app.wait_idle()


def test_ctrl_k_focuses_the_conversation_search_even_with_the_list_hidden(
    make_app: Callable[..., App],
) -> None:
    app = make_app()
    app.wait_until_started()
    app.window.set_sidebar_shown(False)
    app.window.prompt.setFocus()
    _press(app, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert app.window.is_sidebar_shown()
    assert app.window.sidebar.search_field.hasFocus()
    app.wait_idle()
