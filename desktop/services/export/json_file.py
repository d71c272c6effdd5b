"""A conversation as JSON: the exact request it would send next, its settings, its turns.

The file (format "gemini-desktop-conversation", version 1) is one JSON object:

    format       "gemini-desktop-conversation"
    version      1; a reader refuses a higher number, so a later format can change anything
    exported_by  "Gemini Desktop <version>"
    exported_at, created_at, updated_at   ISO 8601 with time zone
    title        the sidebar title
    settings     ChatSettings.to_dict(): model, system_instruction, generation_config (by
                 Python names), safety_settings, google_search
    request      the generateContent body the next message would carry (before that message
                 is added), exactly as the app sends it to Vertex AI: contents with each
                 attachment as inlineData (base64) and videoMetadata for clips, then
                 systemInstruction, generationConfig, safetySettings, tools. A YouTube
                 link is a fileData part (fileUri, mimeType "video/mp4"). The Gemini
                 Developer API takes the same body without the safety settings' "method".
    turns        one object per message, in order: role ("user" or "model"), text, thoughts,
                 status (complete, stopped, interrupted, failed), finish_reason, usage
                 (usageMetadata as received), model_version, error ({code, status, message,
                 hint} or null), details (finish_message, safety_ratings, citations,
                 grounding_metadata, block_reason…), created_at, and attachments: name,
                 mime_type, sha256, size, clip_start, clip_end (seconds or null), and
                 "missing": true for a file that had gone from the history at export;
                 a link (a YouTube video) has "uri", its address, and size 0.

An attachment's bytes are stored once, in the request; a turn finds its files there by
SHA-256. A link has no bytes: its address is all there is, in the turn and the request.
Nothing from the user's profiles (keys, tokens, project settings) is ever written: only the
conversation is read.

`import_json` turns such a file back into a conversation in the history, to be continued;
`request_from_export` rebuilds the request for `gemini-desktop describe --replay`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.core.answer import Answer
from desktop.core.conversation import (
    ANSWER_DETAIL_KEYS,
    AttachmentRef,
    ChatSettings,
    Conversation,
    NewAttachment,
    Turn,
    TurnStatus,
    conversation_request_contents,
    generation_config_from_dict,
    link_sha256,
)
from desktop.core.errors import FileProblemError
from desktop.core.messages import Message
from desktop.core.model_fit import fit_request
from desktop.core.request import (
    PART_RESOLUTIONS,
    Content,
    GenerateRequest,
    HarmBlockMethod,
    HarmBlockThreshold,
    HarmCategory,
    Offset,
    Part,
    SafetySetting,
    VideoClip,
    user_message,
)
from desktop.services.export.common import (
    Attachments,
    LoadAttachment,
    cannot_write,
    web_link,
    write_atomic,
)
from desktop.services.history import HistoryStore

log = logging.getLogger(__name__)

FORMAT = "gemini-desktop-conversation"
VERSION = 1
_SHA256 = re.compile(r"[0-9a-f]{64}")
# generationConfig's wire names and the Python names generation_config_from_dict reads.
_CONFIG_NAMES = {
    "temperature": "temperature",
    "topP": "top_p",
    "topK": "top_k",
    "candidateCount": "candidate_count",
    "maxOutputTokens": "max_output_tokens",
    "presencePenalty": "presence_penalty",
    "frequencyPenalty": "frequency_penalty",
    "stopSequences": "stop_sequences",
    "responseMimeType": "response_mime_type",
    "responseSchema": "response_schema",
    "seed": "seed",
    "responseLogprobs": "response_logprobs",
    "logprobs": "logprobs",
    "audioTimestamp": "audio_timestamp",
    "mediaResolution": "media_resolution",
}


# --- writing --------------------------------------------------------------------------------


def export_json(conversation: Conversation, load_attachment: LoadAttachment, path: Path) -> Path:
    """Write the conversation to `path` in the format above (replaced if it exists) and
    return it. Raises FileProblemError when it cannot be written."""
    text = json.dumps(export_document(conversation, load_attachment), ensure_ascii=False, indent=2)
    try:
        write_atomic(path, (text + "\n").encode("utf-8"))
    except OSError as exc:
        raise cannot_write(path, exc) from exc
    return path


def export_document(conversation: Conversation, load_attachment: LoadAttachment) -> dict[str, Any]:
    """The JSON object of an export, before it is written."""
    attachments = Attachments(load_attachment)
    loaded: dict[str, bytes] = {}
    for turn in conversation.turns:
        for ref in turn.attachments:
            if ref.sha256 not in loaded and (data := attachments.get(ref)) is not None:
                loaded[ref.sha256] = data
    # A file gone from the history is left out of the request (it could not be sent
    # either) and marked in its turn, so the rest can still be imported and continued.
    present = replace(
        conversation,
        turns=tuple(
            replace(
                turn,
                attachments=tuple(
                    r for r in turn.attachments if r.uri is not None or r.sha256 in loaded
                ),
            )
            for turn in conversation.turns
        ),
    )
    contents = conversation_request_contents(present, loaded.__getitem__)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_by": f"Gemini Desktop {__version__}",
        "exported_at": datetime.now(UTC).isoformat(),
        "title": conversation.title,
        "created_at": conversation.created_at.isoformat(),
        "updated_at": conversation.updated_at.isoformat(),
        "settings": conversation.settings.to_dict(),
        # As it would be sent: fitted to the model (the settings above keep everything).
        "request": fit_request(conversation.settings.request(contents)).request.to_body(
            vertex=True
        ),
        "turns": [_turn_to_dict(turn, attachments.missing) for turn in conversation.turns],
    }


def _turn_to_dict(turn: Turn, missing: set[str]) -> dict[str, Any]:
    return {
        "role": turn.role,
        "text": turn.text,
        "thoughts": turn.thoughts,
        "status": str(turn.status),
        "finish_reason": turn.finish_reason,
        "usage": turn.usage,
        "model_version": turn.model_version,
        "error": turn.error,
        "details": turn.details,
        "created_at": turn.created_at.isoformat(),
        "attachments": [
            _attachment_to_dict(ref, ref.sha256 in missing) for ref in turn.attachments
        ],
    }


def _attachment_to_dict(ref: AttachmentRef, missing: bool) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": ref.name,
        "mime_type": ref.mime_type,
        "sha256": ref.sha256,
        "size": ref.size,
        "clip_start": ref.clip_start,
        "clip_end": ref.clip_end,
    }
    if ref.media_resolution is not None:
        data["media_resolution"] = ref.media_resolution
    if ref.uri is not None:
        data["uri"] = ref.uri
    elif missing:
        data["missing"] = True
    return data


# --- reading --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportedAttachment:
    name: str
    mime_type: str
    sha256: str
    clip_start: float | None
    clip_end: float | None
    missing: bool
    uri: str | None = None
    """A link (a YouTube video): sent as this address, no bytes in the file."""
    media_resolution: str | None = None


@dataclass(frozen=True)
class ExportedTurn:
    role: str
    text: str
    thoughts: str
    status: TurnStatus
    finish_reason: str | None
    usage: dict[str, Any] | None
    model_version: str | None
    error: dict[str, Any] | None
    details: dict[str, Any]
    attachments: tuple[ExportedAttachment, ...]


@dataclass(frozen=True)
class ExportedConversation:
    """A checked export file: everything needed to import or replay it."""

    title: str
    settings: ChatSettings
    request: GenerateRequest
    turns: tuple[ExportedTurn, ...]
    files: dict[str, bytes]
    """Attachment bytes by SHA-256, taken from the request's inlineData."""


