"""The model picker: the models the connection offers, searchable by any part of their name,
and any other model name typed in (new models appear before lists show them)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.connection import DEFAULT_MODEL
from desktop.core.model_catalogue import capabilities, chat_models, description_line
from desktop.core.model_info import ModelInfo
from desktop.ui.parameters.texts import whole_number


class _ModelComboBox(QComboBox):
    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class ModelPicker(QWidget):
    """`model_id()` is "" while nothing is typed: the connection's own model applies."""

    changed = Signal()
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._models: list[ModelInfo] = []
        self._ids: list[str] = []  # the id behind each item, in the combo's order
        self._default_model = DEFAULT_MODEL
        self._loading = False

        self._combo = _ModelComboBox(self)
        self._combo.setObjectName("modelCombo")
        self._combo.setEditable(True)
        self._combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._combo.setMinimumContentsLength(10)
        self._combo.setMaxVisibleItems(14)
        self._combo.setAccessibleName(self.tr("Model"))
        completer = QCompleter(self._combo.model(), self._combo)
        completer.setObjectName("modelCompleter")
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._combo.setCompleter(completer)

        self._refresh = QToolButton(self)
        self._refresh.setObjectName("modelsRefreshButton")
        self._refresh.setText("⟳")
        self._refresh.setToolTip(self.tr("Ask the connection for its list of models again"))
        self._refresh.setAccessibleName(self.tr("Refresh the list of models"))
        self._refresh.setCursor(Qt.CursorShape.PointingHandCursor)
        self._refresh.setAutoRaise(True)

        self._info = QLabel(self)
        self._info.setObjectName("modelInfo")
        self._info.setWordWrap(True)
        self._info.setTextFormat(Qt.TextFormat.PlainText)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self._combo, 1)
        row.addWidget(self._refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(row)
        layout.addWidget(self._info)

        self._combo.currentTextChanged.connect(self._on_combo_text_changed)
        self._refresh.clicked.connect(self._on_refresh_clicked)
        self._set_placeholder()
        self._show_info()

    @property
    def combo(self) -> QComboBox:
        return self._combo

    @property
    def refresh_button(self) -> QToolButton:
        return self._refresh

    def model_id(self) -> str:
        """The id to send: the chosen item's id, or the text exactly as typed (trimmed)."""
        text = self._combo.currentText().strip()
        if not text:
            return ""
        index = self._combo.findText(
            text, Qt.MatchFlag.MatchFixedString | Qt.MatchFlag.MatchCaseSensitive
        )
        if index >= 0:
            return self._ids[index]
        return text

    def set_model_id(self, model_id: str) -> None:
        """Show `model_id`: by its list name when the list has it, else as it is."""
        self._combo.setEditText(self._text_for(model_id.strip()))
        self._show_info()

    def info(self, model_id: str | None = None) -> ModelInfo | None:
        """What the list says about `model_id` (the chosen model by default)."""
        wanted = self.model_id() if model_id is None else model_id
        return next((model for model in self._models if model.id == wanted), None)

    def models(self) -> list[ModelInfo]:
        return list(self._models)

    def set_models(self, models: list[ModelInfo]) -> None:
        """Fill the list (models that cannot chat, such as embeddings, are left out); what is
        chosen or typed stays."""
        chosen = self.model_id()
        unique = chat_models(models)
        names = [model.display_name.strip() or model.id for model in unique]
        repeated = {name for name in names if names.count(name) > 1}
        items = sorted(
            (
                (f"{name} ({model.id})" if name in repeated else name, model)
                for name, model in zip(names, unique, strict=True)
            ),
            key=lambda item: item[0].casefold(),
        )
        self._models = unique
        self._ids = [model.id for _, model in items]
        blocked = self._combo.blockSignals(True)
        try:
            self._combo.clear()
            for text, model in items:
                self._combo.addItem(text)
                index = self._combo.count() - 1
                name = model.id
                if capabilities(model).preview:
                    name = self.tr("%1 · preview").replace("%1", model.id)
                tip = name if not model.description else f"{name}\n{model.description}"
                self._combo.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)
            self._combo.setEditText(self._text_for(chosen))
        finally:
            self._combo.blockSignals(blocked)
        self._show_info()

    def set_default_model(self, model_id: str) -> None:
        """The model the connection uses when none is chosen here (shown as a hint)."""
        self._default_model = model_id.strip() or DEFAULT_MODEL
        self._set_placeholder()
        self._show_info()

    def default_model(self) -> str:
        return self._default_model

    def set_loading(self, loading: bool) -> None:
        self._loading = loading
        self._refresh.setEnabled(not loading)
        self._show_info()

    def info_text(self) -> str:
        return self._info.text()

    def _text_for(self, model_id: str) -> str:
        if model_id in self._ids:
            return self._combo.itemText(self._ids.index(model_id))
        return model_id

    def _set_placeholder(self) -> None:
        line_edit = self._combo.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText(self.tr("The connection's model"))

    def _show_info(self) -> None:
        model_id = self.model_id()
        info = self.info(model_id)
        if self._loading:
            text = self.tr("Loading the list of models…")
        elif not model_id:
            text = self.tr("Uses the connection's model, %1.").replace("%1", self._default_model)
        elif info is not None:
            text = self._summary(info)
        elif self._models:
            text = self.tr("Not in this connection's list; sent as typed.")
        else:
            text = ""
        self._info.setText(text)
        self._info.setVisible(bool(text))

    def _summary(self, info: ModelInfo) -> str:
        """The chosen model in two lines: id, context size and stage; its description."""
        found = capabilities(info)
        stage = self.tr("preview") if found.preview else self.tr("stable")
        if found.input_token_limit:
            text = (
                self.tr("%1 · context %2 tokens · %3")
                .replace("%1", info.id)
                .replace("%2", whole_number(self.locale(), found.input_token_limit))
                .replace("%3", stage)
            )
        else:
            text = self.tr("%1 · %2").replace("%1", info.id).replace("%2", stage)
        line = description_line(found.description)
        return f"{text}\n{line}" if line else text

    def _on_combo_text_changed(self, _text: str) -> None:
        self._show_info()
        self.changed.emit()

    def _on_refresh_clicked(self) -> None:
        self.refresh_requested.emit()
