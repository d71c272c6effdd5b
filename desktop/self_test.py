"""`gemini-desktop --self-test`: checks that an installed copy has everything it needs.

Each check prints one line (PASS, WARN or FAIL, its name, what was found) and the exit code
is 1 when any check failed. WARN means the app is complete but this session lacks something
outside it (no password store running, say); it does not fail the test.

It needs no display (Qt falls back to the offscreen platform) and no internet: the TLS check
proves offline what it can, and `--online` adds a real handshake with Google. Qt is imported
lazily, so the keyring and TLS lines still print when Qt itself cannot load.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import re
import socket
import ssl
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from desktop import __version__, paths
from desktop.missing_libraries import debian_package, missing_libraries

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

PASS = "PASS"
WARN = "WARN"
FAIL = "FAIL"

ONLINE_HOST = "generativelanguage.googleapis.com"
TIMEOUT_S = 10.0

# Formats the app reads with Qt: photos (JPEG, PNG, WebP), GIF, and its own SVG and ICO art.
REQUIRED_IMAGE_FORMATS = ("jpeg", "png", "webp", "gif", "svg", "ico")
# Read when a plug-in for them is present (none ships with PySide6-Essentials).
OPTIONAL_IMAGE_FORMATS = ("heic", "heif")

# A self-signed certificate for "localhost" with its private key, known to everybody (it is in
# the source), trusted by nobody: the TLS check serves it on loopback and expects it refused.
# Valid until 2124 so the check does not expire; made with the `cryptography` package.
UNTRUSTED_CERT_PEM = """\
-----BEGIN CERTIFICATE-----
MIIB1TCCAXugAwIBAgIUVyckIFPDWZZOGTcV6Etet+bQ3sowCgYIKoZIzj0EAwIw
LzEtMCsGA1UEAwwkR2VtaW5pIERlc2t0b3Agc2VsZi10ZXN0ICh1bnRydXN0ZWQp
MCAXDTI1MDEwMTAwMDAwMFoYDzIxMjQxMjMxMDAwMDAwWjAvMS0wKwYDVQQDDCRH
ZW1pbmkgRGVza3RvcCBzZWxmLXRlc3QgKHVudHJ1c3RlZCkwWTATBgcqhkjOPQIB
BggqhkjOPQMBBwNCAARAbMRhZ4Aj6k6R7XLLrTGoyOrbfVOEKVNRFdBkbAROj9Km
qYXLqUC305M6gXD2XEVCI5GaqEgNbWHmoexc4eqfo3MwcTAaBgNVHREEEzARggls
b2NhbGhvc3SHBH8AAAEwDwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8BAf8EBAMCAoQw
EwYDVR0lBAwwCgYIKwYBBQUHAwEwHQYDVR0OBBYEFOEgFZc7HGPXhJ8gwayAw20H
yFSiMAoGCCqGSM49BAMCA0gAMEUCICJTgq+PqZR/py6cj7VkJ2ZsVqKaIDhtzOXu
LooJV8v/AiEAjLiC3+ATI3sfMydCB2wEagV3G69Y+AklOYmpxQOy/UU=
-----END CERTIFICATE-----
"""
UNTRUSTED_KEY_PEM = """\
-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg3znmgUYDK0NkCBFv
g/Ust7H9UPXcGg3hoItCH929XsmhRANCAARAbMRhZ4Aj6k6R7XLLrTGoyOrbfVOE
KVNRFdBkbAROj9KmqYXLqUC305M6gXD2XEVCI5GaqEgNbWHmoexc4eqf
-----END PRIVATE KEY-----
"""


@dataclass(frozen=True)
class CheckResult:
    name: str
    status: str
    detail: str

    def line(self) -> str:
        return f"{self.status}  {self.name:<14} {self.detail}"


Check = tuple[str, Callable[[], CheckResult]]
"""A check's name and the function that runs it."""


