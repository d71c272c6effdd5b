"""The base of the ways that take a pasted key: it notices a key of another kind while it is
typed, and after a refused key says which key the way needs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.core.errors import ApiKeyInvalidError, GeminiError, KeyRefusal
from desktop.core.profile import SignInKind
from desktop.ui.connections.facts import key_kind_note, suggested_kind
from desktop.ui.connections.form import ConnectionForm, Problem
from desktop.ui.message_words import words


class KeyForm(ConnectionForm):
    """A way whose secret is the key in the shared key row."""

    def secret(self) -> str | None:
        return self.shared.key_edit.text().strip() or None

    def credential_problem(self) -> Problem | None:
        if self.secret() is None and not self.keeps_saved_secret:
            return Problem(
                self.shared.key_edit,
                QCoreApplication.translate("ConnectionDialog", "Paste your API key first."),
            )
        return None

    def show_rows(self) -> None:
        self.shared.show_rows(server=False, key=True, project=False, endpoint=True, bucket=False)

    def shown(self) -> None:
        super().shown()
        shared = self.shared
        shared.key_label.setText(QCoreApplication.translate("ConnectionDialog", "API key"))
        shared.key_edit.setPlaceholderText(
            QCoreApplication.translate("ConnectionDialog", "paste the key here")
        )
        self.show_saved_key()

    def show_saved_key(self) -> None:
        if self.keeps_saved_secret:
            self.shared.key_edit.setPlaceholderText(
                QCoreApplication.translate(
                    "ConnectionDialog",
                    "saved in your password store; type a new key to replace it",
                )
            )

    def key_note(self) -> str | None:
        """A sentence while the typed key is clearly of another kind."""
        return key_kind_note(self.kind, self.shared.key_edit.text())

    def explain(self, error: GeminiError) -> str:
        body = words(error.hint_words)
        note = self.key_note()
        if note:
            self.shared.set_key_note(None)  # said in the result now
            return f"{body}\n\n{note}" if body else note
        if isinstance(error, ApiKeyInvalidError) and error.refusal is KeyRefusal.INVALID:
            return f"{body}\n\n{self.which_key_text()}"
        return body

    def which_key_text(self) -> str:
        """After a refused key: which key this way needs."""
        raise NotImplementedError

    def better_kind(self, error: GeminiError) -> SignInKind | None:
        if not isinstance(error, ApiKeyInvalidError):
            return None
        return suggested_kind(self.kind, self.shared.key_edit.text())

    def credential_fix(self) -> tuple[QWidget, str]:
        return self.shared.key_edit, QCoreApplication.translate("ConnectionDialog", "Check the key")
