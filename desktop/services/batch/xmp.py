"""XMP sidecars beside the photos: a batch's results where photo libraries read them.

Fields: dc:title, dc:description (language alternatives, x-default first),
Iptc4xmpCore:AltTextAccessibility and ExtDescrAccessibility (IPTC 2021.1), dc:subject and
lr:hierarchicalSubject ("Parent|Child"). Names: photo.xmp (Lightroom, Capture One, DxO) or
photo.jpg.xmp (digiKam, darktable).

An existing sidecar is merged, never replaced: every element, attribute and namespace this
module does not write is kept (their prefixes too), other languages of a title or
description stay, keywords are added to those there without duplicates. The photo itself
is never opened for writing. The standard library's ElementTree is enough for this: XMP
is RDF/XML, and a sidecar holds no DTD or entities. Blocks (file IO): call through
asyncio.to_thread.
"""

from __future__ import annotations

import io
import logging
import os
import re
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.services.history.batches import BatchItem

log = logging.getLogger(__name__)

X = "adobe:ns:meta/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
DC = "http://purl.org/dc/elements/1.1/"
IPTC_CORE = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"
LR = "http://ns.adobe.com/lightroom/1.0/"
XML = "http://www.w3.org/XML/1998/namespace"
_PREFIXES = {"x": X, "rdf": RDF, "dc": DC, "Iptc4xmpCore": IPTC_CORE, "lr": LR}

ALT_TEXT_LIMIT = 250
"""IPTC's advice for alt text; a longer one goes to ExtDescrAccessibility as well."""

_PACKET_START = '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
_PACKET_END = '\n<?xpacket end="w"?>\n'


class SidecarError(Exception):
    """The sidecar could not be written: it is not XMP we can read (left as it is), or the
    folder refused the file. The message says why, for the log and the terminal."""


class Naming(StrEnum):
    LIGHTROOM = "lightroom"  # photo.xmp
    DIGIKAM = "digikam"  # photo.jpg.xmp

    def sidecar(self, photo: Path) -> Path:
        if self is Naming.DIGIKAM:
            return photo.with_name(photo.name + ".xmp")
        return photo.with_suffix(".xmp")


def naming_in_use(photos: Iterable[Path]) -> Naming:
    """The naming the sidecars already beside the photos use (digiKam's when more of them
    are photo.jpg.xmp than photo.xmp), Lightroom's when there are none."""
    digikam = lightroom = 0
    for photo in photos:
        digikam += Naming.DIGIKAM.sidecar(photo).is_file()
        lightroom += Naming.LIGHTROOM.sidecar(photo).is_file()
    return Naming.DIGIKAM if digikam > lightroom else Naming.LIGHTROOM


@dataclass(frozen=True)
class XmpValues:
    """What a result puts in a sidecar; None or empty: leave that property as it is."""

    title: str | None = None
    description: str | None = None
    alt_text: str | None = None
    extended_description: str | None = None
    keywords: Sequence[str] = field(default_factory=tuple)
    """Flat keywords, and hierarchical ones as "Parent|Child" (their levels become flat
    keywords too, as Lightroom writes them)."""


# A result's fields by what they mean, whatever the schema called them.
_FIELD_NAMES = {
    "title": "title",
    "headline": "title",
    "description": "description",
    "caption": "description",
    "alttext": "alt_text",
    "alt": "alt_text",
    "extendeddescription": "extended_description",
    "longdescription": "extended_description",
    "keywords": "keywords",
    "tags": "keywords",
    "subjects": "keywords",
}


def values_of(fields: Mapping[str, Any]) -> XmpValues:
    """The sidecar values of a result's fields (preset or schema columns)."""
    found: dict[str, Any] = {}
    for name, value in fields.items():
        meaning = _FIELD_NAMES.get(re.sub(r"[^a-z]", "", name.casefold()))
        if meaning is None or value in (None, "", []):
            continue
        if meaning == "keywords":
            words = value if isinstance(value, list) else re.split(r"[,;]", str(value))
            found[meaning] = tuple(w.strip() for w in map(str, words) if w.strip())
        else:
            found[meaning] = str(value).strip()
    alt = found.get("alt_text")
    if alt and len(alt) > ALT_TEXT_LIMIT and "extended_description" not in found:
        found["extended_description"] = alt
        found["alt_text"] = _first_sentence(alt)
    return XmpValues(**found)


def write_sidecar(photo: Path, values: XmpValues, naming: Naming) -> Path:
    """Write or merge the photo's sidecar; returns its path. The file is replaced at once
    (written beside it, then renamed), so a reader never sees half of it."""
    path = naming.sidecar(photo)
    try:
        try:
            existing = path.read_bytes()
        except FileNotFoundError:
            existing = None
        try:
            text = merged(existing, values)
        except ET.ParseError as exc:
            raise SidecarError(
                f"{path.name} is not XMP that can be read ({exc}); left as it is"
            ) from exc
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as file:
                file.write(text)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise SidecarError(f"{path.name} could not be written ({exc.strerror or exc})") from exc
    return path


def write_sidecars(
    items: Sequence[BatchItem], naming: Naming
) -> tuple[int, list[tuple[BatchItem, SidecarError]]]:
    """Each answered photo's sidecar: how many were written, and those that were not with
    why. Blocks."""
    written, problems = 0, []
    for item in items:
        try:
            write_sidecar(Path(item.path), values_of(item.fields), naming)
        except SidecarError as error:
            log.info("Sidecar not written: %s", error)
            problems.append((item, error))
        else:
            written += 1
    return written, problems


