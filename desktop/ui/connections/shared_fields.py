"""The rows the ways of connecting share: name, server, key, project, region, API, model,
bucket and the advanced settings, in one form layout so their labels line up. Each way's form
shows the rows it needs; what is typed stays when the way changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.connection import DEFAULT_LOCATION, DEFAULT_MODEL, ApiKind
from desktop.core.profile import Profile
from desktop.ui import icons
from desktop.ui.connections.facts import LOCATIONS, SUGGESTED_MODELS, bucket_note


class SharedFields(QFrame):
    """The shared rows. Forms read and fill them; the dialog shows the rows a form asks for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formFrame")
        self.name_edited = False
        self.project_edited = False
        form = self._form = QFormLayout(self)
        form.setContentsMargins(0, 4, 0, 0)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.name_edit = self._line("nameEdit", self.tr("A name you will recognise in the list"))
        self._row(self.tr("Name"), self.name_edit)
        self.server_edit = self._line(
            "serverEdit", self.tr("for example http://localhost:11434/v1")
        )
        self._row(self.tr("Server address"), self.server_edit)

        self.key_edit = self._line("keyEdit", "")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setClearButtonEnabled(False)
        self.key_edit.setAccessibleName(self.tr("API key"))
        self.show_key_action = QAction(self.key_edit)
        self.show_key_action.setObjectName("showKeyAction")
        self.show_key_action.setCheckable(True)
        self.key_edit.addAction(self.show_key_action, QLineEdit.ActionPosition.TrailingPosition)
        self.key_label = self._row(self.tr("API key"), self.key_edit)
        self.key_note = QLabel(self)
        self.key_note.setObjectName("keyNote")
        self.key_note.setWordWrap(True)
        form.addRow("", self.key_note)

        self.project_edit = self._line("projectEdit", self.tr("your Google Cloud project ID"))
        self._row(self.tr("Project ID"), self.project_edit)
        self.location_combo = self._combo("locationCombo", LOCATIONS)
        self.location_combo.setEditable(True)
        contains_completer(self.location_combo)
        self._row(self.tr("Region"), self.location_combo)
        self.api_combo = self._combo("apiCombo", ())
        self.api_combo.addItem(self.tr("Vertex AI (native)"), ApiKind.VERTEX)
        self.api_combo.addItem(self.tr("Vertex AI (OpenAI-compatible)"), ApiKind.OPENAI)
        self._row(self.tr("API"), self.api_combo)
        self.model_combo = self._combo("modelCombo", SUGGESTED_MODELS)
        self.model_combo.setEditable(True)
        self.model_combo.setEditText(DEFAULT_MODEL)
        contains_completer(self.model_combo)
        self._row(self.tr("Model"), self.model_combo)

        # Vertex AI with Google credentials only: an API key cannot write to a bucket.
        self.bucket_edit = self._line("bucketEdit", self.tr("optional, for example my-bucket"))
        self.bucket_edit.setAccessibleName(self.tr("Cloud Storage bucket (for large files)"))
        bucket_label = self._row(
            self.tr("Cloud Storage bucket\n(for large files)"), self.bucket_edit
        )
        bucket_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # What is wrong with the name (while there is something), then what the bucket is for:
        # one row, so the form's row spacing does not push the two lines apart.
        self.bucket_notes = QWidget(self)
        self.bucket_notes.setObjectName("bucketNotes")
        self._bucket_note = QLabel(self.bucket_notes)
        self._bucket_note.setObjectName("bucketNote")
        self._bucket_note.setWordWrap(True)
        self._bucket_note.hide()
        bucket_help = QLabel(
            self.tr(
                "Videos and files over 15 MB are uploaded here first. Leave empty to send "
                "only smaller files."
            ),
            self.bucket_notes,
        )
        bucket_help.setObjectName("bucketHelp")
        bucket_help.setWordWrap(True)
        notes_layout = QVBoxLayout(self.bucket_notes)
        notes_layout.setContentsMargins(2, 0, 0, 0)
        notes_layout.setSpacing(4)
        notes_layout.addWidget(self._bucket_note, 0, Qt.AlignmentFlag.AlignTop)
        notes_layout.addWidget(bucket_help, 0, Qt.AlignmentFlag.AlignTop)
        notes_layout.addStretch(1)
        form.addRow("", self.bucket_notes)

        self.advanced_toggle = QToolButton(self)
        self.advanced_toggle.setObjectName("advancedToggle")
        self.advanced_toggle.setText(self.tr("Advanced settings"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.setCursor(Qt.CursorShape.PointingHandCursor)
        form.addRow("", self.advanced_toggle)
        self.endpoint_edit = self._line(
            "endpointEdit", self.tr("leave empty to use Google's address")
        )
        self._row(self.tr("Custom endpoint"), self.endpoint_edit)
        self.proxy_edit = self._line(
            "proxyEdit", self.tr("for example http://proxy.example.com:8080")
        )
        self._row(self.tr("Proxy"), self.proxy_edit)
        self.advanced_fields: tuple[QWidget, ...] = (self.endpoint_edit, self.proxy_edit)

        self.name_edit.textEdited.connect(self._on_name_edited)
        self.project_edit.textEdited.connect(self._on_project_edited)
        self.show_key_action.toggled.connect(self._on_show_key_toggled)
        self.bucket_edit.textChanged.connect(self._on_bucket_text_changed)
        self.advanced_toggle.toggled.connect(self._on_advanced_toggled)
        self._on_show_key_toggled(False)

    # -- what the forms and the dialog use --------------------------------------------------------

    def reset(self) -> None:
        """Empty rows for a new connection."""
        self.name_edit.clear()
        self.name_edited = False
        self.key_edit.clear()
        self.show_key_action.setChecked(False)
        self.server_edit.clear()
        self.project_edit.clear()
        self.project_edited = False
        self.location_combo.setEditText(DEFAULT_LOCATION)
        self.api_combo.setCurrentIndex(0)
        self.set_models(SUGGESTED_MODELS, DEFAULT_MODEL)
        self.endpoint_edit.clear()
        self.proxy_edit.clear()
        self.bucket_edit.clear()
        self.advanced_toggle.setChecked(False)

    def load(self, profile: Profile, *, endpoint: str | None) -> None:
        """Fill the rows with a saved profile (`endpoint`: its custom Google address)."""
        self.name_edit.setText(profile.name)
        self.name_edited = True
        self.endpoint_edit.setText(endpoint or "")
        self.proxy_edit.setText(profile.proxy or "")
        self.project_edit.setText(profile.project or "")
        self.project_edited = bool(profile.project)
        self.location_combo.setEditText(profile.location or DEFAULT_LOCATION)
        self.api_combo.setCurrentIndex(max(self.api_combo.findData(profile.api), 0))
        self.model_combo.setEditText(profile.model or DEFAULT_MODEL)
        self.bucket_edit.setText(profile.bucket or "")
        if endpoint or profile.proxy:
            self.advanced_toggle.setChecked(True)

    def show_rows(
        self, *, server: bool, key: bool, project: bool, endpoint: bool, bucket: bool
    ) -> None:
        advanced = self.advanced_toggle.isChecked()
        self._form.setRowVisible(self.server_edit, server)
        self._form.setRowVisible(self.key_edit, key)
        for field in (self.project_edit, self.location_combo, self.api_combo):
            self._form.setRowVisible(field, project)
        self._form.setRowVisible(self.endpoint_edit, advanced and endpoint)
        self._form.setRowVisible(self.proxy_edit, advanced)
        self._form.setRowVisible(self.bucket_edit, bucket)
        self._form.setRowVisible(self.bucket_notes, bucket)

    def set_key_note(self, note: str | None) -> None:
        self.key_note.setText(note or "")
        self._form.setRowVisible(self.key_note, bool(note))

    def set_models(self, ids: tuple[str, ...] | list[str], current: str) -> None:
        self.model_combo.clear()
        self.model_combo.addItems(list(ids))
        contains_completer(self.model_combo)
        self.model_combo.setEditText(current)

    def offer_project(self, project: str | None) -> None:
        """A project found in a key file or a sign-in, unless the person typed their own."""
        if project and not self.project_edited:
            self.project_edit.setText(project)

    def chosen_api(self) -> ApiKind:
        # Qt hands item data back as a plain str, which `is ApiKind.…` would never match.
        return ApiKind(self.api_combo.currentData() or ApiKind.VERTEX)

    def project(self) -> str:
        return self.project_edit.text().strip()

    def model(self) -> str:
        return self.model_combo.currentText().strip()

    # -- slots ------------------------------------------------------------------------------------

    def _on_name_edited(self, text: str) -> None:
        self.name_edited = bool(text.strip())

    def _on_project_edited(self, text: str) -> None:
        self.project_edited = bool(text.strip())

    def _on_show_key_toggled(self, shown: bool) -> None:
        self.key_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )
        color = self.palette().color(QPalette.ColorRole.PlaceholderText)
        self.show_key_action.setIcon(icons.icon("eye_off" if shown else "eye", color, 18))
        self.show_key_action.setToolTip(
            self.tr("Hide the key") if shown else self.tr("Show the key")
        )
        self.show_key_action.setText(self.show_key_action.toolTip())

    def _on_bucket_text_changed(self, text: str) -> None:
        note = bucket_note(text)
        self._bucket_note.setText(note or "")
        self._bucket_note.setVisible(bool(note))

    def _on_advanced_toggled(self, shown: bool) -> None:
        self.advanced_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    # -- building ---------------------------------------------------------------------------------

    def _row(self, label: str, field: QWidget) -> QLabel:
        # A label as tall as the field, so the text lines up with the text in the field.
        label_widget = QLabel(label, self)
        label_widget.setObjectName("formLabel")
        label_widget.setBuddy(field)
        self._form.addRow(label_widget, field)
        return label_widget

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _combo(self, name: str, items: tuple[str, ...]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItems(list(items))
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setMaxVisibleItems(14)
        return combo


def contains_completer(combo: QComboBox) -> None:
    """Typing any part of a name finds it ("flash" finds gemini-2.5-flash)."""
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
