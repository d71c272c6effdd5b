"""The sidebar with its controller against a real HistoryStore in tmp_path: listing,
thumbnails, search, rename, delete with undo, export and import, the store's notice."""

from __future__ import annotations

import asyncio
import hashlib
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.core.errors import HistoryUnavailableError
from desktop.services.history import HISTORY_FILE, HistoryStore
from desktop.ui.history import ExportKind, HistoryController, HistorySidebar, make_thumbnail
from tests.ui.history.conftest import (
    CHATS,
    OFFSCREEN_WINDOW,
    TURNED_PHOTO,
    WIDE_PHOTO,
    chat,
    jpeg,
    picture,
)

pytestmark = OFFSCREEN_WINDOW


def titles(sidebar: HistorySidebar) -> list[str]:
    model = sidebar.model()
    return [model.index(n).data() for n in range(model.rowCount())]


def started(qtbot: QtBot, controller: HistoryController, count: int) -> None:
    controller.start()
    qtbot.waitUntil(lambda: controller.sidebar.model().rowCount() == count)


def test_lists_the_conversations_newest_first(
    qtbot: QtBot, controller: HistoryController, chats: list[int]
) -> None:
    started(qtbot, controller, len(CHATS))

    assert titles(controller.sidebar) == [prompt for prompt, _, _ in reversed(CHATS)]
    assert [s.id for s in controller.sidebar.model().summaries()] == chats[::-1]


def test_photos_become_upright_thumbnails(
    qtbot: QtBot, controller: HistoryController, chats: list[int]
) -> None:
    sidebar = controller.sidebar
    wide = hashlib.sha256(WIDE_PHOTO).hexdigest()
    turned = hashlib.sha256(TURNED_PHOTO).hexdigest()

    started(qtbot, controller, len(CHATS))
    qtbot.waitUntil(lambda: sidebar.has_thumbnail(wide) and sidebar.has_thumbnail(turned))

    model = sidebar.model()
    images = {
        model.index(n).data(Qt.ItemDataRole.EditRole): model.index(n).data(0x0100 + 6)
        for n in range(model.rowCount())
    }
    side = sidebar.thumbnail_side()
    plant, cat = images["What plant is this?"], images["Is this cat a Maine Coon?"]
    assert (plant.width(), plant.height()) == (side * 2, side)  # 640×320, scaled down
    assert (cat.width(), cat.height()) == (side, side * 2)  # stored wide, shown tall (Exif 6)
    # Turned a quarter to the right, the red top-left corner is now at the top right.
    corner = QColor(cat.pixel(cat.width() - 3, 3))
    assert corner.red() > 180 and corner.green() < 90
    assert images["Recipe ideas with tomatoes and basil"] is None  # no photo: the glyph
    sidebar.grab()


def test_make_thumbnail_reads_a_path_or_bytes(tmp_path: Path) -> None:
    path = tmp_path / "big.jpg"
    path.write_bytes(jpeg(picture(1200, 900)))

    from_path = make_thumbnail(path, 80)
    from_bytes = make_thumbnail(path.read_bytes(), 80)
    small = make_thumbnail(jpeg(picture(30, 20)), 80)  # never enlarged

    assert (from_path.width(), from_path.height()) == (107, 80)
    assert from_bytes.size() == from_path.size()
    assert (small.width(), small.height()) == (30, 20)
    assert make_thumbnail(b"not an image", 80).isNull()


def test_a_missing_photo_keeps_the_glyph(
    qtbot: QtBot, controller: HistoryController, store: HistoryStore
) -> None:
    gone = chat(store, "Lost photo", "…", jpeg(picture(100, 100, "#aa3333")))
    sha = store.load(gone).first_image_hash
    assert sha is not None
    path = store.attachment_path(sha)
    assert path is not None
    path.unlink()

    started(qtbot, controller, 1)
    qtbot.waitUntil(lambda: not controller.is_busy())

    assert not controller.sidebar.has_thumbnail(sha)


@pytest.mark.expected_log(r"is damaged .*setting it aside")
def test_the_store_notice_is_shown_at_start(
    qtbot: QtBot, sidebar: HistorySidebar, tmp_path: Path
) -> None:
    folder = tmp_path / "damaged"
    folder.mkdir()
    (folder / HISTORY_FILE).write_bytes(b"this is not a database" * 100)
    with HistoryStore.open(folder) as store:
        controller = HistoryController(sidebar, store, parent=sidebar)
        with qtbot.waitSignal(controller.notice) as notice:
            controller.start()
        qtbot.waitUntil(lambda: not controller.is_busy())

    assert notice.args[0].startswith("Your conversation history could not be read")


