"""XMP sidecars, read back by ExifTool (Debian's libimage-exiftool-perl): new ones, and
merges into sidecars ExifTool wrote first, with fields and namespaces we do not write."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from desktop.services.batch.xmp import (
    DC,
    RDF,
    XML,
    Naming,
    SidecarError,
    XmpValues,
    naming_in_use,
    values_of,
    write_sidecar,
)
from tests.photos import camera_photo

EXIFTOOL = shutil.which("exiftool")
# CI installs it (.ci/run): a skip there would hide a broken set-up.
pytestmark = pytest.mark.skipif(
    EXIFTOOL is None and not os.environ.get("CI"),
    reason="needs ExifTool (Debian: libimage-exiftool-perl)",
)


def exiftool(*args: str | Path) -> Any:
    assert EXIFTOOL is not None
    done = subprocess.run(
        [EXIFTOOL, *map(str, args)], capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout


def read(sidecar: Path) -> dict[str, Any]:
    """Every XMP tag ExifTool finds, by group:name (lang-alt as Name-lang)."""
    (tags,) = json.loads(exiftool("-json", "-G1", "-XMP:all", "-struct", sidecar))
    return tags


def photo(folder: Path, name: str = "harbour.jpg") -> Path:
    path = folder / name
    path.write_bytes(camera_photo(320, 240, gps=True))
    return path


def test_a_new_sidecar_holds_every_field_as_exiftool_reads_it(tmp_path: Path) -> None:
    image = photo(tmp_path)
    before = hashlib.sha256(image.read_bytes()).hexdigest(), image.stat().st_mtime_ns
    values = values_of(
        {
            "title": "Evening in the harbour",
            "caption": "Fishing boats moored at dusk, Ålesund, 東京 too.",
            "alt_text": "Three fishing boats moored in a calm harbour at dusk.",
            "keywords": ["boat", "harbour", "Places|Norway|Ålesund", "boat"],
        }
    )
    sidecar = write_sidecar(image, values, Naming.LIGHTROOM)
    assert sidecar == tmp_path / "harbour.xmp"
    tags = read(sidecar)
    assert tags["XMP-dc:Title"] == "Evening in the harbour"
    assert tags["XMP-dc:Description"] == "Fishing boats moored at dusk, Ålesund, 東京 too."
    assert tags["XMP-iptcCore:AltTextAccessibility"] == (
        "Three fishing boats moored in a calm harbour at dusk."
    )
    assert tags["XMP-dc:Subject"] == ["boat", "harbour", "Places", "Norway", "Ålesund"]
    assert tags["XMP-lr:HierarchicalSubject"] == ["Places|Norway|Ålesund"]
    assert "XMP-iptcCore:ExtDescrAccessibility" not in tags
    # The photo is never touched.
    assert (hashlib.sha256(image.read_bytes()).hexdigest(), image.stat().st_mtime_ns) == before
    xml = exiftool("-X", "-XMP:all", sidecar)  # ExifTool's RDF/XML view agrees
    assert "<XMP-dc:Title>Evening in the harbour</XMP-dc:Title>" in xml
    text = sidecar.read_text(encoding="utf-8")
    assert text.startswith("<?xpacket begin=") and text.rstrip().endswith('<?xpacket end="w"?>')


def test_a_long_alt_text_also_becomes_the_extended_description() -> None:
    long = "A heron stands in shallow water. " + "It waits for fish among the reeds. " * 10
    values = values_of({"alt_text": long})
    assert values.alt_text == "A heron stands in shallow water."
    assert values.extended_description == long.strip()


def test_merging_into_an_exiftool_sidecar_keeps_what_we_do_not_write(tmp_path: Path) -> None:
    image = photo(tmp_path, "heron.jpg")
    sidecar = tmp_path / "heron.jpg.xmp"
    exiftool(
        "-o", sidecar,
        "-XMP-dc:Subject=bird", "-XMP-dc:Subject=Heron",
        "-XMP-dc:Title-de=Reiher", "-XMP-dc:Title=Old title",
        "-XMP-xmp:Rating=4", "-XMP-photoshop:City=Bern",
        "-XMP-lr:HierarchicalSubject=Animals|Birds",
        "-XMP-xmpRights:UsageTerms=All rights reserved",
        image,
    )  # fmt: skip
    # A namespace no library knows (darktable's, say), written by another tool.
    text = sidecar.read_text(encoding="utf-8")
    text = text.replace(
        "<rdf:Description rdf:about=''",
        "<rdf:Description rdf:about=''\n  xmlns:darktable='http://darktable.sf.net/'\n"
        "  darktable:xmp_version='5'",
        1,
    )
    sidecar.write_text(text, encoding="utf-8")
    assert read(sidecar)["XMP-darktable:Xmp_version"] == 5
    assert naming_in_use([image]) is Naming.DIGIKAM

    values = XmpValues(
        title="Grey heron fishing",
        alt_text="A grey heron stands in shallow water.",
        keywords=("heron", "water", "Animals|Birds|Heron"),
    )
    write_sidecar(image, values, Naming.DIGIKAM)
    tags = read(sidecar)
    assert tags["XMP-dc:Title"] == "Grey heron fishing"
    assert tags["XMP-dc:Title-de"] == "Reiher"
    assert tags["XMP-dc:Subject"] == ["bird", "Heron", "water", "Animals", "Birds"]
    assert tags["XMP-lr:HierarchicalSubject"] == ["Animals|Birds", "Animals|Birds|Heron"]
    assert tags["XMP-iptcCore:AltTextAccessibility"] == "A grey heron stands in shallow water."
    assert tags["XMP-xmp:Rating"] == 4
    assert tags["XMP-photoshop:City"] == "Bern"
    assert tags["XMP-xmpRights:UsageTerms"] == "All rights reserved"
    assert tags["XMP-darktable:Xmp_version"] == 5
    assert "xmlns:darktable=" in sidecar.read_text(encoding="utf-8")  # its prefix kept
    # x-default comes first in the language alternative; the German title after it.
    title = ET.parse(sidecar).getroot().find(f".//{{{DC}}}title/{{{RDF}}}Alt")
    assert title is not None
    assert [li.get(f"{{{XML}}}lang") for li in title] == ["x-default", "de"]

    # Writing the same again changes nothing: no keyword twice.
    before = sidecar.read_bytes()
    write_sidecar(image, values, Naming.DIGIKAM)
    assert sidecar.read_bytes() == before


def test_the_naming_follows_the_sidecars_already_there(tmp_path: Path) -> None:
    photos = [photo(tmp_path, f"p{n}.jpg") for n in range(3)]
    assert naming_in_use(photos) is Naming.LIGHTROOM  # none yet
    (tmp_path / "p0.jpg.xmp").write_text("<x/>")
    assert naming_in_use(photos) is Naming.DIGIKAM
    (tmp_path / "p1.xmp").write_text("<x/>")
    (tmp_path / "p2.xmp").write_text("<x/>")
    assert naming_in_use(photos) is Naming.LIGHTROOM
    assert Naming.LIGHTROOM.sidecar(photos[0]).name == "p0.xmp"
    assert Naming.DIGIKAM.sidecar(photos[0]).name == "p0.jpg.xmp"


def test_a_sidecar_that_is_not_xmp_is_left_as_it_is(tmp_path: Path) -> None:
    image = photo(tmp_path, "odd.jpg")
    sidecar = tmp_path / "odd.xmp"
    sidecar.write_bytes(b"<x:xmpmeta broken")
    with pytest.raises(SidecarError, match=r"odd\.xmp is not XMP that can be read"):
        write_sidecar(image, XmpValues(title="T"), Naming.LIGHTROOM)
    assert sidecar.read_bytes() == b"<x:xmpmeta broken"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["odd.jpg", "odd.xmp"]
