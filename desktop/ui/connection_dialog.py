"""The connection dialog: choose how to connect, fill in what that way needs, test, save.

Widgets only. It asks for work through `…_requested` signals and shows what the
ConnectionController tells it; it never starts a task and never touches the network or the
keyring itself.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QGuiApplication,
    QIcon,
    QPalette,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.core.connection import DEFAULT_LOCATION, DEFAULT_MODEL, ApiKind
from desktop.core.errors import (
    ActionKind,
    ApiKeyInvalidError,
    GeminiError,
    KeyringUnavailableError,
    ServiceDisabledError,
    UploadError,
)
from desktop.core.model_info import ModelInfo
from desktop.core.profile import Profile, SignInKind
from desktop.services.adc import AdcInfo, AdcSource
from desktop.services.uploads import bucket_name
from desktop.ui import icons
from desktop.ui.connection_facts import (
    LOCATIONS,
    SUGGESTED_MODELS,
    Way,
    adc_kind_text,
    adc_problem_text,
    bucket_note,
    key_file_problem_text,
    key_kind_note,
    suggested_kind,
    way,
    ways,
)
from desktop.ui.connection_widgets import (
    DropZone,
    ResultPanel,
    WayCard,
    link_html,
    local_json_files,
)
from desktop.ui.theme import (
    accent_color,
    is_dark,
    problem_color,
    rgba,
    success_color,
    warning_color,
)

if TYPE_CHECKING:
    from desktop.services.google_sign_in import OAuthClientConfig
    from desktop.services.key_files import CredentialsFile, ServiceAccountKey

DEFAULT_SIZE = (980, 680)
_KEY_KINDS = (SignInKind.GEMINI_API_KEY, SignInKind.VERTEX_EXPRESS_KEY, SignInKind.OPENAI_SERVER)
_URL_SCHEMES = ("http", "https")
_PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")
_BUCKET_ERRORS = ("BUCKET_MISSING", "NO_PERMISSION")  # fixed in the bucket field


class ConnectionDialog(QDialog):
    """Add, edit, test and delete the ways Gemini Desktop connects to Gemini.

    Open it with open(), never exec(): it is window-modal and returns at once.
    """

    test_requested = Signal(object, object)
    """(Profile, secret or None): sign in with these settings and list the models.
    A None secret means "the one saved for this profile"."""
    save_requested = Signal(object, object)
    """(Profile, secret or None): save and use this profile; None keeps the saved secret."""
    delete_requested = Signal(str)
    """A saved profile's id: delete it and its secret."""
    sign_in_requested = Signal(object)
    """An OAuthClientConfig: run "Sign in with Google" with it."""
    sign_in_stop_requested = Signal()
    key_file_chosen = Signal(str)
    """A picked or dropped file to read: a service-account key or an OAuth client file."""
    adc_detection_requested = Signal()
    """Look for the gcloud sign-in (Application Default Credentials) on this computer."""
    session_only_requested = Signal()
    """No usable keyring: keep profiles for this session only, then save again."""
    original_delete_requested = Signal(str)
    """Delete the original key file at this path (its copy is in the keyring now)."""

    def __init__(self, parent: QWidget | None = None, *, first_run: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("connectionDialog")
        self.setWindowTitle(self.tr("Connect to Gemini"))
        self.setWindowIcon(QIcon(str(paths.app_icon_path())))
        self.setAcceptDrops(True)
        self.resize(*DEFAULT_SIZE)
        self.setMinimumSize(820, 540)
        self.setSizeGripEnabled(True)

        self._first_run = first_run
        self._saved: list[Profile] = []
        self._editing: Profile | None = None
        self._new_id = uuid.uuid4().hex
        self._name_edited = False
        self._project_edited = False
        self._busy = False
        self._key_file_secret: str | None = None
        self._key_file_account: str | None = None
        self._key_file_path: Path | None = None
        self._client_config: OAuthClientConfig | None = None
        self._sign_in_secret: str | None = None
        self._sign_in_email: str | None = None
        self._signing_in = False
        self._adc: AdcInfo | None = None
        self._adc_checked = False
        self._result_action: Callable[[], None] | None = None
        self._file_dialog: QFileDialog | None = None
        self._saved_profile: Profile | None = None

        self._pages = QStackedWidget(self)
        self._form_page = self._build_form_page()
        self._done_page = self._build_done_page()
        self._pages.addWidget(self._form_page)
        self._pages.addWidget(self._done_page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._pages)

        self.setStyleSheet(_style_sheet(self.palette()))
        self._cards[SignInKind.GEMINI_API_KEY].radio.setChecked(True)
        self._apply_kind()

    # -- building ---------------------------------------------------------------------------------

    def _build_form_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("formPage")

        header = QFrame(page)
        header.setObjectName("dialogHeader")
        self._title = QLabel(header)
        self._title.setObjectName("dialogTitle")
        title_font = QFont(self._title.font())
        title_font.setPointSizeF(max(title_font.pointSizeF(), 9.0) * 1.6)
        title_font.setWeight(QFont.Weight.DemiBold)
        self._title.setFont(title_font)
        self._subtitle = QLabel(header)
        self._subtitle.setObjectName("dialogSubtitle")
        self._subtitle.setWordWrap(True)
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(28, 22, 28, 14)
        header_layout.setSpacing(4)
        header_layout.addWidget(self._title)
        header_layout.addWidget(self._subtitle)
        if self._first_run:
            self._title.setText(self.tr("Welcome to Gemini Desktop"))
            self._subtitle.setText(
                self.tr(
                    "First, choose how Gemini Desktop should connect to Google's Gemini models. "
                    "You can change this, or add other ways, later in Connection settings."
                )
            )
        else:
            self._title.setText(self.tr("Connection settings"))
            self._subtitle.setText(
                self.tr("Change a saved connection, or add another way to connect.")
            )

        # Saved connections (hidden while there are none).
        self._profile_bar = QFrame(page)
        self._profile_bar.setObjectName("profileBar")
        bar_label = QLabel(self.tr("Saved connection:"), self._profile_bar)
        self._profile_combo = QComboBox(self._profile_bar)
        self._profile_combo.setObjectName("savedProfiles")
        self._profile_combo.setMinimumWidth(260)
        self._profile_combo.setPlaceholderText(self.tr("New connection"))
        bar_label.setBuddy(self._profile_combo)
        self._new_button = QPushButton(self.tr("New connection"), self._profile_bar)
        self._new_button.setObjectName("newProfileButton")
        self._new_button.setAutoDefault(False)
        self._delete_button = QPushButton(self.tr("Delete…"), self._profile_bar)
        self._delete_button.setObjectName("deleteProfileButton")
        self._delete_button.setAutoDefault(False)
        bar_layout = QHBoxLayout(self._profile_bar)
        bar_layout.setContentsMargins(28, 0, 28, 10)
        bar_layout.setSpacing(8)
        bar_layout.addWidget(bar_label)
        bar_layout.addWidget(self._profile_combo)
        bar_layout.addWidget(self._new_button)
        bar_layout.addStretch(1)
        bar_layout.addWidget(self._delete_button)
        self._profile_bar.hide()

        # Left: the ways to connect.
        ways_widget = QWidget(page)
        ways_widget.setObjectName("waysPane")
        ways_layout = QVBoxLayout(ways_widget)
        ways_layout.setContentsMargins(0, 0, 8, 0)
        ways_layout.setSpacing(7)
        ways_caption = QLabel(self.tr("HOW TO CONNECT"), ways_widget)
        ways_caption.setObjectName("sectionCaption")
        ways_layout.addWidget(ways_caption)
        self._way_group = QButtonGroup(self)
        self._way_group.setExclusive(True)
        self._cards: dict[SignInKind, WayCard] = {}
        for item in ways():
            card = WayCard(item, ways_widget)
            self._cards[item.kind] = card
            self._way_group.addButton(card.radio)
            ways_layout.addWidget(card)
            card.radio.toggled.connect(self._on_way_toggled)
        ways_layout.addStretch(1)
        ways_scroll = _scroll_area(ways_widget, page)
        ways_scroll.setObjectName("waysScroll")
        ways_scroll.setFixedWidth(392)

        # Right: what the chosen way needs.
        self._details = QWidget(page)
        self._details.setObjectName("detailsPane")
        details = QVBoxLayout(self._details)
        details.setContentsMargins(8, 0, 4, 8)
        details.setSpacing(12)

        self._kind_title = QLabel(self._details)
        self._kind_title.setObjectName("kindTitle")
        kind_font = QFont(self._kind_title.font())
        kind_font.setPointSizeF(max(kind_font.pointSizeF(), 9.0) * 1.25)
        kind_font.setWeight(QFont.Weight.DemiBold)
        self._kind_title.setFont(kind_font)
        self._kind_help = QLabel(self._details)
        self._kind_help.setObjectName("kindHelp")
        self._kind_help.setWordWrap(True)
        self._kind_help.setOpenExternalLinks(True)
        details.addWidget(self._kind_title)
        details.addWidget(self._kind_help)

        self._adc_box = self._build_adc_box(self._details)
        details.addWidget(self._adc_box)

        self._key_zone = DropZone(
            self.tr("Drop the key file (.json) here"), self.tr("Choose file…"), self._details
        )
        self._key_zone.setObjectName("keyFileZone")
        details.addWidget(self._key_zone)

        self._sign_in_box = self._build_sign_in_box(self._details)
        details.addWidget(self._sign_in_box)

        form_frame = QFrame(self._details)
        form_frame.setObjectName("formFrame")
        self._form = QFormLayout(form_frame)
        self._form.setContentsMargins(0, 4, 0, 0)
        self._form.setHorizontalSpacing(14)
        self._form.setVerticalSpacing(10)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def row(label: str, field: QWidget) -> QLabel:
            # A label as tall as the field, so the text lines up with the text in the field.
            label_widget = QLabel(label, form_frame)
            label_widget.setObjectName("formLabel")
            label_widget.setBuddy(field)
            self._form.addRow(label_widget, field)
            return label_widget

        self._name_edit = QLineEdit(form_frame)
        self._name_edit.setObjectName("nameEdit")
        self._name_edit.setPlaceholderText(self.tr("A name you will recognise in the list"))
        row(self.tr("Name"), self._name_edit)

        self._server_edit = QLineEdit(form_frame)
        self._server_edit.setObjectName("serverEdit")
        self._server_edit.setPlaceholderText(self.tr("for example http://localhost:11434/v1"))
        row(self.tr("Server address"), self._server_edit)

        self._key_edit = QLineEdit(form_frame)
        self._key_edit.setObjectName("keyEdit")
        self._key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._key_edit.setClearButtonEnabled(False)
        self._key_edit.setAccessibleName(self.tr("API key"))
        self._show_key_action = QAction(self._key_edit)
        self._show_key_action.setObjectName("showKeyAction")
        self._show_key_action.setCheckable(True)
        self._key_edit.addAction(self._show_key_action, QLineEdit.ActionPosition.TrailingPosition)
        self._key_label = row(self.tr("API key"), self._key_edit)
        self._key_note = QLabel(form_frame)
        self._key_note.setObjectName("keyNote")
        self._key_note.setWordWrap(True)
        self._form.addRow("", self._key_note)

        self._project_edit = QLineEdit(form_frame)
        self._project_edit.setObjectName("projectEdit")
        self._project_edit.setPlaceholderText(self.tr("your Google Cloud project ID"))
        row(self.tr("Project ID"), self._project_edit)

        self._location_combo = QComboBox(form_frame)
        self._location_combo.setObjectName("locationCombo")
        self._location_combo.setEditable(True)
        self._location_combo.addItems(LOCATIONS)
        self._location_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._location_combo.setMaxVisibleItems(14)
        _contains_completer(self._location_combo)
        row(self.tr("Region"), self._location_combo)

        self._api_combo = QComboBox(form_frame)
        self._api_combo.setObjectName("apiCombo")
        self._api_combo.addItem(self.tr("Vertex AI (native)"), ApiKind.VERTEX)
        self._api_combo.addItem(self.tr("Vertex AI (OpenAI-compatible)"), ApiKind.OPENAI)
        row(self.tr("API"), self._api_combo)

        self._model_combo = QComboBox(form_frame)
        self._model_combo.setObjectName("modelCombo")
        self._model_combo.setEditable(True)
        self._model_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._model_combo.setMaxVisibleItems(14)
        self._model_combo.addItems(SUGGESTED_MODELS)
        self._model_combo.setEditText(DEFAULT_MODEL)
        _contains_completer(self._model_combo)
        row(self.tr("Model"), self._model_combo)

        # Vertex AI with Google credentials only: an API key cannot write to a bucket.
        self._bucket_edit = QLineEdit(form_frame)
        self._bucket_edit.setObjectName("bucketEdit")
        self._bucket_edit.setPlaceholderText(self.tr("optional, for example my-bucket"))
        self._bucket_edit.setAccessibleName(self.tr("Cloud Storage bucket (for large files)"))
        bucket_label = row(self.tr("Cloud Storage bucket\n(for large files)"), self._bucket_edit)
        bucket_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # What is wrong with the name (while there is something), then what the bucket is for:
        # one row, so the form's row spacing does not push the two lines apart.
        self._bucket_notes = QWidget(form_frame)
        self._bucket_notes.setObjectName("bucketNotes")
        self._bucket_note = QLabel(self._bucket_notes)
        self._bucket_note.setObjectName("bucketNote")
        self._bucket_note.setWordWrap(True)
        self._bucket_note.hide()
        self._bucket_help = QLabel(
            self.tr(
                "Videos and files over 15 MB are uploaded here first. Leave empty to send "
                "only smaller files."
            ),
            self._bucket_notes,
        )
        self._bucket_help.setObjectName("bucketHelp")
        self._bucket_help.setWordWrap(True)
        notes_layout = QVBoxLayout(self._bucket_notes)
        notes_layout.setContentsMargins(2, 0, 0, 0)
        notes_layout.setSpacing(4)
        notes_layout.addWidget(self._bucket_note, 0, Qt.AlignmentFlag.AlignTop)
        notes_layout.addWidget(self._bucket_help, 0, Qt.AlignmentFlag.AlignTop)
        notes_layout.addStretch(1)
        self._form.addRow("", self._bucket_notes)

        self._advanced_toggle = QToolButton(form_frame)
        self._advanced_toggle.setObjectName("advancedToggle")
        self._advanced_toggle.setText(self.tr("Advanced settings"))
        self._advanced_toggle.setCheckable(True)
        self._advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self._advanced_toggle.setCursor(Qt.CursorShape.PointingHandCursor)
        self._form.addRow("", self._advanced_toggle)

        self._endpoint_edit = QLineEdit(form_frame)
        self._endpoint_edit.setObjectName("endpointEdit")
        self._endpoint_edit.setPlaceholderText(self.tr("leave empty to use Google's address"))
        row(self.tr("Custom endpoint"), self._endpoint_edit)
        self._proxy_edit = QLineEdit(form_frame)
        self._proxy_edit.setObjectName("proxyEdit")
        self._proxy_edit.setPlaceholderText(self.tr("for example http://proxy.example.com:8080"))
        row(self.tr("Proxy"), self._proxy_edit)
        self._advanced_fields = (self._endpoint_edit, self._proxy_edit)
        details.addWidget(form_frame)

        self._result = ResultPanel(self._details)
        details.addWidget(self._result)
        details.addStretch(1)

        self._details_scroll = _scroll_area(self._details, page)
        self._details_scroll.setObjectName("detailsScroll")

        body = QHBoxLayout()
        body.setContentsMargins(20, 6, 20, 0)
        body.setSpacing(14)
        body.addWidget(ways_scroll)
        body.addWidget(self._details_scroll, 1)

        footer = QFrame(page)
        footer.setObjectName("dialogFooter")
        self._test_button = QPushButton(self.tr("Test connection"), footer)
        self._test_button.setObjectName("testButton")
        self._test_button.setAutoDefault(False)
        self._test_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self._cancel_button = QPushButton(self.tr("Cancel"), footer)
        self._cancel_button.setObjectName("cancelButton")
        self._cancel_button.setAutoDefault(False)
        self._save_button = QPushButton(self.tr("Save"), footer)
        self._save_button.setObjectName("saveButton")
        self._save_button.setDefault(True)
        self._save_button.setCursor(Qt.CursorShape.PointingHandCursor)
        footer_layout = QHBoxLayout(footer)
        footer_layout.setContentsMargins(28, 12, 28, 18)
        footer_layout.setSpacing(10)
        footer_layout.addWidget(self._test_button)
        footer_layout.addStretch(1)
        footer_layout.addWidget(self._cancel_button)
        footer_layout.addWidget(self._save_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self._profile_bar)
        layout.addLayout(body, 1)
        layout.addWidget(footer)

        self._profile_combo.activated.connect(self._on_profile_combo_activated)
        self._new_button.clicked.connect(self._on_new_button_clicked)
        self._delete_button.clicked.connect(self._on_delete_button_clicked)
        self._name_edit.textEdited.connect(self._on_name_edited)
        self._key_edit.textChanged.connect(self._on_key_text_changed)
        self._show_key_action.toggled.connect(self._on_show_key_toggled)
        self._project_edit.textEdited.connect(self._on_project_edited)
        self._project_edit.textChanged.connect(self._on_project_text_changed)
        self._server_edit.textChanged.connect(self._on_server_text_changed)
        self._bucket_edit.textChanged.connect(self._on_bucket_text_changed)
        self._api_combo.currentIndexChanged.connect(self._on_api_combo_index_changed)
        self._advanced_toggle.toggled.connect(self._on_advanced_toggled)
        self._key_zone.file_dropped.connect(self._on_zone_file_dropped)
        self._key_zone.choose_clicked.connect(self._on_choose_file_clicked)
        self._result.action_clicked.connect(self._on_result_action_clicked)
        self._test_button.clicked.connect(self._on_test_button_clicked)
        self._cancel_button.clicked.connect(self.reject)
        self._save_button.clicked.connect(self._on_save_button_clicked)
        self._on_show_key_toggled(False)
        return page

    def _build_adc_box(self, parent: QWidget) -> QFrame:
        box = QFrame(parent)
        box.setObjectName("adcBox")
        self._adc_icon = QLabel(box)
        self._adc_icon.setFixedSize(26, 26)
        self._adc_title = QLabel(box)
        self._adc_title.setObjectName("adcTitle")
        self._adc_title.setWordWrap(True)
        adc_title_font = QFont(self._adc_title.font())
        adc_title_font.setWeight(QFont.Weight.DemiBold)
        self._adc_title.setFont(adc_title_font)
        self._adc_body = QLabel(box)
        self._adc_body.setObjectName("adcBody")
        self._adc_body.setWordWrap(True)
        self._adc_body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._adc_warning = QLabel(box)
        self._adc_warning.setObjectName("adcWarning")
        self._adc_warning.setWordWrap(True)
        self._adc_warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._adc_command = QLabel(box)
        self._adc_command.setObjectName("adcCommand")
        self._adc_command.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._adc_command.setWordWrap(True)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self._adc_command.setFont(mono)
        self._adc_copy = QPushButton(self.tr("Copy"), box)
        self._adc_copy.setObjectName("adcCopyButton")
        self._adc_copy.setAutoDefault(False)
        self._adc_recheck = QPushButton(self.tr("Check again"), box)
        self._adc_recheck.setObjectName("adcRecheckButton")
        self._adc_recheck.setAutoDefault(False)
        title_row = QHBoxLayout()
        title_row.setSpacing(8)
        title_row.addWidget(self._adc_title, 1)
        title_row.addWidget(self._adc_recheck, 0, Qt.AlignmentFlag.AlignTop)
        command_row = QHBoxLayout()
        command_row.setSpacing(6)
        command_row.addWidget(self._adc_command, 1)
        command_row.addWidget(self._adc_copy, 0, Qt.AlignmentFlag.AlignVCenter)
        text = QVBoxLayout()
        text.setSpacing(6)
        text.addLayout(title_row)
        text.addWidget(self._adc_body)
        text.addWidget(self._adc_warning)
        text.addLayout(command_row)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(12)
        layout.addWidget(self._adc_icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        self._adc_copy.clicked.connect(self._on_adc_copy_clicked)
        self._adc_recheck.clicked.connect(self._on_adc_recheck_clicked)
        return box

    def _build_sign_in_box(self, parent: QWidget) -> QFrame:
        box = QFrame(parent)
        box.setObjectName("signInBox")
        self._client_zone = DropZone(
            self.tr("Drop the OAuth client file (client_secret_….json) here"),
            self.tr("Choose file…"),
            box,
        )
        self._client_zone.setObjectName("clientFileZone")
        self._sign_in_button = QPushButton(self.tr("Sign in with Google"), box)
        self._sign_in_button.setObjectName("signInButton")
        self._sign_in_button.setAutoDefault(False)
        self._sign_in_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self._sign_in_button.setIcon(icons.icon("account", "white", 18))
        self._sign_in_status = QLabel(box)
        self._sign_in_status.setObjectName("signInStatus")
        self._sign_in_status.setWordWrap(True)
        self._link_caption = QLabel(box)
        self._link_caption.setObjectName("signInLinkCaption")
        self._link_caption.setWordWrap(True)
        self._link_edit = QLineEdit(box)
        self._link_edit.setObjectName("signInLink")
        self._link_edit.setReadOnly(True)
        self._link_copy = QPushButton(self.tr("Copy link"), box)
        self._link_copy.setObjectName("copyLinkButton")
        self._link_copy.setAutoDefault(False)
        link_row = QHBoxLayout()
        link_row.setSpacing(6)
        link_row.addWidget(self._link_edit, 1)
        link_row.addWidget(self._link_copy)
        self._link_widgets = (self._link_caption, self._link_edit, self._link_copy)
        button_row = QHBoxLayout()
        button_row.setSpacing(12)
        button_row.addWidget(self._sign_in_button)
        button_row.addWidget(self._sign_in_status, 1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self._client_zone)
        layout.addLayout(button_row)
        layout.addWidget(self._link_caption)
        layout.addLayout(link_row)
        for widget in self._link_widgets:
            widget.hide()
        self._client_zone.file_dropped.connect(self._on_zone_file_dropped)
        self._client_zone.choose_clicked.connect(self._on_choose_file_clicked)
        self._sign_in_button.clicked.connect(self._on_sign_in_button_clicked)
        self._link_copy.clicked.connect(self._on_link_copy_clicked)
        return box

    def _build_done_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("donePage")
        badge = QLabel(page)
        badge.setObjectName("doneBadge")
        badge.setFixedSize(64, 64)
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge.setPixmap(icons.pixmap("check", "white", 40))
        self._done_title = QLabel(page)
        self._done_title.setObjectName("doneTitle")
        self._done_title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._done_title.setWordWrap(True)
        done_font = QFont(self._done_title.font())
        done_font.setPointSizeF(max(done_font.pointSizeF(), 9.0) * 1.5)
        done_font.setWeight(QFont.Weight.DemiBold)
        self._done_title.setFont(done_font)
        self._done_body = QLabel(page)
        self._done_body.setObjectName("doneBody")
        self._done_body.setWordWrap(True)
        self._done_body.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._done_body.setFixedWidth(560)

        offer = QFrame(page)
        offer.setObjectName("originalFileBox")
        offer.setFixedWidth(600)
        self._original_text = QLabel(offer)
        self._original_text.setObjectName("originalFileText")
        self._original_text.setWordWrap(True)
        self._original_path = QLineEdit(offer)
        self._original_path.setObjectName("originalFilePath")
        self._original_path.setReadOnly(True)
        self._delete_original_button = QPushButton(self.tr("Delete the original file"), offer)
        self._delete_original_button.setObjectName("deleteOriginalButton")
        self._delete_original_button.setAutoDefault(False)
        self._original_status = QLabel(offer)
        self._original_status.setObjectName("originalFileStatus")
        self._original_status.setWordWrap(True)
        offer_row = QHBoxLayout()
        offer_row.setSpacing(8)
        offer_row.addWidget(self._original_path, 1)
        offer_row.addWidget(self._delete_original_button)
        offer_layout = QVBoxLayout(offer)
        offer_layout.setContentsMargins(16, 14, 16, 14)
        offer_layout.setSpacing(8)
        offer_layout.addWidget(self._original_text)
        offer_layout.addLayout(offer_row)
        offer_layout.addWidget(self._original_status)

        self._done_button = QPushButton(self.tr("Done"), page)
        self._done_button.setObjectName("doneButton")
        self._done_button.setCursor(Qt.CursorShape.PointingHandCursor)

        def centered(widget: QWidget) -> QHBoxLayout:
            # A row of its own with stretches: with an alignment flag the layout would ignore
            # the height that wrapped text needs and cut off its last line.
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(widget)
            row.addStretch(1)
            return row

        layout = QVBoxLayout(page)
        layout.setContentsMargins(40, 40, 40, 28)
        layout.setSpacing(0)
        layout.addStretch(2)
        layout.addLayout(centered(badge))
        layout.addSpacing(18)
        layout.addWidget(self._done_title)
        layout.addSpacing(8)
        layout.addLayout(centered(self._done_body))
        layout.addSpacing(24)
        layout.addLayout(centered(offer))
        layout.addStretch(3)
        done_row = QHBoxLayout()
        done_row.addStretch(1)
        done_row.addWidget(self._done_button)
        layout.addLayout(done_row)
        self._delete_original_button.clicked.connect(self._on_delete_original_clicked)
        self._done_button.clicked.connect(self.accept)
        return page

    # -- what the controller and the tests use ----------------------------------------------------

    @property
    def result_panel(self) -> ResultPanel:
        """Where a test's, a save's or a file's outcome is said (QDialog.result() is Qt's)."""
        return self._result

    def card(self, kind: SignInKind) -> WayCard:
        return self._cards[kind]

    def widget(self, name: str) -> QWidget:
        """A child by object name (tests and the controller use it to reach fields)."""
        found = self.findChild(QWidget, name)
        if found is None:
            raise KeyError(name)
        return found

    def current_kind(self) -> SignInKind:
        for kind, card in self._cards.items():
            if card.radio.isChecked():
                return kind
        return SignInKind.GEMINI_API_KEY

    def select_kind(self, kind: SignInKind) -> None:
        self._cards[kind].radio.setChecked(True)

    def editing(self) -> Profile | None:
        return self._editing

    def is_busy(self) -> bool:
        return self._busy

    def showing_done_page(self) -> bool:
        return self._pages.currentWidget() is self._done_page

    def set_profiles(self, profiles: list[Profile], current_id: str | None = None) -> None:
        """The saved profiles to offer for editing (the Environment one is never edited)."""
        self._saved = [p for p in profiles if not p.read_only]
        self._profile_combo.clear()
        for profile in self._saved:
            self._profile_combo.addItem(
                icons.icon(way(profile.sign_in).icon, accent_color(self.palette()), 16),
                profile.name,
                profile.id,
            )
        self._profile_bar.setVisible(bool(self._saved))
        chosen = next((p for p in self._saved if p.id == current_id), None)
        if chosen is not None:
            self.edit_profile(chosen)
        else:
            self.new_profile()

    def new_profile(self, kind: SignInKind | None = None) -> None:
        """An empty form for a new connection."""
        self._editing = None
        self._new_id = uuid.uuid4().hex
        self._profile_combo.setCurrentIndex(-1)
        self._delete_button.setEnabled(False)
        self._reset_fields()
        self.select_kind(kind or self.current_kind())
        self._apply_kind()

    def edit_profile(self, profile: Profile) -> None:
        """Fill the form with a saved profile; its secret stays in the keyring."""
        self._editing = profile
        index = self._profile_combo.findData(profile.id)
        self._profile_combo.setCurrentIndex(index)
        self._delete_button.setEnabled(True)
        self._reset_fields()
        self.select_kind(profile.sign_in)
        self._name_edit.setText(profile.name)
        self._name_edited = True
        if profile.sign_in is SignInKind.OPENAI_SERVER:
            self._server_edit.setText(profile.base_url or "")
        else:
            self._endpoint_edit.setText(profile.base_url or "")
        self._proxy_edit.setText(profile.proxy or "")
        self._project_edit.setText(profile.project or "")
        self._project_edited = bool(profile.project)
        self._location_combo.setEditText(profile.location or DEFAULT_LOCATION)
        api_index = self._api_combo.findData(profile.api)
        self._api_combo.setCurrentIndex(max(api_index, 0))
        self._model_combo.setEditText(profile.model or DEFAULT_MODEL)
        self._bucket_edit.setText(profile.bucket or "")
        custom_endpoint = profile.base_url and profile.sign_in is not SignInKind.OPENAI_SERVER
        if custom_endpoint or profile.proxy:
            self._advanced_toggle.setChecked(True)
        self._apply_kind()

    def current_profile(self) -> Profile:
        """The profile the form describes now."""
        kind = self.current_kind()
        if kind is SignInKind.GEMINI_API_KEY:
            api = ApiKind.GEMINI
        elif kind is SignInKind.VERTEX_EXPRESS_KEY:
            api = ApiKind.VERTEX
        elif kind is SignInKind.OPENAI_SERVER:
            api = ApiKind.OPENAI
        else:
            api = self._chosen_api()
        project = self._project_edit.text().strip() or None if kind.needs_project else None
        location = DEFAULT_LOCATION
        if kind.needs_project:
            location = self._location_combo.currentText().strip() or DEFAULT_LOCATION
        if kind is SignInKind.OPENAI_SERVER:
            base_url = self._server_edit.text().strip() or None
        else:
            base_url = self._endpoint_edit.text().strip() or None
        bucket = (bucket_name(self._bucket_edit.text()) or None) if self._takes_bucket() else None
        return Profile(
            id=self._editing.id if self._editing is not None else self._new_id,
            name=self._name_edit.text().strip() or self._default_name(),
            sign_in=kind,
            api=api,
            project=project,
            location=location,
            model=self._model_combo.currentText().strip() or DEFAULT_MODEL,
            base_url=base_url,
            proxy=self._proxy_edit.text().strip() or None,
            account=self._account(kind),
            bucket=bucket,
        )

    def current_secret(self) -> str | None:
        """The secret the form holds, or None: nothing new (keep the saved one, if any)."""
        kind = self.current_kind()
        if kind in _KEY_KINDS:
            return self._key_edit.text().strip() or None
        if kind is SignInKind.SERVICE_ACCOUNT:
            return self._key_file_secret
        if kind is SignInKind.GOOGLE_SIGN_IN:
            return self._sign_in_secret
        return None

    # Results from the controller.

    def show_testing(self) -> None:
        self._set_busy(True)
        self._result_action = None
        self._result.show_busy(
            self.tr("Testing the connection…"),
            self.tr("Gemini Desktop is signing in and asking which models you can use."),
        )
        self._scroll_to_result()

    def show_test_succeeded(self, models: list[ModelInfo]) -> None:
        self._set_busy(False)
        usable = [m for m in models if m.generates_content] or list(models)
        ids = list(dict.fromkeys(m.id for m in usable if m.id))
        if len(ids) == 1:
            title = self.tr("Connected: 1 model available.")
        else:
            title = self.tr("Connected: %1 models available.").replace("%1", str(len(ids)))
        body = self.tr(
            "This connection works. Pick a model from the list if you like, then press Save."
        )
        current = self._model_combo.currentText().strip()
        if ids:
            self._model_combo.clear()
            self._model_combo.addItems(ids)
            _contains_completer(self._model_combo)
            self._model_combo.setEditText(current or ids[0])
            if current and current not in ids:
                body = self.tr(
                    "This connection works, but the model “%1” is not among the ones it "
                    "offers. Pick one from the Model list, then press Save."
                ).replace("%1", current)
        bucket = bucket_name(self._bucket_edit.text()) if self._takes_bucket() else ""
        if bucket:
            body += " " + self.tr(
                "Videos and files over 15 MB will be uploaded to the bucket “%1”."
            ).replace("%1", bucket)
        self._result_action = None
        self._result.show_success(title, body)
        self._scroll_to_result()

    def show_test_failed(self, error: GeminiError) -> None:
        self._set_busy(False)
        self._show_error(error)

    def show_saving(self) -> None:
        self._set_busy(True)
        self._result_action = None
        self._result.show_busy(self.tr("Saving…"))

    def show_saved(self, profile: Profile, *, session_only: bool = False) -> None:
        """Saved: close; or, when a key file was read into the keyring, offer to delete the
        original (never when the profile lives for this session only: the file is then the
        only lasting copy)."""
        self._set_busy(False)
        self._saved_profile = profile
        original = self._key_file_path if self._key_file_secret is not None else None
        if profile.sign_in is not SignInKind.SERVICE_ACCOUNT or original is None or session_only:
            self.accept()
            return
        self._done_title.setText(self.tr("“%1” is saved and in use").replace("%1", profile.name))
        self._done_body.setText(
            self.tr(
                "Gemini Desktop keeps its own copy of the key in your password store, so the "
                "key file is no longer needed."
            )
        )
        self._original_text.setText(
            self.tr(
                "The original key file is still on this computer. Anyone who gets it can use "
                "your Google Cloud project, so you may want to delete it:"
            )
        )
        self._original_path.setText(str(original))
        self._original_status.hide()
        self._delete_original_button.setEnabled(True)
        self._pages.setCurrentWidget(self._done_page)
        self._done_button.setDefault(True)
        self._done_button.setFocus()

    def saved_profile(self) -> Profile | None:
        return self._saved_profile

    def show_save_failed(self, error: GeminiError) -> None:
        self._set_busy(False)
        if isinstance(error, KeyringUnavailableError):
            self._result_action = self.session_only_requested.emit
            self._result.show_problem(
                error.explanation, error.hint, self.tr("Use for this session only")
            )
            self._scroll_to_result()
            return
        self._show_error(error)

    def show_deleted(self, profile_id: str) -> None:
        self._set_busy(False)
        self._result.clear()

    def show_original_deleted(self, path: str) -> None:
        self._delete_original_button.setEnabled(False)
        self._original_status.setText(
            self.tr("Deleted. Only the copy in your password store is left.")
        )
        self._original_status.setProperty("state", "success")
        self._original_status.show()

    def show_original_delete_failed(self, message: str) -> None:
        self._original_status.setText(message)
        self._original_status.setProperty("state", "problem")
        self._original_status.show()

    def show_checking_adc(self) -> None:
        self._adc_icon.setPixmap(icons.pixmap("cloud", accent_color(self.palette()), 22))
        self._adc_title.setText(self.tr("Looking for a gcloud sign-in on this computer…"))
        for widget in (self._adc_body, self._adc_warning, self._adc_command, self._adc_copy):
            widget.hide()

    def set_adc(self, info: AdcInfo | None) -> None:
        """What the gcloud detection found (None: nothing)."""
        self._adc = info
        self._adc_checked = True
        palette = self.palette()
        self._adc_warning.hide()
        self._adc_command.hide()
        self._adc_copy.hide()
        self._adc_body.show()
        if info is None:
            self._adc_icon.setPixmap(icons.pixmap("error", warning_color(palette), 22))
            self._adc_title.setText(self.tr("No gcloud sign-in was found on this computer."))
            self._adc_body.setText(
                self.tr(
                    "Install Google's gcloud tool, run this command in a terminal and sign in "
                    "in the browser; then click Check again."
                )
            )
            self._show_command("gcloud auth application-default login")
            return
        if info.problem:
            self._adc_icon.setPixmap(icons.pixmap("error", problem_color(palette), 22))
            self._adc_title.setText(self.tr("The sign-in file cannot be used."))
            self._adc_body.setText(f"{info.path}\n{adc_problem_text(info.problem)}")
            self._show_command("gcloud auth application-default login")
            return
        self._adc_icon.setPixmap(icons.pixmap("check", success_color(palette), 22))
        kind = adc_kind_text(info)
        who = info.account or kind
        self._adc_title.setText(self.tr("Found a sign-in: %1").replace("%1", who))
        lines = [self.tr("Kind: %1").replace("%1", kind)]
        if info.source is AdcSource.GCLOUD:
            lines.append(self.tr("From gcloud: %1").replace("%1", str(info.path)))
        else:
            lines.append(
                self.tr("From GOOGLE_APPLICATION_CREDENTIALS: %1").replace("%1", str(info.path))
            )
        if info.project:
            lines.append(self.tr("Project: %1").replace("%1", info.project))
        self._adc_body.setText("\n".join(lines))
        if info.project and not self._project_edited and not self._project_edit.text().strip():
            self._project_edit.setText(info.project)
        self._refresh_adc_warning()
        self._refresh_default_name()

    def adc_text(self) -> str:
        parts = [self._adc_title.text(), self._adc_body.text()]
        if self._adc_warning.isVisibleTo(self):
            parts.append(self._adc_warning.text())
        if self._adc_command.isVisibleTo(self):
            parts.append(self._adc_command.text())
        return "\n".join(p for p in parts if p)

    def set_key_file(self, path: str, key: ServiceAccountKey) -> None:
        """A service-account key was read from `path`."""
        self.select_kind(SignInKind.SERVICE_ACCOUNT)
        self._key_file_secret = key.to_secret()
        self._key_file_account = key.client_email
        self._key_file_path = Path(path)
        detail = key.client_email
        if key.project_id:
            detail += "\n" + self.tr("Project: %1").replace("%1", key.project_id)
        self._key_zone.show_loaded(Path(path).name, detail, self.tr("Choose another…"))
        if key.project_id and not self._project_edited:
            self._project_edit.setText(key.project_id)
        self._result.clear()
        self._refresh_default_name()

    def set_client_file(self, path: str, config: OAuthClientConfig) -> None:
        """An OAuth desktop-client file was read from `path`."""
        self.select_kind(SignInKind.GOOGLE_SIGN_IN)
        self._client_config = config
        client = config.client_id.split(".apps.googleusercontent.com")[0]
        self._client_zone.show_loaded(
            Path(path).name,
            self.tr("OAuth client %1 is ready. Now sign in.").replace("%1", client),
            self.tr("Choose another…"),
        )
        self._result.clear()
        self._refresh_sign_in()

    def show_file_problem(self, found: CredentialsFile) -> None:
        """A picked or dropped file is neither a key nor a client file: say why."""
        assert found.problem is not None
        explanation, hint = key_file_problem_text(found.problem, found.path.name)
        self._result_action = self._on_choose_file_clicked
        self._result.show_problem(explanation, hint, self.tr("Choose another file"))
        self._scroll_to_result()

    def show_signing_in(self) -> None:
        self._signing_in = True
        self._result.clear()
        self._sign_in_status.setText(
            self.tr("Finish signing in in your browser. Gemini Desktop is waiting…")
        )
        self._refresh_sign_in()

    def show_sign_in_link(self, url: str, browser_opened: bool) -> None:
        """The link to open by hand: always offered, in words that fit what happened."""
        if not self._signing_in:
            return  # the sign-in ended before the browser call did
        if browser_opened:
            caption = self.tr(
                "A browser window should have opened. If you do not see it, copy this link "
                "into your browser:"
            )
        else:
            caption = self.tr(
                "The browser could not be opened. Copy this link into your browser to sign in:"
            )
        self._link_caption.setText(caption)
        self._link_edit.setText(url)
        self._link_edit.setCursorPosition(0)
        for widget in self._link_widgets:
            widget.show()

    def is_signing_in(self) -> bool:
        return self._signing_in

    def sign_in_link(self) -> str:
        return self._link_edit.text() if self._link_edit.isVisibleTo(self) else ""

    def show_signed_in(self, email: str | None, secret: str) -> None:
        self._signing_in = False
        self._sign_in_secret = secret
        self._sign_in_email = email
        for widget in self._link_widgets:
            widget.hide()
        self._refresh_sign_in()
        self._refresh_default_name()

    def show_sign_in_failed(self, error: GeminiError) -> None:
        self._signing_in = False
        for widget in self._link_widgets:
            widget.hide()
        self._refresh_sign_in()
        self._result_action = self._request_sign_in
        self._result.show_problem(error.explanation, error.hint, self.tr("Sign in again"))
        self._scroll_to_result()

    def show_sign_in_stopped(self) -> None:
        self._signing_in = False
        for widget in self._link_widgets:
            widget.hide()
        self._refresh_sign_in()

    def sign_in_status_text(self) -> str:
        return self._sign_in_status.text()

    def show_unexpected_error(self) -> None:
        self._set_busy(False)
        self._signing_in = False
        self._refresh_sign_in()
        self._result_action = None
        self._result.show_problem(
            self.tr("Something unexpected went wrong."),
            self.tr("The details are in the log file."),
        )

    # -- drag and drop anywhere on the dialog -----------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._pages.currentWidget() is self._form_page and local_json_files(
            event.mimeData().urls()
        ):
            event.acceptProposedAction()
            return
        event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_json_files(event.mimeData().urls())
        if not files or self._pages.currentWidget() is not self._form_page:
            event.ignore()
            return
        event.acceptProposedAction()
        self.key_file_chosen.emit(str(files[0]))

    # -- slots ------------------------------------------------------------------------------------

    def _on_way_toggled(self, checked: bool) -> None:
        if checked:
            self._apply_kind()

    def _on_profile_combo_activated(self, index: int) -> None:
        profile_id = self._profile_combo.itemData(index)
        chosen = next((p for p in self._saved if p.id == profile_id), None)
        if chosen is not None:
            self.edit_profile(chosen)

    def _on_new_button_clicked(self) -> None:
        self.new_profile(SignInKind.GEMINI_API_KEY)
        self._name_edit.setFocus()

    def _on_delete_button_clicked(self) -> None:
        profile = self._editing
        if profile is None:
            return
        self._result_action = self._request_delete
        self._result.show_note(
            self.tr("Delete “%1”?").replace("%1", profile.name),
            self.tr(
                "Its settings and its key are removed from this computer. This cannot be undone."
            ),
            self.tr("Delete connection"),
        )
        self._scroll_to_result()

    def _on_name_edited(self, text: str) -> None:
        self._name_edited = bool(text.strip())

    def _on_key_text_changed(self, text: str) -> None:
        if self._result.state in ("success", "problem"):
            self._result.clear()  # a result about another key would mislead
        self._refresh_key_note()

    def _on_show_key_toggled(self, shown: bool) -> None:
        self._key_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )
        color = self.palette().color(QPalette.ColorRole.PlaceholderText)
        self._show_key_action.setIcon(icons.icon("eye_off" if shown else "eye", color, 18))
        self._show_key_action.setToolTip(
            self.tr("Hide the key") if shown else self.tr("Show the key")
        )
        self._show_key_action.setText(self._show_key_action.toolTip())

    def _on_project_edited(self, text: str) -> None:
        self._project_edited = bool(text.strip())

    def _on_project_text_changed(self, text: str) -> None:
        self._refresh_adc_warning()
        self._refresh_default_name()

    def _on_server_text_changed(self, text: str) -> None:
        self._refresh_default_name()

    def _on_bucket_text_changed(self, text: str) -> None:
        if self._result.state in ("success", "problem"):
            self._result.clear()  # it spoke of another bucket, or of none
        self._refresh_bucket_note()

    def _on_api_combo_index_changed(self, index: int) -> None:
        self._apply_rows()

    def _on_advanced_toggled(self, shown: bool) -> None:
        self._apply_rows()
        self._advanced_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def _on_zone_file_dropped(self, path: str) -> None:
        self.key_file_chosen.emit(path)

    def _on_choose_file_clicked(self) -> None:
        if self._file_dialog is not None:
            self._file_dialog.raise_()
            return
        if self.current_kind() is SignInKind.GOOGLE_SIGN_IN:
            title = self.tr("Choose the OAuth client file")
        else:
            title = self.tr("Choose the service account's key file")
        dialog = QFileDialog(
            self, title, str(Path.home()), self.tr("Key files (*.json);;All files (*)")
        )
        dialog.setObjectName("keyFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self._on_file_dialog_file_selected)
        dialog.finished.connect(self._on_file_dialog_finished)
        self._file_dialog = dialog
        dialog.open()

    def _on_file_dialog_file_selected(self, path: str) -> None:
        if path:
            self.key_file_chosen.emit(path)

    def _on_file_dialog_finished(self, result: int) -> None:
        self._file_dialog = None

    def _on_sign_in_button_clicked(self) -> None:
        if self._signing_in:
            self.sign_in_stop_requested.emit()
            return
        self._request_sign_in()

    def _on_link_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._link_edit.text())
        self._link_copy.setText(self.tr("Copied"))

    def _on_adc_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._adc_command.text())
        self._adc_copy.setText(self.tr("Copied"))

    def _on_adc_recheck_clicked(self) -> None:
        self.show_checking_adc()
        self.adc_detection_requested.emit()

    def _on_result_action_clicked(self) -> None:
        action = self._result_action
        if action is not None:
            action()

    def _on_test_button_clicked(self) -> None:
        self._request_test()

    def _on_save_button_clicked(self) -> None:
        if self._busy or not self._check_complete(saving=True):
            return
        self.save_requested.emit(self.current_profile(), self.current_secret())

    def _on_delete_original_clicked(self) -> None:
        path = self._original_path.text()
        if path:
            self._delete_original_button.setEnabled(False)
            self.original_delete_requested.emit(path)

    # -- helpers ----------------------------------------------------------------------------------

    def _request_test(self) -> None:
        if self._busy or not self._check_complete():
            return
        self.test_requested.emit(self.current_profile(), self.current_secret())

    def _request_sign_in(self) -> None:
        if self._client_config is None:
            self._show_incomplete(
                self._client_zone.button, self.tr("Choose the OAuth client file first.")
            )
            return
        self.sign_in_requested.emit(self._client_config)

    def _request_delete(self) -> None:
        if self._editing is not None:
            self._set_busy(True)
            self._result.show_busy(self.tr("Deleting…"))
            self.delete_requested.emit(self._editing.id)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._test_button.setEnabled(not busy)
        self._save_button.setEnabled(not busy)
        self._delete_button.setEnabled(not busy and self._editing is not None)

    def _keeps_saved_secret(self, kind: SignInKind) -> bool:
        return self._editing is not None and self._editing.sign_in is kind

    def _check_complete(self, *, saving: bool = False) -> bool:
        """Say in the result panel what is missing, and focus it; True if nothing is."""
        kind = self.current_kind()
        saved = self._keeps_saved_secret(kind)
        problem: tuple[QWidget, str] | None = None
        if kind is SignInKind.OPENAI_SERVER:
            server = self._server_edit.text().strip()
            if not server:
                problem = (
                    self._server_edit,
                    self.tr(
                        "Enter the server's address first, for example http://localhost:11434/v1."
                    ),
                )
            elif not _is_url(server, _URL_SCHEMES):
                problem = (
                    self._server_edit,
                    self.tr("The server address must start with http:// or https://."),
                )
        elif kind in _KEY_KINDS and not self._key_edit.text().strip() and not saved:
            problem = (self._key_edit, self.tr("Paste your API key first."))
        elif kind is SignInKind.SERVICE_ACCOUNT and self._key_file_secret is None and not saved:
            problem = (
                self._key_zone.button,
                self.tr("Choose or drop the service account's key file first."),
            )
        elif kind is SignInKind.GOOGLE_SIGN_IN and self._sign_in_secret is None and not saved:
            if self._client_config is None:
                problem = (self._client_zone.button, self.tr("Choose the OAuth client file first."))
            else:
                problem = (self._sign_in_button, self.tr("Sign in with Google first."))
        if problem is None and kind.needs_project and not self._project_edit.text().strip():
            problem = (self._project_edit, self.tr("Enter the Google Cloud project ID first."))
        if problem is None and self._takes_bucket():
            note = bucket_note(self._bucket_edit.text())
            if note:
                problem = (self._bucket_edit, note)
        if problem is None and saving and not self._model_combo.currentText().strip():
            problem = (
                self._model_combo,
                self.tr(
                    "Enter the model's name, or press Test connection to list the models "
                    "the server offers."
                ),
            )
        endpoint = self._endpoint_edit.text().strip()
        if (
            problem is None
            and kind is not SignInKind.OPENAI_SERVER
            and endpoint
            and not _is_url(endpoint, _URL_SCHEMES)
        ):
            problem = (
                self._endpoint_edit,
                self.tr("The custom endpoint must start with https:// (or http://)."),
            )
        proxy = self._proxy_edit.text().strip()
        if problem is None and proxy and not _is_url(proxy, _PROXY_SCHEMES):
            problem = (
                self._proxy_edit,
                self.tr("The proxy must look like http://host:port (or socks5://host:port)."),
            )
        if problem is None:
            return True
        self._show_incomplete(*problem)
        return False

    def _show_incomplete(self, field: QWidget, message: str) -> None:
        self._result_action = None
        self._result.show_note(message)
        self._focus(field)

    def _show_error(self, error: GeminiError) -> None:
        kind = self.current_kind()
        body = error.hint
        if kind in _KEY_KINDS:
            note = key_kind_note(kind, self._key_edit.text())
            if note:
                body = f"{body}\n\n{note}" if body else note
                self._form.setRowVisible(self._key_note, False)  # said in the result now
            elif isinstance(error, ApiKeyInvalidError):
                body = f"{body}\n\n{self._which_key_text(kind)}"
        button, action = self._fix_for(error)
        better = suggested_kind(kind, self._key_edit.text()) if kind in _KEY_KINDS else None
        if better is not None and isinstance(error, ApiKeyInvalidError):
            button = self.tr("Use it as “%1”").replace("%1", way(better).title)

            def action() -> None:
                self.select_kind(better)
                self._focus(self._key_edit)

        self._result_action = action
        self._result.show_problem(error.explanation, body, button)
        self._scroll_to_result()

    def _which_key_text(self, kind: SignInKind) -> str:
        if kind is SignInKind.GEMINI_API_KEY:
            return self.tr(
                "This way needs a Gemini API key from Google AI Studio. A key from Vertex AI "
                "belongs under “Vertex AI express key”."
            )
        if kind is SignInKind.VERTEX_EXPRESS_KEY:
            return self.tr(
                "This way needs a Vertex AI key in express mode. A key from Google AI Studio "
                "belongs under “Gemini API key”."
            )
        return self.tr("Check that the key belongs to this server.")

    def _fix_for(self, error: GeminiError) -> tuple[str, Callable[[], None]]:
        """The one button next to an error: open the link, try again, or go to the field."""
        action = error.action
        if action.kind is ActionKind.OPEN_LINK and action.url:
            url = action.url
            text = (
                self.tr("Open the page to turn it on")
                if isinstance(error, ServiceDisabledError)
                else self.tr("Open the page")
            )
            return text, lambda: _open_url(url)
        if action.kind in (ActionKind.RETRY, ActionKind.WAIT_AND_RETRY, ActionKind.CHECK_NETWORK):
            return self.tr("Try again"), self._request_test
        if action.kind is ActionKind.CHOOSE_MODEL:
            return self.tr("Choose another model"), lambda: self._focus(self._model_combo)
        if isinstance(error, UploadError) and error.status in _BUCKET_ERRORS:
            return self.tr("Check the bucket"), lambda: self._focus(self._bucket_edit)
        field, text = self._credential_field()
        return text, lambda: self._focus(field)

    def _credential_field(self) -> tuple[QWidget, str]:
        kind = self.current_kind()
        if kind is SignInKind.OPENAI_SERVER:
            return self._server_edit, self.tr("Check the address and key")
        if kind in _KEY_KINDS:
            return self._key_edit, self.tr("Check the key")
        if kind is SignInKind.SERVICE_ACCOUNT:
            return self._key_zone.button, self.tr("Choose another key file")
        if kind is SignInKind.GOOGLE_SIGN_IN:
            return self._sign_in_button, self.tr("Sign in again")
        return self._project_edit, self.tr("Check the project")

    def _focus(self, field: QWidget) -> None:
        if field in self._advanced_fields:
            self._advanced_toggle.setChecked(True)
        self._details_scroll.ensureWidgetVisible(field, 20, 40)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(field, QLineEdit):
            field.selectAll()
        elif isinstance(field, QComboBox) and (line := field.lineEdit()) is not None:
            line.selectAll()

    def _scroll_to_result(self) -> None:
        # After the layout has placed the panel that was just shown or grew.
        QTimer.singleShot(0, self, self._on_scroll_to_result_timeout)

    def _on_scroll_to_result_timeout(self) -> None:
        self._details_scroll.ensureWidgetVisible(self._result, 20, 20)

    def _reset_fields(self) -> None:
        self._name_edit.clear()
        self._name_edited = False
        self._key_edit.clear()
        self._show_key_action.setChecked(False)
        self._server_edit.clear()
        self._project_edit.clear()
        self._project_edited = False
        self._location_combo.setEditText(DEFAULT_LOCATION)
        self._api_combo.setCurrentIndex(0)
        self._model_combo.clear()
        self._model_combo.addItems(SUGGESTED_MODELS)
        self._model_combo.setEditText(DEFAULT_MODEL)
        self._endpoint_edit.clear()
        self._proxy_edit.clear()
        self._bucket_edit.clear()
        self._advanced_toggle.setChecked(False)
        self._key_file_secret = None
        self._key_file_account = None
        self._key_file_path = None
        self._client_config = None
        self._sign_in_secret = None
        self._sign_in_email = None
        self._signing_in = False
        self._key_zone.show_empty(
            self.tr("Drop the key file (.json) here"), self.tr("Choose file…")
        )
        self._client_zone.show_empty(
            self.tr("Drop the OAuth client file (client_secret_….json) here"),
            self.tr("Choose file…"),
        )
        for widget in self._link_widgets:
            widget.hide()
        self._result.clear()
        self._set_busy(False)

    def _apply_kind(self) -> None:
        """Show the fields the chosen way needs, in its words."""
        kind = self.current_kind()
        info = way(kind)
        self._kind_title.setText(info.title)
        self._kind_help.setText(self._help_text(info))
        saved = self._keeps_saved_secret(kind)

        self._adc_box.setVisible(kind is SignInKind.GOOGLE_CLOUD)
        self._key_zone.setVisible(kind is SignInKind.SERVICE_ACCOUNT)
        self._sign_in_box.setVisible(kind is SignInKind.GOOGLE_SIGN_IN)
        self._apply_rows()

        model_line = self._model_combo.lineEdit()
        model = self._model_combo.currentText().strip()
        if kind is SignInKind.OPENAI_SERVER and model == DEFAULT_MODEL and not saved:
            self._model_combo.setEditText("")  # another server rarely has Google's model
        elif kind is not SignInKind.OPENAI_SERVER and not model:
            self._model_combo.setEditText(DEFAULT_MODEL)
        if kind is SignInKind.OPENAI_SERVER:
            self._key_label.setText(self.tr("Key (optional)"))
            self._key_edit.setPlaceholderText(self.tr("only if the server asks for one"))
            if model_line is not None:
                model_line.setPlaceholderText(self.tr("the model's name on the server"))
        else:
            self._key_label.setText(self.tr("API key"))
            self._key_edit.setPlaceholderText(self.tr("paste the key here"))
            if model_line is not None:
                model_line.setPlaceholderText(DEFAULT_MODEL)
        if saved and kind in _KEY_KINDS:
            self._key_edit.setPlaceholderText(
                self.tr("saved in your password store; type a new key to replace it")
            )
        if kind is SignInKind.SERVICE_ACCOUNT and saved and self._key_file_secret is None:
            account = self._editing.account if self._editing else None
            self._key_zone.show_loaded(
                self.tr("The key is saved in your password store"),
                account or "",
                self.tr("Replace…"),
            )
        if kind is SignInKind.GOOGLE_CLOUD and not self._adc_checked:
            self.show_checking_adc()
            self.adc_detection_requested.emit()
        self._refresh_sign_in()
        self._refresh_key_note()
        self._refresh_default_name()
        if self._result.state in ("note", "problem", "success"):
            self._result.clear()

    def _apply_rows(self) -> None:
        kind = self.current_kind()
        advanced = self._advanced_toggle.isChecked()
        self._form.setRowVisible(self._server_edit, kind is SignInKind.OPENAI_SERVER)
        self._form.setRowVisible(self._key_edit, kind in _KEY_KINDS)
        self._form.setRowVisible(self._project_edit, kind.needs_project)
        self._form.setRowVisible(self._location_combo, kind.needs_project)
        self._form.setRowVisible(self._api_combo, kind.needs_project)
        self._form.setRowVisible(
            self._endpoint_edit, advanced and kind is not SignInKind.OPENAI_SERVER
        )
        self._form.setRowVisible(self._proxy_edit, advanced)
        bucket = self._takes_bucket()
        self._form.setRowVisible(self._bucket_edit, bucket)
        self._form.setRowVisible(self._bucket_notes, bucket)

    def _takes_bucket(self) -> bool:
        """Whether this way uploads large files to a bucket: Vertex AI (native) with Google
        credentials; never with a key or through the OpenAI-compatible API."""
        if not self.current_kind().needs_project:
            return False
        return self._chosen_api() is ApiKind.VERTEX

    def _chosen_api(self) -> ApiKind:
        # Qt hands item data back as a plain str, which `is ApiKind.…` would never match.
        return ApiKind(self._api_combo.currentData() or ApiKind.VERTEX)

    def _refresh_bucket_note(self) -> None:
        note = bucket_note(self._bucket_edit.text())
        self._bucket_note.setText(note or "")
        self._bucket_note.setVisible(bool(note))

    def _help_text(self, info: Way) -> str:
        texts = {
            SignInKind.GEMINI_API_KEY: self.tr(
                "Paste the key you created in Google AI Studio. It usually starts with “AIza”."
            ),
            SignInKind.VERTEX_EXPRESS_KEY: self.tr(
                "Paste the API key from the Vertex AI Studio settings. Express mode needs no "
                "project or region."
            ),
            SignInKind.GOOGLE_CLOUD: self.tr(
                "Gemini Desktop uses the Google Cloud sign-in already on this computer. "
                "Choose which project pays for the requests."
            ),
            SignInKind.SERVICE_ACCOUNT: self.tr(
                "Drop the service account's .json key file below, or choose it. Gemini "
                "Desktop keeps a copy in your password store."
            ),
            SignInKind.GOOGLE_SIGN_IN: self.tr(
                "Choose the OAuth client file (type “Desktop app”) from your Google Cloud "
                "project, then sign in with your Google account in the browser."
            ),
            SignInKind.OPENAI_SERVER: self.tr(
                "Enter the address of a server that speaks the OpenAI API and, if it needs "
                "one, its key."
            ),
        }
        text = texts[info.kind]
        if info.link_url and info.link_text:
            text += " " + link_html(info.link_url, info.link_text, self.palette())
        return text

    def _refresh_key_note(self) -> None:
        kind = self.current_kind()
        note = key_kind_note(kind, self._key_edit.text()) if kind in _KEY_KINDS else None
        self._key_note.setText(note or "")
        self._form.setRowVisible(self._key_note, bool(note))

    def _refresh_adc_warning(self) -> None:
        info = self._adc
        if info is None or not info.lacks_quota_project:
            return
        project = self._project_edit.text().strip() or "PROJECT"
        self._adc_warning.setText(
            self.tr(
                "This sign-in has no quota project, so Google may answer “quota exceeded” or "
                "“API not enabled”. To fix it, run this command in a terminal:"
            )
        )
        self._adc_warning.show()
        self._show_command(f"gcloud auth application-default set-quota-project {project}")

    def _show_command(self, command: str) -> None:
        self._adc_command.setText(command)
        self._adc_command.show()
        self._adc_copy.setText(self.tr("Copy"))
        self._adc_copy.show()

    def _refresh_sign_in(self) -> None:
        kind = SignInKind.GOOGLE_SIGN_IN
        ready = self._client_config is not None
        self._sign_in_button.setEnabled(ready or self._signing_in)
        if self._signing_in:
            self._sign_in_button.setText(self.tr("Stop waiting"))
            return
        saved = self._keeps_saved_secret(kind)
        email = self._sign_in_email or (self._editing.account if saved and self._editing else None)
        if self._sign_in_secret is not None or saved:
            self._sign_in_button.setText(self.tr("Sign in again"))
            if email:
                self._sign_in_status.setText(self.tr("✓ Signed in as %1").replace("%1", email))
            else:
                self._sign_in_status.setText(self.tr("✓ Signed in with Google"))
            self._sign_in_status.setProperty("state", "success")
        else:
            self._sign_in_button.setText(self.tr("Sign in with Google"))
            self._sign_in_status.setText(
                self.tr("Ready to sign in.") if ready else self.tr("First choose the client file.")
            )
            self._sign_in_status.setProperty("state", "")
        self._sign_in_status.style().unpolish(self._sign_in_status)
        self._sign_in_status.style().polish(self._sign_in_status)

    def _account(self, kind: SignInKind) -> str | None:
        saved = self._editing.account if self._keeps_saved_secret(kind) and self._editing else None
        if kind is SignInKind.SERVICE_ACCOUNT:
            return self._key_file_account or saved
        if kind is SignInKind.GOOGLE_SIGN_IN:
            return self._sign_in_email or saved
        if kind is SignInKind.GOOGLE_CLOUD and self._adc is not None:
            return self._adc.account
        return None

    def _default_name(self) -> str:
        kind = self.current_kind()
        base = way(kind).default_name
        project = self._project_edit.text().strip()
        if kind is SignInKind.GOOGLE_SIGN_IN and self._sign_in_email:
            base = self._sign_in_email
        elif kind is SignInKind.OPENAI_SERVER:
            host = urlsplit(self._server_edit.text().strip()).hostname
            if host:
                base = host
        elif kind.needs_project and project:
            base = f"{base} · {project}"
        return self._unique_name(base)

    def _unique_name(self, base: str) -> str:
        own = self._editing.id if self._editing is not None else None
        taken = {p.name.casefold() for p in self._saved if p.id != own}
        name, number = base, 2
        while name.casefold() in taken:
            name = f"{base} {number}"
            number += 1
        return name

    def _refresh_default_name(self) -> None:
        if not self._name_edited:
            self._name_edit.setText(self._default_name())


