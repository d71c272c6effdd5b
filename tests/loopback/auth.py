"""Credentials at the loopback: JWT-bearer assertions, OAuth token errors, auth error bodies."""

from __future__ import annotations

import base64
import binascii
import json
import time
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from tests.loopback.scenario import error_info, localized_message, rpc_error

JWT_BEARER_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer"
REFRESH_TOKEN_GRANT = "refresh_token"

# Google's own wording, so client code that matches on it can be tested.
API_KEY_INVALID_MESSAGE = "API key not valid. Please pass a valid API key."
_CREDENTIAL_HINT = (
    "Expected OAuth 2 access token, login cookie or other valid authentication credential. "
    "See https://developers.google.com/identity/sign-in/web/devconsole-project."
)
INVALID_CREDENTIALS_MESSAGE = "Request had invalid authentication credentials. " + _CREDENTIAL_HINT
MISSING_CREDENTIALS_MESSAGE = (
    "Request is missing required authentication credential. " + _CREDENTIAL_HINT
)
API_KEYS_UNSUPPORTED_MESSAGE = (
    "API keys are not supported by this API. Expected OAuth2 access token or other "
    "authentication credentials that assert a principal. See "
    "https://cloud.google.com/docs/authentication"
)
# The refusals a key can get, each as a public client that met it recorded it (the sources
# are named beside each body below).
API_KEY_EXPIRED_MESSAGE = "API key expired. Please renew the API key."
MULTIPLE_CREDENTIALS_MESSAGE = "Multiple authentication credentials received. Please pass only one."
UNREGISTERED_CALLER_MESSAGE = (
    "Method doesn't allow unregistered callers (callers without established identity). "
    "Please use API Key or other form of API consumer identity to call this API."
)


class TokenError(Exception):
    """A failed token request: becomes 400 {"error": error, "error_description": ...}."""

    def __init__(self, error: str, description: str) -> None:
        super().__init__(description)
        self.error = error
        self.description = description

    def body(self) -> dict[str, str]:
        return {"error": self.error, "error_description": self.description}


@dataclass
class Jwt:
    """A decoded, unverified JWT."""

    header: dict[str, Any]
    payload: dict[str, Any]
    signing_input: bytes
    signature: bytes


def _b64url(segment: str) -> bytes:
    return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))


def parse_jwt(assertion: str) -> Jwt:
    """Splits and decodes a compact JWS; raises TokenError when it is not one."""
    try:
        header, payload, signature = assertion.split(".")
        return Jwt(
            header=json.loads(_b64url(header)),
            payload=json.loads(_b64url(payload)),
            signing_input=f"{header}.{payload}".encode(),
            signature=_b64url(signature),
        )
    except (ValueError, binascii.Error) as exc:
        raise TokenError("invalid_grant", "Invalid JWT: could not decode the assertion.") from exc


def check_claims(jwt: Jwt, *, now: float | None = None) -> None:
    """Checks what Google checks before looking at the key: iss, aud, scope and lifetime."""
    now = time.time() if now is None else now
    claims = jwt.payload
    for claim in ("iss", "aud"):
        if not claims.get(claim):
            raise TokenError("invalid_request", f"Invalid JWT: missing '{claim}' claim.")
    if not str(claims["aud"]).endswith("/token"):
        raise TokenError("invalid_grant", "Invalid JWT: the audience is not a token endpoint.")
    if not claims.get("scope") and not claims.get("target_audience"):
        raise TokenError("invalid_scope", "Invalid oauth scope or ID token audience provided.")
    iat, exp = claims.get("iat", 0), claims.get("exp", 0)
    if not (iat - 300 <= now <= exp) or exp - iat > 3600:
        raise TokenError(
            "invalid_grant",
            "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable "
            "timeframe. Check your iat and exp values in the JWT claim.",
        )


