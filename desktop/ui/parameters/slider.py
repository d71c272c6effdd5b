"""A slider beside a decimal setting's number box (temperature, top-P, the penalties), as in
AI Studio: kept in step with the box both ways, its leftmost notch the box's "Model
default"; arrows move it a step, Page Up and Page Down five, and the scroll wheel only once
it has the focus, so scrolling the dock never changes a setting by accident."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QSlider, QWidget

from desktop.ui.parameters.inputs import OptionalDoubleSpinBox

SCALE = 100
"""Slider notches per unit: hundredths, the boxes' own precision."""


class NumberSlider(QSlider):
    """Moves `box`, and follows it (its value, and its range when the model changes)."""

    def __init__(self, box: OptionalDoubleSpinBox, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._box = box
        self.setObjectName(f"{box.objectName() or 'number'}Slider")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        step = max(1, round(box.singleStep() * SCALE))
        self.setSingleStep(step)
        self.setPageStep(5 * step)
        self._follow_range()
        self._follow_value()
        box.valueChanged.connect(self._on_box_value_changed)
        box.range_changed.connect(self._on_box_range_changed)
        self.valueChanged.connect(self._on_value_changed)

    @property
    def box(self) -> OptionalDoubleSpinBox:
        return self._box

    def _follow_range(self) -> None:
        with QSignalBlocker(self):
            self.setRange(round(self._box.minimum() * SCALE), round(self._box.maximum() * SCALE))

    def _follow_value(self) -> None:
        with QSignalBlocker(self):
            self.setValue(round(self._box.value() * SCALE))

    def _on_value_changed(self, value: int) -> None:
        # Below the box's lowest value is only "Model default": no value in between.
        if value < round(self._box.low * SCALE):
            self._box.set_value_or_none(None)
        else:
            self._box.set_value_or_none(value / SCALE)
        self._follow_value()  # snapped to what the box holds

    def _on_box_value_changed(self, _value: float) -> None:
        self._follow_value()

    def _on_box_range_changed(self) -> None:
        self._follow_range()
        self._follow_value()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()
