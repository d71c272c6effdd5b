"""What "Test connection" found, said in the dialog's result panel: the models the connection
lists, a refusal with its one fix, or a key the other key service took, with the offer to
switch to it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from desktop.core.connection import DEFAULT_MODEL
from desktop.core.errors import (
    ActionKind,
    ApiKeyInvalidError,
    GeminiError,
    KeyRefusal,
    ServiceDisabledError,
    UploadError,
)
from desktop.core.model_catalogue import chat_models, default_chat_model
from desktop.core.model_info import ModelInfo
from desktop.core.profile import SignInKind
from desktop.services.uploads import bucket_name
from desktop.ui.connections.facts import way
from desktop.ui.message_words import words

if TYPE_CHECKING:
    from desktop.ui.connections.dialog import ConnectionDialog
    from desktop.ui.connections.form import ConnectionForm

_BUCKET_ERRORS = ("BUCKET_MISSING", "NO_PERMISSION")  # fixed in the bucket field


class TestResults:
    """Fills the dialog's result panel after a test; the dialog owns the widgets."""

    def __init__(self, dialog: ConnectionDialog) -> None:
        self._dialog = dialog

    def show_testing(self) -> None:
        dialog = self._dialog
        dialog.set_busy(True)
        dialog.set_result_action(None)
        dialog.result_panel.show_busy(
            QCoreApplication.translate("ConnectionDialog", "Testing the connection…"),
            QCoreApplication.translate(
                "ConnectionDialog",
                "Gemini Desktop is signing in and asking which models you can use.",
            ),
        )
        dialog.scroll_to_result()

    def show_succeeded(self, models: list[ModelInfo]) -> None:
        dialog = self._dialog
        dialog.set_busy(False)
        fields = dialog.fields
        usable = chat_models(models) or list(models)
        ids = list(dict.fromkeys(m.id for m in usable if m.id))
        if len(ids) == 1:
            title = QCoreApplication.translate("ConnectionDialog", "Connected: 1 model available.")
        else:
            title = QCoreApplication.translate(
                "ConnectionDialog", "Connected: %1 models available."
            ).replace("%1", str(len(ids)))
        body = QCoreApplication.translate(
            "ConnectionDialog",
            "This connection works. Pick a model from the list if you like, then press Save.",
        )
        current = fields.model()
        if not current or (current == DEFAULT_MODEL and dialog.editing() is None):
            current = default_chat_model(usable)  # a new connection: the newest stable Flash
        if ids:
            fields.set_models(ids, current or ids[0])
            if current and current not in ids:
                body = QCoreApplication.translate(
                    "ConnectionDialog",
                    "This connection works, but the model “%1” is not among the ones it "
                    "offers. Pick one from the Model list, then press Save.",
                ).replace("%1", current)
        form = dialog.current_form()
        bucket = bucket_name(fields.bucket_edit.text()) if form.takes_bucket() else ""
        if bucket:
            body += " " + QCoreApplication.translate(
                "ConnectionDialog",
                "Videos and files over 15 MB will be uploaded to the bucket “%1”.",
            ).replace("%1", bucket)
        dialog.set_result_action(None)
        dialog.result_panel.show_success(title, body)
        dialog.scroll_to_result()

    def show_failed(self, error: GeminiError) -> None:
        self._dialog.set_busy(False)
        self.show_error(error)

    def show_key_fits_other(self, kind: SignInKind, models: list[ModelInfo]) -> None:
        """The chosen service refused the key and the other one (`kind`) took it: say so in
        one sentence, and switch to it with one button."""
        dialog = self._dialog
        dialog.set_busy(False)
        if kind is SignInKind.VERTEX_EXPRESS_KEY:
            title = QCoreApplication.translate(
                "ConnectionDialog",
                "The Gemini API did not take this key, but Vertex AI express did: it is a "
                "Vertex AI express key.",
            )
        else:
            title = QCoreApplication.translate(
                "ConnectionDialog",
                "Vertex AI express did not take this key, but the Gemini API did: it is a "
                "Gemini API key.",
            )
        button = QCoreApplication.translate("ConnectionDialog", "Use it as “%1”").replace(
            "%1", way(kind).title
        )

        def switch() -> None:
            dialog.select_kind(kind)
            self.show_succeeded(models)

        dialog.set_result_action(switch)
        dialog.result_panel.show_note(title, "", button)
        dialog.scroll_to_result()

    def show_error(self, error: GeminiError) -> None:
        """A refusal in plain words, its hint, and the one button that fixes it."""
        dialog = self._dialog
        form = dialog.current_form()
        body = form.explain(error)
        button, action = self._fix_for(error, form)
        better = form.better_kind(error)
        if better is not None:
            button = QCoreApplication.translate("ConnectionDialog", "Use it as “%1”").replace(
                "%1", way(better).title
            )

            def action() -> None:
                dialog.select_kind(better)
                dialog.focus(dialog.fields.key_edit)

        dialog.set_result_action(action)
        dialog.result_panel.show_problem(words(error.words), body, button)
        dialog.scroll_to_result()

    def _fix_for(self, error: GeminiError, form: ConnectionForm) -> tuple[str, Callable[[], None]]:
        """The one button next to an error: open the link, try again, or go to the field."""
        dialog, fields = self._dialog, self._dialog.fields
        action = error.action
        if action.kind is ActionKind.OPEN_LINK and action.url:
            url = action.url
            return _link_text(error), lambda: _open_url(url)
        if action.kind in (ActionKind.RETRY, ActionKind.WAIT_AND_RETRY, ActionKind.CHECK_NETWORK):
            return QCoreApplication.translate("ConnectionDialog", "Try again"), dialog.request_test
        if action.kind is ActionKind.CHOOSE_MODEL:
            return QCoreApplication.translate(
                "ConnectionDialog", "Choose another model"
            ), lambda: dialog.focus(fields.model_combo)
        if isinstance(error, ApiKeyInvalidError) and error.refusal is KeyRefusal.KEY_AND_SIGN_IN:
            # The other credential was added on the way: by a proxy or a custom endpoint.
            return QCoreApplication.translate("ConnectionDialog", "Check the endpoint"), (
                lambda: dialog.focus(fields.endpoint_edit)
            )
        if isinstance(error, UploadError) and error.status in _BUCKET_ERRORS:
            return QCoreApplication.translate(
                "ConnectionDialog", "Check the bucket"
            ), lambda: dialog.focus(fields.bucket_edit)
        field, text = form.credential_fix()
        return text, lambda: dialog.focus(field)


def _link_text(error: GeminiError) -> str:
    """The words on a button that opens a page: what the page is for."""
    if isinstance(error, ServiceDisabledError):
        return QCoreApplication.translate("ConnectionDialog", "Open the page to turn it on")
    if isinstance(error, ApiKeyInvalidError) and error.refusal is KeyRefusal.RETIRED:
        return QCoreApplication.translate("ConnectionDialog", "Create a new key")
    if isinstance(error, ApiKeyInvalidError) and error.refusal in (
        KeyRefusal.OTHER_APIS,
        KeyRefusal.RESTRICTED,
    ):
        return QCoreApplication.translate("ConnectionDialog", "Open the key's restrictions")
    return QCoreApplication.translate("ConnectionDialog", "Open the page")


def _open_url(url: str) -> None:
    QDesktopServices.openUrl(QUrl(url))
