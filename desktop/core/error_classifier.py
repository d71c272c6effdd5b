"""Turning a server's error reply into one of core's error types, with its plain words.

Reads google.rpc.Status bodies (ErrorInfo, RetryInfo, QuotaFailure, Help details), OAuth
`{"error": "invalid_grant"}` replies, OpenAI-shaped errors and pages that are not JSON at
all, plus the Retry-After header. No IO: the services hand in the status, body and headers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from desktop.core.api_keys import KeyForm
from desktop.core.errors import (
    AI_STUDIO_KEYS,
    AI_STUDIO_PROJECTS,
    CLOUD_CREDENTIALS,
    Action,
    ActionKind,
    ApiError,
    ApiKeyInvalidError,
    AuthenticationError,
    InvalidArgumentError,
    KeyRefusal,
    ModelNotFoundError,
    PermissionDeniedError,
    QuotaExceededError,
    QuotaLimit,
    ServerError,
    ServiceDisabledError,
)
from desktop.core.messages import Message

CLOUD_CONSOLE_API_LIBRARY = (
    "https://console.cloud.google.com/apis/library/aiplatform.googleapis.com"
)


@dataclass(frozen=True)
class Asked:
    """Who was asked, and for which model, so the advice fits the cause: the Gemini API
    has no project, no roles and no region; a server that is not Google's is named."""

    gemini_api: bool = False
    """The Gemini API (an AI Studio key), not Vertex AI."""
    host: str | None = None
    """The host of a server that is not Google's (a proxy, an OpenAI-compatible server);
    None for Google."""
    model: str | None = None
    """The model the request named, if it named one."""
    key: KeyForm | None = None
    """The form of the API key the request carried; None when it carried none (a sign-in
    token, or no credential): a key's refusal reads differently from a token's."""


VERTEX = Asked()


def error_from_response(
    http_status: int,
    body: bytes | str,
    headers: Mapping[str, str] | None = None,
    asked: Asked = VERTEX,
) -> ApiError:
    """An ApiError from an HTTP error reply: google.rpc.Status, OAuth or OpenAI shapes, or
    a page that is not JSON at all (a proxy's, say)."""
    error = _error_object(body)
    header_delay = _retry_after_header((headers or {}).get("retry-after"))
    if error is None:
        snippet = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
        return classify(http_status, None, _first_line(snippet), [], header_delay, asked)
    code = error.get("code")
    rpc_status = error.get("status")
    message = error.get("message") or error.get("error_description")
    raw_details = error.get("details")
    details: list[Any] = raw_details if isinstance(raw_details, list) else []
    return classify(
        code if isinstance(code, int) else http_status,
        rpc_status if isinstance(rpc_status, str) else None,
        str(message) if message else None,
        details,
        header_delay,
        asked,
    )


def error_from_payload(payload: Mapping[str, Any], asked: Asked = VERTEX) -> ApiError:
    """An error object that arrived inside a stream after HTTP 200."""
    error = payload.get("error")
    if not isinstance(error, dict):
        error = {"message": str(error)}
    code = error.get("code")
    return error_from_response(
        code if isinstance(code, int) else 500, json.dumps(payload), asked=asked
    )


