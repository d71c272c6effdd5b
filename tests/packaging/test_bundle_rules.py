"""What installer.spec keeps of Qt and of the build machine's libraries (packaging/bundle_rules.py)."""

from __future__ import annotations

import pytest

from tests.packaging.conftest import PACKAGING, load_module

rules = load_module("bundle_rules", PACKAGING / "bundle_rules.py")

QT = "PySide6/Qt"


@pytest.mark.parametrize(
    "dest",
    [
        # Linux
        f"{QT}/plugins/platforms/libqxcb.so",
        f"{QT}/plugins/platforms/libqwayland.so",
        f"{QT}/plugins/platforms/libqoffscreen.so",
        f"{QT}/plugins/imageformats/libqjpeg.so",
        f"{QT}/plugins/imageformats/libqwebp.so",
        f"{QT}/plugins/imageformats/libqsvg.so",
        f"{QT}/plugins/imageformats/libqgif.so",
        f"{QT}/plugins/imageformats/libqico.so",
        f"{QT}/plugins/iconengines/libqsvgicon.so",
        f"{QT}/plugins/platformthemes/libqgtk3.so",
        f"{QT}/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        f"{QT}/plugins/wayland-shell-integration/libxdg-shell.so",
        "libQt6Core.so.6",
        "libQt6Gui.so.6",
        "libQt6Widgets.so.6",
        "libQt6Svg.so.6",
        "libQt6DBus.so.6",
        "libQt6XcbQpa.so.6",
        "libQt6WaylandClient.so.6",
        "libicudata.so.73",  # QtCore links to ICU: it cannot go
        # Windows
        f"{QT}/plugins/platforms/qwindows.dll",
        f"{QT}/plugins/imageformats/qjpeg.dll",
        f"{QT}/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/Qt6Core.dll",
        # macOS
        f"{QT}/plugins/platforms/libqcocoa.dylib",
        f"{QT}/plugins/imageformats/libqmacheif.dylib",
        f"{QT}/lib/QtGui.framework/Versions/A/QtGui",
    ],
)
def test_what_the_app_uses_stays(dest: str) -> None:
    assert rules.keep_binary(dest, "/site-packages/" + dest)


@pytest.mark.parametrize(
    "dest",
    [
        f"{QT}/plugins/platforms/libqeglfs.so",
        f"{QT}/plugins/platforms/libqvnc.so",
        f"{QT}/plugins/platforms/libqminimal.so",
        f"{QT}/plugins/imageformats/libqpdf.so",
        f"{QT}/plugins/imageformats/libqtiff.so",
        f"{QT}/plugins/sqldrivers/libqsqlite.so",
        f"{QT}/plugins/qmltooling/libqmldbg_debugger.so",
        f"{QT}/plugins/tls/libqopensslbackend.so",
        f"{QT}/plugins/networkinformation/libqnetworkmanager.so",
        f"{QT}/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        f"{QT}/plugins/wayland-graphics-integration-server/libqt-wayland-compositor-wayland-egl.so",
        "libQt6Qml.so.6",
        "libQt6QmlModels.so.6",
        "libQt6Quick.so.6",
        "libQt6Network.so.6",
        "libQt6Pdf.so.6",
        "libQt6VirtualKeyboard.so.6",
        "libQt6WaylandCompositor.so.6",
        "PySide6/Qt6Network.dll",
        f"{QT}/plugins/platforms/qdirect2d.dll",
        f"{QT}/lib/QtQml.framework/Versions/A/QtQml",
    ],
)
def test_what_the_app_never_uses_goes(dest: str) -> None:
    assert not rules.keep_binary(dest, "/site-packages/" + dest)


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        # Python's own dependencies and the xcb-util libraries minimal systems lack: bundled.
        ("libssl.so.3", True),
        ("libcrypto.so.3", True),
        ("libffi.so.8", True),
        ("libsqlite3.so.0", True),
        ("libz.so.1", True),
        ("libpython3.11.so.1.0", True),
        ("libxcb-cursor.so.0", True),
        ("libxkbcommon-x11.so.0", True),
        # The desktop stack stays the system's (the .deb depends on it).
        ("libstdc++.so.6", False),
        ("libgcc_s.so.1", False),
        ("libglib-2.0.so.0", False),
        ("libgtk-3.so.0", False),
        ("libX11.so.6", False),
        ("libxcb.so.1", False),
        ("libxkbcommon.so.0", False),
        ("libfontconfig.so.1", False),
        ("libfreetype.so.6", False),
        ("libdbus-1.so.3", False),
        ("libsystemd.so.0", False),
    ],
)
def test_system_libraries(dest: str, kept: bool) -> None:
    assert rules.keep_binary(dest, f"/lib/x86_64-linux-gnu/{dest}") is kept
    assert rules.keep_binary(dest, f"/usr/lib/x86_64-linux-gnu/{dest}") is kept


