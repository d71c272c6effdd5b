"""A section of the dock with a heading that opens and closes it (Advanced, Safety)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QToolButton, QVBoxLayout, QWidget


class CollapsibleSection(QFrame):
    toggled = Signal(bool)

    def __init__(
        self, title: str, body: QWidget, *, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Section")
        self._toggle = QToolButton(self)
        self._toggle.setObjectName(f"{name}Toggle")
        self._toggle.setText(title)
        self._toggle.setCheckable(True)
        self._toggle.setChecked(False)
        self._toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._toggle.setArrowType(Qt.ArrowType.RightArrow)
        self._toggle.setCursor(Qt.CursorShape.PointingHandCursor)
        self._toggle.setAutoRaise(True)
        self._body = body
        body.setParent(self)
        body.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self._toggle)
        layout.addWidget(body)
        self._toggle.toggled.connect(self._on_toggle_toggled)

    @property
    def toggle_button(self) -> QToolButton:
        return self._toggle

    @property
    def body(self) -> QWidget:
        return self._body

    def is_expanded(self) -> bool:
        return self._toggle.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        self._toggle.setChecked(expanded)

    def _on_toggle_toggled(self, checked: bool) -> None:
        self._toggle.setArrowType(Qt.ArrowType.DownArrow if checked else Qt.ArrowType.RightArrow)
        self._body.setVisible(checked)
        self.toggled.emit(checked)
