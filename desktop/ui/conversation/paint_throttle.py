"""While an answer streams in, the conversation is painted at most every PAINT_INTERVAL_MS.

A burst (an answer that came faster than it can be drawn) is written in slices of a few
milliseconds, and each slice was painted: the whole visible conversation, since it
scrolls with the new text. Painting was the largest cost of streaming after the writing
itself (issue 17), and an answer that keeps up with its stream was painted every frame
(16 ms) for a few lines each. While an answer streams or more is waiting to be written,
the paints are held back to one per PAINT_INTERVAL_MS (30 a second); the event loop
still runs between the slices."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

PAINT_INTERVAL_MS = 33


class PaintThrottle(QObject):
    """Holds back the paints of `scroll`'s viewport (and its children) to one per
    PAINT_INTERVAL_MS while frames say more follows; never longer: a timer lets them
    through."""

    def __init__(self, scroll: QAbstractScrollArea) -> None:
        super().__init__(scroll)
        self._scroll = scroll
        self._viewport: QWidget | None = None
        self._painted = QElapsedTimer()
        self._painted.start()
        self._release = QTimer(self)
        self._release.setSingleShot(True)
        self._release.timeout.connect(self.release)

    def frame(self, behind: bool) -> None:
        """A frame was written; `behind`: more follows soon (a stream, a burst)."""
        since = self._painted.elapsed()
        if behind and since < PAINT_INTERVAL_MS:
            if self._widget.updatesEnabled():
                self._widget.setUpdatesEnabled(False)
                self._release.start(PAINT_INTERVAL_MS - since)
            return
        self.release()

    def release(self) -> None:
        """Paint what was held back, now (re-enabling updates repaints the widget)."""
        self._release.stop()
        if not self._widget.updatesEnabled():
            self._widget.setUpdatesEnabled(True)
        self._painted.restart()

    def holding(self) -> bool:
        return not self._widget.updatesEnabled()

    @property
    def _widget(self) -> QWidget:
        # Asked for when first needed, not as the window is built: the first QWidget that
        # Qt made and Python is handed (the viewport) has PySide6 load every QtWidgets
        # class to find its type, about 25 ms before the first frame (issue 17).
        if self._viewport is None:
            self._viewport = self._scroll.viewport()
        return self._viewport
