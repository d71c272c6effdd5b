"""The Linux desktop entry: valid, opens files, and lists every type the app accepts."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.core.media import SUPPORTED_IMAGES

DESKTOP_FILE = Path(__file__).parent.parent / "packaging" / "linux" / "gemini-desktop.desktop"


def entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_passes_desktop_file_validate() -> None:
    if shutil.which("desktop-file-validate") is None:
        if os.environ.get("CI"):
            pytest.fail("desktop-file-validate is missing (Debian: desktop-file-utils)")
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout


def test_desktop_file_opens_the_files_it_is_given() -> None:
    assert entry()["Exec"] == "gemini-desktop %F"
    mime_types = set(entry()["MimeType"].strip(";").split(";"))
    assert mime_types >= SUPPORTED_IMAGES
    assert {"video/mp4", "video/quicktime", "audio/mpeg", "application/pdf"} <= mime_types
