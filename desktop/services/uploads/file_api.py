"""Uploads to the Gemini API's File API, then waits until Google has processed the file.

Google's resumable protocol, as google-genai speaks it: `start` names the file and its size
and returns a session URL; chunks go to that URL with `upload` (and `upload, finalize` on the
last), each at its offset; after a broken connection, `query` says how much arrived and the
upload goes on from there. The finished file is polled until it is ACTIVE (videos are
PROCESSING for a while) and is then usable for 48 hours as fileData with its URI. The key
travels in the x-goog-api-key header; the session URL carries only an upload id.
"""

from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

import httpx2

from desktop.core.connection import ApiKind
from desktop.core.error_classifier import error_from_response
from desktop.core.errors import ApiError, GeminiError, UploadError
from desktop.core.limits import LIMITS, FileFacts, upload_size_problem
from desktop.core.messages import Message
from desktop.core.retry import UPLOAD_RETRY, RetryPolicy
from desktop.services.http import sleep_full
from desktop.services.uploads.cache import UploadCache
from desktop.services.uploads.common import (
    DEFAULT_CHUNK_SIZE,
    GRANULARITY,
    RETRYABLE_STATUSES,
    HttpUploader,
    ProgressCallback,
    ProgressTracker,
    RetryNeeded,
    SessionGone,
    Sleep,
    UploadedFile,
    UploadSource,
    chunk_size_for,
    json_object,
    log_error_body,
    matches_sha256,
    open_source,
    parse_rfc3339,
    same_origin,
)

log = logging.getLogger(__name__)

CACHE_API = "gemini"
_MAX_POLL_DELAY = 10.0


@dataclass(frozen=True)
class _Session:
    url: str
    granularity: int


