"""Files uploaded before, so the same file is not uploaded again while it lives.

A small JSON file in the cache folder, keyed by the file's SHA-256, the API and who uploaded
it (a profile or key fingerprint for the Gemini API, the bucket for Cloud Storage). It holds
URIs and names only, never a credential. Only finished uploads are written: an upload that was
cancelled or failed leaves nothing here. Blocking: call through asyncio.to_thread.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.core.limits import LIMITS
from desktop.paths import cache_dir
from desktop.services.uploads.common import UploadedFile

log = logging.getLogger(__name__)

FILE_NAME = "uploads.json"
_VERSION = 1
_MAX_ENTRIES = 2000  # objects in a bucket stay for ever; the list must not grow for ever


def fingerprint(secret: str) -> str:
    """A short, one-way name for a credential (an API key), to key the cache by account
    without writing the key itself anywhere."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()[:16]


class UploadCache:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    @classmethod
    def default(cls) -> UploadCache:
        """The cache in the app's cache folder."""
        return cls(cache_dir() / FILE_NAME)

    def get(
        self, api: str, account: str, sha256: str, *, now: datetime | None = None
    ) -> UploadedFile | None:
        """The file uploaded earlier, if it still has more than the reuse margin to live."""
        now = now or datetime.now(UTC)
        with self._lock:
            entry = self._load().get(_key(api, account, sha256))
        if entry is None:
            return None
        try:
            uploaded = _from_json(entry)
        except (KeyError, TypeError, ValueError):
            log.warning("Ignoring a damaged upload cache entry")
            return None
        if uploaded.expires_at is not None:
            margin = timedelta(seconds=LIMITS.reuse_margin_seconds)
            if uploaded.expires_at - now <= margin:
                return None
        return uploaded

    def put(self, api: str, account: str, uploaded: UploadedFile) -> None:
        now = datetime.now(UTC)
        with self._lock:
            entries = {
                key: entry for key, entry in self._load().items() if not _expired(entry, now)
            }
            entries[_key(api, account, uploaded.sha256)] = _to_json(uploaded, now)
            if len(entries) > _MAX_ENTRIES:
                oldest = sorted(entries, key=lambda key: str(entries[key].get("saved_at", "")))
                for key in oldest[: len(entries) - _MAX_ENTRIES]:
                    del entries[key]
            self._save(entries)

    def forget(self, api: str, account: str, sha256: str) -> None:
        with self._lock:
            entries = self._load()
            if entries.pop(_key(api, account, sha256), None) is not None:
                self._save(entries)

    def _load(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("Upload cache %s unreadable, starting afresh: %s", self.path, exc)
            return {}
        entries = data.get("entries") if isinstance(data, dict) else None
        if not isinstance(entries, dict) or data.get("version") != _VERSION:
            return {}
        return {str(k): v for k, v in entries.items() if isinstance(v, dict)}

    def _save(self, entries: dict[str, dict[str, Any]]) -> None:
        text = json.dumps({"version": _VERSION, "entries": entries}, indent=1, sort_keys=True)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".uploads-")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as file:
                    file.write(text)
                os.replace(temporary, self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
                raise
        except OSError as exc:
            # Losing the cache costs an upload next time, nothing more.
            log.warning("Could not save the upload cache %s: %s", self.path, exc)


def _key(api: str, account: str, sha256: str) -> str:
    return f"{api}|{account}|{sha256}"


def _to_json(uploaded: UploadedFile, now: datetime) -> dict[str, Any]:
    return {
        "uri": uploaded.uri,
        "mime_type": uploaded.mime_type,
        "name": uploaded.name,
        "sha256": uploaded.sha256,
        "size": uploaded.size,
        "expires_at": uploaded.expires_at.isoformat() if uploaded.expires_at else None,
        "saved_at": now.isoformat(),
    }


def _from_json(entry: dict[str, Any]) -> UploadedFile:
    expires = entry.get("expires_at")
    return UploadedFile(
        uri=str(entry["uri"]),
        mime_type=str(entry["mime_type"]),
        name=str(entry["name"]),
        sha256=str(entry["sha256"]),
        size=int(entry["size"]),
        expires_at=datetime.fromisoformat(expires) if expires else None,
        reused=True,
    )


def _expired(entry: dict[str, Any], now: datetime) -> bool:
    expires = entry.get("expires_at")
    if not expires:
        return False
    try:
        return datetime.fromisoformat(str(expires)) <= now
    except ValueError:
        return True
