"""OpenAI-compatible Chat Completions payloads: echo answers, stream chunks, completions."""

from __future__ import annotations

import copy
import secrets
import time
from typing import Any

from tests.loopback.gemini import (
    MEDIA_PART_TOKENS,
    InvalidRequest,
    count_words,
    decode_base64,
    echo_text,
    split_text,
)
from tests.loopback.scenario import Scenario

# Gemini finish reasons and what an OpenAI client expects instead.
_FINISH_REASONS = {
    "STOP": "stop",
    "MAX_TOKENS": "length",
    "SAFETY": "content_filter",
    "RECITATION": "content_filter",
    "BLOCKLIST": "content_filter",
    "PROHIBITED_CONTENT": "content_filter",
    "SPII": "content_filter",
    "IMAGE_SAFETY": "content_filter",
    "MALFORMED_FUNCTION_CALL": "stop",
    "OTHER": "stop",
}


def openai_finish_reason(reason: str | None) -> str | None:
    """Maps a Gemini finishReason; OpenAI values ("stop", "length", ...) pass through."""
    if reason is None:
        return None
    return _FINISH_REASONS.get(reason, reason.lower())


def _data_uri(uri: str) -> tuple[str, int]:
    """(mime type, decoded byte count) of a data: URI."""
    header, _, payload = uri.partition(",")
    mime = header[len("data:") :].split(";")[0]
    return mime, len(decode_base64(payload, "image_url.url"))


def _describe_part(part: dict[str, Any]) -> tuple[str, int | str] | None:
    kind = part.get("type")
    if kind == "image_url":
        image = part.get("image_url")
        # Vertex's own samples pass the URL as a bare string instead of {"url": ...}.
        url = image if isinstance(image, str) else (image or {}).get("url", "")
        return _data_uri(url) if url.startswith("data:") else ("", url)
    if kind == "input_audio":
        audio = part.get("input_audio") or {}
        data = decode_base64(audio.get("data", ""), "input_audio.data")
        return f"audio/{audio.get('format', 'wav')}", len(data)
    if kind == "file":
        file_data = (part.get("file") or {}).get("file_data", "")
        return _data_uri(file_data) if file_data.startswith("data:") else ("", file_data)
    return None


def _message_text_and_attachments(
    message: dict[str, Any],
) -> tuple[str, list[tuple[str, int | str]]]:
    content = message.get("content")
    if isinstance(content, str):
        return content, []
    texts: list[str] = []
    attachments: list[tuple[str, int | str]] = []
    for part in content or []:
        if part.get("type") == "text":
            texts.append(part.get("text", ""))
        elif (described := _describe_part(part)) is not None:
            attachments.append(described)
    return " ".join(texts), attachments


def validate_chat_request(request: Any) -> dict[str, Any]:
    """The request body; raises InvalidRequest when there is no messages list."""
    if not isinstance(request, dict) or not request.get("messages"):
        raise InvalidRequest("messages: field required")
    return request


def echo_for_chat(request: dict[str, Any]) -> str:
    """The echo answer describing the last user message."""
    for message in reversed(request.get("messages") or []):
        if message.get("role") == "user":
            return echo_text(*_message_text_and_attachments(message))
    return echo_text("")


def count_chat_prompt_tokens(request: dict[str, Any]) -> int:
    """Words in every message plus a flat count per attachment."""
    total = 0
    for message in request.get("messages") or []:
        text, attachments = _message_text_and_attachments(message)
        total += count_words(text) + MEDIA_PART_TOKENS * len(attachments)
    return total


class ChatReply:
    """Builds the chunks or the completion for one chat request."""

    def __init__(self, request: dict[str, Any], scenario: Scenario, *, vertex: bool) -> None:
        self.scenario = scenario
        self.vertex = vertex
        self.model = request.get("model") or scenario.model_version
        self.id = ("" if vertex else "chatcmpl-") + secrets.token_urlsafe(18)
        self.created = int(time.time())
        self.prompt_tokens = count_chat_prompt_tokens(request)
        blocked = scenario.block_reason is not None
        if blocked:
            self.text = ""
            self.finish_reason: str | None = "content_filter"
        else:
            self.text = scenario.text if scenario.text is not None else echo_for_chat(request)
            self.finish_reason = openai_finish_reason(scenario.finish_reason)

    def usage(self) -> dict[str, int]:
        completion = count_words(self.text)
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": completion,
            "total_tokens": self.prompt_tokens + completion,
        }

    def _chunk(self, choices: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
        return {
            "id": self.id,
            "object": "chat.completion.chunk",
            "created": self.created,
            "model": self.model,
            "choices": choices,
            **extra,
        }

    def chunks(self) -> list[dict[str, Any]]:
        """The stream: content deltas, the finish, then a usage chunk with no choices."""
        if self.scenario.events is not None:
            return copy.deepcopy(self.scenario.events)
        pieces = split_text(self.text, self.scenario.chunks, self.scenario.chunk_size)
        choices = []
        for i, piece in enumerate(pieces):
            delta: dict[str, Any] = {"role": "assistant"} if i == 0 else {}
            delta["content"] = piece
            choices.append({"index": 0, "delta": delta, "finish_reason": None})
        if self.vertex:
            # Vertex puts finish_reason on the last content chunk.
            choices[-1]["finish_reason"] = self.finish_reason
        else:
            # OpenAI sends it on a separate chunk with an empty delta.
            choices.append({"index": 0, "delta": {}, "finish_reason": self.finish_reason})
        chunks = [self._chunk([choice]) for choice in choices]
        if self.scenario.usage != {}:
            chunks.append(self._chunk([], usage=self.scenario.usage or self.usage()))
        return chunks

    def completion(self) -> dict[str, Any]:
        """The non-streaming chat.completion object (`events[-1]` as is when events are set)."""
        if self.scenario.events:
            return copy.deepcopy(self.scenario.events[-1])
        message = {"role": "assistant", "content": self.text}
        body: dict[str, Any] = {
            "id": self.id,
            "object": "chat.completion",
            "created": self.created,
            "model": self.model,
            "choices": [{"index": 0, "message": message, "finish_reason": self.finish_reason}],
        }
        if self.scenario.usage != {}:
            body["usage"] = self.scenario.usage or self.usage()
        return body
