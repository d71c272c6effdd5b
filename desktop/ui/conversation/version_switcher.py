"""'‹ 2 of 3 ›' under an answer that Retry wrote again: the earlier versions stay reachable,
as in AI Studio, and the one on show is the one the conversation goes on from."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from desktop.ui import icons
from desktop.ui.conversation.theme import Theme


class VersionSwitcher(QWidget):
    """Previous, 'n of m', next. Hidden while there is only one version."""

    step_requested = Signal(int)
    """-1 for the previous version, +1 for the next."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionSwitcher")
        self._number = 1
        self._count = 1
        self._previous = self._arrow("chevron_left", self.tr("Previous answer"), theme)
        self._next = self._arrow("chevron_right", self.tr("Next answer"), theme)
        self._label = QLabel(self)
        self._label.setObjectName("versionLabel")
        self._previous.clicked.connect(self._on_previous_clicked)
        self._next.clicked.connect(self._on_next_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(0)
        layout.addWidget(self._previous)
        layout.addWidget(self._label)
        layout.addWidget(self._next)
        self.hide()

    def _arrow(self, glyph: str, tip: str, theme: Theme) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName("answerAction")
        button.setProperty("glyph", glyph)  # the answer draws it again after a theme switch
        button.setIcon(icons.icon(glyph, theme.muted, 16))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def set_versions(self, number: int, count: int) -> None:
        """Version `number` (from 1) of `count` is on show."""
        self._number, self._count = number, count
        self._label.setText(
            self.tr("%1 of %2").replace("%1", str(number)).replace("%2", str(count))
        )
        self._label.setAccessibleName(
            self.tr("Answer %1 of %2").replace("%1", str(number)).replace("%2", str(count))
        )
        self._previous.setEnabled(number > 1)
        self._next.setEnabled(number < count)
        self.setVisible(count > 1)

    @property
    def number(self) -> int:
        return self._number

    @property
    def count(self) -> int:
        return self._count

    @property
    def previous_button(self) -> QToolButton:
        return self._previous

    @property
    def next_button(self) -> QToolButton:
        return self._next

    def text(self) -> str:
        return self._label.text()

    def _on_previous_clicked(self) -> None:
        self.step_requested.emit(-1)

    def _on_next_clicked(self) -> None:
        self.step_requested.emit(1)
