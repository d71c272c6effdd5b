"""Resumable uploads at the loopback: the Gemini File API and the Cloud Storage JSON API.

Gemini File API (Google's "resumable" protocol, as google-genai speaks it):
  POST /upload/v1beta/files            X-Goog-Upload-Command: start  -> X-Goog-Upload-URL
  POST <session>?upload_id=...         X-Goog-Upload-Command: upload | upload, finalize
                                       | query | cancel, X-Goog-Upload-Offset
  GET  /v1beta/files/ID                the File resource: PROCESSING, then ACTIVE or FAILED
Cloud Storage (JSON API resumable upload):
  POST /upload/storage/v1/b/B/o?uploadType=resumable&name=N   -> Location: <session>
  PUT  <session>  Content-Range: bytes S-E/T  -> 308 + Range: bytes=0-X, or 200 + object
  PUT  <session>  Content-Range: bytes */T    -> where the upload stands
  GET  /storage/v1/b/B/o/N             the object resource (size, md5Hash), or 404

Everything uploaded is kept (`files`, `objects`) so tests compare it with the original.
Faults: `fail_next(route, status, error)` answers the next request of a route with an
error; `drop_during_chunk(...)` resets the connection part-way through a chunk's body.
The files, objects and sessions themselves, and the error bodies, are in upload_resources.py.
"""

from __future__ import annotations

import re
import secrets
import threading
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit

from tests.loopback.scenario import STATUS_NAMES, rpc_error
from tests.loopback.upload_resources import (
    FileSession,
    GcsSession,
    StoredFile,
    StoredObject,
    file_not_found,
    gcs_bucket_missing,
    gcs_error,
    gcs_forbidden,
)
from tests.loopback.wire import Reply

# Google's upload front end asks for chunks in multiples of this (and so does Cloud Storage).
GRANULARITY = 256 * 1024

FILES_UPLOAD = re.compile(r"^/upload/(?P<version>v1beta|v1alpha|v1)/files$")
FILES_RESOURCE = re.compile(r"^/(?P<version>v1beta|v1alpha|v1)/files/(?P<id>[a-z0-9-]+)$")
GCS_UPLOAD = re.compile(r"^/upload/storage/v1/b/(?P<bucket>[^/]+)/o$")
GCS_OBJECT = re.compile(r"^/storage/v1/b/(?P<bucket>[^/]+)/o/(?P<object>.+)$")
GCS_LIST = re.compile(r"^/storage/v1/b/(?P<bucket>[^/]+)/o$")
GCS_PERMISSIONS = re.compile(r"^/storage/v1/b/(?P<bucket>[^/]+)/iam/testPermissions$")
_FILE_URI = re.compile(r"/(?:v1beta|v1alpha|v1)/files/(?P<id>[a-z0-9-]+)$")
_CONTENT_RANGE = re.compile(r"^bytes (?:(?P<start>\d+)-(?P<end>\d+)|\*)/(?P<total>\d+|\*)$")

DEFAULT_BUCKET = "test-bucket"
# What the caller holds on a bucket it may use (the Storage Object User role's object part).
OBJECT_USER_PERMISSIONS = frozenset(
    {
        "storage.objects.create",
        "storage.objects.delete",
        "storage.objects.get",
        "storage.objects.list",
        "storage.objects.update",
    }
)


@dataclass
class Drop:
    """Reset the connection once `after_bytes` of the body of chunk request number `chunk`
    (counted from 1 per protocol since reset) have arrived; None: after the whole chunk was
    received and stored, before answering."""

    protocol: str  # "files" or "gcs"
    chunk: int
    after_bytes: int | None
    silent: bool = False  # instead of the reset: no answer at all, until the client leaves


