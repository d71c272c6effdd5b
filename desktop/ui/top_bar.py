"""The main window's top bar: the conversation list's toggle, the connection in use and its
settings, the Settings panel's toggle. Its buttons say their words while the bar has room for
them, and show their icons alone when it has not (a window narrowed with both panels open, in
a long language): their tooltips and screen readers still say what they do, and no word is
ever cut off."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

WITH_WORDS = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
ICON_ONLY = Qt.ToolButtonStyle.ToolButtonIconOnly


def toggle_button(parent: QWidget, action: QAction, name: str) -> QToolButton:
    """A panel's toggle for the bar: its icon and words, pressed while the panel shows."""
    button = QToolButton(parent)
    button.setObjectName(name)
    button.setDefaultAction(action)
    button.setToolButtonStyle(WITH_WORDS)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setAutoRaise(True)
    return button


class TopBar(QWidget):
    """A row (`row`) whose buttons given to `give_way` show their icons alone, in that
    order, as long as the bar is narrower than the row with all their words. Its minimum
    width is the row's with every such button an icon: the window never has to cut it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topBar")
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(8)
        self._yielding: list[QToolButton] = []
        self._widths: dict[QToolButton, tuple[int, int]] | None = None

    @property
    def row(self) -> QHBoxLayout:
        return self._row

    def give_way(self, *buttons: QToolButton) -> None:
        """These buttons (already in the row) lose their words first to last when room runs out."""
        self._yielding = list(buttons)
        self._widths = None
        self._fit()

    def compact_buttons(self) -> list[QToolButton]:
        """The buttons showing their icon alone just now."""
        return [b for b in self._yielding if b.toolButtonStyle() is ICON_ONLY]

    def _measured(self) -> dict[QToolButton, tuple[int, int]]:
        """Each button's width with its words and as an icon alone, as its style draws it
        (measured again after a change of style or font)."""
        if self._widths is None:
            widths = {}
            for button in self._yielding:
                shown = button.toolButtonStyle()
                button.setToolButtonStyle(WITH_WORDS)
                wide = button.sizeHint().width()
                button.setToolButtonStyle(ICON_ONLY)
                narrow = button.sizeHint().width()
                button.setToolButtonStyle(shown)
                widths[button] = (wide, narrow)
            self._widths = widths
        return self._widths

    def _others(self) -> int:
        """The row's minimum width without the yielding buttons."""
        return self._row.minimumSize().width() - sum(b.sizeHint().width() for b in self._yielding)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        narrow = sum(n for _wide, n in self._measured().values())
        return QSize(self._others() + narrow, hint.height())

    def _fit(self) -> None:
        widths = self._measured()
        need = self._others() + sum(wide for wide, _n in widths.values())
        for button in self._yielding:
            wide, narrow = widths[button]
            style = ICON_ONLY if need > self.width() else WITH_WORDS
            if style is ICON_ONLY:
                need -= wide - narrow
            if button.toolButtonStyle() is not style:
                button.setToolButtonStyle(style)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (
            QEvent.Type.StyleChange,
            QEvent.Type.FontChange,
            QEvent.Type.LanguageChange,
        ):
            self._widths = None
            self.updateGeometry()
        super().changeEvent(event)
