"""The installers' own words come in every language the app speaks: the desktop entry, the
AppStream metadata and the macOS bundle's list of localizations."""

from __future__ import annotations

import configparser
import plistlib
import xml.etree.ElementTree as ET

from desktop.translations import ENGLISH, LANGUAGES
from tests.packaging.conftest import PACKAGING

TRANSLATED = [code for code in LANGUAGES if code != ENGLISH]
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def test_the_desktop_entry_is_translated() -> None:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "linux" / "gemini-desktop.desktop", encoding="utf-8")
    fields = entry["Desktop Entry"]
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        for code in TRANSLATED:
            assert fields.get(f"{key}[{code}]", "").strip(), f"{key}[{code}]"
    assert len({fields[f"Comment[{code}]"] for code in TRANSLATED} | {fields["Comment"]}) == 6


def test_the_appstream_metadata_is_translated() -> None:
    root = ET.parse(PACKAGING / "linux" / "io.github.geminidesktop.GeminiDesktop.metainfo.xml")
    component = root.getroot()
    for tag in ("name", "summary"):
        found = {element.get(XML_LANG) for element in component.findall(tag)}
        assert found == {None, *TRANSLATED}, tag
    description = component.find("description")
    assert description is not None
    paragraphs = [p.get(XML_LANG) for p in description.findall("p")]
    assert paragraphs == [None, *TRANSLATED]
    items = [li.get(XML_LANG) for li in description.iter("li")]
    assert items.count(None) >= 1
    assert all(items.count(code) == items.count(None) for code in TRANSLATED)


def test_the_macos_bundle_lists_its_localizations() -> None:
    with open(PACKAGING / "macos" / "Info-additions.plist", "rb") as plist:
        additions = plistlib.load(plist)
    apple = {"zh_TW": "zh-Hant"}
    assert additions["CFBundleLocalizations"] == [apple.get(code, code) for code in LANGUAGES]
