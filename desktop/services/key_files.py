"""Reading the key files people are sent: a service-account key, checked and explained."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from desktop.core.errors import CredentialsError

_HOW_TO_GET_A_KEY = "In Google Cloud Console, open IAM → Service accounts → Keys, add a JSON key."
_REQUIRED = ("client_email", "private_key", "token_uri")


@dataclass(frozen=True)
class ServiceAccountKey:
    info: dict[str, Any]
    project_id: str | None
    client_email: str

    def to_secret(self) -> str:
        """The text kept in the keyring (compact JSON, as the key file held it)."""
        return json.dumps(self.info, separators=(",", ":"))


def parse_service_account(data: bytes | str, name: str = "The file") -> ServiceAccountKey:
    """A service-account key from a JSON key file's content, or a plain error naming it."""
    try:
        info = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _bad(f"{name} is not a key file (it is not JSON).") from exc
    if not isinstance(info, dict):
        raise _bad(f"{name} is not a key file.")
    kind = info.get("type")
    if kind == "authorized_user":
        raise _bad(
            f"{name} holds a personal Google sign-in, not a service-account key.",
            hint="Choose “Google Cloud (gcloud)” instead, or ask for a service-account key.",
        )
    if "installed" in info or "web" in info:
        raise _bad(
            f"{name} is an OAuth client file, not a service-account key.",
            hint="Choose “Sign in with Google” to use it.",
        )
    if kind != "service_account" or any(not info.get(field) for field in _REQUIRED):
        raise _bad(f"{name} is not a complete service-account key.")
    project = info.get("project_id")
    return ServiceAccountKey(
        info, project if isinstance(project, str) else None, str(info["client_email"])
    )


def _bad(explanation: str, hint: str | None = None) -> CredentialsError:
    return CredentialsError(
        explanation,
        hint=hint
        or "In Google Cloud Console, open IAM → Service accounts → Keys and add a JSON key.",
        status="BAD_KEY_FILE",
    )
