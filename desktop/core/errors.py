"""Every failure a user can meet, as a type with one plain sentence and one action.

Services turn HTTP statuses, google.rpc.Status bodies, OAuth errors and OS failures into these.
`explanation` says what happened in words a non-programmer understands; `hint` says what to
do; `action` tells the UI which single button to offer. The server's own text is kept in
`server_message` for the log and for details, never as the headline.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.core.answer import Answer

RETRYABLE_HTTP_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
CLOUD_CONSOLE_API_LIBRARY = (
    "https://console.cloud.google.com/apis/library/aiplatform.googleapis.com"
)
AI_STUDIO_KEYS = "https://aistudio.google.com/apikey"


class ActionKind(StrEnum):
    RETRY = "retry"
    WAIT_AND_RETRY = "wait_and_retry"
    SIGN_IN = "sign_in"
    OPEN_SETTINGS = "open_settings"
    OPEN_LINK = "open_link"
    CHOOSE_MODEL = "choose_model"
    EDIT_REQUEST = "edit_request"
    CHECK_NETWORK = "check_network"


@dataclass(frozen=True)
class Action:
    """The one thing the UI offers next to the explanation."""

    kind: ActionKind
    url: str | None = None


class GeminiError(Exception):
    """Base of every error shown to the user."""

    action_kind: ActionKind = ActionKind.RETRY

    def __init__(
        self,
        explanation: str,
        *,
        hint: str,
        action: Action | None = None,
        code: int | None = None,
        status: str | None = None,
        server_message: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(explanation)
        self.explanation = explanation
        self.hint = hint
        self.action = action or Action(self.action_kind)
        self.code = code
        self.status = status
        self.server_message = server_message
        self.retry_after = retry_after
        # The answer streamed before the failure, so callers keep what the user has seen.
        self.partial: Answer | None = None

    @property
    def retryable(self) -> bool:
        return False

    def user_text(self) -> str:
        """Explanation and hint, the way the CLI and the banner show them."""
        return f"{self.explanation} {self.hint}"

    @property
    def details(self) -> str | None:
        """The server's own words, for a "details" line when the plain words cannot say
        what to change (a rejected setting); None where the plain words are enough."""
        return None

    def to_dict(self) -> dict[str, Any]:
        """The `error` object of `describe --json`."""
        return {
            "code": self.code,
            "status": self.status,
            "message": self.explanation,
            "hint": self.hint,
        }


class InvalidRequestError(GeminiError):
    """The request was refused before sending: a setting out of range, an empty message."""

    action_kind = ActionKind.EDIT_REQUEST


class FileProblemError(GeminiError):
    """A file the user gave cannot be sent: unreadable, empty, unsupported or too large."""

    action_kind = ActionKind.EDIT_REQUEST


class CredentialsError(GeminiError):
    """No usable sign-in: nothing configured, a refused refresh, a broken key file."""

    action_kind = ActionKind.OPEN_SETTINGS


class KeyringUnavailableError(GeminiError):
    """The operating system's password store is missing, locked or failing. Never answered
    by writing secrets to a plain file: the UI offers "this session only" instead."""

    action_kind = ActionKind.OPEN_SETTINGS

    @classmethod
    def missing(cls, detail: str) -> KeyringUnavailableError:
        return cls(
            "This computer has no password store (keyring) that Gemini Desktop can use, "
            "so it cannot save your key.",
            hint="Use the key for this session only, or install GNOME Keyring or KWallet "
            "and sign in to your desktop again.",
            status="KEYRING_MISSING",
            server_message=detail,
        )

    @classmethod
    def locked(cls, detail: str) -> KeyringUnavailableError:
        return cls(
            "Your password store (keyring) is locked, so Gemini Desktop cannot read or save "
            "your key.",
            hint="Unlock it (your login password usually does), or use the key for this "
            "session only.",
            status="KEYRING_LOCKED",
            server_message=detail,
        )

    @classmethod
    def failed(cls, detail: str) -> KeyringUnavailableError:
        return cls(
            "Your password store (keyring) refused to read or save the key.",
            hint="Try again; if it keeps happening, use the key for this session only.",
            status="KEYRING_FAILED",
            server_message=detail,
        )


class NetworkError(GeminiError):
    """The server could not be reached or the connection broke."""

    action_kind = ActionKind.CHECK_NETWORK

    @property
    def retryable(self) -> bool:
        return True


class ApiError(GeminiError):
    """The server answered with an error status."""

    @property
    def retryable(self) -> bool:
        return self.code in RETRYABLE_HTTP_STATUSES


class AuthenticationError(ApiError):
    action_kind = ActionKind.SIGN_IN


class ApiKeyInvalidError(ApiError):
    action_kind = ActionKind.OPEN_SETTINGS


class PermissionDeniedError(ApiError):
    action_kind = ActionKind.OPEN_SETTINGS


class ServiceDisabledError(ApiError):
    action_kind = ActionKind.OPEN_LINK


class ModelNotFoundError(ApiError):
    action_kind = ActionKind.CHOOSE_MODEL


class QuotaExceededError(ApiError):
    action_kind = ActionKind.WAIT_AND_RETRY

    @property
    def retryable(self) -> bool:
        # A daily quota does not come back in seconds, whatever RetryInfo says.
        return not self.daily

    daily = False  # set when the exhausted quota is a per-day one


class InvalidArgumentError(ApiError):
    action_kind = ActionKind.EDIT_REQUEST

    @property
    def details(self) -> str | None:
        # Google's text names the rejected field; the plain words cannot.
        return self.server_message


class ServerError(ApiError):
    action_kind = ActionKind.RETRY


class StreamCutOffError(GeminiError):
    """The answer stopped without the model saying it had finished."""

    action_kind = ActionKind.RETRY


class PromptBlockedError(GeminiError):
    """Google refused the prompt itself (promptFeedback.blockReason)."""

    action_kind = ActionKind.EDIT_REQUEST

    def __init__(self, block_reason: str, message: str | None = None) -> None:
        super().__init__(
            message or BLOCK_REASON_SENTENCES.get(block_reason, _UNKNOWN_BLOCK),
            hint="Change the wording or the attachments and send again.",
            status=block_reason,
        )
        self.block_reason = block_reason


class ProtocolError(GeminiError):
    """The server sent something that is not a valid answer."""

    action_kind = ActionKind.RETRY


BLOCK_REASON_SENTENCES = {
    "SAFETY": "Google blocked this prompt because it may break the safety rules.",
    "OTHER": "Google blocked this prompt for a reason it did not give.",
    "BLOCKLIST": "Google blocked this prompt because it contains a blocked word or phrase.",
    "PROHIBITED_CONTENT": "Google blocked this prompt because it asks for prohibited content.",
    "IMAGE_SAFETY": "Google blocked this prompt because of what one of the images shows.",
    "MODEL_ARMOR": "The project's Model Armor policy blocked this prompt.",
    "JAILBREAK": "Google blocked this prompt as an attempt to get around its rules.",
}
_UNKNOWN_BLOCK = "Google blocked this prompt."


# --- Turning server replies into errors -------------------------------------------------------


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
        error = QuotaExceededError(
            "You have sent more requests than your quota allows.",
            hint="",
            retry_after=delay,
            **common,
        )
        error.daily = _is_daily_quota(message, details)
        if error.daily:
            error.retry_after = None
            error.hint = "Today's limit is used up: try again tomorrow, or raise the quota."
        elif delay is not None:
            error.hint = f"You can try again in {seconds_text(delay)}."
        else:
            error.hint = "Wait a minute and try again."
        return error
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


def seconds_text(seconds: float) -> str:
    """A wait in words: "1 second", "26 seconds", "3 minutes"."""
    whole = max(1, round(seconds))
    if whole < 120:  # "88 seconds" reads better than "2 minutes" next to a countdown
        return f"{whole} second{'s' if whole != 1 else ''}"
    return f"{round(whole / 60)} minutes"


def _first_line(text: str) -> str | None:
    stripped = text.strip()
    return stripped.splitlines()[0][:200] if stripped else None


class HistoryUnavailableError(GeminiError):
    """Conversations cannot be saved: the disk is full, the data folder cannot be written, or
    the history file failed. Nothing is thrown away: the conversation stays in memory until
    the app closes, and saving works again once the cause is gone."""

    action_kind = ActionKind.RETRY

    @classmethod
    def disk_full(cls, detail: str) -> HistoryUnavailableError:
        return cls(
            "Gemini Desktop cannot save conversations right now because the disk is full.",
            hint="This conversation is kept until you close the app; free some space to save it.",
            status="HISTORY_DISK_FULL",
            server_message=detail,
        )

    @classmethod
    def read_only(cls, detail: str, folder: str) -> HistoryUnavailableError:
        return cls(
            "Gemini Desktop cannot save conversations because its data folder cannot be "
            "written to.",
            hint=f"This conversation is kept until you close the app; make {folder} writable "
            "to save it.",
            status="HISTORY_READ_ONLY",
            server_message=detail,
        )

    @classmethod
    def failed(cls, detail: str) -> HistoryUnavailableError:
        return cls(
            "Gemini Desktop could not save this conversation.",
            hint="It is kept until you close the app; try again, and report it if it keeps "
            "happening.",
            status="HISTORY_FAILED",
            server_message=detail,
        )


class UploadError(GeminiError):
    """A file too large to send with the message could not be uploaded for the model to read
    (to the Gemini API's file store or to a Cloud Storage bucket). Each names the file and the
    one thing to do; `status` says which: BUCKET_MISSING, NO_PERMISSION, QUOTA,
    UPLOAD_FAILED, CONNECTION_LOST, FILE_PROCESSING_FAILED, PROCESSING_TIMEOUT or
    BUCKET_UNCHECKED. Without a file (`file` None) they speak of the bucket alone: what
    "Test connection" found when it checked the profile's bucket."""

    action_kind = ActionKind.RETRY

    @property
    def retryable(self) -> bool:
        return self.status in ("QUOTA", "CONNECTION_LOST", "PROCESSING_TIMEOUT")

    @classmethod
    def bucket_missing(cls, file: str | None, bucket: str, detail: str | None) -> UploadError:
        if file is None:
            explanation = f"The Cloud Storage bucket “{bucket}” does not exist."
            hint = (
                "Check its name in Connection settings, or create it in the Google Cloud console."
            )
        else:
            explanation = (
                f"The Cloud Storage bucket “{bucket}” does not exist, so {file} cannot be uploaded."
            )
            hint = "Create it in Google Cloud Console or pick another in Connection settings."
        return cls(
            explanation,
            hint=hint,
            action=Action(ActionKind.OPEN_SETTINGS),
            code=404,
            status="BUCKET_MISSING",
            server_message=detail,
        )

    @classmethod
    def no_permission(
        cls, file: str | None, bucket: str, detail: str | None, *, who: str | None = None
    ) -> UploadError:
        account = who or "Your account"
        consequence = f", so {file} cannot be sent" if file is not None else ""
        return cls(
            f"{account} may not upload files to the Cloud Storage bucket “{bucket}”{consequence}.",
            hint="Ask the project's owner for the Storage Object User role on that bucket, "
            "or pick another bucket in Connection settings.",
            action=Action(ActionKind.OPEN_SETTINGS),
            code=403,
            status="NO_PERMISSION",
            server_message=detail,
        )

    @classmethod
    def quota(
        cls, file: str, where: str, detail: str | None, *, retry_after: float | None = None
    ) -> UploadError:
        wait = f"Wait {seconds_text(retry_after)}" if retry_after else "Wait a minute"
        return cls(
            f"{where} refused {file} because too many uploads were made, or too much was "
            "stored, in a short time.",
            hint=f"{wait} and send again. Files uploaded to the Gemini API are deleted "
            "by themselves after 48 hours.",
            action=Action(ActionKind.WAIT_AND_RETRY),
            code=429,
            status="QUOTA",
            server_message=detail,
            retry_after=retry_after,
        )

    @classmethod
    def failed(cls, file: str, detail: str | None, *, code: int | None = None) -> UploadError:
        return cls(
            f"{file} could not be uploaded.",
            hint="Send again; if it keeps failing, try a smaller copy of the file.",
            code=code,
            status="UPLOAD_FAILED",
            server_message=detail,
        )

    @classmethod
    def connection_lost(cls, file: str, detail: str | None) -> UploadError:
        return cls(
            f"The connection kept breaking while {file} was uploading.",
            hint="Check your internet connection, then send again: the upload goes on "
            "from where it stopped.",
            action=Action(ActionKind.CHECK_NETWORK),
            status="CONNECTION_LOST",
            server_message=detail,
        )

    @classmethod
    def processing_failed(cls, file: str, detail: str | None) -> UploadError:
        return cls(
            f"Google received {file} but could not read it.",
            hint="The file may be damaged or in a format Gemini does not read; save it again "
            "as MP4, MP3, PDF, PNG or JPEG and send it again.",
            action=Action(ActionKind.EDIT_REQUEST),
            status="FILE_PROCESSING_FAILED",
            server_message=detail,
        )

    @classmethod
    def bucket_unchecked(
        cls, bucket: str, detail: str | None, *, code: int | None = None
    ) -> UploadError:
        return cls(
            f"Cloud Storage did not say whether the bucket “{bucket}” can take uploads.",
            hint="Test the connection again in a moment.",
            code=code,
            status="BUCKET_UNCHECKED",
            server_message=detail,
        )

    @classmethod
    def processing_timeout(cls, file: str, minutes: int) -> UploadError:
        return cls(
            f"Google was still preparing {file} after {minutes} minutes.",
            hint="Send again in a few minutes: the file is already uploaded and is not sent "
            "a second time.",
            status="PROCESSING_TIMEOUT",
        )