def test_typing_in_the_search_box_shows_results_then_the_list_again(
    qtbot: QtBot, controller: HistoryController, chats: list[int]
) -> None:
    sidebar = controller.sidebar
    started(qtbot, controller, len(CHATS))

    qtbot.keyClicks(sidebar.search_field, "tomato")
    qtbot.waitUntil(lambda: sidebar.model().is_searching())

    assert titles(sidebar) == ["Plan a hiking weekend", "Recipe ideas with tomatoes and basil"]
    snippet = sidebar.model().index(0).data(0x0100 + 3)
    marked = [snippet.text[start:end] for start, end in snippet.highlights]
    assert marked == ["tomato"]
    sidebar.grab()

    sidebar.search_field.clear()
    qtbot.waitUntil(lambda: not sidebar.model().is_searching())
    assert len(titles(sidebar)) == len(CHATS)


def test_open_asks_the_window_to_show_the_conversation(
    qtbot: QtBot, controller: HistoryController, chats: list[int]
) -> None:
    sidebar = controller.sidebar
    started(qtbot, controller, len(CHATS))
    rect = sidebar.list_view.visualRect(sidebar.model().index(1))

    with qtbot.waitSignal(controller.conversation_open_requested) as opened:
        qtbot.mouseClick(sidebar.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert opened.args == [chats[2]]
    with qtbot.waitSignal(controller.new_chat_requested):
        qtbot.mouseClick(sidebar.new_chat_button, Qt.MouseButton.LeftButton)
    assert sidebar.current() is None


def rename_with_keys(qtbot: QtBot, sidebar: HistorySidebar, row: int, title: str) -> None:
    sidebar.list_view.setFocus()
    sidebar.list_view.setCurrentIndex(sidebar.model().index(row))
    qtbot.keyClick(sidebar.list_view, Qt.Key.Key_F2)
    editor = sidebar.list_view.findChild(QLineEdit, "historyRenameEditor")
    assert editor is not None
    editor.setText(title)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_rename_is_saved_and_an_empty_title_brings_the_first_prompt_back(
    qtbot: QtBot, controller: HistoryController, store: HistoryStore, chats: list[int]
) -> None:
    sidebar = controller.sidebar
    started(qtbot, controller, len(CHATS))

    rename_with_keys(qtbot, sidebar, 0, "Weekend in the hills")
    qtbot.waitUntil(lambda: store.load(chats[-1]).title == "Weekend in the hills")
    assert titles(sidebar)[0] == "Weekend in the hills"

    rename_with_keys(qtbot, sidebar, 0, "")
    qtbot.waitUntil(lambda: titles(sidebar)[0] == "Plan a hiking weekend")
    assert store.load(chats[-1]).title == "Plan a hiking weekend"


def test_delete_then_undo(
    qtbot: QtBot, controller: HistoryController, store: HistoryStore, chats: list[int]
) -> None:
    sidebar = controller.sidebar
    started(qtbot, controller, len(CHATS))
    sidebar.list_view.setFocus()
    sidebar.list_view.setCurrentIndex(sidebar.model().index(0))

    with qtbot.waitSignal(controller.conversation_deleted) as deleted:
        qtbot.keyClick(sidebar.list_view, Qt.Key.Key_Delete)
    assert deleted.args == [chats[-1]]
    assert chats[-1] not in [s.id for s in store.list_conversations()]
    assert len(titles(sidebar)) == len(CHATS) - 1
    assert sidebar.undo_bar.isVisible()

    with qtbot.waitSignal(controller.conversation_restored) as restored:
        qtbot.mouseClick(sidebar.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert restored.args == [chats[-1]]
    qtbot.waitUntil(lambda: len(titles(sidebar)) == len(CHATS))
    assert titles(sidebar)[0] == "Plan a hiking weekend"
    assert not store.load(chats[-1]).deleted


def test_after_the_undo_time_the_conversation_is_removed_for_good(
    qtbot: QtBot, store: HistoryStore, chats: list[int]
) -> None:
    sidebar = HistorySidebar(undo_seconds=0.2)
    qtbot.addWidget(sidebar)
    sidebar.show()
    controller = HistoryController(sidebar, store, parent=sidebar)
    started(qtbot, controller, len(CHATS))
    photo = store.load(chats[0]).first_image_hash
    assert photo is not None and store.attachment_path(photo) is not None
    sidebar.list_view.setFocus()
    sidebar.list_view.setCurrentIndex(sidebar.model().index(len(CHATS) - 1))  # the plant

    qtbot.keyClick(sidebar.list_view, Qt.Key.Key_Delete)

    def purged() -> bool:
        try:
            store.load(chats[0])
        except KeyError:
            return True
        return False

    qtbot.waitUntil(purged, timeout=5000)
    qtbot.waitUntil(lambda: not controller.is_busy())
    assert not sidebar.undo_bar.isVisible()
    assert len(store.list_conversations()) == len(CHATS) - 1


def test_a_history_that_cannot_be_written_says_so(
    qtbot: QtBot,
    controller: HistoryController,
    store: HistoryStore,
    chats: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started(qtbot, controller, len(CHATS))

    def full(conversation_id: int) -> None:
        raise HistoryUnavailableError.disk_full("simulated")

    monkeypatch.setattr(store, "delete", full)
    sidebar = controller.sidebar
    sidebar.list_view.setFocus()
    sidebar.list_view.setCurrentIndex(sidebar.model().index(0))

    with qtbot.waitSignal(controller.problem) as problem:
        qtbot.keyClick(sidebar.list_view, Qt.Key.Key_Delete)

    assert "disk is full" in problem.args[0].lower()
    qtbot.waitUntil(lambda: len(titles(sidebar)) == len(CHATS))  # it is shown again


# --- export and import ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("chat.md", None, "chat.md"),
        ("chat.html", None, "chat.html"),
        ("chat.json", None, "chat.json"),
        ("chat", ExportKind.HTML, "chat.html"),  # no suffix: the chosen type adds it
    ],
)
def test_export_writes_the_chosen_format(
    qtbot: QtBot,
    controller: HistoryController,
    chats: list[int],
    tmp_path: Path,
    name: str,
    kind: ExportKind | None,
    expected: str,
) -> None:
    with qtbot.waitSignal(controller.exported) as exported:
        controller.export_to(chats[0], tmp_path / name, kind)

    assert exported.args == [tmp_path / expected]
    text = (tmp_path / expected).read_text(encoding="utf-8")
    assert "What plant is this?" in text
    if expected == "chat.md":
        assert (tmp_path / "chat files" / "photo.jpg").read_bytes() == WIDE_PHOTO
    if expected == "chat.json":
        assert json.loads(text)["format"] == "gemini-desktop-conversation"


def test_export_through_the_file_dialog(
    qtbot: QtBot, controller: HistoryController, chats: list[int], tmp_path: Path
) -> None:
    started(qtbot, controller, len(CHATS))
    controller.export_conversation(chats[0])
    dialog = controller.dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert dialog.selectedFiles()[0].endswith("What plant is this.md")
    dialog.setDirectory(str(tmp_path))
    # The user picks "Web page" in the type box (with the keyboard), then types a name.
    types = dialog.findChild(QComboBox, "fileTypeCombo")
    assert types is not None
    types.setFocus()
    qtbot.keyClick(types, Qt.Key.Key_Down)
    assert "*.html" in dialog.selectedNameFilter()
    dialog.selectFile("plant")

    with qtbot.waitSignal(controller.exported) as exported:
        dialog.accept()

    assert exported.args == [tmp_path / "plant.html"]
    assert controller.dialog is None


def test_import_adds_the_conversation_and_says_which(
    qtbot: QtBot,
    controller: HistoryController,
    store: HistoryStore,
    chats: list[int],
    tmp_path: Path,
) -> None:
    started(qtbot, controller, len(CHATS))
    with qtbot.waitSignal(controller.exported):
        controller.export_to(chats[2], tmp_path / "cat.json")

    with qtbot.waitSignal(controller.conversation_imported) as imported:
        controller.import_from(tmp_path / "cat.json")

    new_id = imported.args[0]
    assert new_id not in chats
    assert titles(controller.sidebar)[0] == "Is this cat a Maine Coon?"
    assert len(titles(controller.sidebar)) == len(CHATS) + 1
    assert (
        store.load(new_id).turns[0].attachments[0].sha256
        == hashlib.sha256(TURNED_PHOTO).hexdigest()
    )


def test_import_of_a_wrong_file_is_a_plain_message(
    qtbot: QtBot, controller: HistoryController, chats: list[int], tmp_path: Path
) -> None:
    wrong = tmp_path / "shopping list.json"
    wrong.write_text('{"milk": 2}', encoding="utf-8")

    with qtbot.waitSignal(controller.problem) as problem:
        controller.import_from(wrong)

    assert problem.args[0].startswith(
        "shopping list.json is not a conversation exported by Gemini Desktop."
    )


def test_import_through_the_file_dialog(
    qtbot: QtBot, controller: HistoryController, chats: list[int], tmp_path: Path
) -> None:
    started(qtbot, controller, len(CHATS))
    with qtbot.waitSignal(controller.exported):
        controller.export_to(chats[1], tmp_path / "recipes.json")
    controller.import_conversation()
    dialog = controller.dialog
    assert dialog is not None
    dialog.setDirectory(str(tmp_path))
    dialog.selectFile("recipes.json")

    with qtbot.waitSignal(controller.conversation_imported):
        dialog.accept()

    assert titles(controller.sidebar).count("Recipe ideas with tomatoes and basil") == 2


def test_aclose_leaves_nothing_running(
    qtbot: QtBot, controller: HistoryController, chats: list[int], tmp_path: Path
) -> None:
    controller.start()
    controller.export_to(chats[0], tmp_path / "late.html")
    controller.export_conversation(chats[1])

    closing = asyncio.ensure_future(controller.aclose())
    qtbot.waitUntil(closing.done)

    assert not controller.is_busy() and controller.dialog is None
    assert (tmp_path / "late.html").exists()  # an export under way was let finish
