"""The generateContent request body of the Vertex AI reference, as typed values.

Everything a user can set is here, so the dock, the CLI, history and export all speak one
model. `GenerateRequest.to_body()` writes the JSON wire body (camelCase, unset fields left
out so the server's defaults apply).
"""

from __future__ import annotations

import base64
import math
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

from desktop.core.errors import InvalidRequestError
from desktop.core.messages import Message

MAX_STOP_SEQUENCES = 5
SCHEMA_TYPES = ("application/json", "text/x.enum")  # the response types a schema shapes
Role = Literal["user", "model"]


class HarmCategory(StrEnum):
    HATE_SPEECH = "HARM_CATEGORY_HATE_SPEECH"
    DANGEROUS_CONTENT = "HARM_CATEGORY_DANGEROUS_CONTENT"
    HARASSMENT = "HARM_CATEGORY_HARASSMENT"
    SEXUALLY_EXPLICIT = "HARM_CATEGORY_SEXUALLY_EXPLICIT"
    CIVIC_INTEGRITY = "HARM_CATEGORY_CIVIC_INTEGRITY"


class HarmBlockThreshold(StrEnum):
    BLOCK_LOW_AND_ABOVE = "BLOCK_LOW_AND_ABOVE"
    BLOCK_MEDIUM_AND_ABOVE = "BLOCK_MEDIUM_AND_ABOVE"
    BLOCK_ONLY_HIGH = "BLOCK_ONLY_HIGH"
    BLOCK_NONE = "BLOCK_NONE"
    OFF = "OFF"


class HarmBlockMethod(StrEnum):
    SEVERITY = "SEVERITY"
    PROBABILITY = "PROBABILITY"


class MediaResolution(StrEnum):
    """generationConfig.mediaResolution: how many tokens each image or video frame takes.

    The same names on Vertex AI and the Gemini API. MEDIA_RESOLUTION_UNSPECIFIED is not
    listed: leaving the field out (None) says the same.
    """

    LOW = "MEDIA_RESOLUTION_LOW"
    MEDIUM = "MEDIA_RESOLUTION_MEDIUM"
    HIGH = "MEDIA_RESOLUTION_HIGH"


# One part's mediaResolution.level (Gemini 3 and later) also takes ULTRA_HIGH, which the
# request-wide generationConfig.mediaResolution refuses.
ULTRA_HIGH = "MEDIA_RESOLUTION_ULTRA_HIGH"
PART_RESOLUTIONS = (*(level.value for level in MediaResolution), ULTRA_HIGH)


@dataclass(frozen=True)
class Offset:
    """A google.protobuf.Duration, as seconds."""

    seconds: float

    def to_body(self) -> dict[str, int]:
        whole = math.floor(self.seconds)
        nanos = round((self.seconds - whole) * 1_000_000_000)
        body = {"seconds": whole}
        if nanos:
            body["nanos"] = nanos
        return body


@dataclass(frozen=True)
class VideoClip:
    """videoMetadata: the part of a video the model should look at."""

    start: Offset | None = None
    end: Offset | None = None

    def to_body(self) -> dict[str, Any]:
        body: dict[str, Any] = {}
        if self.start is not None:
            body["startOffset"] = self.start.to_body()
        if self.end is not None:
            body["endOffset"] = self.end.to_body()
        return body


