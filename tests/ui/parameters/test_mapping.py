"""Every control of the Settings dock lands in the request exactly where the Vertex reference
says, and an untouched dock sends nothing at all."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.conversation import ChatSettings
from desktop.core.request import (
    HarmBlockMethod,
    HarmBlockThreshold,
    HarmCategory,
    MediaResolution,
    user_message,
)
from desktop.ui.parameters import ParameterDock
from desktop.ui.parameters.inputs import ChoiceComboBox, OptionalDoubleSpinBox, OptionalSpinBox
from desktop.ui.parameters.thinking_budget import ThinkingBudgetEdit
from tests.ui.parameters.helpers import MODELS, OFFSCREEN_DOCK_WARNING

pytestmark = OFFSCREEN_DOCK_WARNING

# generationConfig in generate-content-api.txt (the Vertex reference), plus thinkingConfig and
# mediaResolution (GenerationConfig.MediaResolution of Vertex AI v1 and the Gemini API v1beta).
REFERENCE_GENERATION_CONFIG = {
    "temperature",
    "topP",
    "topK",
    "candidateCount",
    "maxOutputTokens",
    "presencePenalty",
    "frequencyPenalty",
    "stopSequences",
    "responseMimeType",
    "responseSchema",
    "seed",
    "responseLogprobs",
    "logprobs",
    "audioTimestamp",
    "mediaResolution",
    "thinkingConfig",
}

SCHEMA = {
    "type": "OBJECT",
    "properties": {
        "name": {"type": "STRING"},
        "tags": {"type": "ARRAY", "items": {"type": "STRING"}},
    },
    "required": ["name"],
}


def type_into(qtbot: QtBot, spin: QAbstractSpinBox, text: str) -> None:
    """Select what the box shows and type over it, as a person would."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Tab)


