"""The Sign in with Google form: an OAuth desktop-client file, then a sign-in in the browser;
the refresh token goes to the keyring."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.profile import SignInKind
from desktop.ui import icons
from desktop.ui.connections.form import ConnectionForm, Problem
from desktop.ui.connections.shared_fields import SharedFields
from desktop.ui.connections.widgets import DropZone, set_state

if TYPE_CHECKING:
    from desktop.services.google_sign_in import OAuthClientConfig


class GoogleSignInForm(ConnectionForm):
    kind = SignInKind.GOOGLE_SIGN_IN

    file_chosen = Signal(str)
    """A dropped file, to read."""
    choose_requested = Signal()
    """Open a file dialog to pick the client file."""
    sign_in_requested = Signal(object)
    """An OAuthClientConfig: run "Sign in with Google" with it."""
    sign_in_stop_requested = Signal()

    def __init__(self, shared: SharedFields, parent: QWidget) -> None:
        super().__init__(shared, parent)
        self._client: OAuthClientConfig | None = None
        self._secret: str | None = None
        self._email: str | None = None
        self._signing_in = False
        box = self.box = QFrame(parent)
        box.setObjectName("signInBox")
        self.zone = DropZone(self._prompt(), self.tr("Choose file…"), box)
        self.zone.setObjectName("clientFileZone")
        self.button = QPushButton(self.tr("Sign in with Google"), box)
        self.button.setObjectName("signInButton")
        self.button.setAutoDefault(False)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.setIcon(icons.icon("account", "white", 18))
        self._status = QLabel(box)
        self._status.setObjectName("signInStatus")
        self._status.setWordWrap(True)
        self._link_caption = QLabel(box)
        self._link_caption.setObjectName("signInLinkCaption")
        self._link_caption.setWordWrap(True)
        self._link = QLineEdit(box)
        self._link.setObjectName("signInLink")
        self._link.setReadOnly(True)
        self._link_copy = QPushButton(self.tr("Copy link"), box)
        self._link_copy.setObjectName("copyLinkButton")
        self._link_copy.setAutoDefault(False)
        link_row = QHBoxLayout()
        link_row.setSpacing(6)
        link_row.addWidget(self._link, 1)
        link_row.addWidget(self._link_copy)
        button_row = QHBoxLayout()
        button_row.setSpacing(12)
        button_row.addWidget(self.button)
        button_row.addWidget(self._status, 1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.zone)
        layout.addLayout(button_row)
        layout.addWidget(self._link_caption)
        layout.addLayout(link_row)
        self._show_link(False)
        self.zone.file_dropped.connect(self.file_chosen)
        self.zone.choose_clicked.connect(self.choose_requested)
        self.button.clicked.connect(self._on_button_clicked)
        self._link_copy.clicked.connect(self._on_link_copy_clicked)
        self._refresh()

    def secret(self) -> str | None:
        return self._secret

    def reset(self) -> None:
        self._client = self._secret = self._email = None
        self.zone.show_empty(self._prompt(), self.tr("Choose file…"))
        self.stop_waiting()

    def credential_problem(self) -> Problem | None:
        if self._secret is not None or self.keeps_saved_secret:
            return None
        if self._client is None:
            return Problem(self.zone.button, self.tr("Choose the OAuth client file first."))
        return Problem(self.button, self.tr("Sign in with Google first."))

    def help_text(self) -> str:
        return self.tr(
            "Choose the OAuth client file (type “Desktop app”) from your Google Cloud "
            "project, then sign in with your Google account in the browser."
        )

    def shown(self) -> None:
        super().shown()
        self._refresh()

    def account(self) -> str | None:
        saved = self._saved.account if self._saved is not None else None
        return self._email or saved

    def default_name(self) -> str:
        return self._email or super().default_name()

    def credential_fix(self) -> tuple[QWidget, str]:
        return self.button, self.tr("Sign in again")

    def file_title(self) -> str:
        return self.tr("Choose the OAuth client file")

    # -- the sign-in, as the controller reports it ------------------------------------------------

    def set_client(self, path: str, config: OAuthClientConfig) -> None:
        """An OAuth desktop-client file was read from `path`."""
        self._client = config
        client = config.client_id.split(".apps.googleusercontent.com")[0]
        self.zone.show_loaded(
            Path(path).name,
            self.tr("OAuth client %1 is ready. Now sign in.").replace("%1", client),
            self.tr("Choose another…"),
        )
        self._refresh()

    def request_sign_in(self) -> None:
        if self._client is not None:
            self.sign_in_requested.emit(self._client)

    def show_signing_in(self) -> None:
        self._signing_in = True
        self._status.setText(
            self.tr("Finish signing in in your browser. Gemini Desktop is waiting…")
        )
        self._refresh()

    def show_link(self, url: str, browser_opened: bool) -> None:
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
        self._link.setText(url)
        self._link.setCursorPosition(0)
        self._show_link(True)

    def show_signed_in(self, email: str | None, secret: str) -> None:
        self._secret = secret
        self._email = email
        self.stop_waiting()
        self.changed.emit()

    def stop_waiting(self) -> None:
        """The sign-in ended (done, failed or stopped): no link, no waiting."""
        self._signing_in = False
        self._show_link(False)
        self._refresh()

    def is_signing_in(self) -> bool:
        return self._signing_in

    def link(self) -> str:
        return self._link.text() if not self._link.isHidden() else ""

    def status_text(self) -> str:
        return self._status.text()

    # -- slots and helpers ------------------------------------------------------------------------

    def _on_button_clicked(self) -> None:
        if self._signing_in:
            self.sign_in_stop_requested.emit()
        else:
            self.request_sign_in()

    def _on_link_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._link.text())
        self._link_copy.setText(self.tr("Copied"))

    def _show_link(self, shown: bool) -> None:
        for widget in (self._link_caption, self._link, self._link_copy):
            widget.setVisible(shown)

    def _refresh(self) -> None:
        ready = self._client is not None
        self.button.setEnabled(ready or self._signing_in)
        if self._signing_in:
            self.button.setText(self.tr("Stop waiting"))
            return
        email = self.account()
        if self._secret is not None or self.keeps_saved_secret:
            self.button.setText(self.tr("Sign in again"))
            if email:
                self._status.setText(self.tr("✓ Signed in as %1").replace("%1", email))
            else:
                self._status.setText(self.tr("✓ Signed in with Google"))
            set_state(self._status, "state", "success")
        else:
            self.button.setText(self.tr("Sign in with Google"))
            self._status.setText(
                self.tr("Ready to sign in.") if ready else self.tr("First choose the client file.")
            )
            set_state(self._status, "state", "")

    def _prompt(self) -> str:
        return self.tr("Drop the OAuth client file (client_secret_….json) here")