def verify_rs256(public_key_pem: bytes, jwt: Jwt) -> None:
    """Verifies the RS256 signature; raises TokenError as Google words it."""
    if jwt.header.get("alg") != "RS256":
        raise TokenError("invalid_grant", "Invalid JWT Signature.")
    key = serialization.load_pem_public_key(public_key_pem)
    if not isinstance(key, rsa.RSAPublicKey):
        raise TypeError("register_service_account needs an RSA public key")
    try:
        key.verify(jwt.signature, jwt.signing_input, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature as exc:
        raise TokenError("invalid_grant", "Invalid JWT Signature.") from exc


def unauthenticated(reason: str, service: str, method: str, message: str) -> dict[str, Any]:
    """401 UNAUTHENTICATED with an ErrorInfo such as ACCESS_TOKEN_EXPIRED or CREDENTIALS_MISSING."""
    detail = error_info(reason, metadata={"method": method, "service": service})
    return rpc_error(401, "UNAUTHENTICATED", message, [detail])


def api_key_invalid(service: str) -> dict[str, Any]:
    """Google's exact 400 for a wrong API key.
    Source: https://github.com/google/timesketch/pull/3703"""
    details = [
        error_info("API_KEY_INVALID", metadata={"service": service}),
        localized_message(API_KEY_INVALID_MESSAGE),
    ]
    return rpc_error(400, "INVALID_ARGUMENT", API_KEY_INVALID_MESSAGE, details)


def api_key_expired(service: str) -> dict[str, Any]:
    """400 for a key past its expiry: API_KEY_INVALID with Google's "expired" wording.
    Source: https://github.com/SamuelSchmidgall/AgentLaboratory/issues/33"""
    details = [
        error_info("API_KEY_INVALID", metadata={"service": service}),
        localized_message(API_KEY_EXPIRED_MESSAGE),
    ]
    return rpc_error(400, "INVALID_ARGUMENT", API_KEY_EXPIRED_MESSAGE, details)


def key_type_unsupported(service: str, method: str) -> dict[str, Any]:
    """401 the Gemini API sends for a key it does not take as a key: a retired (or, before
    September 2026, unrestricted) standard AIza key, or a key of another kind such as a
    Vertex AI express key. Sources: https://github.com/NousResearch/hermes-agent/pull/68285
    (port of https://github.com/Kilo-Org/kilocode/pull/12162, after issue 11763) and
    https://discuss.ai.google.dev/t/previously-working-gemini-api-broke-account-now-restricted-to-aq-keys-all-401-access-token-type-unsupported-project-gen-lang-client-02513966/175711"""
    return unauthenticated(
        "ACCESS_TOKEN_TYPE_UNSUPPORTED", service, method, INVALID_CREDENTIALS_MESSAGE
    )


def api_keys_unsupported(service: str, method: str) -> dict[str, Any]:
    """401 Vertex AI sends for an API key that is not an express-mode key (an AI Studio key,
    or any key on a project's endpoint). Sources:
    https://github.com/googleapis/java-genai/issues/1000 (an AQ. key) and
    https://github.com/SillyTavern/SillyTavern/issues/4223 (the whole body)"""
    return unauthenticated("CREDENTIALS_MISSING", service, method, API_KEYS_UNSUPPORTED_MESSAGE)


def api_key_service_blocked(service: str, method: str) -> dict[str, Any]:
    """403 for a key whose API restrictions leave this API out.
    Source: https://github.com/continuedev/continue/issues/12781"""
    message = f"Requests to this API {service} method {method} are blocked."
    metadata = {
        "consumer": "projects/177838813423",
        "service": service,
        "apiName": service,
        "methodName": method,
    }
    details = [error_info("API_KEY_SERVICE_BLOCKED", metadata=metadata), localized_message(message)]
    return rpc_error(403, "PERMISSION_DENIED", message, details)


def multiple_credentials() -> dict[str, Any]:
    """400 when a request carries an API key and a sign-in token together (no details).
    Sources: https://github.com/NVIDIA/NemoClaw/issues/1960,
    https://github.com/NousResearch/hermes-agent/issues/7893"""
    return rpc_error(400, "INVALID_ARGUMENT", MULTIPLE_CREDENTIALS_MESSAGE)


@dataclass
class ApiKeys:
    """The keys the loopback knows, by what Google's two key services make of them."""

    anywhere: set[str] = field(default_factory=lambda: {"test-api-key"})
    """Taken by the Gemini API and by Vertex AI express alike (most tests need no more)."""
    gemini: set[str] = field(default_factory=set)
    """AI Studio keys: the Gemini API takes them, Vertex AI express does not."""
    express: set[str] = field(default_factory=set)
    """Vertex AI express keys: express takes them, the Gemini API does not."""
    retired: set[str] = field(default_factory=set)
    """Standard AIza keys Google no longer takes anywhere."""
    restricted: set[str] = field(default_factory=set)
    """Keys restricted to other APIs: refused by both with API_KEY_SERVICE_BLOCKED."""
    expired: set[str] = field(default_factory=set)

    def refusal(self, key: str, service: str, method: str) -> tuple[int, dict[str, Any]] | None:
        """None when `service` takes `key`, else the status and the error Google sends."""
        gemini = service == "generativelanguage.googleapis.com"
        if key in self.anywhere or key in (self.gemini if gemini else self.express):
            return None
        if key in self.restricted:
            return 403, api_key_service_blocked(service, method)
        if key in self.expired:
            return 400, api_key_expired(service)
        if gemini and (key in self.express or key in self.retired):
            return 401, key_type_unsupported(service, method)
        if not gemini and (key in self.gemini or key in self.retired):
            return 401, api_keys_unsupported(service, method)
        return 400, api_key_invalid(service)


def unregistered_caller(service: str, method: str) -> dict[str, Any]:
    """Google's 403 when a request carries neither an API key nor a token."""
    detail = error_info("CONSUMER_INVALID", metadata={"service": service, "method": method})
    return rpc_error(403, "PERMISSION_DENIED", UNREGISTERED_CALLER_MESSAGE, [detail])


def openai_auth_error(key: str | None) -> dict[str, Any]:
    """OpenAI's 401 shape for a missing or wrong key on the generic endpoint."""
    if key is None:
        message = "You didn't provide an API key."
    else:
        message = f"Incorrect API key provided: {key[:3]}***{key[-4:]}."
    return {
        "message": message,
        "type": "invalid_request_error",
        "param": None,
        "code": "invalid_api_key",
    }
