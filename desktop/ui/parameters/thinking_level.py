"""The thinking level (Gemini 3 and later): only the levels the chosen model allows, its
default marked. Choosing the default sends nothing, so the model's own default applies."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from desktop.core.model_families import THINKING_LEVELS
from desktop.ui.parameters.inputs import ChoiceComboBox

# Offered when the model's levels are not known: the four every Gemini 3 Flash takes.
_USUAL_LEVELS = ("MINIMAL", "LOW", "MEDIUM", "HIGH")


def level_name(level: str) -> str:
    names = {
        "MINIMAL": QCoreApplication.translate("ThinkingLevelEdit", "Minimal"),
        "LOW": QCoreApplication.translate("ThinkingLevelEdit", "Low"),
        "MEDIUM": QCoreApplication.translate("ThinkingLevelEdit", "Medium"),
        "HIGH": QCoreApplication.translate("ThinkingLevelEdit", "High"),
        "XHIGH": QCoreApplication.translate("ThinkingLevelEdit", "Extra high"),
    }
    return names.get(level, level.capitalize())


def _level_tip(level: str) -> str:
    tips = {
        "MINIMAL": QCoreApplication.translate(
            "ThinkingLevelEdit", "Hardly any thinking: the fastest, cheapest answers."
        ),
        "LOW": QCoreApplication.translate(
            "ThinkingLevelEdit", "A little thinking: quick answers to simple questions."
        ),
        "MEDIUM": QCoreApplication.translate(
            "ThinkingLevelEdit", "Balanced: enough thinking for most questions."
        ),
        "HIGH": QCoreApplication.translate(
            "ThinkingLevelEdit", "Deep thinking for hard questions: slower, costs more."
        ),
        "XHIGH": QCoreApplication.translate(
            "ThinkingLevelEdit", "The deepest thinking, for hard problems of many steps."
        ),
    }
    return tips.get(level, "")


class ThinkingLevelEdit(ChoiceComboBox):
    """`value()` is None for the model's default, else the level chosen. A level the new
    model does not allow is kept (and marked) for a model that does; it is not sent."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thinkingLevelCombo")
        self._levels: tuple[str, ...] = ()
        self._default: str | None = None
        self._value: str | None = None
        self._filling = False
        self.set_levels((), None)
        self.value_changed.connect(self._on_value_changed)

    def levels(self) -> tuple[str, ...]:
        """The levels offered now (the model's, or the usual four when it is not known)."""
        return self._levels

    def level_value(self) -> str | None:
        return self._value

    def set_level_value(self, level: str | None) -> None:
        self._value = level.upper() if level else None
        self._fill()

    def set_levels(self, levels: tuple[str, ...], default: str | None) -> None:
        """The chosen model's levels and default; what is chosen stays."""
        levels = levels or _USUAL_LEVELS
        default = default if default in levels else None
        if (levels, default) == (self._levels, self._default) and self.count():
            return  # the dock asks after every change; rebuild only for another model
        self._levels, self._default = levels, default
        self._fill()

    def _fill(self) -> None:
        self._filling = True
        blocked = self.blockSignals(True)
        try:
            self.clear()
            self._values.clear()
            if self._default is None:
                self.add_choice(
                    QCoreApplication.translate("ThinkingLevelEdit", "Model default"),
                    None,
                    QCoreApplication.translate("ThinkingLevelEdit", "The model decides."),
                )
            for level in self._levels:
                text = level_name(level)
                if level == self._default:
                    text = QCoreApplication.translate("ThinkingLevelEdit", "%1 (default)").replace(
                        "%1", text
                    )
                # The default level stands for "send nothing": the model's own choice.
                self.add_choice(text, None if level == self._default else level, _level_tip(level))
            value = None if self._value == self._default else self._value
            if value is not None and value not in self._levels:
                known = value in THINKING_LEVELS
                text = QCoreApplication.translate(
                    "ThinkingLevelEdit", "%1 (not for this model)"
                ).replace("%1", level_name(value) if known else value)
                self.add_choice(text, value)
            self.set_value(value)
        finally:
            self.blockSignals(blocked)
            self._filling = False

    def _on_value_changed(self) -> None:
        if self._filling:
            return
        chosen = self.value()
        self._value = chosen if isinstance(chosen, str) else None
        self.changed.emit()
