"""The dock follows the model: a level picker with only the model's levels (its default
marked) or a budget, sampling controls the model ignores shown disabled with a one-line
reason and their values kept for a model that honours them, the model's own ranges, and the
request that goes out."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from desktop.core.model_catalogue import Capabilities
from desktop.core.model_fit import fit_request
from desktop.core.model_info import ModelInfo
from desktop.core.request import user_message
from desktop.ui.parameters import ParameterDock
from desktop.ui.parameters import dock as dock_module
from desktop.ui.parameters.inputs import OptionalDoubleSpinBox
from desktop.ui.parameters.model_rules import ignored_reasons
from desktop.ui.parameters.thinking_level import ThinkingLevelEdit
from tests.loopback.model_list import gemini_model
from tests.ui.integration.helpers import type_into
from tests.ui.parameters.helpers import OFFSCREEN_DOCK_WARNING

pytestmark = OFFSCREEN_DOCK_WARNING

LISTED = [
    ModelInfo.from_gemini(gemini_model(model_id))
    for model_id in ("gemini-2.5-flash", "gemini-3.6-flash", "gemini-3.8-flash", "gemini-2.0-flash")
]
SAMPLING_KEYS = ("temperature", "top_p", "top_k", "candidate_count")


def choose(dock: ParameterDock, model_id: str) -> None:
    dock.model_picker.set_model_id(model_id)


def shown(dock: ParameterDock, key: str) -> bool:
    return dock.row(key).control.isVisibleTo(dock)


def note(dock: ParameterDock, key: str) -> str:
    label = dock.row(key).note
    assert label is not None
    return label.text() if label.isVisibleTo(dock) else ""


def level_edit(dock: ParameterDock) -> ThinkingLevelEdit:
    edit = dock.control("thinking_level")
    assert isinstance(edit, ThinkingLevelEdit)
    return edit


def test_a_2_5_model_shows_the_budget_and_every_sampling_control(dock: ParameterDock) -> None:
    dock.set_models(LISTED)
    choose(dock, "gemini-2.5-flash")
    assert shown(dock, "thinking_budget") and not shown(dock, "thinking_level")
    for key in SAMPLING_KEYS:
        assert dock.control(key).isEnabled() and note(dock, key) == "", key
    assert dock.control("include_thoughts").isEnabled()


def test_a_3_x_model_offers_only_its_levels_with_the_default_marked(dock: ParameterDock) -> None:
    dock.set_models(LISTED)
    choose(dock, "gemini-3.8-flash")
    assert shown(dock, "thinking_level") and not shown(dock, "thinking_budget")
    edit = level_edit(dock)
    items = [edit.itemText(index) for index in range(edit.count())]
    assert items == ["Low", "Medium (default)", "High"]
    assert edit.currentText() == "Medium (default)" and edit.level_value() is None
    choose(dock, "gemini-3.6-flash")
    items = [edit.itemText(index) for index in range(edit.count())]
    assert items == ["Minimal", "Low", "Medium (default)", "High"]


def test_ignored_controls_are_disabled_with_a_reason_and_keep_their_value(
    dock: ParameterDock, qtbot: QtBot
) -> None:
    dock.set_models(LISTED)
    choose(dock, "gemini-2.5-flash")
    temperature = dock.control("temperature")
    assert isinstance(temperature, OptionalDoubleSpinBox)
    type_into(qtbot, temperature, "0.4")
    type_into(qtbot, dock.control("candidate_count"), "2")

    choose(dock, "gemini-3.6-flash")
    for key in SAMPLING_KEYS:
        assert not dock.control(key).isEnabled(), key
        assert not dock.reset_button(key).isEnabled(), key
    assert note(dock, "temperature") == "Gemini 3.6 Flash chooses this itself"
    assert note(dock, "candidate_count") == "Gemini 3.6 Flash writes one answer at a time"
    kept = dock.settings()
    assert kept.generation_config.temperature == 0.4  # kept with the conversation...
    sent = fit_request(replace(kept, model="gemini-3.6-flash").request((user_message("Hi"),)))
    config = sent.request.to_body()["generationConfig"]
    assert "temperature" not in config and "candidateCount" not in config  # ...not sent

    choose(dock, "gemini-2.5-flash")
    assert temperature.isEnabled() and temperature.value_or_none() == 0.4
    assert note(dock, "temperature") == ""
    assert dock.reset_button("temperature").isEnabled()


def test_a_level_chosen_for_one_model_is_kept_and_marked_on_another(dock: ParameterDock) -> None:
    dock.set_models(LISTED)
    choose(dock, "gemini-3.6-flash")
    edit = level_edit(dock)
    edit.setCurrentIndex(edit.findText("Minimal"))
    assert dock.settings().generation_config.thinking.thinking_level == "MINIMAL"  # type: ignore[union-attr]
    choose(dock, "gemini-3.8-flash")  # takes no MINIMAL
    assert edit.currentText() == "Minimal (not for this model)"
    request = replace(dock.settings(), model="gemini-3.8-flash").request((user_message("Hi"),))
    assert "thinkingLevel" not in fit_request(request).request.to_body()["generationConfig"].get(
        "thinkingConfig", {}
    )
    choose(dock, "gemini-3.6-flash")
    assert edit.currentText() == "Minimal"


def test_a_budget_and_a_level_are_both_kept_but_never_both_sent(dock: ParameterDock) -> None:
    dock.set_models(LISTED)
    choose(dock, "gemini-3.8-flash")
    edit = level_edit(dock)
    edit.setCurrentIndex(edit.findText("High"))
    choose(dock, "gemini-2.5-flash")
    dock.row("thinking_budget").write(512)
    thinking = dock.settings().generation_config.thinking
    assert thinking is not None and (thinking.thinking_level, thinking.thinking_budget) == (
        "HIGH",
        512,
    )
    for model, expected in (
        ("gemini-2.5-flash", {"includeThoughts": True, "thinkingBudget": 512}),
        ("gemini-3.8-flash", {"includeThoughts": True, "thinkingLevel": "HIGH"}),
    ):
        request = replace(dock.settings(), model=model).request((user_message("Hi"),))
        body = fit_request(request).request.to_body()
        assert body["generationConfig"]["thinkingConfig"] == expected, model


def test_show_thoughts_is_on_and_a_model_that_does_not_think_disables_thinking(
    dock: ParameterDock,
) -> None:
    dock.set_models(LISTED)
    box = dock.control("include_thoughts")
    assert isinstance(box, QCheckBox) and box.isChecked()
    choose(dock, "gemini-2.0-flash")
    assert not box.isEnabled() and not dock.control("thinking_budget").isEnabled()
    assert note(dock, "include_thoughts") == "Gemini 2.0 Flash answers without thinking first"
    request = replace(dock.settings(), model="gemini-2.0-flash").request((user_message("Hi"),))
    assert "generationConfig" not in fit_request(request).request.to_body()


def test_the_temperature_range_and_default_are_the_models(dock: ParameterDock) -> None:
    cooler = ModelInfo.from_gemini(
        {**gemini_model("gemini-2.5-pro"), "temperature": 0.7, "maxTemperature": 1.5}
    )
    dock.set_models([*LISTED, cooler])
    temperature = dock.control("temperature")
    assert isinstance(temperature, OptionalDoubleSpinBox)
    choose(dock, "gemini-2.5-pro")
    assert temperature.maximum() == 1.5
    assert temperature.specialValueText() == "Model default (0.7)"
    temperature.stepBy(1)
    assert temperature.value_or_none() == 0.7  # the first step lands on the model's default
    choose(dock, "gemini-2.5-flash")
    assert temperature.maximum() == 2.0
    assert temperature.specialValueText() == "Model default (1.0)"


def test_the_connections_model_is_followed_when_none_is_chosen(dock: ParameterDock) -> None:
    dock.set_models(LISTED)
    dock.set_default_model("gemini-3.6-flash")
    assert dock.model_picker.model_id() == ""
    assert not dock.control("temperature").isEnabled()
    assert shown(dock, "thinking_level")


def test_a_change_of_another_control_applies_the_models_rules_no_more(
    dock: ParameterDock, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dock.set_models(LISTED)
    choose(dock, "gemini-3.8-flash")
    applied: list[str] = []

    def counted(found: Capabilities, name: str) -> dict[str, str]:
        applied.append(found.id)
        return ignored_reasons(found, name)

    monkeypatch.setattr(dock_module, "ignored_reasons", counted)
    level_edit(dock).set_level_value("HIGH")
    dock.control("google_search").click()
    qtbot.keyClicks(dock.control("system_instruction"), "Be brief.")
    type_into(qtbot, dock.control("max_output_tokens"), "900")
    settings = dock.settings()
    assert applied == []  # twelve changes, the model's rules left as they were
    assert settings.generation_config.thinking is not None
    assert settings.generation_config.thinking.thinking_level == "HIGH"
    assert settings.google_search and settings.system_instruction == "Be brief."

    choose(dock, "gemini-2.5-flash")
    assert applied == ["gemini-2.5-flash"]  # another model: once
    assert shown(dock, "thinking_budget") and not shown(dock, "thinking_level")


def test_a_temperature_above_the_models_top_is_kept_until_lowered(
    dock: ParameterDock, qtbot: QtBot
) -> None:
    wide = replace(LISTED[0], id="wide", max_temperature=2.0)
    narrow = replace(LISTED[0], id="narrow", max_temperature=1.0)
    dock.set_models([wide, narrow])
    choose(dock, "wide")
    temperature = dock.control("temperature")
    assert isinstance(temperature, OptionalDoubleSpinBox)
    type_into(qtbot, temperature, "1.8")
    choose(dock, "narrow")
    assert temperature.value_or_none() == 1.8 and temperature.maximum() == 1.8
    type_into(qtbot, temperature, "0.5")
    assert temperature.maximum() == 1.0  # the same model: its top all the same
