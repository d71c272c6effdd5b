"""Keeps a scroll area at the bottom while new text arrives, as long as the reader is there."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QScrollBar

BOTTOM_SLACK_PX = 8
"""Within this many pixels of the end still counts as "at the bottom"."""


class BottomFollower(QObject):
    """Follows the growing end while the bar sits at (or near) the bottom.

    Scrolling up stops following; scrolling back down to the end resumes it.
    """

    def __init__(self, bar: QScrollBar) -> None:
        super().__init__(bar)
        self._bar = bar
        self._following = True
        self._moving = False
        bar.valueChanged.connect(self._on_bar_value_changed)
        bar.rangeChanged.connect(self._on_bar_range_changed)

    def is_following(self) -> bool:
        return self._following

    def follow(self) -> None:
        """Go to the end and follow it (a new question was asked)."""
        self._following = True
        self._to_bottom()

    def _to_bottom(self) -> None:
        self._moving = True
        try:
            self._bar.setValue(self._bar.maximum())
        finally:
            self._moving = False

    def _on_bar_value_changed(self, value: int) -> None:
        if not self._moving:
            self._following = value >= self._bar.maximum() - BOTTOM_SLACK_PX

    def _on_bar_range_changed(self, minimum: int, maximum: int) -> None:
        if self._following:
            self._to_bottom()
