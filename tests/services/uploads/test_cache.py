"""The upload cache: reuse while a file lives, never a credential on disk, damage tolerated."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.services.uploads import UploadCache, UploadedFile, fingerprint


def uploaded(
    sha256: str = "ab" * 32, expires_in: timedelta | None = timedelta(hours=48)
) -> UploadedFile:
    expires = datetime.now(UTC) + expires_in if expires_in is not None else None
    return UploadedFile(
        uri="https://generativelanguage.googleapis.com/v1beta/files/abc",
        mime_type="video/mp4",
        name="files/abc",
        sha256=sha256,
        size=123,
        expires_at=expires,
    )


def test_a_living_file_is_returned_for_the_same_api_account_and_content(tmp_path: Path) -> None:
    cache = UploadCache(tmp_path / "uploads.json")
    cache.put("gemini", "profile-1", uploaded())

    found = cache.get("gemini", "profile-1", "ab" * 32)
    assert found is not None and found.reused and found.name == "files/abc"
    assert cache.get("gemini", "profile-2", "ab" * 32) is None
    assert cache.get("gcs", "profile-1", "ab" * 32) is None
    assert cache.get("gemini", "profile-1", "cd" * 32) is None


def test_files_close_to_expiry_are_not_reused_and_expired_ones_are_pruned(tmp_path: Path) -> None:
    cache = UploadCache(tmp_path / "uploads.json")
    cache.put("gemini", "a", uploaded("01" * 32, expires_in=timedelta(minutes=50)))
    cache.put("gemini", "a", uploaded("02" * 32, expires_in=timedelta(hours=2)))
    cache.put("gcs", "bucket", uploaded("03" * 32, expires_in=None))  # objects do not expire

    assert cache.get("gemini", "a", "01" * 32) is None  # within the 1 h margin
    assert cache.get("gemini", "a", "02" * 32) is not None
    assert cache.get("gcs", "bucket", "03" * 32) is not None
    later = datetime.now(UTC) + timedelta(hours=1, minutes=30)
    assert cache.get("gemini", "a", "02" * 32, now=later) is None

    cache.put("gemini", "a", uploaded("04" * 32, expires_in=timedelta(seconds=-1)))
    cache.put("gemini", "a", uploaded("05" * 32))
    keys = json.loads(cache.path.read_text(encoding="utf-8"))["entries"]
    assert not any("04" * 32 in key for key in keys)  # pruned on the next write


@pytest.mark.expected_log(r"Upload cache .* unreadable")
def test_forget_and_damage(tmp_path: Path) -> None:
    cache = UploadCache(tmp_path / "uploads.json")
    cache.put("gemini", "a", uploaded())
    cache.forget("gemini", "a", "ab" * 32)
    assert cache.get("gemini", "a", "ab" * 32) is None

    cache.path.write_text("{not json", encoding="utf-8")
    assert cache.get("gemini", "a", "ab" * 32) is None
    cache.put("gemini", "a", uploaded())  # starts afresh
    assert cache.get("gemini", "a", "ab" * 32) is not None


def test_the_account_is_a_fingerprint_never_the_key(tmp_path: Path) -> None:
    key = "AIzaSyD-very-secret-key-0123456789abcdef"
    cache = UploadCache(tmp_path / "uploads.json")
    cache.put("gemini", fingerprint(key), uploaded())

    text = cache.path.read_text(encoding="utf-8")
    assert key not in text and fingerprint(key) in text
    assert len(fingerprint(key)) == 16 and fingerprint(key) != fingerprint(key + "x")
