"""The OAuth 2.0 authorization-code grant with PKCE (RFC 7636), as Google's /token answers it.

The browser half (the consent page and its redirect) is played by the test: it calls
`LoopbackServer.issue_authorization_code(...)` with the parameters it read from the
authorization URL and hands the code to the app's redirect listener. The app then redeems
the code at /token with `grant_type=authorization_code`, which is checked here.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import time
from dataclasses import dataclass, field
from typing import Any

from tests.loopback.auth import TokenError

AUTHORIZATION_CODE_GRANT = "authorization_code"
ISSUER = "https://accounts.google.com"
DEFAULT_EMAIL = "loopback.user@example.com"
# What Google reports as granted for "cloud-platform openid email": it spells out "email".
DEFAULT_GRANTED_SCOPE = (
    "https://www.googleapis.com/auth/cloud-platform openid "
    "https://www.googleapis.com/auth/userinfo.email"
)
CODE_LIFETIME = 600.0  # Google's codes are short-lived; ten minutes is plenty for a test.

# Google's own wording for the failures a client can meet.
INVALID_VERIFIER = "Invalid code verifier."
MISSING_VERIFIER = "Missing code verifier."
BAD_REQUEST = "Bad Request"
MISSING_CLIENT_SECRET = "client_secret is missing."
UNAUTHORIZED_CLIENT = "Unauthorized"


@dataclass
class AuthorizationCode:
    """One code as the consent page would have issued it, bound to its request."""

    code: str
    code_challenge: str
    redirect_uri: str
    client_id: str
    client_secret: str | None  # None: any non-empty secret is accepted
    email: str
    scope: str
    expires_at: float = field(default_factory=lambda: time.monotonic() + CODE_LIFETIME)
    used: bool = False


def new_code(
    code_challenge: str,
    redirect_uri: str,
    client_id: str,
    *,
    client_secret: str | None,
    email: str,
    scope: str,
) -> AuthorizationCode:
    """A fresh code shaped like Google's ("4/0A..." then URL-safe characters)."""
    return AuthorizationCode(
        code="4/0Aloopback-" + secrets.token_urlsafe(32),
        code_challenge=code_challenge,
        redirect_uri=redirect_uri,
        client_id=client_id,
        client_secret=client_secret,
        email=email,
        scope=scope,
    )


def s256(verifier: str) -> str:
    """RFC 7636 S256: BASE64URL(SHA256(ASCII(code_verifier))), without padding."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def redeem(codes: dict[str, AuthorizationCode], form: dict[str, str]) -> AuthorizationCode:
    """Checks an authorization_code grant against the issued codes and uses the code up.

    Raises TokenError with Google's error and description. The caller holds the lock that
    guards `codes`.
    """
    client_id = form.get("client_id", "")
    if not client_id:
        raise TokenError("invalid_request", "Could not determine client ID from request.")
    if not form.get("client_secret"):
        raise TokenError("invalid_request", MISSING_CLIENT_SECRET)
    record = codes.get(form.get("code", ""))
    if record is None or record.used or record.expires_at <= time.monotonic():
        raise TokenError("invalid_grant", BAD_REQUEST)
    if record.client_id != client_id:
        raise TokenError("invalid_client", "The OAuth client was not found.")
    if record.client_secret is not None and form["client_secret"] != record.client_secret:
        raise TokenError("invalid_client", UNAUTHORIZED_CLIENT)
    if form.get("redirect_uri") != record.redirect_uri:
        raise TokenError("redirect_uri_mismatch", BAD_REQUEST)
    verifier = form.get("code_verifier")
    if not verifier:
        raise TokenError("invalid_grant", MISSING_VERIFIER)
    # Any attempt that gets this far uses the code up, so a test cannot try a second verifier.
    record.used = True
    if not secrets.compare_digest(s256(verifier), record.code_challenge):
        raise TokenError("invalid_grant", INVALID_VERIFIER)
    return record


def id_token(record: AuthorizationCode, *, now: float | None = None) -> str:
    """An unsigned ("alg": "none") but well-formed JWT with the claims Google puts in one."""
    issued = int(time.time() if now is None else now)
    header = {"alg": "none", "typ": "JWT"}
    payload: dict[str, Any] = {
        "iss": ISSUER,
        "azp": record.client_id,
        "aud": record.client_id,
        "sub": "100000000000000000042",
        "email": record.email,
        "email_verified": True,
        "iat": issued,
        "exp": issued + 3600,
    }
    return f"{_segment(header)}.{_segment(payload)}."


def _segment(value: dict[str, Any]) -> str:
    raw = json.dumps(value, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")