class _Damaged(Exception):
    """What is wrong inside a file that is otherwise ours (for the log and the message)."""


def read_export(path: Path) -> ExportedConversation:
    """Read and check an export file. Raises FileProblemError, naming the file, when it
    cannot be read, is not a conversation exported by Gemini Desktop, comes from a newer
    version, or is damaged."""
    name = path.name or str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise FileProblemError(
            Message("import.unreadable", file=name, reason=exc.strerror or type(exc).__name__),
            hint=Message("import.unreadable.hint"),
            status="IMPORT_UNREADABLE",
            server_message=f"{type(exc).__name__}: {exc}",
        ) from exc
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _not_ours(name) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _not_ours(name)
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _damaged(name, f"its format version is {version!r}")
    if version > VERSION:
        raise FileProblemError(
            Message("import.too_new", file=name, version=version),
            hint=Message("import.too_new.hint"),
            status="IMPORT_TOO_NEW",
        )
    try:
        return _conversation(document)
    except _Damaged as exc:
        raise _damaged(name, str(exc)) from exc


def _not_ours(name: str) -> FileProblemError:
    return FileProblemError(
        Message("import.not_ours", file=name),
        hint=Message("import.not_ours.hint"),
        status="IMPORT_NOT_CONVERSATION",
    )


