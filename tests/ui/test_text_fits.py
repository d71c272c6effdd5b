"""Every label, button and check box of every window and dialog shows its whole text in the
long languages, German and French (the ones whose catalogues exist), at 1280×800.

A widget fails when it is narrower than its own text needs (Qt then clips it), or when it
reaches past the edge of a parent that clips it (a scroll area without a horizontal scroll
bar, a dock). File names (ElidedLabel) are shortened with "…" by design and not counted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop import translations
from desktop.core.errors import Action, ActionKind, ServiceDisabledError
from desktop.core.messages import Message
from desktop.core.model_info import ModelInfo
from desktop.core.profile import SignInKind
from desktop.services.history.batches import BatchItem
from desktop.ui.about_dialog import AboutDialog
from desktop.ui.attachments.clip_editor import ClipEditorDialog
from desktop.ui.attachments.model import Attachment
from desktop.ui.batch.batch_window import BatchWindow
from desktop.ui.batch.items_model import BatchItemsModel
from desktop.ui.batch.thumbnails import ThumbnailCache
from desktop.ui.compare.window import MOST_COLUMNS, CompareWindow
from desktop.ui.connections.dialog import ConnectionDialog
from desktop.ui.crash_dialog import CrashDialog
from desktop.ui.elided_label import ElidedLabel
from desktop.ui.language import TRANSLATORS
from desktop.ui.main_window import MainWindow
from desktop.ui.parameters.section import CollapsibleSection
from desktop.ui.shortcuts_dialog import ShortcutsDialog
from desktop.ui.top_bar import TopBar

SCREEN = (1280, 800)
LONG_LANGUAGES = [
    code
    for code in ("de", "fr")
    if any(t.stem.endswith(f"_{code}") for t in translations.sources())
]


@pytest.fixture(params=LONG_LANGUAGES)
def long_language(request: pytest.FixtureRequest) -> Iterator[str]:
    TRANSLATORS.install(request.param)
    yield request.param
    TRANSLATORS.remove()


def _text(widget: QWidget) -> str:
    if isinstance(widget, QToolButton) and (
        widget.toolButtonStyle() is Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return ""  # its text is for screen readers and tooltips
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    return ""


def _needs(widget: QWidget) -> int:
    """The width the widget's text needs, as its style lays it out."""
    if isinstance(widget, QLabel):
        return widget.minimumSizeHint().width() if widget.wordWrap() else widget.sizeHint().width()
    return widget.sizeHint().width()


def _clipped_by(widget: QWidget, window: QWidget) -> QWidget | None:
    """The first ancestor whose edges cut the widget off on the left or the right."""
    child: QWidget = widget
    rect = QRect(QPoint(0, 0), widget.size())
    parent = widget.parentWidget()
    while parent is not None and child is not window:
        rect.translate(child.pos())
        inside = parent.rect()
        if isinstance(parent, QAbstractScrollArea):
            inside = QRect(parent.viewport().pos(), parent.viewport().size())
        if rect.left() < inside.left() - 1 or rect.right() > inside.right() + 1:
            return parent
        child, parent = parent, parent.parentWidget()
    return None


def _placeholder_cut(edit: QLineEdit) -> bool:
    """A line edit's hint ("Type a word, then press Enter") shortened with "…"."""
    if edit.text() or not edit.placeholderText() or not edit.isVisible():
        return False
    room = edit.style().subElementRect(
        QStyle.SubElement.SE_LineEditContents, _line_edit_option(edit), edit
    )
    margins = edit.textMargins()
    width = room.width() - margins.left() - margins.right() - 4  # Qt's own inner margin
    for action in edit.actions():  # the search icon, the clear and show buttons
        width -= edit.height() if action.isVisible() else 0
    return edit.fontMetrics().horizontalAdvance(edit.placeholderText()) > width


def _line_edit_option(edit: QLineEdit) -> QStyleOptionFrame:
    option = QStyleOptionFrame()
    option.initFrom(edit)
    option.lineWidth = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
    return option


def problems(window: QWidget) -> list[str]:
    found = [
        f"QLineEdit {edit.objectName()} “{edit.placeholderText()}”: its hint is cut short"
        for edit in window.findChildren(QLineEdit)
        if _placeholder_cut(edit)
    ]
    for widget in window.findChildren(QWidget):
        text = _text(widget).strip()
        if not text or not widget.isVisible() or widget.width() == 0:
            continue
        name = f"{type(widget).__name__} {widget.objectName() or ''} “{text[:60]}”"
        if isinstance(widget, ElidedLabel):
            continue  # a file's name, shortened with "…" by design
        fixed = widget.minimumWidth() == widget.maximumWidth()  # a glyph button's own size
        if (
            not fixed
            and not (isinstance(widget, QLabel) and widget.wordWrap())
            and _needs(widget) > widget.width() + 1
        ):
            found.append(f"{name}: {widget.width()} px wide, its text needs {_needs(widget)}")
        clipper = _clipped_by(widget, window)
        if clipper is not None:
            found.append(f"{name}: cut off by {type(clipper).__name__} {clipper.objectName()}")
    return found