def test_a_library_shipped_inside_a_wheel_is_not_a_system_one() -> None:
    # Pillow's own copies (auditwheel renames them) come from site-packages.
    dest = "libfreetype-57f805ba.so.6.20.6"
    assert rules.keep_binary(dest, f"/venv/lib/python3.11/site-packages/pillow.libs/{dest}")


def test_qt_translations_keep_qtbase_of_the_shipped_languages_only() -> None:
    assert {"de", "es", "fr", "ja", "zh_TW"} <= rules.SHIPPED_LANGUAGES
    for code in rules.SHIPPED_LANGUAGES:
        assert rules.keep_data(f"{QT}/translations/qtbase_{code}.qm")
    assert not rules.keep_data(f"{QT}/translations/qtbase_ko.qm")
    assert not rules.keep_data(f"{QT}/translations/qtbase_zh_CN.qm")
    assert not rules.keep_data(f"{QT}/translations/qtdeclarative_fr.qm")
    assert not rules.keep_data(f"{QT}/translations/assistant_fr.qm")
    assert rules.keep_data("resources/translations/gemini-desktop_fr.qm")


def test_data_of_dropped_modules_goes() -> None:
    assert not rules.keep_data(f"{QT}/qml/QtQuick/Controls/qmldir")
    assert not rules.keep_data(f"{QT}/lib/QtQml.framework/Resources/Info.plist")
    assert rules.keep_data(f"{QT}/lib/QtGui.framework/Resources/Info.plist")
    assert rules.keep_data("resources/icons/gemini-desktop.svg")
    assert rules.keep_data("keyring-25.7.0.dist-info/entry_points.txt")


def test_windows_paths_use_backslashes() -> None:
    assert rules.keep_binary("PySide6\\plugins\\platforms\\qwindows.dll", "C:\\x")
    assert not rules.keep_binary("PySide6\\plugins\\sqldrivers\\qsqlite.dll", "C:\\x")


def test_filter_toc_applies_the_rule_to_dest_and_source() -> None:
    toc = [
        ("libQt6Core.so.6", "/venv/PySide6/Qt/lib/libQt6Core.so.6", "BINARY"),
        ("libQt6Qml.so.6", "/venv/PySide6/Qt/lib/libQt6Qml.so.6", "BINARY"),
        ("libgtk-3.so.0", "/usr/lib/x86_64-linux-gnu/libgtk-3.so.0", "BINARY"),
    ]
    assert rules.filter_toc(toc, rules.keep_binary) == toc[:1]


def test_links_to_a_dropped_library_go() -> None:
    kept = [
        ("PySide6/Qt/lib/libQt6Core.so.6", "/wheel/libQt6Core.so.6", "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        # PySide6/Qt/lib/libQt6Network.so.6 itself was filtered out
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("av/libs/libfoo.so", "../../libQt6Core.so.6", "SYMLINK"),
        ("av/libs/libbar.so", "../libQt6Core.so.6", "SYMLINK"),
    ]
    assert [entry[0] for entry in rules.drop_dangling_links(kept, kept)] == [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "libQt6Core.so.6",
        "av/libs/libfoo.so",
    ]
