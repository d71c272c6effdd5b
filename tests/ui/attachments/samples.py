"""Real files for the attachment tests, made here: JPEGs and PNGs drawn with QImage, a JPEG
with a hand-written EXIF orientation, videos made with PyAV (tests/media.py), a WAV from the
wave module, and a few files Gemini cannot take."""

from __future__ import annotations

import functools
import os
import struct
import wave
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

from tests import media

NOISE_TILE = 509  # a prime, so the tiles do not line up into a pattern JPEG likes


def image(width: int, height: int, color: str = "#4f7be8") -> QImage:
    """A gradient with a corner marked red, so a rotation shows."""
    picture = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(picture)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(width, height))
    gradient.setColorAt(0, QColor(color))
    gradient.setColorAt(1, QColor("#e8a64f"))
    painter.fillRect(picture.rect(), gradient)
    painter.fillRect(0, 0, max(1, width // 4), max(1, height // 4), Qt.GlobalColor.red)
    painter.end()
    return picture


def photo(width: int = 4032, height: int = 3024) -> QImage:
    """A camera-sized picture that compresses like one: a gradient under grain."""
    picture = image(width, height, "#3060c0")
    noise = QImage(os.urandom(NOISE_TILE * NOISE_TILE), NOISE_TILE, NOISE_TILE, NOISE_TILE,
                   QImage.Format.Format_Grayscale8).copy()  # fmt: skip
    painter = QPainter(picture)
    painter.setOpacity(0.12)
    for x in range(0, width, NOISE_TILE):
        for y in range(0, height, NOISE_TILE):
            painter.drawImage(x, y, noise)
    painter.end()
    return picture


def encode(picture: QImage, fmt: str = "JPEG", quality: int = 90) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert picture.save(buffer, fmt, quality)
    return bytes(buffer.data().data())


def write_image(path: Path, width: int = 64, height: int = 32, fmt: str = "JPEG") -> Path:
    path.write_bytes(encode(image(width, height), fmt))
    return path


def exif_orientation_segment(orientation: int) -> bytes:
    """A minimal APP1 Exif segment: a big-endian TIFF header and one IFD entry, Orientation
    (tag 0x0112, SHORT, count 1)."""
    entry = struct.pack(">HHIHH", 0x0112, 3, 1, orientation, 0)
    tiff = b"MM\x00\x2a" + struct.pack(">I", 8) + struct.pack(">H", 1) + entry + b"\x00" * 4
    payload = b"Exif\x00\x00" + tiff
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def with_exif_orientation(jpeg: bytes, orientation: int) -> bytes:
    """The JPEG with an Exif segment inserted right after SOI."""
    assert jpeg[:2] == b"\xff\xd8"
    return jpeg[:2] + exif_orientation_segment(orientation) + jpeg[2:]


@functools.cache
def clip(seconds: float = 83.0, audio: bool = False) -> bytes:
    """A real MP4 of `seconds` (two frames a second, 96×64), made once per session; silent
    unless `audio` (encoding sound is what takes time)."""
    return media.video("mp4", seconds, audio=audio, fps=2, size=(96, 64))


def write_wav(path: Path, seconds: float, rate: int = 8000) -> Path:
    with wave.open(str(path), "wb") as recording:
        recording.setnchannels(1)
        recording.setsampwidth(2)
        recording.setframerate(rate)
        recording.writeframes(b"\x00\x00" * round(rate * seconds))
    return path


PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
GIF = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
MYSTERY = bytes(range(256))  # not text, not any known kind
