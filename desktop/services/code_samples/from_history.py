"""A CodeRequest for a saved answer or for the question being written: the history's own
request contents, each file as the path it is stored at (or was attached from)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from desktop.core.connection import Connection
from desktop.core.conversation import (
    AttachmentRef,
    ChatSettings,
    Conversation,
    NewAttachment,
    request_contents,
)
from desktop.core.request import Offset, Part, VideoClip, user_message
from desktop.services.code_samples.shared import CodeRequest, local_part
from desktop.services.file_parts import StoredFiles


def code_request(
    connection: Connection,
    settings: ChatSettings,
    conversation: Conversation,
    files: StoredFiles,
    *,
    before: int | None = None,
    text: str = "",
    attachments: Sequence[NewAttachment] = (),
) -> CodeRequest:
    """The request for the answer `before` (a turn id), or, with `before` None, for a new
    question (`text` and `attachments`) after the saved turns. Blocks (it looks up paths)."""

    def part_for(ref: AttachmentRef) -> Part:
        if ref.uri is not None:
            return Part.from_uri(ref.uri, ref.mime_type, ref.video_clip)
        path = files.attachment_path(ref.sha256) or Path(ref.name)
        return local_part(path, ref.mime_type, ref.video_clip)

    contents = request_contents(conversation, part_for, before=before)
    if before is None and (text.strip() or attachments):
        new = user_message(text or None, tuple(new_part(item) for item in attachments))
        contents = (*contents, new)
    request = settings.request(contents)
    return CodeRequest(connection, replace(request, model=settings.model or connection.model))


def new_part(item: NewAttachment) -> Part:
    """An attachment not saved yet, read from where it was attached, at its own media
    resolution (as a saved one is)."""
    if isinstance(item.source, str):  # a link
        part = Part.from_uri(item.source, item.mime_type, _clip(item))
    else:
        # Pasted bytes have no file yet: the code names one to save them as.
        path = item.source if isinstance(item.source, Path) else Path(item.name)
        part = local_part(path, item.mime_type, _clip(item))
    return replace(part, media_resolution=item.media_resolution)


def _clip(item: NewAttachment) -> VideoClip | None:
    if item.clip_start is None and item.clip_end is None:
        return None
    start, end = item.clip_start, item.clip_end
    return VideoClip(
        start=None if start is None else Offset(start), end=None if end is None else Offset(end)
    )