def _damaged(name: str, what: str) -> FileProblemError:
    log.warning("Refusing to import %s: %s", name, what)
    return FileProblemError(
        Message("import.damaged", file=name),
        hint=Message("import.damaged.hint"),
        status="IMPORT_DAMAGED",
        server_message=what,
    )


def _conversation(document: Mapping[str, Any]) -> ExportedConversation:
    settings_data = document.get("settings")
    if not isinstance(settings_data, Mapping):
        raise _Damaged("it has no settings")
    settings = ChatSettings.from_dict(settings_data)
    body = document.get("request")
    if not isinstance(body, Mapping):
        raise _Damaged("it has no request")
    request = _request_from_body(body, settings.model)
    files: dict[str, bytes] = {}
    for content in request.contents:
        for part in content.parts:
            if part.data is not None:
                files[hashlib.sha256(part.data).hexdigest()] = part.data
    turns_data = document.get("turns")
    if not isinstance(turns_data, list):
        raise _Damaged("it has no list of turns")
    turns = tuple(_turn(item, n) for n, item in enumerate(turns_data))
    for turn in turns:
        for attachment in turn.attachments:
            if attachment.uri is None and not attachment.missing and attachment.sha256 not in files:
                raise _Damaged(f"the bytes of {attachment.name!r} are not in the request")
    title = document.get("title")
    return ExportedConversation(
        title=title if isinstance(title, str) else "",
        settings=settings,
        request=request,
        turns=turns,
        files=files,
    )


def _turn(item: Any, number: int) -> ExportedTurn:
    where = f"turn {number + 1}"
    if not isinstance(item, Mapping):
        raise _Damaged(f"{where} is not an object")
    role = item.get("role")
    if role not in ("user", "model"):
        raise _Damaged(f"{where} has the role {role!r}")
    try:
        status = TurnStatus(item.get("status", TurnStatus.COMPLETE))
    except ValueError:
        status = TurnStatus.INTERRUPTED  # a status from a newer version: retryable
    if status is TurnStatus.STREAMING:
        status = TurnStatus.INTERRUPTED  # exported while it streamed; it will not go on
    attachments = item.get("attachments") or []
    if not isinstance(attachments, list):
        raise _Damaged(f"{where} has unreadable attachments")
    return ExportedTurn(
        role=role,
        text=_text(item, "text", where),
        thoughts=_text(item, "thoughts", where),
        status=status,
        finish_reason=_optional(item, "finish_reason", str),
        usage=_optional(item, "usage", dict),
        model_version=_optional(item, "model_version", str),
        error=_optional(item, "error", dict),
        details=_optional(item, "details", dict) or {},
        attachments=tuple(_attachment(a, where) for a in attachments),
    )


def _text(item: Mapping[str, Any], key: str, where: str) -> str:
    value = item.get(key) or ""
    if not isinstance(value, str):
        raise _Damaged(f"the {key} of {where} is not text")
    return value


def _optional(item: Mapping[str, Any], key: str, kind: type[Any]) -> Any:
    value = item.get(key)
    return value if isinstance(value, kind) else None


def _attachment(item: Any, where: str) -> ExportedAttachment:
    if not isinstance(item, Mapping):
        raise _Damaged(f"an attachment of {where} is not an object")
    sha256, name, mime = item.get("sha256"), item.get("name"), item.get("mime_type")
    uri = item.get("uri")
    resolution = item.get("media_resolution")
    if uri is not None and (not isinstance(uri, str) or web_link(uri) is None):
        raise _Damaged(f"a link of {where} is not a web address: {uri!r}")
    if uri is not None:
        sha256 = link_sha256(uri)  # the history's own, whatever the file says
    if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
        raise _Damaged(f"an attachment of {where} has no SHA-256")
    if not isinstance(name, str) or not isinstance(mime, str) or "/" not in mime:
        raise _Damaged(f"an attachment of {where} has no name or type")
    return ExportedAttachment(
        name=name,
        mime_type=mime,
        sha256=sha256,
        clip_start=_seconds(item.get("clip_start"), where),
        clip_end=_seconds(item.get("clip_end"), where),
        missing=uri is None and item.get("missing") is True,
        uri=uri,
        media_resolution=resolution if resolution in PART_RESOLUTIONS else None,
    )