def run_self_test(out: TextIO, *, online: bool = False, media: Sequence[Path] = ()) -> int:
    """Run every check, print one line each to `out`; 0 when none failed, else 1. Each file
    in `media` is probed as the app does: its length, and a video's frame."""
    frozen = getattr(sys, "frozen", False)
    where = Path(sys.executable).parent if frozen else Path(__file__).resolve().parent.parent
    print(
        f"Gemini Desktop {__version__} self-test ({'installed' if frozen else 'source'}: {where})",
        file=out,
        flush=True,
    )
    results = [_report(out, check) for check in _plain_checks(online, media)]
    with _qt_session() as session:
        results += [_report(out, check) for check in _qt_checks(session)]
    failed = [result.name for result in results if result.status == FAIL]
    if failed:
        print(
            f"self-test: {len(failed)} of {len(results)} checks FAILED: {', '.join(failed)}",
            file=out,
            flush=True,
        )
        return 1
    print(f"self-test: all {len(results)} checks passed", file=out, flush=True)
    return 0


def self_test_main(args: Sequence[str]) -> int:
    """`gemini-desktop --self-test [--online]`, given the arguments after --self-test."""
    parser = argparse.ArgumentParser(
        prog="gemini-desktop --self-test",
        description="Check that this copy of Gemini Desktop has everything it needs.",
    )
    parser.add_argument(
        "--online",
        action="store_true",
        help=f"also make a real TLS connection to {ONLINE_HOST} (needs the internet)",
    )
    parser.add_argument(
        "--media",
        nargs="+",
        type=Path,
        default=[],
        metavar="FILE",
        help="also read each video or recording's length, and a video's frame",
    )
    try:
        parsed = parser.parse_args(list(args))
    except SystemExit as exit_request:
        return exit_request.code if isinstance(exit_request.code, int) else 0
    return run_self_test(sys.stdout, online=parsed.online, media=parsed.media)


def _report(out: TextIO, check: Check) -> CheckResult:
    name, run = check
    try:
        result = run()
    except Exception as exc:  # a check that crashes is a failed check, with its reason
        result = CheckResult(name, FAIL, f"{type(exc).__name__}: {exc}")
    print(result.line(), file=out, flush=True)
    return result


def _plain_checks(online: bool, media: Sequence[Path] = ()) -> list[Check]:
    from desktop import self_test_slim

    checks: list[Check] = [("keyring", check_keyring), ("tls", check_tls)]
    if online:
        checks.append(("tls-online", check_tls_online))
    checks.append(("media", self_test_slim.check_ffmpeg))
    checks += [
        ("media", functools.partial(self_test_slim.check_media_file, path)) for path in media
    ]
    return checks


# -- keyring -------------------------------------------------------------------------------------

_NATIVE_KEYRING = {
    "linux": "keyring.backends.SecretService",
    "win32": "keyring.backends.Windows",
    "darwin": "keyring.backends.macOS",
}


def check_keyring() -> CheckResult:
    """The OS password store backend is in the app: found through keyring's entry points
    (package metadata) and importable. Whether this session has a store running is a WARN."""
    from importlib.metadata import entry_points

    import keyring
    import keyring.backends.fail

    found = {ep.value.split(":")[0]: ep for ep in entry_points(group="keyring.backends")}
    native = _NATIVE_KEYRING.get(sys.platform, "")
    if native and native not in found:
        listed = ", ".join(sorted(found)) or "none (keyring's package metadata is missing)"
        return CheckResult("keyring", FAIL, f"{native} is not in the app; backends found: {listed}")
    loaded = []
    for module, entry in sorted(found.items()):
        try:
            entry.load()
        except Exception as exc:
            if module == native:
                return CheckResult("keyring", FAIL, f"{module} does not load: {exc}")
            continue
        loaded.append(module.rsplit(".", 1)[-1])
    active = keyring.get_keyring()
    label = f"{type(active).__module__.rsplit('.', 1)[-1]}.{type(active).__name__}"
    backends = ", ".join(loaded)
    if isinstance(active, keyring.backends.fail.Keyring):
        reason = _native_unusable_reason(native)
        return CheckResult(
            "keyring",
            WARN,
            f"backends in the app: {backends}; but no password store in this session ({reason})",
        )
    return CheckResult("keyring", PASS, f"using {label}; backends in the app: {backends}")


def _native_unusable_reason(module_name: str) -> str:
    import importlib

    try:
        backend = importlib.import_module(module_name).Keyring
        priority = backend.priority
        return f"{module_name.rsplit('.', 1)[-1]} priority {priority}"
    except Exception as exc:
        return str(exc) or type(exc).__name__


