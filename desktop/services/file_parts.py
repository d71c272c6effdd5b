"""How a conversation's files travel in a request: inside it while the inline budget lasts,
uploaded beyond it (the File API or a Cloud Storage bucket), YouTube links as links.

The limits are checked before (turn_files.check_request_files), for every file the request
carries (earlier turns' too), so a refusal names the file and what to do before anything is
uploaded. Each file is uploaded
once per request even when two turns carry it; the uploaders themselves reuse copies made
for earlier requests.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from desktop.core.connection import ApiKind
from desktop.core.conversation import (
    AttachmentRef,
    Conversation,
    request_attachments,
    request_contents,
)
from desktop.core.limits import FileFacts, check_limits, plan_parts
from desktop.core.request import Content, Part
from desktop.services.media_probe import probe
from desktop.services.uploads.choose import Uploader
from desktop.services.uploads.common import UploadedFile, UploadProgress

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Uploading:
    """How far the upload of one file is. `done` comes once, at the end (also when an
    earlier copy was reused, with `reused`)."""

    sha256: str
    name: str
    sent: int
    total: int
    done: bool = False
    reused: bool = False

    @property
    def percent(self) -> float:
        return 100.0 if self.total <= 0 else min(100.0, 100.0 * self.sent / self.total)


UploadListener = Callable[[Uploading], None]


class StoredFiles(Protocol):
    """Where a saved file's bytes are: a path on disk (uploaded from there, a chunk at a
    time), or bytes in memory. Usually a HistoryStore."""

    def attachment_path(self, sha256: str) -> Path | None: ...

    def attachment_bytes(self, sha256: str) -> bytes: ...


def facts_of(ref: AttachmentRef) -> FileFacts:
    return FileFacts(ref.name, ref.size, ref.mime_type, youtube=ref.uri is not None)


def file_facts(
    name: str,
    source: bytes | Path,
    mime_type: str,
    *,
    clip_start: float | None = None,
    clip_end: float | None = None,
) -> FileFacts:
    """What the limits need to know of a file about to be sent: its size, and for a video
    or a recording how long the model watches it (the clip, when one is set; read by
    media_probe). Blocks."""
    size = len(source) if isinstance(source, bytes) else source.stat().st_size
    duration, has_audio = None, None
    if mime_type.split("/", 1)[0] in ("video", "audio"):
        facts = probe(source)
        if facts is not None:
            duration, has_audio = facts.duration, facts.has_audio
        if clip_end is not None or (clip_start is not None and duration is not None):
            end = clip_end if clip_end is not None else duration
            assert end is not None
            duration = max(0.0, end - (clip_start or 0.0))
    return FileFacts(name, size, mime_type, duration, has_audio)


def check_files(files: Sequence[FileFacts], api: ApiKind, *, can_upload: bool) -> None:
    """Raise the first limit `files` break (FileProblemError naming the file, the limit
    and what to do)."""
    problems = check_limits(files, api, can_upload=can_upload)
    if problems:
        raise problems[0]


async def build_contents(
    conversation: Conversation,
    files: StoredFiles,
    *,
    api: ApiKind,
    uploader: Uploader | None,
    before: int | None = None,
    on_upload: UploadListener | None = None,
) -> tuple[Content, ...]:
    """The request contents for the turn `before` (or a new turn), uploading the files
    too large to go inline. The caller has checked the limits (turn_files); raises
    UploadError and ApiError from the uploads; CancelledError stops an upload where it is
    (the uploader resumes it next time)."""
    refs = request_attachments(conversation, before=before)
    facts = [facts_of(ref) for ref in refs]
    uploaded: dict[str, UploadedFile] = {}
    for ref, plan in zip(refs, plan_parts(facts, api), strict=True):
        if plan != "upload" or ref.sha256 in uploaded:
            continue
        assert uploader is not None  # the limit check refuses uploads without an uploader
        uploaded[ref.sha256] = await _upload(ref, files, uploader, on_upload)

    def part_for(ref: AttachmentRef) -> Part:
        if ref.uri is not None:
            return Part.from_uri(ref.uri, ref.mime_type, ref.video_clip)
        if ref.sha256 in uploaded:
            return uploaded[ref.sha256].part(ref.video_clip)
        return Part.from_bytes(files.attachment_bytes(ref.sha256), ref.mime_type, ref.video_clip)

    # Reading the inline files blocks: a worker thread, like every other file read.
    return await asyncio.to_thread(request_contents, conversation, part_for, before=before)


async def _upload(
    ref: AttachmentRef,
    files: StoredFiles,
    uploader: Uploader,
    on_upload: UploadListener | None,
) -> UploadedFile:
    def progress(state: UploadProgress) -> None:
        if on_upload is not None:
            on_upload(Uploading(ref.sha256, ref.name, state.sent, state.total))

    # Shown at once: the uploader reads a large file whole (its digests) before the first byte.
    progress(UploadProgress(0, ref.size))
    path = await asyncio.to_thread(files.attachment_path, ref.sha256)
    source: bytes | Path = (
        path if path is not None else await asyncio.to_thread(files.attachment_bytes, ref.sha256)
    )
    log.info("Uploading %s (%d bytes)", ref.name, ref.size)
    result = await uploader.upload(source, ref.mime_type, ref.name, progress=progress)
    if on_upload is not None:
        on_upload(Uploading(ref.sha256, ref.name, result.size, result.size, True, result.reused))
    return result