def _seconds(value: Any, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise _Damaged(f"a video clip of {where} has the time {value!r}")
    return float(value)


# --- the request body, read back ------------------------------------------------------------


def _request_from_body(body: Mapping[str, Any], model: str) -> GenerateRequest:
    contents = body.get("contents")
    if not isinstance(contents, list):
        raise _Damaged("the request has no contents")
    config = body.get("generationConfig") or {}
    if not isinstance(config, Mapping):
        raise _Damaged("the request's generationConfig is not an object")
    values = {python: config[wire] for wire, python in _CONFIG_NAMES.items() if wire in config}
    if isinstance(thinking := config.get("thinkingConfig"), Mapping):
        values["thinking"] = {
            "include_thoughts": thinking.get("includeThoughts"),
            "thinking_budget": thinking.get("thinkingBudget"),
            "thinking_level": thinking.get("thinkingLevel"),
        }
    labels = body.get("labels")
    cached = body.get("cachedContent")
    tools = body.get("tools")
    return GenerateRequest(
        model=model,
        contents=tuple(_content(item, n) for n, item in enumerate(contents)),
        system_instruction=_system_instruction(body.get("systemInstruction")),
        generation_config=generation_config_from_dict(values),
        safety_settings=tuple(_safety(item) for item in body.get("safetySettings") or []),
        labels={str(k): str(v) for k, v in labels.items()} if isinstance(labels, Mapping) else {},
        cached_content=cached if isinstance(cached, str) else None,
        google_search=isinstance(tools, list)
        and any(isinstance(t, Mapping) and "googleSearch" in t for t in tools),
    )


def _content(item: Any, number: int) -> Content:
    where = f"message {number + 1} of the request"
    if not isinstance(item, Mapping) or item.get("role") not in ("user", "model"):
        raise _Damaged(f"{where} has no role")
    parts = item.get("parts")
    if not isinstance(parts, list):
        raise _Damaged(f"{where} has no parts")
    return Content(item["role"], tuple(_part(part, where) for part in parts))


def _part(item: Any, where: str) -> Part:
    if not isinstance(item, Mapping):
        raise _Damaged(f"a part of {where} is not an object")
    video = _video(item.get("videoMetadata"), where)
    thought = item.get("thought") is True
    media = item.get("mediaResolution")
    level = media.get("level") if isinstance(media, Mapping) else None
    resolution = level if level in PART_RESOLUTIONS else None
    if isinstance(text := item.get("text"), str):
        return Part(text=text, thought=thought)
    if isinstance(inline := item.get("inlineData"), Mapping):
        mime, data = inline.get("mimeType"), inline.get("data")
        if not isinstance(mime, str) or not isinstance(data, str):
            raise _Damaged(f"a file in {where} has no type or data")
        try:
            decoded = base64.b64decode(data, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise _Damaged(f"a file in {where} is not valid base64") from exc
        return Part(
            data=decoded, mime_type=mime, video=video, thought=thought, media_resolution=resolution
        )
    if isinstance(file := item.get("fileData"), Mapping):
        mime, uri = file.get("mimeType"), file.get("fileUri")
        if not isinstance(mime, str) or not isinstance(uri, str):
            raise _Damaged(f"a file reference in {where} has no type or address")
        return Part(
            file_uri=uri, mime_type=mime, video=video, thought=thought, media_resolution=resolution
        )
    raise _Damaged(f"a part of {where} has neither text nor a file")


def _video(item: Any, where: str) -> VideoClip | None:
    if item is None:
        return None
    if not isinstance(item, Mapping):
        raise _Damaged(f"the video clip in {where} is not an object")
    return VideoClip(
        start=_offset(item.get("startOffset"), where),
        end=_offset(item.get("endOffset"), where),
    )


def _offset(item: Any, where: str) -> Offset | None:
    if item is None:
        return None
    seconds = item.get("seconds", 0) if isinstance(item, Mapping) else None
    nanos = item.get("nanos", 0) if isinstance(item, Mapping) else None
    # protobuf's JSON form writes int64 seconds as a string; accept both.
    if isinstance(seconds, str) and seconds.isdigit():
        seconds = int(seconds)
    if not isinstance(seconds, int) or not isinstance(nanos, int):
        raise _Damaged(f"a video clip time in {where} is not a number")
    return Offset(seconds + nanos / 1_000_000_000)


def _system_instruction(item: Any) -> str | None:
    if not isinstance(item, Mapping) or not isinstance(item.get("parts"), list):
        return None
    texts = [p["text"] for p in item["parts"] if isinstance(p, Mapping) and "text" in p]
    text = "".join(t for t in texts if isinstance(t, str))
    return text or None


def _safety(item: Any) -> SafetySetting:
    if not isinstance(item, Mapping):
        raise _Damaged("a safety setting is not an object")
    try:
        method = item.get("method")
        return SafetySetting(
            category=HarmCategory(str(item.get("category"))),
            threshold=HarmBlockThreshold(str(item.get("threshold"))),
            method=HarmBlockMethod(str(method)) if method is not None else None,
        )
    except ValueError as exc:
        raise _Damaged(f"a safety setting is unknown: {dict(item)!r}") from exc


# --- importing and replaying ----------------------------------------------------------------


def import_json(path: Path, store: HistoryStore) -> int:
    """Add the conversation in an export file to the history, with its turns, attachments
    and settings, ready to be continued; returns its new id. Its times are those of the
    import (the store dates what it saves). Raises FileProblemError for a file that cannot
    be imported (see `read_export`) and HistoryUnavailableError when the history cannot be
    written; nothing half-imported stays in the sidebar."""
    exported = read_export(path)
    conversation_id = store.create_conversation(exported.settings)
    try:
        for turn in exported.turns:
            if turn.role == "user":
                files = [
                    NewAttachment(
                        a.uri if a.uri is not None else exported.files[a.sha256],
                        a.mime_type,
                        a.name,
                        a.clip_start,
                        a.clip_end,
                        a.media_resolution,
                    )
                    for a in turn.attachments
                    if not a.missing
                ]
                store.add_user_turn(conversation_id, turn.text, files)
            else:
                turn_id = store.start_model_turn(conversation_id)
                store.finish_model_turn(
                    turn_id, _answer(turn), status=turn.status, error=turn.error
                )
        if exported.title and store.load(conversation_id).title != exported.title:
            store.rename(conversation_id, exported.title)
    except BaseException:
        try:
            store.delete(conversation_id)  # purged with the other deleted ones later
        except Exception:
            log.warning("Could not remove the half-imported conversation", exc_info=True)
        raise
    log.info("Imported %s as conversation %d", path.name, conversation_id)
    return conversation_id


def _answer(turn: ExportedTurn) -> Answer:
    details = {key: turn.details.get(key) for key in ANSWER_DETAIL_KEYS}

    def listed(key: str) -> list[dict[str, Any]]:
        value = details[key]
        return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []

    def text(key: str) -> str | None:
        return value if isinstance(value := details[key], str) else None

    grounding = details["grounding_metadata"]
    return Answer(
        text=turn.text,
        thoughts=turn.thoughts,
        finish_reason=turn.finish_reason,
        finish_message=text("finish_message"),
        safety_ratings=listed("safety_ratings"),
        citations=listed("citations"),
        grounding_metadata=grounding if isinstance(grounding, dict) else None,
        usage=turn.usage,
        model_version=turn.model_version,
        block_reason=text("block_reason"),
        block_reason_message=text("block_reason_message"),
    )


def request_from_export(path: Path, prompt: str | None = None) -> GenerateRequest:
    """The request an export file carries, to send again (`describe --replay FILE`).

    With `prompt`, it is added as the next user message: the conversation goes on. Without
    it, the answers at the end are left out, so the last question is asked again. The
    model is the conversation's (empty when it had none: the caller picks one). Raises
    FileProblemError like `read_export`, and when nothing is left to send.
    """
    request = read_export(path).request
    contents = request.contents
    if prompt:
        contents += (user_message(prompt),)
    else:
        while contents and contents[-1].role == "model":
            contents = contents[:-1]
    if not contents:
        raise FileProblemError(
            Message("import.no_question", file=path.name),
            hint=Message("import.no_question.hint"),
            status="IMPORT_EMPTY",
        )
    return replace(request, contents=contents)
