"""A request's input tokens before it is sent: countTokens on the connection, each piece
counted once and remembered.

The request is counted in pieces and summed: the question being written, each file (in the
box, and those the conversation sent earlier) on its own, and the conversation's text with
the system instruction. Each piece's count is kept under what identifies it (a file by its
SHA-256, the text by its body's), the model and the media resolution, so typing recounts
only the question (a few hundred bytes), and adding one photo to ten sends that photo's
bytes alone. Counting the whole request under one hash would send every photo again with
every pause in typing. The sum can differ from one whole count by the few tokens that
separate turns; the limit is a million tokens.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from desktop.core.conversation import (
    AttachmentRef,
    ChatSettings,
    Conversation,
    NewAttachment,
    request_attachments,
    request_contents,
)
from desktop.core.image_detail import ImageDetail
from desktop.core.media import INLINE_FILE_LIMIT
from desktop.core.request import (
    Content,
    GenerateRequest,
    GenerationConfig,
    MediaResolution,
    Part,
    user_message,
)
from desktop.core.token_budget import FileTokens, TokenCount
from desktop.services.file_parts import StoredFiles
from desktop.services.gemini_client import GeminiClient, count_tokens_body
from desktop.services.history.attachments import hash_source
from desktop.services.turn_files import prepare_file

log = logging.getLogger(__name__)

CACHE_ENTRIES = 512
_FILE = Part(file_uri="counted apart", mime_type="application/octet-stream")


class NotCountable(Exception):
    """A file too large to count without uploading it (it is uploaded only when sent)."""


@dataclass(frozen=True)
class _Scope:
    """What a piece's count depends on besides the piece: where, which model, and the
    request-wide media resolution."""

    where: tuple[str, ...]
    model: str
    resolution: MediaResolution | None


class TokenCounter:
    """Counts requests on a client, remembering each piece's count (the newest
    CACHE_ENTRIES); `requests` says how many countTokens requests it has sent."""

    def __init__(self) -> None:
        self._counts: OrderedDict[Hashable, int] = OrderedDict()
        self._digests = FileDigests()
        self._last_earlier: _Earlier | None = None
        self.requests = 0

    async def count(
        self,
        client: GeminiClient,
        settings: ChatSettings,
        conversation: Conversation,
        stored: StoredFiles,
        question: str,
        files: Sequence[NewAttachment],
        detail: ImageDetail,
    ) -> TokenCount:
        """The tokens of the request that sending `question` with `files` after
        `conversation` would make. Raises NotCountable for a file too large to count, and
        GeminiError when the connection does not answer a count."""
        connection = client.connection
        model = settings.model or connection.model
        settings = replace(settings, model=model)
        where = (connection.api.value, connection.root(), connection.project or "")
        scope = _Scope(
            (*where, connection.location), model, settings.generation_config.media_resolution
        )
        earlier = await self._earlier(client, settings, conversation, stored, scope)
        self._digests.keep_only(item.source for item in files)
        counted = []
        for item in files:
            counted.append(FileTokens(item.name, await self._new_file(client, scope, item, detail)))
        asked = 0
        if question.strip():
            # The system instruction and the tools count once, with the earlier text.
            alone = replace(settings, system_instruction=None, google_search=False)
            asked = await self._text(client, alone, (user_message(question),), scope)
        return TokenCount(question=asked, files=tuple(counted), earlier=earlier)

    # -- pieces -----------------------------------------------------------------------------

    async def _earlier(
        self,
        client: GeminiClient,
        settings: ChatSettings,
        conversation: Conversation,
        stored: StoredFiles,
        scope: _Scope,
    ) -> int:
        """What the conversation so far costs; the same conversation (the very one the
        history read, unchanged since) with the same settings is not gone over again."""
        kept = self._last_earlier
        same = kept is not None and kept.conversation is conversation
        if kept is not None and same and (kept.settings, kept.scope) == (settings, scope):
            return kept.tokens
        tokens = await self._earlier_text(client, settings, conversation, scope)
        for ref in request_attachments(conversation):
            tokens += await self._stored_file(client, scope, stored, ref)
        self._last_earlier = _Earlier(conversation, settings, scope, tokens)
        return tokens

    async def _earlier_text(
        self,
        client: GeminiClient,
        settings: ChatSettings,
        conversation: Conversation,
        scope: _Scope,
    ) -> int:
        """The conversation's text so far with the system instruction (files apart)."""
        contents = _text_only(request_contents(conversation, lambda _ref: _FILE))
        system = settings.system_instruction
        if not contents:
            if not system:
                return 0
            # countTokens wants contents: the instruction's words alone, as a message.
            contents, settings = (user_message(system),), replace(settings, system_instruction=None)
        return await self._text(client, settings, contents, scope)

    async def _text(
        self,
        client: GeminiClient,
        settings: ChatSettings,
        contents: tuple[Content, ...],
        scope: _Scope,
    ) -> int:
        request = settings.request(contents)
        body = json.dumps(count_tokens_body(client.connection, request), sort_keys=True)
        key = ("text", scope, hashlib.sha256(body.encode()).hexdigest())
        return await self._cached(key, client, request)

    async def _stored_file(
        self, client: GeminiClient, scope: _Scope, stored: StoredFiles, ref: AttachmentRef
    ) -> int:
        span = (ref.clip_start, ref.clip_end)
        key = ("file", scope, ref.sha256, ref.mime_type, span, ref.media_resolution)
        if key in self._counts:
            return self._remember(key)
        if ref.uri is not None:
            part = Part.from_uri(ref.uri, ref.mime_type, ref.video_clip)
        else:
            _check_size(ref.name, ref.size)
            data = await asyncio.to_thread(stored.attachment_bytes, ref.sha256)
            part = Part.from_bytes(data, ref.mime_type, ref.video_clip)
        part = replace(part, media_resolution=ref.media_resolution)
        return await self._cached(key, client, _one_part(scope, part))

    async def _new_file(
        self, client: GeminiClient, scope: _Scope, item: NewAttachment, detail: ImageDetail
    ) -> int:
        source = item.source
        if isinstance(source, str):
            identity = source  # a link
        else:
            known = self._digests.known(source)
            if known is None:
                known = await asyncio.to_thread(self._digests.digest, item.name, source)
            identity = known
        sizing = detail.value if item.mime_type.startswith("image/") else ""
        span = (item.clip_start, item.clip_end)
        key = ("file", scope, identity, item.mime_type, span, item.media_resolution, sizing)
        if key in self._counts:
            return self._remember(key)
        # Counted as it will be sent: a photo upright, sized to the chosen detail.
        prepared = (await prepare_file(item, detail)).item
        clip = AttachmentRef("", "", "", 0, item.clip_start, item.clip_end).video_clip
        sent = prepared.source
        if isinstance(sent, str):
            part = Part.from_uri(sent, prepared.mime_type, clip)
        else:
            data = sent if isinstance(sent, bytes) else await asyncio.to_thread(sent.read_bytes)
            part = Part.from_bytes(data, prepared.mime_type, clip)
        part = replace(part, media_resolution=item.media_resolution)
        return await self._cached(key, client, _one_part(scope, part))

    # -- the cache --------------------------------------------------------------------------

    async def _cached(self, key: Hashable, client: GeminiClient, request: GenerateRequest) -> int:
        if key in self._counts:
            return self._remember(key)
        self.requests += 1
        tokens = await client.count_tokens(request, quiet=True)
        self._counts[key] = tokens
        while len(self._counts) > CACHE_ENTRIES:
            self._counts.popitem(last=False)
        return tokens

    def _remember(self, key: Hashable) -> int:
        self._counts.move_to_end(key)
        return self._counts[key]