# -- TLS -----------------------------------------------------------------------------------------


def check_tls() -> CheckResult:
    """What can be proved without the internet, with the context the app's HTTP client uses:

    1. the system's root certificates are there to be used (counted where that is possible);
    2. verification is on: a loopback server with a self-signed certificate is refused;
    3. Linux: the context follows OpenSSL's trust configuration: the same server is accepted
       once SSL_CERT_FILE names its certificate (so a refusal is not a context refusing all).

    Not proved offline: that a real public chain verifies (`--online` does that).
    """
    import truststore

    def context() -> ssl.SSLContext:
        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)

    with _plain_ssl():
        return _check_tls_offline(context)


def _check_tls_offline(context: Callable[[], ssl.SSLContext]) -> CheckResult:
    roots = _system_roots()
    if roots.startswith("0 "):
        return CheckResult("tls", FAIL, f"no system root certificates found ({roots})")
    with tempfile.TemporaryDirectory(prefix="gemini-desktop-self-test-") as folder:
        cert_file = Path(folder) / "untrusted.pem"
        key_file = Path(folder) / "untrusted.key"
        cert_file.write_text(UNTRUSTED_CERT_PEM, encoding="ascii")
        key_file.write_text(UNTRUSTED_KEY_PEM, encoding="ascii")
        refused = _handshake_error(context(), cert_file, key_file)
        if refused is None or not isinstance(refused, ssl.SSLCertVerificationError):
            what = "was accepted" if refused is None else f"failed otherwise: {refused}"
            return CheckResult(
                "tls", FAIL, f"a self-signed server {what}: certificate verification is not on"
            )
        detail = f"system roots: {roots}; a self-signed server was refused ({_reason(refused)})"
        if sys.platform.startswith("linux"):
            with _environment(SSL_CERT_FILE=str(cert_file), SSL_CERT_DIR=folder):
                accepted = _handshake_error(context(), cert_file, key_file)
            if accepted is not None:
                return CheckResult(
                    "tls", FAIL, f"{detail}, but also when trusted via SSL_CERT_FILE: {accepted}"
                )
            detail += " and accepted once trusted via SSL_CERT_FILE"
    return CheckResult("tls", PASS, detail)


@contextlib.contextmanager
def _plain_ssl() -> Iterator[None]:
    """The checks count roots and serve TLS with OpenSSL's own ssl.SSLContext; if the process
    already put truststore's class in its place (`describe` does at start-up), take it out
    for the check and put it back after."""
    import truststore

    injected = ssl.SSLContext is truststore.SSLContext
    if injected:
        truststore.extract_from_ssl()
    try:
        yield
    finally:
        if injected:
            truststore.inject_into_ssl()


def check_tls_online() -> CheckResult:
    """A real handshake with Google through the system trust store (needs the internet)."""
    import truststore

    ctx = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    with (
        socket.create_connection((ONLINE_HOST, 443), timeout=TIMEOUT_S) as raw,
        ctx.wrap_socket(raw, server_hostname=ONLINE_HOST) as tls,
    ):
        peer = tls.getpeercert() or {}
        issuer = {str(pair[0]): str(pair[1]) for rdn in peer.get("issuer", ()) for pair in rdn}
        by = issuer.get("organizationName") or issuer.get("commonName") or "?"
        return CheckResult("tls-online", PASS, f"{ONLINE_HOST} verified ({tls.version()}, {by})")


def _system_roots() -> str:
    """How many root certificates the system offers, and where from, as truststore finds them."""
    if sys.platform == "win32":
        count = sum(
            1 for _cert, encoding, _trust in ssl.enum_certificates("ROOT") if encoding == "x509_asn"
        )
        return f"{count} in the Windows ROOT store"
    if sys.platform == "darwin":
        return _macos_roots()
    defaults = ssl.get_default_verify_paths()
    files = [defaults.cafile] if defaults.cafile else []
    files += [name for name in _CA_FILE_CANDIDATES if os.path.isfile(name)]
    for name in files:
        plain = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        with contextlib.suppress(ssl.SSLError, OSError):
            plain.load_verify_locations(cafile=name)
            count = plain.cert_store_stats()["x509_ca"]
            if count:
                return f"{count} in {name}"
    if defaults.capath and os.path.isdir(defaults.capath):
        hashed = [name for name in os.listdir(defaults.capath) if _HASHED_NAME.match(name)]
        return f"{len(hashed)} in {defaults.capath}"
    return "0 (no CA file or directory; Debian and Ubuntu: install ca-certificates)"


