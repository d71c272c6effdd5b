"""What both uploaders share: the source read a chunk at a time, its digests, progress, the
chunk body that reports it, and the result."""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import hashlib
import logging
import os
import re
import stat
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePath
from typing import Any

import httpx2

from desktop.core.errors import FileProblemError, GeminiError, UploadError
from desktop.core.messages import Message
from desktop.core.request import Part, VideoClip
from desktop.core.retry import UPLOAD_RETRY, RetryPolicy
from desktop.services.http import Stalled, StallWatch, sleep_full, stall_timeout

log = logging.getLogger(__name__)

DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024  # google-genai's own chunk size
GRANULARITY = 256 * 1024  # both services want chunks in multiples of this (but the last)
_HASH_BLOCK = 1024 * 1024
_PIECE = 256 * 1024  # a chunk's body is handed to the connection, and counted, in these


@dataclass(frozen=True)
class UploadProgress:
    """How far an upload is: bytes the server has taken (or is taking) out of all."""

    sent: int
    total: int

    @property
    def percent(self) -> float:
        return 100.0 if self.total <= 0 else min(100.0, 100.0 * self.sent / self.total)


ProgressCallback = Callable[[UploadProgress], None]


@dataclass(frozen=True)
class UploadedFile:
    """A file the model can read by reference: a Gemini File API file or a gs:// object."""

    uri: str
    mime_type: str
    name: str  # "files/abc123", or the object's name in its bucket
    sha256: str  # hex
    size: int
    expires_at: datetime | None = None  # Gemini API files live 48 hours; objects stay
    reused: bool = False  # True when an earlier upload was used instead of a new one

    def part(self, video: VideoClip | None = None) -> Part:
        """The fileData part that points the model at this file."""
        return Part.from_uri(self.uri, self.mime_type, video)


@dataclass(frozen=True)
class Digests:
    sha256: str  # hex
    md5: str  # base64, as Cloud Storage writes md5Hash


class UploadSource:
    """The bytes to upload: a file read a chunk at a time (never the whole video in memory),
    or bytes already in memory. The blocking methods run through asyncio.to_thread."""

    def __init__(self, data: bytes | None, path: Path | None, size: int, label: str) -> None:
        self._data = data
        self._path = path
        self.size = size
        self.label = label

    @classmethod
    def open(cls, source: bytes | str | os.PathLike[str], name: str | None = None) -> UploadSource:
        """Blocking (stat). FileProblemError naming the file when it cannot be read."""
        if isinstance(source, bytes | bytearray | memoryview):
            data = bytes(source)
            label = _label(name or "attachment")
            source_obj = cls(data, None, len(data), label)
        else:
            path = Path(source)
            label = _label(name or path.name or str(path))
            source_obj = cls(None, path, _stat_size(path, label), label)
        if source_obj.size == 0:
            raise FileProblemError(
                Message("file.empty", file=source_obj.label),
                hint=Message("file.empty.hint"),
                status="EMPTY",
            )
        return source_obj

    def read(self, offset: int, length: int) -> bytes:
        """Blocking: `length` bytes from `offset`; FileProblemError if the file shrank."""
        if self._data is not None:
            return self._data[offset : offset + length]
        assert self._path is not None
        try:
            with self._path.open("rb") as file:
                file.seek(offset)
                data = file.read(length)
        except OSError as exc:
            raise _unreadable(self.label, exc) from exc
        if len(data) != length:
            raise _changed(self.label)
        return data

    def digests(self, stop: threading.Event) -> Digests:
        """Blocking: SHA-256 and MD5 of the whole source, read a block at a time; gives up
        early (CancelledError's job) once `stop` is set."""
        sha256, md5 = hashlib.sha256(), hashlib.md5(usedforsecurity=False)
        if self._data is not None:
            sha256.update(self._data)
            md5.update(self._data)
        else:
            assert self._path is not None
            read = 0
            try:
                with self._path.open("rb") as file:
                    while read < self.size and not stop.is_set():
                        block = file.read(min(_HASH_BLOCK, self.size - read))
                        if not block:
                            raise _changed(self.label)
                        sha256.update(block)
                        md5.update(block)
                        read += len(block)
            except OSError as exc:
                raise _unreadable(self.label, exc) from exc
        return Digests(sha256.hexdigest(), base64.b64encode(md5.digest()).decode("ascii"))


async def open_source(
    source: bytes | str | os.PathLike[str],
    name: str | None,
    check: Callable[[UploadSource], None] = lambda _source: None,
) -> tuple[UploadSource, Digests]:
    """The source and its digests, computed off the event loop; `check` runs in between,
    so a file refused for its size is not read first."""
    opened = await asyncio.to_thread(UploadSource.open, source, name)
    check(opened)
    stop = threading.Event()
    try:
        digests = await asyncio.to_thread(opened.digests, stop)
    except asyncio.CancelledError:
        stop.set()  # the worker thread stops at its next block
        raise
    return opened, digests


