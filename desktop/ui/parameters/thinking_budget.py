"""The thinking budget: the model's default, off, dynamic (the model decides), or a number of
tokens."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from desktop.ui.parameters.inputs import ChoiceComboBox, NumberSpinBox

DYNAMIC = -1  # Google's value for "think as much as the question needs"
OFF = 0
MAX_BUDGET = 32_768  # Gemini 2.5 Pro's ceiling; Flash stops at 24,576
START_BUDGET = 1_024
_CUSTOM = "custom"


class ThinkingBudgetEdit(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mode = ChoiceComboBox(self)
        self._mode.setObjectName("thinkingModeCombo")
        self._mode.add_choice(self.tr("Model default"), None)
        self._mode.add_choice(
            self.tr("Off"), OFF, self.tr("No thinking: faster and cheaper answers.")
        )
        self._mode.add_choice(
            self.tr("Dynamic"),
            DYNAMIC,
            self.tr("The model thinks as much as the question needs."),
        )
        self._mode.add_choice(
            self.tr("Up to…"), _CUSTOM, self.tr("Set the most tokens the model may think with.")
        )
        self._mode.setAccessibleName(self.tr("Thinking"))
        self._mode.setMinimumContentsLength(4)  # shares its line with the token count
        self._tokens = NumberSpinBox(1, MAX_BUDGET, self)
        self._tokens.setObjectName("thinkingBudgetSpin")
        self._tokens.setSingleStep(256)
        self._tokens.setGroupSeparatorShown(True)
        self._tokens.setValue(START_BUDGET)
        self._tokens.setAccessibleName(self.tr("Thinking budget in tokens"))
        self._tokens.setMinimumWidth(self._tokens.fontMetrics().horizontalAdvance("32,768") + 36)
        self._tokens.hide()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self._mode, 1)
        layout.addWidget(self._tokens, 1)

        self._mode.value_changed.connect(self._on_mode_value_changed)
        self._tokens.valueChanged.connect(self._on_tokens_value_changed)

    @property
    def mode_combo(self) -> ChoiceComboBox:
        return self._mode

    @property
    def tokens_spin(self) -> NumberSpinBox:
        return self._tokens

    def set_budget_range(self, budget: tuple[int, int] | None) -> None:
        """The chosen model's budget range (Gemini 2.5 Pro: 128 to 32,768); a number already
        set stays, even outside it, for the model it was set for."""
        low, high = budget or (1, MAX_BUDGET)
        kept = self._tokens.value()
        self._tokens.setRange(max(1, min(low, kept)), max(high, kept))

    def value(self) -> int | None:
        mode = self._mode.value()
        if mode == _CUSTOM:
            return self._tokens.value()
        return mode if isinstance(mode, int) else None

    def set_value(self, value: int | None) -> None:
        if value is None or value in (OFF, DYNAMIC):
            self._mode.set_value(value)
        elif value > 0:
            self._tokens.setValue(value)
            self._mode.set_value(_CUSTOM)
        else:  # below -1 has no meaning of its own: show it as dynamic
            self._mode.set_value(DYNAMIC)

    def _on_mode_value_changed(self) -> None:
        self._tokens.setVisible(self._mode.value() == _CUSTOM)
        self.changed.emit()

    def _on_tokens_value_changed(self, _value: int) -> None:
        if self._mode.value() == _CUSTOM:
            self.changed.emit()
