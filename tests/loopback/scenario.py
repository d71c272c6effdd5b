"""Scenario: how the loopback server answers one request, plus google.rpc error helpers."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

# Canonical google.rpc.Code names for the HTTP statuses Google maps them to.
STATUS_NAMES = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    408: "DEADLINE_EXCEEDED",
    409: "ABORTED",
    429: "RESOURCE_EXHAUSTED",
    499: "CANCELLED",
    500: "INTERNAL",
    501: "NOT_IMPLEMENTED",
    503: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
}

# The message of every Gemini API quota 429, whichever quota it is.
RATE_LIMITS_DOC = "https://ai.google.dev/gemini-api/docs/rate-limits"
QUOTA_MESSAGE = (
    "You exceeded your current quota, please check your plan and billing details. "
    f"For more information on this error, head to: {RATE_LIMITS_DOC}."
)

# Gemini's real 503 message when a model is busy.
OVERLOADED_MESSAGE = "The model is overloaded. Please try again later."

_TYPE_PREFIX = "type.googleapis.com/google.rpc."


def rpc_error(
    code: int, status: str, message: str, details: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """The inner object of a google.rpc.Status body: {"code", "message", "status", "details"?}."""
    error: dict[str, Any] = {"code": code, "message": message, "status": status}
    if details:
        error["details"] = details
    return error


def error_info(
    reason: str, domain: str = "googleapis.com", metadata: dict[str, str] | None = None
) -> dict[str, Any]:
    """A google.rpc.ErrorInfo detail."""
    detail: dict[str, Any] = {"@type": _TYPE_PREFIX + "ErrorInfo", "reason": reason}
    detail["domain"] = domain
    if metadata:
        detail["metadata"] = metadata
    return detail


def retry_info(retry_delay: str) -> dict[str, Any]:
    """A google.rpc.RetryInfo detail; retry_delay is a protobuf Duration string such as "26s"."""
    return {"@type": _TYPE_PREFIX + "RetryInfo", "retryDelay": retry_delay}


def help_links(*links: tuple[str, str]) -> dict[str, Any]:
    """A google.rpc.Help detail from (description, url) pairs."""
    return {
        "@type": _TYPE_PREFIX + "Help",
        "links": [{"description": text, "url": url} for text, url in links],
    }


def localized_message(message: str, locale: str = "en-US") -> dict[str, Any]:
    """A google.rpc.LocalizedMessage detail."""
    return {"@type": _TYPE_PREFIX + "LocalizedMessage", "locale": locale, "message": message}


def quota_failure(
    quota_metric: str, quota_id: str, quota_value: str, dimensions: dict[str, str] | None = None
) -> dict[str, Any]:
    """A google.rpc.QuotaFailure detail with one violation, shaped like Gemini's 429s."""
    violation: dict[str, Any] = {"quotaMetric": quota_metric, "quotaId": quota_id}
    if dimensions:
        violation["quotaDimensions"] = dimensions
    violation["quotaValue"] = quota_value
    return {"@type": _TYPE_PREFIX + "QuotaFailure", "violations": [violation]}


