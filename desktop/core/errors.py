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
from typing import TYPE_CHECKING, Any, ClassVar

from desktop.core.messages import Message, Seconds, Words, english, words_record

if TYPE_CHECKING:
    from desktop.core.answer import Answer

RETRYABLE_HTTP_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
AI_STUDIO_KEYS = "https://aistudio.google.com/apikey"
AI_STUDIO_PROJECTS = "https://ai.studio/projects"  # where a prepaid balance is topped up
CLOUD_CREDENTIALS = "https://console.cloud.google.com/apis/credentials"
"""Where a key's API restrictions are changed."""


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
        explanation: Words,
        *,
        hint: Words,
        action: Action | None = None,
        code: int | None = None,
        status: str | None = None,
        server_message: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(english(explanation))
        # What happened and what to do, as message ids the window words in its language
        # (plain text only where no words of ours are needed: Google's own block message).
        self.words = explanation
        self.hint_words = hint
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
    def explanation(self) -> str:
        """What happened, in English (describe, logs)."""
        return english(self.words)

    @property
    def hint(self) -> str:
        """What to do, in English (describe, logs)."""
        return english(self.hint_words)

    @property
    def retryable(self) -> bool:
        return False

    def user_text(self) -> str:
        """Explanation and hint in English, the way `describe` shows them, with the link the
        hint speaks of: a terminal has no button to open it."""
        text = f"{self.explanation} {self.hint}"
        if self.action.url:
            text += " " + english(Message("error.link", url=self.action.url))
        return text

    @property
    def details(self) -> str | None:
        """The server's own words, for a "details" line when the plain words cannot say
        what to change (a rejected setting); None where the plain words are enough."""
        return None

    def to_dict(self) -> dict[str, Any]:
        """The `error` object of `describe --json` (and of a failed turn in the history);
        `url` only when the hint speaks of a link."""
        link = {"url": self.action.url} if self.action.url else {}
        return {
            "code": self.code,
            "status": self.status,
            "message": self.explanation,
            "hint": self.hint,
        } | link

    def to_record(self) -> dict[str, Any]:
        """What the history keeps of a failed answer: `to_dict()`'s English (for exports and
        older versions) plus the message ids and arguments, so the window words the reason
        again in the reader's language, and the action it offered."""
        return self.to_dict() | {
            "words": words_record(self.words),
            "hint_words": words_record(self.hint_words),
            "action": self.action.kind.value,
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
            Message("keyring.missing"),
            hint=Message("keyring.missing.hint"),
            status="KEYRING_MISSING",
            server_message=detail,
        )

    @classmethod
    def locked(cls, detail: str) -> KeyringUnavailableError:
        return cls(
            Message("keyring.locked"),
            hint=Message("keyring.locked.hint"),
            status="KEYRING_LOCKED",
            server_message=detail,
        )

    @classmethod
    def not_kept(cls, detail: str) -> KeyringUnavailableError:
        """It took the value without complaint but cannot give it back."""
        return cls(
            Message("keyring.not_kept"),
            hint=Message("keyring.not_kept.hint"),
            status="KEYRING_NOT_KEPT",
            server_message=detail,
        )

    @classmethod
    def failed(cls, detail: str) -> KeyringUnavailableError:
        return cls(
            Message("keyring.failed"),
            hint=Message("keyring.failed.hint"),
            status="KEYRING_FAILED",
            server_message=detail,
        )


class NetworkError(GeminiError):
    """The server could not be reached or the connection broke."""

    action_kind = ActionKind.CHECK_NETWORK

    @property
    def retryable(self) -> bool:
        return True


class StalledError(NetworkError):
    """Nothing complete arrived for the stall limit. Not tried again: a server that stalled
    once is likely to stall again, and the user has already waited the whole limit."""

    action_kind = ActionKind.RETRY

    @property
    def retryable(self) -> bool:
        return False


class ApiError(GeminiError):
    """The server answered with an error status."""

    @property
    def retryable(self) -> bool:
        return self.code in RETRYABLE_HTTP_STATUSES


class AuthenticationError(ApiError):
    action_kind = ActionKind.SIGN_IN