def classify(
    code: int,
    rpc_status: str | None,
    message: str | None,
    details: list[Any],
    header_delay: float | None = None,
    asked: Asked = VERTEX,
) -> ApiError:
    """Pick the error type and the plain words from the status code and details."""
    info = _detail(details, "ErrorInfo")
    reason = str(info.get("reason", "")) if info else ""
    metadata = info.get("metadata", {}) if info else {}
    common: dict[str, Any] = {"code": code, "status": rpc_status, "server_message": message}

    refused = _key_refused(reason, message, asked, common)
    if refused is not None:
        return refused
    if reason == "SERVICE_DISABLED" or (message and "has not been used in project" in message):
        url = metadata.get("activationUrl") or _help_link(details) or CLOUD_CONSOLE_API_LIBRARY
        service = metadata.get("serviceTitle")
        if service:
            words = Message("api.service_disabled", service=str(service))
        else:  # name the API that was asked, not always Vertex AI
            words = Message("api.gemini_disabled" if asked.gemini_api else "api.vertex_disabled")
        return ServiceDisabledError(
            words,
            hint=Message("api.service_disabled.hint"),
            action=Action(ActionKind.OPEN_LINK, url),
            **common,
        )
    if code == 401 or rpc_status == "UNAUTHENTICATED":
        return AuthenticationError(
            Message("api.unauthenticated"),
            hint=Message("api.unauthenticated.hint"),
            **common,
        )
    if code == 403 or rpc_status == "PERMISSION_DENIED":
        return _permission_denied(metadata, message, asked, common)
    if code == 404 or rpc_status == "NOT_FOUND":
        return ModelNotFoundError(
            _model_not_found(asked),
            # Only Vertex AI has regions to change.
            hint=Message(
                "api.model_pick.hint"
                if asked.host or asked.gemini_api
                else "api.model_not_found.hint"
            ),
            **common,
        )
    if code in (402, 429) or rpc_status == "RESOURCE_EXHAUSTED":
        return _rate_limited(code, message, details, header_delay, asked, common)
    if code == 408 or code >= 500:
        return ServerError(
            _server_failed(code, asked),
            hint=Message("api.server_error.hint"),
            retry_after=header_delay,
            **common,
        )
    if code == 499 or rpc_status == "CANCELLED":
        # The server gave up on this answer (Google does so when it restarts or sheds load
        # mid-stream): nothing in the request was wrong, so asking again is the cure.
        return ServerError(
            _server_failed(499, asked), hint=Message("api.server_error.hint"), **common
        )
    if message and "location is not supported" in message:
        return InvalidArgumentError(
            Message("api.region_unsupported"),
            hint=Message("api.region_unsupported.hint"),
            action=Action(ActionKind.OPEN_SETTINGS),
            **common,
        )
    if rpc_status == "FAILED_PRECONDITION":
        return InvalidArgumentError(
            Message("api.failed_precondition"),
            hint=Message("api.failed_precondition.hint"),
            action=Action(ActionKind.OPEN_SETTINGS),
            **common,
        )
    if code == 413:
        return InvalidArgumentError(
            Message("api.too_large"),
            hint=Message("api.too_large.hint"),
            **common,
        )
    return InvalidArgumentError(
        Message("api.invalid_argument"),
        hint=Message("api.invalid_argument.hint"),
        **common,
    )


def _key_refused(
    reason: str, message: str | None, asked: Asked, common: dict[str, Any]
) -> ApiKeyInvalidError | None:
    """The refusals an API key can get, each with its own sentence and one action."""
    refusal = _key_refusal(reason, message or "", asked)
    if refusal is None:
        return None
    api = "gemini" if asked.gemini_api or asked.key is None else "express"
    words, link = {
        KeyRefusal.KEY_AND_SIGN_IN: ("api.key_and_sign_in", None),
        KeyRefusal.OTHER_APIS: (f"api.key_other_apis_{api}", CLOUD_CREDENTIALS),
        KeyRefusal.RESTRICTED: ("api.key_restricted", CLOUD_CREDENTIALS),
        KeyRefusal.EXPIRED: (f"api.key_expired_{api}", None),
        KeyRefusal.INVALID: (f"api.key_invalid_{api}", None),
        KeyRefusal.RETIRED: ("api.key_retired", AI_STUDIO_KEYS),
        KeyRefusal.WRONG_KIND: (f"api.key_wrong_kind_{api}", None),
    }[refusal]
    if refusal in (KeyRefusal.INVALID, KeyRefusal.EXPIRED) and api == "gemini":
        link = AI_STUDIO_KEYS
    kind = ActionKind.OPEN_LINK if refusal in _OPEN_THE_LINK else ActionKind.OPEN_SETTINGS
    return ApiKeyInvalidError(
        Message(words),
        hint=Message(f"{words}.hint"),
        action=Action(kind, link),
        refusal=refusal,
        **common,
    )


_OPEN_THE_LINK = (KeyRefusal.RETIRED, KeyRefusal.OTHER_APIS, KeyRefusal.RESTRICTED)
"""Refusals whose cure is on a web page (a new key, the key's restrictions)."""


