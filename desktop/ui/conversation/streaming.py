"""Streams Markdown into a document: deltas are buffered and drawn at most once per frame.

Each frame (a 16 ms single-shot timer) feeds the buffered text to the splitter, writes the
newly finished blocks (within a time budget, so a burst never freezes the window), shows
the open tail and puts in code colours that have arrived. A tail that is slow to redraw (a
long list still being written) is redrawn less often.

A huge answer is drawn up to VIEW_LIMIT characters, or until its open paragraph passes
PARAGRAPH_LIMIT (Qt lays a paragraph out whole on every change): then `clipped` says so,
and the rest is only kept (`text()`, `end_text()`), never laid out. Very long words get
break places (long_words.py) on their way to the document.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextDocument

from desktop.ui.conversation.document_writer import MarkdownWriter
from desktop.ui.conversation.long_words import LongWordBreaker
from desktop.ui.conversation.markdown_blocks import Block, MarkdownSplitter, split_markdown
from desktop.ui.conversation.theme import Theme

FRAME_INTERVAL_MS = 16
BURST_INTERVAL_MS = 1
"""Between two slices of a burst: the event loop runs (a paint, the stream, input) and the
next slice follows, rather than a frame's wait with nothing to do."""
FRAME_BUDGET_S = 0.007
"""Work per slice before the rest waits for the next one; with a paint after it, it stays
within a frame (16 ms)."""
_MIN_CHARS_PER_FRAME = 1000
_START_SECONDS_PER_CHAR = 2e-6
_LEX_SHARE = 0.5
"""At most this share of a frame's budget goes to lexing code before writing."""
_CODE_WAIT_S = 0.25
"""How long a finished code block may wait for its colours before it is written plain."""
VIEW_LIMIT = 400_000
"""Characters of an answer drawn in the conversation; the rest is kept, not laid out."""
PARAGRAPH_LIMIT = 12_000
"""An open paragraph this long ends the drawn part (each redraw lays it out whole)."""
FEED_SLICE = PARAGRAPH_LIMIT // 2
FEED_PER_FRAME = 4 * FEED_SLICE
"""Characters handed to the splitter in one frame (about 2 ms). A burst that arrived
between two frames (65 KB in 15 ms from a fast server, measured) is split over the next
frames instead of holding the one that meets it."""


