"""The sidebar on its own, driven through real clicks and key presses: what it shows and
which requests it makes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from desktop.core.conversation import SearchHit, Snippet
from desktop.ui.history import HistorySidebar, Roles, friendly_date
from desktop.ui.history.sidebar import SEARCH_DEBOUNCE_MS
from desktop.ui.history.style import SidebarColors
from tests.ui.history.conftest import OFFSCREEN_WINDOW, picture, summary

pytestmark = OFFSCREEN_WINDOW

SHA_A = "a" * 64
SHA_B = "b" * 64


def rows(sidebar: HistorySidebar) -> list[str]:
    model = sidebar.model()
    return [model.index(n).data() for n in range(model.rowCount())]


def click_row(qtbot: QtBot, sidebar: HistorySidebar, row: int) -> None:
    view = sidebar.list_view
    rect = view.visualRect(sidebar.model().index(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def rename_editor(sidebar: HistorySidebar) -> QLineEdit | None:
    return sidebar.list_view.findChild(QLineEdit, "historyRenameEditor")


@pytest.fixture
def filled(sidebar: HistorySidebar) -> HistorySidebar:
    sidebar.set_conversations(
        [
            summary(3, "Recipe ideas with tomatoes", timedelta(minutes=10), SHA_A),
            summary(2, "", timedelta(days=1)),
            summary(1, "Plan a hiking weekend", timedelta(days=40), SHA_B),
        ]
    )
    return sidebar


# --- rows -----------------------------------------------------------------------------------


def test_rows_show_titles_and_friendly_dates_in_the_order_given(filled: HistorySidebar) -> None:
    model = filled.model()
    assert filled.objectName() == "historySidebar"
    assert rows(filled) == ["Recipe ideas with tomatoes", "New chat", "Plan a hiking weekend"]
    now = datetime.now().astimezone()
    dates = [model.index(n).data(Roles.DATE_TEXT) for n in range(3)]
    expected = [friendly_date(s.updated_at, now) for s in model.summaries()]
    assert dates == expected
    assert dates[0].startswith("Today ") and dates[1] == "Yesterday"
    assert model.index(1).data(Qt.ItemDataRole.EditRole) == ""  # untitled, shown as New chat
    filled.grab()  # paints every row without a warning


def test_friendly_dates() -> None:
    uk = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    now = datetime(2025, 3, 19, 16, 30, tzinfo=timezone(timedelta(hours=1)))

    def when(*args: int) -> str:
        return friendly_date(datetime(*args, tzinfo=UTC), now, uk)

    assert when(2025, 3, 19, 13, 2) == "Today 14:02"  # 13:02 UTC is 14:02 here
    assert when(2025, 3, 18, 23, 30) == "Today 00:30"  # yesterday in UTC, today here
    assert when(2025, 3, 18, 9, 0) == "Yesterday"
    assert when(2025, 3, 16, 9, 0) == "Sunday"
    assert when(2025, 3, 12, 9, 0) == "12 Mar"
    assert when(2024, 12, 24, 9, 0) == "24 Dec 2024"
    assert when(2025, 3, 20, 9, 0) == "20 Mar"  # a clock set wrong: a date, not "Today"


def test_set_current_selects_without_asking_to_open(qtbot: QtBot, filled: HistorySidebar) -> None:
    with qtbot.assertNotEmitted(filled.open_requested):
        filled.set_current(2)
    assert filled.list_view.currentIndex().row() == 1
    assert filled.list_view.selectionModel().isSelected(filled.model().index(1))

    filled.set_conversations(filled.model().summaries()[::-1])  # a refresh keeps it marked

    assert filled.list_view.selectionModel().isSelected(filled.model().index(1))
    filled.set_current(None)
    assert not filled.list_view.selectionModel().hasSelection()


def test_empty_history_and_empty_results_say_so(sidebar: HistorySidebar) -> None:
    sidebar.set_conversations([])
    label = sidebar.findChild(QLabel, "historyEmpty")
    assert label is not None
    assert label.isVisible() and not sidebar.list_view.isVisible()
    assert label.text() == "Your conversations will appear here, newest first."

    sidebar.search_field.setText("zebra")
    sidebar.set_search_results([])

    assert label.text() == "No conversation mentions “zebra”."
    sidebar.set_conversations([summary(1, "Hello")])
    assert sidebar.list_view.isVisible() and not label.isVisible()


# --- opening --------------------------------------------------------------------------------


def test_a_click_opens_a_conversation(qtbot: QtBot, filled: HistorySidebar) -> None:
    with qtbot.waitSignal(filled.open_requested) as opened:
        click_row(qtbot, filled, 2)

    assert opened.args == [1]
    assert filled.current() == 1
    with qtbot.assertNotEmitted(filled.open_requested):
        click_row(qtbot, filled, 2)  # already open


def test_enter_opens_the_row_the_keyboard_is_on(qtbot: QtBot, filled: HistorySidebar) -> None:
    filled.list_view.setFocus()
    filled.list_view.setCurrentIndex(filled.model().index(0))
    qtbot.keyClick(filled.list_view, Qt.Key.Key_Down)

    with qtbot.waitSignal(filled.open_requested) as opened:
        qtbot.keyClick(filled.list_view, Qt.Key.Key_Return)

    assert opened.args == [2]


def test_new_chat_button(qtbot: QtBot, filled: HistorySidebar) -> None:
    with qtbot.waitSignal(filled.new_chat_requested):
        qtbot.mouseClick(filled.new_chat_button, Qt.MouseButton.LeftButton)


# --- search ---------------------------------------------------------------------------------


def test_typing_searches_once_after_a_pause(qtbot: QtBot, filled: HistorySidebar) -> None:
    asked: list[str] = []
    filled.search_requested.connect(asked.append)

    qtbot.keyClicks(filled.search_field, "tomato")
    assert asked == []  # nothing while typing
    qtbot.waitUntil(lambda: asked == ["tomato"], timeout=SEARCH_DEBOUNCE_MS * 10)
    qtbot.wait(SEARCH_DEBOUNCE_MS * 2)
    assert asked == ["tomato"]  # one search for the word, not one per key

    qtbot.keyClick(filled.search_field, Qt.Key.Key_Escape)  # clears, and lists again at once
    assert filled.search_field.text() == ""
    assert asked == ["tomato", ""]


def highlight_pixels(sidebar: HistorySidebar) -> int:
    """How many pixels of the list wear the search-match colour."""
    image = sidebar.list_view.viewport().grab().toImage()
    mark = SidebarColors.from_palette(QApplication.palette()).highlight
    count = 0
    for y in range(0, image.height()):
        for x in range(0, image.width(), 2):
            pixel = QColor(image.pixel(x, y))
            if (
                abs(pixel.red() - mark.red()) < 6
                and abs(pixel.green() - mark.green()) < 6
                and abs(pixel.blue() - mark.blue()) < 6
            ):
                count += 1
    return count


def test_search_results_show_snippets_with_the_matches_marked(
    qtbot: QtBot, filled: HistorySidebar
) -> None:
    filled.search_field.setText("tomato")
    text = "…and add the tomatoes last, with a little basil and salt."
    start = text.index("tomato")
    hits = [
        SearchHit(
            summary(3, "Recipe ideas with tomatoes"),
            turn_id=7,
            snippet=Snippet(text, ((start, start + 6),)),
        ),
        SearchHit(summary(5, "Tomato soup"), turn_id=None, snippet=None),  # the title matched
    ]

    filled.set_search_results(hits)

    model = filled.model()
    assert model.is_searching()
    assert rows(filled) == ["Recipe ideas with tomatoes", "Tomato soup"]
    assert model.index(0).data(Roles.SNIPPET).highlights == ((start, start + 6),)
    assert model.index(0).data(Roles.TITLE_HIGHLIGHTS) == ((18, 24),)
    assert model.index(1).data(Roles.TITLE_HIGHLIGHTS) == ((0, 6),)
    assert highlight_pixels(filled) > 100  # the marks are really painted

    filled.set_search_results([SearchHit(summary(9, "Unrelated"), 1, Snippet("plain", ()))])
    assert highlight_pixels(filled) == 0


def test_a_match_deep_in_a_long_snippet_is_brought_into_sight(
    qtbot: QtBot, filled: HistorySidebar
) -> None:
    text = "word " * 60 + "tomato at the end"
    start = text.index("tomato")
    filled.search_field.setText("tomato")
    filled.set_search_results(
        [SearchHit(summary(1, "Long"), 1, Snippet(text, ((start, start + 6),)))]
    )

    assert highlight_pixels(filled) > 30


# --- renaming -------------------------------------------------------------------------------


def test_f2_renames_in_place(qtbot: QtBot, filled: HistorySidebar) -> None:
    filled.list_view.setFocus()
    filled.list_view.setCurrentIndex(filled.model().index(0))

    qtbot.keyClick(filled.list_view, Qt.Key.Key_F2)
    editor = rename_editor(filled)
    assert editor is not None and editor.text() == "Recipe ideas with tomatoes"
    qtbot.waitUntil(lambda: editor.selectedText() == editor.text())
    qtbot.keyClicks(editor, "Summer recipes")
    with qtbot.waitSignal(filled.rename_requested) as renamed:
        qtbot.keyClick(editor, Qt.Key.Key_Return)

    assert renamed.args == [3, "Summer recipes"]
    assert rows(filled)[0] == "Summer recipes"


def test_escape_keeps_the_title(qtbot: QtBot, filled: HistorySidebar) -> None:
    filled.list_view.setFocus()
    filled.list_view.setCurrentIndex(filled.model().index(2))
    qtbot.keyClick(filled.list_view, Qt.Key.Key_F2)
    editor = rename_editor(filled)
    assert editor is not None
    qtbot.keyClicks(editor, "Something else")

    with qtbot.assertNotEmitted(filled.rename_requested):
        qtbot.keyClick(editor, Qt.Key.Key_Escape)

    assert rows(filled)[2] == "Plan a hiking weekend"


def test_an_emptied_title_asks_for_the_automatic_one(qtbot: QtBot, filled: HistorySidebar) -> None:
    filled.list_view.setFocus()
    filled.list_view.setCurrentIndex(filled.model().index(0))
    qtbot.keyClick(filled.list_view, Qt.Key.Key_F2)
    editor = rename_editor(filled)
    assert editor is not None
    editor.clear()

    with qtbot.waitSignal(filled.rename_requested) as renamed:
        qtbot.keyClick(editor, Qt.Key.Key_Return)

    assert renamed.args == [3, ""]


def test_double_click_renames(qtbot: QtBot, filled: HistorySidebar) -> None:
    view = filled.list_view
    rect = view.visualRect(filled.model().index(1))
    # A real double click: press and release, then the double click (QTest sends only that).
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert rename_editor(filled) is not None


def test_a_refresh_while_renaming_waits_for_the_editor(
    qtbot: QtBot, filled: HistorySidebar
) -> None:
    filled.list_view.setFocus()
    filled.list_view.setCurrentIndex(filled.model().index(0))
    qtbot.keyClick(filled.list_view, Qt.Key.Key_F2)
    editor = rename_editor(filled)
    assert editor is not None
    qtbot.keyClicks(editor, "Half typed")

    filled.set_conversations([summary(8, "Arrived meanwhile"), *filled.model().summaries()])

    assert editor.text() == "Half typed" and rows(filled)[0] == "Recipe ideas with tomatoes"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows(filled)[0] == "Arrived meanwhile")


# --- deleting -------------------------------------------------------------------------------


def test_delete_offers_undo(qtbot: QtBot, filled: HistorySidebar) -> None:
    filled.list_view.setFocus()
    filled.list_view.setCurrentIndex(filled.model().index(1))

    with qtbot.waitSignal(filled.delete_requested) as deleted:
        qtbot.keyClick(filled.list_view, Qt.Key.Key_Delete)

    assert deleted.args == [2]
    assert rows(filled) == ["Recipe ideas with tomatoes", "Plan a hiking weekend"]
    assert filled.undo_bar.isVisible()
    assert filled.undo_bar.text() == "Conversation deleted."
    assert filled.undo_pending() == 2
    with qtbot.waitSignal(filled.undo_delete_requested) as undone:
        qtbot.mouseClick(filled.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert undone.args == [2]
    assert not filled.undo_bar.isVisible() and filled.undo_pending() is None


def test_ctrl_z_in_the_list_undoes(qtbot: QtBot, filled: HistorySidebar) -> None:
    filled.list_view.setFocus()
    filled.list_view.setCurrentIndex(filled.model().index(0))
    qtbot.keyClick(filled.list_view, Qt.Key.Key_Delete)

    with qtbot.waitSignal(filled.undo_delete_requested) as undone:
        qtbot.keyClick(filled.list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert undone.args == [3]


def test_the_undo_offer_ends_after_its_time(qtbot: QtBot) -> None:
    sidebar = HistorySidebar(undo_seconds=0.2)
    qtbot.addWidget(sidebar)
    sidebar.show()
    sidebar.set_conversations([summary(1, "One"), summary(2, "Two")])
    sidebar.list_view.setFocus()
    sidebar.list_view.setCurrentIndex(sidebar.model().index(0))
    qtbot.keyClick(sidebar.list_view, Qt.Key.Key_Delete)

    with qtbot.waitSignal(sidebar.undo_expired, timeout=3000) as expired:
        pass

    assert expired.args == [1]
    assert not sidebar.undo_bar.isVisible() and sidebar.undo_pending() is None


def test_a_second_delete_ends_the_first_offer(qtbot: QtBot, filled: HistorySidebar) -> None:
    filled.list_view.setFocus()
    filled.list_view.setCurrentIndex(filled.model().index(0))
    qtbot.keyClick(filled.list_view, Qt.Key.Key_Delete)

    with qtbot.waitSignal(filled.undo_expired) as expired:
        qtbot.keyClick(filled.list_view, Qt.Key.Key_Delete)  # the next row, now current

    assert expired.args == [3]
    assert filled.undo_pending() == 2


def test_closing_the_undo_bar_ends_the_offer(qtbot: QtBot, filled: HistorySidebar) -> None:
    filled.list_view.setFocus()
    filled.list_view.setCurrentIndex(filled.model().index(2))
    qtbot.keyClick(filled.list_view, Qt.Key.Key_Delete)

    with qtbot.waitSignal(filled.undo_expired) as expired:
        qtbot.mouseClick(filled.undo_bar.close_button, Qt.MouseButton.LeftButton)

    assert expired.args == [1]


# --- the context menu -----------------------------------------------------------------------


# Popups on the offscreen platform: it cannot raise them or grab the keyboard, and says so.
OFFSCREEN_POPUP = pytest.mark.qt_log_ignore(
    r"^This plugin does not support propagateSizeHints\(\)$",
    r"^This plugin does not support raise\(\)$",
    r"^This plugin does not support grabbing the keyboard$",
)


def open_context_menu(qtbot: QtBot, sidebar: HistorySidebar, row: int) -> QMenu:
    qtbot.waitUntil(lambda: sidebar.findChild(QMenu, "historyContextMenu") is None)
    view = sidebar.list_view
    point = view.visualRect(sidebar.model().index(row)).center()
    view.customContextMenuRequested.emit(point)  # what a right click or the menu key sends
    menu = sidebar.findChild(QMenu, "historyContextMenu")
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    return menu


def action(menu: QMenu, text: str) -> None:
    match = next(a for a in menu.actions() if a.text() == text)
    match.trigger()
    menu.close()


@OFFSCREEN_POPUP
def test_the_context_menu_renames_exports_and_deletes(qtbot: QtBot, filled: HistorySidebar) -> None:
    menu = open_context_menu(qtbot, filled, 0)
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Open",
        "Rename…",
        "Export…",
        "Delete",
    ]
    with qtbot.waitSignal(filled.export_requested) as export:
        action(menu, "Export…")
    assert export.args == [3]

    action(open_context_menu(qtbot, filled, 2), "Rename…")
    assert rename_editor(filled) is not None
    qtbot.keyClick(rename_editor(filled), Qt.Key.Key_Escape)  # type: ignore[arg-type]

    with qtbot.waitSignal(filled.delete_requested) as deleted:
        action(open_context_menu(qtbot, filled, 1), "Delete")
    assert deleted.args == [2]
    qtbot.waitUntil(lambda: filled.findChild(QMenu, "historyContextMenu") is None)


@OFFSCREEN_POPUP
def test_import_is_in_the_more_menu(qtbot: QtBot, filled: HistorySidebar) -> None:
    qtbot.mouseClick(filled.more_button, Qt.MouseButton.LeftButton)
    menu = filled.more_menu
    qtbot.waitUntil(menu.isVisible)
    assert [a.text() for a in menu.actions()] == ["Import conversation…"]
    with qtbot.waitSignal(filled.import_requested):
        menu.actions()[0].trigger()
    menu.close()


# --- thumbnails and more rows ---------------------------------------------------------------


def test_thumbnails_go_to_every_row_with_that_photo(qtbot: QtBot, filled: HistorySidebar) -> None:
    filled.set_conversations([*filled.model().summaries(), summary(4, "Same photo", image=SHA_A)])
    assert filled.image_hashes() == [SHA_A, SHA_B]
    image = picture(80, 60)

    with qtbot.waitSignal(filled.model().dataChanged):
        filled.set_thumbnail(SHA_A, image)

    model = filled.model()
    shown = [model.index(n).data(Roles.THUMBNAIL) for n in range(model.rowCount())]
    assert shown[0] is not None and shown[3] is not None and shown[0] == image
    assert shown[1] is None and shown[2] is None
    assert filled.has_thumbnail(SHA_A) and not filled.has_thumbnail(SHA_B)
    assert filled.thumbnail_side() >= 40
    filled.grab()

    filled.set_conversations([summary(1, "No photos now")])  # kept only while shown
    assert not filled.has_thumbnail(SHA_A)


def test_a_thumbnail_for_no_row_is_ignored(filled: HistorySidebar) -> None:
    filled.set_thumbnail("c" * 64, QImage(10, 10, QImage.Format.Format_RGB32))
    assert not filled.has_thumbnail("c" * 64)


def test_scrolling_to_the_end_asks_for_older_conversations(
    qtbot: QtBot, sidebar: HistorySidebar
) -> None:
    sidebar.set_conversations(
        [summary(n, f"Chat {n}", timedelta(hours=n)) for n in range(40)], has_more=True
    )
    bar = sidebar.list_view.verticalScrollBar()
    assert bar.maximum() > 0

    with qtbot.waitSignal(sidebar.more_requested):
        bar.setValue(bar.maximum())

    sidebar.append_conversations([summary(n, f"Chat {n}") for n in range(38, 45)])
    assert sidebar.model().rowCount() == 45  # the two already there are not doubled
    with qtbot.assertNotEmitted(sidebar.more_requested):
        bar.setValue(0)
        bar.setValue(bar.maximum())  # has_more is now False


def test_down_from_the_search_box_goes_to_the_list(qtbot: QtBot, filled: HistorySidebar) -> None:
    filled.search_field.setFocus()
    qtbot.keyClick(filled.search_field, Qt.Key.Key_Down)

    assert filled.list_view.hasFocus()
    assert filled.list_view.currentIndex().row() == 0


def test_switching_to_dark_recolours_the_sidebar(qtbot: QtBot, sidebar: HistorySidebar) -> None:
    light_palette = QApplication.palette()
    light = SidebarColors.from_palette(light_palette)
    dark_palette = QApplication.palette()
    dark_palette.setColor(dark_palette.ColorRole.Window, QColor("#202124"))
    dark_palette.setColor(dark_palette.ColorRole.WindowText, QColor("#e8e8ea"))
    dark_palette.setColor(dark_palette.ColorRole.Base, QColor("#1a1b1e"))
    try:
        QApplication.setPalette(dark_palette)
        qtbot.waitUntil(lambda: sidebar._colors.dark)
        background = sidebar.grab().toImage().pixelColor(sidebar.width() - 4, 100)
    finally:
        QApplication.setPalette(light_palette)
    assert not light.dark
    assert background.lightness() < 80
    qtbot.waitUntil(lambda: not sidebar._colors.dark)


def test_context_menu_point(qtbot: QtBot, filled: HistorySidebar) -> None:
    """A right click on no row opens nothing."""
    filled.list_view.customContextMenuRequested.emit(QPoint(5, 2000))
    assert filled.findChild(QMenu, "historyContextMenu") is None