# Where truststore looks on Linux when OpenSSL's compiled-in defaults hold nothing (as in
# truststore/_openssl.py): Alpine/Arch/Fedora/BSD, newer and older Fedora/RHEL, Debian, SUSE.
_CA_FILE_CANDIDATES = (
    "/etc/ssl/cert.pem",
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
    "/etc/pki/tls/cert.pem",
    "/etc/ssl/certs/ca-certificates.crt",
    "/etc/ssl/ca-bundle.pem",
)
_HASHED_NAME = re.compile(r"^[0-9a-fA-F]{8}\.[0-9]$")


def _macos_roots() -> str:
    import subprocess

    keychain = "/System/Library/Keychains/SystemRootCertificates.keychain"
    result = subprocess.run(
        ["/usr/bin/security", "find-certificate", "-a", keychain],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    count = result.stdout.count("keychain:")
    return f"{count} in {keychain}" if count else "the macOS trust settings (not counted)"


def _handshake_error(
    client: ssl.SSLContext, cert_file: Path, key_file: Path
) -> BaseException | None:
    """Serve the untrusted certificate once on loopback; the client's error, or None."""
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(cert_file, key_file)
    with socket.create_server(("127.0.0.1", 0)) as listener:
        listener.settimeout(TIMEOUT_S)
        port = listener.getsockname()[1]
        thread = threading.Thread(
            target=_serve_once, args=(listener, server_ctx), name="self-test-tls", daemon=True
        )
        thread.start()
        try:
            with (
                socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT_S) as raw,
                client.wrap_socket(raw, server_hostname="localhost") as tls,
            ):
                tls.sendall(b"ping")
        except (ssl.SSLError, OSError) as exc:
            return exc
        finally:
            thread.join(TIMEOUT_S)
    return None


def _serve_once(listener: socket.socket, server_ctx: ssl.SSLContext) -> None:
    try:
        conn, _address = listener.accept()
    except OSError:
        return
    conn.settimeout(TIMEOUT_S)
    # The client refusing our certificate ends the handshake here with an alert.
    with (
        contextlib.suppress(ssl.SSLError, OSError),
        server_ctx.wrap_socket(conn, server_side=True) as tls,
    ):
        tls.recv(4)
    conn.close()


def _reason(exc: BaseException) -> str:
    verify_message = getattr(exc, "verify_message", None)
    return str(verify_message or exc)


@contextlib.contextmanager
def _environment(**values: str) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


# -- Qt ------------------------------------------------------------------------------------------


def _expected_platform() -> str:
    """The platform plug-in this session should use, and QT_QPA_PLATFORM set so that Qt
    falls back to offscreen instead of aborting when it cannot start it."""
    requested = os.environ.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        first = requested.split(";")[0]
        if "offscreen" not in requested.split(";"):
            os.environ["QT_QPA_PLATFORM"] = f"{requested};offscreen"
        return first.split(":")[0]
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "cocoa"
    if os.environ.get("WAYLAND_DISPLAY"):
        expected = "wayland"
    elif os.environ.get("DISPLAY"):
        expected = "xcb"
    else:
        expected = "offscreen"  # no display at all: a server, a CI runner, a terminal over SSH
    os.environ["QT_QPA_PLATFORM"] = expected if expected == "offscreen" else f"{expected};offscreen"
    return expected


@dataclass(frozen=True)
class QtSession:
    app: QApplication
    expected_platform: str
    """The platform plug-in this session should have started."""


