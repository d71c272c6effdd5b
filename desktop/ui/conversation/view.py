"""The conversation area: an empty state for a fresh start, then questions, answers and errors."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QRect, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import theme
from desktop.ui.conversation.empty_state import EmptyStateWidget
from desktop.ui.conversation.find_bar import FindBar, Searchable
from desktop.ui.conversation.paint_throttle import PaintThrottle
from desktop.ui.conversation.scroll_follower import BottomFollower
from desktop.ui.conversation.style_sheet import conversation_style_sheet
from desktop.ui.conversation.theme import COLUMN_MAX_WIDTH, Theme
from desktop.ui.conversation.warm_up import LexerWarmUp

if TYPE_CHECKING:
    from desktop.core.errors import Action, GeminiError
    from desktop.ui.conversation.answer_view import AnswerView
    from desktop.ui.conversation.error_banner import ErrorBanner
    from desktop.ui.conversation.text_view import AnswerBrowser
    from desktop.ui.conversation.user_turn import AttachmentLabel, UserTurnView

# The turns' widgets (AnswerView and what it draws with: Markdown, Pygments, footers) are
# imported with the first turn, not before the window shows (issue 17): an empty window
# has none, and the controllers that add turns import them once the services are wired.

COLUMN_MARGIN = 24


class ConversationView(QWidget):
    """Shows the empty state until the first question, then the turns in a centred column.

    The controller adds turns (`add_user_turn`, `begin_answer`) and errors
    (`show_error_banner`); the view asks for work through signals only.
    """

    retry_requested = Signal(int)
    code_requested = Signal(int)
    """Get code for the answer to that question (its index)."""
    """Ask again: the question's index (an answer's Retry), or -1 from an error banner."""
    edit_requested = Signal(int)
    upload_cancel_requested = Signal()
    """Cancel was clicked on a file's upload (it stops the whole message)."""
    """Put a question back in the prompt box to change it: its index."""
    settings_requested = Signal()
    choose_model_requested = Signal()
    stop_requested = Signal()
    """Stop was clicked on an answer that has waited long."""
    version_requested = Signal(int, int)
    file_open_requested = Signal(int, int)
    """Open a sent file: the question's index and the file's position among its files."""
    """Show another version of an answer: the question's index, and -1 or +1."""

    def __init__(
        self, parent: QWidget | None = None, *, offers_code: bool = True, narrow: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conversationView")
        self._offers_code = offers_code  # answers' Get code (a compare column has none yet)
        self._theme = Theme.from_palette(QApplication.palette(), self.font())
        self._user_turns: list[UserTurnView] = []
        self._answers: list[AnswerView] = []
        self._banner: ErrorBanner | None = None

        # A narrow view (a comparison's column) has the compact empty state, which wraps.
        self._empty_state = EmptyStateWidget(self, compact=narrow)
        self._empty_state.connect_clicked.connect(self.settings_requested)

        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("conversationScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        content.setObjectName("conversationContent")
        self._column = QWidget(content)
        self._column.setObjectName("conversationColumn")
        self._column.setMaximumWidth(COLUMN_MAX_WIDTH + 2 * COLUMN_MARGIN)
        self._column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._turns = QVBoxLayout(self._column)
        self._turns.setContentsMargins(COLUMN_MARGIN, 18, COLUMN_MARGIN, 28)
        self._turns.setSpacing(10)
        self._turns.addStretch(1)
        centring = QHBoxLayout(content)
        centring.setContentsMargins(0, 0, 0, 0)
        centring.addStretch(0)
        centring.addWidget(self._column, 1)
        centring.addStretch(0)
        self._scroll.setWidget(content)
        self._follower = BottomFollower(self._scroll.verticalScrollBar())
        self._paints = PaintThrottle(self._scroll)

        # The find bar (Ctrl+F) in a row above the conversation, where it hides nothing.
        self._find_bar = FindBar(self._searchables, self._reveal, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._find_bar)
        self._stack = QStackedLayout()
        outer.addLayout(self._stack, 1)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self._empty_state)
        self._stack.addWidget(self._scroll)
        self._stack.setCurrentWidget(self._empty_state)
        theme.follow(self, self._apply_theme)
        self._warm_up = LexerWarmUp(self._is_streaming, self)

    # -- what the controller uses --------------------------------------------------------------

    def add_user_turn(
        self, text: str, attachment_labels: Sequence[str | AttachmentLabel] | None = None
    ) -> int:
        """Show the user's question (with the names of its attachments); returns its index."""
        from desktop.ui.conversation.user_turn import UserTurnView

        self._close_banner()
        index = len(self._user_turns)
        turn = UserTurnView(index, text, list(attachment_labels or []), self._theme, self._column)
        turn.edit_requested.connect(self.edit_requested)
        turn.upload_cancel_requested.connect(self.upload_cancel_requested)
        turn.file_open_requested.connect(self.file_open_requested)
        self._user_turns.append(turn)
        self._add(turn)
        return index

    def begin_answer(self) -> AnswerView:
        """Start Gemini's answer to the latest question; dots show until the first words."""
        self._close_banner()
        answer = self._new_answer(len(self._user_turns) - 1)
        self._answers.append(answer)
        self._add(answer)
        return answer

    def begin_answer_again(self, question_index: int = -1) -> AnswerView:
        """A new answer to that question (default: the latest) in its answer's place: a
        retry streaming, or another version shown. The answer that was there goes from the
        screen (the history keeps it as an earlier version), so versions do not stack up."""
        index = len(self._user_turns) - 1 if question_index < 0 else question_index
        old = next((a for a in self._answers if a.turn_index == index), None)
        if old is None:
            return self.begin_answer()
        self._close_banner()
        answer = self._new_answer(index)
        self._answers[self._answers.index(old)] = answer
        old.dispose()
        self._turns.replaceWidget(old, answer)
        old.hide()
        old.deleteLater()
        answer.show()
        if index == len(self._user_turns) - 1:
            self._follower.follow()
        return answer

    def _new_answer(self, question_index: int) -> AnswerView:
        from desktop.ui.conversation.answer_view import AnswerView

        answer = AnswerView(
            question_index, self._theme, self._column, offers_code=self._offers_code
        )
        answer.retry_requested.connect(self.retry_requested)
        answer.code_requested.connect(self.code_requested)
        answer.stop_requested.connect(self.stop_requested)
        answer.version_requested.connect(self.version_requested)
        answer.action_requested.connect(self._on_answer_action_requested)
        answer.grew.connect(self._on_answer_grew)
        return answer

    def show_error_banner(
        self, error: GeminiError, answer: AnswerView | None = None
    ) -> ErrorBanner:
        """Show `error` below the last turn (replacing an earlier banner); returns it.
        `answer`, the one that failed, does not say the same meanwhile (say_failure_inline)."""
        from desktop.ui.conversation.error_banner import ErrorBanner

        self._close_banner()
        banner = ErrorBanner(error, self._theme, self._column)
        if answer is not None:
            answer.say_failure_inline(False)
            banner.dismissed.connect(functools.partial(self._on_failure_banner_gone, answer))
        banner.retry_requested.connect(self._on_banner_retry_requested)
        banner.settings_requested.connect(self.settings_requested)
        banner.choose_model_requested.connect(self.choose_model_requested)
        banner.edit_requested.connect(self._on_banner_edit_requested)
        banner.dismissed.connect(self._on_banner_dismissed)
        self._banner = banner
        self._add(banner)
        return banner

    def set_connected(self, connected: bool) -> None:
        """Whether a connection is in use: the empty state says so, or offers Connect."""
        self._empty_state.show_connected(connected)

    @property
    def empty_state(self) -> EmptyStateWidget:
        return self._empty_state

    def clear(self) -> None:
        """Forget every turn and show the empty state again (a new chat)."""
        self._close_banner()
        for answer in self._answers:
            answer.dispose()
        for widget in [*self._user_turns, *self._answers]:
            self._turns.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._user_turns.clear()
        self._answers.clear()
        if self._find_bar.isVisible():
            self._find_bar.close_bar()
        self._stack.setCurrentWidget(self._empty_state)

    # -- facts ----------------------------------------------------------------------------------

    @property
    def theme(self) -> Theme:
        return self._theme

    @property
    def browser(self) -> AnswerBrowser | None:
        """The text view of the latest answer (None before the first)."""
        answer = self.last_answer()
        return answer.browser if answer is not None else None

    @property
    def scroll_area(self) -> QScrollArea:
        return self._scroll

    @property
    def find_bar(self) -> FindBar:
        return self._find_bar

    def open_find(self) -> None:
        """Ctrl+F: the find bar over the conversation, ready for typing."""
        self._find_bar.open_bar()

    @property
    def banner(self) -> ErrorBanner | None:
        """The error banner on show, if any."""
        return self._banner

    def is_empty(self) -> bool:
        return self._stack.currentWidget() is self._empty_state

    def _is_streaming(self) -> bool:
        return any(answer.is_streaming() for answer in self._answers)

    def is_following(self) -> bool:
        """Whether new text scrolls into view (the reader is at the bottom)."""
        return self._follower.is_following()

    def turn_count(self) -> int:
        return len(self._user_turns)

    def user_turn(self, index: int) -> UserTurnView:
        return self._user_turns[index]

    def user_turn_text(self, index: int) -> str:
        return self._user_turns[index].text

    def answers(self) -> list[AnswerView]:
        return list(self._answers)

    def last_answer(self) -> AnswerView | None:
        return self._answers[-1] if self._answers else None

    def transcript_text(self) -> str:
        """Everything the conversation shows, as plain text (empty in the empty state)."""
        if self.is_empty():
            return ""
        from desktop.ui.conversation.answer_view import AnswerView
        from desktop.ui.conversation.error_banner import ErrorBanner
        from desktop.ui.conversation.user_turn import UserTurnView

        parts: list[str] = []
        for index in range(self._turns.count()):
            widget = self._turns.itemAt(index).widget()
            if isinstance(widget, (UserTurnView, AnswerView, ErrorBanner)):
                parts.append(widget.transcript_text())
        return "\n\n".join(parts)

    # -- helpers --------------------------------------------------------------------------------

    def _searchables(self) -> list[Searchable]:
        """The questions' and the answers' text, in screen order (what Find searches)."""
        from desktop.ui.conversation.answer_view import AnswerView
        from desktop.ui.conversation.user_turn import UserTurnView

        found: list[Searchable] = []
        for index in range(self._turns.count()):
            widget = self._turns.itemAt(index).widget()
            if isinstance(widget, UserTurnView):
                found.append(widget.body_label)
            elif isinstance(widget, AnswerView):
                found.append(widget.browser)
        return found

    def _reveal(self, widget: QWidget, rect: QRect) -> None:
        """Scroll so that `rect` of `widget` (a match) is in sight, with room around it."""
        self._stack.setCurrentWidget(self._scroll)
        centre = widget.mapTo(self._scroll.widget(), rect.center())
        self._scroll.ensureVisible(centre.x(), centre.y(), 0, max(60, rect.height()))

    def _add(self, widget: QWidget) -> None:
        self._stack.setCurrentWidget(self._scroll)
        self._turns.insertWidget(self._turns.count() - 1, widget)
        widget.show()  # now, not when the layout gets round to it
        self._follower.follow()

    def _close_banner(self) -> None:
        if self._banner is not None:
            self._banner.dismiss()

    def _apply_theme(self, palette: QPalette) -> None:
        """The style sheet in the palette's colours; turns added from now on use them too."""
        self._theme = Theme.from_palette(palette, self.font())
        self.setStyleSheet(conversation_style_sheet(self._theme))
        # What is on show was drawn in the old colours (text formats, icons): again, once
        # the window's style sheets are done (redrawing inside their polish crashed Qt).
        QTimer.singleShot(0, self, self._restyle_turns)

    def _restyle_turns(self) -> None:
        for turn in self._user_turns:
            turn.restyle(self._theme)
        for answer in self._answers:
            answer.restyle(self._theme)

    # -- slots ----------------------------------------------------------------------------------

    def _on_answer_grew(self) -> None:
        # Settle the layouts and the scroll now, so that the new text, the new height and
        # the scroll that follows it are painted once, together (not in two paints).
        from desktop.ui.conversation.answer_view import AnswerView

        answer = self.sender()
        if isinstance(answer, AnswerView) and answer.layout() is not None:
            answer.layout().activate()
        self._turns.activate()
        content = self._scroll.widget()
        if content.layout() is not None:
            content.layout().activate()
        self._scroll.setWidgetResizable(True)  # fits the content and its scroll range now
        # While an answer streams in, it is painted at most every PAINT_INTERVAL_MS.
        self._paints.frame(
            isinstance(answer, AnswerView)
            and (answer.is_streaming() or not answer.renderer.is_caught_up())
        )

    def _on_answer_action_requested(self, action: Action) -> None:
        from desktop.core.errors import ActionKind  # not before the first frame (issue 17)

        if action.kind is ActionKind.OPEN_LINK and action.url:
            QDesktopServices.openUrl(QUrl(action.url))
        elif action.kind in (ActionKind.OPEN_SETTINGS, ActionKind.SIGN_IN):
            self.settings_requested.emit()
        elif action.kind is ActionKind.CHOOSE_MODEL:
            self.choose_model_requested.emit()
        elif action.kind is ActionKind.EDIT_REQUEST:
            from desktop.ui.conversation.answer_view import AnswerView

            answer = self.sender()
            if isinstance(answer, AnswerView):
                self.edit_requested.emit(answer.turn_index)

    def _on_banner_retry_requested(self) -> None:
        self.retry_requested.emit(-1)

    def _on_banner_edit_requested(self) -> None:
        self.edit_requested.emit(len(self._user_turns) - 1)

    def _on_failure_banner_gone(self, answer: AnswerView) -> None:
        if shiboken6.isValid(answer):
            answer.say_failure_inline(True)

    def _on_banner_dismissed(self) -> None:
        from desktop.ui.conversation.error_banner import ErrorBanner

        banner = self.sender()
        if banner is self._banner:
            self._banner = None
        if isinstance(banner, ErrorBanner):
            self._turns.removeWidget(banner)