class Uploads:
    """The state of both upload services; the server calls in from its handler threads."""

    def __init__(self, base_url: Callable[[], str]) -> None:
        self._base_url = base_url
        self._lock = threading.RLock()
        # Gemini File API
        self.files: dict[str, StoredFile] = {}  # by "files/ID"
        self.file_sessions: dict[str, FileSession] = {}
        # GETs that answer PROCESSING before a new file turns ACTIVE (or FAILED).
        self.processing_polls: int = 0
        self._processing_failures: deque[dict[str, Any]] = deque()
        # Cloud Storage
        self.buckets: set[str] = {DEFAULT_BUCKET}
        self.denied_buckets: set[str] = set()  # the caller may neither read nor write these
        self.objects: dict[tuple[str, str], StoredObject] = {}
        self.gcs_sessions: dict[str, GcsSession] = {}
        self._generation = 1_700_000_000_000_000
        # Both: where session URLs point (None: this server; set it to see a client move
        # Google's session URL onto its own base URL, as google-genai does).
        self.session_origin: str | None = None
        self._failures: dict[str, deque[tuple[int, dict[str, Any]]]] = {}
        self._drops: list[Drop] = []
        self._chunk_counts: dict[str, int] = {"files": 0, "gcs": 0}
        self.dropped: list[tuple[str, int, int]] = []  # (protocol, chunk number, bytes kept)

    # --- test-facing -------------------------------------------------------------------

    def fail_next(self, route: str, status: int, error: dict[str, Any]) -> None:
        """The next request of `route` ("files.start", "files.upload", "files.query",
        "files.get", "gcs.start", "gcs.upload", "gcs.status", "gcs.object", "gcs.permissions") gets
        `{"error": error}` with `status`."""
        with self._lock:
            self._failures.setdefault(route, deque()).append((status, error))

    def drop_during_chunk(self, protocol: str, chunk: int, after_bytes: int | None) -> None:
        """Reset the connection during chunk request number `chunk` of `protocol` ("files"
        or "gcs"): after `after_bytes` of its body, or (None) after storing all of it."""
        with self._lock:
            self._drops.append(Drop(protocol, chunk, after_bytes))

    def stall_after_chunk(self, protocol: str, chunk: int) -> None:
        """Chunk request number `chunk` of `protocol` is stored whole and never answered:
        the connection stays open and silent until the client leaves."""
        with self._lock:
            self._drops.append(Drop(protocol, chunk, None, silent=True))

    def fail_processing(self, message: str, code: int = 400) -> None:
        """The next file finalized ends FAILED with this error (after `processing_polls`)."""
        with self._lock:
            self._processing_failures.append(
                rpc_error(code, STATUS_NAMES.get(code, "UNKNOWN"), message)
            )

    def expire_file(self, name: str) -> None:
        """The file is gone, as after its 48 hours."""
        with self._lock:
            self.files.pop(name, None)

    def file_bytes(self, name: str) -> bytes:
        with self._lock:
            return self.files[name].data

    def object_bytes(self, bucket: str, name: str) -> bytes:
        with self._lock:
            return self.objects[(bucket, name)].data

    def store_generated(
        self, display_name: str, data: bytes, mime_type: str, file_id: str
    ) -> StoredFile:
        """A file Google made (a batch's results), ACTIVE at once: `files/batch-<file_id>`."""
        with self._lock:
            file = StoredFile(f"batch-{file_id}", display_name, mime_type, data, 0, None)
            self.files[file.name] = file
            return file

    def put_object(
        self, bucket: str, name: str, data: bytes, content_type: str = "application/octet-stream"
    ) -> None:
        """An object already in the bucket (uploaded earlier, or by someone else)."""
        with self._lock:
            self.objects[(bucket, name)] = StoredObject(
                bucket, name, data, content_type, self._next_generation()
            )

    # --- used by the server ------------------------------------------------------------

    def take_failure(self, route: str) -> Reply | None:
        with self._lock:
            queue = self._failures.get(route)
            if not queue:
                return None
            status, error = queue.popleft()
        return Reply.json(status, {"error": error})

    def take_drop(self, method: str, target: str, headers: Mapping[str, str]) -> Drop | None:
        """Counts chunk requests; the scripted drop for this one, if any."""
        protocol = _chunk_protocol(method, target, headers)
        if protocol is None:
            return None
        with self._lock:
            self._chunk_counts[protocol] += 1
            number = self._chunk_counts[protocol]
            for drop in self._drops:
                if drop.protocol == protocol and drop.chunk == number:
                    self._drops.remove(drop)
                    return drop
        return None

    def receive_partial(self, target: str, headers: Mapping[str, str], body: bytes) -> None:
        """Keeps what arrived of a chunk before the scripted reset, as Google's front end
        does: all of it for the File API, whole 256 KiB units for Cloud Storage."""
        split = urlsplit(target)
        upload_id = _query(split.query).get("upload_id", "")
        with self._lock:
            if split.path.startswith("/upload/storage/"):
                session = self.gcs_sessions.get(upload_id)
                match = _CONTENT_RANGE.match(headers.get("content-range", ""))
                if session is None or match is None or match["start"] is None:
                    return
                start = int(match["start"])
                if start != len(session.data):
                    return
                keep = (start + len(body)) // GRANULARITY * GRANULARITY - start
                session.data += body[: max(0, keep)]
                self.dropped.append(("gcs", self._chunk_counts["gcs"], max(0, keep)))
            else:
                file_session = self.file_sessions.get(upload_id)
                offset = headers.get("x-goog-upload-offset", "")
                if file_session is None or not offset.isdigit():
                    return
                if int(offset) != len(file_session.data):
                    return
                file_session.data += body
                self.dropped.append(("files", self._chunk_counts["files"], len(body)))

    # Gemini File API

    def files_start(
        self, query: Mapping[str, str], headers: Mapping[str, str], body: Any, version: str
    ) -> Reply:
        if headers.get("x-goog-upload-protocol", "").lower() != "resumable":
            return _rpc(400, "Upload protocol must be 'resumable' (X-Goog-Upload-Protocol).")
        if headers.get("x-goog-upload-command", "").lower() != "start":
            return _rpc(400, "The first request of a resumable upload must be 'start'.")
        length = headers.get("x-goog-upload-header-content-length", "")
        if not length.isdigit():
            return _rpc(400, "X-Goog-Upload-Header-Content-Length is missing or not a number.")
        file = (body.get("file") if isinstance(body, dict) else None) or {}
        display = file.get("displayName", file.get("display_name", ""))
        mime = headers.get("x-goog-upload-header-content-type") or file.get(
            "mimeType", file.get("mime_type", "")
        )
        if not mime:
            return _rpc(400, "The file's MIME type is missing (X-Goog-Upload-Header-Content-Type).")
        upload_id = "loopback-" + secrets.token_urlsafe(24)
        with self._lock:
            self.file_sessions[upload_id] = FileSession(
                upload_id, str(display), mime, int(length), version
            )
        url = f"{self._origin()}/upload/{version}/files?upload_id={upload_id}&upload_protocol=resumable"
        headers_out = {
            "X-Goog-Upload-Status": "active",
            "X-Goog-Upload-URL": url,
            "X-Goog-Upload-Control-URL": url,
            "X-Goog-Upload-Chunk-Granularity": str(GRANULARITY),
        }
        return Reply(200, "text/plain; charset=utf-8", [], headers=headers_out)

    def files_session(
        self, query: Mapping[str, str], headers: Mapping[str, str], body: bytes
    ) -> Reply:
        command = headers.get("x-goog-upload-command", "").lower().replace(" ", "")
        with self._lock:
            session = self.file_sessions.get(query.get("upload_id", ""))
            if session is None:
                return _rpc(404, "The upload session was not found or has expired.")
            if session.cancelled:
                return _status_reply("cancelled", 0)
            if command == "query":
                return self._files_status(session)
            if command == "cancel":
                session.cancelled = True
                return _status_reply("cancelled", len(session.data))
            if command not in ("upload", "upload,finalize", "finalize"):
                return _rpc(400, f"Unknown X-Goog-Upload-Command: {command!r}.")
            if session.file is not None:
                return self._files_status(session)
            offset = headers.get("x-goog-upload-offset", "")
            if not offset.isdigit() or int(offset) != len(session.data):
                return _rpc(
                    400,
                    f"Invalid X-Goog-Upload-Offset {offset!r}: {len(session.data)} bytes "
                    "were received so far.",
                )
            finalize = command.endswith("finalize")
            if not finalize and len(body) % GRANULARITY:
                return _rpc(
                    400, f"Chunks before the last must be a multiple of {GRANULARITY} bytes."
                )
            if len(session.data) + len(body) > session.total:
                return _rpc(400, "More bytes than X-Goog-Upload-Header-Content-Length.")
            session.data += body
            if not finalize:
                return _status_reply("active", len(session.data))
            if len(session.data) != session.total:
                return _rpc(
                    400,
                    f"Finalized with {len(session.data)} bytes; {session.total} were announced.",
                )
            failure = self._processing_failures.popleft() if self._processing_failures else None
            file = StoredFile(
                id=secrets.token_hex(6),
                display_name=session.display_name,
                mime_type=session.mime_type,
                data=bytes(session.data),
                polls_left=self.processing_polls,
                failure=failure,
                version=session.version,
            )
            session.file = file
            self.files[file.name] = file
            return self._files_status(session)

    def _files_status(self, session: FileSession) -> Reply:
        if session.file is None:
            return _status_reply("active", len(session.data))
        body = {"file": session.file.resource(self._base_url())}
        return Reply.json(200, body, headers=_status_headers("final", len(session.data)))

    def files_get(self, file_id: str) -> Reply:
        with self._lock:
            file = self.files.get(f"files/{file_id}")
            if file is None:
                return Reply.json(403, {"error": file_not_found(file_id)})
            resource = file.resource(self._base_url())
            if file.polls_left > 0:
                file.polls_left -= 1
        return Reply.json(200, resource)

    def files_delete(self, file_id: str) -> Reply:
        with self._lock:
            if self.files.pop(f"files/{file_id}", None) is None:
                return Reply.json(403, {"error": file_not_found(file_id)})
        return Reply.json(200, {})

    def check_file_data(self, request: Any) -> tuple[int, dict[str, Any]] | None:
        """Refuses fileData naming a File API file that is unknown or not ACTIVE, or an
        object missing from one of this server's buckets, as Google would."""
        for part in _file_parts(request):
            uri = str(part.get("fileUri", part.get("file_uri", "")))
            if uri.startswith("gs://"):
                bucket, _, name = uri[5:].partition("/")
                with self._lock:
                    known = bucket not in self.buckets or (bucket, name) in self.objects
                if not known:
                    message = f"Cannot fetch content from the provided URL: {uri}"
                    return 400, rpc_error(400, "INVALID_ARGUMENT", message)
                continue
            match = _FILE_URI.search(urlsplit(uri).path)
            if match is None:
                continue
            with self._lock:
                file = self.files.get(f"files/{match['id']}")
                state = file.state if file else None
            if state is None:
                return 403, file_not_found(match["id"])
            if state != "ACTIVE":
                message = (
                    f"The File {match['id']} is not in an ACTIVE state and usage is not allowed."
                )
                return 400, rpc_error(400, "FAILED_PRECONDITION", message)
        return None

    # Cloud Storage

    def gcs_start(
        self, bucket: str, query: Mapping[str, str], headers: Mapping[str, str], body: Any
    ) -> Reply:
        if query.get("uploadType") != "resumable":
            return _gcs(400, gcs_error(400, "Only uploadType=resumable is served here.", "invalid"))
        if bucket not in self.buckets:
            return _gcs(404, gcs_bucket_missing())
        if bucket in self.denied_buckets:
            return _gcs(403, gcs_forbidden())
        metadata = body if isinstance(body, dict) else {}
        name = query.get("name") or metadata.get("name")
        if not name:
            return _gcs(400, gcs_error(400, "Required", "required"))
        content_type = headers.get("x-upload-content-type") or metadata.get(
            "contentType", "application/octet-stream"
        )
        length = headers.get("x-upload-content-length", "")
        upload_id = "ADPycd" + secrets.token_urlsafe(32)
        with self._lock:
            self.gcs_sessions[upload_id] = GcsSession(
                upload_id,
                bucket,
                str(name),
                content_type,
                int(length) if length.isdigit() else None,
                {str(k): str(v) for k, v in (metadata.get("metadata") or {}).items()},
            )
        location = (
            f"{self._origin()}/upload/storage/v1/b/{bucket}/o?uploadType=resumable"
            f"&name={quote(str(name), safe='')}&upload_id={upload_id}"
        )
        return Reply(
            200,
            "text/plain; charset=utf-8",
            [],
            headers={"Location": location, "X-GUploader-UploadID": upload_id},
        )

    def gcs_session(
        self, query: Mapping[str, str], headers: Mapping[str, str], body: bytes
    ) -> Reply:
        match = _CONTENT_RANGE.match(headers.get("content-range", "").strip())
        with self._lock:
            session = self.gcs_sessions.get(query.get("upload_id", ""))
            if session is None:
                return _gcs(404, gcs_error(404, "Not Found", "notFound"))
            if match is None:
                return _gcs(400, gcs_error(400, "Invalid Content-Range header.", "invalid"))
            if match["total"] != "*":
                total = int(match["total"])
                if session.total is not None and session.total != total:
                    message = f"The total size {total} differs from the announced {session.total}."
                    return _gcs(400, gcs_error(400, message, "invalid"))
                session.total = total
            if session.object is not None:
                return Reply.json(200, session.object.resource(self._base_url()))
            if match["start"] is not None:
                start, end = int(match["start"]), int(match["end"])
                if end - start + 1 != len(body):
                    message = "The Content-Range does not match the number of bytes sent."
                    return _gcs(400, gcs_error(400, message, "invalid"))
                persisted = len(session.data)
                if start > persisted:
                    message = f"Bytes {persisted}-{start - 1} were never sent."
                    return _gcs(400, gcs_error(400, message, "invalid"))
                session.data += body[persisted - start :]
                if session.total is None or len(session.data) < session.total:
                    # Cloud Storage keeps whole 256 KiB units of a chunk that is not the last.
                    kept = len(session.data) // GRANULARITY * GRANULARITY
                    del session.data[max(kept, persisted) :]
            if session.total is not None and len(session.data) >= session.total:
                del session.data[session.total :]
                obj = StoredObject(
                    session.bucket,
                    session.name,
                    bytes(session.data),
                    session.content_type,
                    self._next_generation(),
                    session.metadata,
                )
                session.object = obj
                self.objects[(obj.bucket, obj.name)] = obj
                return Reply.json(200, obj.resource(self._base_url()))
            received = len(session.data)
        headers_out = {"Range": f"bytes=0-{received - 1}"} if received else {}
        return Reply(308, "text/plain; charset=utf-8", [], headers=headers_out)

    def gcs_object(self, bucket: str, name: str) -> Reply:
        with self._lock:
            if bucket not in self.buckets:
                return _gcs(404, gcs_bucket_missing())
            if bucket in self.denied_buckets:
                return _gcs(403, gcs_forbidden("storage.objects.get"))
            obj = self.objects.get((bucket, name))
            if obj is None:
                message = f"No such object: {bucket}/{name}"
                return _gcs(404, gcs_error(404, message, "notFound"))
            return Reply.json(200, obj.resource(self._base_url()))

    def gcs_media(self, bucket: str, name: str) -> Reply:
        """The object's bytes (alt=media), as Cloud Storage's JSON API serves them."""
        with self._lock:
            if bucket not in self.buckets:
                return _gcs(404, gcs_bucket_missing())
            if bucket in self.denied_buckets:
                return _gcs(403, gcs_forbidden("storage.objects.get"))
            obj = self.objects.get((bucket, name))
            if obj is None:
                return _gcs(404, gcs_error(404, f"No such object: {bucket}/{name}", "notFound"))
            headers = {"X-Goog-Generation": str(obj.generation)}
            return Reply(200, obj.content_type, [obj.data], headers=headers)

    def gcs_list(self, bucket: str, prefix: str) -> Reply:
        """objects.list: the objects whose names start with `prefix`, in name order (one
        page; no "items" at all when there are none, as Cloud Storage answers)."""
        with self._lock:
            if bucket not in self.buckets:
                return _gcs(404, gcs_bucket_missing())
            if bucket in self.denied_buckets:
                return _gcs(403, gcs_forbidden("storage.objects.list"))
            found = sorted(
                (
                    obj
                    for (b, name), obj in self.objects.items()
                    if b == bucket and name.startswith(prefix)
                ),
                key=lambda obj: obj.name,
            )
            body: dict[str, Any] = {"kind": "storage#objects"}
            if found:
                body["items"] = [obj.resource(self._base_url()) for obj in found]
        return Reply.json(200, body)

    def gcs_test_permissions(self, bucket: str, permissions: list[str]) -> Reply:
        """buckets.testIamPermissions: which of `permissions` the caller holds. It needs no
        permission of its own, so a denied bucket answers 200 with none held."""
        if not permissions:
            return _gcs(400, gcs_error(400, "Required parameter: permissions", "required"))
        with self._lock:
            if bucket not in self.buckets:
                return _gcs(404, gcs_bucket_missing())
            held = set() if bucket in self.denied_buckets else OBJECT_USER_PERMISSIONS
        body: dict[str, Any] = {"kind": "storage#testIamPermissionsResponse"}
        granted = [p for p in permissions if p in held]
        if granted:  # as Google: no "permissions" key at all when none is held
            body["permissions"] = granted
        return Reply.json(200, body)

    # --- internals ---------------------------------------------------------------------

    def _origin(self) -> str:
        return (self.session_origin or self._base_url()).rstrip("/")

    def _next_generation(self) -> int:
        with self._lock:
            self._generation += 1
            return self._generation


