"""A turn's files on their way into a request, read in one place for the window and for
`describe` alike: a file attached earlier checked again (it may have gone), photos prepared
as they will be sent (upright, sized to the chosen detail, without metadata), the limits
checked once for every file the request carries, the parts built by file_parts.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePath

from desktop.core.connection import ApiKind
from desktop.core.conversation import (
    AttachmentRef,
    ChatSettings,
    Conversation,
    NewAttachment,
    Turn,
    attachment_to_resend,
    link_sha256,
    new_attachment,
)
from desktop.core.errors import FileProblemError
from desktop.core.image_detail import ImageDetail
from desktop.core.limits import FileFacts
from desktop.core.messages import Message
from desktop.core.request import Content
from desktop.services.attachment_files import open_attachment
from desktop.services.file_parts import (
    StoredFiles,
    UploadListener,
    build_contents,
    check_files,
    facts_of,
    file_facts,
)
from desktop.services.image_prep import prepare_image
from desktop.services.uploads.choose import Uploader

log = logging.getLogger(__name__)

_SUFFIXES = {"image/jpeg": ".jpg", "image/png": ".png"}


@dataclass(frozen=True)
class PreparedFile:
    """A file as it will be saved and sent."""

    item: NewAttachment
    keeps_location: bool = False
    """A photo sent as it is (ImageDetail.ORIGINAL) that says where it was taken."""


async def prepare_file(item: NewAttachment, detail: ImageDetail) -> PreparedFile:
    """The file as it will be sent; FileProblemError for a file on disk that can no longer
    be read, or a damaged photo."""
    source = item.source
    if isinstance(source, Path):
        await asyncio.to_thread(_check_readable, source, item.name)
    if not item.mime_type.startswith("image/") or isinstance(source, str):
        return PreparedFile(item)  # a link, or not a photo: nothing to prepare
    if detail is ImageDetail.ORIGINAL and not isinstance(source, bytes):
        return PreparedFile(item)  # sent from where it is, unread
    data = source if isinstance(source, bytes) else await asyncio.to_thread(source.read_bytes)
    prepared = await asyncio.to_thread(prepare_image, data, item.mime_type, detail, item.name)
    name = item.name
    if prepared.mime_type != item.mime_type:  # the saved copy's name says what it holds
        name = str(PurePath(name).with_suffix(_SUFFIXES[prepared.mime_type]))
    item = dataclasses.replace(item, source=prepared.data, mime_type=prepared.mime_type, name=name)
    keeps_location = detail is ImageDetail.ORIGINAL and prepared.has_location
    return PreparedFile(item, keeps_location)


async def prepare_files(
    items: Sequence[NewAttachment], detail: ImageDetail
) -> tuple[list[NewAttachment], dict[int, FileProblemError]]:
    """The files that can go, prepared, and the problems of those that cannot, by their
    place in `items` (so the question on screen can mark which did not go)."""
    kept: list[NewAttachment] = []
    left_out: dict[int, FileProblemError] = {}
    for position, item in enumerate(items):
        try:
            kept.append((await prepare_file(item, detail)).item)
        except FileProblemError as error:
            log.info("Left out an attachment: %s", error.explanation)
            left_out[position] = error
    return kept, left_out


def check_request_files(
    earlier: Sequence[AttachmentRef],
    new: Sequence[NewAttachment],
    api: ApiKind,
    *,
    can_upload: bool,
) -> None:
    """The one limit check of a request: every file it carries, the conversation's earlier
    ones and this turn's, within the connection's limits; else FileProblemError naming
    the first problem. Blocks (stat, and a video's duration): call through to_thread."""
    facts = [facts_of(ref) for ref in earlier] + [_facts_of_new(item) for item in new]
    check_files(facts, api, can_upload=can_upload)


def stored_files(store: StoredFiles, refs: Sequence[AttachmentRef]) -> list[NewAttachment]:
    """A saved question's files, to send again: links as links, files from the history's
    folder (a large video is never read into memory), else their bytes. Blocks."""
    files = []
    for ref in refs:
        path = None if ref.is_link else store.attachment_path(ref.sha256)
        if path is None:
            files.append(attachment_to_resend(ref, store.attachment_bytes))
            continue
        files.append(new_attachment(ref, path))
    return files


def opened_file(
    name: str, *, clip_start: float | None = None, clip_end: float | None = None
) -> NewAttachment:
    """A file named on the command line, checked for attaching (FileProblemError when it
    cannot go): its bytes when it fits in the message, else its path. Blocks."""
    attached = open_attachment(name)
    media = attached.media
    if media.kind != "video":
        clip_start = clip_end = None
    label = Path(name).name or name
    return NewAttachment(attached.source, media.mime_type, label, clip_start, clip_end)


async def one_turn_contents(
    text: str,
    items: Sequence[NewAttachment],
    *,
    api: ApiKind,
    uploader: Uploader | None,
    on_upload: UploadListener | None = None,
) -> tuple[Content, ...]:
    """A request of one user turn (`describe`), its files as a conversation's travel: the
    limits checked, inline while the budget lasts, uploaded beyond it."""
    await asyncio.to_thread(
        functools.partial(check_request_files, (), items, api, can_upload=uploader is not None)
    )
    files = _FilesAtHand({})
    refs = []
    for item in items:
        key, size = files.add(item)
        refs.append(
            AttachmentRef(
                key,
                item.mime_type,
                item.name,
                size,
                item.clip_start,
                item.clip_end,
                media_resolution=item.media_resolution,
            )
        )
    now = datetime.now(UTC)
    turn = Turn(id=1, role="user", text=text, created_at=now, attachments=tuple(refs))
    conversation = Conversation(0, "", now, now, ChatSettings(), (turn,))
    return await build_contents(
        conversation, files, api=api, uploader=uploader, on_upload=on_upload
    )


@dataclass(frozen=True)
class _FilesAtHand:
    """The files of a request that no history holds: bytes in memory or paths on disk,
    under a key of their own."""

    sources: dict[str, bytes | Path]

    def add(self, item: NewAttachment) -> tuple[str, int]:
        source = item.source
        assert not isinstance(source, str), "links are not files"
        key = link_sha256(f"{len(self.sources)}:{item.name}")
        self.sources[key] = source
        return key, len(source) if isinstance(source, bytes) else source.stat().st_size

    def attachment_path(self, sha256: str) -> Path | None:
        source = self.sources[sha256]
        return source if isinstance(source, Path) else None

    def attachment_bytes(self, sha256: str) -> bytes:
        source = self.sources[sha256]
        return source if isinstance(source, bytes) else source.read_bytes()


def _check_readable(path: Path, name: str) -> None:
    """Raise FileProblemError when a file attached earlier is gone or unreadable now."""
    try:
        with path.open("rb") as file:
            file.read(1)
    except FileNotFoundError as exc:
        raise FileProblemError(
            Message("send.file_gone", file=name),
            hint=Message("send.file_gone.hint"),
            status="NOT_FOUND",
        ) from exc
    except OSError as exc:
        raise FileProblemError(
            Message("send.file_unreadable", file=name, reason=str(exc.strerror or exc)),
            hint=Message("send.file_unreadable.hint"),
            status="UNREADABLE",
        ) from exc


def _facts_of_new(item: NewAttachment) -> FileFacts:
    """What the limits need to know of a file about to be saved. Blocks (stat)."""
    source = item.source
    if isinstance(source, str):
        return FileFacts(source, 0, item.mime_type, youtube=True)
    return file_facts(
        item.name, source, item.mime_type, clip_start=item.clip_start, clip_end=item.clip_end
    )