# -- module helpers ------------------------------------------------------------------------------


def _open_url(url: str) -> None:
    QDesktopServices.openUrl(QUrl(url))


def _is_url(text: str, schemes: tuple[str, ...]) -> bool:
    parts = urlsplit(text)
    return parts.scheme.lower() in schemes and bool(parts.netloc)


def _scroll_area(content: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return area


def _contains_completer(combo: QComboBox) -> None:
    """Typing any part of a name finds it ("flash" finds gemini-2.5-flash)."""
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)


def _style_sheet(palette: QPalette) -> str:
    dark = is_dark(palette)
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    accent = accent_color(palette)
    border = QColor(255, 255, 255, 38) if dark else QColor(24, 28, 60, 34)
    background = window.darker(104) if not dark else window
    selected_bg = rgba(accent, 46 if dark else 20)
    ok, bad, warn = success_color(palette), problem_color(palette), warning_color(palette)
    return f"""
        #formPage, #donePage, #waysPane, #detailsPane {{ background: {background.name()}; }}
        #waysScroll, #detailsScroll {{ background: transparent; }}
        #dialogTitle, #doneTitle {{ color: {text.name()}; }}
        #dialogSubtitle, #wayLine, #kindHelp, #doneBody, #dropZoneDetail,
        #signInStatus, #adcBody, #bucketHelp {{ color: {rgba(muted)}; }}
        #sectionCaption {{
            color: {rgba(muted)}; font-size: 8pt; font-weight: 600; letter-spacing: 1px;
            padding: 2px 4px 0 4px;
        }}
        QFrame#wayCard {{
            background: {base.name()};
            border: 2px solid {rgba(border)};
            border-radius: 12px;
        }}
        QFrame#wayCard:hover {{ border-color: {rgba(accent, 120)}; }}
        QFrame#wayCard[selected="true"] {{
            border-color: {accent.name()};
            background: {selected_bg};
        }}
        QLabel#wayIcon {{ background: {rgba(accent, 40 if dark else 24)}; border-radius: 10px; }}
        QLabel#wayIcon[selected="true"] {{ background: {accent.name()}; }}
        QRadioButton#wayTitle {{ color: {text.name()}; spacing: 8px; }}
        QFrame#adcBox, QFrame#dropZone, QFrame#originalFileBox {{
            background: {base.name()};
            border: 1px solid {rgba(border)};
            border-radius: 12px;
        }}
        QFrame#dropZone {{ border: 2px dashed {rgba(accent, 110)}; }}
        QFrame#dropZone[dragging="true"] {{
            background: {selected_bg}; border-color: {accent.name()};
        }}
        QFrame#dropZone[loaded="true"] {{ border: 1px solid {rgba(ok, 160)}; }}
        #adcWarning {{ color: {warn.name()}; }}
        #keyNote {{ color: {warn.name()}; }}
        #bucketNote {{ color: {bad.name()}; }}
        #signInStatus[state="success"], #originalFileStatus[state="success"] {{
            color: {ok.name()};
        }}
        #originalFileStatus[state="problem"] {{ color: {bad.name()}; }}
        QFrame#resultPanel {{
            border-radius: 12px;
            border: 1px solid {rgba(border)};
            background: {base.name()};
        }}
        QFrame#resultPanel[state="success"] {{
            border-color: {rgba(ok, 150)}; background: {rgba(ok, 40 if dark else 18)};
        }}
        QFrame#resultPanel[state="problem"] {{
            border-color: {rgba(bad, 150)}; background: {rgba(bad, 40 if dark else 16)};
        }}
        QFrame#resultPanel[state="note"] {{
            border-color: {rgba(warn, 150)}; background: {rgba(warn, 40 if dark else 16)};
        }}
        QLabel#resultBadge {{ border-radius: 13px; background: {rgba(accent, 60)}; }}
        QLabel#resultBadge[state="success"] {{ background: {ok.name()}; }}
        QLabel#resultBadge[state="problem"] {{ background: {bad.name()}; }}
        QLabel#resultBadge[state="note"] {{ background: {warn.name()}; }}
        QLabel#doneBadge {{ border-radius: 32px; background: {ok.name()}; }}
        QProgressBar#resultProgress {{
            border: none; border-radius: 2px; background: {rgba(accent, 40)};
        }}
        QProgressBar#resultProgress::chunk {{ background: {accent.name()}; border-radius: 2px; }}
        QToolButton#advancedToggle {{
            border: none; color: {accent.name()}; font-weight: 600; padding: 2px 0;
        }}
        QFrame#dialogFooter {{
            background: {background.name()}; border-top: 1px solid {rgba(border)};
        }}
        QPushButton#saveButton, QPushButton#signInButton, QPushButton#doneButton {{
            color: white;
            border: none;
            border-radius: 9px;
            padding: 8px 26px;
            font-weight: 600;
            background: qlineargradient(x1:0, y1:0, x2:1, y2:1, stop:0 #3d7bf7, stop:1 #8b55e6);
        }}
        QPushButton#saveButton:hover, QPushButton#signInButton:hover,
        QPushButton#doneButton:hover {{
            background: qlineargradient(x1:0, y1:0, x2:1, y2:1, stop:0 #5189fa, stop:1 #9a66ee);
        }}
        QPushButton#saveButton:disabled, QPushButton#signInButton:disabled {{
            color: {rgba(QColor(255, 255, 255), 200)};
            background: {rgba(accent, 90)};
        }}
        QPushButton#testButton, QPushButton#cancelButton, QPushButton#resultAction,
        QPushButton#chooseFileButton, QPushButton#newProfileButton,
        QPushButton#deleteProfileButton, QPushButton#adcCopyButton,
        QPushButton#adcRecheckButton, QPushButton#copyLinkButton,
        QPushButton#deleteOriginalButton {{
            color: {text.name()};
            background: {base.name()};
            border: 1px solid {rgba(border, 90)};
            border-radius: 9px;
            padding: 7px 16px;
        }}
        QPushButton#testButton:hover, QPushButton#cancelButton:hover,
        QPushButton#resultAction:hover, QPushButton#chooseFileButton:hover,
        QPushButton#newProfileButton:hover, QPushButton#deleteProfileButton:hover,
        QPushButton#adcCopyButton:hover, QPushButton#adcRecheckButton:hover,
        QPushButton#copyLinkButton:hover, QPushButton#deleteOriginalButton:hover {{
            border-color: {accent.name()};
        }}
        QPushButton#testButton:disabled, QPushButton#deleteProfileButton:disabled,
        QPushButton#deleteOriginalButton:disabled {{ color: {rgba(muted)}; }}
        QPushButton#testButton {{ font-weight: 600; color: {accent.name()}; }}
        QLineEdit, QComboBox {{
            background: {base.name()};
            border: 1px solid {rgba(border, 90)};
            border-radius: 8px;
            padding: 6px 8px;
            min-height: 20px;
        }}
        QLineEdit:focus, QComboBox:focus {{ border-color: {accent.name()}; }}
        QLineEdit[readOnly="true"] {{ color: {rgba(muted)}; }}
        QLabel#formLabel {{ min-height: 34px; }}
        QComboBox {{ combobox-popup: 0; }}
        QComboBox QAbstractItemView {{
            background: {base.name()};
            color: {text.name()};
            border: 1px solid {rgba(border, 90)};
            selection-background-color: {selected_bg};
            selection-color: {text.name()};
            outline: none;
            padding: 4px;
        }}
        QLabel#adcCommand {{
            background: {rgba(text, 14)};
            border-radius: 6px;
            padding: 6px 8px;
        }}
    """ + icons.combo_arrow_rules()