@dataclass(frozen=True)
class Part:
    """One piece of a message: text, inline bytes or a file reference (exactly one)."""

    text: str | None = None
    mime_type: str | None = None
    data: bytes | None = None
    file_uri: str | None = None
    video: VideoClip | None = None
    thought: bool = False
    media_resolution: str | None = None  # one of PART_RESOLUTIONS: this file's own

    @classmethod
    def from_text(cls, text: str) -> Part:
        return cls(text=text)

    @classmethod
    def from_bytes(cls, data: bytes, mime_type: str, video: VideoClip | None = None) -> Part:
        return cls(data=data, mime_type=mime_type, video=video)

    @classmethod
    def from_uri(cls, uri: str, mime_type: str, video: VideoClip | None = None) -> Part:
        return cls(file_uri=uri, mime_type=mime_type, video=video)

    def to_body(self) -> dict[str, Any]:
        body: dict[str, Any] = {}
        if self.text is not None:
            body["text"] = self.text
        elif self.data is not None:
            body["inlineData"] = {
                "mimeType": self.mime_type,
                "data": base64.b64encode(self.data).decode("ascii"),
            }
        elif self.file_uri is not None:
            body["fileData"] = {"mimeType": self.mime_type, "fileUri": self.file_uri}
        if self.video is not None:
            body["videoMetadata"] = self.video.to_body()
        if self.media_resolution is not None:
            body["mediaResolution"] = {"level": self.media_resolution}
        if self.thought:
            body["thought"] = True
        return body


@dataclass(frozen=True)
class Content:
    role: Role
    parts: tuple[Part, ...]

    def to_body(self) -> dict[str, Any]:
        return {"role": self.role, "parts": [p.to_body() for p in self.parts]}


@dataclass(frozen=True)
class SafetySetting:
    category: HarmCategory
    threshold: HarmBlockThreshold
    method: HarmBlockMethod | None = None

    def to_body(self, with_method: bool = True) -> dict[str, str]:
        body = {"category": str(self.category), "threshold": str(self.threshold)}
        if self.method is not None and with_method:
            body["method"] = str(self.method)
        return body


@dataclass(frozen=True)
class ThinkingConfig:
    """thinkingConfig. A budget is for Gemini 2.5, a level for Gemini 3 and later; both may
    be kept here (each for its own models). Google answers 400 to a request with both:
    `model_fit.fit_thinking` alone decides which one goes (every request goes out through
    it); the body says what it holds."""

    include_thoughts: bool | None = None
    thinking_budget: int | None = None
    thinking_level: str | None = None  # MINIMAL, LOW, MEDIUM, HIGH or XHIGH

    def to_body(self) -> dict[str, Any]:
        return _drop_none(
            {
                "includeThoughts": self.include_thoughts,
                "thinkingBudget": self.thinking_budget,
                "thinkingLevel": self.thinking_level,
            }
        )


@dataclass(frozen=True)
class GenerationConfig:
    """generationConfig; None means "let the model use its default"."""

    temperature: float | None = None
    top_p: float | None = None
    top_k: int | None = None
    candidate_count: int | None = None
    max_output_tokens: int | None = None
    presence_penalty: float | None = None
    frequency_penalty: float | None = None
    stop_sequences: tuple[str, ...] = ()
    response_mime_type: str | None = None
    response_schema: dict[str, Any] | None = None
    seed: int | None = None
    response_logprobs: bool | None = None
    logprobs: int | None = None
    audio_timestamp: bool | None = None
    media_resolution: MediaResolution | None = None
    thinking: ThinkingConfig | None = None

    def validate(self) -> None:
        """Raise InvalidRequestError naming the setting and its allowed range."""
        _check_range("temperature", self.temperature, 0.0, 2.0)
        _check_range("top_p", self.top_p, 0.0, 1.0)
        _check_range("top_k", self.top_k, 1, 1000)
        _check_range("candidate_count", self.candidate_count, 1, 8)
        _check_range("max_output_tokens", self.max_output_tokens, 1, 1_000_000)
        _check_range("presence_penalty", self.presence_penalty, -2.0, 2.0)
        _check_range("frequency_penalty", self.frequency_penalty, -2.0, 2.0)
        _check_range("logprobs", self.logprobs, 1, 20)
        if len(self.stop_sequences) > MAX_STOP_SEQUENCES:
            raise InvalidRequestError(
                Message(
                    "request.too_many_stop_sequences",
                    count=len(self.stop_sequences),
                    limit=MAX_STOP_SEQUENCES,
                ),
                hint=Message("request.too_many_stop_sequences.hint"),
            )
        if any(not s for s in self.stop_sequences):
            raise InvalidRequestError(
                Message("request.empty_stop_sequence"),
                hint=Message("request.empty_stop_sequence.hint"),
            )
        if self.response_schema is not None and self.response_mime_type not in SCHEMA_TYPES:
            raise InvalidRequestError(
                Message("request.schema_needs_json"),
                hint=Message("request.schema_needs_json.hint"),
            )

    def to_body(self) -> dict[str, Any]:
        body = _drop_none(
            {
                "temperature": self.temperature,
                "topP": self.top_p,
                "topK": self.top_k,
                "candidateCount": self.candidate_count,
                "maxOutputTokens": self.max_output_tokens,
                "presencePenalty": self.presence_penalty,
                "frequencyPenalty": self.frequency_penalty,
                "stopSequences": list(self.stop_sequences) or None,
                "responseMimeType": self.response_mime_type,
                "responseSchema": self.response_schema,
                "seed": self.seed,
                "responseLogprobs": self.response_logprobs,
                "logprobs": self.logprobs,
                "audioTimestamp": self.audio_timestamp,
                "mediaResolution": None
                if self.media_resolution is None
                else str(self.media_resolution),
            }
        )
        if self.thinking is not None and (thinking := self.thinking.to_body()):
            body["thinkingConfig"] = thinking
        return body


