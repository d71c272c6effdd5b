"""`gemini-desktop --self-test` (desktop/self_test.py): one line per check, exit code 1 when
one fails. Full runs happen in a child process (each makes and destroys its own Qt app and
reads the real keyring); the failure paths are driven in-process with checks replaced."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import ssl
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import paths, self_test, self_test_slim
from tests import media
from tests.services.secret_service import SecretService

CHECKS = [
    "keyring",
    "tls",
    "media",
    "qt-platform",
    "image-formats",
    "resources",
    "translations",
    "collation",
]
RUN = "import sys; from desktop.self_test import self_test_main; sys.exit(self_test_main(sys.argv[1:]))"


def run_child(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS")
    }
    return subprocess.run(
        [sys.executable, "-c", RUN, *args],
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def check_lines(stdout: str) -> dict[str, str]:
    """{check name: its line} from the output."""
    lines = {}
    for line in stdout.splitlines():
        status, _, rest = line.partition("  ")
        if status in ("PASS", "WARN", "FAIL"):
            lines[rest.split()[0]] = line
    return lines


def test_without_a_display_every_check_runs_and_passes() -> None:
    result = run_child()
    assert result.returncode == 0, result.stdout + result.stderr
    lines = check_lines(result.stdout)
    assert list(lines) == CHECKS
    assert result.stdout.splitlines()[0].startswith("Gemini Desktop ")
    assert result.stdout.splitlines()[-1] == "self-test: all 8 checks passed"
    assert "offscreen started" in lines["qt-platform"]
    assert "(no display in this session)" in lines["qt-platform"]
    assert "jpeg, png, webp, gif, svg, ico decode" in lines["image-formats"]
    assert "SVG icon engine loads" in lines["image-formats"]
    assert "the app icon renders" in lines["resources"]
    assert "a self-signed server was refused" in lines["tls"]
    assert "13 demuxers, 21 decoders" in lines["media"]
    assert "zh_TW" in lines["collation"]
    # No password store on this process's bus: the app is complete, the session lacks one.
    assert lines["keyring"].startswith("WARN")
    assert "SecretService" in lines["keyring"]


def test_with_a_secret_service_the_keyring_check_passes(
    secret_service_session: SecretService,
) -> None:
    result = run_child(DBUS_SESSION_BUS_ADDRESS=secret_service_session.bus_address)
    assert result.returncode == 0, result.stdout + result.stderr
    assert check_lines(result.stdout)["keyring"].startswith(
        "PASS  keyring        using SecretService"
    )


def test_each_media_file_gets_its_length_and_a_video_its_frame(tmp_path: Path) -> None:
    video = media.write(tmp_path / "clip.webm", media.video("webm", 2.0))
    sound = media.write(tmp_path / "talk.ogg", media.recording("ogg", 3.0))
    broken = media.write(tmp_path / "broken.mp4", b"\0\0\0\x18ftypmp42" + bytes(200))
    result = run_child("--media", str(video), str(sound), str(broken))
    assert result.returncode == 1, result.stdout + result.stderr
    media_lines = [line for line in result.stdout.splitlines() if line.split()[1:2] == ["media"]]
    assert media_lines[1] == "PASS  media          clip.webm: 2.01 s, frame 160×120"
    assert media_lines[2] == "PASS  media          talk.ogg: 3.01 s, sound only"
    assert media_lines[3] == "FAIL  media          broken.mp4: no length"
    assert "checks FAILED: media" in result.stdout


def test_help_names_the_online_check() -> None:
    result = run_child("--help")
    assert result.returncode == 0
    assert "--online" in result.stdout


# -- Failures, in-process ----------------------------------------------------------------------


def failing() -> self_test.CheckResult:
    raise RuntimeError("the backend module is missing")


@contextlib.contextmanager
def qt_that_does_not_load() -> Iterator[str]:
    yield "Qt does not load: ImportError: libEGL.so.1: cannot open shared object file"


def test_a_check_that_raises_fails_and_so_does_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(self_test, "check_keyring", failing)
    monkeypatch.setattr(self_test, "_qt_session", qt_that_does_not_load)
    out = io.StringIO()
    assert self_test.run_self_test(out) == 1
    lines = check_lines(out.getvalue())
    assert list(lines) == CHECKS
    assert lines["keyring"] == "FAIL  keyring        RuntimeError: the backend module is missing"
    assert lines["tls"].startswith("PASS")
    assert lines["media"].startswith("PASS")
    for name in CHECKS[3:]:  # every Qt check names why Qt is not there
        assert lines[name].startswith("FAIL") and "libEGL.so.1" in lines[name]
    assert out.getvalue().splitlines()[-1] == (
        "self-test: 6 of 8 checks FAILED: keyring, qt-platform, image-formats, resources, "
        "translations, collation"
    )


def test_tls_fails_when_verification_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """A context that accepts anything must not pass: the check is not a formality."""

    def unverified(protocol: int) -> ssl.SSLContext:
        context = ssl.SSLContext(protocol)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return context

    monkeypatch.setattr("truststore.SSLContext", unverified)
    result = self_test.check_tls()
    assert result.status == "FAIL"
    assert "was accepted" in result.detail


def test_tls_passes_with_the_system_trust_store() -> None:
    before = {name: os.environ.get(name) for name in ("SSL_CERT_FILE", "SSL_CERT_DIR")}
    result = self_test.check_tls()
    assert result.status == "PASS", result.detail
    assert "system roots:" in result.detail
    if sys.platform.startswith("linux"):
        assert "accepted once trusted via SSL_CERT_FILE" in result.detail
    assert {name: os.environ.get(name) for name in before} == before  # put back as it was


# -- Translations ------------------------------------------------------------------------------


@pytest.fixture
def resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "resources"
    (folder / "translations").mkdir(parents=True)
    monkeypatch.setattr(paths, "resources_dir", lambda: folder)
    return folder


def test_no_translations_fail(resources: Path) -> None:
    result = self_test.check_translations()
    assert result.status == "FAIL"
    assert result.detail.startswith("none found or compiled")


def _compile(source_folder: Path, target: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=os.path.dirname(sys.executable))
    assert lrelease is not None
    source = source_folder / "gemini_desktop_fr.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">'
        "<context><name>MainWindow</name><message><source>Send</source>"
        "<translation>Envoyer</translation></message></context></TS>",
        encoding="utf-8",
    )
    subprocess.run([lrelease, "-silent", str(source), "-qm", str(target)], check=True)


def test_a_compiled_translation_loads(resources: Path, tmp_path: Path) -> None:
    _compile(tmp_path, resources / "translations" / "gemini_desktop_fr.qm")
    result = self_test.check_translations()
    assert result.status == "PASS"
    assert result.detail.startswith("1 load (fr) with Qt's own")


def test_the_source_run_compiles_its_translations(
    resources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GEMINI_DESKTOP_HOME", str(tmp_path / "home"))
    _compile(resources / "translations", tmp_path / "unused.qm")  # leaves the .ts there
    result = self_test.check_translations()
    assert result.status == "PASS", result.detail
    assert (tmp_path / "home" / "cache" / "translations" / "gemini_desktop_fr.qm").is_file()


def test_a_broken_translation_fails(resources: Path) -> None:
    (resources / "translations" / "gemini_desktop_de.qm").write_bytes(b"not a qm file")
    result = self_test.check_translations()
    assert result.status == "FAIL"
    assert "gemini_desktop_de.qm" in result.detail


def test_tls_check_works_after_describe_put_truststore_into_ssl() -> None:
    import ssl

    import truststore

    from desktop.self_test import check_tls

    truststore.inject_into_ssl()  # as `describe` does at start-up
    try:
        result = check_tls()
        assert ssl.SSLContext is truststore.SSLContext  # put back as it was
    finally:
        truststore.extract_from_ssl()
    assert result.status == "PASS", result.detail


def test_a_missing_decoder_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(self_test_slim, "DECODERS", ("h264", "no_such_decoder"))
    result = self_test_slim.check_ffmpeg()
    assert (result.status, result.detail) == (self_test.FAIL, "FFmpeg lacks no_such_decoder")


def test_code_point_order_fails_the_collation_check(monkeypatch: pytest.MonkeyPatch) -> None:
    # Expecting what Qt gives when ICU has no collation data (code point order) fails.
    samples = {"de_DE": (["äpfel", "zebra"], ["zebra", "äpfel"])}
    monkeypatch.setattr(self_test_slim, "_COLLATION_SAMPLES", samples)
    result = self_test_slim.check_collation()
    assert result.status == self_test.FAIL
    assert "de_DE" in result.detail
