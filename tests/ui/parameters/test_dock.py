"""The Settings dock as a person meets it: tooltips that name the default, reset buttons,
stop sequences, the schema editor, problems that stop a send, the model picker, and settings
that come back after a restart or when a conversation is reopened."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QCompleter, QToolButton
from pytestqt.qtbot import QtBot

from desktop.core.conversation import ChatSettings
from desktop.core.image_detail import ImageDetail
from desktop.core.model_info import ModelInfo
from desktop.core.request import (
    GenerationConfig,
    HarmBlockMethod,
    HarmBlockThreshold,
    HarmCategory,
    MediaResolution,
)
from desktop.ui.parameters import ParameterDock
from desktop.ui.parameters.dock import IMAGE_DETAIL_KEY, SCHEMA_TEXT_KEY, SETTINGS_KEY
from desktop.ui.parameters.inputs import ChoiceComboBox
from tests.loopback import model_list
from tests.settings import EVERY_SETTING
from tests.ui.parameters.helpers import MODELS, OFFSCREEN_DOCK_WARNING

pytestmark = OFFSCREEN_DOCK_WARNING

# Every setting the dock offers, with a value other than its default.
CHANGED: dict[str, Any] = {
    "model": "gemini-2.5-pro",
    "temperature": 0.4,
    "max_output_tokens": 4096,
    "system_instruction": "Answer in French.",
    "google_search": True,
    "top_p": 0.8,
    "top_k": 32,
    "candidate_count": 3,
    "presence_penalty": 1.5,
    "frequency_penalty": -1.0,
    "seed": 1234,
    "stop_sequences": ("END",),
    "thinking_budget": 512,
    "thinking_level": "LOW",
    "include_thoughts": False,
    "response_mime_type": "application/json",
    "response_schema": '{"type": "STRING"}',
    "response_logprobs": True,
    "logprobs": 4,
    "audio_timestamp": True,
    "media_resolution": MediaResolution.LOW,
    "image_detail": ImageDetail.ORIGINAL,
    **{f"safety_{c.name.lower()}": HarmBlockThreshold.BLOCK_NONE for c in HarmCategory},
    "safety_method": HarmBlockMethod.SEVERITY,
}


def plain(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


# -- tooltips and reset buttons -------------------------------------------------------------------


def test_every_setting_has_a_changed_value_in_these_tests(dock: ParameterDock) -> None:
    assert set(CHANGED) == set(dock.setting_keys())


def test_every_control_says_what_it_does_and_its_default(dock: ParameterDock) -> None:
    for key in dock.setting_keys():
        tip = plain(dock.control(key).toolTip())
        assert "Default:" in tip, key
        what, default = tip.split("Default:")
        assert len(what.split()) >= 5, f"{key}: say what it does to the answer"
        assert default.strip(), key
        label = dock.row(key).label
        if label is not None:
            assert label.toolTip() == dock.control(key).toolTip()
        assert "default" in dock.reset_button(key).toolTip().lower()


def test_temperature_tooltip_speaks_plainly(dock: ParameterDock) -> None:
    tip = plain(dock.control("temperature").toolTip())
    assert "adventurous" in tip
    assert "1.0 for Gemini 2.x" in tip


def test_candidate_count_tooltip_warns_that_streaming_shows_one(dock: ParameterDock) -> None:
    assert "only the first" in plain(dock.control("candidate_count").toolTip())


def test_reset_buttons_are_on_only_while_a_value_differs(dock: ParameterDock, qtbot: QtBot) -> None:
    dock.set_models(MODELS)
    for key, value in CHANGED.items():
        row = dock.row(key)
        if not row.control.isVisibleTo(dock):
            continue  # the thinking level: Gemini 2.5 takes a budget (test_model_rules.py)
        button = dock.reset_button(key)
        assert not button.isEnabled(), f"{key} starts at its default"
        default = row.value()
        row.write(value)
        assert row.value() != default, key
        assert button.isEnabled(), key
        assert button.isVisible(), key
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert row.value() == default, key
        assert not button.isEnabled(), key
    assert dock.settings() == ChatSettings()


def test_a_reset_announces_the_change(dock: ParameterDock, qtbot: QtBot) -> None:
    dock.row("temperature").write(0.3)
    with qtbot.waitSignal(dock.settings_changed):
        qtbot.mouseClick(dock.reset_button("temperature"), Qt.MouseButton.LeftButton)
    assert dock.settings().generation_config.temperature is None


def test_reset_all_puts_everything_back(dock: ParameterDock, qtbot: QtBot) -> None:
    dock.set_models(MODELS)
    dock.set_settings(EVERY_SETTING)
    assert dock.settings() != ChatSettings()
    with qtbot.waitSignal(dock.settings_changed):
        qtbot.mouseClick(dock.reset_all_button, Qt.MouseButton.LeftButton)
    assert dock.settings() == ChatSettings()
    assert not any(dock.reset_button(key).isEnabled() for key in dock.setting_keys())
    assert dock.model_picker.combo.count() == 4, "the model list stays"


# -- stop sequences ---------------------------------------------------------------------------------


def test_a_sixth_stop_sequence_is_refused_with_a_plain_message(
    dock: ParameterDock, qtbot: QtBot
) -> None:
    editor = dock.stop_sequence_editor
    for word in ("one", "two", "three", "four", "five"):
        qtbot.keyClicks(editor.input, word)
        qtbot.keyClick(editor.input, Qt.Key.Key_Return)
    assert editor.message() == ""

    qtbot.keyClicks(editor.input, "six")
    qtbot.keyClick(editor.input, Qt.Key.Key_Return)

    assert editor.message() == "You can have up to 5 stop sequences. Remove one to add another."
    assert editor.input.text() == "six"  # kept, to add after removing another
    assert dock.settings().generation_config.stop_sequences == (
        "one",
        "two",
        "three",
        "four",
        "five",
    )

    qtbot.keyClick(editor.input, Qt.Key.Key_Backspace)  # typing again clears the message
    assert editor.message() == ""


def test_stop_sequences_refuse_repeats_and_can_be_removed(
    dock: ParameterDock, qtbot: QtBot
) -> None:
    editor = dock.stop_sequence_editor
    for _ in range(2):
        qtbot.keyClicks(editor.input, "END")
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert "already in the list" in editor.message()
    assert editor.sequences() == ("END",)
    remove = editor.findChild(QToolButton, "stopChipRemove")
    assert remove is not None
    assert remove.toolTip() == "Remove “END”"
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert editor.sequences() == ()


def test_stop_sequences_keep_spaces_and_line_breaks(dock: ParameterDock) -> None:
    dock.stop_sequence_editor.set_sequences((" stop ", "\n\nUser:"))
    assert dock.settings().generation_config.stop_sequences == (" stop ", "\n\nUser:")


# -- the schema editor -------------------------------------------------------------------------------


def choose_json(dock: ParameterDock) -> None:
    combo = dock.control("response_mime_type")
    assert isinstance(combo, ChoiceComboBox)
    combo.set_value("application/json")


def test_schema_editor_appears_for_json(dock: ParameterDock) -> None:
    assert not dock.schema_editor.isVisible()
    choose_json(dock)
    assert dock.schema_editor.isVisible()


def test_invalid_json_is_named_by_line_and_column_as_you_type(
    dock: ParameterDock, qtbot: QtBot
) -> None:
    choose_json(dock)
    edit = dock.schema_editor.edit
    edit.setFocus()
    qtbot.keyClicks(edit, '{"type": "OBJECT",')
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, '"properties": {} "required": []}')

    status = dock.schema_editor.status_text()
    assert status.startswith("Line 2, column 18:"), status
    assert "comma is missing" in status
    assert edit.extraSelections(), "the spot is marked in the text"
    assert dock.settings().generation_config.response_schema is None
    error = dock.validation_error()
    assert error is not None and "Line 2, column 18" in error


def test_a_wrong_type_is_named(dock: ParameterDock) -> None:
    choose_json(dock)
    dock.schema_editor.set_text(
        '{\n  "type": "OBJECT",\n  "properties": {\n    "age": { "type": "NUMBR" }\n  }\n}'
    )
    status = dock.schema_editor.status_text()
    assert status.startswith("Line 4, column 22, in “age”:"), status
    assert '"NUMBR" is not a type the model knows' in status
    assert "OBJECT, ARRAY, STRING, NUMBER, INTEGER, BOOLEAN" in status


def test_a_valid_schema_clears_the_problem(dock: ParameterDock, qtbot: QtBot) -> None:
    choose_json(dock)
    dock.schema_editor.set_text('{"type": "OBJECT", "properties": {"name": {"type": "STRIN"}}}')
    assert dock.schema_editor.problem() is not None
    edit = dock.schema_editor.edit
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    for _ in range(4):
        qtbot.keyClick(edit, Qt.Key.Key_Left)
    qtbot.keyClicks(edit, "G")

    assert dock.schema_editor.problem() is None
    assert dock.schema_editor.status_text() == "✓ The schema is valid."
    assert not edit.extraSelections()
    assert dock.settings().generation_config.response_schema == {
        "type": "OBJECT",
        "properties": {"name": {"type": "STRING"}},
    }
    assert dock.validation_error() is None


# -- problems that stop a send -----------------------------------------------------------------------


def test_a_schema_without_json_is_refused(dock: ParameterDock) -> None:
    choose_json(dock)
    dock.schema_editor.set_text('{"type": "STRING"}')
    combo = dock.control("response_mime_type")
    assert isinstance(combo, ChoiceComboBox)
    combo.set_value("text/plain")

    assert dock.schema_editor.isVisible(), "still shown, so it can be removed"
    assert dock.validation_error() == (
        "A response schema only works when the answer format is JSON or a choice from a list "
        "(application/json or text/x.enum). Set the answer format to JSON, or remove the schema."
    )
    assert dock.problem_text() == dock.validation_error()


def test_a_length_beyond_the_models_limit_is_refused(dock: ParameterDock) -> None:
    dock.set_models(MODELS)
    dock.model_picker.set_model_id("gemini-2.0-flash")
    dock.row("max_output_tokens").write(20_000)

    error = dock.validation_error()

    assert error is not None
    assert error.startswith("Gemini 2.0 Flash writes at most 8")
    assert "Lower Max answer length" in error
    dock.row("max_output_tokens").write(8_192)
    assert dock.validation_error() is None


def test_alternatives_need_probabilities_on(dock: ParameterDock) -> None:
    dock.set_settings(ChatSettings(generation_config=GenerationConfig(logprobs=3)))
    assert not dock.control("logprobs").isEnabled()
    error = dock.validation_error()
    assert error is not None and "Show how sure the model was" in error
    dock.row("response_logprobs").write(True)
    assert dock.control("logprobs").isEnabled()
    assert dock.validation_error() is None


def test_out_of_range_values_cannot_be_typed(dock: ParameterDock, qtbot: QtBot) -> None:
    temperature = dock.control("temperature")
    temperature.setFocus()
    temperature.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(temperature, "5")
    qtbot.keyClick(temperature, Qt.Key.Key_Tab)
    assert dock.settings().generation_config.temperature is None
    assert dock.validation_error() is None


def test_values_out_of_range_in_a_saved_conversation_are_held_at_the_nearest_end(
    dock: ParameterDock,
) -> None:
    dock.set_settings(
        ChatSettings(generation_config=GenerationConfig(temperature=7.0, max_output_tokens=10**6))
    )
    config = dock.settings().generation_config
    assert (config.temperature, config.max_output_tokens) == (2.0, 65_536)
    assert dock.validation_error() is None


# -- round trips -------------------------------------------------------------------------------------


def test_set_settings_shows_every_setting_again(
    dock: ParameterDock, make_dock: Callable[[], ParameterDock], qtbot: QtBot
) -> None:
    with qtbot.waitSignal(dock.settings_changed):
        dock.set_settings(EVERY_SETTING)
    assert dock.settings() == EVERY_SETTING
    other = make_dock()
    other.set_settings(dock.settings())
    assert other.settings() == EVERY_SETTING


def test_a_response_type_this_version_does_not_list_is_kept(dock: ParameterDock) -> None:
    saved = ChatSettings(generation_config=GenerationConfig(response_mime_type="text/csv"))
    dock.set_settings(saved)
    assert dock.settings() == saved


def test_set_settings_emits_once(dock: ParameterDock, qtbot: QtBot) -> None:
    emitted: list[None] = []
    dock.settings_changed.connect(lambda: emitted.append(None))
    dock.set_settings(EVERY_SETTING)
    dock.set_settings(EVERY_SETTING)  # nothing changes the second time
    assert len(emitted) == 1


def test_settings_survive_a_restart(
    dock: ParameterDock,
    make_dock: Callable[[], ParameterDock],
    ini_settings: QSettings,
    tmp_path: Path,
) -> None:
    dock.set_settings(EVERY_SETTING)
    dock.safety_section.set_expanded(False)
    dock.save_state(ini_settings)
    ini_settings.sync()

    reread = QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat)
    other = make_dock()
    other.restore_state(reread)

    assert other.settings() == EVERY_SETTING
    assert other.advanced_section.is_expanded()
    assert not other.safety_section.is_expanded()


def test_an_unfinished_schema_survives_a_restart(
    dock: ParameterDock, make_dock: Callable[[], ParameterDock], ini_settings: QSettings
) -> None:
    choose_json(dock)
    dock.schema_editor.set_text('{"type": "OBJECT", "properties": {')
    dock.save_state(ini_settings)
    other = make_dock()
    other.restore_state(ini_settings)
    assert other.schema_editor.text() == '{"type": "OBJECT", "properties": {'
    assert other.validation_error() is not None


@pytest.mark.parametrize(
    "garbage",
    [
        "{not json",
        "[1, 2, 3]",
        42,
        ["a", "list"],
        '{"model": 5, "generation_config": {"temperature": "hot", "top_k": 1e400, '
        '"seed": 99999999999999999999, "stop_sequences": [1, 2], "thinking": 3}, '
        '"safety_settings": [{"category": "NOPE", "threshold": "BLOCK_NONE"}, 7]}',
        '{"generation_config": {"temperature": 1e400}}',
    ],
)
def test_garbage_in_the_preferences_falls_back_to_defaults(
    make_dock: Callable[[], ParameterDock], ini_settings: QSettings, garbage: object
) -> None:
    ini_settings.setValue(SETTINGS_KEY, garbage)
    ini_settings.setValue(SCHEMA_TEXT_KEY, 12)
    ini_settings.setValue("parameterDock/advancedOpen", "perhaps")
    other = make_dock()
    other.restore_state(ini_settings)
    settings = other.settings()
    assert settings.model == ""
    assert settings.safety_settings == ()
    assert not other.advanced_section.is_expanded()


def test_a_hand_broken_preferences_file_is_tolerated(
    make_dock: Callable[[], ParameterDock], tmp_path: Path
) -> None:
    path = tmp_path / "broken.ini"
    path.write_bytes(
        b"[parameterDock]\nchatSettings=@ByteArray(\\0\\x1\\xff)\n\x00\xff\nsafetyOpen=\n"
    )
    other = make_dock()
    other.restore_state(QSettings(str(path), QSettings.Format.IniFormat))
    assert other.settings() == ChatSettings()


def test_missing_preferences_give_the_defaults(
    make_dock: Callable[[], ParameterDock], ini_settings: QSettings
) -> None:
    other = make_dock()
    other.restore_state(ini_settings)
    assert other.settings() == ChatSettings()


# -- photos and video -------------------------------------------------------------------------------


def test_media_tooltips_say_what_each_choice_does(dock: ParameterDock) -> None:
    resolution = plain(dock.control("media_resolution").toolTip())
    assert "tokens each picture or video frame uses" in resolution
    assert "Low saves tokens and time on long videos" in resolution
    assert "read small text in pictures" in resolution
    assert "the model decides" in resolution.split("Default:")[1]
    detail = plain(dock.control("image_detail").toolTip())
    assert "3,072" in detail and "1,536" in detail and "768" in detail
    assert "location" in detail
    assert "Balanced" in detail.split("Default:")[1]


def test_image_detail_is_a_preference_not_a_request_setting(
    dock: ParameterDock, qtbot: QtBot
) -> None:
    combo = dock.control("image_detail")
    assert isinstance(combo, ChoiceComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Original",
        "High",
        "Balanced",
        "Low",
    ]
    assert combo.values() == tuple(ImageDetail)
    assert dock.image_detail() is ImageDetail.BALANCED
    assert combo.currentText() == "Balanced"
    assert not dock.reset_button("image_detail").isEnabled()

    changed: list[None] = []
    dock.settings_changed.connect(lambda: changed.append(None))
    with qtbot.waitSignal(dock.image_detail_changed):
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # Balanced → Low
    assert dock.image_detail() is ImageDetail.LOW
    assert dock.settings() == ChatSettings(), "nothing of it goes into the request"
    assert changed == [], "the conversation's settings did not change"
    assert dock.reset_button("image_detail").isEnabled()


@pytest.mark.parametrize("detail", list(ImageDetail))
def test_the_location_warning_shows_only_for_original(
    dock: ParameterDock, qtbot: QtBot, detail: ImageDetail
) -> None:
    warning = dock.original_photo_warning
    assert not warning.isVisible()
    combo = dock.control("image_detail")
    assert isinstance(combo, ChoiceComboBox)
    combo.setCurrentIndex(combo.values().index(detail))
    assert warning.isVisible() is (detail is ImageDetail.ORIGINAL)
    assert warning.text() == (
        "Photos are sent exactly as taken, with their camera details such as the GPS location."
    )
    if detail is not ImageDetail.BALANCED:
        with qtbot.waitSignal(dock.image_detail_changed):
            qtbot.mouseClick(dock.reset_button("image_detail"), Qt.MouseButton.LeftButton)
    assert dock.image_detail() is ImageDetail.BALANCED
    assert not warning.isVisible()


def test_the_warning_folds_away_with_its_section(dock: ParameterDock) -> None:
    dock.set_image_detail(ImageDetail.ORIGINAL)
    assert dock.original_photo_warning.isVisible()
    dock.media_section.set_expanded(False)
    assert not dock.original_photo_warning.isVisible()
    dock.media_section.set_expanded(True)
    assert dock.original_photo_warning.isVisible()


def test_reopening_a_conversation_keeps_the_image_detail_and_reset_all_restores_it(
    dock: ParameterDock, qtbot: QtBot
) -> None:
    dock.set_image_detail(ImageDetail.ORIGINAL)
    dock.set_settings(EVERY_SETTING)
    assert dock.image_detail() is ImageDetail.ORIGINAL
    assert dock.settings().generation_config.media_resolution is MediaResolution.MEDIUM
    dock.set_settings(ChatSettings())
    assert dock.image_detail() is ImageDetail.ORIGINAL
    with qtbot.waitSignal(dock.image_detail_changed):
        qtbot.mouseClick(dock.reset_all_button, Qt.MouseButton.LeftButton)
    assert dock.image_detail() is ImageDetail.BALANCED
    assert not dock.original_photo_warning.isVisible()


def test_the_image_detail_and_the_open_media_section_survive_a_restart(
    dock: ParameterDock,
    make_dock: Callable[[], ParameterDock],
    ini_settings: QSettings,
    tmp_path: Path,
) -> None:
    dock.set_image_detail(ImageDetail.LOW)
    dock.save_state(ini_settings)
    ini_settings.sync()

    reread = QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat)
    assert reread.value(IMAGE_DETAIL_KEY) == "low"
    other = make_dock()
    other.restore_state(reread)
    assert other.image_detail() is ImageDetail.LOW
    assert other.media_section.is_expanded()
    assert other.settings() == ChatSettings()


def test_a_fresh_preferences_file_gives_balanced(
    make_dock: Callable[[], ParameterDock], ini_settings: QSettings
) -> None:
    other = make_dock()
    other.restore_state(ini_settings)
    assert other.image_detail() is ImageDetail.BALANCED
    assert not other.media_section.is_expanded()


@pytest.mark.expected_log(r"saved image detail .* is unknown")
@pytest.mark.parametrize("garbage", ["huge", "", 42, ["original"], "MEDIA_RESOLUTION_LOW"])
def test_an_unknown_image_detail_in_the_preferences_gives_balanced(
    make_dock: Callable[[], ParameterDock], ini_settings: QSettings, garbage: object
) -> None:
    ini_settings.setValue(IMAGE_DETAIL_KEY, garbage)
    other = make_dock()
    other.restore_state(ini_settings)
    assert other.image_detail() is ImageDetail.BALANCED
    assert other.original_photo_warning.isHidden()


# -- the model picker -----------------------------------------------------------------------------------


def test_models_are_listed_by_name_without_embeddings(dock: ParameterDock) -> None:
    dock.set_models(MODELS)
    combo = dock.model_picker.combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == [
        "Gemini 2.0 Flash",
        "Gemini 2.5 Flash",
        "Gemini 2.5 Flash-Lite",
        "Gemini 2.5 Pro",
    ]
    combo.setCurrentIndex(names.index("Gemini 2.5 Flash-Lite"))
    assert dock.settings().model == "gemini-2.5-flash-lite"
    assert "gemini-2.5-flash-lite" in dock.model_picker.info_text()


def test_the_picker_shows_chat_models_with_context_stage_and_description(
    dock: ParameterDock,
) -> None:
    listed = [ModelInfo.from_gemini(model_list.gemini_model(m)) for m in model_list.DEFAULT_MODELS]
    dock.set_models(listed)
    picker = dock.model_picker
    ids = sorted(model.id for model in picker.models())
    assert ids == sorted(model_list.DEFAULT_MODELS[:8]), "no Imagen, Veo, embedding, TTS, live"
    picker.set_model_id("gemini-3.8-flash")
    first, second = picker.info_text().split("\n")
    assert first == "gemini-3.8-flash · context 1,048,576 tokens · stable"
    assert second == "Loopback stand-in for Gemini 3.8 Flash."
    picker.set_model_id("gemini-3.1-pro-preview")
    assert picker.info_text().startswith(
        "gemini-3.1-pro-preview · context 1,048,576 tokens · preview"
    )
    index = picker.combo.findText(picker.combo.currentText())
    tip = picker.combo.itemData(index, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("gemini-3.1-pro-preview · preview")


def test_any_typed_model_id_is_sent_as_given(dock: ParameterDock, qtbot: QtBot) -> None:
    dock.set_models(MODELS)
    combo = dock.model_picker.combo
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "gemini-3-pro-preview-11-2025")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert dock.settings().model == "gemini-3-pro-preview-11-2025"
    assert combo.count() == 4, "typing does not add to the list"
    assert "sent as typed" in dock.model_picker.info_text()


def test_typing_a_listed_id_picks_that_model(dock: ParameterDock) -> None:
    dock.set_models(MODELS)
    dock.model_picker.combo.setEditText("gemini-2.5-pro")
    assert dock.settings().model == "gemini-2.5-pro"


def test_the_completer_matches_any_part_of_a_name(dock: ParameterDock) -> None:
    dock.set_models(MODELS)
    completer = dock.model_picker.combo.completer()
    assert isinstance(completer, QCompleter)
    assert completer.filterMode() == Qt.MatchFlag.MatchContains
    assert completer.caseSensitivity() == Qt.CaseSensitivity.CaseInsensitive
    completer.setCompletionPrefix("FLASH")
    found = [
        completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())
    ]
    assert found == ["Gemini 2.0 Flash", "Gemini 2.5 Flash", "Gemini 2.5 Flash-Lite"]
    completer.setCompletionPrefix("pro")
    assert completer.completionCount() == 1


def test_a_new_list_keeps_the_chosen_model(dock: ParameterDock) -> None:
    dock.model_picker.set_model_id("gemini-2.5-pro")  # restored before the list arrives
    assert dock.model_picker.combo.currentText() == "gemini-2.5-pro"
    dock.set_models(MODELS)
    assert dock.model_picker.combo.currentText() == "Gemini 2.5 Pro"
    assert dock.settings().model == "gemini-2.5-pro"
    dock.set_models([ModelInfo("gemini-2.5-flash", "Gemini 2.5 Flash")])
    assert dock.settings().model == "gemini-2.5-pro"


def test_repeated_display_names_show_their_ids(dock: ParameterDock) -> None:
    dock.set_models([ModelInfo("a-001", "Gemini"), ModelInfo("a-002", "Gemini")])
    combo = dock.model_picker.combo
    assert [combo.itemText(i) for i in range(2)] == ["Gemini (a-001)", "Gemini (a-002)"]


def test_refresh_asks_for_the_list_again(dock: ParameterDock, qtbot: QtBot) -> None:
    button = dock.model_picker.refresh_button
    with qtbot.waitSignal(dock.models_refresh_requested):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dock.set_models_loading(True)
    assert not button.isEnabled()
    assert "Loading" in dock.model_picker.info_text()
    dock.set_models_loading(False)
    assert button.isEnabled()


def test_the_connections_model_is_named_when_none_is_chosen(dock: ParameterDock) -> None:
    dock.set_default_model("gemini-2.5-pro")
    assert "gemini-2.5-pro" in dock.model_picker.info_text()
    assert dock.settings().model == ""


# -- the dock itself -------------------------------------------------------------------------------------


def test_the_dock_is_named_and_titled(dock: ParameterDock) -> None:
    assert dock.objectName() == "parameterDock"
    assert dock.windowTitle() == "Settings"


def test_sections_fold(dock: ParameterDock, qtbot: QtBot) -> None:
    toggle = dock.advanced_section.toggle_button
    assert dock.control("top_p").isVisible()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton, pos=QPoint(10, toggle.height() // 2))
    assert not dock.control("top_p").isVisible()
    assert dock.control("temperature").isVisible(), "Basic is always shown"
    media = dock.media_section.toggle_button
    assert media.text() == "Photos and video"
    assert dock.control("media_resolution").isVisible()
    qtbot.mouseClick(media, Qt.MouseButton.LeftButton, pos=QPoint(10, media.height() // 2))
    assert not dock.control("media_resolution").isVisible()
    assert not dock.control("image_detail").isVisible()


def test_the_scroll_wheel_does_not_change_a_setting_it_passes_over(
    dock: ParameterDock, qtbot: QtBot
) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    spin = dock.control("temperature")
    dock.setFocus()
    event = QWheelEvent(
        QPointF(5, 5),
        QPointF(spin.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(spin, event)
    assert dock.settings().generation_config.temperature is None
