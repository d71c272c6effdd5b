"""Uploads to a Cloud Storage bucket for Vertex AI, which reads large files as gs:// URIs.

The JSON API's resumable upload: a POST starts a session (its address comes back in
Location); chunks go there as PUTs with Content-Range, in multiples of 256 KiB but the last;
Cloud Storage answers 308 with the Range it has kept until the last chunk, then 200 with the
object. After a broken connection, a PUT of `bytes */total` says where to go on from.

Objects are named after the file's SHA-256 and name (gemini-desktop/<sha256[:16]>/<name>), so
the same file maps to the same object: when it is already there with the same size and MD5, it
is used as it is. The bucket must be in the project that sends the request, or readable by it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
from collections.abc import Mapping
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

import httpx2

from desktop.core.connection import ApiKind
from desktop.core.error_classifier import error_from_response
from desktop.core.errors import GeminiError, UploadError
from desktop.core.limits import FileFacts, upload_size_problem
from desktop.core.messages import Message
from desktop.core.retry import UPLOAD_RETRY, RetryPolicy
from desktop.services.http import sleep_full
from desktop.services.uploads.cache import UploadCache
from desktop.services.uploads.common import (
    DEFAULT_CHUNK_SIZE,
    RETRYABLE_STATUSES,
    Digests,
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
    open_source,
    same_origin,
)

log = logging.getLogger(__name__)

STORAGE_URL = "https://storage.googleapis.com"
EMULATOR_ENV = "STORAGE_EMULATOR_HOST"  # google-cloud-storage's own switch to an emulator
CACHE_API = "gcs"
OBJECT_PREFIX = "gemini-desktop"
_RANGE = re.compile(r"^bytes=0-(\d+)$")
_WHO = re.compile(r"^(\S+@\S+) does not have ")
CREATE_PERMISSION = "storage.objects.create"
_MAX_LIST_PAGES = 50  # a listing that never ends must not hang the collection


def storage_base_url(environ: Mapping[str, str] = os.environ) -> str:
    """Cloud Storage's address: Google's, or an emulator's from STORAGE_EMULATOR_HOST."""
    host = environ.get(EMULATOR_ENV, "").strip().rstrip("/")
    if not host:
        return STORAGE_URL
    return host if "://" in host else f"http://{host}"


def bucket_name(text: str) -> str:
    """The bucket's name from what a user may type: "my-bucket", "gs://my-bucket/"."""
    return text.strip().removeprefix("gs://").strip("/").split("/", 1)[0]


async def check_bucket(
    http: httpx2.AsyncClient,
    storage_base_url: str,
    auth: httpx2.Auth,
    bucket: str,
    *,
    account: str | None = None,
) -> None:
    """Whether `bucket` exists and these credentials may upload to it ("Test connection").

    Asks Cloud Storage which permissions the caller holds on the bucket (testIamPermissions
    needs none of its own, so the Storage Object User role, which cannot read the bucket's
    metadata, still passes). Raises UploadError without a file: BUCKET_MISSING,
    NO_PERMISSION (naming `account`, or whom Google names) or BUCKET_UNCHECKED; or
    AuthenticationError when Cloud Storage refuses the credentials."""
    await GcsUploader(http, storage_base_url, auth, bucket).check(account=account)


