"""Break places in very long words, for display only (issue 17).

Qt lays out a paragraph it may wrap anywhere in time that grows with the square of its
longest word (1 MB without a space: over a minute), and without a break place a word runs
off the view as one line. A zero-width space every BREAK_EVERY characters of a run longer
than LONG_WORD gives Qt ordinary places to wrap; the answer itself (history, copy as
Markdown, save) keeps its text as it came.
"""

from __future__ import annotations

import re

ZERO_WIDTH_SPACE = "\u200b"
LONG_WORD = 200
"""Runs without a space longer than this get break places (long links stay whole)."""
BREAK_EVERY = 80
_RUN = re.compile(r"\S+")
_LONG_RUN = re.compile(rf"\S{{{LONG_WORD + 1},}}")
_SPACE = re.compile(r"\s")


class LongWordBreaker:
    """Adds break places to streamed text; remembers how long the current run is, across
    the pieces it is fed."""

    def __init__(self) -> None:
        self._run = 0  # characters since the last whitespace

    def feed(self, text: str) -> str:
        """`text` with a zero-width space after every BREAK_EVERY-th character of a run
        longer than LONG_WORD."""
        if self._all_short(text):
            return text
        pieces: list[str] = []
        start = 0
        run_at_end = 0
        for match in _RUN.finditer(text):
            before = self._run if match.start() == 0 else 0
            length = before + match.end() - match.start()
            run_at_end = length if match.end() == len(text) else 0
            if length <= LONG_WORD:
                continue
            first = max(LONG_WORD + 1, before + 1)
            position = first + (-first) % BREAK_EVERY  # the run's characters are counted from 1
            while position <= length:
                cut = match.start() + position - before
                pieces += (text[start:cut], ZERO_WIDTH_SPACE)
                start = cut
                position += BREAK_EVERY
        if not text:
            return text
        self._run = run_at_end
        if not pieces:
            return text
        pieces.append(text[start:])
        return "".join(pieces)

    def _all_short(self, text: str) -> bool:
        """Whether `text` has no run longer than LONG_WORD (nearly always): then it needs no
        break places, and is not walked word by word (a Python step for each word)."""
        space = _SPACE.search(text)
        if space is None or self._run + space.start() > LONG_WORD or _LONG_RUN.search(text):
            return False
        self._run = 0 if text[-1].isspace() else len(text.rsplit(None, 1)[-1])
        return True
