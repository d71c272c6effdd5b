"""The main window on its own: its parts where a first-time user expects them, the composer's
keys and buttons, the menus, and the layout it remembers. The whole app driving it is in
tests/ui/integration."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from desktop.ui.attachments import Attachment
from desktop.ui.main_window import MINIMUM_SIZE, MainWindow
from desktop.ui.top_bar import TopBar


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window


def menu_texts(window: MainWindow) -> dict[str, list[str]]:
    menus: dict[str, list[str]] = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        assert menu is not None
        entries = [a.text() for a in menu.actions() if not a.isSeparator()]
        menus[action.text()] = entries
    return menus


def a_photo() -> Attachment:
    return Attachment(name="dot.png", mime_type="image/png", data=b"\x89PNG", size=4)


def test_the_parts_are_where_a_first_time_user_expects_them(window: MainWindow) -> None:
    assert window.windowTitle() == "Gemini Desktop"
    assert window.conversation.is_empty()
    assert window.sidebar.isVisible()
    assert window.dock.isVisible() and window.dock.windowTitle() == "Settings"
    assert window.dockWidgetArea(window.dock) == Qt.DockWidgetArea.RightDockWidgetArea
    # Left of the conversation: the sidebar, in a splitter that can fold it away.
    assert window.splitter.indexOf(window.sidebar.parentWidget()) == 0
    sidebar_x = window.sidebar.mapTo(window, window.sidebar.rect().topLeft()).x()
    view_x = window.conversation.mapTo(window, window.conversation.rect().topLeft()).x()
    assert sidebar_x < view_x
    # The composer: the question box above Attach and Send.
    prompt_y = window.prompt.mapTo(window, window.prompt.rect().topLeft()).y()
    send_y = window.send_button.mapTo(window, window.send_button.rect().topLeft()).y()
    assert prompt_y < send_y
    assert window.attach_button.isVisible() and window.attach_button.text() == "Attach"
    assert not window.send_button.isEnabled()
    assert not window.stop_button.isVisible()
    assert window.status_text() == "Ready"
    assert window.connection_text() == "Not connected"
    assert window.prompt.hasFocus()


def test_menus(window: MainWindow) -> None:
    assert menu_texts(window) == {
        "&File": [
            "&New chat",
            "&Attach files…",
            "&Import conversation…",
            "&Export conversation…",
            "&Get code…",
            "&Describe a folder…",
            "&Unfinished batches",
            "&Connection settings…",
            "&Quit",
        ],
        "&View": ["&Conversation list", "&Settings panel", "Co&mpare models…", "&Language"],
    }
    assert window.new_chat_action.shortcut().toString() == "Ctrl+N"
    assert window.strip.attach_action.shortcut().toString() == "Ctrl+O"
    assert "Ctrl+," in [k.toString() for k in window.settings_action.shortcuts()]
    assert window.get_code_action.shortcut().toString() == "Ctrl+Shift+G"
    assert window.compare_action.shortcut().toString() == "Ctrl+Shift+M"
    assert not window.unfinished_batches_menu.menuAction().isVisible()  # until there is one
    assert not window.export_action.isEnabled()
    window.set_conversation_saved(True)
    assert window.export_action.isEnabled()


def test_ctrl_enter_asks_to_send(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.prompt, "What is in this photo?")
    assert window.send_button.isEnabled()
    with qtbot.waitSignal(window.send_requested, timeout=1000):
        qtbot.keyClick(window.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_enter_alone_adds_a_line_and_sends_nothing(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.prompt, "first line")
    with qtbot.assertNotEmitted(window.send_requested, wait=50):
        qtbot.keyClick(window.prompt, Qt.Key.Key_Return)
    qtbot.keyClicks(window.prompt, "second line")
    assert window.prompt_text() == "first line\nsecond line"


def test_a_blank_box_is_not_sent_but_a_file_alone_is(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.prompt, "   ")
    assert not window.send_button.isEnabled()
    with qtbot.assertNotEmitted(window.send_requested, wait=50):
        qtbot.keyClick(window.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    window.strip.add(a_photo())
    assert window.send_button.isEnabled()
    with qtbot.waitSignal(window.send_requested, timeout=1000):
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)


def test_while_an_answer_streams_send_waits_and_stop_and_esc_ask_to_stop(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.set_busy(True)
    qtbot.keyClicks(window.prompt, "next question")
    assert not window.send_button.isEnabled()
    assert window.stop_button.isVisible() and window.stop_button.isEnabled()
    with qtbot.assertNotEmitted(window.send_requested, wait=20):
        qtbot.keyClick(window.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(window.stop_requested, timeout=1000):
        qtbot.keyClick(window.prompt, Qt.Key.Key_Escape)
    with qtbot.waitSignal(window.stop_requested, timeout=1000):
        qtbot.mouseClick(window.stop_button, Qt.MouseButton.LeftButton)
    window.set_busy(False)
    assert window.send_button.isEnabled()
    with qtbot.assertNotEmitted(window.stop_requested, wait=20):
        qtbot.keyClick(window.prompt, Qt.Key.Key_Escape)


def test_new_chat_import_and_export_ask(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.new_chat_requested, timeout=1000):
        qtbot.keyClick(window.prompt, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(window.import_requested, timeout=1000):
        window.import_action.trigger()
    window.set_conversation_saved(True)
    with qtbot.waitSignal(window.export_requested, timeout=1000):
        window.export_action.trigger()
    with qtbot.waitSignal(window.connection_settings_requested, timeout=1000):
        window.settings_action.trigger()


def test_a_problem_with_the_question_shows_above_it_until_the_box_changes(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_composer_problem("Not sent: the schema needs fixing.")
    assert window.composer_problem_text() == "Not sent: the schema needs fixing."
    qtbot.keyClicks(window.prompt, "x")
    assert window.composer_problem_text() == ""


def test_notices_stack_until_dismissed(qtbot: QtBot, window: MainWindow) -> None:
    window.show_notice("The history was set aside.")
    window.show_notice("Connections are kept for this session only.")
    window.show_notice("The history was set aside.")
    assert window.notice_text() == (
        "The history was set aside.\nConnections are kept for this session only."
    )
    window.hide_notice()
    assert window.notice_text() == ""
    window.show_notice("Another one.")
    assert window.notice_text() == "Another one."


def test_the_sidebar_and_the_settings_panel_fold_away(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1320, 820)  # the test screen is 800 px wide: the list had given way
    qtbot.waitUntil(window.sidebar.isVisible)
    window.sidebar_action.trigger()
    assert not window.sidebar.isVisible()
    window.sidebar_action.trigger()
    assert window.sidebar.isVisible()
    window.settings_panel_action.trigger()
    assert not window.dock.isVisible()
    window.settings_panel_action.trigger()
    assert window.dock.isVisible()
    # Dragged shut in the splitter: the menu's tick follows, and the menu opens it again.
    window.splitter.setSizes([0, 1000])
    window.splitter.splitterMoved.emit(0, 1)
    assert not window.is_sidebar_shown()
    window.sidebar_action.trigger()
    assert window.splitter.sizes()[0] > 0


def test_focus_model_picker_opens_the_panel(qtbot: QtBot, window: MainWindow) -> None:
    window.dock.hide()
    window.focus_model_picker()
    assert window.dock.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert window.dock.model_picker.combo.hasFocus()


def test_the_layout_is_remembered(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat)
    window.set_sidebar_shown(False)
    window.dock.hide()
    window.resize(780, 560)  # with no panel beside the conversation (WidthKeeper)
    window.save_state(settings)
    settings.sync()

    again = MainWindow()
    qtbot.addWidget(again)
    again.restore_state(QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat))
    again.show()
    qtbot.waitExposed(again)
    assert (again.width(), again.height()) == (780, 560)
    assert not again.is_sidebar_shown() and not again.sidebar.isVisible()
    assert not again.dock.isVisible()


def test_a_broken_layout_preference_keeps_the_defaults(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "broken.ini"), QSettings.Format.IniFormat)
    for key in ("mainWindow/geometry", "mainWindow/state", "mainWindow/splitter"):
        settings.setValue(key, "not a layout")
    window.restore_state(settings)
    assert window.dock.isVisible() and window.sidebar.isVisible()


def test_the_window_is_never_narrower_than_what_it_shows(qtbot: QtBot, window: MainWindow) -> None:
    """Its minimum width follows the Settings panel beside the conversation, so narrowing it
    never squeezes the conversation (or the panel) below its own minimum."""
    window.build_panels()
    window.set_sidebar_shown(False)
    window.dock.show()
    window.resize(700, 600)
    qtbot.waitUntil(lambda: window.width() == window.minimumWidth())
    conversation = window.splitter.widget(1)
    with_dock = window.minimumWidth()
    assert (
        with_dock >= conversation.minimumSizeHint().width() + window.dock.minimumSizeHint().width()
    )
    assert conversation.width() >= conversation.minimumSizeHint().width()
    assert window.dock.width() >= window.dock.minimumSizeHint().width()

    window.dock.hide()
    assert (
        window.minimumWidth() == MINIMUM_SIZE[0]
    )  # at once: a resize that follows is not held back
    window.resize(MINIMUM_SIZE[0], 600)
    assert window.width() == MINIMUM_SIZE[0]
    window.dock.show()  # the window widens to hold it
    qtbot.waitUntil(lambda: window.width() >= with_dock)


def test_the_conversation_list_gives_way_in_a_narrow_window_and_comes_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    """As a sidebar in the system's own apps: narrowed below what the list needs (a small
    screen, a window snapped to half of one), the window hides it rather than stay wide,
    and shows it again once it is wide enough. The user's choice is what is remembered."""
    window.build_panels()
    window.dock.show()
    window.resize(1320, 820)
    window.set_sidebar_shown(True)
    qtbot.waitUntil(window.sidebar.isVisible)
    conversation = window.splitter.widget(1)
    needed = window.sidebar.minimumSizeHint().width() + conversation.minimumSizeHint().width()
    assert window.width() >= needed + window.dock.width()

    window.resize(window.minimumWidth(), 820)
    qtbot.waitUntil(lambda: not window.sidebar.isVisible())
    assert window.width() < needed + window.dock.minimumSizeHint().width()
    # Nothing squeezed once the new size is laid out.
    qtbot.waitUntil(lambda: conversation.width() >= conversation.minimumSizeHint().width())
    assert not window.sidebar_action.isChecked()  # the toggle says what shows
    assert window.is_sidebar_shown()  # but it is still wanted: saved as shown

    window.resize(1320, 820)
    qtbot.waitUntil(window.sidebar.isVisible)
    assert window.sidebar_action.isChecked()

    # Closed by the user, it stays closed however wide the window gets.
    window.resize(window.minimumWidth(), 820)
    qtbot.waitUntil(lambda: not window.sidebar.isVisible())
    window.set_sidebar_shown(False)
    window.resize(1320, 820)
    qtbot.wait(50)
    assert not window.sidebar.isVisible() and not window.is_sidebar_shown()


