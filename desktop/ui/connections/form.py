"""The base of the forms, one per way of connecting (as Picard's OptionsPage is of its pages).

A form reads and fills the shared rows and owns what only its way needs (a drop zone, the
gcloud box, the sign-in box). The dialog asks it four things: `load(profile)`, `problem()`,
`fields()` and `secret()`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.core.connection import DEFAULT_LOCATION, DEFAULT_MODEL, ApiKind
from desktop.core.errors import GeminiError
from desktop.core.profile import Profile, SignInKind
from desktop.services.uploads import bucket_name
from desktop.ui.connections.facts import bucket_note, way
from desktop.ui.connections.shared_fields import SharedFields
from desktop.ui.connections.widgets import link_html
from desktop.ui.message_words import words

URL_SCHEMES = ("http", "https")
_PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")


@dataclass(frozen=True)
class Problem:
    """What is wrong with what is typed, and the field to go to."""

    field: QWidget
    text: str


@dataclass(frozen=True)
class ProfileFields:
    """A profile's settings apart from its id, its name and its secret."""

    api: ApiKind
    project: str | None
    location: str
    model: str
    base_url: str | None
    proxy: str | None
    account: str | None
    bucket: str | None


class ConnectionForm(QObject):
    """One way of connecting. Subclasses set `kind` (and `api` when the way fixes it)."""

    kind: ClassVar[SignInKind]
    api: ClassVar[ApiKind | None] = None
    """The API this way always uses; None: the one chosen in the API row."""

    changed = Signal()
    """Something the default name depends on changed (a sign-in, a key file was read)."""

    def __init__(self, shared: SharedFields, parent: QWidget) -> None:
        super().__init__(parent)
        self.shared = shared
        self.box: QWidget | None = None
        """What only this way shows, above the shared rows."""
        self._saved: Profile | None = None

    # -- the four questions -----------------------------------------------------------------------

    def load(self, profile: Profile | None) -> None:
        """Start over for `profile` (None: a new connection, from empty rows). When it is
        this way's, fill the shared rows with it; its secret stays in the keyring."""
        self._saved = profile if profile is not None and profile.sign_in is self.kind else None
        if profile is None:
            self.shared.reset()
        self.reset()
        if self._saved is not None:
            self.fill(self._saved)

    def problem(self, *, saving: bool = False) -> Problem | None:
        """What keeps this form from being tested (or saved), or None."""
        problem = self.credential_problem()
        shared = self.shared
        if problem is None and self.kind.needs_project and not shared.project():
            problem = Problem(
                shared.project_edit,
                QCoreApplication.translate(
                    "ConnectionDialog", "Enter the Google Cloud project ID first."
                ),
            )
        if problem is None and self.takes_bucket():
            note = bucket_note(shared.bucket_edit.text())
            if note:
                problem = Problem(shared.bucket_edit, note)
        if problem is None and saving and not shared.model():
            problem = Problem(
                shared.model_combo,
                QCoreApplication.translate(
                    "ConnectionDialog",
                    "Enter the model's name, or press Test connection to list the models "
                    "the server offers.",
                ),
            )
        endpoint = self.endpoint()
        if problem is None and endpoint and not is_url(endpoint, URL_SCHEMES):
            problem = Problem(
                shared.endpoint_edit,
                QCoreApplication.translate(
                    "ConnectionDialog",
                    "The custom endpoint must start with https:// (or http://).",
                ),
            )
        proxy = shared.proxy_edit.text().strip()
        if problem is None and proxy and not is_url(proxy, _PROXY_SCHEMES):
            problem = Problem(
                shared.proxy_edit,
                QCoreApplication.translate(
                    "ConnectionDialog",
                    "The proxy must look like http://host:port (or socks5://host:port).",
                ),
            )
        return problem

    def fields(self) -> ProfileFields:
        """The profile's settings as typed (the dialog adds the id and the name)."""
        shared = self.shared
        project_kind = self.kind.needs_project
        location = shared.location_combo.currentText().strip() if project_kind else ""
        bucket = bucket_name(shared.bucket_edit.text()) if self.takes_bucket() else ""
        return ProfileFields(
            api=self.api or shared.chosen_api(),
            project=(shared.project() or None) if project_kind else None,
            location=location or DEFAULT_LOCATION,
            model=shared.model() or DEFAULT_MODEL,
            base_url=self.base_url(),
            proxy=shared.proxy_edit.text().strip() or None,
            account=self.account(),
            bucket=bucket or None,
        )

    def secret(self) -> str | None:
        """The secret the form holds, or None: nothing new (keep the saved one, if any)."""
        return None

    # -- what each way says and shows -------------------------------------------------------------

    def help_text(self) -> str:
        """The sentence under the way's title (without its link)."""
        raise NotImplementedError

    def help_html(self) -> str:
        info = way(self.kind)
        text = self.help_text()
        if info.link_url and info.link_text:
            text += " " + link_html(info.link_url, info.link_text, self.shared.palette())
        return text

    def shown(self) -> None:
        """The way was chosen: show its rows and fill in what it expects."""
        shared = self.shared
        self.show_rows()
        if not shared.model():
            shared.model_combo.setEditText(DEFAULT_MODEL)
        if (line := shared.model_combo.lineEdit()) is not None:
            line.setPlaceholderText(DEFAULT_MODEL)

    def show_rows(self) -> None:
        """Show the shared rows this way needs (again after the API or Advanced changed)."""
        self.shared.show_rows(
            server=False,
            key=False,
            project=self.kind.needs_project,
            endpoint=True,
            bucket=self.takes_bucket(),
        )

    def default_name(self) -> str:
        base = way(self.kind).default_name
        project = self.shared.project()
        return f"{base} · {project}" if self.kind.needs_project and project else base

    def credential_fix(self) -> tuple[QWidget, str]:
        """The field to go to when the sign-in was refused, and the button's words."""
        return self.shared.project_edit, QCoreApplication.translate(
            "ConnectionDialog", "Check the project"
        )

    def explain(self, error: GeminiError) -> str:
        """The body under a failed test's title."""
        return words(error.hint_words)

    def better_kind(self, error: GeminiError) -> SignInKind | None:
        """Another way that fits what was typed better, to offer after `error`."""
        return None

    def takes_bucket(self) -> bool:
        """Whether this way uploads large files to a bucket: Vertex AI (native) with Google
        credentials; never with a key or through the OpenAI-compatible API."""
        return self.kind.needs_project and self.shared.chosen_api() is ApiKind.VERTEX

    # -- for subclasses ---------------------------------------------------------------------------

    @property
    def keeps_saved_secret(self) -> bool:
        """Editing a saved profile of this way: an empty secret keeps the saved one."""
        return self._saved is not None

    def reset(self) -> None:
        """Forget what this way alone holds (a read key file, a sign-in, ...)."""

    def fill(self, profile: Profile) -> None:
        """Fill the shared rows with a saved profile of this way."""
        self.shared.load(profile, endpoint=profile.base_url)

    def credential_problem(self) -> Problem | None:
        return None

    def account(self) -> str | None:
        return None

    def endpoint(self) -> str:
        return self.shared.endpoint_edit.text().strip()

    def base_url(self) -> str | None:
        return self.endpoint() or None


def is_url(text: str, schemes: tuple[str, ...]) -> bool:
    parts = urlsplit(text)
    return parts.scheme.lower() in schemes and bool(parts.netloc)