@contextlib.contextmanager
def _qt_session() -> Iterator[QtSession | str]:
    """The running QApplication, or a new one destroyed afterwards; why not, when Qt fails."""
    saved = os.environ.get("QT_QPA_PLATFORM")
    try:
        from PySide6.QtWidgets import QApplication
    except Exception as exc:  # ImportError, or a system library missing behind it
        yield f"Qt does not load: {type(exc).__name__}: {exc}"
        return
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        yield QtSession(existing, existing.platformName())
        return
    expected = _expected_platform()
    app = QApplication([sys.argv[0] if sys.argv else "gemini-desktop", "--self-test"])
    try:
        yield QtSession(app, expected)
    finally:
        app.shutdown()
        if saved is None:
            os.environ.pop("QT_QPA_PLATFORM", None)
        else:
            os.environ["QT_QPA_PLATFORM"] = saved


def _qt_checks(session: QtSession | str) -> list[Check]:
    from desktop import self_test_slim

    checks: list[Check] = [
        ("qt-platform", functools.partial(check_qt_platform, session)),
        ("image-formats", check_image_formats),
        ("resources", check_resources),
        ("translations", check_translations),
        ("collation", self_test_slim.check_collation),
    ]
    if isinstance(session, str):  # Qt itself did not load: each Qt check fails with why
        return [(name, functools.partial(CheckResult, name, FAIL, session)) for name, _ in checks]
    return checks


def _plugin_dirs(kind: str) -> list[Path]:
    from PySide6.QtCore import QCoreApplication

    dirs = [Path(entry) / kind for entry in QCoreApplication.libraryPaths()]
    return [folder for folder in dirs if folder.is_dir()]


def _load_plugins(kind: str) -> dict[str, str]:
    """Each plug-in file of `kind`: "" when it loads, else why not (a missing library)."""
    from PySide6.QtCore import QPluginLoader

    loaded: dict[str, str] = {}
    for folder in _plugin_dirs(kind):
        for file in sorted(folder.iterdir()):
            if not file.is_file() or file.suffix not in (".so", ".dll", ".dylib"):
                continue
            loader = QPluginLoader(str(file))
            meta: Any = dict(loader.metaData()).get("MetaData") or {}
            keys = meta.get("Keys") or [file.stem.removeprefix("lib")]
            key = str(keys[0]).lower()
            loaded[key] = "" if loader.load() else loader.errorString()
    return loaded


def check_qt_platform(session: QtSession | str) -> CheckResult:
    """The platform plug-in Qt should use started; the other bundled ones load as libraries."""
    assert isinstance(session, QtSession)
    name = session.app.platformName()
    expected = session.expected_platform
    others = _load_plugins("platforms")
    notes = [
        f"{key} ok" if not error else f"{key} cannot load ({_short(error)})"
        for key, error in sorted(others.items())
        if key != name
    ]
    summary = f"{name} started" + (f"; also in the app: {', '.join(notes)}" if notes else "")
    if name != expected:
        why = others.get(expected, "not in the app")
        missing = _missing_for(expected)
        if missing:
            packages = " ".join(dict.fromkeys(debian_package(lib) for lib in missing))
            why = f"missing {', '.join(missing)}; on Debian or Ubuntu: sudo apt install {packages}"
        return CheckResult(
            "qt-platform",
            FAIL,
            f"{expected} did not start ({_short(why) or 'see above'}); {summary}",
        )
    if name == "offscreen" and expected == "offscreen" and not os.environ.get("DISPLAY"):
        summary += " (no display in this session)"
    return CheckResult("qt-platform", PASS, summary)


def _missing_for(platform: str) -> list[str]:
    """The system libraries the platform plug-in (libq<platform>.so) needs and lacks."""
    for folder in _plugin_dirs("platforms"):
        for file in folder.glob(f"libq{platform}.so"):
            return missing_libraries(file)
    return []


def _short(error: str) -> str:
    # "Cannot load library /long/path/libqxcb.so: (libxcb-cursor.so.0: cannot open ...)"
    return error.split(": ", 1)[-1].strip("() ") if error else ""


# Tiny images the Qt plug-ins must decode; formats Qt can also write are round-tripped instead.
_GIF_1X1 = bytes.fromhex(
    "47494638396101000100800000ff000000000021f90401000000002c00000000010001000002024401003b"
)
_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8">'
    b'<rect width="8" height="8" fill="#ff0000"/></svg>'
)


