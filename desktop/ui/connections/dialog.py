"""The connection dialog: choose how to connect, fill in what that way needs, test, save.

A shell around one form per way of connecting. Widgets only: it asks for work through
`…_requested` signals and shows what the ConnectionController tells it; it never starts a
task and never touches the network or the keyring itself.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont, QIcon, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.core.errors import (
    GeminiError,
    KeyringUnavailableError,
)
from desktop.core.model_info import ModelInfo
from desktop.core.profile import Profile, SignInKind
from desktop.ui import theme
from desktop.ui.connections.bars import (
    DialogFooter,
    DialogHeader,
    KeyringBar,
    ProfileBar,
    WaysPane,
    scroll_area,
)
from desktop.ui.connections.done_page import DonePage
from desktop.ui.connections.express_key import ExpressKeyForm
from desktop.ui.connections.facts import key_file_problem_text, way
from desktop.ui.connections.form import ConnectionForm, Problem
from desktop.ui.connections.gcloud import GcloudForm
from desktop.ui.connections.gemini_key import GeminiKeyForm
from desktop.ui.connections.google_sign_in import GoogleSignInForm
from desktop.ui.connections.key_file import KeyFileForm
from desktop.ui.connections.key_form import KeyForm
from desktop.ui.connections.openai_server import OpenAiServerForm
from desktop.ui.connections.shared_fields import SharedFields
from desktop.ui.connections.style import style_sheet
from desktop.ui.connections.test_results import TestResults
from desktop.ui.connections.widgets import ResultPanel, WayCard, local_json_files
from desktop.ui.message_words import words

if TYPE_CHECKING:
    from desktop.services.adc import AdcInfo
    from desktop.services.google_sign_in import OAuthClientConfig
    from desktop.services.key_files import CredentialsFile, ServiceAccountKey

DEFAULT_SIZE = (980, 680)


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
        self._busy = False
        self._result_action: Callable[[], None] | None = None
        self._file_dialog: QFileDialog | None = None

        self._tests = TestResults(self)
        self._pages = QStackedWidget(self)
        self._form_page = self._build_form_page()
        self._done_page = DonePage(self)
        self._pages.addWidget(self._form_page)
        self._pages.addWidget(self._done_page)
        self._done_page.delete_original_requested.connect(self.original_delete_requested)
        self._done_page.done_clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._pages)

        theme.follow(self, self._restyle)
        self._cards[SignInKind.GEMINI_API_KEY].radio.setChecked(True)
        self._apply_kind()

    # -- building ---------------------------------------------------------------------------------

    def _build_form_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("formPage")
        self._profile_bar = ProfileBar(page)
        footer = DialogFooter(page)
        self._test_button, self._save_button = footer.test_button, footer.save_button
        self._delete_button = self._profile_bar.delete_button

        # Left: the ways to connect.
        ways_pane = WaysPane(page)
        self._cards = ways_pane.cards
        for card in self._cards.values():
            card.radio.toggled.connect(self._on_way_toggled)
        ways_scroll = scroll_area(ways_pane, page)
        ways_scroll.setObjectName("waysScroll")
        ways_scroll.setFixedWidth(392)

        # Right: what the chosen way needs: its own box, then the rows the ways share.
        details_widget = QWidget(page)
        details_widget.setObjectName("detailsPane")
        details = QVBoxLayout(details_widget)
        details.setContentsMargins(8, 0, 4, 8)
        details.setSpacing(12)
        self._kind_title = QLabel(details_widget)
        self._kind_title.setObjectName("kindTitle")
        kind_font = QFont(self._kind_title.font())
        kind_font.setPointSizeF(max(kind_font.pointSizeF(), 9.0) * 1.25)
        kind_font.setWeight(QFont.Weight.DemiBold)
        self._kind_title.setFont(kind_font)
        self._kind_help = QLabel(details_widget)
        self._kind_help.setObjectName("kindHelp")
        self._kind_help.setWordWrap(True)
        self._kind_help.setOpenExternalLinks(True)
        details.addWidget(self._kind_title)
        details.addWidget(self._kind_help)

        self._fields = SharedFields(details_widget)
        self._gcloud = GcloudForm(self._fields, details_widget)
        self._key_file = KeyFileForm(self._fields, details_widget)
        self._google = GoogleSignInForm(self._fields, details_widget)
        forms: list[ConnectionForm] = [
            GeminiKeyForm(self._fields, details_widget),
            ExpressKeyForm(self._fields, details_widget),
            self._gcloud,
            self._key_file,
            self._google,
            OpenAiServerForm(self._fields, details_widget),
        ]
        self._forms = {form.kind: form for form in forms}
        for form in forms:
            if form.box is not None:
                details.addWidget(form.box)
            form.changed.connect(self._on_name_source_changed)
        details.addWidget(self._fields)
        self._result = ResultPanel(details_widget)
        details.addWidget(self._result)
        details.addStretch(1)

        self._details_scroll = scroll_area(details_widget, page)
        self._details_scroll.setObjectName("detailsScroll")

        body = QHBoxLayout()
        body.setContentsMargins(20, 6, 20, 0)
        body.setSpacing(14)
        body.addWidget(ways_scroll)
        body.addWidget(self._details_scroll, 1)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(DialogHeader(page, first_run=self._first_run))
        layout.addWidget(self._profile_bar)
        layout.addLayout(body, 1)
        self._keyring_bar = KeyringBar(page)
        self._keyring_bar.session_only_clicked.connect(self.session_only_requested)
        layout.addWidget(self._keyring_bar)
        layout.addWidget(footer)

        fields = self._fields
        fields.key_edit.textChanged.connect(self._on_key_text_changed)
        fields.project_edit.textChanged.connect(self._on_name_source_changed)
        fields.server_edit.textChanged.connect(self._on_name_source_changed)
        fields.bucket_edit.textChanged.connect(self._on_bucket_text_changed)
        fields.api_combo.currentIndexChanged.connect(self._on_rows_changed)
        fields.advanced_toggle.toggled.connect(self._on_rows_changed)
        self._gcloud.detection_requested.connect(self.adc_detection_requested)
        for file_form in (self._key_file, self._google):
            file_form.file_chosen.connect(self.key_file_chosen)
            file_form.choose_requested.connect(self._on_choose_file_requested)
        self._google.sign_in_requested.connect(self.sign_in_requested)
        self._google.sign_in_stop_requested.connect(self.sign_in_stop_requested)
        self._result.action_clicked.connect(self._on_result_action_clicked)
        self._profile_bar.profile_chosen.connect(self._on_profile_bar_profile_chosen)
        self._profile_bar.new_clicked.connect(self._on_new_button_clicked)
        self._profile_bar.delete_clicked.connect(self._on_delete_button_clicked)
        self._test_button.clicked.connect(self._on_test_button_clicked)
        footer.cancel_button.clicked.connect(self.reject)
        self._save_button.clicked.connect(self._on_save_button_clicked)
        return page

    # -- what the controller and the tests use ----------------------------------------------------

    @property
    def result_panel(self) -> ResultPanel:
        """Where a test's, a save's or a file's outcome is said (QDialog.result() is Qt's)."""
        return self._result

    @property
    def fields(self) -> SharedFields:
        """The rows the ways share (key, project, model, endpoint, bucket, ...)."""
        return self._fields

    def set_result_action(self, action: Callable[[], None] | None) -> None:
        """What the result panel's one button does next."""
        self._result_action = action

    def card(self, kind: SignInKind) -> WayCard:
        return self._cards[kind]

    def form(self, kind: SignInKind) -> ConnectionForm:
        return self._forms[kind]

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

    def current_form(self) -> ConnectionForm:
        return self._forms[self.current_kind()]

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
        self._profile_bar.set_profiles(self._saved)
        chosen = next((p for p in self._saved if p.id == current_id), None)
        if chosen is not None:
            self.edit_profile(chosen)
        else:
            self.new_profile()

    def new_profile(self, kind: SignInKind | None = None) -> None:
        """An empty form for a new connection."""
        self._editing = None
        self._new_id = uuid.uuid4().hex
        self._profile_bar.show_current(None)
        self._load(None)
        self.select_kind(kind or self.current_kind())
        self._apply_kind()

    def edit_profile(self, profile: Profile) -> None:
        """Fill the form with a saved profile; its secret stays in the keyring."""
        self._editing = profile
        self._profile_bar.show_current(profile.id)
        self._load(profile)
        self.select_kind(profile.sign_in)
        self._apply_kind()

    def current_profile(self) -> Profile:
        """The profile the form describes now."""
        form = self.current_form()
        return Profile(
            id=self._editing.id if self._editing is not None else self._new_id,
            name=self._fields.name_edit.text().strip() or self._default_name(),
            sign_in=form.kind,
            **dataclasses.asdict(form.fields()),
        )

    def current_secret(self) -> str | None:
        """The secret the form holds, or None: nothing new (keep the saved one, if any)."""
        return self.current_form().secret()

    # Results from the controller.

    def show_testing(self) -> None:
        self._tests.show_testing()

    def show_test_succeeded(self, models: list[ModelInfo]) -> None:
        self._tests.show_succeeded(models)

    def show_test_failed(self, error: GeminiError) -> None:
        self._tests.show_failed(error)

    def show_key_fits_other(self, kind: SignInKind, models: list[ModelInfo]) -> None:
        """The chosen service refused the key, the other one (`kind`) took it: offer it."""
        self._tests.show_key_fits_other(kind, models)

    def show_saving(self) -> None:
        self.set_busy(True)
        self._result_action = None
        self._result.show_busy(self.tr("Saving…"))

    def show_saved(self, profile: Profile, *, session_only: bool = False) -> None:
        """Saved: close; or, when a key file was read into the keyring, offer to delete the
        original (never when the profile lives for this session only: the file is then the
        only lasting copy)."""
        self.set_busy(False)
        original = self._key_file.original_file()
        if profile.sign_in is not SignInKind.SERVICE_ACCOUNT or original is None or session_only:
            self.accept()
            return
        self._done_page.show_saved(profile.name, original)
        self._pages.setCurrentWidget(self._done_page)
        self._done_page.done_button.setDefault(True)
        self._done_page.done_button.setFocus()

    def show_save_failed(self, error: GeminiError) -> None:
        self.set_busy(False)
        if isinstance(error, KeyringUnavailableError):
            self._keyring_bar.hide()  # said below, with the same button: once is enough
            self._result_action = self.session_only_requested.emit
            self._result.show_problem(
                words(error.words), words(error.hint_words), self.tr("Use for this session only")
            )
            self.scroll_to_result()
            return
        self._tests.show_error(error)

    def show_keyring_unavailable(self, error: KeyringUnavailableError) -> None:
        """Before Save: keys cannot be kept here beyond this session, and the way on."""
        self._keyring_bar.show_problem(words(error.words))

    def show_session_only(self) -> None:
        """From now on saving keeps connections for this session only."""
        self._keyring_bar.show_session_only()

    def keyring_text(self) -> str:
        """What the bar above the buttons says about the password store ("" when hidden)."""
        return self._keyring_bar.text() if self._keyring_bar.isVisibleTo(self) else ""

    def show_deleted(self, profile_id: str) -> None:
        self.set_busy(False)
        self._result.clear()

    def show_original_deleted(self, path: str) -> None:
        self._done_page.show_original_deleted()

    def show_original_delete_failed(self, message: str) -> None:
        self._done_page.show_original_delete_failed(message)

    def set_adc(self, info: AdcInfo | None) -> None:
        """What the gcloud detection found (None: nothing)."""
        self._gcloud.set_adc(info)

    def adc_text(self) -> str:
        return self._gcloud.adc_text()

    def set_key_file(self, path: str, key: ServiceAccountKey) -> None:
        """A service-account key was read from `path`."""
        self.select_kind(SignInKind.SERVICE_ACCOUNT)
        self._key_file.set_key(path, key)
        self._result.clear()

    def set_client_file(self, path: str, config: OAuthClientConfig) -> None:
        """An OAuth desktop-client file was read from `path`."""
        self.select_kind(SignInKind.GOOGLE_SIGN_IN)
        self._google.set_client(path, config)
        self._result.clear()

    def show_file_problem(self, found: CredentialsFile) -> None:
        """A picked or dropped file is neither a key nor a client file: say why."""
        assert found.problem is not None
        explanation, hint = key_file_problem_text(found.problem, found.path.name)
        self._result_action = self._on_choose_file_requested
        self._result.show_problem(explanation, hint, self.tr("Choose another file"))
        self.scroll_to_result()

    def show_signing_in(self) -> None:
        self._result.clear()
        self._google.show_signing_in()

    def show_sign_in_link(self, url: str, browser_opened: bool) -> None:
        """The link to open by hand: always offered, in words that fit what happened."""
        self._google.show_link(url, browser_opened)

    def is_signing_in(self) -> bool:
        return self._google.is_signing_in()

    def sign_in_link(self) -> str:
        return self._google.link()

    def show_signed_in(self, email: str | None, secret: str) -> None:
        self._google.show_signed_in(email, secret)

    def show_sign_in_failed(self, error: GeminiError) -> None:
        self._google.stop_waiting()
        self._result_action = self._google.request_sign_in
        self._result.show_problem(
            words(error.words), words(error.hint_words), self.tr("Sign in again")
        )
        self.scroll_to_result()

    def show_sign_in_stopped(self) -> None:
        self._google.stop_waiting()

    def sign_in_status_text(self) -> str:
        return self._google.status_text()

    def show_unexpected_error(self) -> None:
        self.set_busy(False)
        self._google.stop_waiting()
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

    def _on_profile_bar_profile_chosen(self, profile_id: str) -> None:
        chosen = next((p for p in self._saved if p.id == profile_id), None)
        if chosen is not None:
            self.edit_profile(chosen)

    def _on_new_button_clicked(self) -> None:
        self.new_profile(SignInKind.GEMINI_API_KEY)
        self._fields.name_edit.setFocus()

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
        self.scroll_to_result()

    def _on_key_text_changed(self, text: str) -> None:
        if self._result.state in ("success", "problem"):
            self._result.clear()  # a result about another key would mislead
        self._refresh_key_note()

    def _on_name_source_changed(self, text: str = "") -> None:
        self._refresh_default_name()  # a project, a server, a sign-in or a key file

    def _on_bucket_text_changed(self, text: str) -> None:
        if self._result.state in ("success", "problem"):
            self._result.clear()  # it spoke of another bucket, or of none

    def _on_rows_changed(self) -> None:
        self.current_form().show_rows()

    def _on_choose_file_requested(self) -> None:
        if self._file_dialog is not None:
            self._file_dialog.raise_()
            return
        form: GoogleSignInForm | KeyFileForm = self._key_file
        if self.current_form() is self._google:
            form = self._google
        dialog = QFileDialog(
            self, form.file_title(), str(Path.home()), self.tr("Key files (*.json);;All files (*)")
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

    def _on_result_action_clicked(self) -> None:
        action = self._result_action
        if action is not None:
            action()

    def _on_test_button_clicked(self) -> None:
        self.request_test()

    def _on_save_button_clicked(self) -> None:
        if self._busy or not self._check_complete(saving=True):
            return
        self.save_requested.emit(self.current_profile(), self.current_secret())

    # -- helpers ----------------------------------------------------------------------------------

    def _load(self, profile: Profile | None) -> None:
        self._fields.reset()
        for form in self._forms.values():
            form.load(profile)
        self._result.clear()
        self.set_busy(False)

    def request_test(self) -> None:
        if self._busy or not self._check_complete():
            return
        self.test_requested.emit(self.current_profile(), self.current_secret())

    def _request_delete(self) -> None:
        if self._editing is not None:
            self.set_busy(True)
            self._result.show_busy(self.tr("Deleting…"))
            self.delete_requested.emit(self._editing.id)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._test_button.setEnabled(not busy)
        self._save_button.setEnabled(not busy)
        self._delete_button.setEnabled(not busy and self._editing is not None)

    def _check_complete(self, *, saving: bool = False) -> bool:
        """Say in the result panel what is missing, and focus it; True if nothing is."""
        problem = self.current_form().problem(saving=saving)
        if problem is None:
            return True
        self._show_problem(problem)
        return False

    def _show_problem(self, problem: Problem) -> None:
        self._result_action = None
        self._result.show_note(problem.text)
        self.focus(problem.field)

    def focus(self, field: QWidget) -> None:
        if field in self._fields.advanced_fields:
            self._fields.advanced_toggle.setChecked(True)
        self._details_scroll.ensureWidgetVisible(field, 20, 40)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(field, QLineEdit):
            field.selectAll()
        elif isinstance(field, QComboBox) and (line := field.lineEdit()) is not None:
            line.selectAll()

    def scroll_to_result(self) -> None:
        # After the layout has placed the panel that was just shown or grew.
        QTimer.singleShot(0, self, self._on_scroll_to_result_timeout)

    def _on_scroll_to_result_timeout(self) -> None:
        self._details_scroll.ensureWidgetVisible(self._result, 20, 20)

    def _apply_kind(self) -> None:
        """Show the chosen way's box and the rows it needs, in its words."""
        form = self.current_form()
        self._kind_title.setText(way(form.kind).title)
        self._kind_help.setText(form.help_html())
        for other in self._forms.values():
            if other.box is not None:
                other.box.setVisible(other is form)
        form.shown()
        self._refresh_key_note()
        self._refresh_default_name()
        if self._result.state in ("note", "problem", "success"):
            self._result.clear()

    def _refresh_key_note(self) -> None:
        form = self.current_form()
        self._fields.set_key_note(form.key_note() if isinstance(form, KeyForm) else None)

    def _default_name(self) -> str:
        base = self.current_form().default_name()
        own = self._editing.id if self._editing is not None else None
        taken = {p.name.casefold() for p in self._saved if p.id != own}
        name, number = base, 2
        while name.casefold() in taken:
            name = f"{base} {number}"
            number += 1
        return name

    def _restyle(self, palette: QPalette) -> None:
        self.setStyleSheet(style_sheet(palette))

    def _refresh_default_name(self) -> None:
        if not self._fields.name_edited:
            self._fields.name_edit.setText(self._default_name())
