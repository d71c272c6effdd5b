"""Sliders beside the decimal settings' boxes (keyboard-reachable, kept in step both ways,
following the model's range), plain names for the safety choices, and one name for each
setting everywhere (the Settings panel, the warnings, the exports)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core import finish
from desktop.core.model_info import ModelInfo
from desktop.core.request import HarmBlockThreshold, HarmCategory
from desktop.services.export import ExportLabels
from desktop.ui.message_words import words
from desktop.ui.parameters import ParameterDock
from desktop.ui.parameters.inputs import ChoiceComboBox, OptionalDoubleSpinBox
from desktop.ui.parameters.slider import NumberSlider
from desktop.ui.parameters.texts import safety_key
from tests.loopback.model_list import gemini_model
from tests.ui.integration.helpers import type_into
from tests.ui.parameters.helpers import OFFSCREEN_DOCK_WARNING
from tests.ui.parameters.test_model_rules import LISTED, choose

pytestmark = OFFSCREEN_DOCK_WARNING

SLIDER_KEYS = ("temperature", "top_p", "presence_penalty", "frequency_penalty")


def slider_of(dock: ParameterDock, key: str) -> NumberSlider:
    companion = dock.row(key).companion
    assert isinstance(companion, NumberSlider)
    return companion


def test_each_decimal_setting_has_a_slider_beside_its_box_kept_in_step(
    qtbot: QtBot, dock: ParameterDock
) -> None:
    for key in SLIDER_KEYS:
        box = dock.control(key)
        slider = slider_of(dock, key)
        assert isinstance(box, OptionalDoubleSpinBox) and slider.box is box
        assert slider.isVisibleTo(dock) and slider.accessibleName() == dock.row(key).help.label
        # Beside the box: on its line, to its left.
        assert (
            abs(
                slider.mapToGlobal(slider.rect().center()).y()
                - box.mapToGlobal(box.rect().center()).y()
            )
            <= 2
        )
        assert (
            slider.mapToGlobal(slider.rect().topRight()).x()
            < box.mapToGlobal(box.rect().topLeft()).x()
        )
        assert slider.value() == slider.minimum() and box.value_or_none() is None

    temperature = dock.control("temperature")
    slider = slider_of(dock, "temperature")
    type_into(qtbot, temperature, "0.7")
    assert slider.value() == 70
    slider.setValue(125)
    assert temperature.value_or_none() == 1.25
    assert dock.settings().generation_config.temperature == 1.25
    slider.setValue(slider.minimum())  # the leftmost notch: the model decides
    assert temperature.value_or_none() is None
    assert dock.settings().generation_config.temperature is None
    penalty = slider_of(dock, "presence_penalty")
    penalty.setValue(-5)  # below zero is a real value for a penalty
    assert dock.control("presence_penalty").value_or_none() == -0.05


def test_the_keyboard_moves_a_slider_a_step_or_a_page(qtbot: QtBot, dock: ParameterDock) -> None:
    slider = slider_of(dock, "top_p")
    assert slider.focusPolicy() & Qt.FocusPolicy.TabFocus
    dock.control("top_p").set_value_or_none(0.5)
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert dock.settings().generation_config.top_p == 0.55
    qtbot.keyClick(slider, Qt.Key.Key_PageUp)
    assert dock.settings().generation_config.top_p == 0.8
    qtbot.keyClick(slider, Qt.Key.Key_End)
    assert dock.settings().generation_config.top_p == 1.0


def test_a_slider_follows_the_models_range_and_is_off_while_the_model_ignores_it(
    dock: ParameterDock,
) -> None:
    cooler = ModelInfo.from_gemini(
        {**gemini_model("gemini-2.5-pro"), "temperature": 0.7, "maxTemperature": 1.5}
    )
    dock.set_models([*LISTED, cooler])
    slider = slider_of(dock, "temperature")
    choose(dock, "gemini-2.5-pro")
    assert slider.maximum() == 150
    choose(dock, "gemini-2.5-flash")
    assert slider.maximum() == 200
    row = dock.row("temperature")
    row.set_ignored("This model chooses its temperature itself.")
    assert not slider.isEnabled() and not row.control.isEnabled()
    row.set_ignored(None)
    assert slider.isEnabled()


def test_the_safety_choices_say_plainly_what_they_do(dock: ParameterDock) -> None:
    combo = dock.control(safety_key(HarmCategory.HARASSMENT))
    assert isinstance(combo, ChoiceComboBox)
    texts = {combo.itemText(i): combo.values()[i] for i in range(combo.count())}
    assert texts["Don't block (filters still run)"] is HarmBlockThreshold.BLOCK_NONE
    assert texts["Turn the filter off"] is HarmBlockThreshold.OFF
    assert "Block none" not in texts and "Off" not in texts
    tips = {
        combo.values()[i]: combo.itemData(i, Qt.ItemDataRole.ToolTipRole)
        for i in range(combo.count())
    }
    assert "still runs" in tips[HarmBlockThreshold.BLOCK_NONE]
    assert "does not run at all" in tips[HarmBlockThreshold.OFF]
    assert "Turn the filter off" in combo.toolTip()


def test_one_name_for_a_setting_in_the_panel_the_warnings_and_the_exports(
    dock: ParameterDock,
) -> None:
    length = dock.row("max_output_tokens").help.label
    assert length == "Max answer length"
    note = finish.finish_note("MAX_TOKENS")
    assert note is not None
    warning = words(note)
    assert length in warning and "output tokens" not in warning
    assert dock.row("system_instruction").help.label == ExportLabels().system_instruction
