"""macOS: the Info.plist additions (document types for "Open With") and the entitlements."""

from __future__ import annotations

import plistlib
from typing import Any

from tests.packaging.conftest import PACKAGING

MACOS = PACKAGING / "macos"


def additions() -> dict[str, Any]:
    with open(MACOS / "Info-additions.plist", "rb") as plist:
        loaded: dict[str, Any] = plistlib.load(plist)
    return loaded


def test_document_types_cover_images_movies_audio_and_pdf_as_an_alternate() -> None:
    types = additions()["CFBundleDocumentTypes"]
    content_types = {uti for entry in types for uti in entry["LSItemContentTypes"]}
    assert {"public.jpeg", "public.png", "org.webmproject.webp", "public.heic"} <= content_types
    assert {"public.mpeg-4", "com.apple.quicktime-movie"} <= content_types
    assert {"public.mp3", "com.microsoft.waveform-audio", "public.mpeg-4-audio"} <= content_types
    assert "com.adobe.pdf" in content_types
    for entry in types:
        # Offered in "Open With", never taken as the default viewer.
        assert entry["LSHandlerRank"] == "Alternate"
        assert entry["CFBundleTypeRole"] == "Viewer"


def test_high_resolution_and_minimum_system() -> None:
    info = additions()
    assert info["NSHighResolutionCapable"] is True
    assert info["LSMinimumSystemVersion"] == "13.0"  # PySide6 6.11's macOS wheels


def test_entitlements_stay_minimal() -> None:
    with open(MACOS / "entitlements.plist", "rb") as plist:
        entitlements = plistlib.load(plist)
    assert entitlements == {"com.apple.security.cs.allow-unsigned-executable-memory": True}


def test_icns_is_an_icon_file() -> None:
    assert (MACOS / "gemini-desktop.icns").read_bytes()[:4] == b"icns"
