"""--self-test names the system library a Qt platform plug-in lacks, and its package."""

from __future__ import annotations

import shutil
from pathlib import Path

import PySide6
import pytest

from desktop.missing_libraries import (
    debian_package,
    missing_from_dlopen,
    missing_from_ldd,
    missing_libraries,
)

XCB_PLUGIN = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"


@pytest.mark.skipif(not XCB_PLUGIN.exists(), reason="Linux's xcb plug-in")
def test_the_installed_xcb_plugin_lacks_nothing_here() -> None:
    # CI installs Qt's xcb libraries (.ci/run), so nothing may be missing.
    assert missing_libraries(XCB_PLUGIN) == []


@pytest.mark.skipif(not XCB_PLUGIN.exists(), reason="Linux's xcb plug-in")
def test_a_plugin_whose_library_is_not_there_names_it(tmp_path: Path) -> None:
    # Copied away from Qt's lib folder, its $ORIGIN-relative path no longer finds Qt's xcb
    # library: the same "not found" a system without libxcb-cursor0 gives.
    copy = tmp_path / "platforms" / "libqxcb.so"
    copy.parent.mkdir()
    shutil.copy(XCB_PLUGIN, copy)
    assert "libQt6XcbQpa.so.6" in missing_libraries(copy)


def test_ldd_and_dlopen_output_name_the_missing_libraries() -> None:
    ldd = (
        "\tlinux-vdso.so.1 (0x00007ffd)\n"
        "\tlibQt6XcbQpa.so.6 => /opt/qt/lib/libQt6XcbQpa.so.6 (0x00007f65)\n"
        "\tlibxcb-cursor.so.0 => not found\n"
        "\tlibxkbcommon-x11.so.0 => not found\n"
        "\tlibxcb-cursor.so.0 => not found\n"
    )
    assert missing_from_ldd(ldd) == ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"]
    error = "libxcb-cursor.so.0: cannot open shared object file: No such file or directory"
    assert missing_from_dlopen(error) == ["libxcb-cursor.so.0"]
    assert missing_from_dlopen("/x/libqxcb.so: invalid ELF header") == []


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libEGL.so.1", "libegl1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ],
)
def test_the_debian_package_of_a_library(soname: str, package: str) -> None:
    assert debian_package(soname) == package
