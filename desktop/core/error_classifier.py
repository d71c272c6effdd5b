"""Turning a server's error reply into one of core's error types, with its plain words.

Reads google.rpc.Status bodies (ErrorInfo, RetryInfo, QuotaFailure, Help details), OAuth
`{"error": "invalid_grant"}` replies, OpenAI-shaped errors and pages that are not JSON at
all, plus the Retry-After header. No IO: the services hand in the status, body and headers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from desktop.core.errors import (
    AI_STUDIO_KEYS,
    Action,
    ActionKind,
    ApiError,
    ApiKeyInvalidError,
    AuthenticationError,
    InvalidArgumentError,
    ModelNotFoundError,
    PermissionDeniedError,
    QuotaExceededError,
    ServerError,
    ServiceDisabledError,
    seconds_text,
)

CLOUD_CONSOLE_API_LIBRARY = (
    "https://console.cloud.google.com/apis/library/aiplatform.googleapis.com"
)


def error_from_response(
    http_status: int, body: bytes | str, headers: Mapping[str, str] | None = None
) -> ApiError:
    """An ApiError from an HTTP error reply: google.rpc.Status, OAuth or OpenAI shapes, or
    a page that is not JSON at all (a proxy's, say)."""
    error = _error_object(body)
    header_delay = _retry_after_header((headers or {}).get("retry-after"))
    if error is None:
        snippet = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
        return classify(http_status, None, _first_line(snippet), [], header_delay)
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
    )


def error_from_payload(payload: Mapping[str, Any]) -> ApiError:
    """An error object that arrived inside a stream after HTTP 200."""
    error = payload.get("error")
    if not isinstance(error, dict):
        error = {"message": str(error)}
    code = error.get("code")
    return error_from_response(code if isinstance(code, int) else 500, json.dumps(payload))


def classify(
    code: int,
    rpc_status: str | None,
    message: str | None,
    details: list[Any],
    header_delay: float | None = None,
) -> ApiError:
    """Pick the error type and the plain words from the status code and details."""
    info = _detail(details, "ErrorInfo")
    reason = str(info.get("reason", "")) if info else ""
    metadata = info.get("metadata", {}) if info else {}
    common: dict[str, Any] = {"code": code, "status": rpc_status, "server_message": message}

    if reason.startswith("API_KEY_") and reason.endswith("_BLOCKED"):
        return ApiKeyInvalidError(
            "This API key is restricted and may not be used from here or for this API.",
            hint="Remove the key's restrictions in the Google Cloud or AI Studio settings, "
            "or use another key.",
            action=Action(ActionKind.OPEN_SETTINGS, AI_STUDIO_KEYS),
            **common,
        )
    if reason == "API_KEY_INVALID" or (message and "API key not valid" in message):
        return ApiKeyInvalidError(
            "Google did not accept the API key.",
            hint="Check the key in Connection settings, or create a new one in Google AI Studio.",
            action=Action(ActionKind.OPEN_SETTINGS, AI_STUDIO_KEYS),
            **common,
        )
    if reason == "SERVICE_DISABLED" or (message and "has not been used in project" in message):
        url = metadata.get("activationUrl") or _help_link(details) or CLOUD_CONSOLE_API_LIBRARY
        service = metadata.get("serviceTitle") or "The Vertex AI API"
        return ServiceDisabledError(
            f"{service} is not turned on for this Google Cloud project.",
            hint="Open the link to enable it, wait a minute, then try again.",
            action=Action(ActionKind.OPEN_LINK, url),
            **common,
        )
    if code == 401 or rpc_status == "UNAUTHENTICATED":
        return AuthenticationError(
            "Your sign-in has expired or is not valid.",
            hint="Sign in again in Connection settings.",
            **common,
        )
    if code == 403 or rpc_status == "PERMISSION_DENIED":
        permission = metadata.get("permission") or _permission_from(message)
        if permission:
            explanation = f"Your account lacks the permission {permission} in this project."
        else:
            explanation = "Your account is not allowed to use this project or model."
        return PermissionDeniedError(
            explanation,
            hint="Ask the project's owner for the Vertex AI User role, or pick another project.",
            **common,
        )
    if code == 404 or rpc_status == "NOT_FOUND":
        return ModelNotFoundError(
            "This model was not found, or your project cannot use it in this region.",
            hint="Pick another model from the list, or change the region.",
            **common,
        )
    if code == 429 or rpc_status == "RESOURCE_EXHAUSTED":
        delay = _retry_info_delay(details)
        delay = delay if delay is not None else header_delay
        daily = _is_daily_quota(message, details)
        if daily:
            hint = "Today's limit is used up: try again tomorrow, or raise the quota."
        elif delay is not None:
            hint = f"You can try again in {seconds_text(delay)}."
        else:
            hint = "Wait a minute and try again."
        return QuotaExceededError(
            "You have sent more requests than your quota allows.",
            hint=hint,
            daily=daily,
            retry_after=None if daily else delay,
            **common,
        )
    if code == 408 or code >= 500:
        return ServerError(
            _SERVER_SENTENCES.get(code, "Google's service had a problem answering."),
            hint="Try again in a moment.",
            retry_after=header_delay,
            **common,
        )
    if message and "location is not supported" in message:
        return InvalidArgumentError(
            "Gemini's API is not offered in your country or region.",
            hint="Connect through Vertex AI with a Google Cloud project instead.",
            action=Action(ActionKind.OPEN_SETTINGS),
            **common,
        )
    if rpc_status == "FAILED_PRECONDITION":
        return InvalidArgumentError(
            "Google cannot answer requests for this project yet.",
            hint="Check that billing is turned on for the project, then try again.",
            action=Action(ActionKind.OPEN_SETTINGS),
            **common,
        )
    if code == 413:
        return InvalidArgumentError(
            "The request is too large for Google to accept.",
            hint="Remove some attachments or use smaller files.",
            **common,
        )
    return InvalidArgumentError(
        "Google could not accept this request as it is.",
        hint="Change the settings or the message and send again; the details below say what.",
        **common,
    )


_SERVER_SENTENCES = {
    408: "Google took too long to answer.",
    502: "Google's service could not be reached through its gateway.",
    503: "Google's service is overloaded or down for a moment.",
    504: "Google took too long to answer.",
}


def parse_duration(text: str) -> float | None:
    """A google.protobuf.Duration in JSON form ("26s", "34.4s") as seconds."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)s\s*", text)
    return float(match.group(1)) if match else None


def _is_daily_quota(message: str | None, details: list[Any]) -> bool:
    quota = _detail(details, "QuotaFailure") or {}
    quota_ids = [
        str(v.get("quotaId", "")) for v in quota.get("violations", []) if isinstance(v, dict)
    ]
    return any("PerDay" in text for text in [message or "", *quota_ids])


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
