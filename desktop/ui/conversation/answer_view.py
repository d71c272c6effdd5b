"""One answer from Gemini: thoughts, the streamed text, its footer and what can be done with it."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.answer import Answer
from desktop.core.errors import Action, ActionKind
from desktop.ui import icons
from desktop.ui.conversation.error_action import action_text, offered_beside_retry
from desktop.ui.conversation.footer import AnswerFooter, NoticeKind
from desktop.ui.conversation.long_answer import END_CHARS, LongAnswerBar
from desktop.ui.conversation.long_words import ZERO_WIDTH_SPACE
from desktop.ui.conversation.streaming import StreamingRenderer
from desktop.ui.conversation.text_view import AnswerBrowser
from desktop.ui.conversation.theme import Theme
from desktop.ui.conversation.thoughts import ThoughtsSection
from desktop.ui.conversation.version_switcher import VersionSwitcher
from desktop.ui.conversation.waiting import WaitingLine
from desktop.ui.flow_layout import FlowLayout

COPIED_FEEDBACK_MS = 1500
LONG_ANSWER_REFRESH_MS = 400  # how often the end of a clipped answer is shown again
_ACTION_GLYPHS = {
    ActionKind.OPEN_LINK: "open",
    ActionKind.OPEN_SETTINGS: "settings",
    ActionKind.SIGN_IN: "account",
    ActionKind.CHOOSE_MODEL: "tune",
    ActionKind.EDIT_REQUEST: "edit",
}


class AnswerState(Enum):
    STREAMING = "streaming"
    FINISHED = "finished"
    STOPPED = "stopped"
    CUT_OFF = "cut_off"
    FAILED = "failed"


class AnswerView(QFrame):
    """Gemini's answer to one question, written as it streams in.

    Feed it with `append_text` / `append_thought`; end it with exactly one of `finish`,
    `mark_stopped`, `mark_cut_off`, `mark_interrupted` or `mark_failed` (later calls are ignored).
    """

    retry_requested = Signal(int)
    """Retry was clicked: the index of the question this answers."""
    code_requested = Signal(int)
    """Get code was clicked: the index of the question this answers."""
    copied = Signal(str)
    """Something went to the clipboard: "answer", "markdown" or "code"."""
    grew = Signal()
    """A frame of text was drawn (and the view took its new height)."""
    stop_requested = Signal()
    """Stop was clicked next to how long the answer has waited."""
    action_requested = Signal(object)
    """A failed answer's own action was clicked (an `Action`: a page, the settings, ...)."""
    version_requested = Signal(int, int)
    """An arrow of '1 of 2' was clicked: the question's index, and -1 or +1."""

    def __init__(
        self,
        turn_index: int,
        theme: Theme,
        parent: QWidget | None = None,
        *,
        offers_code: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("answerTurn")
        self._turn_index = turn_index
        self._theme = theme
        self._state = AnswerState.STREAMING
        self._has_text = False

        self._label = QLabel("✦ " + self.tr("Gemini"), self)
        self._label.setObjectName("answerLabel")
        self._status = QLabel(self)
        self._status.setObjectName("answerStatus")
        self._status.hide()
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(10)
        header.addWidget(self._label)
        header.addWidget(self._status, 1)

        self._thoughts = ThoughtsSection(theme, self)
        self._thoughts.hide()

        self._pending = _PendingDots(theme, self)
        self._waiting = WaitingLine(self)
        self._waiting.stop_requested.connect(self.stop_requested)

        self._browser = AnswerBrowser(self)
        self._browser.document().setDefaultFont(theme.body_font)
        self._browser.hide()
        self._browser.copy_code_requested.connect(self._on_browser_copy_code_requested)
        self._renderer = StreamingRenderer(self._browser.document(), theme, self)
        self._renderer.rendered.connect(self._on_renderer_rendered)
        self._renderer.clipped.connect(self._on_renderer_clipped)
        self._long_bar: LongAnswerBar | None = None
        self._long_timer = QTimer(self)
        self._long_timer.setInterval(LONG_ANSWER_REFRESH_MS)
        self._long_timer.timeout.connect(self._refresh_long_bar)

        self._footer = AnswerFooter(theme, self)

        self._copy_button = self._action_button("copy", self.tr("Copy"), self.tr("Copy the answer"))
        self._markdown_button = self._action_button(
            "markdown", self.tr("Copy as Markdown"), self.tr("Copy the answer with its formatting")
        )
        self._retry_button = self._action_button(
            "retry", self.tr("Retry"), self.tr("Ask the same question again")
        )
        self._code_button = self._action_button(
            "terminal", self.tr("Get code"), self.tr("The code that sends this question")
        )
        self._failure_action: Action | None = None
        self._failure_button: QToolButton | None = None
        self._copy_button.clicked.connect(self._on_copy_button_clicked)
        self._markdown_button.clicked.connect(self._on_markdown_button_clicked)
        self._retry_button.clicked.connect(self._on_retry_button_clicked)
        self._code_button.clicked.connect(self._on_code_button_clicked)
        self._versions = VersionSwitcher(theme, self)
        self._versions.step_requested.connect(self._on_versions_step_requested)
        self._actions = QWidget(self)
        self._actions.setObjectName("answerActions")
        # Rows that wrap in a narrow pane, rather than widening the conversation.
        actions = FlowLayout(self._actions, spacing=2)
        actions.addWidget(self._versions)
        actions.addWidget(self._copy_button)
        actions.addWidget(self._markdown_button)
        actions.addWidget(self._retry_button)
        actions.addWidget(self._code_button)
        self._code_button.setVisible(offers_code)  # no button that does nothing
        self._actions.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 14, 0, 8)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self._thoughts)
        layout.addWidget(self._pending)
        layout.addWidget(self._browser)
        # Under what arrived so far, where the next words would appear.
        layout.addWidget(self._waiting)
        layout.addWidget(self._footer)
        layout.addWidget(self._actions)

    def _action_button(self, glyph: str, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName("answerAction")
        button.setText(text)
        button.setToolTip(tip)
        button.setProperty("glyph", glyph)
        button.setIcon(icons.icon(glyph, self._theme.muted, 16))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    # -- facts ----------------------------------------------------------------------------------

    @property
    def turn_index(self) -> int:
        """The index of the question this answers (-1 when there was none)."""
        return self._turn_index

    @property
    def state(self) -> AnswerState:
        return self._state

    @property
    def browser(self) -> AnswerBrowser:
        """The view the answer's text is drawn in."""
        return self._browser

    @property
    def versions(self) -> VersionSwitcher:
        """'2 of 3' with its arrows, shown once Retry made a second version."""
        return self._versions

    def set_versions(self, number: int, count: int) -> None:
        """This is version `number` (from 1) of `count` of the answer."""
        self._versions.set_versions(number, count)

    @property
    def thoughts(self) -> ThoughtsSection:
        return self._thoughts

    @property
    def footer(self) -> AnswerFooter:
        return self._footer

    @property
    def renderer(self) -> StreamingRenderer:
        return self._renderer

    def is_streaming(self) -> bool:
        return self._state is AnswerState.STREAMING

    def long_answer_bar(self) -> LongAnswerBar | None:
        """Under an answer too long to draw whole: its end and the whole of it on request."""
        return self._long_bar

    def markdown(self) -> str:
        """The answer as it arrived (Markdown)."""
        return self._renderer.text()

    def plain_text(self) -> str:
        """The answer as plain text, as shown (no code headers or notes)."""
        self._renderer.flush()
        # Without the break places long words get for display (long_words.py).
        return self._renderer.writer.plain_text().replace(ZERO_WIDTH_SPACE, "")

    def transcript_text(self) -> str:
        """Everything this answer shows, as plain text."""
        parts = [self._label.text()]
        if self._status.isVisibleTo(self) and self._status.text():
            parts.append(self._status.text())
        thoughts = self._thoughts.plain_text()
        if thoughts:
            parts.append(thoughts)
        if self._has_text or not self._browser.isHidden():
            self._renderer.flush()
            parts.append(self._browser.toPlainText())
        if self._waiting.isVisibleTo(self):
            parts.append(self._waiting.text())
        for text in (self._footer.notice_text(), self._footer.facts_text()):
            if text:
                parts.append(text)
        if self._versions.isVisibleTo(self):
            parts.append(self._versions.text())
        return "\n".join(parts)

    # -- streaming ------------------------------------------------------------------------------

    def append_text(self, delta: str) -> None:
        """Add streamed answer text (Markdown)."""
        if not delta or not self.is_streaming():
            return
        self._waiting.restart()
        if not self._has_text:
            self._has_text = True
            self._pending.stop()
            self._status.hide()
            self._browser.show()
            self._thoughts.set_thinking(False)
        self._renderer.append(delta)

    def append_thought(self, delta: str) -> None:
        """Add streamed thoughts; they stay in a collapsed section above the answer."""
        if not delta or not self.is_streaming():
            return
        self._waiting.restart()
        if self._thoughts.isHidden():
            self._thoughts.show()
            self._pending.stop()
        self._thoughts.append(delta)

    def show_retrying(self, reason: str, delay: float, attempt: int, attempts: int) -> None:
        """The client waits `delay` s to try again (nothing shown yet): why, and the wait
        counting down under the answer, with Stop."""
        if not self.is_streaming() or self._has_text:
            return
        self._pending.stop()  # not writing: waiting, and the line below says for what
        self._waiting.count_down(reason, delay, attempt, attempts)

    # -- endings --------------------------------------------------------------------------------

    def finish(self, answer: Answer | None = None) -> None:
        """The answer is complete; `answer` fills the footer (model, usage, sources)."""
        if not self.is_streaming():
            return
        if answer is not None:
            if not self._has_text and answer.text:
                self.append_text(answer.text)
            if self._thoughts.text() == "" and answer.thoughts:
                self.append_thought(answer.thoughts)
        self._end(AnswerState.FINISHED)
        if answer is not None:
            self._footer.show_answer(answer)
        if not self._has_text and not self._footer.notice_text():
            self._footer.show_notice(self.tr("Gemini sent an empty answer."), NoticeKind.WARNING)

    def mark_stopped(self) -> None:
        """The user stopped the answer: what arrived stays, marked "(stopped)"."""
        if not self.is_streaming():
            return
        self._end(AnswerState.STOPPED)
        self._renderer.flush()
        self._browser.show()
        self._renderer.writer.add_note(self.tr("(stopped)"))

    def mark_cut_off(self) -> None:
        """The stream ended before the model said it was done."""
        self._mark_incomplete(
            self.tr("The connection ended early, so this answer may be incomplete.")
        )

    def mark_interrupted(self) -> None:
        """The app closed (a crash, a kill, a shutdown) while this answer was arriving:
        the connection is not what failed."""
        self._mark_incomplete(
            self.tr("The app closed before this answer was finished, so it may be incomplete.")
        )

    def _mark_incomplete(self, notice: str) -> None:
        if not self.is_streaming():
            return
        self._end(AnswerState.CUT_OFF)
        self._footer.show_notice(notice, NoticeKind.WARNING)

    def mark_failed(self, message: str | None = None, action: Action | None = None) -> None:
        """The answer could not be completed; `message` says why in plain words (it stays
        with the answer, whatever happens to the banner), `action` is what to do beside
        Retry (a page to open, a model to choose), when there is such a thing."""
        if not self.is_streaming():
            return
        self._end(AnswerState.FAILED)
        self._footer.show_notice(
            message or self.tr("The answer could not be completed."), NoticeKind.ERROR
        )
        if action is not None and offered_beside_retry(action):
            self._failure_action = action
            text = action_text(action)
            button = self._action_button(_ACTION_GLYPHS.get(action.kind, "open"), text, text)
            button.clicked.connect(self._on_failure_button_clicked)
            actions = self._actions.layout()
            assert isinstance(actions, FlowLayout)
            actions.insertWidget(actions.indexOf(self._retry_button) + 1, button)
            self._failure_button = button

    def say_failure_inline(self, shown: bool) -> None:
        """Whether the failure's reason and its action show in the answer. While the error
        banner right below it says them, the answer does not say them a second time; they
        come back when the banner goes, and stay with the answer from then on."""
        self._footer.set_notice_shown(shown)
        if self._failure_button is not None:
            self._failure_button.setVisible(shown)

    @property
    def failure_action(self) -> Action | None:
        """The action a failed answer offers beside Retry, if any."""
        return self._failure_action

    @property
    def failure_button(self) -> QToolButton | None:
        """The button of `failure_action`."""
        return self._failure_button

    def _end(self, state: AnswerState) -> None:
        self._state = state
        self._pending.stop()
        self._waiting.stop()
        self._status.hide()
        self._thoughts.finish()
        has_text = self._has_text
        self._copy_button.setVisible(has_text)
        self._markdown_button.setVisible(has_text)
        self._renderer.finish()
        self._refresh_long_bar()
        # The footer and the buttons come after the text: while a burst is still being
        # drawn they wait (and do not get repainted with every frame).
        if self._renderer.is_caught_up():
            self._show_ending()
        else:
            self._footer.hide()
            self._renderer.caught_up.connect(self._show_ending)

    def _show_ending(self) -> None:
        self._footer.show()
        self._actions.show()

    # -- actions --------------------------------------------------------------------------------

    def copy_answer(self) -> None:
        """Put the answer on the clipboard as plain text."""
        QGuiApplication.clipboard().setText(self.plain_text())
        self._confirm(self._copy_button, self.tr("Copied"))
        self.copied.emit("answer")

    def copy_markdown(self) -> None:
        """Put the answer on the clipboard as Markdown."""
        QGuiApplication.clipboard().setText(self.markdown())
        self._confirm(self._markdown_button, self.tr("Copied"))
        self.copied.emit("markdown")

    def copy_code(self, index: int) -> None:
        code = self._renderer.writer.code_text(index)
        if code is None:
            return
        QGuiApplication.clipboard().setText(code)
        self.copied.emit("code")
        self._status.setText(self.tr("Code copied"))
        self._status.show()
        QTimer.singleShot(COPIED_FEEDBACK_MS, self._status, self._status.hide)

    def _confirm(self, button: QToolButton, text: str) -> None:
        original = button.text()
        button.setText(text)
        button.setIcon(icons.icon("check", self._theme.accent, 16))
        glyph = "copy" if button is self._copy_button else "markdown"

        def restore() -> None:
            button.setText(original)
            button.setIcon(icons.icon(glyph, self._theme.muted, 16))

        QTimer.singleShot(COPIED_FEEDBACK_MS, button, restore)

    def _on_copy_button_clicked(self) -> None:
        self.copy_answer()

    def _on_markdown_button_clicked(self) -> None:
        self.copy_markdown()

    def _on_failure_button_clicked(self) -> None:
        if self._failure_action is not None:
            self.action_requested.emit(self._failure_action)

    def _on_retry_button_clicked(self) -> None:
        self.retry_requested.emit(self._turn_index)

    def _on_versions_step_requested(self, step: int) -> None:
        self.version_requested.emit(self._turn_index, step)

    def _on_code_button_clicked(self) -> None:
        self.code_requested.emit(self._turn_index)

    def _on_renderer_clipped(self) -> None:
        bar = LongAnswerBar(self._renderer.text, self)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self._browser) + 1, bar)
        self._long_bar = bar
        self._refresh_long_bar()
        if self.is_streaming():
            self._long_timer.start()

    def _refresh_long_bar(self) -> None:
        if self._long_bar is not None:
            renderer = self._renderer
            self._long_bar.update_from(renderer.received(), renderer.end_text(END_CHARS))
        if not self.is_streaming():
            self._long_timer.stop()

    def _on_renderer_rendered(self) -> None:
        self._browser.fit_height()
        self.grew.emit()

    def _on_browser_copy_code_requested(self, index: int) -> None:
        self.copy_code(index)

    def restyle(self, theme: Theme) -> None:
        """In `theme`'s colours (a switch between light and dark): the text drawn again,
        the icons, the footer's notice, the arrows."""
        self._theme = theme
        if self._renderer.restyle(theme) and self._state is AnswerState.STOPPED:
            self._renderer.writer.add_note(self.tr("(stopped)"))
        for button in self.findChildren(QToolButton, "answerAction"):
            glyph = button.property("glyph")
            if glyph:
                button.setIcon(icons.icon(str(glyph), theme.muted, 16))
        self._footer.restyle(theme)
        self._thoughts.restyle(theme)

    def dispose(self) -> None:
        """Stop drawing before the widget goes away."""
        self._renderer.stop()
        self._long_timer.stop()
        self._pending.stop()
        self._waiting.stop()


class _PendingDots(QLabel):
    """Three dots that pulse until the first words arrive."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerPending")
        self._lit = theme.accent.name()
        self._dim = theme.muted.name()
        self.setAccessibleName(QCoreApplication.translate("AnswerView", "Gemini is writing"))
        self._step = 0
        self._timer = QTimer(self)
        self._timer.setInterval(380)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()
        self._on_timer_timeout()

    def stop(self) -> None:
        self._timer.stop()
        self.hide()

    def _on_timer_timeout(self) -> None:
        self._step = (self._step + 1) % 4
        dots = ["●", "●", "●"]
        lit = self._step % 3
        self.setText(
            " ".join(
                f'<span style="color: {self._lit if i == lit else self._dim}">{dot}</span>'
                for i, dot in enumerate(dots)
            )
        )