class ProgressTracker:
    """Reports progress that only ever goes forward (a resumed upload may restart a little
    behind what was last shown, and the bar must not jump back)."""

    def __init__(self, total: int, callback: ProgressCallback | None) -> None:
        self.total = total
        self._callback = callback
        self._shown = -1

    def update(self, sent: int) -> None:
        sent = max(0, min(self.total, sent))
        if sent > self._shown and self._callback is not None:
            self._shown = sent
            self._callback(UploadProgress(sent, self.total))

    def done(self) -> None:
        self.update(self.total)


class ChunkBody:
    """A chunk's bytes as a request body that counts what the connection has taken.

    An iterable object rather than a generator, so httpx2 can send it again (an auth flow
    resends the request after a 401)."""

    def __init__(self, data: bytes, offset: int, on_sent: Callable[[int], None]) -> None:
        self._data = data
        self._offset = offset
        self._on_sent = on_sent

    async def __aiter__(self) -> AsyncIterator[bytes]:
        view = memoryview(self._data)
        for start in range(0, len(view), _PIECE):
            piece = bytes(view[start : start + _PIECE])
            yield piece
            # Resumed here when the connection asks for the next piece: this one is written.
            self._on_sent(self._offset + start + len(piece))


def chunk_size_for(requested: int, granularity: int = GRANULARITY) -> int:
    """The requested chunk size rounded down to the service's granularity (at least one)."""
    return max(granularity, requested // granularity * granularity)


def same_origin(url: str, base_url: str) -> str:
    """`url` moved onto `base_url`'s scheme and host, as google-genai does with the session
    URL Google returns: a proxy or gateway configured as the base URL carries the chunks too."""
    target, base = httpx2.URL(url), httpx2.URL(base_url)
    return str(target.copy_with(scheme=base.scheme, host=base.host, port=base.port))


def matches_sha256(reported: str | None, sha256_hex: str) -> bool:
    """Whether a File API `sha256Hash` (base64 of the hex digest, as Google sends it, or of
    the raw digest) names these bytes; an absent hash cannot refute them."""
    if not reported:
        return True
    try:
        decoded = base64.b64decode(reported, validate=True)
    except (binascii.Error, ValueError):
        return False
    return decoded in (sha256_hex.encode("ascii"), bytes.fromhex(sha256_hex))


def _label(name: str) -> str:
    return PurePath(name).name or name


def _stat_size(path: Path, label: str) -> int:
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise FileProblemError(
            Message("file.not_found", file=label),
            hint=Message("file.not_found.hint_add_again"),
            status="NOT_FOUND",
        ) from exc
    except OSError as exc:
        raise _unreadable(label, exc) from exc
    if stat.S_ISDIR(info.st_mode):
        raise FileProblemError(
            Message("file.is_folder", file=label),
            hint=Message("file.is_folder.hint"),
            status="IS_DIRECTORY",
        )
    if not stat.S_ISREG(info.st_mode):
        raise FileProblemError(
            Message("file.not_ordinary", file=label),
            hint=Message("file.not_ordinary.hint"),
            status="NOT_A_FILE",
        )
    return info.st_size


def _unreadable(label: str, exc: OSError) -> FileProblemError:
    if isinstance(exc, PermissionError):
        return FileProblemError(
            Message("file.permission_denied", file=label),
            hint=Message("file.permission_denied.hint"),
            status="PERMISSION_DENIED",
        )
    return FileProblemError(
        Message("file.unreadable", file=label, reason=str(exc.strerror or exc)),
        hint=Message("file.unreadable.hint"),
        status="UNREADABLE",
    )


def _changed(label: str) -> FileProblemError:
    return FileProblemError(
        Message("file.changed", file=label),
        hint=Message("file.changed.hint"),
        status="CHANGED",
    )


# Statuses worth trying again after a pause (Cloud Storage's and Google's advice alike).
RETRYABLE_STATUSES = frozenset({408, 500, 502, 503, 504})
Sleep = Callable[[float], Awaitable[None]]


class RetryNeeded(Exception):
    """Internal: a reply that says "try again" (a 5xx, a 429) during a resumable transfer;
    `error` is what to raise if the tries run out."""

    def __init__(self, error: GeminiError) -> None:
        super().__init__(error.server_message or error.explanation)
        self.error = error


class SessionGone(Exception):
    """Internal: the upload session expired or was cancelled; a new one must start."""


class HttpUploader:
    """The HTTP side both uploaders share: one client, one auth, bounded retries."""

    def __init__(
        self,
        http: httpx2.AsyncClient,
        auth: httpx2.Auth,
        *,
        sleep: Sleep = sleep_full,
        retry: RetryPolicy = UPLOAD_RETRY,
    ) -> None:
        self._http = http
        self._auth = auth
        self._sleep = sleep
        self._retry = retry
        self._max_attempts = retry.attempts
        self._stall = stall_timeout()
        self._file_locks: dict[str, asyncio.Lock] = {}

    @contextlib.asynccontextmanager
    async def _one_transfer_per_file(self, sha256: str) -> AsyncIterator[None]:
        """The columns of a compare send the same file at once: the later ones wait for the
        first one's upload and then reuse it (the cache, the bucket) instead of uploading
        it again."""
        lock = self._file_locks.setdefault(sha256, asyncio.Lock())
        async with lock:
            yield

    async def _send(
        self,
        method: str,
        url: str,
        label: str,
        *,
        chunk: tuple[bytes, int, Callable[[int], None]] | None = None,
        **kwargs: Any,
    ) -> httpx2.Response:
        """One request, bounded by the stall limit: each piece of `chunk` (data, offset,
        on_sent) the connection takes moves the deadline on, then the reply must come
        within the limit. A server that takes a chunk and never answers, or drips its
        answer, would otherwise hold the upload for httpx's read timeout per byte. A stall
        is not tried again: the user has waited the whole limit already."""
        watch = StallWatch(self._stall)
        if chunk is not None:
            data, offset, on_sent = chunk

            def sent(position: int) -> None:
                on_sent(position)
                watch.restart()

            kwargs["content"] = ChunkBody(data, offset, sent)
        try:
            return await watch.wait(self._http.request(method, url, auth=self._auth, **kwargs))
        except Stalled:
            log.warning("%s %s made no progress for %g s", method, _path(url), self._stall)
            raise UploadError.stalled(label, self._stall) from None
        finally:
            watch.close()

    async def _request(self, method: str, url: str, label: str, **kwargs: Any) -> httpx2.Response:
        """One request, tried again after a broken connection or a 5xx (bounded); the last
        reply is returned whatever its status, a connection that never works raises."""
        failures = 0
        while True:
            try:
                response = await self._send(method, url, label, **kwargs)
            except httpx2.TransportError as exc:
                failures += 1
                if failures >= self._max_attempts:
                    raise UploadError.connection_lost(label, _describe(exc)) from exc
                log.warning("%s %s failed (%s); trying again", method, _path(url), _describe(exc))
                await self._sleep(self._retry.backoff(failures))
                continue
            if response.status_code in RETRYABLE_STATUSES and failures + 1 < self._max_attempts:
                failures += 1
                await response.aread()
                log.warning(
                    "%s %s: HTTP %d; trying again", method, _path(url), response.status_code
                )
                await self._sleep(self._retry.backoff(failures))
                continue
            return response

    def _forget_session(self, sessions: dict[str, Any], key: str, label: str, failures: int) -> int:
        """The server forgot an upload session: drop it so the next try starts a new one.
        Returns the failures counted so far; raises when sessions keep expiring."""
        log.warning("The upload session for %s is gone; starting again", label)
        sessions.pop(key, None)
        failures += 1
        if failures >= self._max_attempts:
            raise UploadError.failed(label, "The upload session kept expiring.") from None
        return failures

    async def _give_up_or_wait(self, failures: int, label: str, exc: BaseException) -> None:
        """After a failed step of a transfer: raise when there were too many in a row,
        else wait before the next try."""
        if failures >= self._max_attempts:
            if isinstance(exc, RetryNeeded):
                raise exc.error from None
            if isinstance(exc, httpx2.TransportError):
                raise UploadError.connection_lost(label, _describe(exc)) from exc
            raise UploadError.failed(label, _describe(exc)) from exc
        log.warning("Upload of %s interrupted (%s); resuming", label, _describe(exc))
        await self._sleep(self._retry.backoff(failures))


def json_object(response: httpx2.Response) -> dict[str, Any] | None:
    """The reply's JSON when it is an object, else None."""
    try:
        data = response.json()
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


async def log_error_body(response: httpx2.Response) -> bytes:
    raw = await response.aread()
    # The raw body goes to the log only; it never holds credentials (they travel in headers).
    log.warning("HTTP %d from %s: %s", response.status_code, response.url.path, raw[:2000])
    return raw


def parse_rfc3339(text: str | None) -> datetime | None:
    """A Google timestamp ("2025-05-01T10:00:00.123456789Z") as an aware datetime."""
    if not text:
        return None
    match = re.fullmatch(r"(.+?T\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)", text.strip())
    if match is None:
        return None
    whole, fraction, zone = match.groups()
    fraction = f".{fraction[:6]}" if fraction else ""
    try:
        return datetime.fromisoformat(whole + fraction + ("+00:00" if zone == "Z" else zone))
    except ValueError:
        return None


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _path(url: str) -> str:
    """For the log: the path only (a session URL's upload_id stays out of it)."""
    return httpx2.URL(url).path