class KeyRefusal(StrEnum):
    """Why a service refused an API key (see error_classifier for the replies behind each)."""

    INVALID = "invalid"  # no such key, or mistyped
    EXPIRED = "expired"
    RETIRED = "retired"  # a standard AIza key, which the Gemini API no longer takes
    WRONG_KIND = "wrong_kind"  # a real key of the other service's kind
    OTHER_APIS = "other_apis"  # restricted to other Google APIs
    RESTRICTED = "restricted"  # only from some websites, apps or addresses
    KEY_AND_SIGN_IN = "key_and_sign_in"  # a key and a sign-in token came together

    @property
    def may_fit_elsewhere(self) -> bool:
        """Whether the other key service (Gemini API or Vertex AI express) may take the key."""
        return self in (
            KeyRefusal.INVALID,
            KeyRefusal.RETIRED,
            KeyRefusal.WRONG_KIND,
            KeyRefusal.OTHER_APIS,
        )


class ApiKeyInvalidError(ApiError):
    """The service refused the API key; `refusal` says why."""

    action_kind = ActionKind.OPEN_SETTINGS

    def __init__(
        self, explanation: Words, *, refusal: KeyRefusal = KeyRefusal.INVALID, **kwargs: Any
    ) -> None:
        super().__init__(explanation, **kwargs)
        self.refusal = refusal


class PermissionDeniedError(ApiError):
    action_kind = ActionKind.OPEN_SETTINGS


class ServiceDisabledError(ApiError):
    action_kind = ActionKind.OPEN_LINK


class ModelNotFoundError(ApiError):
    action_kind = ActionKind.CHOOSE_MODEL


class QuotaLimit(StrEnum):
    """Which limit a 429 (or Google's 402) hit: the user's own, or Google's."""

    MINUTE = "minute"  # the project's per-minute quota for the model
    DAY = "day"  # the per-day quota: it resets at midnight Pacific time
    PREPAID = "prepaid"  # the prepaid balance ran out: only more credits help
    CAPACITY = "capacity"  # Google's shared capacity is busy (no quota of the user's)
    OTHER = "other"  # a quota, but not said which


class QuotaExceededError(ApiError):
    action_kind = ActionKind.WAIT_AND_RETRY
    _ACTIONS: ClassVar[dict[QuotaLimit, ActionKind]] = {
        QuotaLimit.DAY: ActionKind.CHOOSE_MODEL,
        QuotaLimit.PREPAID: ActionKind.OPEN_LINK,
        QuotaLimit.CAPACITY: ActionKind.RETRY,
    }

    def __init__(
        self, explanation: Words, *, limit: QuotaLimit = QuotaLimit.OTHER, **kwargs: Any
    ) -> None:
        kwargs.setdefault("action", Action(self._ACTIONS.get(limit, ActionKind.WAIT_AND_RETRY)))
        super().__init__(explanation, **kwargs)
        self.limit = limit

    @property
    def daily(self) -> bool:
        return self.limit is QuotaLimit.DAY

    @property
    def retryable(self) -> bool:
        # A daily quota does not come back in seconds, whatever RetryInfo says; an empty
        # balance not until credits are added.
        return self.limit not in (QuotaLimit.DAY, QuotaLimit.PREPAID)


def is_rate_limit(error: GeminiError) -> bool:
    """A 429 or a quota: Google asks to wait before the next request."""
    return error.code == 429 or isinstance(error, QuotaExceededError)


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
            message or block_message(block_reason),
            hint=Message("blocked.hint"),
            status=block_reason,
        )
        self.block_reason = block_reason


class ProtocolError(GeminiError):
    """The server sent something that is not a valid answer."""

    action_kind = ActionKind.RETRY


def block_message(block_reason: str) -> Message:
    """Why Google blocked a prompt (promptFeedback.blockReason), in plain words."""
    try:
        return Message(f"blocked.{block_reason}")
    except KeyError:
        return Message("blocked.unknown")