def _key_refusal(reason: str, text: str, asked: Asked) -> KeyRefusal | None:
    if "Multiple authentication credentials" in text:
        return KeyRefusal.KEY_AND_SIGN_IN
    if reason == "API_KEY_SERVICE_BLOCKED":
        return KeyRefusal.OTHER_APIS
    if reason.startswith("API_KEY_") and reason.endswith("_BLOCKED"):
        return KeyRefusal.RESTRICTED  # only from some websites, apps or addresses
    if reason == "API_KEY_INVALID" and "expired" in text:
        return KeyRefusal.EXPIRED
    if reason == "API_KEY_INVALID" or "API key not valid" in text:
        return KeyRefusal.INVALID
    if asked.key is None:
        return None  # what follows speaks of a key that was sent, not of a refused token
    if reason == "ACCESS_TOKEN_TYPE_UNSUPPORTED" and asked.gemini_api:
        # The Gemini API's answer to a key it does not take as a key: a standard one (all
        # retired since September 2026), or a key of another kind (a Vertex AI express key).
        return KeyRefusal.RETIRED if asked.key is KeyForm.STANDARD else KeyRefusal.WRONG_KIND
    if reason == "ACCESS_TOKEN_TYPE_UNSUPPORTED" or "API keys are not supported" in text:
        return KeyRefusal.WRONG_KIND
    return None


_SERVER_SENTENCES = {
    408: "api.server_timeout",
    499: "api.server_cancelled",
    502: "api.server_gateway",
    503: "api.server_unavailable",
    504: "api.server_timeout",
}


def _server_failed(code: int, asked: Asked) -> Message:
    """Google's service failing, or the named server that is not Google's."""
    sentence = _SERVER_SENTENCES.get(code, "api.server_error")
    if asked.host:
        return Message(f"{sentence}_at", host=asked.host)
    return Message(sentence)


def _model_not_found(asked: Asked) -> Message:
    if not asked.model:
        if asked.host:
            return Message("api.model_not_found_at", host=asked.host)
        return Message("api.model_not_found")
    if asked.host:
        return Message("api.model_unknown_at", host=asked.host, model=asked.model)
    if asked.gemini_api:
        return Message("api.model_unknown_gemini", model=asked.model)
    return Message("api.model_not_found_named", model=asked.model)


def _permission_denied(
    metadata: Mapping[str, Any], message: str | None, asked: Asked, common: dict[str, Any]
) -> PermissionDeniedError:
    if asked.host:
        return PermissionDeniedError(
            Message("api.permission_denied_at", host=asked.host),
            hint=Message("api.permission_denied_at.hint"),
            **common,
        )
    if asked.gemini_api:
        # An AI Studio key has no roles to ask for: the key, or its project, may not do this.
        return PermissionDeniedError(
            Message("api.permission_denied_key"),
            hint=Message("api.permission_denied_key.hint"),
            action=Action(ActionKind.OPEN_SETTINGS, AI_STUDIO_KEYS),
            **common,
        )
    permission = metadata.get("permission") or _permission_from(message)
    if permission:
        explanation = Message("api.permission_missing", permission=str(permission))
    else:
        explanation = Message("api.permission_denied")
    return PermissionDeniedError(explanation, hint=Message("api.permission_denied.hint"), **common)


