"""The sidebar of conversations: New chat, a search box, the list, and an undo bar.

Widgets only: it asks for work through signals and shows what it is told to show
(HistoryController does the work).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QImage, QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.conversation import ConversationSummary, SearchHit
from desktop.ui import icons, theme
from desktop.ui.history.delegate import THUMBNAIL, ConversationDelegate
from desktop.ui.history.model import ConversationListModel, Roles
from desktop.ui.history.style import SidebarColors

SEARCH_DEBOUNCE_MS = 150
"""Typing pauses this long before a search starts: one search per word, not per key."""
UNDO_SECONDS = 10.0
DEFAULT_WIDTH = 280


class _ConversationList(QListView):
    """The list, with the keys people expect: Enter opens, Delete deletes, F2 renames."""

    open_requested = Signal(QModelIndex)
    delete_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if self.state() != QAbstractItemView.State.EditingState and index.isValid():
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_requested.emit(index)
                return
            command = event.modifiers() & Qt.KeyboardModifier.ControlModifier  # Cmd on macOS
            if (
                event.matches(QKeySequence.StandardKey.Delete)
                or key == Qt.Key.Key_Delete
                or (key == Qt.Key.Key_Backspace and command)
            ):
                self.delete_requested.emit(index)
                return
            if key == Qt.Key.Key_F2:
                self.edit(index)
                return
        super().keyPressEvent(event)


class UndoBar(QFrame):
    """Says the conversation was deleted and offers Undo, for a while after a delete."""

    undo_clicked = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyUndoBar")
        self._label = QLabel(self.tr("Conversation deleted."), self)
        self._label.setObjectName("historyUndoText")
        self._label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setObjectName("historyUndoButton")
        self.undo_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.undo_button.setToolTip(self.tr("Bring the conversation back (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_clicked)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("historyUndoClose")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide this message"))
        self.close_button.setAccessibleName(self.tr("Hide"))
        self.close_button.clicked.connect(self.closed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self._label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)

    def text(self) -> str:
        return self._label.text()

    def set_close_icon(self, colors: SidebarColors) -> None:
        self.close_button.setIcon(icons.icon("close", colors.muted, 14))


class HistorySidebar(QWidget):
    """Conversations newest first, search, New chat, rename, delete with undo."""

    search_requested = Signal(str)
    """The search text after typing paused ("" when cleared: show every conversation)."""
    new_chat_requested = Signal()
    open_requested = Signal(int)
    rename_requested = Signal(int, str)
    """(id, title); an empty title asks for the automatic one (from the first prompt)."""
    delete_requested = Signal(int)
    undo_delete_requested = Signal(int)
    undo_expired = Signal(int)
    """The undo offer for this deleted conversation ended (time up, closed, or replaced by a
    newer deletion): it may be removed for good."""
    export_requested = Signal(int)
    import_requested = Signal()
    more_requested = Signal()
    """The list was scrolled to its end and more conversations may be there."""

    def __init__(
        self, parent: QWidget | None = None, *, undo_seconds: float = UNDO_SECONDS
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historySidebar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._colors = SidebarColors.from_palette(QApplication.palette())
        self._current: int | None = None
        self._deleted: int | None = None
        self._held: _Held | None = None  # an update that waits while a title is edited
        self._has_more = False

        self.new_chat_button = QPushButton(self.tr("New chat"), self)
        self.new_chat_button.setObjectName("historyNewChat")
        self.new_chat_button.setToolTip(self.tr("Start a new conversation"))
        self.new_chat_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.new_chat_button.clicked.connect(self.new_chat_requested)

        self._import_action = QAction(self.tr("Import conversation…"), self)
        self._import_action.setObjectName("historyImportAction")
        self._import_action.setToolTip(self.tr("Open a conversation exported as JSON"))
        self._import_action.triggered.connect(self.import_requested)
        self.more_button = QToolButton(self)
        self.more_button.setObjectName("historyMore")
        self.more_button.setToolTip(self.tr("More"))
        self.more_button.setAccessibleName(self.tr("More"))
        self.more_button.setAutoRaise(True)
        # Shown with popup(), not the button's own menu: that one runs a nested event loop.
        self.more_menu = QMenu(self)
        self.more_menu.setObjectName("historyMoreMenu")
        self.more_menu.addAction(self._import_action)
        self.more_button.clicked.connect(self._on_more_button_clicked)

        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("historySearch")
        self.search_field.setPlaceholderText(self.tr("Search conversations"))
        self.search_field.setAccessibleName(self.tr("Search conversations"))
        self.search_field.setClearButtonEnabled(True)
        self._search_icon = self.search_field.addAction(
            icons.icon("search", self._colors.muted, 16), QLineEdit.ActionPosition.LeadingPosition
        )
        self.search_field.textChanged.connect(self._on_search_field_text_changed)
        self.search_field.installEventFilter(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._on_debounce_timeout)

        self._model = ConversationListModel(self)
        self._model.title_edited.connect(self.rename_requested)
        self._delegate = ConversationDelegate(self._colors, self)
        self._delegate.closeEditor.connect(self._on_delegate_close_editor)
        self.list_view = _ConversationList(self)
        self.list_view.setObjectName("historyList")
        self.list_view.setAccessibleName(self.tr("Conversations"))
        self.list_view.setModel(self._model)
        self.list_view.setItemDelegate(self._delegate)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setFrameShape(QFrame.Shape.NoFrame)
        self.list_view.setMouseTracking(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_view.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        self.list_view.clicked.connect(self._on_list_view_clicked)
        self.list_view.open_requested.connect(self._on_list_view_open_requested)
        self.list_view.delete_requested.connect(self._on_list_view_delete_requested)
        self.list_view.customContextMenuRequested.connect(self._on_list_view_context_menu)
        self.list_view.verticalScrollBar().valueChanged.connect(self._on_scroll_bar_value_changed)

        self._empty = QLabel(self)
        self._empty.setObjectName("historyEmpty")
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._empty.setContentsMargins(20, 24, 20, 0)
        self._empty.setTextFormat(Qt.TextFormat.PlainText)
        self._stack = QStackedLayout()
        self._stack.addWidget(self.list_view)
        self._stack.addWidget(self._empty)

        self.undo_bar = UndoBar(self)
        self.undo_bar.hide()
        self.undo_bar.undo_clicked.connect(self._on_undo_bar_undo_clicked)
        self.undo_bar.closed.connect(self._on_undo_bar_closed)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(max(1, round(undo_seconds * 1000)))
        self._undo_timer.timeout.connect(self._on_undo_timer_timeout)
        undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self.list_view)
        undo_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        undo_shortcut.activated.connect(self._on_undo_shortcut_activated)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(4)
        top.addWidget(self.new_chat_button, 1)
        top.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.search_field)
        layout.addLayout(self._stack, 1)
        layout.addWidget(self.undo_bar)
        theme.follow(self, self._apply_colors)
        self._update_empty_state()

    # -- what the controller calls -------------------------------------------------------------

    def set_conversations(
        self, summaries: Sequence[ConversationSummary], *, has_more: bool = False
    ) -> None:
        """The conversations, newest first (the store's order is kept); `has_more` says
        older ones exist: scrolling to the end asks for them (`more_requested`)."""
        self._has_more = has_more
        if self._editing():
            self._held = _Held(summaries=list(summaries), has_more=has_more)
            return
        scroll = self.list_view.verticalScrollBar().value()
        self._model.set_conversations(summaries)
        self._after_reset(scroll)

    def append_conversations(
        self, summaries: Sequence[ConversationSummary], *, has_more: bool = False
    ) -> None:
        """Older conversations, added below (the answer to `more_requested`)."""
        self._has_more = has_more
        self._model.append_conversations(summaries)

    def set_search_results(self, hits: Sequence[SearchHit]) -> None:
        """Results for the text in the search box, each with its snippet marked."""
        if self._editing():
            self._held = _Held(hits=list(hits), query=self.search_text())
            return
        self._model.set_search_results(hits, self.search_text())
        self._after_reset(0)

    def set_current(self, conversation_id: int | None) -> None:
        """Mark the conversation the window shows (None: a new, unsaved chat)."""
        self._current = conversation_id
        self._select_current()

    def current(self) -> int | None:
        return self._current

    def set_thumbnail(self, sha256: str, image: QImage) -> None:
        """The small picture for the rows whose first photo has this SHA-256."""
        self._model.set_thumbnail(sha256, image)

    def has_thumbnail(self, sha256: str) -> bool:
        return self._model.has_thumbnail(sha256)

    def thumbnail_side(self) -> int:
        """How many device pixels a thumbnail's shorter side needs (sharp on HiDPI)."""
        return math.ceil(THUMBNAIL * max(self.devicePixelRatioF(), 1.0))

    def image_hashes(self) -> list[str]:
        """The first photos of the rows shown, in order: the thumbnails to make."""
        return self._model.image_hashes()

    def search_text(self) -> str:
        return self.search_field.text().strip()

    def model(self) -> ConversationListModel:
        return self._model

    def sizeHint(self) -> QSize:
        return QSize(DEFAULT_WIDTH, 600)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 200)

    # -- rows ----------------------------------------------------------------------------------

    def _editing(self) -> bool:
        return self.list_view.state() == QAbstractItemView.State.EditingState

    def _after_reset(self, scroll: int) -> None:
        self._select_current()
        self.list_view.verticalScrollBar().setValue(scroll)
        self._update_empty_state()

    def _select_current(self) -> None:
        selection = self.list_view.selectionModel()
        row = None if self._current is None else self._model.row_of(self._current)
        if row is None:
            selection.clear()
            return
        index = self._model.index(row)
        selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect)

    def _update_empty_state(self) -> None:
        if self._model.rowCount():
            self._stack.setCurrentWidget(self.list_view)
            return
        if self._model.is_searching():
            self._empty.setText(
                self.tr("No conversation mentions “%1”.").replace("%1", self.search_text())
            )
        else:
            self._empty.setText(self.tr("Your conversations will appear here, newest first."))
        self._stack.setCurrentWidget(self._empty)

    def _id_at(self, index: QModelIndex) -> int | None:
        value = index.data(Roles.ID) if index.isValid() else None
        return value if isinstance(value, int) else None

    def _open(self, index: QModelIndex) -> None:
        conversation_id = self._id_at(index)
        if conversation_id is None:
            return
        if conversation_id != self._current:
            self._current = conversation_id
            self.open_requested.emit(conversation_id)
        self._select_current()

    def _delete(self, index: QModelIndex) -> None:
        conversation_id = self._id_at(index)
        if conversation_id is None:
            return
        row = index.row()
        self._model.remove(conversation_id)
        if self._deleted is not None:  # only the latest deletion can be undone
            self.undo_expired.emit(self._deleted)
        self._deleted = conversation_id
        self.undo_bar.show()
        self._undo_timer.start()
        self._update_empty_state()
        # Keep the keyboard where it was: on the next row.
        if self._model.rowCount():
            next_row = min(row, self._model.rowCount() - 1)
            self.list_view.selectionModel().setCurrentIndex(
                self._model.index(next_row), self.list_view.selectionModel().SelectionFlag.NoUpdate
            )
        self.delete_requested.emit(conversation_id)

    def _end_undo_offer(self) -> int | None:
        deleted, self._deleted = self._deleted, None
        self._undo_timer.stop()
        self.undo_bar.hide()
        return deleted

    def undo_pending(self) -> int | None:
        """The deleted conversation that can still be brought back, if any."""
        return self._deleted

    # -- colours -------------------------------------------------------------------------------

    def _apply_colors(self, palette: QPalette) -> None:
        colors = SidebarColors.from_palette(palette)
        self._colors = colors
        self._delegate.set_colors(colors)
        self._search_icon.setIcon(icons.icon("search", colors.muted, 16))
        self.new_chat_button.setIcon(icons.icon("new_chat", colors.accent, 16))
        self.more_button.setIcon(icons.icon("more", colors.muted, 18))
        self.undo_bar.set_close_icon(colors)
        background = colors.background.name()
        border = colors.border.name()
        accent = colors.accent.name()
        text = colors.text.name()
        muted = colors.muted.name()
        field = colors.field.name()
        selected = colors.selected.name()
        # Scoped by object name: none of this reaches the rest of the window.
        self.setStyleSheet(
            f"""
            QWidget#historySidebar {{ background: {background}; }}
            QListView#historyList {{ background: transparent; border: none; outline: none; }}
            QListView#historyList QScrollBar:vertical {{
                background: transparent; width: 10px; margin: 2px 1px 2px 1px;
            }}
            QListView#historyList QScrollBar::handle:vertical {{
                background: {border}; border-radius: 4px; min-height: 32px;
            }}
            QListView#historyList QScrollBar::handle:vertical:hover {{ background: {muted}; }}
            QListView#historyList QScrollBar::add-line:vertical,
            QListView#historyList QScrollBar::sub-line:vertical {{ height: 0; border: none; }}
            QListView#historyList QScrollBar::add-page:vertical,
            QListView#historyList QScrollBar::sub-page:vertical {{ background: none; }}
            QLineEdit#historySearch {{
                background: {field}; border: 1px solid {border}; border-radius: 8px;
                padding: 5px 6px; color: {text};
            }}
            QLineEdit#historySearch:focus {{ border-color: {accent}; }}
            QPushButton#historyNewChat {{
                text-align: left; padding: 7px 12px; border-radius: 8px; font-weight: 600;
                border: 1px solid {border}; background: {field}; color: {text};
            }}
            QPushButton#historyNewChat:hover {{ border-color: {accent}; }}
            QPushButton#historyNewChat:pressed {{ background: {selected}; }}
            QToolButton#historyMore {{ border-radius: 8px; padding: 4px; }}
            QToolButton#historyMore::menu-indicator {{ image: none; width: 0; }}
            QLabel#historyEmpty {{ color: {muted}; }}
            QFrame#historyUndoBar {{
                background: {field}; border: 1px solid {border}; border-radius: 10px;
            }}
            QLabel#historyUndoText {{ color: {text}; }}
            QPushButton#historyUndoButton {{
                border: none; padding: 4px 10px; border-radius: 6px; font-weight: 600;
                color: {accent}; background: transparent;
            }}
            QPushButton#historyUndoButton:hover {{ background: {selected}; }}
            QToolButton#historyUndoClose {{ border: none; padding: 3px; }}
            QLineEdit#historyRenameEditor {{
                border: 1px solid {accent}; border-radius: 6px; padding: 1px 4px;
                background: {field}; color: {text};
            }}
            """
        )
        self.list_view.viewport().update()

    # -- slots ---------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched is self.search_field:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and self.search_field.text():
                self.search_field.clear()
                return True
            if event.key() == Qt.Key.Key_Down and self._model.rowCount():
                self.list_view.setFocus(Qt.FocusReason.TabFocusReason)
                if not self.list_view.currentIndex().isValid():
                    self.list_view.setCurrentIndex(self._model.index(0))
                return True
        return super().eventFilter(watched, event)

    def _on_search_field_text_changed(self, text: str) -> None:
        if not text.strip():
            # Cleared: back to every conversation at once, no pause needed.
            self._debounce.stop()
            self.search_requested.emit("")
            return
        self._debounce.start()

    def _on_debounce_timeout(self) -> None:
        self.search_requested.emit(self.search_text())

    def _on_scroll_bar_value_changed(self, value: int) -> None:
        bar = self.list_view.verticalScrollBar()
        near_end = value >= bar.maximum() - self.list_view.viewport().height() // 2
        if self._has_more and near_end and not self._model.is_searching():
            self.more_requested.emit()

    def _on_list_view_clicked(self, index: QModelIndex) -> None:
        self._open(index)

    def _on_list_view_open_requested(self, index: QModelIndex) -> None:
        self._open(index)

    def _on_list_view_delete_requested(self, index: QModelIndex) -> None:
        self._delete(index)

    def _on_list_view_context_menu(self, position: QPoint) -> None:
        index = self.list_view.indexAt(position)
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.setObjectName("historyContextMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        persistent = index.row()
        conversation_id = self._id_at(index)
        open_action = menu.addAction(self.tr("Open"))
        open_action.triggered.connect(lambda: self._open(self._model.index(persistent)))
        rename = menu.addAction(icons.icon("new_chat", self._colors.muted, 16), self.tr("Rename…"))
        rename.triggered.connect(lambda: self.list_view.edit(self._model.index(persistent)))
        export = menu.addAction(icons.icon("export", self._colors.muted, 16), self.tr("Export…"))
        if conversation_id is not None:
            export.triggered.connect(lambda: self.export_requested.emit(conversation_id))
        menu.addSeparator()
        delete = menu.addAction(icons.icon("delete", self._colors.muted, 16), self.tr("Delete"))
        delete.triggered.connect(lambda: self._delete_by_id(conversation_id))
        menu.popup(self.list_view.viewport().mapToGlobal(position))

    def _delete_by_id(self, conversation_id: int | None) -> None:
        row = None if conversation_id is None else self._model.row_of(conversation_id)
        if row is not None:
            self._delete(self._model.index(row))

    def _on_undo_bar_undo_clicked(self) -> None:
        deleted = self._end_undo_offer()
        if deleted is not None:
            self.undo_delete_requested.emit(deleted)

    def _on_undo_shortcut_activated(self) -> None:
        if self._deleted is not None:
            self._on_undo_bar_undo_clicked()

    def _on_undo_bar_closed(self) -> None:
        deleted = self._end_undo_offer()
        if deleted is not None:
            self.undo_expired.emit(deleted)

    def _on_undo_timer_timeout(self) -> None:
        self._on_undo_bar_closed()

    def _on_more_button_clicked(self) -> None:
        button = self.more_button
        self.more_menu.popup(button.mapToGlobal(button.rect().bottomLeft()))

    def _on_delegate_close_editor(self) -> None:
        if self._held is not None:
            # Once the editor has gone: the model may not be reset inside closeEditor.
            QTimer.singleShot(0, self._apply_held)

    def _apply_held(self) -> None:
        held = self._held
        if held is None or self._editing():
            return
        self._held = None
        if held.summaries is not None:
            self.set_conversations(held.summaries, has_more=held.has_more)
        elif held.query == self.search_text():  # results for what the box still says
            self.set_search_results(held.hits)


@dataclass(frozen=True)
class _Held:
    """The conversations, or search results for `query`, that came during an edit."""

    summaries: list[ConversationSummary] | None = None
    hits: list[SearchHit] = field(default_factory=list)
    query: str = ""
    has_more: bool = False
