"""What kind of file this is, judged by its content, and whether Gemini can take it inline."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from desktop.core.errors import FileProblemError
from desktop.core.messages import Bytes, Message

# Vertex AI reference, Blob.data: "Size limit: 20MB" for the whole inline request. Base64
# makes bytes a third larger, and the prompt needs room too.
INLINE_REQUEST_LIMIT = 20 * 1024 * 1024
INLINE_FILE_LIMIT = INLINE_REQUEST_LIMIT * 3 // 4 - 64 * 1024

_FTYP_BRANDS = {
    b"heic": "image/heic",
    b"heix": "image/heic",
    b"hevc": "image/heic",
    b"heim": "image/heic",
    b"heis": "image/heic",
    b"mif1": "image/heif",
    b"msf1": "image/heif",
    b"heif": "image/heif",
    b"avif": "image/avif",
    b"M4A ": "audio/mp4",
    b"M4B ": "audio/mp4",
    b"qt  ": "video/quicktime",
    b"3gp4": "video/3gpp",
    b"3gp5": "video/3gpp",
    b"3gp6": "video/3gpp",
    b"3g2a": "video/3gpp",
}

# Gemini reads these image types; others (GIF, BMP, TIFF, AVIF) are recognised so the
# message can name them, until the media issue converts them before sending.
SUPPORTED_IMAGES = frozenset({"image/jpeg", "image/png", "image/webp", "image/heic", "image/heif"})


@dataclass(frozen=True)
class MediaType:
    mime_type: str

    @property
    def kind(self) -> str:
        if self.mime_type == "application/pdf":
            return "document"
        return self.mime_type.split("/", 1)[0]


def sniff(head: bytes, name: str = "") -> MediaType | None:
    """The media type from the first bytes (64 are enough); None when unsupported."""
    mime = _sniff_binary(head)
    if mime is None and _looks_like_text(head):
        mime = "text/plain"
    return MediaType(mime) if mime else None


def _sniff_binary(head: bytes) -> str | None:
    checks: list[tuple[bool, str]] = [
        (head.startswith(b"\xff\xd8\xff"), "image/jpeg"),
        (head.startswith(b"\x89PNG\r\n\x1a\n"), "image/png"),
        (head[:6] in (b"GIF87a", b"GIF89a"), "image/gif"),
        (head[:4] == b"RIFF" and head[8:12] == b"WEBP", "image/webp"),
        (head[:2] == b"BM" and len(head) >= 14, "image/bmp"),
        (head[:4] in (b"II*\x00", b"MM\x00*"), "image/tiff"),
        (head.startswith(b"%PDF-"), "application/pdf"),
        (head[:4] == b"RIFF" and head[8:12] == b"WAVE", "audio/wav"),
        (head[:4] == b"RIFF" and head[8:12] == b"AVI ", "video/avi"),
        (head.startswith(b"fLaC"), "audio/flac"),
        (head.startswith(b"OggS"), "audio/ogg"),
        (head.startswith(b"ID3"), "audio/mpeg"),
        (head.startswith(b"\x1a\x45\xdf\xa3"), "video/webm"),
        (head.startswith(b"\x30\x26\xb2\x75\x8e\x66\xcf\x11"), "video/wmv"),
        (head.startswith(b"FLV\x01"), "video/x-flv"),
        (head[:4] in (b"\x00\x00\x01\xba", b"\x00\x00\x01\xb3"), "video/mpeg"),
    ]
    for matched, mime in checks:
        if matched:
            return mime
    if head[4:8] == b"ftyp":
        return _FTYP_BRANDS.get(head[8:12], "video/mp4")
    if len(head) >= 2 and head[0] == 0xFF:
        if head[1] in (0xF1, 0xF9):
            return "audio/aac"
        if head[1] & 0xE0 == 0xE0:
            return "audio/mpeg"
    return None


def _looks_like_text(head: bytes) -> bool:
    if not head or b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # The sample may end inside a multi-byte character; that is still text.
        return exc.start >= len(head) - 3 and exc.reason == "unexpected end of data"
    return True


def check_inline_size(name: str, size: int) -> None:
    """Refuse an empty file or one too large to send inside the request."""
    label = PurePath(name).name or name
    if size == 0:
        raise FileProblemError(
            Message("file.empty", file=label), hint=Message("file.empty.hint"), status="EMPTY"
        )
    if size > INLINE_FILE_LIMIT:
        raise FileProblemError(
            Message(
                "file.too_large_inline",
                file=label,
                size=Bytes(size),
                limit=Bytes(INLINE_FILE_LIMIT),
            ),
            hint=Message("file.smaller_clip.hint"),
            status="TOO_LARGE",
        )


def check_supported(name: str, media: MediaType) -> None:
    """Refuse a recognised image type Gemini does not read, naming it."""
    if media.kind == "image" and media.mime_type not in SUPPORTED_IMAGES:
        label = PurePath(name).name or name
        kind = media.mime_type.removeprefix("image/").upper()
        raise FileProblemError(
            Message("file.unsupported_image", file=label, kind=kind),
            hint=Message("file.unsupported_image.hint"),
            status="UNSUPPORTED",
        )


def unsupported(name: str) -> FileProblemError:
    label = PurePath(name).name or name
    return FileProblemError(
        Message("file.unsupported", file=label),
        hint=Message("file.unsupported.hint"),
        status="UNSUPPORTED",
    )