@dataclass(frozen=True)
class GenerateRequest:
    """A whole generateContent request: the conversation plus every setting."""

    model: str
    contents: tuple[Content, ...]
    system_instruction: str | None = None
    generation_config: GenerationConfig = field(default_factory=GenerationConfig)
    safety_settings: tuple[SafetySetting, ...] = ()
    labels: dict[str, str] = field(default_factory=dict)
    cached_content: str | None = None
    google_search: bool = False

    def validate(self) -> None:
        if not self.model.strip():
            raise InvalidRequestError(
                Message("request.no_model"), hint=Message("request.no_model.hint")
            )
        if not self.contents or not any(c.parts for c in self.contents):
            raise InvalidRequestError(Message("request.empty"), hint=Message("request.empty.hint"))
        self.generation_config.validate()

    def to_body(self, *, vertex: bool = True) -> dict[str, Any]:
        """The JSON body; `vertex=False` leaves out what the Gemini Developer API rejects
        (labels and the safety method are Vertex-only fields)."""
        body: dict[str, Any] = {"contents": [c.to_body() for c in self.contents]}
        if self.system_instruction:
            body["systemInstruction"] = {
                "role": "user",
                "parts": [{"text": self.system_instruction}],
            }
        if config := self.generation_config.to_body():
            body["generationConfig"] = config
        if self.safety_settings:
            body["safetySettings"] = [s.to_body(with_method=vertex) for s in self.safety_settings]
        if self.labels and vertex:
            body["labels"] = dict(self.labels)
        if self.cached_content:
            body["cachedContent"] = self.cached_content
        if self.google_search:
            body["tools"] = [{"googleSearch": {}}]
        return body


def user_message(text: str | None, parts: tuple[Part, ...] = ()) -> Content:
    """A user turn: the attachments first, then the text (the order Google recommends)."""
    all_parts = parts + ((Part.from_text(text),) if text else ())
    return Content(role="user", parts=all_parts)


def _drop_none(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None}


def _check_range(name: str, value: float | None, low: float, high: float) -> None:
    if value is None:
        return
    if (isinstance(value, float) and not math.isfinite(value)) or not low <= value <= high:
        setting = Message(f"setting.{name}")
        raise InvalidRequestError(
            Message("request.out_of_range", setting=setting, value=value, low=low, high=high),
            hint=Message("request.out_of_range.hint", setting=setting, low=low, high=high),
        )