@dataclass
class Scenario:
    """The reply to one generate, stream or chat request; every field is optional.

    Content: `text` (None: echo the request), `thoughts`, `chunks`/`chunk_size`,
    `finish_reason`, `usage` (None: a growing usageMetadata on every event; a dict: sent
    as is on the last event only; {}: no usageMetadata at all), `model_version`,
    `block_reason`, `safety_ratings`, `citations`, `grounding_metadata`, or `events`
    to stream exact JSON objects instead of generated ones.

    Failures: `status`/`error` for an HTTP error (when `error` is set and `status` stays
    200, the status comes from error["code"]), `error_in_array` (None: only where Google
    does it, streamGenerateContent without alt=sse), `error_after_events`,
    `reset_after_events`, `reset_before_response`.

    Wire: `headers`, `drip_delay`, `split_every`/`split_at`, `line_ending`,
    `delay_before_headers`.

    Not Google at all: `body` replaces the whole reply with these bytes (with `status` and
    `content_type`: a proxy's HTML error page, a captive portal's 200); `garbled_event`
    sends that event (0 = the first) cut in half, so it is not JSON, and the rest after it.

    Stalls (the connection stays open until the client leaves or the server stops):
    `silence_after_events` sends the headers and that many events, then nothing (0: headers
    then silence); `drip_forever` sends the events, then one space every `drip_delay`
    (0.05 s when unset), so bytes keep arriving but no event ever completes.
    """

    text: str | None = None
    thoughts: str | None = None
    chunks: int = 3
    chunk_size: int | None = None
    finish_reason: str | None = "STOP"
    usage: dict[str, Any] | None = None
    model_version: str = "gemini-2.5-flash-001"
    block_reason: str | None = None
    block_reason_message: str | None = None
    safety_ratings: list[dict[str, Any]] | None = None
    citations: list[dict[str, Any]] | None = None
    citation_key: str | None = None
    grounding_metadata: dict[str, Any] | None = None
    events: list[dict[str, Any]] | None = None
    status: int = 200
    error: dict[str, Any] | None = None
    error_in_array: bool | None = None
    headers: dict[str, str] = field(default_factory=dict)
    error_after_events: int | None = None
    reset_after_events: int | None = None
    reset_before_response: bool = False
    drip_delay: float = 0.0
    split_every: int | None = None
    split_at: list[int] | None = None
    line_ending: str | None = None
    delay_before_headers: float = 0.0
    silence_after_events: int | None = None
    drip_forever: bool = False
    body: bytes | None = None
    content_type: str = "text/html; charset=UTF-8"
    garbled_event: int | None = None

    @property
    def is_http_error(self) -> bool:
        """True when the reply is an HTTP error status rather than a 200 stream."""
        if self.status != 200:
            return True
        return self.error is not None and self.error_after_events is None

    def http_status(self) -> int:
        """The HTTP status to send: `status`, or the error's code when only `error` was set."""
        if self.status != 200:
            return self.status
        code = (self.error or {}).get("code")
        return code if isinstance(code, int) and code >= 400 else 500

    def error_body(self) -> dict[str, Any]:
        """The inner error object for an HTTP error reply (a default one from the status)."""
        if self.error is not None:
            return self.error
        code = self.http_status()
        return rpc_error(code, STATUS_NAMES.get(code, "UNKNOWN"), f"HTTP {code} from loopback.")

    def stream_error(self) -> dict[str, Any]:
        """The inner error object written mid-stream by `error_after_events`."""
        return self.error or rpc_error(503, "UNAVAILABLE", OVERLOADED_MESSAGE)

    @classmethod
    def http_error(
        cls,
        code: int,
        status: str,
        message: str,
        *,
        details: list[dict[str, Any]] | None = None,
        retry_after: str | int | None = None,
        in_array: bool | None = None,
    ) -> Scenario:
        """An HTTP error with a google.rpc.Status body; retry_after sets a Retry-After header."""
        headers = {} if retry_after is None else {"Retry-After": str(retry_after)}
        return cls(
            status=code,
            error=rpc_error(code, status, message, details),
            headers=headers,
            error_in_array=in_array,
        )

    @classmethod
    def rate_limited(
        cls, retry_delay: str = "26s", *, retry_after: str | int | None = None
    ) -> Scenario:
        """Gemini API's real free-tier per-minute 429: QuotaFailure, Help and RetryInfo
        details (as reported in RooCodeInc/Roo-Code#3883 and googleapis/python-genai#2044)."""
        details = [
            quota_failure(
                "generativelanguage.googleapis.com/generate_content_free_tier_requests",
                "GenerateRequestsPerMinutePerProjectPerModel-FreeTier",
                "10",
                {"location": "global", "model": "gemini-2.5-flash"},
            ),
            help_links(("Learn more about Gemini API quotas", RATE_LIMITS_DOC)),
            retry_info(retry_delay),
        ]
        return cls.http_error(
            429, "RESOURCE_EXHAUSTED", QUOTA_MESSAGE, details=details, retry_after=retry_after
        )

    @classmethod
    def daily_quota(cls, retry_delay: str = "47s") -> Scenario:
        """Gemini API's free-tier 429 once the day's requests are used up: the per-day
        violation beside per-minute ones, and a RetryInfo all the same (as reported in
        googleapis/python-genai#2044; the message is the one every quota 429 carries)."""
        dimensions = {"location": "global", "model": "gemini-2.5-flash"}
        requests = "generativelanguage.googleapis.com/generate_content_free_tier_requests"
        details = [
            help_links(("Learn more about Gemini API quotas", RATE_LIMITS_DOC)),
            quota_failure(
                requests, "GenerateRequestsPerDayPerProjectPerModel-FreeTier", "250", dimensions
            ),
            quota_failure(
                requests, "GenerateRequestsPerMinutePerProjectPerModel-FreeTier", "10", dimensions
            ),
            retry_info(retry_delay),
        ]
        return cls.http_error(429, "RESOURCE_EXHAUSTED", QUOTA_MESSAGE, details=details)

    @classmethod
    def vertex_minute_quota(cls) -> Scenario:
        """Vertex AI's per-minute quota 429: the quota is named in the message only (as
        reported in GoogleCloudPlatform/Open_Data_QnA#61 and leancodepl/arb_translate#7)."""
        return cls.http_error(
            429,
            "RESOURCE_EXHAUSTED",
            "Quota exceeded for aiplatform.googleapis.com/"
            "generate_content_requests_per_minute_per_project_per_base_model with base model: "
            "gemini-2.5-flash. Please submit a quota increase request. "
            "https://cloud.google.com/vertex-ai/docs/generative-ai/quotas-genai.",
        )

    @classmethod
    def prepaid_empty(cls, code: int = 402) -> Scenario:
        """Gemini API with a prepaid balance used up: 402 since Google's API update
        ("Depleted prepay credits now return HTTP 402 instead of 429",
        discuss.ai.google.dev/t/183654), with the same body a 429 carried before (threads
        such as discuss.ai.google.dev/t/170005 and dyad-sh/dyad#3626)."""
        message = (
            "Your prepayment credits are depleted. Please go to AI Studio at "
            "https://ai.studio/projects to manage your project and billing."
        )
        if code == 402:
            message += " Learn more at https://ai.google.dev/gemini-api/docs/billing#prepay."
        return cls.http_error(code, "RESOURCE_EXHAUSTED", message)

    @classmethod
    def capacity_busy(
        cls, *, vertex: bool = False, retry_after: str | int | None = None
    ) -> Scenario:
        """RESOURCE_EXHAUSTED that names no quota: Google's shared capacity is busy. The
        Gemini API's bare reply (googleapis/python-genai#2065, gemini-cli#1844) or Vertex
        AI's dynamic shared quota one (google-gemini/gemini-cli#14831)."""
        message = (
            "Resource exhausted. Please try again later. Please refer to "
            "https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429 for more "
            "details."
            if vertex
            else "Resource has been exhausted (e.g. check quota)."
        )
        return cls.http_error(429, "RESOURCE_EXHAUSTED", message, retry_after=retry_after)

    @classmethod
    def overloaded(cls) -> Scenario:
        """Gemini's real 503 UNAVAILABLE "model is overloaded" reply."""
        return cls.http_error(503, "UNAVAILABLE", OVERLOADED_MESSAGE)

    @classmethod
    def openai_error(
        cls,
        status: int,
        message: str,
        type_: str = "invalid_request_error",
        code: str | None = None,
    ) -> Scenario:
        """An error in the OpenAI shape {"error": {"message", "type", "param", "code"}}."""
        error = {"message": message, "type": type_, "param": None, "code": code}
        return cls(status=status, error=error)


class RateLimit:
    """A per-minute quota as Google keeps one, scaled: at most `requests` generate calls in
    any `window` seconds (120 per 60 s is a paid tier's; a test shrinks the window to run
    fast). A call over it gets Gemini's real 429, RetryInfo saying when the oldest call
    leaves the window. Thread-safe: the server's handler threads share it."""

    def __init__(self, requests: int, window: float = 60.0) -> None:
        self.requests = requests
        self.window = window
        self.admitted: list[float] = []
        """time.monotonic() of every call let through, in order."""
        self.refused = 0
        self._lock = threading.Lock()

    def admit(self) -> Scenario | None:
        """None when the call may go on; else the 429 to send."""
        with self._lock:
            now = time.monotonic()
            recent = [t for t in self.admitted[-self.requests :] if t > now - self.window]
            if len(recent) < self.requests:
                self.admitted.append(now)
                return None
            self.refused += 1
            wait = recent[0] + self.window - now
        return Scenario.rate_limited(f"{max(wait, 0.001):.3f}s")
