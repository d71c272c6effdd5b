"""Input widgets for settings that may be left unset ("Model default"), and that ignore the
scroll wheel until clicked, so scrolling the dock never changes a setting by accident."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSpinBox, QWidget


class OptionalSpinBox(QSpinBox):
    """A whole number, or unset: one step below `low` shows `unset_text` and means None.

    The first step up from unset lands on `start` (a typical value), not on `low`.
    """

    def __init__(
        self,
        low: int,
        high: int,
        *,
        start: int,
        unset_text: str,
        step: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._start = start
        self.setRange(low - 1, high)
        self.setSingleStep(step)
        self.setSpecialValueText(unset_text)
        self.setValue(self.minimum())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccelerated(True)

    @property
    def low(self) -> int:
        return self.minimum() + 1

    def set_start(self, start: float) -> None:
        """Where the first step up from unset lands (the model's default)."""
        self._start = round(start)

    def value_or_none(self) -> int | None:
        value = self.value()
        return None if value == self.minimum() else value

    def set_value_or_none(self, value: int | None) -> None:
        """None shows unset; a value out of range is held at the nearest end (a QSpinBox
        cannot even take one beyond 32 bits)."""
        if value is None:
            self.setValue(self.minimum())
        else:
            self.setValue(min(max(self.low, value), self.maximum()))

    def stepBy(self, steps: int) -> None:
        if steps > 0 and self.value_or_none() is None:
            self.setValue(self._start)
            return
        if (
            steps < 0
            and self.value() > self.low
            and self.value() + steps * self.singleStep() < self.low
        ):
            self.setValue(self.low)  # a big step down stops at the lowest value before "unset"
            return
        super().stepBy(steps)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class OptionalDoubleSpinBox(QDoubleSpinBox):
    """A decimal number, or unset: one step below `low` shows `unset_text` and means None."""

    range_changed = Signal()
    """The top moved (another model's range): a slider beside the box follows."""

    def __init__(
        self,
        low: float,
        high: float,
        *,
        step: float,
        start: float,
        unset_text: str,
        decimals: int = 2,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._start = start
        self._low = low
        self.setDecimals(decimals)
        self.setRange(low - step, high)
        self.setSingleStep(step)
        self.setSpecialValueText(unset_text)
        self.setValue(self.minimum())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    @property
    def low(self) -> float:
        return self._low

    def set_start(self, start: float) -> None:
        """Where the first step up from unset lands (the model's default)."""
        self._start = start

    def setMaximum(self, maximum: float) -> None:
        super().setMaximum(maximum)
        self.range_changed.emit()

    def value_or_none(self) -> float | None:
        value = self.value()
        if value < self._low - self.singleStep() / 2:
            return None
        return round(value, self.decimals())

    def set_value_or_none(self, value: float | None) -> None:
        if value is None or math.isnan(value):
            self.setValue(self.minimum())
        else:
            self.setValue(min(max(self._low, value), self.maximum()))

    def stepBy(self, steps: int) -> None:
        if steps > 0 and self.value_or_none() is None:
            self.setValue(self._start)
            return
        super().stepBy(steps)

    def textFromValue(self, value: float) -> str:
        # "1.0" and "0.75" rather than "1.00" and "0.75": fewer digits to read.
        text = self.locale().toString(value, "f", self.decimals())
        point = self.locale().decimalPoint()
        if point in text:
            text = text.rstrip("0")
            if text.endswith(point):
                text += "0"
        return text

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class ChoiceComboBox(QComboBox):
    """A fixed list of choices, each with the value it stands for (None for "Model default")."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        # Kept here, not as item data: a QVariant round trip turns an enum into a plain str.
        self._values: list[Any] = []
        self.currentIndexChanged.connect(self._on_current_index_changed)

    def add_choice(self, text: str, value: Any, tooltip: str = "") -> None:
        self._values.append(value)
        self.addItem(text)
        if tooltip:
            self.setItemData(self.count() - 1, tooltip, Qt.ItemDataRole.ToolTipRole)

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def values(self) -> tuple[Any, ...]:
        return tuple(self._values)

    def set_value(self, value: Any) -> None:
        """Select the choice for `value`; a value not in the list is added, so nothing a
        newer version saved is lost."""
        for index, known in enumerate(self._values):
            if known == value:
                self.setCurrentIndex(index)
                return
        self.add_choice(str(value), value)
        self.setCurrentIndex(self.count() - 1)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()

    def _on_current_index_changed(self, _index: int) -> None:
        self.value_changed.emit()


class NumberSpinBox(QSpinBox):
    """A plain whole-number box that ignores the scroll wheel until clicked."""

    def __init__(self, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(low, high)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


def follow_default(box: OptionalSpinBox | OptionalDoubleSpinBox, default: float | None) -> None:
    """The chosen model's default on an optional number box: the first step up lands on
    it, and "Model default" says what it is when it is known."""
    unset = QCoreApplication.translate("ParameterDock", "Model default")
    if default is not None:
        unset = QCoreApplication.translate("ParameterDock", "Model default (%1)").replace(
            "%1", box.textFromValue(default)
        )
        box.set_start(default)
    if box.specialValueText() != unset:
        box.setSpecialValueText(unset)


def fit_top(box: OptionalSpinBox | OptionalDoubleSpinBox, high: float) -> None:
    """The chosen model's top on an optional number box, never below the value already
    set (kept for the model it was set for, until it is lowered)."""
    value = box.value_or_none()
    top = max(high, value) if value is not None else high
    if isinstance(box, OptionalSpinBox):
        box.setMaximum(int(top))
    else:
        box.setMaximum(top)
