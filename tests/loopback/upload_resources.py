"""What the upload services store and send: File API files and Cloud Storage objects with
their resources as Google writes them, the upload sessions, and the error bodies of both."""

from __future__ import annotations

import base64
import datetime
import hashlib
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from tests.loopback.scenario import rpc_error

FILE_LIFETIME = datetime.timedelta(hours=48)
DEFAULT_ACCOUNT = "loopback@test-project.iam.gserviceaccount.com"


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def rfc3339(moment: datetime.datetime) -> str:
    """As Google writes times: microseconds and a Z."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def gcs_error(code: int, message: str, reason: str, domain: str = "global") -> dict[str, Any]:
    """The inner object of a Cloud Storage JSON API error (`{"error": ...}`)."""
    return {
        "code": code,
        "message": message,
        "errors": [{"message": message, "domain": domain, "reason": reason}],
    }


def gcs_bucket_missing() -> dict[str, Any]:
    return gcs_error(404, "The specified bucket does not exist.", "notFound")


def gcs_forbidden(
    permission: str = "storage.objects.create", who: str = DEFAULT_ACCOUNT
) -> dict[str, Any]:
    message = (
        f"{who} does not have {permission} access to the Google Cloud Storage object. "
        f"Permission '{permission}' denied on resource (or it may not exist)."
    )
    return gcs_error(403, message, "forbidden")


def gcs_rate_limited() -> dict[str, Any]:
    message = (
        "The rate of change requests to the object exceeds the rate limit. Please reduce the "
        "rate of create, update, and delete requests."
    )
    return gcs_error(429, message, "rateLimitExceeded", domain="usageLimits")


def file_not_found(file_id: str) -> dict[str, Any]:
    """Gemini's answer for a file that does not exist (or belongs to another project)."""
    message = f"You do not have permission to access the File {file_id} or it may not exist."
    return rpc_error(403, "PERMISSION_DENIED", message)


@dataclass
class StoredFile:
    """A file in the Gemini File API's store."""

    id: str
    display_name: str
    mime_type: str
    data: bytes
    polls_left: int  # GETs that still answer PROCESSING
    failure: dict[str, Any] | None  # the error it ends FAILED with, once processed
    create_time: datetime.datetime = field(default_factory=_now)
    version: str = "v1beta"

    @property
    def name(self) -> str:
        return f"files/{self.id}"

    @property
    def state(self) -> str:
        if self.polls_left > 0:
            return "PROCESSING"
        return "FAILED" if self.failure else "ACTIVE"

    def resource(self, base_url: str) -> dict[str, Any]:
        created = rfc3339(self.create_time)
        resource: dict[str, Any] = {
            "name": self.name,
            "displayName": self.display_name,
            "mimeType": self.mime_type,
            "sizeBytes": str(len(self.data)),
            "createTime": created,
            "updateTime": created,
            "expirationTime": rfc3339(self.create_time + FILE_LIFETIME),
            # Google sends the base64 of the hex digest, not of the digest itself.
            "sha256Hash": base64.b64encode(hashlib.sha256(self.data).hexdigest().encode()).decode(),
            "uri": f"{base_url}/{self.version}/files/{self.id}",
            "state": self.state,
            "source": "UPLOADED",
        }
        if self.state == "FAILED":
            resource["error"] = self.failure
        if self.display_name == "":
            del resource["displayName"]
        return resource


@dataclass
class FileSession:
    upload_id: str
    display_name: str
    mime_type: str
    total: int
    version: str
    data: bytearray = field(default_factory=bytearray)
    file: StoredFile | None = None  # set once finalized
    cancelled: bool = False


@dataclass
class StoredObject:
    bucket: str
    name: str
    data: bytes
    content_type: str
    generation: int
    metadata: dict[str, str] = field(default_factory=dict)
    created: datetime.datetime = field(default_factory=_now)

    def resource(self, base_url: str) -> dict[str, Any]:
        quoted = quote(self.name, safe="")
        when = rfc3339(self.created)
        resource: dict[str, Any] = {
            "kind": "storage#object",
            "id": f"{self.bucket}/{self.name}/{self.generation}",
            "selfLink": f"{base_url}/storage/v1/b/{self.bucket}/o/{quoted}",
            "mediaLink": f"{base_url}/download/storage/v1/b/{self.bucket}/o/{quoted}"
            f"?generation={self.generation}&alt=media",
            "name": self.name,
            "bucket": self.bucket,
            "generation": str(self.generation),
            "metageneration": "1",
            "contentType": self.content_type,
            "storageClass": "STANDARD",
            "size": str(len(self.data)),
            "md5Hash": base64.b64encode(hashlib.md5(self.data).digest()).decode(),
            "etag": base64.b64encode(str(self.generation).encode()).decode(),
            "timeCreated": when,
            "updated": when,
            "timeStorageClassUpdated": when,
        }
        if self.metadata:
            resource["metadata"] = dict(self.metadata)
        return resource


@dataclass
class GcsSession:
    upload_id: str
    bucket: str
    name: str
    content_type: str
    total: int | None
    metadata: dict[str, str]
    data: bytearray = field(default_factory=bytearray)
    object: StoredObject | None = None
