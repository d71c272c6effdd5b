"""The OpenAI-compatible server form: its address, a model name and, if it wants one, a key."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtWidgets import QWidget

from desktop.core.connection import DEFAULT_MODEL, ApiKind
from desktop.core.profile import Profile, SignInKind
from desktop.ui.connections.form import URL_SCHEMES, Problem, is_url
from desktop.ui.connections.key_form import KeyForm


class OpenAiServerForm(KeyForm):
    kind = SignInKind.OPENAI_SERVER
    api = ApiKind.OPENAI

    def fill(self, profile: Profile) -> None:
        # Its address is the server's, not a custom endpoint.
        self.shared.load(profile, endpoint=None)
        self.shared.server_edit.setText(profile.base_url or "")

    def credential_problem(self) -> Problem | None:
        server = self.shared.server_edit.text().strip()
        if not server:
            return Problem(
                self.shared.server_edit,
                self.tr("Enter the server's address first, for example http://localhost:11434/v1."),
            )
        if not is_url(server, URL_SCHEMES):
            return Problem(
                self.shared.server_edit,
                self.tr("The server address must start with http:// or https://."),
            )
        return None  # the key is optional

    def help_text(self) -> str:
        return self.tr(
            "Enter the address of a server that speaks the OpenAI API and, if it needs "
            "one, its key."
        )

    def shown(self) -> None:
        shared = self.shared
        if shared.model() == DEFAULT_MODEL and not self.keeps_saved_secret:
            shared.model_combo.setEditText("")  # another server rarely has Google's model
        self.show_rows()
        shared.key_label.setText(self.tr("Key (optional)"))
        shared.key_edit.setPlaceholderText(self.tr("only if the server asks for one"))
        if (line := shared.model_combo.lineEdit()) is not None:
            line.setPlaceholderText(self.tr("the model's name on the server"))
        self.show_saved_key()

    def show_rows(self) -> None:
        self.shared.show_rows(server=True, key=True, project=False, endpoint=False, bucket=False)

    def default_name(self) -> str:
        host = urlsplit(self.shared.server_edit.text().strip()).hostname
        return host or super().default_name()

    def which_key_text(self) -> str:
        return self.tr("Check that the key belongs to this server.")

    def credential_fix(self) -> tuple[QWidget, str]:
        return self.shared.server_edit, self.tr("Check the address and key")

    def endpoint(self) -> str:
        return ""  # the server's address is the endpoint

    def base_url(self) -> str | None:
        return self.shared.server_edit.text().strip() or None