def test_opening_the_list_in_a_narrow_window_widens_it_or_folds_the_settings_panel(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.build_panels()
    window.dock.show()
    window.set_sidebar_shown(False)
    window.resize(window.minimumWidth(), 700)
    qtbot.waitUntil(lambda: window.width() == window.minimumWidth())
    window.sidebar_action.trigger()  # the test screen (800 px) cannot hold all three
    qtbot.waitUntil(window.sidebar.isVisible)
    assert not window.dock.isVisible()  # the panel gave way to the list the user asked for
    conversation = window.splitter.widget(1)
    qtbot.waitUntil(lambda: conversation.width() >= conversation.minimumSizeHint().width())


def test_the_top_bar_buttons_show_their_icons_alone_when_there_is_no_room(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.build_panels()
    window.set_sidebar_shown(False)
    window.dock.show()
    bar = window.findChild(TopBar)
    assert bar is not None
    window.resize(1280, 700)
    qtbot.waitUntil(lambda: window.width() == 1280)
    assert bar.compact_buttons() == []

    window.resize(window.minimumWidth(), 700)  # the conversation at its narrowest, and the panel
    qtbot.waitUntil(lambda: bar.compact_buttons() != [])
    compact = bar.compact_buttons()
    assert compact[0] is window.settings_button  # the longest words give way first
    for button in compact:
        assert button.icon().isNull() is False
        assert button.text() and button.toolTip()  # still named, for screen readers and tips
    for child in bar.findChildren(QToolButton):
        assert child.width() >= child.sizeHint().width()  # nothing squeezed

    window.resize(1280, 700)
    qtbot.waitUntil(lambda: bar.compact_buttons() == [])
