"""Every failure a user can meet, as a type with one plain sentence and one action.

Services turn HTTP statuses, google.rpc.Status bodies, OAuth errors and OS failures into these.
`explanation` says what happened in words a non-programmer understands; `hint` says what to
do; `action` tells the UI which single button to offer. The server's own text is kept in
`server_message` for the log and for details, never as the headline.

The types only, like httpx's `_exceptions.py`: `error_classifier` turns a server's reply into
one of them. Each is built complete; `partial` is the one field set afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.core.answer import Answer

RETRYABLE_HTTP_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
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
        # The one field set after construction: the error is built where the failure is
        # understood (a status, a chunk), the partial answer is known only to whoever fed
        # the stream (the accumulator's `fail`, or the chat service for what it saved).
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

    def __init__(self, explanation: str, *, daily: bool = False, **kwargs: Any) -> None:
        super().__init__(explanation, **kwargs)
        self.daily = daily  # the exhausted quota is a per-day one

    @property
    def retryable(self) -> bool:
        # A daily quota does not come back in seconds, whatever RetryInfo says.
        return not self.daily


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


def seconds_text(seconds: float) -> str:
    """A wait in words: "1 second", "26 seconds", "3 minutes"."""
    whole = max(1, round(seconds))
    if whole < 120:  # "88 seconds" reads better than "2 minutes" next to a countdown
        return f"{whole} second{'s' if whole != 1 else ''}"
    return f"{round(whole / 60)} minutes"


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
