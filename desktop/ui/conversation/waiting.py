"""How long an answer has waited for its next words ("Waiting for Gemini · 0:42"), with Stop.

Dots alone cannot tell a long thinking pause from a server that went quiet: from the tenth
second without anything new, the answer says how long it has waited and offers Stop. The
client gives up on its own after GEMINI_DESKTOP_STALL_TIMEOUT_S (services/http.py).

While the client waits to try again (a 429, a 503), the same line counts that wait down
instead, from its start: why, and "Trying again in 24 s (attempt 2 of 4)…"; Stop ends it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.ui.conversation.labels import make_wrapping

SHOW_AFTER_S = 10.0
TICK_MS = 1000


def wait_text(seconds: float) -> str:
    """m:ss, as a stopwatch shows it ("0:42", "4:05")."""
    whole = int(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


@dataclass(frozen=True)
class _RetryWait:
    reason: str
    deadline: float
    attempt: int
    attempts: int


class WaitingLine(QWidget):
    """Hidden while words keep coming; `restart()` on each, `stop()` when the answer ends."""

    stop_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        tick_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("answerWaiting")
        self._clock = clock
        self._since = clock()
        self._retry: _RetryWait | None = None
        # Wraps: a reason to wait can be long, and Stop must stay in sight beside it.
        self._label = make_wrapping(QLabel(self))
        self._label.setObjectName("answerStatus")
        self._stop_button = QPushButton(self.tr("Stop"), self)
        self._stop_button.setObjectName("answerWaitingStop")
        self._stop_button.setToolTip(self.tr("Stop waiting for this answer"))
        self._stop_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self._stop_button.clicked.connect(self.stop_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._stop_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms or TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()

    def text(self) -> str:
        return self._label.text()

    def restart(self) -> None:
        """Something arrived: the wait starts again from nothing."""
        self._since = self._clock()
        self._retry = None
        if not self.isHidden():
            self.hide()

    def count_down(self, reason: str, delay: float, attempt: int, attempts: int) -> None:
        """The client waits `delay` seconds before try `attempt` of `attempts`: say why
        and count it down, once a second. The next request's own wait starts after it."""
        self._retry = _RetryWait(reason, self._clock() + delay, attempt, attempts)
        self._since = self._retry.deadline
        self._show_retry(self._retry)
        self.show()
        if self._timer.isActive():
            self._timer.start()  # ticks from now: each second of the wait is shown on time

    def stop(self) -> None:
        """The answer ended: nothing to wait for any more."""
        self._timer.stop()
        self.hide()

    def _show_retry(self, retry: _RetryWait) -> None:
        left = math.ceil(retry.deadline - self._clock())
        if left > 0:
            text = self.tr("%1 Trying again in %2 s (attempt %3 of %4)…").replace("%2", str(left))
        else:
            text = self.tr("%1 Trying again now (attempt %3 of %4)…")
        self._label.setText(
            text.replace("%3", str(retry.attempt))
            .replace("%4", str(retry.attempts))
            .replace("%1", retry.reason)
        )

    def _on_timer_timeout(self) -> None:
        if self._retry is not None and self._clock() < self._retry.deadline + SHOW_AFTER_S:
            self._show_retry(self._retry)
            return
        waited = self._clock() - self._since
        if waited < SHOW_AFTER_S:
            return
        self._label.setText(self.tr("Waiting for Gemini · %1").replace("%1", wait_text(waited)))
        self.show()
