"""YouTube links as chips: the Attachment a link makes, a saved link put back in the box,
and the chip's YouTube tile."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.core.conversation import AttachmentRef, link_sha256
from desktop.ui.attachments import AttachmentStrip, glyphs
from desktop.ui.attachments.links import YouTubeSource, attachment_for_link, youtube_source

WATCH = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"


def test_a_link_becomes_its_canonical_address_without_tracking() -> None:
    video = attachment_for_link(" https://youtu.be/dQw4w9WgXcQ?si=abcdef ")
    assert (video.url, video.name, video.kind) == (WATCH, "YouTube video dQw4w9WgXcQ", "youtube")
    assert (video.mime_type, video.data, video.size, video.source) == ("video/mp4", None, 0, WATCH)
    assert video.details() == "YouTube video · link"


def test_a_saved_link_comes_back_with_its_name_and_clip() -> None:
    ref = AttachmentRef(link_sha256(WATCH), "video/mp4", "My video", 0, 30.0, 62.5, WATCH)
    assert ref.uri is not None
    video = attachment_for_link(
        ref.uri, name=ref.name, clip_start=ref.clip_start, clip_end=ref.clip_end
    )
    assert (video.name, video.url, video.clip_start, video.clip_end) == (
        "My video",
        WATCH,
        30.0,
        62.5,
    )


def test_another_address_is_kept_as_it_is() -> None:
    video = attachment_for_link("https://example.com/talk")
    assert (video.url, video.name, video.kind) == (
        "https://example.com/talk",
        "https://example.com/talk",
        "youtube",
    )


def test_only_a_lone_youtube_link_is_a_source() -> None:
    assert youtube_source(f"  {WATCH}\n") == YouTubeSource(WATCH)
    assert YouTubeSource(WATCH).label == "YouTube video dQw4w9WgXcQ"
    for text in ("", "hello", f"see {WATCH}", "https://example.com/x", "https://youtube.com/"):
        assert youtube_source(text) is None


def test_the_source_loads_as_the_loader_runs_it() -> None:
    assert YouTubeSource("https://youtu.be/dQw4w9WgXcQ").load().url == WATCH


def test_the_chip_shows_the_youtube_tile(qtbot: QtBot, strip: AttachmentStrip) -> None:
    strip.add(attachment_for_link(WATCH))
    (chip,) = strip.chips()
    assert chip.accessibleName() == "YouTube video dQw4w9WgXcQ"  # shortened to fit when shown
    assert chip.details_text() == "YouTube video · link"
    assert chip.attachment.kind == "youtube"  # the chip draws glyphs.kind_tile(kind)
    assert not chip.findChild(QLabel, "attachmentPreview").pixmap().isNull()
    # The kind has its own glyph, not the fallback every unknown kind gets.
    youtube, fallback = (glyphs.kind_tile(kind, 42).toImage() for kind in ("youtube", "text"))
    assert youtube != fallback
