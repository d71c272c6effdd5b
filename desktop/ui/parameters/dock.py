"""The Settings dock: every setting of a request, in plain words. Basic is always shown;
Photos and video, Advanced and Safety fold away. Unset settings send nothing, so the model's
defaults apply. One control here is not a request setting: Image detail, the size photos
are sent at, a preference of this computer that `image_detail_changed` announces."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.conversation import ChatSettings
from desktop.core.errors import InvalidRequestError
from desktop.core.image_detail import DEFAULT_DETAIL, ImageDetail
from desktop.core.model_catalogue import Capabilities, capabilities
from desktop.core.model_families import Thinking
from desktop.core.model_info import ModelInfo
from desktop.core.request import (
    SCHEMA_TYPES,
    GenerationConfig,
    HarmBlockMethod,
    HarmBlockThreshold,
    HarmCategory,
    SafetySetting,
    ThinkingConfig,
)
from desktop.ui import theme
from desktop.ui.fitting_scroll import FittingScrollArea
from desktop.ui.message_words import error_words
from desktop.ui.parameters.inputs import fit_top, follow_default
from desktop.ui.parameters.model_picker import ModelPicker
from desktop.ui.parameters.model_rules import FOLLOWED_KEYS, ignored_reasons
from desktop.ui.parameters.rows import SettingRow
from desktop.ui.parameters.schema_editor import SchemaEditor, schema_text
from desktop.ui.parameters.section import CollapsibleSection
from desktop.ui.parameters.sections import DockSections
from desktop.ui.parameters.stop_sequences import StopSequenceEditor
from desktop.ui.parameters.style import dock_style_sheet
from desktop.ui.parameters.texts import (
    setting_help,
    whole_number,
)

log = logging.getLogger(__name__)

SETTINGS_KEY = "parameterDock/chatSettings"
SCHEMA_TEXT_KEY = "parameterDock/schemaText"  # an unfinished schema survives a restart
ADVANCED_OPEN_KEY = "parameterDock/advancedOpen"
SAFETY_OPEN_KEY = "parameterDock/safetyOpen"
MEDIA_OPEN_KEY = "parameterDock/mediaOpen"
IMAGE_DETAIL_KEY = "parameterDock/imageDetail"  # not per conversation: for every photo sent

MIN_WIDTH = 360  # the widest row (label, number box, reset) plus the scroll bar


class ParameterDock(QDockWidget, DockSections):
    """Widgets only: `settings()` says what the next request uses; the controller decides
    what to do with `settings_changed`, `image_detail_changed` and
    `models_refresh_requested`."""

    settings_changed = Signal()
    image_detail_changed = Signal()  # `image_detail()` says the new one
    models_refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parameterDock")
        self.setWindowTitle(self.tr("Settings"))
        self.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self._rows: dict[str, SettingRow] = {}
        self._quiet = 0  # > 0 while set_settings or reset_all change many controls at once
        self._followed: tuple[Capabilities, ModelInfo | None] | None = None  # rules shown
        self._last_emitted: ChatSettings | None = None
        helps = setting_help()

        basic = self._basic_section(helps)
        media = self._media_section(helps)
        advanced = self._advanced_section(helps)
        safety = self._safety_section(helps)

        # -- The whole dock -----------------------------------------------------------------------
        grids = (basic, media, advanced, safety)
        label_width = max(grid.label_width() for grid in grids)
        for grid in grids:
            grid.set_label_width(label_width)
        self._media = CollapsibleSection(self.tr("Photos and video"), media, name="media")
        self._advanced = CollapsibleSection(self.tr("Advanced"), advanced, name="advanced")
        self._safety = CollapsibleSection(self.tr("Safety"), safety, name="safety")

        self._problem = QLabel()
        self._problem.setObjectName("settingsProblem")
        self._problem.setWordWrap(True)
        self._problem.hide()

        self._reset_all = QPushButton(self.tr("Reset all to defaults"))
        self._reset_all.setObjectName("resetAllButton")
        self._reset_all.setToolTip(
            self.tr("Put every setting here back to its default (the model's own choices)")
        )
        self._reset_all.setCursor(Qt.CursorShape.PointingHandCursor)
        footer = QHBoxLayout()
        footer.setContentsMargins(0, 0, 0, 0)
        footer.addStretch(1)
        footer.addWidget(self._reset_all)

        contents = QWidget()
        contents.setObjectName("parameterDockContents")
        layout = QVBoxLayout(contents)
        layout.setContentsMargins(14, 12, 12, 14)
        layout.setSpacing(12)
        layout.addWidget(basic)
        layout.addWidget(_separator())
        layout.addWidget(self._media)
        layout.addWidget(_separator())
        layout.addWidget(self._advanced)
        layout.addWidget(_separator())
        layout.addWidget(self._safety)
        layout.addWidget(_separator())
        layout.addWidget(self._problem)
        layout.addLayout(footer)
        layout.addStretch(1)

        scroll = FittingScrollArea(self)
        scroll.setObjectName("parameterScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(contents)
        self.setWidget(scroll)
        self.setMinimumWidth(MIN_WIDTH)

        self._model.changed.connect(self._on_control_changed)
        self._model.refresh_requested.connect(self._on_model_refresh_requested)
        self._system.textChanged.connect(self._on_control_changed)
        self._reset_all.clicked.connect(self._on_reset_all_clicked)
        self._advanced.toggled.connect(self._on_section_toggled)
        for row in self._rows.values():
            row.reset_button.clicked.connect(self._on_reset_clicked)

        theme.follow(self, self._apply_theme)
        self._last_emitted = self.settings()
        self._update_rows()

    def _apply_theme(self, palette: QPalette) -> None:
        self.setStyleSheet(dock_style_sheet(palette))

    # -- the API the controller uses -----------------------------------------------------------

    def settings(self) -> ChatSettings:
        """What the next request sends: unset settings are None and are left out."""
        # Both thinking controls are kept (each for its own models); the request sends the
        # one the model takes (core/model_fit), and includeThoughts only to a thinking model.
        # Show thoughts is on by default (ChatSettings.request asks for them): only "off" is
        # said.
        thinking: ThinkingConfig | None = ThinkingConfig(
            include_thoughts=None if self._thoughts.isChecked() else False,
            thinking_budget=self._thinking.value(),
            thinking_level=self._thinking_level.level_value(),
        )
        if thinking == ThinkingConfig():
            thinking = None
        config = GenerationConfig(
            temperature=self._temperature.value_or_none(),
            top_p=self._top_p.value_or_none(),
            top_k=self._top_k.value_or_none(),
            candidate_count=self._candidates.value_or_none(),
            max_output_tokens=self._max_tokens.value_or_none(),
            presence_penalty=self._presence.value_or_none(),
            frequency_penalty=self._frequency.value_or_none(),
            stop_sequences=self._stops.sequences(),
            response_mime_type=self._mime.value(),
            response_schema=self._schema.result().schema,
            seed=self._seed.value_or_none(),
            response_logprobs=True if self._logprobs_on.isChecked() else None,
            logprobs=self._logprobs.value_or_none(),
            audio_timestamp=True if self._audio_timestamp.isChecked() else None,
            media_resolution=self._media_resolution.value(),
            thinking=thinking,
        )
        method = self._method.value()
        safety = tuple(
            SafetySetting(category=category, threshold=threshold, method=method)
            for category, combo in self._thresholds.items()
            if isinstance(threshold := combo.value(), HarmBlockThreshold)
        )
        return ChatSettings(
            model=self._model.model_id(),
            system_instruction=self._system_instruction(),
            generation_config=config,
            safety_settings=safety,
            google_search=self._google_search.isChecked(),
        )

    def set_settings(self, settings: ChatSettings) -> None:
        """Show `settings` in every control (reopening a conversation). Values outside a
        control's range are brought to its nearest end."""
        config = settings.generation_config
        thinking = config.thinking or ThinkingConfig()
        thresholds: dict[HarmCategory, HarmBlockThreshold] = {}
        method: HarmBlockMethod | None = None
        for setting in settings.safety_settings:
            thresholds[setting.category] = setting.threshold
            method = method or setting.method
        with self._changing_many():
            self._model.set_model_id(settings.model)
            self._temperature.set_value_or_none(config.temperature)
            self._max_tokens.set_value_or_none(config.max_output_tokens)
            self._set_plain_text(self._system, settings.system_instruction or "")
            self._google_search.setChecked(settings.google_search)
            self._top_p.set_value_or_none(config.top_p)
            self._top_k.set_value_or_none(config.top_k)
            self._candidates.set_value_or_none(config.candidate_count)
            self._presence.set_value_or_none(config.presence_penalty)
            self._frequency.set_value_or_none(config.frequency_penalty)
            self._seed.set_value_or_none(config.seed)
            self._stops.set_sequences(config.stop_sequences)
            self._thinking.set_value(thinking.thinking_budget)
            self._thinking_level.set_level_value(thinking.thinking_level)
            # On unless switched off: older settings said nothing when it was off by default.
            self._thoughts.setChecked(thinking.include_thoughts is not False)
            self._mime.set_value(config.response_mime_type)
            self._schema.set_text(schema_text(config.response_schema))
            self._logprobs_on.setChecked(bool(config.response_logprobs))
            self._logprobs.set_value_or_none(config.logprobs)
            self._audio_timestamp.setChecked(bool(config.audio_timestamp))
            self._media_resolution.set_value(config.media_resolution)
            for category, combo in self._thresholds.items():
                combo.set_value(thresholds.get(category))
            self._method.set_value(method)

    def image_detail(self) -> ImageDetail:
        """The size photos are sent at (not a request setting: the chat service applies it)."""
        detail = self._image_detail.value()
        return detail if isinstance(detail, ImageDetail) else DEFAULT_DETAIL

    def set_image_detail(self, detail: ImageDetail) -> None:
        self._image_detail.set_value(detail)

    def reset_all(self) -> None:
        """Every setting back to its default, Image detail too; the model picker's list
        stays."""
        with self._changing_many():
            for row in self._rows.values():
                row.reset()
            self._stops.input.clear()

    def validation_error(self) -> str | None:
        """Why the current settings cannot be sent, in plain words; None when they can."""
        problem = self._schema.problem()
        if problem is not None:
            return self.tr("The JSON schema needs fixing. %1").replace("%1", problem.describe())
        settings = self.settings()
        config = settings.generation_config
        try:
            config.validate()
        except InvalidRequestError as error:
            return error_words(error)
        if config.logprobs is not None and not config.response_logprobs:
            return self.tr(
                "“Alternatives” only works with “Show how sure the model was” on. "
                "Switch that on, or reset Alternatives."
            )
        info = self._model.info(settings.model)
        wanted = config.max_output_tokens
        if (
            info is not None
            and info.output_token_limit
            and wanted
            and wanted > info.output_token_limit
        ):
            return (
                self.tr(
                    "%1 writes at most %2 tokens per answer, and Max answer length is %3. "
                    "Lower Max answer length to %2 or less."
                )
                .replace("%1", info.display_name or info.id)
                .replace("%2", whole_number(self.locale(), info.output_token_limit))
                .replace("%3", whole_number(self.locale(), wanted))
            )
        return None

    def set_models(self, models: list[ModelInfo]) -> None:
        """The models the active connection can use (from its live list or the cache)."""
        self._model.set_models(models)
        self._update_rows()

    def set_models_loading(self, loading: bool) -> None:
        """While a fresh list loads: the refresh button waits and the picker says so."""
        self._model.set_loading(loading)

    def set_default_model(self, model_id: str) -> None:
        """The connection's own model, named where no model is chosen here (and followed
        by the rows while none is)."""
        self._model.set_default_model(model_id)
        self._update_rows()

    def save_state(self, settings: QSettings) -> None:
        """Keep the settings, the image detail, an unfinished schema and which sections are
        open."""
        settings.setValue(SETTINGS_KEY, self.settings().to_json())
        settings.setValue(IMAGE_DETAIL_KEY, self.image_detail().value)
        draft = self._schema.text() if self._schema.problem() is not None else ""
        settings.setValue(SCHEMA_TEXT_KEY, draft)
        settings.setValue(MEDIA_OPEN_KEY, self._media.is_expanded())
        settings.setValue(ADVANCED_OPEN_KEY, self._advanced.is_expanded())
        settings.setValue(SAFETY_OPEN_KEY, self._safety.is_expanded())

    def restore_state(self, settings: QSettings) -> None:
        """The opposite of save_state; anything missing or unreadable falls back to the
        default instead of failing."""
        try:
            saved = settings.value(SETTINGS_KEY)
            restored = ChatSettings.from_json(saved) if isinstance(saved, str) else ChatSettings()
        except Exception:  # a broken preference must never stop the app from starting
            log.warning("The saved settings could not be read; using the defaults", exc_info=True)
            restored = ChatSettings()
        self.set_settings(restored)
        self.set_image_detail(_as_detail(settings.value(IMAGE_DETAIL_KEY)))
        draft = settings.value(SCHEMA_TEXT_KEY)
        if (
            isinstance(draft, str)
            and draft.strip()
            and restored.generation_config.response_schema is None
        ):
            self._schema.set_text(draft)
        self._media.set_expanded(_as_bool(settings.value(MEDIA_OPEN_KEY)))
        self._advanced.set_expanded(_as_bool(settings.value(ADVANCED_OPEN_KEY)))
        self._safety.set_expanded(_as_bool(settings.value(SAFETY_OPEN_KEY)))

    # -- what tests and the controller may look at -------------------------------------------

    def setting_keys(self) -> tuple[str, ...]:
        """Every setting's key, in the order the dock shows them."""
        return tuple(self._rows)

    def row(self, key: str) -> SettingRow:
        return self._rows[key]

    def control(self, key: str) -> QWidget:
        return self._rows[key].control

    def reset_button(self, key: str) -> QToolButton:
        return self._rows[key].reset_button

    @property
    def model_picker(self) -> ModelPicker:
        return self._model

    @property
    def schema_editor(self) -> SchemaEditor:
        return self._schema

    @property
    def stop_sequence_editor(self) -> StopSequenceEditor:
        return self._stops

    @property
    def media_section(self) -> CollapsibleSection:
        return self._media

    @property
    def original_photo_warning(self) -> QLabel:
        """Shown under Image detail while Original is chosen."""
        return self._original_warning

    @property
    def advanced_section(self) -> CollapsibleSection:
        return self._advanced

    @property
    def safety_section(self) -> CollapsibleSection:
        return self._safety

    @property
    def reset_all_button(self) -> QPushButton:
        return self._reset_all

    def problem_text(self) -> str:
        """The problem shown at the foot of the dock ("" when none is shown there)."""
        return self._problem.text() if not self._problem.isHidden() else ""

    # -- keeping everything in step ----------------------------------------------------------------

    def _system_instruction(self) -> str | None:
        text = self._system.toPlainText()
        return text if text.strip() else None

    @staticmethod
    def _set_plain_text(edit: QPlainTextEdit, text: str) -> None:
        if edit.toPlainText() != text:
            edit.setPlainText(text)

    def _changing_many(self) -> _ChangingMany:
        return _ChangingMany(self)

    def _update_rows(self) -> None:
        """Reset buttons, the rows that depend on others or on the model, and the problem
        line."""
        self._follow_model()
        for row in self._rows.values():
            row.refresh()
        schema_row = self._rows["response_schema"]
        schema_row.set_visible(self._mime.value() in SCHEMA_TYPES or bool(self._schema.text()))
        self._logprobs.setEnabled(self._logprobs_on.isChecked())
        self._original_warning.setVisible(self.image_detail() is ImageDetail.ORIGINAL)
        self._method.setEnabled(
            any(combo.value() is not None for combo in self._thresholds.values())
        )
        problem = self.validation_error()
        schema_shown = self._schema.isVisibleTo(self)
        if problem is not None and self._schema.problem() is not None and schema_shown:
            problem = None  # the editor itself shows it, right where the typing happens
        self._problem.setText(problem or "")
        self._problem.setVisible(problem is not None)

    def model_capabilities(self) -> Capabilities:
        """What the model the next request goes to can do (the connection's when none is
        chosen here): the list's facts, filled in from the family table."""
        model_id = self._model.model_id() or self._model.default_model()
        return capabilities(self._model.info(model_id) or model_id)

    def _follow_model(self) -> None:
        """The model's rules on the rows (what it ignores, its thinking controls, its
        defaults), applied again only for a model that differs: every change of any control
        comes here. The number boxes' tops follow the values set as well."""
        found = self.model_capabilities()
        info = self._model.info(found.id)
        if (found, info) != self._followed:
            self._followed = (found, info)
            self._apply_model_rules(found, info)
        fit_top(self._temperature, found.max_temperature or 2.0)
        fit_top(self._top_p, 1.0)
        self._thinking.set_budget_range(found.budget_range)

    def _apply_model_rules(self, found: Capabilities, info: ModelInfo | None) -> None:
        reasons = ignored_reasons(found, found.display_name)
        for key in FOLLOWED_KEYS:
            self._rows[key].set_ignored(reasons.get(key))
        levels = found.thinking is Thinking.LEVEL
        self._rows["thinking_level"].set_visible(levels)
        self._rows["thinking_budget"].set_visible(not levels)
        self._thinking_level.set_levels(found.thinking_levels, found.default_thinking_level)
        follow_default(self._temperature, found.default_temperature)
        follow_default(self._top_p, info.top_p if info else None)
        follow_default(self._top_k, info.top_k if info else None)

    def _settle(self) -> None:
        self._update_rows()
        current = self.settings()
        if current != self._last_emitted:
            self._last_emitted = current
            self.settings_changed.emit()

    # -- slots ----------------------------------------------------------------------------------

    def _on_control_changed(self, *_args: object) -> None:
        if not self._quiet:
            self._settle()

    def _on_reset_clicked(self) -> None:
        button = self.sender()
        for row in self._rows.values():
            if row.reset_button is button:
                with self._changing_many():
                    row.reset()
                row.control.setFocus()
                return

    def _on_image_detail_value_changed(self) -> None:
        self._on_control_changed()
        self.image_detail_changed.emit()

    def _on_section_toggled(self, _expanded: bool) -> None:
        self._update_rows()

    def _on_reset_all_clicked(self) -> None:
        self.reset_all()

    def _on_model_refresh_requested(self) -> None:
        self.models_refresh_requested.emit()


class _ChangingMany:
    """Hold back settings_changed while many controls change; emit once at the end."""

    def __init__(self, dock: ParameterDock) -> None:
        self._dock = dock

    def __enter__(self) -> None:
        self._dock._quiet += 1

    def __exit__(self, *exc_info: object) -> None:
        self._dock._quiet -= 1
        if not self._dock._quiet:
            self._dock._settle()


def _separator() -> QFrame:
    line = QFrame()
    line.setObjectName("sectionSeparator")
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFixedHeight(1)
    return line


def _as_detail(value: object) -> ImageDetail:
    """The saved image detail; anything unreadable (hand-edited, a newer version's) gives
    the default, which never sends a photo's location."""
    try:
        return ImageDetail(str(value).strip().lower()) if value is not None else DEFAULT_DETAIL
    except ValueError:
        log.warning("The saved image detail %r is unknown; using the default", value)
        return DEFAULT_DETAIL


def _as_bool(value: object) -> bool:
    """QSettings gives back "true" from an INI file and True from the registry."""
    if isinstance(value, bool):
        return value
    return isinstance(value, str) and value.strip().lower() in ("true", "1", "yes")
