"""One column of a compare: its model and a compact settings panel on top, its own thread
in the middle, and the facts of its latest answer (model, finish reason, time to first
token, total time, tokens) at the bottom."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.conversation import ChatSettings
from desktop.core.model_catalogue import Capabilities, capabilities
from desktop.core.model_families import Thinking
from desktop.core.model_info import ModelInfo
from desktop.core.request import ThinkingConfig
from desktop.ui.conversation import ConversationView
from desktop.ui.parameters.model_picker import ModelPicker
from desktop.ui.parameters.model_rules import ignored_reasons
from desktop.ui.parameters.thinking_level import ThinkingLevelEdit

NO_TEMPERATURE = -0.05
"""The spin box's lowest value stands for "the model's default" (its special text)."""


class CompareColumn(QFrame):
    """A column's settings start as the Settings panel's (`set_base`); its own model,
    temperature and thinking level are laid over them (`settings`). Like the panel, the
    column follows its model: a temperature the model ignores is greyed out with the
    reason, and the thinking levels are the model's own (Gemini 3 and later)."""

    pick_requested = Signal()
    """'Pick this one': make this column's model and settings the Settings panel's."""
    continue_requested = Signal()
    """'Continue alone': open this column's thread as a normal conversation."""

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"compareColumn{index}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._index = index
        self._base = ChatSettings()
        self._enabled = True

        self._title = QLabel(self.tr("Column %1").replace("%1", str(index + 1)), self)
        self._title.setObjectName("compareColumnTitle")
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)

        self._picker = ModelPicker(self)
        self._picker.refresh_button.hide()
        info = self._picker.findChild(QLabel, "modelInfo")
        if info is not None:
            # The picker shows and hides its own line: a compact column has no room for it.
            info.setMaximumHeight(0)

        self._temperature = QDoubleSpinBox(self)
        self._temperature.setObjectName("compareTemperature")
        self._temperature.setRange(NO_TEMPERATURE, 2.0)
        self._temperature.setSingleStep(0.05)
        self._temperature.setDecimals(2)
        self._temperature.setSpecialValueText(self.tr("Default"))
        self._temperature.setAccessibleName(self.tr("Temperature"))
        temperature_label = QLabel(self.tr("Temperature"), self)
        temperature_label.setBuddy(self._temperature)
        self._thinking = ThinkingLevelEdit(self)
        self._thinking.setObjectName("compareThinkingLevel")
        self._thinking.setAccessibleName(self.tr("Thinking"))
        # The panel's box is narrow by design; here a level's whole name fits beside it.
        self._thinking.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._thinking_label = QLabel(self.tr("Thinking"), self)
        self._thinking_label.setBuddy(self._thinking)

        self._pick = QToolButton(self)
        self._pick.setObjectName("comparePick")
        self._pick.setText(self.tr("Pick this one"))
        self._pick.setToolTip(self.tr("Use this column's model and settings in the Settings panel"))
        self._continue = QToolButton(self)
        self._continue.setObjectName("compareContinue")
        self._continue.setText(self.tr("Continue alone"))
        self._continue.setToolTip(
            self.tr("Open this column's conversation in the main window to go on with it")
        )
        self._continue.setEnabled(False)
        for button in (self._pick, self._continue):
            button.setAutoRaise(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(6)
        header.addWidget(self._title)
        header.addStretch(1)
        header.addWidget(self._pick)
        header.addWidget(self._continue)
        settings_row = QHBoxLayout()
        settings_row.setContentsMargins(0, 0, 0, 0)
        settings_row.setSpacing(6)
        settings_row.addWidget(temperature_label)
        settings_row.addWidget(self._temperature)
        settings_row.addSpacing(8)
        settings_row.addWidget(self._thinking_label)
        settings_row.addWidget(self._thinking)
        settings_row.addStretch(1)

        self.setMinimumWidth(0)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._view = ConversationView(self, offers_code=False, narrow=True)
        self._view.set_connected(True)
        self._facts = QLabel(self)
        self._facts.setObjectName("compareFacts")
        self._facts.setWordWrap(True)
        self._facts.setTextFormat(Qt.TextFormat.PlainText)
        self._facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._facts.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self._picker)
        layout.addLayout(settings_row)
        layout.addWidget(self._view, 1)
        layout.addWidget(self._facts)

        self._picker.changed.connect(self._follow_model)
        self._pick.clicked.connect(self.pick_requested)
        self._continue.clicked.connect(self.continue_requested)
        self._follow_model()

    # -- parts ----------------------------------------------------------------------------------

    @property
    def index(self) -> int:
        return self._index

    @property
    def view(self) -> ConversationView:
        return self._view

    @property
    def model_picker(self) -> ModelPicker:
        return self._picker

    @property
    def temperature_box(self) -> QDoubleSpinBox:
        return self._temperature

    @property
    def thinking_box(self) -> ThinkingLevelEdit:
        return self._thinking

    @property
    def pick_button(self) -> QToolButton:
        return self._pick

    @property
    def continue_button(self) -> QToolButton:
        return self._continue

    # -- settings -------------------------------------------------------------------------------

    def set_models(self, models: list[ModelInfo], default_model: str) -> None:
        self._picker.set_default_model(default_model)
        self._picker.set_models(models)

    def set_base(self, settings: ChatSettings) -> None:
        """Start from these settings (the Settings panel's, or a saved column's)."""
        self._base = settings
        self._picker.set_model_id(settings.model)
        temperature = settings.generation_config.temperature
        self._temperature.setValue(NO_TEMPERATURE if temperature is None else temperature)
        thinking = settings.generation_config.thinking
        self._thinking.set_level_value(thinking.thinking_level if thinking else None)
        self._follow_model()

    def settings(self) -> ChatSettings:
        """The base settings with this column's model and temperature."""
        value = self._temperature.value()
        temperature = None if value <= NO_TEMPERATURE + 1e-9 else round(value, 2)
        config = self._base.generation_config
        thinking = replace(config.thinking or ThinkingConfig(), thinking_level=None)
        if self._capabilities().thinking is Thinking.LEVEL:
            thinking = replace(thinking, thinking_level=self._thinking.level_value())
        config = replace(config, temperature=temperature, thinking=thinking)
        return replace(self._base, model=self._picker.model_id(), generation_config=config)

    def model_id(self) -> str:
        """The model this column asks: its own, or the connection's when none is chosen."""
        return self._picker.model_id() or self._picker.default_model()

    def set_settings_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        self._picker.setEnabled(enabled)
        self._thinking.setEnabled(enabled)
        self._follow_model()

    def _capabilities(self) -> Capabilities:
        model_id = self.model_id()
        return capabilities(self._picker.info(model_id) or model_id)

    def _follow_model(self) -> None:
        """The model's own controls, as the Settings panel shows them for its model."""
        found = self._capabilities()
        levels = found.thinking is Thinking.LEVEL
        self._thinking.set_levels(found.thinking_levels, found.default_thinking_level)
        self._thinking.setVisible(levels)
        self._thinking_label.setVisible(levels)
        reason = ignored_reasons(found, found.display_name).get("temperature")
        self._temperature.setEnabled(self._enabled and reason is None)
        self._temperature.setToolTip(
            reason or self.tr("Temperature: higher gives more varied answers")
        )

    # -- facts ----------------------------------------------------------------------------------

    def show_facts(self, text: str) -> None:
        self._facts.setText(text)

    def facts_text(self) -> str:
        return self._facts.text()

    def clear(self) -> None:
        self._view.clear()
        self._facts.clear()
        self._continue.setEnabled(False)
        for button in (self._pick, self._continue):
            button.setAutoRaise(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
