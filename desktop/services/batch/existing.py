"""A photo's existing title and keywords, sent along as context when the user asks for it:
from its XMP sidecar (either naming), else the XMP packet inside the photo, else its
IPTC-IIM block. Only these two are read; nothing else of the photo's metadata (its
location above all) goes into the question. Blocks (file IO): call in a worker thread."""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, IptcImagePlugin, UnidentifiedImageError

from desktop.services.batch.xmp import DC, RDF, XML, Naming

log = logging.getLogger(__name__)

_IPTC_TITLE, _IPTC_KEYWORDS = (2, 5), (2, 25)  # ObjectName, Keywords


@dataclass(frozen=True)
class Existing:
    title: str | None = None
    keywords: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.title or self.keywords)


def existing_metadata(photo: Path) -> Existing:
    """The title and keywords photo tools left for `photo`; empty when there are none."""
    for naming in (Naming.LIGHTROOM, Naming.DIGIKAM):
        sidecar = naming.sidecar(photo)
        if sidecar.is_file():
            try:
                found = from_xmp(sidecar.read_bytes())
            except (OSError, ET.ParseError) as exc:
                log.info("Sidecar %s not read for context: %s", sidecar.name, exc)
                continue
            if found:
                return found
    try:
        with Image.open(photo) as image:
            packet = image.info.get("xmp")
            if packet:
                found = from_xmp(packet if isinstance(packet, bytes) else str(packet).encode())
                if found:
                    return found
            return _from_iptc(IptcImagePlugin.getiptcinfo(image) or {})
    except (OSError, UnidentifiedImageError, ET.ParseError, ValueError, SyntaxError):
        return Existing()


def from_xmp(data: bytes) -> Existing:
    root = ET.fromstring(data.strip(b"\x00 \n\r\t"))
    title = None
    for element in root.iter(f"{{{DC}}}title"):
        items = element.findall(f".//{{{RDF}}}li")
        default = [i for i in items if i.get(f"{{{XML}}}lang") == "x-default"]
        chosen = (default or items or [element])[0]
        title = (chosen.text or "").strip() or None
        break
    keywords = [
        (item.text or "").strip()
        for subject in root.iter(f"{{{DC}}}subject")
        for item in subject.iter(f"{{{RDF}}}li")
        if (item.text or "").strip()
    ]
    return Existing(title, keywords)


def _from_iptc(iptc: Mapping[tuple[int, int], object]) -> Existing:
    def texts(value: object) -> list[str]:
        values = value if isinstance(value, list) else [value]
        return [
            v.decode("utf-8", "replace").strip() if isinstance(v, bytes) else str(v).strip()
            for v in values
            if v
        ]

    title = texts(iptc.get(_IPTC_TITLE))
    return Existing(title[0] if title else None, texts(iptc.get(_IPTC_KEYWORDS)))


def context_note(existing: Existing) -> str:
    """What is added to the question (English, as the presets' prompts are)."""
    if not existing:
        return ""
    lines = ["", "", "This photo already has this metadata; use it where it helps, and "
             "correct it where the photo shows otherwise:"]  # fmt: skip
    if existing.title:
        lines.append(f"Title: {existing.title}")
    if existing.keywords:
        lines.append(f"Keywords: {', '.join(existing.keywords)}")
    return "\n".join(lines)
