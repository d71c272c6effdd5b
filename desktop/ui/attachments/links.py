"""YouTube links as attachments: found in what a drop or the clipboard carries, shown as a
chip of kind "youtube", sent as the link itself (nothing is downloaded)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desktop.core.youtube import YOUTUBE_MIME_TYPE, youtube_url, youtube_video_id
from desktop.ui.attachments.model import Attachment


def link_name(video_id: str) -> str:
    """ "YouTube video dQw4w9WgXcQ": what the chip, the question and the title call it."""
    return QCoreApplication.translate("AttachmentLink", "YouTube video %1").replace("%1", video_id)


def attachment_for_link(
    url: str,
    *,
    name: str | None = None,
    clip_start: float | None = None,
    clip_end: float | None = None,
) -> Attachment:
    """The chip for a link: one pasted or dropped, or a saved question's (AttachmentRef.uri,
    with its name and clip) put back in the box by Edit & resend or a retry. A YouTube link
    becomes its canonical watch address (tracking parameters such as si= are dropped); any
    other address is kept as it is. No IO: safe on the GUI thread."""
    address = url.strip()
    video_id = youtube_video_id(address)
    if video_id is not None:
        address = youtube_url(video_id)
    return Attachment(
        name=name or (link_name(video_id) if video_id is not None else address),
        mime_type=YOUTUBE_MIME_TYPE,
        data=None,
        size=0,
        clip_start=clip_start,
        clip_end=clip_end,
        url=address,
    )


@dataclass(frozen=True)
class YouTubeSource:
    """A YouTube link dropped or pasted: a Source for the loader (`label`, `load()`)."""

    url: str

    @property
    def label(self) -> str:
        video_id = youtube_video_id(self.url)
        return link_name(video_id) if video_id is not None else self.url

    def load(self) -> Attachment:
        return attachment_for_link(self.url)


def youtube_source(text: str) -> YouTubeSource | None:
    """A source for `text` when it is nothing but a YouTube link (spaces around it allowed)."""
    text = text.strip()
    return YouTubeSource(text) if youtube_video_id(text) is not None else None