class HistoryUnavailableError(GeminiError):
    """Conversations cannot be saved: the disk is full, the data folder cannot be written, or
    the history file failed. Nothing is thrown away: the conversation stays in memory until
    the app closes, and saving works again once the cause is gone."""

    action_kind = ActionKind.RETRY

    @classmethod
    def disk_full(cls, detail: str) -> HistoryUnavailableError:
        return cls(
            Message("history.disk_full"),
            hint=Message("history.disk_full.hint"),
            status="HISTORY_DISK_FULL",
            server_message=detail,
        )

    @classmethod
    def read_only(cls, detail: str, folder: str) -> HistoryUnavailableError:
        return cls(
            Message("history.read_only"),
            hint=Message("history.read_only.hint", folder=folder),
            status="HISTORY_READ_ONLY",
            server_message=detail,
        )

    @classmethod
    def failed(cls, detail: str) -> HistoryUnavailableError:
        return cls(
            Message("history.failed"),
            hint=Message("history.failed.hint"),
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
            explanation = Message("bucket.missing", bucket=bucket)
            hint = Message("bucket.missing.hint")
        else:
            explanation = Message("upload.bucket_missing", bucket=bucket, file=file)
            hint = Message("upload.bucket_missing.hint")
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
        names = {"bucket": bucket} | ({"file": file} if file is not None else {})
        area = "upload" if file is not None else "bucket"
        if who:
            explanation = Message(f"{area}.no_permission_who", who=who, **names)
        else:
            explanation = Message(f"{area}.no_permission", **names)
        return cls(
            explanation,
            hint=Message("upload.no_permission.hint"),
            action=Action(ActionKind.OPEN_SETTINGS),
            code=403,
            status="NO_PERMISSION",
            server_message=detail,
        )

    @classmethod
    def quota(
        cls, file: str, where: Message, detail: str | None, *, retry_after: float | None = None
    ) -> UploadError:
        if retry_after:
            hint = Message("upload.quota.hint_wait", wait=Seconds(retry_after))
        else:
            hint = Message("upload.quota.hint_minute")
        return cls(
            Message("upload.quota", where=where, file=file),
            hint=hint,
            action=Action(ActionKind.WAIT_AND_RETRY),
            code=429,
            status="QUOTA",
            server_message=detail,
            retry_after=retry_after,
        )

    @classmethod
    def failed(cls, file: str, detail: str | None, *, code: int | None = None) -> UploadError:
        return cls(
            Message("upload.failed", file=file),
            hint=Message("upload.failed.hint"),
            code=code,
            status="UPLOAD_FAILED",
            server_message=detail,
        )

    @classmethod
    def connection_lost(cls, file: str, detail: str | None) -> UploadError:
        return cls(
            Message("upload.connection_lost", file=file),
            hint=Message("upload.connection_lost.hint"),
            action=Action(ActionKind.CHECK_NETWORK),
            status="CONNECTION_LOST",
            server_message=detail,
        )

    @classmethod
    def stalled(cls, file: str, wait: float) -> UploadError:
        """No progress for the stall limit: not tried again (the user has waited it out)."""
        return cls(
            Message("upload.stalled", file=file, wait=Seconds(wait)),
            hint=Message("upload.stalled.hint"),
            action=Action(ActionKind.RETRY),
            status="UPLOAD_STALLED",
            server_message=f"no progress for {wait:g} s",
        )

    @classmethod
    def processing_failed(cls, file: str, detail: str | None) -> UploadError:
        return cls(
            Message("upload.processing_failed", file=file),
            hint=Message("upload.processing_failed.hint"),
            action=Action(ActionKind.EDIT_REQUEST),
            status="FILE_PROCESSING_FAILED",
            server_message=detail,
        )

    @classmethod
    def bucket_unchecked(
        cls, bucket: str, detail: str | None, *, code: int | None = None
    ) -> UploadError:
        return cls(
            Message("bucket.unchecked", bucket=bucket),
            hint=Message("bucket.unchecked.hint"),
            code=code,
            status="BUCKET_UNCHECKED",
            server_message=detail,
        )

    @classmethod
    def processing_timeout(cls, file: str, minutes: int) -> UploadError:
        return cls(
            Message("upload.processing_timeout", file=file, minutes=minutes),
            hint=Message("upload.processing_timeout.hint"),
            status="PROCESSING_TIMEOUT",
        )