class FileApiUploader(HttpUploader):
    """Uploads to the Gemini API's file store (`base_url` is the connection's root, such as
    https://generativelanguage.googleapis.com). `account` keys the reuse cache: a profile id
    or `fingerprint(api_key)`, never the key itself."""

    def __init__(
        self,
        http: httpx2.AsyncClient,
        base_url: str,
        auth: httpx2.Auth,
        *,
        account: str = "",
        cache: UploadCache | None = None,
        sleep: Sleep = sleep_full,
        retry: RetryPolicy = UPLOAD_RETRY,
        poll_interval: float = 2.0,
        processing_timeout: float = 600.0,
        api_version: str = "v1beta",
    ) -> None:
        super().__init__(http, auth, sleep=sleep, retry=retry)
        self._root = base_url.rstrip("/")
        self._cache = cache
        self._account = f"{account}@{httpx2.URL(self._root).host}"
        self._poll_interval = poll_interval
        self._processing_timeout = processing_timeout
        self._version = api_version
        # Unfinished sessions by SHA-256, so sending again resumes instead of starting over.
        self._sessions: dict[str, _Session] = {}
        # Uploaded files Google was still processing when the wait ended (in memory only).
        self._processing: dict[str, dict[str, Any]] = {}

    async def upload(
        self,
        source: bytes | str | os.PathLike[str],
        mime_type: str,
        name: str | None = None,
        *,
        progress: ProgressCallback | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
    ) -> UploadedFile:
        """Upload a file (a path, read a chunk at a time, or bytes) and wait until Google
        can use it; a file uploaded before and still alive is reused instead.

        Raises FileProblemError (unreadable, empty, too large), UploadError, or the ApiError
        Google's reply maps to (a refused key, say). CancelledError propagates at any point;
        nothing is written to the cache unless the file is ready."""

        def refuse_oversized(opened: UploadSource) -> None:
            facts = FileFacts(opened.label, opened.size, mime_type)
            if (problem := upload_size_problem(facts, ApiKind.GEMINI)) is not None:
                raise problem

        opened, digests = await open_source(source, name, refuse_oversized)
        label, sha256 = opened.label, digests.sha256
        tracker = ProgressTracker(opened.size, progress)
        tracker.update(0)

        async with self._one_transfer_per_file(sha256):
            reused = await self._reusable(sha256, label)
            if reused is not None:
                log.info("Reusing %s uploaded earlier (%s)", label, reused.name)
                tracker.done()
                return reused

            resource = self._processing.pop(sha256, None)
            if resource is None:
                resource = await self._transfer(opened, mime_type, sha256, tracker, chunk_size)
                if not matches_sha256(resource.get("sha256Hash"), sha256):
                    raise UploadError.failed(
                        label, "The SHA-256 Google computed differs from the file's."
                    )
            tracker.done()
            try:
                resource = await self._wait_until_active(resource, label)
            except UploadError as error:
                if error.status == "PROCESSING_TIMEOUT":
                    self._processing[sha256] = resource
                raise
            except asyncio.CancelledError:
                self._processing[sha256] = resource  # uploaded: sending again only waits
                raise
            uploaded = _uploaded(resource, mime_type, sha256, opened.size)
            if self._cache is not None:
                await asyncio.to_thread(self._cache.put, CACHE_API, self._account, uploaded)
            return uploaded

    # --- reuse ---------------------------------------------------------------------------

    async def _reusable(self, sha256: str, label: str) -> UploadedFile | None:
        if self._cache is None:
            return None
        cached = await asyncio.to_thread(self._cache.get, CACHE_API, self._account, sha256)
        if cached is None:
            return None
        try:
            resource = await self._get_file(cached.name, label)
        except ApiError as error:
            if error.code not in (403, 404):
                raise
            resource = None  # deleted, or expired early
        if resource is None or resource.get("state", "ACTIVE") != "ACTIVE":
            await asyncio.to_thread(self._cache.forget, CACHE_API, self._account, sha256)
            return None
        expires = parse_rfc3339(resource.get("expirationTime")) or cached.expires_at
        return replace(cached, expires_at=expires, reused=True)

    # --- the resumable transfer ----------------------------------------------------------

    async def _transfer(
        self,
        source: UploadSource,
        mime_type: str,
        sha256: str,
        tracker: ProgressTracker,
        chunk_size: int,
    ) -> dict[str, Any]:
        """Sends every byte; the File resource Google returns when it has them all."""
        label, size = source.label, source.size
        session = self._sessions.get(sha256)
        need_query = session is not None  # a session left by a cancelled or failed send
        offset, failures = 0, 0
        refused_at: int | None = None  # where a chunk was last refused with a 400
        while True:
            if session is None:
                session = await self._start(source, mime_type)
                self._sessions[sha256] = session
                offset, need_query = 0, False
            try:
                if need_query:
                    point = await self._query(session, label)
                    need_query = False
                    if isinstance(point, dict):
                        self._sessions.pop(sha256, None)
                        return point
                    log.info("Upload of %s resumes at byte %d of %d", label, point, size)
                    offset = point
                    tracker.update(offset)
                length = min(chunk_size_for(chunk_size, session.granularity), size - offset)
                final = offset + length >= size
                data = await asyncio.to_thread(source.read, offset, length)
                response = await self._send(
                    "POST",
                    session.url,
                    label,
                    headers={
                        "X-Goog-Upload-Command": "upload, finalize" if final else "upload",
                        "X-Goog-Upload-Offset": str(offset),
                        "Content-Length": str(length),
                    },
                    chunk=(data, offset, tracker.update),
                )
                if response.status_code in RETRYABLE_STATUSES:
                    raise RetryNeeded(await self._error(response, label))
            except (httpx2.TransportError, RetryNeeded) as exc:
                failures += 1
                await self._give_up_or_wait(failures, label, exc)
                need_query = True
                continue
            except SessionGone:
                failures = self._forget_session(self._sessions, sha256, label, failures)
                session = None
                continue

            if response.status_code == 400 and refused_at != offset:
                # Most likely the offset: a chunk sent before a cancel or a drop may have
                # landed after Google answered the query. Ask again, once per offset.
                refused_at = offset
                failures += 1
                await self._give_up_or_wait(
                    failures, label, RetryNeeded(await self._error(response, label))
                )
                need_query = True
                continue
            if response.status_code >= 400:
                self._sessions.pop(sha256, None)
                raise await self._error(response, label)
            status = response.headers.get("x-goog-upload-status", "")
            if status == "final":
                self._sessions.pop(sha256, None)
                return await _file_in(response, label)
            if status != "active":
                self._sessions.pop(sha256, None)
                raise UploadError.failed(label, f"The upload ended with status {status!r}.")
            offset += length
            failures = 0
            if offset >= size:
                self._sessions.pop(sha256, None)
                raise UploadError.failed(label, "Google took every byte but did not finish.")

    async def _start(self, source: UploadSource, mime_type: str) -> _Session:
        response = await self._request(
            "POST",
            f"{self._root}/upload/{self._version}/files",
            source.label,
            headers={
                "X-Goog-Upload-Protocol": "resumable",
                "X-Goog-Upload-Command": "start",
                "X-Goog-Upload-Header-Content-Length": str(source.size),
                "X-Goog-Upload-Header-Content-Type": mime_type,
            },
            json={"file": {"display_name": source.label}},
        )
        if response.status_code >= 400:
            raise await self._error(response, source.label)
        url = response.headers.get("x-goog-upload-url")
        if not url:
            raise UploadError.failed(source.label, "Google gave no upload address.")
        granularity = response.headers.get("x-goog-upload-chunk-granularity", "")
        return _Session(
            url=same_origin(url, self._root),
            granularity=int(granularity) if granularity.isdigit() else GRANULARITY,
        )

    async def _query(self, session: _Session, label: str) -> int | dict[str, Any]:
        """How many bytes Google has, or the File resource when the upload already finished."""
        response = await self._send(
            "POST", session.url, label, headers={"X-Goog-Upload-Command": "query"}
        )
        if response.status_code in (404, 410):
            raise SessionGone
        if response.status_code in RETRYABLE_STATUSES:
            raise RetryNeeded(await self._error(response, label))
        if response.status_code >= 400:
            raise await self._error(response, label)
        status = response.headers.get("x-goog-upload-status", "")
        if status == "final":
            return await _file_in(response, label)
        received = response.headers.get("x-goog-upload-size-received", "")
        if status != "active" or not received.isdigit():
            raise SessionGone
        return int(received)

    # --- processing ----------------------------------------------------------------------

    async def _wait_until_active(self, resource: dict[str, Any], label: str) -> dict[str, Any]:
        waited, delay = 0.0, self._poll_interval
        while resource.get("state", "ACTIVE") == "PROCESSING":
            if waited >= self._processing_timeout:
                raise UploadError.processing_timeout(label, round(self._processing_timeout / 60))
            await self._sleep(delay)
            waited += delay
            delay = min(delay * 1.5, _MAX_POLL_DELAY)
            resource = await self._get_file(str(resource["name"]), label)
        state = resource.get("state", "ACTIVE")
        if state == "FAILED":
            error = resource.get("error")
            detail = error.get("message") if isinstance(error, dict) else None
            raise UploadError.processing_failed(label, str(detail) if detail else None)
        if state != "ACTIVE":
            raise UploadError.failed(label, f"Google left the file in state {state!r}.")
        return resource

    async def _get_file(self, name: str, label: str) -> dict[str, Any]:
        file_id = quote(name.removeprefix("files/"), safe="")
        url = f"{self._root}/{self._version}/files/{file_id}"
        response = await self._request("GET", url, label)
        if response.status_code >= 400:
            raise await self._error(response, label)
        data = json_object(response)
        if data is None or "name" not in data:
            raise UploadError.failed(label, "Google's answer about the file was unreadable.")
        return data

    async def _error(self, response: httpx2.Response, label: str) -> GeminiError:
        raw = await log_error_body(response)
        error = error_from_response(response.status_code, raw, response.headers)
        if response.status_code == 429:
            return UploadError.quota(
                label,
                Message("where.file_storage"),
                error.server_message,
                retry_after=error.retry_after,
            )
        # A 404 here is the upload endpoint's (a session or a file Google no longer knows),
        # never the model's: "choose another model" would send the user the wrong way.
        if response.status_code in RETRYABLE_STATUSES or response.status_code == 404:
            return UploadError.failed(label, error.server_message, code=response.status_code)
        return error


async def _file_in(response: httpx2.Response, label: str) -> dict[str, Any]:
    await response.aread()
    data = json_object(response)
    file = data.get("file") if data else None
    if not isinstance(file, dict) or not file.get("uri") or not file.get("name"):
        raise UploadError.failed(label, "Google finished the upload but named no file.")
    return file


def _uploaded(resource: dict[str, Any], mime_type: str, sha256: str, size: int) -> UploadedFile:
    expires = parse_rfc3339(resource.get("expirationTime"))
    if expires is None:
        expires = datetime.now(UTC) + timedelta(seconds=LIMITS.file_api_lifetime_seconds)
    return UploadedFile(
        uri=str(resource["uri"]),
        mime_type=str(resource.get("mimeType") or mime_type),
        name=str(resource["name"]),
        sha256=sha256,
        size=size,
        expires_at=expires,
    )
