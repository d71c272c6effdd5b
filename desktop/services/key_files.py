"""Reading the key files people are sent: a service-account key or an OAuth desktop-client
file, as facts (what was found, or which problem the file has) for the UI to word."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.errors import CredentialsError
from desktop.core.messages import Message

if TYPE_CHECKING:
    from desktop.services.google_sign_in import OAuthClientConfig

log = logging.getLogger(__name__)

MAX_KEY_FILE_BYTES = 1_000_000
"""Key and client files are a few kilobytes; anything much larger was picked by mistake."""

_REQUIRED = ("client_email", "private_key", "token_uri")


class KeyFileProblem(Enum):
    """Why a file is not a usable service-account key or OAuth desktop-client file."""

    UNREADABLE = "unreadable"  # missing, or not allowed to open
    TOO_LARGE = "too_large"
    NOT_JSON = "not_json"
    NOT_A_KEY_FILE = "not_a_key_file"  # JSON, but not an object
    PERSONAL_SIGN_IN = "personal_sign_in"  # gcloud's "authorized_user" file
    INCOMPLETE_KEY = "incomplete_key"
    # OAuth client files (the ones with "installed" or "web" in them)
    NOT_A_CLIENT_FILE = "not_a_client_file"
    NOT_A_DESKTOP_CLIENT = "not_a_desktop_client"
    WEB_CLIENT = "web_client"
    SERVICE_ACCOUNT_KEY = "service_account_key"  # offered where a client file belongs
    CLIENT_WITHOUT_ID = "client_without_id"
    CLIENT_WITHOUT_SECRET = "client_without_secret"
    CLIENT_BAD_ADDRESS = "client_bad_address"


@dataclass(frozen=True)
class ServiceAccountKey:
    info: dict[str, Any]
    project_id: str | None
    client_email: str

    def to_secret(self) -> str:
        """The text kept in the keyring (compact JSON, as the key file held it)."""
        return json.dumps(self.info, separators=(",", ":"))


@dataclass(frozen=True)
class CredentialsFile:
    """What a picked or dropped file turned out to be: exactly one of `key`, `client` and
    `problem` is set."""

    path: Path
    key: ServiceAccountKey | None = None
    client: OAuthClientConfig | None = None
    problem: KeyFileProblem | None = None


def read_credentials_file(path: str | Path) -> CredentialsFile:
    """A service-account key or an OAuth desktop-client config from a file, or the problem
    that keeps it from being one. Blocks: call it through asyncio.to_thread."""
    from desktop.services.google_sign_in import client_file_problem, parse_client_config

    file = Path(path)
    try:
        if file.stat().st_size > MAX_KEY_FILE_BYTES:
            return CredentialsFile(file, problem=KeyFileProblem.TOO_LARGE)
        data = file.read_bytes()
    except OSError as exc:
        log.info("Cannot read %s: %s", file, type(exc).__name__)
        return CredentialsFile(file, problem=KeyFileProblem.UNREADABLE)
    try:
        info: Any = json.loads(data.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError):
        return CredentialsFile(file, problem=KeyFileProblem.NOT_JSON)
    if isinstance(info, dict) and ("installed" in info or "web" in info):
        problem = client_file_problem(info)
        if problem is not None:
            return CredentialsFile(file, problem=problem)
        return CredentialsFile(file, client=parse_client_config(info))
    problem = service_account_problem(info)
    if problem is not None:
        return CredentialsFile(file, problem=problem)
    return CredentialsFile(file, key=_key(info))


def service_account_problem(info: object) -> KeyFileProblem | None:
    """What keeps parsed JSON from being a complete service-account key, or None."""
    if not isinstance(info, dict):
        return KeyFileProblem.NOT_A_KEY_FILE
    kind = info.get("type")
    if kind == "authorized_user":
        return KeyFileProblem.PERSONAL_SIGN_IN
    if "installed" in info or "web" in info:
        return KeyFileProblem.NOT_A_DESKTOP_CLIENT  # a client file, read as a key
    if kind != "service_account" or any(not info.get(field) for field in _REQUIRED):
        return KeyFileProblem.INCOMPLETE_KEY
    return None


def parse_service_account(data: bytes | str, name: Message | None = None) -> ServiceAccountKey:
    """A service-account key from a JSON key file's content (a saved secret), or a plain
    error naming it."""
    file = name or Message("key_file.the_file")
    try:
        info = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _bad(Message("key_file.not_json", file=file)) from exc
    problem = service_account_problem(info)
    if problem is KeyFileProblem.PERSONAL_SIGN_IN:
        raise _bad(
            Message("key_file.personal_sign_in", file=file),
            Message("key_file.personal_sign_in.hint"),
        )
    if problem is KeyFileProblem.NOT_A_DESKTOP_CLIENT:
        raise _bad(
            Message("key_file.oauth_client", file=file), Message("key_file.oauth_client.hint")
        )
    if problem is KeyFileProblem.NOT_A_KEY_FILE:
        raise _bad(Message("key_file.not_key", file=file))
    if problem is not None:
        raise _bad(Message("key_file.incomplete", file=file))
    return _key(info)


def _key(info: dict[str, Any]) -> ServiceAccountKey:
    project = info.get("project_id")
    return ServiceAccountKey(
        info, project if isinstance(project, str) else None, str(info["client_email"])
    )


def _bad(explanation: Message, hint: Message | None = None) -> CredentialsError:
    return CredentialsError(
        explanation, hint=hint or Message("key_file.hint"), status="BAD_KEY_FILE"
    )
