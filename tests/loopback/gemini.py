"""Gemini and Vertex AI payloads: echo answers, token counts, stream events, model lists."""

from __future__ import annotations

import base64
import binascii
import copy
import datetime
import math
import re
import secrets
from collections.abc import Sequence
from typing import Any

from tests.loopback.scenario import Scenario

# Gemini bills an image or a media part at a flat 258 tokens; good enough for a stand-in.
MEDIA_PART_TOKENS = 258

HARM_CATEGORIES = (
    "HARM_CATEGORY_HATE_SPEECH",
    "HARM_CATEGORY_DANGEROUS_CONTENT",
    "HARM_CATEGORY_HARASSMENT",
    "HARM_CATEGORY_SEXUALLY_EXPLICIT",
)


class InvalidRequest(ValueError):
    """The request body is not something Google would accept (becomes 400 INVALID_ARGUMENT)."""


def field(obj: dict[str, Any], name: str, default: Any = None) -> Any:
    """obj[name] by its lowerCamel name or its proto snake_case name (Google accepts both).

    google-genai itself mixes them: {"inlineData": {"mime_type": ...}}.
    """
    if name in obj:
        return obj[name]
    snake = re.sub(r"([A-Z])", lambda m: "_" + m.group(1).lower(), name)
    return obj.get(snake, default)


def echo_text(text: str, attachments: Sequence[tuple[str, int | str]] = ()) -> str:
    """The default answer: "You said: <text>." plus one sentence per attachment.

    An attachment is (mime_type, decoded_byte_count) for inline data or (mime_type, uri)
    for a file reference; an empty mime_type is left out.
    """
    sentences = [f"You said: {text}." if text else "You said nothing."]
    for number, (mime, size_or_uri) in enumerate(attachments, start=1):
        what = f"{size_or_uri} bytes" if isinstance(size_or_uri, int) else size_or_uri
        label = f"{mime}, {what}" if mime else what
        sentences.append(f"Attachment {number}: {label}.")
    return " ".join(sentences)


def decode_base64(data: str, where: str) -> bytes:
    """Decodes standard or URL-safe base64, as Google's JSON mapping of bytes accepts both."""
    try:
        return base64.b64decode(data, validate=True)
    except binascii.Error:
        pass
    try:
        return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))
    except (binascii.Error, ValueError) as exc:
        raise InvalidRequest(
            f"Invalid value at '{where}' (TYPE_BYTES), Base64 decoding failed for \"{data[:20]}\""
        ) from exc


def _contents(request: dict[str, Any]) -> list[dict[str, Any]]:
    # countTokens may wrap the request: {"generateContentRequest": {"contents": [...]}}.
    inner = field(request, "generateContentRequest") or request
    contents = field(inner, "contents") or []
    if not isinstance(contents, list):
        raise InvalidRequest("Invalid value at 'contents': expected a list.")
    return contents


def validate_generate_request(request: Any, *, vertex: bool) -> dict[str, Any]:
    """The request body; raises InvalidRequest where Google would: no contents, bad base64."""
    if not isinstance(request, dict):
        raise InvalidRequest("Invalid JSON payload received. Expected an object.")
    contents = _contents(request)
    if not contents:
        if vertex:
            raise InvalidRequest(
                "Unable to submit request because it must include at least one parts field, "
                "which describes the prompt input. Learn more: "
                "https://cloud.google.com/vertex-ai/generative-ai/docs/model-reference/gemini"
            )
        raise InvalidRequest("* GenerateContentRequest.contents: contents is not specified\n")
    for i, content in enumerate(contents):
        for j, part in enumerate(content.get("parts") or []):
            inline = field(part, "inlineData")
            if inline is not None:
                decode_base64(inline.get("data", ""), f"contents[{i}].parts[{j}].inline_data.data")
    thinking = field(field(request, "generationConfig") or {}, "thinkingConfig") or {}
    if field(thinking, "thinkingBudget") is not None and field(thinking, "thinkingLevel"):
        # Google's thinking pages: a budget and a level in one request is a 400 (the words
        # here are ours; the status is Google's).
        raise InvalidRequest(
            "thinking_budget and thinking_level are mutually exclusive; set only one of them."
        )
    return request


