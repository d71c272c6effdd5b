"""Which uploader a connection has: the Gemini API's File API, a Cloud Storage bucket for
Vertex AI, or none (Vertex express mode, Vertex without a bucket, OpenAI-compatible)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Protocol

import httpx2

from desktop.core.connection import ApiKind, Connection
from desktop.services.uploads.cache import UploadCache
from desktop.services.uploads.common import DEFAULT_CHUNK_SIZE, ProgressCallback, UploadedFile
from desktop.services.uploads.file_api import FileApiUploader
from desktop.services.uploads.gcs import GcsUploader, storage_base_url


class Uploader(Protocol):
    """What the send pipeline needs of FileApiUploader and GcsUploader."""

    async def upload(
        self,
        source: bytes | str | os.PathLike[str],
        mime_type: str,
        name: str | None = None,
        *,
        progress: ProgressCallback | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
    ) -> UploadedFile: ...


def uploader_for(
    connection: Connection,
    http: httpx2.AsyncClient,
    auth: httpx2.Auth,
    *,
    account: str,
    cache: UploadCache | None,
    environ: Mapping[str, str] = os.environ,
) -> Uploader | None:
    """The uploader for `connection`, sharing its HTTP client and credentials; None where
    large files have no way in. `account` keys the reuse cache (a profile id or a key's
    fingerprint, never a secret)."""
    if connection.api is ApiKind.GEMINI:
        return FileApiUploader(http, connection.root(), auth, account=account, cache=cache)
    if connection.api is ApiKind.VERTEX and connection.uses_oauth and connection.bucket:
        return GcsUploader(http, storage_base_url(environ), auth, connection.bucket, cache=cache)
    return None