def object_name_for(sha256: str, name: str, prefix: str = OBJECT_PREFIX) -> str:
    """A stable object name: the same file (by content and name) always gets the same one."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", PurePath(name).name).strip("._") or "file"
    if len(safe) > 100:
        stem, dot, extension = safe.rpartition(".")
        safe = (stem[: 90 - len(extension)] + dot + extension) if dot else safe[:100]
    return f"{prefix}/{sha256[:16]}/{safe}"


class GcsUploader(HttpUploader):
    """Uploads to `bucket` with the same credentials the Vertex AI requests use."""

    def __init__(
        self,
        http: httpx2.AsyncClient,
        storage_base_url: str,
        auth: httpx2.Auth,
        bucket: str,
        *,
        cache: UploadCache | None = None,
        sleep: Sleep = sleep_full,
        retry: RetryPolicy = UPLOAD_RETRY,
        prefix: str = OBJECT_PREFIX,
    ) -> None:
        super().__init__(http, auth, sleep=sleep, retry=retry)
        self._root = storage_base_url.rstrip("/")
        self.bucket = bucket_name(bucket)
        self._cache = cache
        self._prefix = prefix
        self._sessions: dict[str, str] = {}  # session URIs by object name, to resume

    async def upload(
        self,
        source: bytes | str | os.PathLike[str],
        mime_type: str,
        name: str | None = None,
        *,
        progress: ProgressCallback | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
    ) -> UploadedFile:
        """Upload a file (a path, read a chunk at a time, or bytes) unless the bucket holds
        it already; the result's URI is gs://bucket/object.

        Raises FileProblemError, UploadError (BUCKET_MISSING, NO_PERMISSION, QUOTA, ...) or
        AuthenticationError. CancelledError propagates at any point; the cache only learns
        of objects that are complete."""

        def refuse_oversized(opened: UploadSource) -> None:
            facts = FileFacts(opened.label, opened.size, mime_type)
            if (problem := upload_size_problem(facts, ApiKind.VERTEX)) is not None:
                raise problem

        opened, digests = await open_source(source, name, refuse_oversized)
        label = opened.label
        tracker = ProgressTracker(opened.size, progress)
        tracker.update(0)
        object_name = object_name_for(digests.sha256, label, self._prefix)

        async with self._one_transfer_per_file(digests.sha256):
            existing, readable = await self._existing(object_name, label)
            if existing is not None and _same_content(existing, opened.size, digests):
                log.info("%s is already in gs://%s; using it", label, self.bucket)
                tracker.done()
                return await self._remember(existing, object_name, mime_type, digests, reused=True)
            if not readable and self._cache is not None:
                cached = await asyncio.to_thread(
                    self._cache.get, CACHE_API, self.bucket, digests.sha256
                )
                if cached is not None and cached.name == object_name:
                    tracker.done()
                    return cached

            resource = await self._transfer(
                opened, mime_type, object_name, digests, tracker, chunk_size
            )
            if not _same_content(resource, opened.size, digests):
                raise UploadError.failed(label, "The object's size or MD5 differs from the file's.")
            tracker.done()
            return await self._remember(resource, object_name, mime_type, digests, reused=False)

    async def _remember(
        self,
        resource: Mapping[str, Any],
        object_name: str,
        mime_type: str,
        digests: Digests,
        *,
        reused: bool,
    ) -> UploadedFile:
        uploaded = UploadedFile(
            uri=f"gs://{self.bucket}/{object_name}",
            mime_type=str(resource.get("contentType") or mime_type),
            name=object_name,
            sha256=digests.sha256,
            size=int(resource.get("size") or 0),
            reused=reused,
        )
        if self._cache is not None:
            await asyncio.to_thread(self._cache.put, CACHE_API, self.bucket, uploaded)
        return uploaded

    async def check(self, *, account: str | None = None) -> None:
        """See check_bucket. One request, no retries: the person can press Test again."""
        url = f"{self._bucket_path()}/iam/testPermissions"
        try:
            response = await self._http.request(
                "GET", url, params={"permissions": CREATE_PERMISSION}, auth=self._auth
            )
        except httpx2.TransportError as exc:
            detail = f"{type(exc).__name__}: {exc}"
            raise UploadError.bucket_unchecked(self.bucket, detail) from exc
        if response.status_code != 200:
            raise await self._error(response, None, who=account)
        granted = (json_object(response) or {}).get("permissions")
        if not isinstance(granted, list) or CREATE_PERMISSION not in granted:
            log.info("Bucket %s: the caller lacks %s", self.bucket, CREATE_PERMISSION)
            detail = f"The caller does not have {CREATE_PERMISSION} on the bucket."
            raise UploadError.no_permission(None, self.bucket, detail, who=account)

    # --- where things are -----------------------------------------------------------------

    def _bucket_path(self, *, upload: bool = False) -> str:
        """The bucket in the JSON API (`upload`: in its media upload API), its name escaped."""
        api = "upload/storage/v1" if upload else "storage/v1"
        return f"{self._root}/{api}/b/{quote(self.bucket, safe='')}"

    def _object_url(self, object_name: str) -> str:
        """An object in the JSON API; its name escaped whole ("a/b" is one segment)."""
        return f"{self._bucket_path()}/o/{quote(object_name, safe='')}"

    # --- reading objects (a batch job's results) ------------------------------------------

    async def object_names(self, prefix: str) -> list[str]:
        """The names of the bucket's objects under `prefix`, every page of them."""
        url = f"{self._bucket_path()}/o"
        names: list[str] = []
        token = ""
        for _ in range(_MAX_LIST_PAGES):
            params = {"prefix": prefix, "fields": "items(name),nextPageToken"}
            if token:
                params["pageToken"] = token
            response = await self._request("GET", url, prefix, params=params)
            if response.status_code != 200:
                raise await self._error(response, None)
            page = json_object(response) or {}
            items = page.get("items")
            names += [str(i["name"]) for i in items or [] if isinstance(i, dict) and "name" in i]
            token = str(page.get("nextPageToken") or "")
            if not token:
                break
        return names

    async def read(self, object_name: str) -> bytes:
        """An object's bytes (small ones: a batch job's results)."""
        url = self._object_url(object_name)
        response = await self._request("GET", url, object_name, params={"alt": "media"})
        if response.status_code != 200:
            raise await self._error(response, object_name)
        return response.content

    # --- the object, if it is there ------------------------------------------------------

    async def _existing(self, object_name: str, label: str) -> tuple[dict[str, Any] | None, bool]:
        """(the object's resource or None, whether it could be looked at at all)."""
        response = await self._request("GET", self._object_url(object_name), label)
        if response.status_code == 200:
            return json_object(response) or {}, True
        if response.status_code == 404:
            message, _ = _gcs_error(await response.aread())
            if "bucket" in message.lower() and "no such object" not in message.lower():
                raise await self._error(response, label)
            return None, True
        if response.status_code == 403:
            # Allowed to create objects but not to read them: upload, unless the cache knows.
            await log_error_body(response)
            return None, False
        raise await self._error(response, label)

    # --- the resumable transfer ----------------------------------------------------------

    async def _transfer(
        self,
        source: UploadSource,
        mime_type: str,
        object_name: str,
        digests: Digests,
        tracker: ProgressTracker,
        chunk_size: int,
    ) -> dict[str, Any]:
        label, size = source.label, source.size
        chunk = chunk_size_for(chunk_size)
        session = self._sessions.get(object_name)
        need_query = session is not None
        offset, failures = 0, 0
        refused_at: int | None = None  # where a chunk was last refused with a 400
        while True:
            if session is None:
                session = await self._start(source, mime_type, object_name, digests)
                self._sessions[object_name] = session
                offset, need_query = 0, False
            try:
                if need_query:
                    point = await self._status(session, size, label)
                    need_query = False
                    if isinstance(point, dict):
                        self._sessions.pop(object_name, None)
                        return point
                    log.info("Upload of %s resumes at byte %d of %d", label, point, size)
                    offset = point
                    tracker.update(offset)
                length = min(chunk, size - offset)
                data = await asyncio.to_thread(source.read, offset, length)
                response = await self._send(
                    "PUT",
                    session,
                    label,
                    headers={
                        "Content-Range": f"bytes {offset}-{offset + length - 1}/{size}",
                        "Content-Length": str(length),
                    },
                    chunk=(data, offset, tracker.update),
                    follow_redirects=False,  # 308 here means "go on", not "go elsewhere"
                )
                if response.status_code in RETRYABLE_STATUSES or response.status_code == 429:
                    raise RetryNeeded(await self._error(response, label))
                if response.status_code in (404, 410):
                    raise SessionGone
            except (httpx2.TransportError, RetryNeeded) as exc:
                failures += 1
                await self._give_up_or_wait(failures, label, exc)
                need_query = True
                continue
            except SessionGone:
                failures = self._forget_session(self._sessions, object_name, label, failures)
                session = None
                continue

            if response.status_code in (200, 201):
                self._sessions.pop(object_name, None)
                resource = json_object(response)
                if resource is None:
                    raise UploadError.failed(label, "Cloud Storage's answer was unreadable.")
                return resource
            if response.status_code == 400 and refused_at != offset:
                # Cloud Storage's idea of the offset may differ (a chunk that landed late):
                # ask where it stands, once per offset, before giving up.
                refused_at = offset
                failures += 1
                await self._give_up_or_wait(
                    failures, label, RetryNeeded(await self._error(response, label))
                )
                need_query = True
                continue
            if response.status_code != 308:
                self._sessions.pop(object_name, None)
                raise await self._error(response, label)
            kept = _kept(response)
            if kept <= offset:
                # Nothing of the chunk was kept: try again, but not for ever.
                failures += 1
                nothing = UploadError.failed(label, "Cloud Storage kept none of the bytes sent.")
                await self._give_up_or_wait(failures, label, RetryNeeded(nothing))
            else:
                failures = 0
            offset = kept
            tracker.update(offset)

    async def _start(
        self, source: UploadSource, mime_type: str, object_name: str, digests: Digests
    ) -> str:
        response = await self._request(
            "POST",
            f"{self._bucket_path(upload=True)}/o",
            source.label,
            params={"uploadType": "resumable", "name": object_name},
            headers={
                "X-Upload-Content-Type": mime_type,
                "X-Upload-Content-Length": str(source.size),
            },
            json={
                "name": object_name,
                "contentType": mime_type,
                "metadata": {"sha256": digests.sha256},
            },
        )
        if response.status_code >= 400:
            raise await self._error(response, source.label)
        location = response.headers.get("location")
        if not location:
            raise UploadError.failed(source.label, "Cloud Storage gave no upload address.")
        return same_origin(location, self._root)

    async def _status(self, session: str, size: int, label: str) -> int | dict[str, Any]:
        """How many bytes Cloud Storage kept, or the object when the upload finished."""
        response = await self._send(
            "PUT",
            session,
            label,
            headers={"Content-Range": f"bytes */{size}", "Content-Length": "0"},
            follow_redirects=False,
        )
        if response.status_code == 308:
            return _kept(response)
        if response.status_code in (200, 201):
            resource = json_object(response)
            if resource is None:
                raise UploadError.failed(label, "Cloud Storage's answer was unreadable.")
            return resource
        if response.status_code in (404, 410):
            raise SessionGone
        if response.status_code in RETRYABLE_STATUSES or response.status_code == 429:
            raise RetryNeeded(await self._error(response, label))
        raise await self._error(response, label)

    async def _error(
        self, response: httpx2.Response, label: str | None, *, who: str | None = None
    ) -> GeminiError:
        """The error for a refused request about the file `label`; None: about the bucket
        alone (check), and `who` the account to name when Google names none."""
        raw = await log_error_body(response)
        message, _reason = _gcs_error(raw)
        code = response.status_code
        detail = message or None
        if code == 401:
            return error_from_response(code, raw, response.headers)
        if code == 404:
            return UploadError.bucket_missing(label, self.bucket, detail)
        if code == 403:
            named = _WHO.match(message)
            return UploadError.no_permission(
                label, self.bucket, detail, who=named.group(1) if named else who
            )
        if label is None:
            return UploadError.bucket_unchecked(self.bucket, detail, code=code)
        if code == 429:
            retry_after = response.headers.get("retry-after", "").strip()
            delay = float(retry_after) if retry_after.isdigit() else None
            return UploadError.quota(
                label, Message("where.cloud_storage"), detail, retry_after=delay
            )
        return UploadError.failed(label, detail, code=code)


def _same_content(resource: Mapping[str, Any], size: int, digests: Digests) -> bool:
    if str(resource.get("size")) != str(size):
        return False
    md5 = resource.get("md5Hash")
    return md5 is None or md5 == digests.md5  # composite objects carry no MD5


def _kept(response: httpx2.Response) -> int:
    """The bytes kept so far, from a 308's Range (none: nothing kept)."""
    match = _RANGE.match(response.headers.get("range", "").strip())
    return int(match.group(1)) + 1 if match else 0


def _gcs_error(raw: bytes) -> tuple[str, str]:
    """(message, reason) of a Cloud Storage JSON error body; empty strings when absent."""
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return "", ""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return "", ""
    errors = error.get("errors")
    first = errors[0] if isinstance(errors, list) and errors and isinstance(errors[0], dict) else {}
    return str(error.get("message") or ""), str(first.get("reason") or "")
