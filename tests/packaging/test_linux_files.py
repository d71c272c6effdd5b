"""The Linux files: AppStream metainfo, hicolor icons, the build scripts."""

from __future__ import annotations

import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.packaging.conftest import PACKAGING, REPO, require_tool

LINUX = PACKAGING / "linux"
METAINFO = LINUX / "io.github.geminidesktop.GeminiDesktop.metainfo.xml"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def test_metainfo_passes_appstreamcli_validate() -> None:
    appstreamcli = require_tool("appstreamcli", "appstream")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Infos (tags newer than this appstreamcli knows) are fine; warnings and errors are not.
    assert not [line for line in result.stdout.splitlines() if line[:2] in ("W:", "E:")]


def test_metainfo_names_the_desktop_entry_and_the_current_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == "gemini-desktop.desktop"
    assert (LINUX / "gemini-desktop.desktop").is_file()
    with open(REPO / "pyproject.toml", "rb") as pyproject:
        version = tomllib.load(pyproject)["project"]["version"]
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == version, (
        "add a <release> for the new version to the metainfo"
    )


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("size", ICON_SIZES)
def test_hicolor_icons_have_their_size(size: int) -> None:
    path = LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "gemini-desktop.png"
    assert png_size(path) == (size, size)


def test_scalable_icon_is_the_apps_icon() -> None:
    scalable = LINUX / "icons" / "hicolor" / "scalable" / "apps" / "gemini-desktop.svg"
    source = REPO / "resources" / "icons" / "gemini-desktop.svg"
    assert scalable.read_bytes() == source.read_bytes(), "run packaging/make_icons.py"


@pytest.mark.parametrize(
    "script",
    ["build_linux.sh", "linux/build_deb.sh", "linux/build_appdir.sh", "macos/build_dmg.sh"],
)
def test_shell_scripts_parse(script: str) -> None:
    result = subprocess.run(
        ["bash", "-n", str(PACKAGING / script)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