def _query(query: str) -> dict[str, str]:
    return dict(parse_qsl(query, keep_blank_values=True))


def _chunk_protocol(method: str, target: str, headers: Mapping[str, str]) -> str | None:
    """ "files" or "gcs" when the request carries a chunk of an upload, else None."""
    split = urlsplit(target)
    if "upload_id=" not in split.query:
        return None
    if method == "POST" and FILES_UPLOAD.match(split.path):
        command = headers.get("x-goog-upload-command", "").lower()
        return "files" if "upload" in command else None
    if method == "PUT" and GCS_UPLOAD.match(split.path):
        return None if headers.get("content-range", "").startswith("bytes */") else "gcs"
    return None


def _file_parts(request: Any) -> list[dict[str, Any]]:
    parts: list[dict[str, Any]] = []
    if not isinstance(request, dict):
        return parts
    for content in request.get("contents") or []:
        for part in (content or {}).get("parts") or []:
            file_data = part.get("fileData", part.get("file_data"))
            if isinstance(file_data, dict):
                parts.append(file_data)
    return parts


def _status_headers(status: str, received: int) -> dict[str, str]:
    return {"X-Goog-Upload-Status": status, "X-Goog-Upload-Size-Received": str(received)}


def _status_reply(status: str, received: int) -> Reply:
    return Reply(200, "text/plain; charset=utf-8", [], headers=_status_headers(status, received))


def _rpc(code: int, message: str) -> Reply:
    return Reply.json(code, {"error": rpc_error(code, STATUS_NAMES.get(code, "UNKNOWN"), message)})


def _gcs(code: int, error: dict[str, Any]) -> Reply:
    return Reply.json(code, {"error": error})


__all__ = [
    "DEFAULT_BUCKET",
    "GRANULARITY",
    "Uploads",
]