class StreamingRenderer(QObject):
    """The Markdown of one answer (or its thoughts) on its way into a QTextDocument."""

    rendered = Signal()
    """The document changed (one frame's worth)."""
    caught_up = Signal()
    """After `finish()`: all the text is in the document (colours may still follow)."""
    clipped = Signal()
    """The answer is too long to draw whole: what follows is kept, not drawn (once)."""

    def __init__(self, document: QTextDocument, theme: Theme, parent: QObject | None = None):
        super().__init__(parent)
        self._writer = MarkdownWriter(document, theme)
        self._splitter = MarkdownSplitter()
        self._pending: list[str] = []
        self._queue: list[Block] = []
        self._source: list[str] = []
        self._received = 0
        self._breaker = LongWordBreaker()
        self._drawn: list[str] = []  # what went to the splitter: with break places, clipped
        self._clipped = False
        self._finished = False
        self._announced = False
        self._seconds_per_char = _START_SECONDS_PER_CHAR
        self._tail_not_before = 0.0
        self._waiting_since: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def writer(self) -> MarkdownWriter:
        return self._writer

    def text(self) -> str:
        """All the Markdown received so far."""
        if len(self._source) > 1:
            self._source = ["".join(self._source)]
        return self._source[0] if self._source else ""

    def end_text(self, limit: int) -> str:
        """The last `limit` characters received (without joining the whole answer)."""
        pieces: list[str] = []
        size = 0
        for piece in reversed(self._source):
            pieces.append(piece)
            size += len(piece)
            if size >= limit:
                break
        return "".join(reversed(pieces))[-limit:]

    def received(self) -> int:
        """How many characters have arrived."""
        return self._received

    def is_clipped(self) -> bool:
        """Only the start of the answer is drawn (see VIEW_LIMIT)."""
        return self._clipped

    def is_caught_up(self) -> bool:
        """All text received so far is in the document (tail included)."""
        return (
            not self._pending
            and not self._queue
            and self._writer.tail_block == self._splitter.tail()
        )

    def is_idle(self) -> bool:
        """Nothing left to do: finished, caught up and coloured."""
        return self._finished and self.is_caught_up() and not self._writer.colours_pending()

    # -- input ----------------------------------------------------------------------------------

    def append(self, delta: str) -> None:
        if self._finished or not delta:
            return
        self._source.append(delta)
        self._received += len(delta)
        if self._clipped:
            return
        over = self._received - VIEW_LIMIT
        if over > 0:
            self._pending.append(delta[: len(delta) - over])
            self._clip()
        else:
            self._pending.append(delta)
        self._schedule(FRAME_INTERVAL_MS)

    def _clip(self) -> None:
        self._clipped = True
        self.clipped.emit()

    def finish(self) -> None:
        """No more text: draw the rest over the next frames, then emit `caught_up`."""
        if self._finished:
            return
        self._finished = True
        self._schedule(0)  # the frames split what is pending, then close the splitter

    def flush(self) -> None:
        """Draw everything received now, whatever it costs (before a note goes below it)."""
        self._take_pending(None)
        with self._writer.edit():
            self._writer.append(self._queue)
            self._queue = []
            self._writer.set_tail(self._splitter.tail())
        self.rendered.emit()
        self._after_frame()

    def restyle(self, theme: Theme) -> bool:
        """Draw what arrived again in `theme`'s colours (a switch between light and dark),
        at once and with its code coloured. Only once everything is drawn: an answer still
        arriving keeps its colours. Returns whether it drew again."""
        if not self._finished or not self.is_caught_up() or self._writer.colours_pending():
            return False
        document = self._writer.document
        document.clear()
        self._writer = MarkdownWriter(document, theme, highlight_now=True)
        with self._writer.edit():
            # What was drawn, not all that came: a clipped answer stays clipped.
            self._writer.append(split_markdown("".join(self._drawn)))
        self.rendered.emit()
        return True

    def stop(self) -> None:
        """Stop drawing (the widget goes away)."""
        self._timer.stop()

    # -- frames ---------------------------------------------------------------------------------

    def _schedule(self, delay_ms: int) -> None:
        if not self._timer.isActive():
            self._timer.start(delay_ms)

    def _take_pending(self, limit: int | None = FEED_PER_FRAME) -> None:
        """Hand what arrived to the splitter, about `limit` characters of it (None: all)."""
        if self._pending:
            text = "".join(self._pending)
            self._pending = []
            end = len(text) if limit is None else min(len(text), limit)
            # In slices, so an open paragraph stops near PARAGRAPH_LIMIT however much came.
            for start in range(0, end, FEED_SLICE):
                piece = self._breaker.feed(text[start : min(start + FEED_SLICE, end)])
                self._drawn.append(piece)
                self._splitter.feed(piece)
                tail = self._splitter.tail()
                if tail is not None and len(tail.text) > PARAGRAPH_LIMIT:
                    if not self._clipped:
                        self._clip()
                    end = len(text)  # the rest is kept, never drawn
                    break
            if end < len(text):
                self._pending.append(text[end:])
        if (self._finished or self._clipped) and not self._pending:
            self._splitter.close()
        finished = self._splitter.take_finished()
        for block in finished:
            self._writer.prepare(block)
        self._queue.extend(finished)

    def _on_timer_timeout(self) -> None:
        started = time.perf_counter()
        deadline = started + FRAME_BUDGET_S
        self._take_pending()
        writer = self._writer
        # Code first: a finished code block is best written once, in colour.
        writer.lex(started + FRAME_BUDGET_S * _LEX_SHARE)
        writing = time.perf_counter()
        budget = max(_MIN_CHARS_PER_FRAME, int((deadline - writing) / self._seconds_per_char))
        with writer.edit():
            written = self._write_queue(deadline, budget)
            if not self._queue and writing >= self._tail_not_before:
                tail = self._splitter.tail()
                if tail != writer.tail_block:
                    tail_started = time.perf_counter()
                    writer.set_tail(tail)
                    tail_seconds = time.perf_counter() - tail_started
                    # A tail that takes long to redraw (a long list) waits a few frames.
                    self._tail_not_before = time.perf_counter() + 3 * tail_seconds
            elif self._queue:
                writer.set_tail(None)
            written += writer.colour_ready(max(0, budget - written))
        elapsed = time.perf_counter() - writing
        if written > 2000:
            self._seconds_per_char = 0.6 * self._seconds_per_char + 0.4 * elapsed / written
        writer.lex(deadline)
        self.rendered.emit()
        self._after_frame()

    def _write_queue(self, deadline: float, budget: int) -> int:
        """Write finished blocks, about `budget` characters (layout included, the cost per
        character is learned as frames go); returns how many were written."""
        written = 0
        writer = self._writer
        queue = self._queue
        while queue and written < budget:
            if written and time.perf_counter() > deadline:
                break
            head = queue[0]
            if head.is_code and not writer.is_ready(head):
                now = time.perf_counter()
                if self._waiting_since is None:
                    self._waiting_since = now
                if now - self._waiting_since < _CODE_WAIT_S:
                    break  # its colours come in a moment: write it in colour, once
            self._waiting_since = None
            if head.is_code:
                batch = [head]
            else:
                batch = []
                size = 0
                for block in queue:
                    if block.is_code or (batch and written + size + len(block.text) > budget):
                        break
                    batch.append(block)
                    size += len(block.text)
            del queue[: len(batch)]
            writer.append(batch)
            written += sum(len(block.text) for block in batch)
        return written

    def _after_frame(self) -> None:
        caught_up = self.is_caught_up()
        if self._queue or self._pending:
            self._schedule(BURST_INTERVAL_MS)
        elif not caught_up or self._writer.colours_pending() or self._writer.lexing():
            self._schedule(FRAME_INTERVAL_MS)
        if self._finished and caught_up and not self._announced:
            self._announced = True
            self.caught_up.emit()
