"""The Settings dock's four sections, row by row: Basic (always shown), Photos and video,
Advanced and Safety (folding away). A mixin of ParameterDock, which lays them out and keeps
them in step; each row lands in `_rows` under its setting's key."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPlainTextEdit, QWidget

from desktop.core.image_detail import DEFAULT_DETAIL
from desktop.core.request import HarmCategory
from desktop.ui.parameters.inputs import ChoiceComboBox, OptionalDoubleSpinBox, OptionalSpinBox
from desktop.ui.parameters.model_picker import ModelPicker
from desktop.ui.parameters.rows import RowGrid, RowKind, SettingRow
from desktop.ui.parameters.schema_editor import SchemaEditor
from desktop.ui.parameters.slider import NumberSlider
from desktop.ui.parameters.stop_sequences import StopSequenceEditor
from desktop.ui.parameters.texts import (
    Help,
    image_detail_choices,
    media_resolution_choices,
    method_choices,
    mime_choices,
    original_photo_warning,
    safety_key,
    threshold_choices,
    threshold_tooltip,
)
from desktop.ui.parameters.thinking_budget import ThinkingBudgetEdit
from desktop.ui.parameters.thinking_level import ThinkingLevelEdit

MAX_OUTPUT_TOKENS = 65_536
MAX_SYSTEM_INSTRUCTION_LINES = 5


class DockSections:
    """Builds the rows (its words translated in the dock's context, "ParameterDock"); the
    dock provides `_rows`, `_on_control_changed`,
    `_on_image_detail_value_changed`, `_system_instruction` and `_set_plain_text`."""

    _rows: dict[str, SettingRow]

    def _basic_section(self, helps: dict[str, Help]) -> RowGrid:
        """The model, temperature, answer length, thinking, instructions, Google Search."""
        basic = RowGrid("basic")
        self._model = ModelPicker()
        self._add(
            basic,
            "model",
            helps,
            self._model,
            read=self._model.model_id,
            write=self._model.set_model_id,
            default="",
            kind=RowKind.WIDE,
        )
        self._temperature = OptionalDoubleSpinBox(
            0.0,
            2.0,
            step=0.1,
            start=1.0,
            unset_text=QCoreApplication.translate("ParameterDock", "Model default"),
        )
        self._add_number(basic, "temperature", helps, self._temperature, slider=True)
        self._max_tokens = OptionalSpinBox(
            1,
            MAX_OUTPUT_TOKENS,
            start=8_192,
            step=1_024,
            unset_text=QCoreApplication.translate("ParameterDock", "Model default"),
        )
        self._max_tokens.setGroupSeparatorShown(True)
        self._max_tokens.setSuffix(QCoreApplication.translate("ParameterDock", " tokens"))
        self._add_number(basic, "max_output_tokens", helps, self._max_tokens)
        # Thinking follows the model: a level (Gemini 3 and later) or a budget (Gemini 2.5);
        # the dock shows the row the chosen model takes.
        self._thinking_level = ThinkingLevelEdit()
        self._add(
            basic,
            "thinking_level",
            helps,
            self._thinking_level,
            read=self._thinking_level.level_value,
            write=self._thinking_level.set_level_value,
        )
        self._thinking_level.changed.connect(self._on_control_changed)
        self._thinking = ThinkingBudgetEdit()
        self._add(
            basic,
            "thinking_budget",
            helps,
            self._thinking,
            read=self._thinking.value,
            write=self._thinking.set_value,
        )
        self._thinking.changed.connect(self._on_control_changed)
        self._thoughts = self._add_check(basic, "include_thoughts", helps, default=True)
        self._system = QPlainTextEdit()
        self._system.setPlaceholderText(
            QCoreApplication.translate(
                "ParameterDock", "For example: Answer briefly, in plain English."
            )
        )
        self._system.setTabChangesFocus(True)
        lines = MAX_SYSTEM_INSTRUCTION_LINES
        self._system.setFixedHeight(self._system.fontMetrics().lineSpacing() * lines + 14)
        self._add(
            basic,
            "system_instruction",
            helps,
            self._system,
            read=self._system_instruction,
            write=lambda value: self._set_plain_text(self._system, value or ""),
            default=None,
            kind=RowKind.WIDE,
        )
        self._google_search = self._add_check(basic, "google_search", helps)
        return basic

    def _media_section(self, helps: dict[str, Help]) -> RowGrid:
        """How photos and videos are sent."""
        media = RowGrid("media")
        self._media_resolution = ChoiceComboBox()
        for text, resolution, tip in media_resolution_choices():
            self._media_resolution.add_choice(text, resolution, tip)
        self._add(
            media,
            "media_resolution",
            helps,
            self._media_resolution,
            read=self._media_resolution.value,
            write=self._media_resolution.set_value,
        )
        self._media_resolution.value_changed.connect(self._on_control_changed)
        self._image_detail = ChoiceComboBox()
        for text, detail, tip in image_detail_choices():
            self._image_detail.add_choice(text, detail, tip)
        self._image_detail.set_value(DEFAULT_DETAIL)
        self._add(
            media,
            "image_detail",
            helps,
            self._image_detail,
            read=self._image_detail.value,
            write=self._image_detail.set_value,
            default=DEFAULT_DETAIL,
        )
        self._image_detail.value_changed.connect(self._on_image_detail_value_changed)
        self._original_warning = QLabel(original_photo_warning())
        self._original_warning.setObjectName("originalPhotoWarning")
        self._original_warning.setWordWrap(True)
        self._original_warning.hide()
        media.add_widget(self._original_warning)
        return media

    def _advanced_section(self, helps: dict[str, Help]) -> RowGrid:
        """Sampling, stop sequences, the answer's format."""
        advanced = RowGrid("advanced")
        self._top_p = OptionalDoubleSpinBox(
            0.0,
            1.0,
            step=0.05,
            start=0.95,
            unset_text=QCoreApplication.translate("ParameterDock", "Model default"),
        )
        self._add_number(advanced, "top_p", helps, self._top_p, slider=True)
        self._top_k = OptionalSpinBox(
            1,
            100,
            start=40,
            unset_text=QCoreApplication.translate("ParameterDock", "Model default"),
        )
        self._add_number(advanced, "top_k", helps, self._top_k)
        self._candidates = OptionalSpinBox(
            1, 8, start=1, unset_text=QCoreApplication.translate("ParameterDock", "Model default")
        )
        self._add_number(advanced, "candidate_count", helps, self._candidates)
        self._presence = OptionalDoubleSpinBox(
            -2.0,
            2.0,
            step=0.1,
            start=0.0,
            unset_text=QCoreApplication.translate("ParameterDock", "Model default"),
        )
        self._add_number(advanced, "presence_penalty", helps, self._presence, slider=True)
        self._frequency = OptionalDoubleSpinBox(
            -2.0,
            2.0,
            step=0.1,
            start=0.0,
            unset_text=QCoreApplication.translate("ParameterDock", "Model default"),
        )
        self._add_number(advanced, "frequency_penalty", helps, self._frequency, slider=True)
        self._seed = OptionalSpinBox(
            -2_147_483_647,
            2_147_483_647,
            start=0,
            unset_text=QCoreApplication.translate("ParameterDock", "Random"),
        )
        self._add_number(advanced, "seed", helps, self._seed)
        self._stops = StopSequenceEditor()
        self._add(
            advanced,
            "stop_sequences",
            helps,
            self._stops,
            read=self._stops.sequences,
            write=self._stops.set_sequences,
            default=(),
            kind=RowKind.WIDE,
        )
        self._stops.changed.connect(self._on_control_changed)
        self._mime = ChoiceComboBox()
        for text, value in mime_choices():
            self._mime.add_choice(text, value)
        self._add(
            advanced,
            "response_mime_type",
            helps,
            self._mime,
            read=self._mime.value,
            write=self._mime.set_value,
        )
        self._mime.value_changed.connect(self._on_control_changed)
        self._schema = SchemaEditor()
        self._add(
            advanced,
            "response_schema",
            helps,
            self._schema,
            read=self._schema.text,
            write=lambda value: self._schema.set_text(value or ""),
            default="",
            kind=RowKind.WIDE,
        )
        self._schema.changed.connect(self._on_control_changed)
        self._logprobs_on = self._add_check(advanced, "response_logprobs", helps)
        self._logprobs = OptionalSpinBox(
            1, 20, start=5, unset_text=QCoreApplication.translate("ParameterDock", "None")
        )
        self._add_number(advanced, "logprobs", helps, self._logprobs)
        self._audio_timestamp = self._add_check(advanced, "audio_timestamp", helps)
        return advanced

    def _safety_section(self, helps: dict[str, Help]) -> RowGrid:
        """One threshold per harm category, and how they are judged."""
        safety = RowGrid("safety")
        self._thresholds: dict[HarmCategory, ChoiceComboBox] = {}
        for category in HarmCategory:
            combo = ChoiceComboBox()
            for text, value in threshold_choices():
                combo.add_choice(text, value, threshold_tooltip(value))
            self._add(
                safety,
                safety_key(category),
                helps,
                combo,
                read=combo.value,
                write=combo.set_value,
                kind=RowKind.STACKED,  # the choices need the width: "Block some (medium and above)"
            )
            combo.value_changed.connect(self._on_control_changed)
            self._thresholds[category] = combo
        self._method = ChoiceComboBox()
        for text, value in method_choices():
            self._method.add_choice(text, value)
        self._add(
            safety,
            "safety_method",
            helps,
            self._method,
            read=self._method.value,
            write=self._method.set_value,
            kind=RowKind.STACKED,
        )
        self._method.value_changed.connect(self._on_control_changed)
        note = QLabel(
            QCoreApplication.translate(
                "ParameterDock",
                "Safety filters only act on answers. “Judged by” works on Vertex AI only, and "
                "needs at least one filter set above.",
            )
        )
        note.setObjectName("safetyNote")
        note.setWordWrap(True)
        safety.add_widget(note)
        return safety

    def _add(
        self,
        grid: RowGrid,
        key: str,
        helps: dict[str, Help],
        control: QWidget,
        *,
        read: Any,
        write: Any,
        default: Any = None,
        kind: RowKind = RowKind.INLINE,
        companion: QWidget | None = None,
    ) -> SettingRow:
        row = grid.add_row(
            key,
            helps[key],
            control,
            read=read,
            write=write,
            default=default,
            kind=kind,
            companion=companion,
        )
        self._rows[key] = row
        return row

    def _add_number(
        self,
        grid: RowGrid,
        key: str,
        helps: dict[str, Help],
        spin: OptionalSpinBox | OptionalDoubleSpinBox,
        *,
        slider: bool = False,
    ) -> None:
        """A number box; with `slider`, a slider beside it (a decimal box only)."""
        companion = (
            NumberSlider(spin) if isinstance(spin, OptionalDoubleSpinBox) and slider else None
        )
        self._add(
            grid,
            key,
            helps,
            spin,
            read=spin.value_or_none,
            write=spin.set_value_or_none,
            kind=RowKind.SLIDER if companion is not None else RowKind.INLINE,
            companion=companion,
        )
        spin.valueChanged.connect(self._on_control_changed)

    def _add_check(
        self, grid: RowGrid, key: str, helps: dict[str, Help], default: bool = False
    ) -> QCheckBox:
        box = QCheckBox(helps[key].label)
        box.setChecked(default)
        box.setCursor(Qt.CursorShape.PointingHandCursor)
        self._add(
            grid,
            key,
            helps,
            box,
            read=box.isChecked,
            write=lambda value: box.setChecked(bool(value)),
            default=default,
            kind=RowKind.CHECK,
        )
        box.toggled.connect(self._on_control_changed)
        return box