def _text_only(contents: tuple[Content, ...]) -> tuple[Content, ...]:
    """The contents without their files (each is counted apart)."""
    kept = (Content(c.role, tuple(p for p in c.parts if p.text is not None)) for c in contents)
    return tuple(content for content in kept if content.parts)


def _one_part(scope: _Scope, part: Part) -> GenerateRequest:
    """One file alone, at the request's media resolution (it sets what a photo costs)."""
    config = GenerationConfig(media_resolution=scope.resolution)
    return GenerateRequest(scope.model, (Content("user", (part,)),), generation_config=config)


def _check_size(name: str, size: int) -> None:
    if size > INLINE_FILE_LIMIT:
        raise NotCountable(f"{name} is too large to count without uploading it ({size} bytes)")


@dataclass(frozen=True)
class _Earlier:
    """The last conversation counted, with what its count depended on."""

    conversation: Conversation
    settings: ChatSettings
    scope: _Scope
    tokens: int


class FileDigests:
    """The SHA-256s of the files in the box, so that a pause in typing hashes none of them
    again: a file on disk by its path, modification time and size; bytes held in memory by
    the very object (the box keeps the same bytes until the file leaves it)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # digest() runs in worker threads
        self._by_stat: OrderedDict[tuple[str, int, int], str] = OrderedDict()
        self._by_bytes: dict[int, tuple[bytes, str]] = {}

    def known(self, source: bytes | Path) -> str | None:
        """The digest of bytes hashed before, without blocking; None otherwise."""
        if not isinstance(source, bytes):
            return None
        with self._lock:
            kept = self._by_bytes.get(id(source))
        return kept[1] if kept is not None and kept[0] is source else None

    def digest(self, name: str, source: bytes | Path) -> str:
        """The SHA-256 of a file's bytes (read from disk when small enough to count).
        Blocks."""
        if isinstance(source, bytes):
            held = self.known(source) or hash_source(source, name)[0]
            with self._lock:
                self._by_bytes[id(source)] = (source, held)
            return held
        stat = source.stat()
        _check_size(name, stat.st_size)
        key = (str(source), stat.st_mtime_ns, stat.st_size)
        with self._lock:
            kept = self._by_stat.get(key)
        sha256 = kept or hash_source(source, name)[0]
        with self._lock:
            self._by_stat[key] = sha256
            self._by_stat.move_to_end(key)
            while len(self._by_stat) > CACHE_ENTRIES:
                self._by_stat.popitem(last=False)
        return sha256

    def keep_only(self, sources: Iterable[bytes | Path | str]) -> None:
        """Forget the bytes no longer in the box (their digests would hold them in memory)."""
        held = {id(source) for source in sources if isinstance(source, bytes)}
        with self._lock:
            self._by_bytes = {k: v for k, v in self._by_bytes.items() if k in held}
