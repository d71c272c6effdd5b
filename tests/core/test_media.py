"""File types judged by content, and the plain refusals."""

from __future__ import annotations

import pytest

from desktop.core.errors import FileProblemError
from desktop.core.media import check_inline_size, check_supported, sniff


@pytest.mark.parametrize(
    ("head", "mime"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "image/webp"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00", "image/heic"),
        (b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00", "video/mp4"),
        (b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00", "video/quicktime"),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81", "video/webm"),
        (b"RIFF\x24\x00\x00\x00WAVEfmt ", "audio/wav"),
        (b"ID3\x04\x00\x00\x00\x00\x00\x00", "audio/mpeg"),
        (b"fLaC\x00\x00\x00\x22", "audio/flac"),
        (b"OggS\x00\x02\x00\x00", "audio/ogg"),
        (b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00", "audio/mp4"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "application/pdf"),
        ("Grüße aus Zürich\n".encode(), "text/plain"),
        ("日本語のテキスト".encode()[:10], "text/plain"),  # cut inside a character: still text
    ],
)
def test_types_are_judged_by_content(head: bytes, mime: str) -> None:
    media = sniff(head)
    assert media is not None and media.mime_type == mime


def test_binary_junk_is_not_recognised() -> None:
    assert sniff(bytes(range(256))[:64]) is None
    assert sniff(b"") is None


def test_a_gif_is_named_and_refused_with_what_to_do() -> None:
    media = sniff(b"GIF89a\x01\x00\x01\x00")
    assert media is not None
    with pytest.raises(FileProblemError, match=r"party\.gif is a GIF image") as caught:
        check_supported("/tmp/party.gif", media)
    assert "PNG or JPEG" in caught.value.hint


def test_empty_and_too_large_files() -> None:
    with pytest.raises(FileProblemError, match=r"empty\.jpg is empty"):
        check_inline_size("/x/empty.jpg", 0)
    with pytest.raises(FileProblemError, match=r"movie\.mp4 is 100 MB"):
        check_inline_size("movie.mp4", 100 * 1024 * 1024)
