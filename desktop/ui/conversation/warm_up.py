"""Loads the common Pygments lexers while the app is idle, so the first code block of an
answer does not pay for an import in the middle of streaming."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

START_DELAY_MS = 1500
STEP_MS = 80


def warm_up_now(languages: tuple[str, ...] | None = None) -> None:
    """Load the lexers at once (tests, benchmarks); the common ones by default."""
    from desktop.ui.conversation.code_highlight import COMMON_LANGUAGES, lexer_class

    for language in COMMON_LANGUAGES if languages is None else languages:
        lexer_class(language)


class LexerWarmUp(QObject):
    """One lexer per timer tick (at most about 30 ms each), never while `busy()`. Pygments
    itself is imported at the first tick, not while the window is being built."""

    def __init__(self, busy: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._busy = busy
        self._languages: list[str] | None = None  # known at the first tick
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start(START_DELAY_MS)

    def _on_timer_timeout(self) -> None:
        from desktop.ui.conversation.code_highlight import COMMON_LANGUAGES, is_loaded, lexer_class

        if self._languages is None:
            self._languages = list(COMMON_LANGUAGES)
        if not self._busy():
            while self._languages and is_loaded(self._languages[0]):
                self._languages.pop(0)
            if self._languages:
                lexer_class(self._languages.pop(0))
        if self._languages:
            self._timer.start(STEP_MS)