def _settle(qtbot: QtBot, window: QWidget) -> None:
    qtbot.waitExposed(window)
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.usefixtures("long_language")
def test_the_main_window_and_its_panels(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    window.show_notice("x")  # the notice bar, with its close button
    window.conversation.open_find()
    window.conversation.add_user_turn("?")
    window.conversation.begin_answer().mark_failed()
    window.conversation.show_error_banner(
        ServiceDisabledError(
            Message("api.vertex_disabled"),
            hint=Message("api.service_disabled.hint"),
            action=Action(ActionKind.OPEN_LINK, "https://console.cloud.google.com"),
        )
    )
    _settle(qtbot, window)
    found = problems(window)
    # A model known, as once connected: the number boxes name its defaults, the longest
    # texts they show ("Valeur du modèle (0,95)").
    window.dock.set_models(
        [ModelInfo("gemini-2.5-flash", "Gemini 2.5 Flash", temperature=1.0, top_p=0.95, top_k=64)]
    )
    window.dock.set_default_model("gemini-2.5-flash")
    for section in window.dock.findChildren(CollapsibleSection):
        section.set_expanded(True)
    _settle(qtbot, window)
    found += problems(window)
    assert sorted(set(found)) == [], "\n".join(sorted(set(found)))


@pytest.mark.usefixtures("long_language")
@pytest.mark.parametrize(
    ("sidebar", "dock"), [(True, True), (False, True), (True, False)], ids=["both", "dock", "list"]
)
def test_the_main_window_narrowed_with_its_panels_open(
    qtbot: QtBot, sidebar: bool, dock: bool
) -> None:
    """Narrowed to 900 px with the conversation list and the Settings panel open (a model
    known), the window keeps every word whole: it is as narrow as what it shows allows, and
    that still fits a 1280×800 screen; with both, the list gives way; the top bar's buttons
    show their icons alone where their words have no room."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.dock.set_models(
        [ModelInfo("gemini-2.5-flash", "Gemini 2.5 Flash", temperature=1.0, top_p=0.95, top_k=64)]
    )
    window.dock.set_default_model("gemini-2.5-flash")
    window.resize(*SCREEN)
    window.show()
    window.set_sidebar_shown(sidebar)
    window.dock.setVisible(dock)
    _settle(qtbot, window)
    window.resize(900, SCREEN[1])
    _settle(qtbot, window)
    assert window.width() <= SCREEN[0]
    gives_way = sidebar and dock  # the list, in a window too narrow for all three
    assert window.sidebar.isVisible() is (sidebar and not gives_way)
    assert window.is_sidebar_shown() is sidebar and window.dock.isVisible() is dock
    found = sorted(set(problems(window)))
    assert found == [], "\n".join(found)
    bar = window.findChild(TopBar)
    assert bar is not None
    for button in bar.compact_buttons():
        assert button.toolTip() and button.text()  # for the pointer and for screen readers


@pytest.mark.usefixtures("long_language")
@pytest.mark.parametrize("kind", list(SignInKind), ids=lambda kind: kind.name.lower())
def test_the_connection_dialog(qtbot: QtBot, kind: SignInKind) -> None:
    dialog = ConnectionDialog(first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    _settle(qtbot, dialog)
    qtbot.mouseClick(dialog.card(kind), Qt.MouseButton.LeftButton)
    _settle(qtbot, dialog)
    found = sorted(set(problems(dialog)))
    assert found == [], "\n".join(found)


@pytest.mark.usefixtures("long_language")
def test_the_clip_editor(qtbot: QtBot) -> None:
    video = Attachment(
        name="holiday.mp4",
        mime_type="video/mp4",
        data=None,
        size=820 * 1024 * 1024,
        duration_seconds=754.0,
        source_path=Path("/videos/holiday.mp4"),
        has_audio=True,
    )
    dialog = ClipEditorDialog(video)
    qtbot.addWidget(dialog)
    dialog.show()
    _settle(qtbot, dialog)
    found = sorted(set(problems(dialog)))
    assert found == [], "\n".join(found)


@pytest.mark.usefixtures("long_language")
@pytest.mark.parametrize("name", ["about", "shortcuts", "crash"])
def test_the_help_dialogs(qtbot: QtBot, name: str) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    dialogs = {
        "about": lambda: AboutDialog(window),
        "shortcuts": lambda: ShortcutsDialog(window.menuBar(), window),
        "crash": lambda: CrashDialog(window, open_folder=lambda _folder: True),
    }
    dialog = dialogs[name]()
    dialog.show()
    _settle(qtbot, dialog)
    found = sorted(set(problems(dialog)))
    dialog.close()
    assert found == [], "\n".join(found)


@pytest.mark.usefixtures("long_language")
def test_the_batch_window(qtbot: QtBot, tmp_path: Path) -> None:
    thumbnails = ThumbnailCache()
    model = BatchItemsModel(["caption"], thumbnails)
    model.set_items([BatchItem(n, str(tmp_path / f"photo-{n:02d}.jpg")) for n in range(3)])
    window = BatchWindow(model, "Caption · photos")  # at the size it opens with
    qtbot.addWidget(window)
    window.show()
    window.show_notice("x", "y")  # the bar above the table, with its button
    _settle(qtbot, window)
    found = problems(window)
    thumbnails.close()
    assert found == [], "\n".join(found)


@pytest.mark.usefixtures("long_language")
@pytest.mark.parametrize("count", [2, MOST_COLUMNS])
def test_the_compare_window_before_the_first_question(qtbot: QtBot, count: int) -> None:
    """Each column shows the empty state until the first answer: narrow columns (three in
    a window that fits a 1280×800 screen) wrap its texts instead of cutting them off."""
    window = CompareWindow()  # at the size it opens with
    qtbot.addWidget(window)
    window.set_column_count(count)
    window.show()
    _settle(qtbot, window)
    assert window.width() <= SCREEN[0] and window.height() <= SCREEN[1]
    assert all(column.view.is_empty() for column in window.columns())
    found = sorted(set(problems(window)))
    assert found == [], "\n".join(found)
