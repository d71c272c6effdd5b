"""A saved conversation: its turns, attachments and settings, and the rules around them.

Pure data and pure functions; `desktop.services.history` stores these in SQLite. Also here:
the title made from the first prompt, the request history rebuilt from saved turns, the
search terms and snippets of the sidebar's search, and `AutosaveThrottle`, which decides
when a streaming answer is saved.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from desktop.core.answer import Answer
from desktop.core.request import (
    Content,
    GenerateRequest,
    GenerationConfig,
    HarmBlockMethod,
    HarmBlockThreshold,
    HarmCategory,
    MediaResolution,
    Offset,
    Part,
    Role,
    SafetySetting,
    ThinkingConfig,
    VideoClip,
)

TITLE_LENGTH = 60
AUTOSAVE_INTERVAL = 1.0  # seconds: the "at least once a second"
MAX_SEARCH_TERMS = 8
MAX_SEARCH_TERM_LENGTH = 100


class TurnStatus(StrEnum):
    COMPLETE = "complete"  # the model said it had finished (or the user's own turn)
    STREAMING = "streaming"  # arriving now; after a crash, recover_interrupted() changes it
    INTERRUPTED = "interrupted"  # the app stopped (crash, kill, power cut) while it streamed
    STOPPED = "stopped"  # the user pressed Stop
    FAILED = "failed"  # an error ended it; `Turn.error` says which


@dataclass(frozen=True)
class AttachmentRef:
    """A stored file a turn refers to; the bytes live once, under their SHA-256.

    A link (`uri` set: a YouTube address) has no bytes at all: it is sent as the link, its
    `size` is 0 and its `sha256` is `link_sha256(uri)`, which names no file."""

    sha256: str
    mime_type: str
    name: str
    size: int
    clip_start: float | None = None  # seconds, for a video: the part the model should see
    clip_end: float | None = None
    uri: str | None = None
    # This file's own mediaResolution level (request.PART_RESOLUTIONS), where one was chosen
    # for it; sent on its part to models that take one (Gemini 3 and later).
    media_resolution: str | None = None

    @property
    def is_image(self) -> bool:
        return self.uri is None and self.mime_type.startswith("image/")

    @property
    def is_link(self) -> bool:
        return self.uri is not None

    @property
    def video_clip(self) -> VideoClip | None:
        if self.clip_start is None and self.clip_end is None:
            return None
        return VideoClip(
            start=None if self.clip_start is None else Offset(self.clip_start),
            end=None if self.clip_end is None else Offset(self.clip_end),
        )


# Hashed with the link, so a link's SHA-256 never equals a file's: a text file holding
# exactly the address would otherwise share its row with the link.
_LINK_HASH_PREFIX = b"gemini-desktop-link\n"


def link_sha256(uri: str) -> str:
    """The SHA-256 a link is stored under: unique per address, never a file's hash."""
    return hashlib.sha256(_LINK_HASH_PREFIX + uri.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class NewAttachment:
    """A file to store with a user's turn: its bytes, or the path to read them from; or a
    link (a str: a YouTube address), stored as the link alone."""

    source: bytes | Path | str
    mime_type: str
    name: str
    clip_start: float | None = None
    clip_end: float | None = None
    media_resolution: str | None = None  # this file's own (AttachmentRef.media_resolution)


@dataclass(frozen=True)
class Turn:
    """One message: the user's prompt with its attachments, or the model's answer."""

    id: int
    role: Role
    text: str
    created_at: datetime
    thoughts: str = ""
    attachments: tuple[AttachmentRef, ...] = ()
    status: TurnStatus = TurnStatus.COMPLETE
    finish_reason: str | None = None
    usage: dict[str, Any] | None = None
    model_version: str | None = None
    # {"code", "status", "message", "hint"} in English, and "words", "hint_words" (message
    # ids and arguments) and "action" (GeminiError.to_record).
    error: dict[str, Any] | None = None
    # The rest of what the model sent: finish_message, safety_ratings, citations,
    # grounding_metadata, block_reason, block_reason_message (only those it sent).
    details: dict[str, Any] = field(default_factory=dict)
    # Every version of this answer (Retry keeps the earlier ones), oldest first, this one
    # among them; () while it is the only one.
    versions: tuple[int, ...] = ()

    @property
    def version_number(self) -> int:
        """Which version this is, from 1 ("2 of 3"); 1 for the only one."""
        return self.versions.index(self.id) + 1 if self.id in self.versions else 1

    @property
    def version_count(self) -> int:
        return max(1, len(self.versions))

    def answer(self) -> Answer:
        """The saved answer as the stream's Answer, for the view that shows it."""
        return Answer(
            text=self.text,
            thoughts=self.thoughts,
            finish_reason=self.finish_reason,
            finish_message=self.details.get("finish_message"),
            safety_ratings=list(self.details.get("safety_ratings") or []),
            citations=list(self.details.get("citations") or []),
            grounding_metadata=self.details.get("grounding_metadata"),
            usage=self.usage,
            model_version=self.model_version,
            block_reason=self.details.get("block_reason"),
            block_reason_message=self.details.get("block_reason_message"),
        )


ANSWER_DETAIL_KEYS = (
    "finish_message",
    "safety_ratings",
    "citations",
    "grounding_metadata",
    "block_reason",
    "block_reason_message",
)


def answer_details(answer: Answer) -> dict[str, Any]:
    """What of an Answer has no column of its own: only the keys the model sent."""
    values = answer.to_dict()
    return {key: values[key] for key in ANSWER_DETAIL_KEYS if values[key]}


@dataclass(frozen=True)
class ChatSettings:
    """The request settings a conversation uses; reopening it restores them."""

    model: str = ""
    system_instruction: str | None = None
    generation_config: GenerationConfig = field(default_factory=GenerationConfig)
    safety_settings: tuple[SafetySetting, ...] = ()
    google_search: bool = False

    def request(
        self, contents: tuple[Content, ...], *, thoughts_by_default: bool = True
    ) -> GenerateRequest:
        """The request; thoughts are asked for unless switched off (the window shows them
        folded; a terminal passes thoughts_by_default=False and leaves them unasked), and
        `model_fit` leaves them out for a model that does not think."""
        config = self.generation_config
        thinking = config.thinking or ThinkingConfig()
        if thoughts_by_default and thinking.include_thoughts is None:
            config = replace(config, thinking=replace(thinking, include_thoughts=True))
        return GenerateRequest(
            model=self.model,
            contents=contents,
            system_instruction=self.system_instruction,
            generation_config=config,
            safety_settings=self.safety_settings,
            google_search=self.google_search,
        )

    def answer_only(self) -> ChatSettings:
        """These settings asking for no thoughts unless they say otherwise: where only the
        answer is kept (a batch), thoughts would cost tokens for nothing."""
        config = self.generation_config
        thinking = config.thinking or ThinkingConfig()
        if thinking.include_thoughts is not None:
            return self
        thinking = replace(thinking, include_thoughts=False)
        return replace(self, generation_config=replace(config, thinking=thinking))

    def to_dict(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "system_instruction": self.system_instruction,
            "generation_config": generation_config_to_dict(self.generation_config),
            "safety_settings": [_safety_to_dict(s) for s in self.safety_settings],
            "google_search": self.google_search,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ChatSettings:
        """Tolerant: a value of the wrong type or an unknown name (written by a newer or
        broken version) falls back to the default instead of losing the conversation."""
        model = data.get("model")
        system = data.get("system_instruction")
        config = data.get("generation_config")
        safety = data.get("safety_settings")
        return cls(
            model=model if isinstance(model, str) else "",
            system_instruction=system if isinstance(system, str) else None,
            generation_config=generation_config_from_dict(config)
            if isinstance(config, Mapping)
            else GenerationConfig(),
            safety_settings=tuple(
                setting
                for item in (safety if isinstance(safety, list) else [])
                if (setting := _safety_from_dict(item)) is not None
            ),
            google_search=data.get("google_search") is True,
        )

    @classmethod
    def from_json(cls, text: str) -> ChatSettings:
        try:
            data = json.loads(text)
        except ValueError:
            return cls()
        return cls.from_dict(data) if isinstance(data, Mapping) else cls()


def shows_thoughts(settings: ChatSettings) -> bool:
    """Whether the window shows an answer's thoughts: unless they are switched off, as
    `ChatSettings.request` asks for them (the main window and every compare column)."""
    thinking = settings.generation_config.thinking
    return thinking is None or thinking.include_thoughts is not False


# GenerationConfig's fields by the JSON type they take; a test checks every field is here.
_FLOAT_FIELDS = frozenset({"temperature", "top_p", "presence_penalty", "frequency_penalty"})
_INT_FIELDS = frozenset({"top_k", "candidate_count", "max_output_tokens", "seed", "logprobs"})
_BOOL_FIELDS = frozenset({"response_logprobs", "audio_timestamp"})
_STR_FIELDS = frozenset({"response_mime_type"})
_ENUM_FIELDS: dict[str, type[StrEnum]] = {"media_resolution": MediaResolution}
GENERATION_CONFIG_FIELDS = (
    _FLOAT_FIELDS
    | _INT_FIELDS
    | _BOOL_FIELDS
    | _STR_FIELDS
    | set(_ENUM_FIELDS)
    | {"stop_sequences", "response_schema", "thinking"}
)


def generation_config_to_dict(config: GenerationConfig) -> dict[str, Any]:
    """The settings that differ from the defaults, by their Python names."""
    data: dict[str, Any] = {}
    for item in fields(config):
        value = getattr(config, item.name)
        if value is None or value == ():
            continue
        if isinstance(value, ThinkingConfig):
            value = {
                "include_thoughts": value.include_thoughts,
                "thinking_budget": value.thinking_budget,
                "thinking_level": value.thinking_level,
            }
        elif isinstance(value, StrEnum):
            value = str(value)
        elif isinstance(value, tuple):
            value = list(value)
        data[item.name] = value
    return data


def generation_config_from_dict(data: Mapping[str, Any]) -> GenerationConfig:
    values: dict[str, Any] = {}
    for name in _FLOAT_FIELDS:
        value = data.get(name)
        if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
            values[name] = float(value)
    for name in _INT_FIELDS:
        if isinstance(value := data.get(name), int) and not isinstance(value, bool):
            values[name] = value
    for name in _BOOL_FIELDS:
        if isinstance(value := data.get(name), bool):
            values[name] = value
    for name in _STR_FIELDS:
        if isinstance(value := data.get(name), str):
            values[name] = value
    for name, enum in _ENUM_FIELDS.items():
        value = data.get(name)
        # A name this version does not know (a newer API's) is left out: the default applies.
        if isinstance(value, str) and value in {member.value for member in enum}:
            values[name] = enum(value)
    stops = data.get("stop_sequences")
    if isinstance(stops, list) and all(isinstance(s, str) for s in stops):
        values["stop_sequences"] = tuple(stops)
    if isinstance(schema := data.get("response_schema"), dict):
        values["response_schema"] = schema
    if isinstance(thinking := data.get("thinking"), Mapping):
        include = thinking.get("include_thoughts")
        budget = thinking.get("thinking_budget")
        level = thinking.get("thinking_level")
        values["thinking"] = ThinkingConfig(
            include_thoughts=include if isinstance(include, bool) else None,
            thinking_budget=budget
            if isinstance(budget, int) and not isinstance(budget, bool)
            else None,
            thinking_level=level if isinstance(level, str) and level else None,
        )
    return GenerationConfig(**values)


def _safety_to_dict(setting: SafetySetting) -> dict[str, str]:
    data = {"category": str(setting.category), "threshold": str(setting.threshold)}
    if setting.method is not None:
        data["method"] = str(setting.method)
    return data


def _safety_from_dict(data: Any) -> SafetySetting | None:
    if not isinstance(data, Mapping):
        return None
    try:
        method = data.get("method")
        return SafetySetting(
            category=HarmCategory(str(data.get("category"))),
            threshold=HarmBlockThreshold(str(data.get("threshold"))),
            method=HarmBlockMethod(str(method)) if method is not None else None,
        )
    except ValueError:
        return None


@dataclass(frozen=True)
class ConversationSummary:
    """One line of the sidebar."""

    id: int
    title: str  # "" until the first prompt: the window shows its own "New chat"
    created_at: datetime
    updated_at: datetime
    first_image_hash: str | None
    turn_count: int
    compare_of: int | None = None
    """The compare this conversation is a column of (its first column's id), or None."""


@dataclass(frozen=True)
class Conversation:
    """A whole conversation, as reopened from history."""

    id: int
    title: str
    created_at: datetime
    updated_at: datetime
    settings: ChatSettings
    turns: tuple[Turn, ...]
    first_image_hash: str | None = None
    deleted: bool = False
    compare_of: int | None = None
    """The compare this conversation is a column of (its first column's id), or None."""

    def summary(self) -> ConversationSummary:
        return ConversationSummary(
            id=self.id,
            title=self.title,
            created_at=self.created_at,
            updated_at=self.updated_at,
            first_image_hash=self.first_image_hash,
            turn_count=len(self.turns),
            compare_of=self.compare_of,
        )


def conversation_request_contents(
    conversation: Conversation,
    load: Callable[[str], bytes],
    *,
    before: int | None = None,
) -> tuple[Content, ...]:
    """The request history the saved turns make, every file inline, loaded by
    `load(sha256)` (see `request_contents`); a link as a fileData part, never loaded."""

    def part_for(ref: AttachmentRef) -> Part:
        if ref.uri is not None:
            return Part.from_uri(ref.uri, ref.mime_type, ref.video_clip)
        return Part.from_bytes(load(ref.sha256), ref.mime_type, ref.video_clip)

    return request_contents(conversation, part_for, before=before)


class AttachedFile(Protocol):
    """What a file in the box and a saved one both say of themselves."""

    @property
    def mime_type(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def clip_start(self) -> float | None: ...
    @property
    def clip_end(self) -> float | None: ...
    @property
    def media_resolution(self) -> str | None: ...


def new_attachment(file: AttachedFile, source: bytes | Path | str) -> NewAttachment:
    """`file` to store or send, from `source`: its clip and its own media resolution kept
    (the one place they are copied)."""
    return NewAttachment(
        source,
        file.mime_type,
        file.name,
        clip_start=file.clip_start,
        clip_end=file.clip_end,
        media_resolution=file.media_resolution,
    )


def attachment_to_resend(ref: AttachmentRef, load: Callable[[str], bytes]) -> NewAttachment:
    """A saved attachment to store or send again: its link as it is, or its bytes read by
    `load(sha256)` (which a link never calls)."""
    return new_attachment(ref, ref.uri if ref.uri is not None else load(ref.sha256))


def request_contents(
    conversation: Conversation,
    part_for: Callable[[AttachmentRef], Part],
    *,
    before: int | None = None,
) -> tuple[Content, ...]:
    """The request history the saved turns make, each file as `part_for(ref)` makes it
    (inline bytes, or a reference to an uploaded copy).

    `before` (a turn id) stops there: the history for retrying that answer. Model turns
    without text (failed, blocked, thoughts only) are left out, since Google refuses an
    empty text part; neighbouring turns of the same role are then merged into one, since
    some models insist that roles alternate.
    """
    contents: list[Content] = []
    for turn in conversation.turns:
        if turn.id == before:
            break
        if turn.role == "user":
            parts = tuple(_with_resolution(part_for(ref), ref) for ref in turn.attachments)
            if turn.text:
                parts += (Part.from_text(turn.text),)
        elif turn.text and turn.status is not TurnStatus.STREAMING:
            parts = (Part.from_text(turn.text),)
        else:
            continue
        if not parts:
            continue
        if contents and contents[-1].role == turn.role:
            contents[-1] = Content(turn.role, contents[-1].parts + parts)
        else:
            contents.append(Content(turn.role, parts))
    return tuple(contents)


def _with_resolution(part: Part, ref: AttachmentRef) -> Part:
    # The one place a file's own resolution joins its part, inline, uploaded or a link.
    if ref.media_resolution is None:
        return part
    return replace(part, media_resolution=ref.media_resolution)


def request_attachments(
    conversation: Conversation, *, before: int | None = None
) -> list[AttachmentRef]:
    """Every file the request for the turn `before` (or a new one) carries, in order."""
    refs: list[AttachmentRef] = []
    for turn in conversation.turns:
        if turn.id == before:
            break
        if turn.role == "user":
            refs.extend(turn.attachments)
    return refs


def make_title(text: str, attachment_names: Sequence[str] = ()) -> str:
    """A sidebar title: the first line of the prompt, cut at a word near TITLE_LENGTH
    characters, or the first attachment's name when there is no text."""
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    line = " ".join(line.split())
    if not line:
        return attachment_names[0].strip() if attachment_names else ""
    if len(line) <= TITLE_LENGTH:
        return line
    cut = line[: TITLE_LENGTH + 1]
    space = cut.rfind(" ")
    # Cut at the last space unless that throws most of the line away (long words, or
    # scripts such as Chinese and Japanese that do not put spaces between words).
    head = cut[:space] if space >= TITLE_LENGTH * 2 // 3 else line[:TITLE_LENGTH]
    return head.rstrip(" ,.;:-") + "…"


# --- Search ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Snippet:
    """A piece of a turn around a search match; `highlights` are (start, end) in `text`."""

    text: str
    highlights: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class SearchHit:
    conversation: ConversationSummary
    turn_id: int | None  # None when only the title matched
    snippet: Snippet | None


_QUOTED = re.compile(r'"([^"]*)"?|(\S+)')


def search_terms(query: str) -> tuple[str, ...]:
    """The terms a search box query asks for: words, and "quoted phrases" kept whole.
    Every term must be found; repeated terms count once."""
    terms: list[str] = []
    # Control characters are never searched for (and NUL would end FTS5's string early).
    query = "".join(" " if unicodedata.category(c) == "Cc" else c for c in query)
    for match in _QUOTED.finditer(query):
        term = " ".join((match.group(1) or match.group(2) or "").split())
        term = term[:MAX_SEARCH_TERM_LENGTH]
        if term and term.casefold() not in (t.casefold() for t in terms):
            terms.append(term)
    return tuple(terms[:MAX_SEARCH_TERMS])


def make_snippet(text: str, terms: Iterable[str], width: int = 100) -> Snippet | None:
    """About `width` characters of `text` around the first match of any term, cut at
    spaces where there are some, with every match inside marked; None without a match."""
    pattern = _terms_pattern(terms)
    if pattern is None:
        return None
    first = pattern.search(text)
    if first is None:
        return None
    start = max(0, first.start() - width // 3)
    end = min(len(text), start + width)
    start = max(0, min(start, end - width))
    if start > 0:
        space = text.find(" ", start, first.start())
        start = space + 1 if space != -1 else start
    if end < len(text):
        space = text.rfind(" ", first.end(), end)
        end = space if space != -1 else end
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    piece = text[start:end]
    # Line breaks become spaces, one for one, so the match positions stay right.
    piece = piece.replace("\r", " ").replace("\n", " ").replace("\t", " ")
    highlights = tuple(
        (m.start() + len(prefix), m.end() + len(prefix)) for m in pattern.finditer(piece)
    )
    return Snippet(prefix + piece + suffix, highlights)


def _terms_pattern(terms: Iterable[str]) -> re.Pattern[str] | None:
    # Longest first, so "photos" is marked whole when "photo" is also a term.
    words = sorted({t for t in terms if t}, key=len, reverse=True)
    if not words:
        return None
    return re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)


# --- Autosave -------------------------------------------------------------------------------


class AutosaveThrottle:
    """When a streaming answer is saved: the first text at once, then at most once per
    `interval` seconds while more arrives, and always at the end.

    Times are `time.monotonic()` values. Use `note()` for each delta; when text arrives and
    then nothing more for a while, `deadline` says when the waiting text is due, so a timer
    can call `due()` and save it.
    """

    def __init__(self, interval: float = AUTOSAVE_INTERVAL) -> None:
        if interval <= 0:
            raise ValueError("interval must be positive")
        self.interval = interval
        self._last_save: float | None = None
        self._pending = False

    @property
    def pending(self) -> bool:
        """Text arrived that is not saved yet."""
        return self._pending

    @property
    def deadline(self) -> float | None:
        """When the waiting text must be saved; None when nothing waits."""
        if not self._pending:
            return None
        return self._last_save + self.interval if self._last_save is not None else -math.inf

    def note(self, now: float) -> bool:
        """New text arrived at `now`; True when it should be saved now (then it counts as
        saved)."""
        self._pending = True
        return self.due(now)

    def due(self, now: float) -> bool:
        """True, and counted as saved, when waiting text is due at `now`."""
        deadline = self.deadline
        if deadline is None or now < deadline:
            return False
        self.saved(now)
        return True

    def saved(self, now: float) -> None:
        """The caller saved everything at `now` (a final save, say)."""
        self._last_save = now
        self._pending = False

    def finish(self) -> bool:
        """The stream ended: True when text is waiting (the final save covers it anyway)."""
        pending = self._pending
        self._pending = False
        return pending