def last_user_content(request: dict[str, Any]) -> dict[str, Any]:
    """The last content sent by the user (role "user" or no role)."""
    for content in reversed(_contents(request)):
        if content.get("role", "user") == "user":
            return dict(content)
    return {"parts": []}


def echo_for_request(request: dict[str, Any]) -> str:
    """The echo answer for a generateContent request, from its last user content."""
    texts: list[str] = []
    attachments: list[tuple[str, int | str]] = []
    for part in last_user_content(request).get("parts") or []:
        if "text" in part:
            texts.append(part["text"])
        elif (inline := field(part, "inlineData")) is not None:
            size = len(decode_base64(inline.get("data", ""), "inline_data.data"))
            attachments.append((field(inline, "mimeType", ""), size))
        elif (file_data := field(part, "fileData")) is not None:
            attachments.append((field(file_data, "mimeType", ""), field(file_data, "fileUri", "")))
    return echo_text(" ".join(texts), attachments)


def count_words(text: str) -> int:
    """The loopback's token count for text: whitespace-separated words."""
    return len(text.split())


def _all_parts(request: dict[str, Any]) -> list[dict[str, Any]]:
    inner = field(request, "generateContentRequest") or request
    parts = list((field(inner, "systemInstruction") or {}).get("parts") or [])
    for content in _contents(request):
        parts.extend(content.get("parts") or [])
    return parts


# Tokens per image or frame by its media resolution (Gemini 3's table); without one, 258.
RESOLUTION_TOKENS = {
    "MEDIA_RESOLUTION_LOW": 280,
    "MEDIA_RESOLUTION_MEDIUM": 560,
    "MEDIA_RESOLUTION_HIGH": 1120,
    "MEDIA_RESOLUTION_ULTRA_HIGH": 2240,
}
# countTokens' fields (CountTokensRequest): the Gemini API takes the contents alone or a
# whole generateContentRequest (naming its model), never both; Vertex AI takes these.
GEMINI_COUNT_FIELDS = {"contents", "generateContentRequest", "generate_content_request"}
VERTEX_COUNT_FIELDS = {
    "endpoint", "model", "instances", "contents", "systemInstruction", "system_instruction",
    "tools", "generationConfig", "generation_config",
}  # fmt: skip


def modality(part: dict[str, Any]) -> str | None:
    """A part's ModalityTokenCount.modality: TEXT, IMAGE, VIDEO, AUDIO or DOCUMENT."""
    if "text" in part:
        return "TEXT"
    media = field(part, "inlineData") or field(part, "fileData")
    if media is None:
        return None
    mime = str(field(media, "mimeType", ""))
    if mime == "application/pdf":
        return "DOCUMENT"
    if "youtube.com" in str(field(media, "fileUri", "")) or mime.startswith("video/"):
        return "VIDEO"
    top = mime.split("/", 1)[0]
    return {"image": "IMAGE", "audio": "AUDIO", "text": "TEXT"}.get(top, "DOCUMENT")


def part_tokens(part: dict[str, Any], resolution: str | None = None) -> int:
    """One part's tokens: words of text; a media part by its own mediaResolution, else the
    request's, else 258."""
    if "text" in part:
        return count_words(part["text"])
    if modality(part) is None:
        return 0
    own = (field(part, "mediaResolution") or {}).get("level")
    return RESOLUTION_TOKENS.get(own or resolution or "", MEDIA_PART_TOKENS)


def _resolution(request: dict[str, Any]) -> str | None:
    inner = field(request, "generateContentRequest") or request
    config = field(inner, "generationConfig") or {}
    value = field(config, "mediaResolution")
    return str(value) if value else None


