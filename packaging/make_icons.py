"""Render resources/icons/gemini-desktop.svg into the icon files the installers need.

    uv run python packaging/make_icons.py

Writes (and the results are committed, so builds need neither Qt's renderer nor Pillow):
  packaging/linux/icons/hicolor/NxN/apps/gemini-desktop.png  (16 to 512) and scalable/…svg
  packaging/windows/gemini-desktop.ico                        (16 to 256, one file)
  packaging/macos/gemini-desktop.icns                         (16 to 1024)
Qt's SVG renderer draws each size (no scaling of a bitmap); Pillow packs .ico and .icns.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "gemini-desktop.svg"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO = ROOT / "packaging" / "windows" / "gemini-desktop.ico"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICNS = ROOT / "packaging" / "macos" / "gemini-desktop.icns"
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; only str works
    buffer.close()
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    for size in HICOLOR_SIZES:
        target = HICOLOR / f"{size}x{size}" / "apps" / "gemini-desktop.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render_png(size))
    scalable = HICOLOR / "scalable" / "apps" / "gemini-desktop.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)

    # Pillow makes the smaller .ico entries by scaling its largest image; give it the
    # largest and let each size come from a real rendering through `append_images`.
    ico_images = [Image.open(io.BytesIO(render_png(size))) for size in ICO_SIZES]
    ICO.parent.mkdir(parents=True, exist_ok=True)
    ico_images[-1].save(
        ICO, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=ico_images[:-1]
    )
    icns_images = [Image.open(io.BytesIO(render_png(size))) for size in ICNS_SIZES]
    ICNS.parent.mkdir(parents=True, exist_ok=True)
    icns_images[-1].save(ICNS, format="ICNS", append_images=icns_images[:-1])
    app.shutdown()
    for path in (HICOLOR, ICO, ICNS):
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
