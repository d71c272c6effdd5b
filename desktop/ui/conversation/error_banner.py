"""A failure shown inside the conversation: the plain explanation, the hint and one action.

It never sends anything by itself: when the server said how long to wait, it counts down to
the moment trying again can work ("You can try again in 24 s"), and the user decides."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ActionKind, GeminiError
from desktop.ui import icons
from desktop.ui.conversation.error_action import action_text
from desktop.ui.conversation.labels import make_wrapping
from desktop.ui.conversation.theme import Theme
from desktop.ui.message_words import words

COUNTDOWN_TICK_MS = 200  # the text changes once a second; a finer tick keeps it on time


class ErrorBanner(QFrame):
    """Non-modal and dismissable; it offers the one action the error names.

    OPEN_LINK opens the page; OPEN_SETTINGS and SIGN_IN ask for the settings; CHOOSE_MODEL
    for the model list; EDIT_REQUEST to edit the message; RETRY, WAIT_AND_RETRY and
    CHECK_NETWORK to try again. A known wait (the server's RetryInfo or Retry-After) is
    counted down beside the button, once a second; nothing is resent when it runs out.
    Asking to try again closes the banner.
    """

    retry_requested = Signal()
    settings_requested = Signal()
    choose_model_requested = Signal()
    edit_requested = Signal()
    dismissed = Signal()

    def __init__(self, error: GeminiError, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self._error = error
        self._kind = error.action.kind
        self._url = error.action.url
        self._deadline: float | None = None
        self._closed = False

        icon = QLabel(self)
        icon.setPixmap(icons.pixmap("error", theme.error, 20))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        self._explanation = QLabel(words(error.words), self)
        self._explanation.setObjectName("errorExplanation")
        bold = QFont(theme.body_font)
        bold.setWeight(QFont.Weight.DemiBold)
        self._explanation.setFont(bold)
        self._hint = QLabel(words(error.hint_words), self)
        self._hint.setObjectName("errorHint")
        self._hint.setVisible(bool(self._hint.text()))
        self._details = QLabel(error.details or "", self)
        self._details.setObjectName("errorDetails")
        self._details.setVisible(bool(error.details))
        self._hint.setFont(theme.body_font)
        for label in (self._explanation, self._hint, self._details):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            make_wrapping(label)

        self._countdown = QLabel(self)
        self._countdown.setObjectName("errorCountdown")
        self._countdown.hide()

        self._action = QPushButton(self)
        self._action.setObjectName("errorAction")
        self._action.setCursor(Qt.CursorShape.PointingHandCursor)
        self._action.clicked.connect(self._on_action_clicked)
        self._action.setText(action_text(error.action))

        close = QToolButton(self)
        close.setObjectName("errorClose")
        close.setIcon(icons.icon("close", theme.muted, 16))
        close.setToolTip(self.tr("Hide this message"))
        close.setAccessibleName(self.tr("Hide this message"))
        close.setAutoRaise(True)
        close.setCursor(Qt.CursorShape.PointingHandCursor)
        close.clicked.connect(self.dismiss)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 4, 0, 0)
        buttons.setSpacing(10)
        buttons.addWidget(self._action)
        buttons.addWidget(self._countdown)
        buttons.addStretch(1)

        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(4)
        text.addWidget(self._explanation)
        text.addWidget(self._hint)
        text.addWidget(self._details)
        text.addLayout(buttons)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 12, 8, 12)
        layout.setSpacing(10)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)

        self._timer = QTimer(self)
        self._timer.setInterval(COUNTDOWN_TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        if self._counts_down():
            self._deadline = time.monotonic() + max(0.0, error.retry_after or 0.0)
            self._countdown.show()
            self._update_countdown()
            self._timer.start()

    # -- facts ------------------------------------------------------------------------------

    @property
    def error(self) -> GeminiError:
        return self._error

    @property
    def action_button(self) -> QPushButton:
        return self._action

    def seconds_left(self) -> int | None:
        """Whole seconds until trying again can work (None when there is no countdown)."""
        if self._deadline is None:
            return None
        return max(0, math.ceil(self._deadline - time.monotonic()))

    def countdown_text(self) -> str:
        return self._countdown.text() if not self._countdown.isHidden() else ""

    def transcript_text(self) -> str:
        parts = [self._explanation.text(), self._hint.text(), self._details.text()]
        parts.append(self.countdown_text())
        return "\n".join(part for part in parts if part)

    # -- actions ----------------------------------------------------------------------------

    def dismiss(self) -> None:
        """Close the banner (stops a countdown); emits `dismissed` once."""
        if self._closed:
            return
        self._closed = True
        self._timer.stop()
        self.hide()
        self.dismissed.emit()
        self.deleteLater()

    def _counts_down(self) -> bool:
        return self._error.retryable and bool(self._error.retry_after)

    def _on_action_clicked(self) -> None:
        kind = self._kind
        if kind is ActionKind.OPEN_LINK and self._url:
            QDesktopServices.openUrl(QUrl(self._url))
        elif kind in (ActionKind.OPEN_SETTINGS, ActionKind.SIGN_IN):
            self.settings_requested.emit()
        elif kind is ActionKind.CHOOSE_MODEL:
            self.choose_model_requested.emit()
        elif kind is ActionKind.EDIT_REQUEST:
            self.edit_requested.emit()
        else:
            self._retry()

    def _retry(self) -> None:
        self._timer.stop()
        self.retry_requested.emit()
        self.dismiss()

    def _update_countdown(self) -> None:
        seconds = self.seconds_left()
        if not seconds:
            self._countdown.setText(self.tr("You can try again now."))
            return
        self._countdown.setText(self.tr("You can try again in %1 s.").replace("%1", str(seconds)))

    def _on_timer_timeout(self) -> None:
        if self._deadline is not None and time.monotonic() >= self._deadline:
            self._timer.stop()  # the user decides: nothing is sent by itself
        self._update_countdown()