def count_prompt_tokens(request: dict[str, Any]) -> int:
    """Deterministic prompt token count: words in text parts, and per media part its
    resolution's tokens (258 without one)."""
    resolution = _resolution(request)
    return sum(part_tokens(part, resolution) for part in _all_parts(request))


def check_count_request(request: dict[str, Any], *, vertex: bool) -> None:
    """Raise InvalidRequest where Google refuses a countTokens body: an unknown field (the
    Gemini API knows only contents and generateContentRequest), both of the Gemini API's
    forms at once, or a generateContentRequest without its model."""
    known = VERTEX_COUNT_FIELDS if vertex else GEMINI_COUNT_FIELDS
    for name in request:
        if name not in known:
            raise InvalidRequest(
                f'Invalid JSON payload received. Unknown name "{name}": Cannot find field.'
            )
    inner = field(request, "generateContentRequest")
    if inner is None:
        return
    if "contents" in request:
        raise InvalidRequest(
            "contents and generate_content_request are mutually exclusive; set only one of them."
        )
    if not str(field(inner, "model", "")).startswith("models/"):
        raise InvalidRequest("* GenerateContentRequest.model: unexpected model name format\n")


def count_tokens_response(request: dict[str, Any], *, vertex: bool) -> dict[str, Any]:
    """The countTokens reply (CountTokensResponse): totalTokens and promptTokensDetails by
    modality; Vertex AI adds totalBillableCharacters (the text's characters, no spaces)."""
    resolution = _resolution(request)
    by_modality: dict[str, int] = {}
    for part in _all_parts(request):
        kind = modality(part)
        if kind is not None:
            by_modality[kind] = by_modality.get(kind, 0) + part_tokens(part, resolution)
    reply: dict[str, Any] = {"totalTokens": sum(by_modality.values())}
    if vertex:
        reply["totalBillableCharacters"] = sum(
            len("".join(part["text"].split())) for part in _all_parts(request) if "text" in part
        )
    reply["promptTokensDetails"] = [
        {"modality": kind, "tokenCount": count} for kind, count in by_modality.items()
    ]
    return reply


def split_text(text: str, chunks: int, chunk_size: int | None) -> list[str]:
    """Splits text into stream pieces: pieces of chunk_size characters, else `chunks` pieces."""
    if not text:
        return [""]
    size = chunk_size if chunk_size else math.ceil(len(text) / max(1, chunks))
    return [text[i : i + size] for i in range(0, len(text), max(1, size))]


def default_safety_ratings() -> list[dict[str, Any]]:
    return [{"category": name, "probability": "NEGLIGIBLE"} for name in HARM_CATEGORIES]


def _usage(prompt: int, candidates: int, thoughts: int) -> dict[str, Any]:
    usage: dict[str, Any] = {"promptTokenCount": prompt}
    if candidates:
        usage["candidatesTokenCount"] = candidates
    usage["totalTokenCount"] = prompt + candidates + thoughts
    usage["promptTokensDetails"] = [{"modality": "TEXT", "tokenCount": prompt}]
    if thoughts:
        usage["thoughtsTokenCount"] = thoughts
    return usage


def _envelope(scenario: Scenario, *, vertex: bool, response_id: str) -> dict[str, Any]:
    # Fields every real event carries besides candidates and usage.
    fields: dict[str, Any] = {"modelVersion": scenario.model_version}
    if vertex:
        now = datetime.datetime.now(datetime.UTC)
        fields["createTime"] = now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    fields["responseId"] = response_id
    return fields


def blocked_event(scenario: Scenario, prompt_tokens: int, *, vertex: bool) -> dict[str, Any]:
    """The single event Google sends when the prompt is blocked: promptFeedback, no candidates."""
    feedback: dict[str, Any] = {"blockReason": scenario.block_reason}
    if scenario.block_reason_message:
        feedback["blockReasonMessage"] = scenario.block_reason_message
    feedback["safetyRatings"] = scenario.safety_ratings or default_safety_ratings()
    event: dict[str, Any] = {"promptFeedback": feedback}
    if scenario.usage != {}:
        event["usageMetadata"] = scenario.usage or _usage(prompt_tokens, 0, 0)
    event.update(_envelope(scenario, vertex=vertex, response_id=secrets.token_urlsafe(16)))
    return event


