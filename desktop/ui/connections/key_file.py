"""The service-account key file form: a .json key, dropped or chosen, kept in the keyring."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.core.profile import SignInKind
from desktop.services.key_files import ServiceAccountKey
from desktop.ui.connections.form import ConnectionForm, Problem
from desktop.ui.connections.shared_fields import SharedFields
from desktop.ui.connections.widgets import DropZone


class KeyFileForm(ConnectionForm):
    kind = SignInKind.SERVICE_ACCOUNT

    file_chosen = Signal(str)
    """A dropped file, to read."""
    choose_requested = Signal()
    """Open a file dialog to pick the key file."""

    def __init__(self, shared: SharedFields, parent: QWidget) -> None:
        super().__init__(shared, parent)
        self._secret: str | None = None
        self._account: str | None = None
        self._path: Path | None = None
        zone = self.zone = DropZone(self._prompt(), self.tr("Choose file…"), parent)
        zone.setObjectName("keyFileZone")
        self.box = zone
        zone.file_dropped.connect(self.file_chosen)
        zone.choose_clicked.connect(self.choose_requested)

    def secret(self) -> str | None:
        return self._secret

    def reset(self) -> None:
        self._secret = self._account = self._path = None
        self.zone.show_empty(self._prompt(), self.tr("Choose file…"))

    def credential_problem(self) -> Problem | None:
        if self._secret is None and not self.keeps_saved_secret:
            return Problem(
                self.zone.button,
                self.tr("Choose or drop the service account's key file first."),
            )
        return None

    def help_text(self) -> str:
        return self.tr(
            "Drop the service account's .json key file below, or choose it. Gemini "
            "Desktop keeps a copy in your password store."
        )

    def shown(self) -> None:
        super().shown()
        if self._saved is not None and self._secret is None:
            self.zone.show_loaded(
                self.tr("The key is saved in your password store"),
                self._saved.account or "",
                self.tr("Replace…"),
            )

    def account(self) -> str | None:
        saved = self._saved.account if self._saved is not None else None
        return self._account or saved

    def credential_fix(self) -> tuple[QWidget, str]:
        return self.zone.button, self.tr("Choose another key file")

    def file_title(self) -> str:
        return self.tr("Choose the service account's key file")

    def set_key(self, path: str, key: ServiceAccountKey) -> None:
        """A service-account key was read from `path`."""
        self._secret = key.to_secret()
        self._account = key.client_email
        self._path = Path(path)
        detail = key.client_email
        if key.project_id:
            detail += "\n" + self.tr("Project: %1").replace("%1", key.project_id)
        self.zone.show_loaded(Path(path).name, detail, self.tr("Choose another…"))
        self.shared.offer_project(key.project_id)
        self.changed.emit()

    def original_file(self) -> Path | None:
        """The file a key was read from in this form (its copy goes to the keyring)."""
        return self._path if self._secret is not None else None

    def _prompt(self) -> str:
        return self.tr("Drop the key file (.json) here")
