"""Routes of the upload services (tests/loopback/uploads.py keeps their state): the Gemini
File API and Cloud Storage's JSON API, with the credentials each asks for."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from tests.loopback.endpoints.credentials import GENERATIVELANGUAGE, AuthPolicy, CredentialChecks
from tests.loopback.routing import RecordedRequest, lowercase_headers
from tests.loopback.wire import Reply


class UploadEndpoints(CredentialChecks):
    """Mixed into LoopbackServer: the File API and Cloud Storage routes."""

    def _files_upload(self, request: RecordedRequest, match: re.Match[str]) -> Reply:
        if "upload_id" in request.query:
            # The session URL is the credential here, as at Google: no key needed.
            command = request.headers.get("x-goog-upload-command", "").lower()
            request.route = "files.query" if "query" in command else "files.upload"
            failure = self.uploads.take_failure(request.route)
            return failure or self.uploads.files_session(
                request.query, request.headers, request.body
            )
        request.route = "files.start"
        rpc = f"google.ai.generativelanguage.{match['version']}.FileService.CreateFile"
        denied = self._authenticate(request, AuthPolicy(service=GENERATIVELANGUAGE), rpc, False)
        if denied is not None:
            return denied
        failure = self.uploads.take_failure(request.route)
        return failure or self.uploads.files_start(
            request.query, request.headers, request.json, match["version"]
        )

    def _files_resource(self, request: RecordedRequest, match: re.Match[str]) -> Reply:
        request.route = "files.get" if request.method == "GET" else "files.delete"
        name = "GetFile" if request.method == "GET" else "DeleteFile"
        rpc = f"google.ai.generativelanguage.{match['version']}.FileService.{name}"
        denied = self._authenticate(request, AuthPolicy(service=GENERATIVELANGUAGE), rpc, False)
        if denied is not None:
            return denied
        failure = self.uploads.take_failure(request.route)
        if failure is not None:
            return failure
        if request.method == "DELETE":
            return self.uploads.files_delete(match["id"])
        return self.uploads.files_get(match["id"])

    def _gcs_upload(self, request: RecordedRequest, match: re.Match[str]) -> Reply:
        if "upload_id" in request.query:
            status = request.headers.get("content-range", "").startswith("bytes */")
            request.route = "gcs.status" if status else "gcs.upload"
            failure = self.uploads.take_failure(request.route)
            return failure or self.uploads.gcs_session(request.query, request.headers, request.body)
        request.route = "gcs.start"
        denied = self._storage_auth(request, "storage.objects.create")
        if denied is not None:
            return denied
        failure = self.uploads.take_failure(request.route)
        return failure or self.uploads.gcs_start(
            match["bucket"], request.query, request.headers, request.json
        )

    def _gcs_object(self, request: RecordedRequest, match: re.Match[str]) -> Reply:
        media = request.query.get("alt") == "media"
        request.route = "gcs.media" if media else "gcs.object"
        denied = self._storage_auth(request, "storage.objects.get")
        if denied is not None:
            return denied
        failure = self.uploads.take_failure(request.route)
        if failure is not None:
            return failure
        if media:
            return self.uploads.gcs_media(match["bucket"], match["object"])
        return self.uploads.gcs_object(match["bucket"], match["object"])

    def _gcs_permissions(self, request: RecordedRequest, match: re.Match[str]) -> Reply:
        request.route = "gcs.permissions"
        denied = self._storage_auth(request, "storage.buckets.testIamPermissions")
        if denied is not None:
            return denied
        failure = self.uploads.take_failure(request.route)
        permissions = [v for k, v in parse_qsl(request.raw_query) if k == "permissions"]
        return failure or self.uploads.gcs_test_permissions(match["bucket"], permissions)

    def _gcs_list(self, request: RecordedRequest, match: re.Match[str]) -> Reply:
        request.route = "gcs.list"
        denied = self._storage_auth(request, "storage.objects.list")
        if denied is not None:
            return denied
        failure = self.uploads.take_failure(request.route)
        return failure or self.uploads.gcs_list(match["bucket"], request.query.get("prefix", ""))

    def _receive_partial(
        self, method: str, target: str, headers: Any, body: bytes, connection: int
    ) -> None:
        """Records a chunk request cut short by a scripted reset, and keeps what arrived."""
        url = urlsplit(target)
        lowered = lowercase_headers(headers)
        request = RecordedRequest(
            method=method,
            path=url.path,
            query=dict(parse_qsl(url.query, keep_blank_values=True)),
            headers=lowered,
            body=body,
            json=None,
            route="gcs.upload" if url.path.startswith("/upload/storage/") else "files.upload",
            connection=connection,
        )
        with self._lock:
            self._requests.append(request)
        self.uploads.receive_partial(target, lowered, body)