def build_events(
    request: dict[str, Any], scenario: Scenario, *, vertex: bool
) -> list[dict[str, Any]]:
    """The GenerateContentResponse objects one streamGenerateContent call streams."""
    if scenario.events is not None:
        return copy.deepcopy(scenario.events)
    prompt_tokens = count_prompt_tokens(request)
    if scenario.block_reason:
        return [blocked_event(scenario, prompt_tokens, vertex=vertex)]

    text = scenario.text if scenario.text is not None else echo_for_request(request)
    pieces: list[tuple[str, bool]] = []
    if scenario.thoughts:
        thoughts = split_text(scenario.thoughts, scenario.chunks, scenario.chunk_size)
        pieces += [(piece, True) for piece in thoughts]
    if text or not pieces:
        pieces += [
            (piece, False) for piece in split_text(text, scenario.chunks, scenario.chunk_size)
        ]

    response_id = secrets.token_urlsafe(16)
    events: list[dict[str, Any]] = []
    said = thought = ""
    for piece, is_thought in pieces:
        part: dict[str, Any] = {"text": piece, "thought": True} if is_thought else {"text": piece}
        candidate: dict[str, Any] = {}
        if piece or is_thought:
            # An empty final answer (e.g. blocked by safety) comes with no content at all.
            candidate["content"] = {"role": "model", "parts": [part]}
        if not vertex:
            candidate["index"] = 0
        if is_thought:
            thought += piece
        else:
            said += piece
        event: dict[str, Any] = {"candidates": [candidate]}
        if scenario.usage is None:
            event["usageMetadata"] = _usage(prompt_tokens, count_words(said), count_words(thought))
        event.update(_envelope(scenario, vertex=vertex, response_id=response_id))
        events.append(event)

    _finish_last_candidate(events[-1]["candidates"][0], scenario, vertex=vertex)
    if scenario.usage:
        events[-1]["usageMetadata"] = scenario.usage
    return events


def _finish_last_candidate(candidate: dict[str, Any], scenario: Scenario, *, vertex: bool) -> None:
    if scenario.finish_reason is not None:
        candidate["finishReason"] = scenario.finish_reason
    if scenario.safety_ratings is not None:
        candidate["safetyRatings"] = scenario.safety_ratings
    if scenario.citations is not None:
        key = scenario.citation_key or ("citations" if vertex else "citationSources")
        candidate["citationMetadata"] = {key: scenario.citations}
    if scenario.grounding_metadata is not None:
        candidate["groundingMetadata"] = scenario.grounding_metadata


def merge_events(events: list[dict[str, Any]]) -> dict[str, Any]:
    """Folds stream events into the one object generateContent returns.

    Text of consecutive parts of the same kind (thought or answer) is concatenated; every
    other field comes from the last event that has it.
    """
    merged: dict[str, Any] = {}
    parts: list[dict[str, Any]] = []
    candidate: dict[str, Any] = {}
    for event in events:
        for key, value in event.items():
            if key != "candidates":
                merged[key] = copy.deepcopy(value)
        for cand in event.get("candidates", [])[:1]:
            for key, value in cand.items():
                if key != "content":
                    candidate[key] = copy.deepcopy(value)
            for part in (cand.get("content") or {}).get("parts", []):
                _append_part(parts, part)
    if candidate or parts:
        if parts:
            candidate = {"content": {"role": "model", "parts": parts}, **candidate}
        merged = {"candidates": [candidate], **merged}
    return merged


def _append_part(parts: list[dict[str, Any]], part: dict[str, Any]) -> None:
    previous = parts[-1] if parts else None
    if (
        previous is not None
        and "text" in previous
        and "text" in part
        and bool(previous.get("thought")) == bool(part.get("thought"))
    ):
        previous["text"] += part["text"]
    else:
        parts.append(copy.deepcopy(part))
