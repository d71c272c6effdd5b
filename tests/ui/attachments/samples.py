"""Real files for the attachment tests, made here: JPEGs and PNGs drawn with QImage (camera
photos and EXIF orientation come from tests/photos.py), videos made with PyAV
(tests/media.py), a WAV from the wave module, and a few files Gemini cannot take."""

from __future__ import annotations

import functools
import wave
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

from tests import media


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


def encode(picture: QImage, fmt: str = "JPEG", quality: int = 90) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert picture.save(buffer, fmt, quality)
    return bytes(buffer.data().data())


def write_image(path: Path, width: int = 64, height: int = 32, fmt: str = "JPEG") -> Path:
    path.write_bytes(encode(image(width, height), fmt))
    return path


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