def check_image_formats() -> CheckResult:
    """Each format the app needs decodes (JPEG, PNG, WebP and ICO are written and read back;
    GIF and SVG are read from samples), the SVG icon engine loads; HEIC when a plug-in is there."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QImageReader, QImageWriter

    supported = {bytes(fmt.data()).decode().lower() for fmt in QImageReader.supportedImageFormats()}
    writable = {bytes(fmt.data()).decode().lower() for fmt in QImageWriter.supportedImageFormats()}
    problems: list[str] = []
    red = QImage(8, 8, QImage.Format.Format_RGB32)
    red.fill(QColor("#ff0000"))
    for fmt in REQUIRED_IMAGE_FORMATS:
        if fmt not in supported:
            problems.append(f"{fmt}: no plug-in")
            continue
        if fmt in writable:
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            # PySide6's stubs say bytes for the format; only str works at run time.
            written = red.save(buffer, fmt)  # type: ignore[call-overload]
            buffer.close()
            if not written:
                problems.append(f"{fmt}: cannot write")
                continue
            sample = bytes(data.data())
        else:
            sample = _GIF_1X1 if fmt == "gif" else _SVG
        image = QImage.fromData(sample, fmt)  # type: ignore[arg-type]
        if image.isNull() or image.pixelColor(0, 0).red() < 200:
            problems.append(f"{fmt}: cannot read")
    icon_engines = _load_plugins("iconengines")
    if icon_engines.get("svg", "missing"):
        problems.append(f"SVG icon engine: {_short(icon_engines.get('svg', 'not in the app'))}")
    if problems:
        return CheckResult("image-formats", FAIL, "; ".join(problems))
    optional = [fmt for fmt in OPTIONAL_IMAGE_FORMATS if fmt in supported]
    heic = (
        f"{'/'.join(optional).upper()} plug-in present"
        if optional
        else "HEIC: no Qt plug-in in this build (HEIC photos attach without a preview)"
    )
    formats = ", ".join(REQUIRED_IMAGE_FORMATS)
    return CheckResult("image-formats", PASS, f"{formats} decode; SVG icon engine loads; {heic}")


def check_resources() -> CheckResult:
    """The resources folder is where the app looks, and its icon renders."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    folder = paths.resources_dir()
    if not folder.is_dir():
        return CheckResult("resources", FAIL, f"{folder} is missing")
    icon_path = paths.app_icon_path()
    if not icon_path.is_file():
        return CheckResult("resources", FAIL, f"{icon_path} is missing")
    pixmap = QIcon(str(icon_path)).pixmap(QSize(64, 64))
    image = pixmap.toImage()
    opaque = not image.isNull() and any(
        image.pixelColor(x, y).alpha() > 0 for x in range(0, 64, 4) for y in range(0, 64, 4)
    )
    if not opaque:
        return CheckResult("resources", FAIL, f"{icon_path.name} does not render")
    count = sum(1 for file in folder.rglob("*") if file.is_file())
    return CheckResult("resources", PASS, f"{count} files in {folder}; the app icon renders")


def check_translations() -> CheckResult:
    """The app's compiled translations load (the bundle's, or compiled from the sources
    into the cache on a run from the source tree), and Qt's own (qtbase_*.qm, for standard
    dialogs) are there for each of them."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from desktop import translations

    folder = translations.compiled_folder()
    pattern = translations.file_name("*", ".qm")
    ours = sorted(folder.glob(pattern)) if folder is not None else []
    if not ours:
        where = translations.source_folder()
        return CheckResult("translations", FAIL, f"none found or compiled from {where}")
    broken = [file.name for file in ours if not QTranslator().load(str(file))]
    if broken:
        return CheckResult("translations", FAIL, f"cannot load {', '.join(broken)} from {folder}")
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    codes = [translations.code_of(file) for file in ours]
    missing = [
        code
        for code in codes
        if code != translations.ENGLISH and not (qt_folder / f"qtbase_{code}.qm").is_file()
    ]
    if missing:
        return CheckResult("translations", FAIL, f"Qt's own missing for {', '.join(missing)}")
    return CheckResult("translations", PASS, f"{len(ours)} load ({', '.join(codes)}) with Qt's own")