def merged(existing: bytes | None, values: XmpValues) -> str:
    """The sidecar's text: `existing` (None: a new sidecar) with `values` written in."""
    root = _parse(existing) if existing else _new_packet()
    description = _description(root)
    if values.title:
        _set_alternative(root, description, DC, "title", values.title)
    if values.description:
        _set_alternative(root, description, DC, "description", values.description)
    if values.alt_text:
        _set_alternative(root, description, IPTC_CORE, "AltTextAccessibility", values.alt_text)
    if values.extended_description:
        _set_alternative(
            root, description, IPTC_CORE, "ExtDescrAccessibility", values.extended_description
        )
    flat, hierarchical = _keyword_sets(values.keywords)
    if flat:
        _add_to_bag(root, description, DC, "subject", flat)
    if hierarchical:
        _add_to_bag(root, description, LR, "hierarchicalSubject", hierarchical)
    ET.indent(root, space=" ")
    return _PACKET_START + ET.tostring(root, encoding="unicode") + _PACKET_END


def _parse(data: bytes) -> ET.Element:
    """The xmpmeta element (or a bare rdf:RDF wrapped in one), the file's own namespace
    prefixes registered so they are written back as they were."""
    for _, (prefix, uri) in ET.iterparse(io.BytesIO(data), events=("start-ns",)):
        # ElementTree keeps "ns0", "ns1"… for itself; such prefixes are renamed, same meaning.
        if prefix and not re.fullmatch(r"ns\d+", prefix):
            ET.register_namespace(prefix, uri)
    root = ET.fromstring(data)
    if root.tag == f"{{{RDF}}}RDF":
        wrapper = ET.Element(f"{{{X}}}xmpmeta")
        wrapper.append(root)
        return wrapper
    return root


def _new_packet() -> ET.Element:
    root = ET.Element(f"{{{X}}}xmpmeta")
    ET.SubElement(root, f"{{{RDF}}}RDF")
    return root


def _description(root: ET.Element) -> ET.Element:
    """The rdf:Description new properties go in: the first there is, else a new one."""
    for name in _PREFIXES.items():
        ET.register_namespace(*name)
    rdf = root if root.tag == f"{{{RDF}}}RDF" else root.find(f"{{{RDF}}}RDF")
    if rdf is None:
        rdf = ET.SubElement(root, f"{{{RDF}}}RDF")
    found = rdf.find(f"{{{RDF}}}Description")
    if found is None:
        found = ET.SubElement(rdf, f"{{{RDF}}}Description", {f"{{{RDF}}}about": ""})
    return found


def _property(root: ET.Element, description: ET.Element, namespace: str, name: str) -> ET.Element:
    """The property's element in any rdf:Description, else a new one in `description`."""
    tag = f"{{{namespace}}}{name}"
    for each in root.iter(f"{{{RDF}}}Description"):
        element = each.find(tag)
        if element is not None:
            return element
        if tag in each.attrib:  # written as an attribute: becomes an element
            del each.attrib[tag]
    return ET.SubElement(description, tag)


def _set_alternative(
    root: ET.Element, description: ET.Element, namespace: str, name: str, text: str
) -> None:
    """rdf:Alt with `text` as x-default, first; other languages kept."""
    element = _property(root, description, namespace, name)
    alt = element.find(f"{{{RDF}}}Alt")
    if alt is None:
        element.clear()
        alt = ET.SubElement(element, f"{{{RDF}}}Alt")
    lang = f"{{{XML}}}lang"
    for item in alt.findall(f"{{{RDF}}}li"):
        if item.get(lang) == "x-default":
            alt.remove(item)
    default = ET.Element(f"{{{RDF}}}li", {lang: "x-default"})
    default.text = text
    alt.insert(0, default)


def _add_to_bag(
    root: ET.Element, description: ET.Element, namespace: str, name: str, words: Sequence[str]
) -> None:
    element = _property(root, description, namespace, name)
    bag = element.find(f"{{{RDF}}}Bag")
    if bag is None:
        bag = element.find(f"{{{RDF}}}Seq")
    if bag is None:
        element.clear()
        bag = ET.SubElement(element, f"{{{RDF}}}Bag")
    there = {(item.text or "").strip().casefold() for item in bag.findall(f"{{{RDF}}}li")}
    for word in words:
        if word.casefold() not in there:
            there.add(word.casefold())
            ET.SubElement(bag, f"{{{RDF}}}li").text = word


def _keyword_sets(keywords: Sequence[str]) -> tuple[list[str], list[str]]:
    """dc:subject's flat words (each level of a hierarchy too) and lr:hierarchicalSubject's
    paths ("Animals|Birds|Heron"; "Animals > Birds" is read as one too)."""
    flat: list[str] = []
    hierarchical: list[str] = []
    for keyword in keywords:
        levels = [level.strip() for level in re.split(r"\s*(?:\||>)\s*", keyword)]
        levels = [level for level in levels if level]
        if not levels:
            continue
        flat.extend(levels)
        if len(levels) > 1:
            hierarchical.append("|".join(levels))
    return flat, hierarchical


def _first_sentence(text: str) -> str:
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    sentence = match.group(1) if match else text
    return sentence if len(sentence) <= ALT_TEXT_LIMIT else sentence[: ALT_TEXT_LIMIT - 1] + "…"
