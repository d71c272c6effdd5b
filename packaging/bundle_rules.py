"""What the PyInstaller bundle keeps of Qt: the rules installer.spec applies, kept apart so the
tests can check them without running a build.

PyInstaller's Qt hooks collect every plug-in of a module's plug-in types and every library
those plug-ins link to (the QML debugger, SQL drivers, the Wayland compositor...). Excluding
Python modules does not drop them, so the spec filters `a.binaries` and `a.datas` with
`keep_binary` and `keep_data` below. A rule matches the file's destination inside the bundle,
written with forward slashes, the same on Linux, Windows and macOS.

Loaded by file path (this folder's name would shadow the `packaging` library PyInstaller uses).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

# Python modules the app never imports; excluding them keeps their hooks from running.
EXCLUDED_MODULES = [
    "tkinter",
    "unittest",
    "pydoc_data",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPrintSupport",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtSvgWidgets",
    # Only concurrent.futures' process pool imports multiprocessing, and the app has none (its
    # executors are threads). Bundled, it brings PyInstaller's multiprocessing run-time hook,
    # which imports multiprocessing (with pickle, sockets and subprocess) at every launch,
    # before the window: about 25 ms of CPU (issue 17).
    "multiprocessing",
    "concurrent.futures.process",
    # Pillow's AVIF codec (libavif, 5 MB), its text drawing (FreeType and HarfBuzz, 3 MB) and
    # Tk bridge: the app prepares JPEG, PNG and WebP photos only. Pillow's plug-ins treat a
    # missing codec as an unsupported format. Remove a line if the app starts using it.
    "PIL._avif",
    "PIL._imagingft",
    "PIL._imagingtk",
]

# Plug-ins kept, by folder; a folder not named here is dropped whole. Names are matched
# without the platform's prefix and suffix ("libqjpeg.so", "qjpeg.dll" and "libqjpeg.dylib"
# are all "qjpeg").
KEPT_PLUGINS: dict[str, set[str]] = {
    # xcb and wayland for Linux desktops, offscreen for the self-test without a display,
    # windows and cocoa for the other two; "direct2d" and "minimal" are not needed.
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"},
    # Photos and the app's own art. HEIC/HEIF plug-ins are kept when a build has them.
    "imageformats": {"qjpeg", "qwebp", "qsvg", "qgif", "qico", "qheif", "qheic", "qmacheif"},
    "iconengines": {"qsvgicon"},
    # Native file dialogs and colours on GNOME (gtk3) and through desktop portals (Flatpak,
    # KDE); input methods (compose keys, IBus for Chinese, Japanese, Korean...).
    "platformthemes": {"qgtk3", "qxdgdesktopportal"},
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
    # OpenGL integration of xcb: Qt picks GLX or EGL at start-up and warns when both are gone.
    "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
    # Wayland: the shell every compositor speaks, window decorations (GNOME draws none),
    # and EGL and shared-memory buffers for the client.
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": {"bradient", "adwaita"},
    "wayland-graphics-integration-client": {"qt-plugin-wayland-egl"},
    # Windows: native look. macOS: native look and dark mode.
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"},
}

# Qt libraries nothing kept links to: QML and Quick, networking, SQL, PDF, the Wayland
# compositor, Designer, the virtual keyboard... They come in through plug-ins dropped above.
# Each name matches as a prefix ("Qml" also drops QmlModels and QmlCompiler); none is the
# start of a library the app keeps (Core, Gui, Widgets, Svg, DBus, OpenGL, XcbQpa,
# WaylandClient, WlShellIntegration).
_DROPPED_QT_LIBRARIES = re.compile(
    r"Qt6?(Qml|Quick|LabsPlatform|LabsStyleKit|LabsSettings|LabsQmlModels|LabsFolderListModel"
    r"|LabsAnimation|LabsSharedImage|LabsWavefrontMesh|LabsSynchronizer|Network|Sql|Pdf"
    r"|VirtualKeyboard|WaylandCompositor|WaylandEglCompositorHwIntegration|Designer|Help"
    r"|UiTools|Test|Lottie|ShaderTools|Location|Positioning|Multimedia|SpatialAudio|Charts"
    r"|Graphics|3D|WebEngine|WebChannel|WebSockets|HttpServer|RemoteObjects|Scxml"
    r"|StateMachine|TextToSpeech|Sensors|SerialPort|SerialBus|Bluetooth|Nfc|DataVisualization"
    r"|Concurrent|Xml|PrintSupport|OpenGLWidgets|EglFSDeviceIntegration|EglFsKmsSupport"
    r"|EglFsKmsGbmSupport)"
)

# Linux: libraries PyInstaller copies from the build machine's system. The desktop stack
# (X11, xcb, Wayland, GL, GTK, GLib, fontconfig, D-Bus, libstdc++...) is left to the system
# it runs on, where it matches the rest of the desktop (mesa drivers need the system's
# libstdc++, GTK's modules the system's GLib); the .deb depends on it (dpkg-shlibdeps).
# Bundled anyway: what Python's own modules were built against, and the small xcb-util
# libraries Qt's xcb plug-in needs that minimal systems often lack (Qt's docs list them).
SYSTEM_LIBRARY_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")
BUNDLED_SYSTEM_LIBRARIES = re.compile(
    r"lib(python3[.0-9]*|ssl|crypto|ffi|sqlite3|bz2|lzma|expat|uuid|z|zstd|mpdec|readline"
    r"|tinfo|ncursesw|gdbm|gdbm_compat|nsl|tirpc"
    r"|xcb-(cursor|icccm|image|keysyms|render-util|util)|xkbcommon-x11)\.so[.0-9]*$"
)

# Qt's own translations: the app loads qtbase_<language>.qm only (standard dialogs and
# buttons), and only for the languages it ships (resources/translations/gemini_desktop_*.ts):
# the other 27 languages' files are 5 MB nobody loads.
_QT_TRANSLATION = re.compile(r"(^|/)Qt6?/translations/([^/]+)\.qm$")
SHIPPED_LANGUAGES = frozenset(
    ts.stem.removeprefix("gemini_desktop_")
    for ts in (Path(__file__).resolve().parent.parent / "resources" / "translations").glob(
        "gemini_desktop_*.ts"
    )
)


def _plugin(dest: str) -> tuple[str, str] | None:
    """("imageformats", "qjpeg") for ".../plugins/imageformats/libqjpeg.so"; None otherwise."""
    match = re.search(r"(?:^|/)plugins/([^/]+)/([^/]+)$", dest)
    if match is None:
        return None
    folder, name = match.groups()
    name = re.sub(r"\.(so|dll|dylib)$", "", name)
    return folder, name.removeprefix("lib")


def keep_binary(dest: str, source: str = "") -> bool:
    """Whether a collected library or plug-in (its path inside the bundle, and where it was
    found on the build machine) stays."""
    dest = dest.replace("\\", "/")
    plugin = _plugin(dest)
    if plugin is not None:
        folder, name = plugin
        return name in KEPT_PLUGINS.get(folder, set())
    if source.startswith(SYSTEM_LIBRARY_DIRS):
        return BUNDLED_SYSTEM_LIBRARIES.match(dest.rsplit("/", 1)[-1]) is not None
    return _DROPPED_QT_LIBRARIES.search(dest.rsplit("/", 1)[-1]) is None and not (
        # macOS keeps Qt libraries as frameworks: "PySide6/Qt/lib/QtQml.framework/..."
        re.search(r"/lib/Qt(?:[A-Za-z0-9]+)\.framework/", dest)
        and _DROPPED_QT_LIBRARIES.search(dest.split(".framework/")[0].rsplit("/", 1)[-1])
    )


def keep_data(dest: str, source: str = "") -> bool:
    """Whether a collected data file (its path inside the bundle) stays."""
    dest = dest.replace("\\", "/")
    translation = _QT_TRANSLATION.search(dest)
    if translation is not None:
        return translation.group(2) in {f"qtbase_{code}" for code in SHIPPED_LANGUAGES}
    # Plug-in metadata and QML files of modules that are gone.
    if re.search(r"(^|/)Qt6?/(qml|metatypes|typesystems|include|doc)/", dest):
        return False
    return keep_binary(dest) if "/plugins/" in dest or ".framework/" in dest else True


def filter_toc(
    toc: Iterable[tuple[str, str, str]], keep: Callable[[str, str], bool]
) -> list[tuple[str, str, str]]:
    """The entries of a PyInstaller TOC (dest, source, kind) that `keep` accepts."""
    return [entry for entry in toc if keep(entry[0], entry[1])]


def drop_dangling_links(
    toc: Iterable[tuple[str, str, str]], kept: Iterable[tuple[str, str, str]]
) -> list[tuple[str, str, str]]:
    """`toc` without the links (PyInstaller's SYMLINK entries: dest, target relative to the
    link's folder, "SYMLINK") whose target is not among the `kept` entries' destinations.
    PyInstaller puts a link to a library at the top of the bundle when something linked to
    it, also when the library itself was filtered out, which left links pointing nowhere."""
    kept_dests = {entry[0].replace("\\", "/") for entry in kept}

    def resolves(dest: str, target: str) -> bool:
        folder = dest.replace("\\", "/").rpartition("/")[0]
        parts: list[str] = folder.split("/") if folder else []
        for part in target.replace("\\", "/").split("/"):
            if part == "..":
                if parts:
                    parts.pop()
            elif part not in ("", "."):
                parts.append(part)
        return "/".join(parts) in kept_dests

    return [entry for entry in toc if entry[2] != "SYMLINK" or resolves(entry[0], entry[1])]