def click_check_box(qtbot: QtBot, box: QWidget) -> None:
    """Click the box itself (a check box only takes clicks on its box and its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_an_untouched_dock_sends_nothing_but_the_wish_for_thoughts(dock: ParameterDock) -> None:
    settings = dock.settings()
    assert settings == ChatSettings()
    assert settings.generation_config.to_body() == {}
    assert settings.safety_settings == ()
    body = settings.request((user_message("Hi"),)).to_body()
    assert body == {
        "contents": [{"role": "user", "parts": [{"text": "Hi"}]}],
        # Show thoughts is on by default; the client leaves it out for a model that does
        # not think (tests/core/test_model_fit.py).
        "generationConfig": {"thinkingConfig": {"includeThoughts": True}},
    }
    assert dock.validation_error() is None


def test_every_control_lands_in_the_generation_config(dock: ParameterDock, qtbot: QtBot) -> None:
    type_into(qtbot, dock.control("temperature"), "0.7")
    type_into(qtbot, dock.control("max_output_tokens"), "2048")
    type_into(qtbot, dock.control("top_p"), "0.9")
    type_into(qtbot, dock.control("top_k"), "20")
    type_into(qtbot, dock.control("candidate_count"), "2")
    type_into(qtbot, dock.control("presence_penalty"), "0.5")
    type_into(qtbot, dock.control("frequency_penalty"), "-0.3")
    type_into(qtbot, dock.control("seed"), "42")
    stops = dock.stop_sequence_editor
    for word in ("END", "###"):
        qtbot.keyClicks(stops.input, word)
        qtbot.keyClick(stops.input, Qt.Key.Key_Return)
    mime = dock.control("response_mime_type")
    assert isinstance(mime, ChoiceComboBox)
    mime.set_value("application/json")
    dock.schema_editor.set_text(
        '{"type": "OBJECT", "properties": {"name": {"type": "STRING"}, '
        '"tags": {"type": "ARRAY", "items": {"type": "STRING"}}}, "required": ["name"]}'
    )
    click_check_box(qtbot, dock.control("response_logprobs"))
    type_into(qtbot, dock.control("logprobs"), "3")
    click_check_box(qtbot, dock.control("audio_timestamp"))
    resolution = dock.control("media_resolution")
    assert isinstance(resolution, ChoiceComboBox)
    resolution.setCurrentIndex(resolution.findText("High"))
    thinking = dock.control("thinking_budget")
    assert isinstance(thinking, ThinkingBudgetEdit)
    thinking.mode_combo.setCurrentIndex(3)  # "Up to…"
    type_into(qtbot, thinking.tokens_spin, "2048")
    click_check_box(qtbot, dock.control("include_thoughts"))

    config = dock.settings().generation_config
    body = config.to_body()

    # Every field of GenerationConfig is reachable from the dock (a new field fails here).
    assert [f.name for f in fields(config) if getattr(config, f.name) in (None, ())] == []
    assert body == {
        "temperature": 0.7,
        "maxOutputTokens": 2048,
        "topP": 0.9,
        "topK": 20,
        "candidateCount": 2,
        "presencePenalty": 0.5,
        "frequencyPenalty": -0.3,
        "seed": 42,
        "stopSequences": ["END", "###"],
        "responseMimeType": "application/json",
        "responseSchema": SCHEMA,
        "responseLogprobs": True,
        "logprobs": 3,
        "audioTimestamp": True,
        "mediaResolution": "MEDIA_RESOLUTION_HIGH",
        "thinkingConfig": {"includeThoughts": False, "thinkingBudget": 2048},
    }
    assert set(body) == REFERENCE_GENERATION_CONFIG
    assert dock.validation_error() is None


def test_model_system_instruction_and_search_land_in_the_request(
    dock: ParameterDock, qtbot: QtBot
) -> None:
    dock.set_models(MODELS)
    combo = dock.model_picker.combo
    combo.setCurrentIndex(combo.findText("Gemini 2.5 Pro"))
    system = dock.control("system_instruction")
    system.setFocus()
    qtbot.keyClicks(system, "Answer in French.")
    click_check_box(qtbot, dock.control("google_search"))

    settings = dock.settings()
    body = settings.request((user_message("Hi"),)).to_body()

    assert settings.model == "gemini-2.5-pro"
    assert body["systemInstruction"] == {"role": "user", "parts": [{"text": "Answer in French."}]}
    assert body["tools"] == [{"googleSearch": {}}]
    assert body["generationConfig"] == {"thinkingConfig": {"includeThoughts": True}}


@pytest.mark.parametrize(
    ("index", "expected"),
    [(0, None), (1, {"thinkingBudget": 0}), (2, {"thinkingBudget": -1})],
    ids=["model default", "off", "dynamic"],
)
def test_thinking_choices(dock: ParameterDock, index: int, expected: dict[str, Any] | None) -> None:
    thinking = dock.control("thinking_budget")
    assert isinstance(thinking, ThinkingBudgetEdit)
    thinking.mode_combo.setCurrentIndex(index)
    assert dock.settings().generation_config.to_body().get("thinkingConfig") == expected


def test_show_thoughts_is_on_and_switching_it_off_is_said(dock: ParameterDock) -> None:
    box = dock.control("include_thoughts")
    assert isinstance(box, QCheckBox) and box.isChecked()
    box.setChecked(False)
    assert dock.settings().generation_config.to_body() == {
        "thinkingConfig": {"includeThoughts": False}
    }


@pytest.mark.parametrize(
    ("label", "wire"),
    [
        ("Low", "MEDIA_RESOLUTION_LOW"),
        ("Medium", "MEDIA_RESOLUTION_MEDIUM"),
        ("High", "MEDIA_RESOLUTION_HIGH"),
    ],
)
def test_media_resolution_choices_land_in_both_request_bodies(
    dock: ParameterDock, qtbot: QtBot, label: str, wire: str
) -> None:
    combo = dock.control("media_resolution")
    assert isinstance(combo, ChoiceComboBox)
    assert combo.itemText(0) == "Model default"
    assert combo.values() == (None, *MediaResolution)
    combo.setFocus()
    for _ in range(combo.findText(label)):  # as a person would: arrow down to it
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == label

    request = dock.settings().request((user_message("What does the sign say?"),))
    for vertex in (True, False):
        assert request.to_body(vertex=vertex)["generationConfig"]["mediaResolution"] == wire

    qtbot.mouseClick(dock.reset_button("media_resolution"), Qt.MouseButton.LeftButton)
    assert dock.settings().generation_config.media_resolution is None
    assert combo.currentText() == "Model default"
    body = dock.settings().request((user_message("Hi"),)).to_body()
    assert "mediaResolution" not in body["generationConfig"]


@pytest.mark.parametrize("mime", ["text/plain", "application/json", "text/x.enum"])
def test_every_response_type_is_offered(dock: ParameterDock, mime: str) -> None:
    combo = dock.control("response_mime_type")
    assert isinstance(combo, ChoiceComboBox)
    assert mime in combo.values()
    combo.set_value(mime)
    assert dock.settings().generation_config.to_body() == {"responseMimeType": mime}


def test_safety_thresholds_and_method_make_the_safety_list(dock: ParameterDock) -> None:
    chosen = {
        HarmCategory.HATE_SPEECH: HarmBlockThreshold.BLOCK_ONLY_HIGH,
        HarmCategory.DANGEROUS_CONTENT: HarmBlockThreshold.BLOCK_MEDIUM_AND_ABOVE,
        HarmCategory.HARASSMENT: HarmBlockThreshold.BLOCK_LOW_AND_ABOVE,
        HarmCategory.SEXUALLY_EXPLICIT: HarmBlockThreshold.BLOCK_NONE,
        HarmCategory.CIVIC_INTEGRITY: HarmBlockThreshold.OFF,
    }
    for category, threshold in chosen.items():
        combo = dock.control(f"safety_{category.name.lower()}")
        assert isinstance(combo, ChoiceComboBox)
        combo.setCurrentIndex(combo.values().index(threshold))
    method = dock.control("safety_method")
    assert isinstance(method, ChoiceComboBox)
    assert method.isEnabled()
    method.setCurrentIndex(method.values().index(HarmBlockMethod.SEVERITY))

    settings = dock.settings()

    assert [s.to_body() for s in settings.safety_settings] == [
        {
            "category": "HARM_CATEGORY_HATE_SPEECH",
            "threshold": "BLOCK_ONLY_HIGH",
            "method": "SEVERITY",
        },
        {
            "category": "HARM_CATEGORY_DANGEROUS_CONTENT",
            "threshold": "BLOCK_MEDIUM_AND_ABOVE",
            "method": "SEVERITY",
        },
        {
            "category": "HARM_CATEGORY_HARASSMENT",
            "threshold": "BLOCK_LOW_AND_ABOVE",
            "method": "SEVERITY",
        },
        {
            "category": "HARM_CATEGORY_SEXUALLY_EXPLICIT",
            "threshold": "BLOCK_NONE",
            "method": "SEVERITY",
        },
        {"category": "HARM_CATEGORY_CIVIC_INTEGRITY", "threshold": "OFF", "method": "SEVERITY"},
    ]
    # The Gemini Developer API has no method field: the request leaves it out there.
    gemini_body = settings.request((user_message("Hi"),)).to_body(vertex=False)
    assert all("method" not in s for s in gemini_body["safetySettings"])


def test_one_threshold_without_a_method_sends_just_that(dock: ParameterDock) -> None:
    method = dock.control("safety_method")
    assert not method.isEnabled()  # nothing to apply a method to yet
    combo = dock.control("safety_harassment")
    assert isinstance(combo, ChoiceComboBox)
    combo.set_value(HarmBlockThreshold.BLOCK_NONE)
    assert [s.to_body() for s in dock.settings().safety_settings] == [
        {"category": "HARM_CATEGORY_HARASSMENT", "threshold": "BLOCK_NONE"}
    ]
    assert method.isEnabled()


def test_every_threshold_and_method_is_offered_with_model_default_first(
    dock: ParameterDock,
) -> None:
    for category in HarmCategory:
        combo = dock.control(f"safety_{category.name.lower()}")
        assert isinstance(combo, ChoiceComboBox)
        assert combo.values()[0] is None
        assert combo.itemText(0) == "Model default"
        assert set(combo.values()[1:]) == set(HarmBlockThreshold)
    method = dock.control("safety_method")
    assert isinstance(method, ChoiceComboBox)
    assert method.values() == (None, HarmBlockMethod.PROBABILITY, HarmBlockMethod.SEVERITY)


@pytest.mark.parametrize(
    ("key", "low", "high"),
    [
        ("temperature", 0.0, 2.0),
        ("top_p", 0.0, 1.0),
        ("top_k", 1, 100),
        ("candidate_count", 1, 8),
        ("max_output_tokens", 1, 65_536),
        ("presence_penalty", -2.0, 2.0),
        ("frequency_penalty", -2.0, 2.0),
        ("logprobs", 1, 20),
    ],
)
def test_number_ranges_and_the_unset_step_below_them(
    dock: ParameterDock, key: str, low: float, high: float
) -> None:
    spin = dock.control(key)
    assert isinstance(spin, OptionalSpinBox | OptionalDoubleSpinBox)
    spin.setEnabled(True)
    assert spin.low == low
    assert spin.maximum() == high
    assert spin.value_or_none() is None
    assert spin.text() in ("Model default", "None")
    spin.setValue(spin.maximum() + 100)
    assert spin.value_or_none() == high
    spin.set_value_or_none(low)
    assert spin.value_or_none() == low
    spin.stepBy(-1)  # one step below the lowest value is "unset" again
    assert spin.value_or_none() is None


def test_the_first_step_up_from_model_default_lands_on_a_typical_value(
    dock: ParameterDock, qtbot: QtBot
) -> None:
    temperature = dock.control("temperature")
    assert isinstance(temperature, OptionalDoubleSpinBox)
    temperature.setFocus()
    qtbot.keyClick(temperature, Qt.Key.Key_Up)
    assert temperature.value_or_none() == 1.0
    assert temperature.text() == "1.0"
    qtbot.keyClick(temperature, Qt.Key.Key_Down)
    assert temperature.value_or_none() == 0.9


def test_seed_accepts_any_whole_number_or_random(dock: ParameterDock, qtbot: QtBot) -> None:
    seed = dock.control("seed")
    assert isinstance(seed, OptionalSpinBox)
    assert seed.text() == "Random"
    type_into(qtbot, seed, "-7")
    assert dock.settings().generation_config.seed == -7
    seed.set_value_or_none(2**40)  # beyond int32: held at the largest the API takes
    assert dock.settings().generation_config.seed == 2_147_483_647