def parse_duration(text: str) -> float | None:
    """A google.protobuf.Duration in JSON form ("26s", "34.4s") as seconds."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)s\s*", text)
    return float(match.group(1)) if match else None


_PREPAID_EMPTY = ("prepayment credits are depleted", "credits are depleted")
_QUOTA_WORDS = ("exceeded your current quota", "quota exceeded")


def _rate_limited(
    code: int,
    message: str | None,
    details: list[Any],
    header_delay: float | None,
    asked: Asked,
    common: dict[str, Any],
) -> QuotaExceededError:
    """A 429 told apart: the project's per-minute or per-day quota, a prepaid balance that
    ran out (Google's 402, or a 429 before it moved), or Google's shared capacity busy
    (RESOURCE_EXHAUSTED that names no quota of the user's)."""
    delay = _retry_info_delay(details)
    delay = delay if delay is not None else header_delay
    text = (message or "").lower()
    if code == 402 or any(words in text for words in _PREPAID_EMPTY):
        return QuotaExceededError(
            Message("api.prepaid_empty"),
            hint=Message("api.prepaid_empty.hint"),
            limit=QuotaLimit.PREPAID,
            action=Action(ActionKind.OPEN_LINK, AI_STUDIO_PROJECTS),
            **common,
        )
    limit = _quota_limit(text, details)
    sentence, hint = _QUOTA_WORDS_BY_LIMIT[limit]
    explanation = Message(sentence)
    if asked.host and limit is QuotaLimit.CAPACITY:
        # A proxy or another server limiting us: neither Google's capacity nor a quota.
        explanation = Message("api.rate_limited_at", host=asked.host)
        # Its limits are its own: nothing says it frees up within a minute.
        limit, hint = QuotaLimit.OTHER, "api.rate_limited_at.hint"
    return QuotaExceededError(
        explanation,
        hint=Message(hint),
        limit=limit,
        retry_after=None if limit is QuotaLimit.DAY else delay,
        **common,
    )


_QUOTA_WORDS_BY_LIMIT = {
    QuotaLimit.MINUTE: ("api.quota_minute", "api.quota.hint_minute"),
    QuotaLimit.DAY: ("api.quota_daily", "api.quota_daily.hint"),
    QuotaLimit.CAPACITY: ("api.capacity_busy", "api.capacity_busy.hint"),
    QuotaLimit.OTHER: ("api.quota", "api.quota.hint_minute"),
}


def _quota_limit(text: str, details: list[Any]) -> QuotaLimit:
    """Which quota the reply names: QuotaFailure's quotaIds (Gemini API), ErrorInfo's
    quota_limit (older replies), or the message (Vertex AI's "Quota exceeded for
    aiplatform.googleapis.com/..._per_minute_..."). A per-day one wins: while it holds,
    waiting a minute does not help. None named: Google's shared capacity."""
    quota = _detail(details, "QuotaFailure") or {}
    names = [str(v.get("quotaId", "")) for v in quota.get("violations", []) if isinstance(v, dict)]
    info = _detail(details, "ErrorInfo") or {}
    metadata = info.get("metadata")
    if isinstance(metadata, dict) and metadata.get("quota_limit"):
        names.append(str(metadata["quota_limit"]))
    names.append(text)
    folded = [name.lower().replace("_", "") for name in names]
    if any("perday" in name for name in folded):
        return QuotaLimit.DAY
    if any("perminute" in name for name in folded):
        return QuotaLimit.MINUTE
    if quota or any(words in text for words in _QUOTA_WORDS):
        return QuotaLimit.OTHER
    return QuotaLimit.CAPACITY


def _retry_info_delay(details: list[Any]) -> float | None:
    info = _detail(details, "RetryInfo")
    delay = info.get("retryDelay") if info else None
    return parse_duration(delay) if isinstance(delay, str) else None


def _retry_after_header(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (moment - datetime.now(UTC)).total_seconds())


def _error_object(body: bytes | str) -> dict[str, Any] | None:
    try:
        parsed = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    if isinstance(parsed, list) and parsed:  # streamGenerateContent wraps errors in an array
        parsed = parsed[0]
    if not isinstance(parsed, dict):
        return None
    error = parsed.get("error")
    if isinstance(error, dict):
        return error
    if isinstance(error, str):  # OAuth: {"error": "invalid_grant", "error_description": ...}
        return {"message": parsed.get("error_description") or error, "status": error}
    return None


def _detail(details: list[Any], type_name: str) -> dict[str, Any] | None:
    for detail in details:
        if isinstance(detail, dict) and str(detail.get("@type", "")).endswith(type_name):
            return detail
    return None


def _help_link(details: list[Any]) -> str | None:
    help_detail = _detail(details, "Help")
    for link in (help_detail or {}).get("links", []):
        if isinstance(link, dict) and link.get("url"):
            return str(link["url"])
    return None


def _permission_from(message: str | None) -> str | None:
    match = re.search(r"[Pp]ermission '([\w.]+)'", message or "")
    return match.group(1) if match else None


def _first_line(text: str) -> str | None:
    stripped = text.strip()
    return stripped.splitlines()[0][:200] if stripped else None
