"""Ctrl+F: a find bar over the conversation. It finds the typed text (any case) in the
questions and the answers, marks every match, steps through them (Enter, Shift+Enter, F3,
the arrows), says "2 of 5", and Esc closes it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from desktop.ui import theme

Searchable = QLabel | QTextEdit
"""A question's text (a label) or an answer's (a text view)."""


@dataclass(frozen=True)
class Match:
    widget: Searchable
    start: int
    length: int


def find_matches(widgets: Sequence[Searchable], text: str) -> list[Match]:
    """Every place `text` occurs, any case, in screen order."""
    if not text:
        return []
    found: list[Match] = []
    needle = text.casefold()
    for widget in widgets:
        if isinstance(widget, QTextEdit):
            document = widget.document()
            cursor = document.find(text, 0)
            while not cursor.isNull():
                found.append(Match(widget, cursor.selectionStart(), len(text)))
                cursor = document.find(text, cursor)
        else:
            haystack = widget.text().casefold()
            at = haystack.find(needle)
            while at >= 0:
                found.append(Match(widget, at, len(text)))
                at = haystack.find(needle, at + max(1, len(needle)))
    return found


class FindBar(QFrame):
    """A row above the conversation; `widgets` gives what to search, in order,
    and `reveal` scrolls a rectangle of one of them into view."""

    closed = Signal()

    def __init__(
        self,
        widgets: Callable[[], Sequence[Searchable]],
        reveal: Callable[[QWidget, QRect], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._widgets = widgets
        self._reveal = reveal
        self._matches: list[Match] = []
        self._current = -1
        self._marked: list[Searchable] = []

        self.field = QLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setPlaceholderText(self.tr("Find in this conversation"))
        self.field.setAccessibleName(self.tr("Find in this conversation"))
        self.field.setClearButtonEnabled(True)
        self.field.setMaximumWidth(420)
        self.field.installEventFilter(self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("findCount")
        self.count_label.setMinimumWidth(60)
        self.previous_button = self._button(self.tr("Previous match (Shift+Enter)"), "findPrevious")
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.next_button = self._button(self.tr("Next match (Enter)"), "findNext")
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.close_button = self._button(self.tr("Close (Esc)"), "findClose")
        self.close_button.setText("✕")

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.setSpacing(4)
        layout.addStretch(1)
        # The field takes the room first (up to its maximum), so its hint is not cut short
        # in a long language when the Settings panel narrows the conversation.
        layout.addWidget(self.field, 4)
        layout.addWidget(self.count_label)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)

        self.field.textChanged.connect(self._on_field_text_changed)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        self.hide()

    def _button(self, tip: str, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        return button

    # -- what the window uses ---------------------------------------------------------------

    def open_bar(self) -> None:
        """Show the bar with the field focused and its text selected; search again (the
        conversation may have changed since)."""
        self.show()
        self.raise_()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self.search()

    def close_bar(self) -> None:
        self._unmark()
        self._matches, self._current = [], -1
        self.hide()
        self.closed.emit()

    def count_text(self) -> str:
        return self.count_label.text()

    def matches(self) -> list[Match]:
        return list(self._matches)

    def current(self) -> Match | None:
        return self._matches[self._current] if 0 <= self._current < len(self._matches) else None

    def search(self) -> None:
        self._unmark()
        self._matches = find_matches(self._widgets(), self.field.text())
        self._current = 0 if self._matches else -1
        self._show_current()

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    # -- inside -------------------------------------------------------------------------------

    def _step(self, by: int) -> None:
        if not self.isVisible():
            self.open_bar()
            return
        if not self._matches:
            return
        self._current = (self._current + by) % len(self._matches)
        self._show_current()

    def _show_current(self) -> None:
        if not self.field.text():
            self.count_label.setText("")
        elif not self._matches:
            self.count_label.setText(self.tr("No matches"))
        else:
            self.count_label.setText(
                self.tr("%1 of %2")
                .replace("%1", str(self._current + 1))
                .replace("%2", str(len(self._matches)))
            )
        self.previous_button.setEnabled(len(self._matches) > 1)
        self.next_button.setEnabled(len(self._matches) > 1)
        self._mark()
        match = self.current()
        if match is not None:
            self._reveal(match.widget, self._match_rect(match))

    def _mark(self) -> None:
        """Every match in an answer tinted, the current one stronger; a question's current
        match selected."""
        from PySide6.QtGui import QTextCharFormat  # with the first search, not the window

        accent = theme.accent_color(self.palette())
        soft, strong = QColor(accent), QColor(accent)
        soft.setAlpha(60)
        strong.setAlpha(150)
        current = self.current()
        for widget in {id(m.widget): m.widget for m in self._matches}.values():
            if isinstance(widget, QTextEdit):
                selections = []
                for match in self._matches:
                    if match.widget is not widget:
                        continue
                    selection = QTextEdit.ExtraSelection()
                    cursor = QTextCursor(widget.document())
                    cursor.setPosition(match.start)
                    cursor.setPosition(match.start + match.length, QTextCursor.MoveMode.KeepAnchor)
                    selection.cursor = cursor  # type: ignore[attr-defined]
                    fmt = QTextCharFormat()
                    fmt.setBackground(strong if match == current else soft)
                    selection.format = fmt  # type: ignore[attr-defined]
                    selections.append(selection)
                widget.setExtraSelections(selections)
            elif current is None or widget is not current.widget:
                widget.setSelection(0, 0)
            self._marked.append(widget)
        if current is not None and isinstance(current.widget, QLabel):
            current.widget.setSelection(current.start, current.length)

    def _unmark(self) -> None:
        for widget in self._marked:
            if not shiboken6.isValid(widget):
                continue
            if isinstance(widget, QTextEdit):
                widget.setExtraSelections([])
            else:
                widget.setSelection(0, 0)
        self._marked = []

    def _match_rect(self, match: Match) -> QRect:
        widget = match.widget
        if isinstance(widget, QTextEdit):
            cursor = QTextCursor(widget.document())
            cursor.setPosition(match.start)
            rect = widget.cursorRect(cursor)
            return QRect(widget.viewport().mapTo(widget, rect.topLeft()), rect.size())
        return QRect(QPoint(0, 0), widget.size())

    def _on_field_text_changed(self, _text: str) -> None:
        self.search()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and isinstance(event, QKeyEvent):
            key = event.key()
            if event.type() == QEvent.Type.ShortcutOverride and key == Qt.Key.Key_Escape:
                event.accept()  # Esc is the bar's, even while Esc stops an answer
                return True
            if event.type() == QEvent.Type.KeyPress:
                if key == Qt.Key.Key_Escape:
                    self.close_bar()
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                    self.find_previous() if shift else self.find_next()
                    return True
                if event.matches(QKeySequence.StandardKey.FindNext):
                    self.find_next()
                    return True
                if event.matches(QKeySequence.StandardKey.FindPrevious):
                    self.find_previous()
                    return True
        return super().eventFilter(watched, event)
