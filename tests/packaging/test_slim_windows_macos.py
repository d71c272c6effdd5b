"""The stubs the Windows and macOS bundles carry for FFmpeg's encoder libraries
(packaging/slim_libraries.py), made here from PyAV's real wheels of the version uv.lock pins
for Python 3.11, the release builds' Python. What a stubbed library's dependents take from it
is read back with LLVM's tools, not with the parser that made the stub. The Windows stubs are
built with MinGW-w64 and FFmpeg decodes a clip of each codec with them under Wine; the macOS
stubs are built on the release runners only (Apple's clang): here, their source and command,
and, with Debian's clang and ld64.lld, a stand-in build whose exports and install name are
checked. Those need GEMINI_DESKTOP_BUILD_TESTS=1: they download 68 MB of wheels from PyPI."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import urllib.request
import zipfile
from importlib.metadata import version
from pathlib import Path

import av
import pytest

from tests.packaging.conftest import (
    PACKAGING,
    REPO,
    load_module,
    require_build_tests,
    require_tool,
)

slim = load_module("slim_libraries", PACKAGING / "slim_libraries.py")

DATA = Path(__file__).parent / "data"
STUBBED_WINDOWS = {"x264", "x265", "SvtAv1Enc", "vpx", "mp3lame", "vpl"}
STUBBED_MACOS = {"x264", "x265", "SvtAv1Enc", "vpx", "mp3lame"}


@pytest.mark.parametrize(
    ("platform", "dest", "stubbed"),
    [
        ("win32", "av.libs\\libx264-165-f3a909470ddc2d85ed21eda3d0fb7954.dll", True),
        ("win32", "av.libs\\libx265-efe48a158520a59ef99c0a0b3eb835ae.dll", True),
        ("win32", "av.libs\\libSvtAv1Enc-c4dd99c98ddcdb013e820dbd68a30e26.dll", True),
        ("win32", "av.libs\\libdav1d-959ebc1340f7dfcbcf8e299a26281738.dll", False),
        ("win32", "av.libs\\avcodec-62-984de33114b7fa384296817dec999c9d.dll", False),
        ("darwin", "av/.dylibs/libx264.165.dylib", True),
        ("darwin", "av/.dylibs/libmp3lame.0.dylib", True),
        ("darwin", "av/.dylibs/libavcodec.62.28.102.dylib", False),
        ("darwin", "av/.dylibs/libopus.0.dylib", False),
        ("linux", "av.libs/libx265-f5385bb8.so.216", True),
    ],
)
def test_which_libraries_become_stubs(platform: str, dest: str, stubbed: bool) -> None:
    system = slim.system_for(platform)
    assert bool(system.stubbed.search(dest.replace("\\", "/"))) is stubbed


def test_a_real_x264_or_x265_left_in_the_bundle_is_found(tmp_path: Path) -> None:
    real, stub = tmp_path / "real", tmp_path / "stub"
    real.write_bytes(bytes(2_000_000))
    stub.write_bytes(bytes(4_096))
    toc = [
        ("av.libs\\libx264-165-f3a909470ddc2d85ed21eda3d0fb7954.dll", str(real), "BINARY"),
        ("av/.dylibs/libx265.216.dylib", str(stub), "BINARY"),
        ("av.libs/libx265-f5385bb8.so.216", str(real), "BINARY"),
        ("av.libs/libdav1d-959ebc1340f7dfcbcf8e299a26281738.dll", str(real), "BINARY"),
    ]
    assert slim.gpl_left(toc) == [toc[0][0], toc[2][0]]


@pytest.fixture(scope="session")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """PyAV's Windows and macOS wheels (uv.lock's URL and hash), unpacked: tag -> folder."""
    require_build_tests()
    lock = (REPO / "uv.lock").read_text()
    folder = tmp_path_factory.mktemp("wheels")
    unpacked = {}
    for tag in ("win_amd64", "macosx_14_0_arm64", "macosx_11_0_x86_64"):
        name = re.escape(f"av-{version('av')}-cp311-abi3-{tag}.whl")
        found = re.search(rf'url = "(https://[^"]+/{name})", hash = "sha256:([0-9a-f]+)"', lock)
        assert found is not None, f"{name} is not in uv.lock"
        with urllib.request.urlopen(found.group(1), timeout=120) as response:
            wheel = response.read()
        assert hashlib.sha256(wheel).hexdigest() == found.group(2)
        (folder / f"{tag}.whl").write_bytes(wheel)
        with zipfile.ZipFile(folder / f"{tag}.whl") as archive:
            archive.extractall(folder / tag)
        unpacked[tag] = folder / tag
    return unpacked


def _toc(root: Path) -> list[tuple[str, str, str]]:
    """The wheel's libraries and extensions as PyInstaller lists them (dest, source, kind)."""
    suffixes = {".dll", ".pyd", ".dylib", ".so"}
    return [
        (str(path.relative_to(root)), str(path), "BINARY")
        for path in sorted(root.rglob("*"))
        if path.suffix in suffixes
    ]


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def _coff_imports(binary: Path) -> dict[str, set[str]]:
    imports = {}
    for block in _run("llvm-readobj", "--coff-imports", str(binary)).split("Import {")[1:]:
        name = re.search(r"Name: (\S+)", block)
        assert name is not None
        imports[name.group(1).lower()] = set(re.findall(r"Symbol: (\S+)", block))
    return imports


def _library(file_name: str) -> str:
    """libx264-165-f3a9....dll, libx264.165.dylib -> x264"""
    found = re.match(r"lib([A-Za-z0-9]+?)[-.]", file_name)
    assert found is not None, file_name
    return found.group(1)


def _windows_stubs(root: Path, workdir: Path) -> tuple[list[tuple[str, str, str]], list[str]]:
    require_tool("x86_64-w64-mingw32-gcc", "gcc-mingw-w64-x86-64")
    return slim.slim(_toc(root), workdir, platform="win32")


def test_windows_stubs_export_all_the_dlls_import(wheels: dict[str, Path], tmp_path: Path) -> None:
    require_tool("llvm-readobj", "llvm")
    kept, lines = _windows_stubs(wheels["win_amd64"], tmp_path / "stubs")
    stubs = {
        Path(source) for _dest, source, _kind in kept if Path(source).parent == tmp_path / "stubs"
    }
    assert {_library(stub.name) for stub in stubs} == STUBBED_WINDOWS
    # libstdc++ and libgcc went: only libx265 and libvpl needed them.
    gone = {line.split("-", 1)[0] for line in lines if line.endswith("-> gone")}
    assert gone == {"libstdc++", "libgcc_s_seh"}, lines
    kept_binaries = [Path(source) for _dest, source, _kind in kept]
    for stub in stubs:
        assert stub.stat().st_size < 16_000, stub
        assert _coff_imports(stub) == {}  # no C runtime, nothing at all
        exported = set(
            re.findall(r"Name: (\S+)", _run("llvm-readobj", "--coff-exports", str(stub)))
        )
        wanted = set().union(
            *(_coff_imports(b).get(stub.name.lower(), set()) for b in kept_binaries)
        )
        assert wanted and wanted <= exported, (stub.name, sorted(wanted - exported))
    x264 = next(s for s in stubs if s.name.startswith("libx264"))
    assert b"x264 - core" not in x264.read_bytes()  # the real one says so in its SEI text
    for binary in kept_binaries:  # nothing kept imports what went
        assert not {
            name for name in _coff_imports(binary) if name.startswith(("libstdc++", "libgcc"))
        }


def _wine() -> str:
    for candidate in ("wine", "wine64", "/usr/lib/wine/wine64"):
        if found := shutil.which(candidate):
            return found
    return require_tool("wine", "wine64")


def _clips(folder: Path) -> list[Path]:
    """A few frames of each codec whose encoder is stubbed, made with the full Linux wheel."""
    folder.mkdir()
    clips = []
    for name, codec in [
        ("h264.mp4", "libx264"),
        ("hevc.mp4", "libx265"),
        ("vp9.webm", "libvpx-vp9"),
        ("vp8.webm", "libvpx"),
        ("av1.mkv", "libsvtav1"),
    ]:
        with av.open(str(folder / name), "w") as container:
            stream = container.add_stream(codec, rate=10)
            stream.width = stream.height = 64
            stream.pix_fmt = "yuv420p"
            for index in range(10):
                frame = av.VideoFrame(64, 64, "yuv420p")
                for plane in frame.planes:
                    plane.update(bytes([index * 20]) * plane.buffer_size)
                frame.pts = index
                container.mux(stream.encode(frame))
            container.mux(stream.encode(None))
        clips.append(folder / name)
    with av.open(str(folder / "mp3.mp3"), "w") as container:
        audio = container.add_stream("libmp3lame", rate=44100)
        for index in range(20):
            sound = av.AudioFrame("s16", "mono", 1152)
            sound.planes[0].update(bytes(sound.planes[0].buffer_size))
            sound.sample_rate, sound.pts = 44100, index * 1152
            container.mux(audio.encode(sound))
        container.mux(audio.encode(None))
    return [*clips, folder / "mp3.mp3"]


def test_ffmpeg_decodes_with_the_windows_stubs_under_wine(
    wheels: dict[str, Path], tmp_path: Path
) -> None:
    wine = _wine()
    kept, _lines = _windows_stubs(wheels["win_amd64"], tmp_path / "stubs")
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    for dest, source, _kind in kept:
        if dest.startswith("av.libs"):
            shutil.copy(source, bundle / Path(dest).name)
    program = tmp_path / "decode_clips.exe"
    _run("x86_64-w64-mingw32-gcc", "-O1", "-w", "-o", str(program), str(DATA / "decode_clips.c"))
    clips = _clips(tmp_path / "clips")
    env = {
        "WINEPREFIX": str(tmp_path / "wine"),
        "WINEDEBUG": "-all",
        "WINEDLLOVERRIDES": "mscoree,mshtml=",
    }
    result = subprocess.run(
        [wine, str(program), _windows_path(bundle), *map(_windows_path, clips)],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    assert "FAILED" not in result.stdout
    for decoder, frames in [("h264", 10), ("hevc", 10), ("vp9", 10), ("vp8", 10), ("libdav1d", 10)]:
        assert f"decoder {decoder}, open 0, {frames} frames" in result.stdout
    assert re.search(r"decoder mp3float, open 0, 2\d frames", result.stdout)


def _windows_path(path: Path) -> str:
    return "Z:" + str(path).replace("/", "\\")


def _nm_imports(binary: Path) -> dict[str, set[str]]:
    """llvm-nm's two-level namespace: short library name ("libx264.165") -> symbols."""
    imports: dict[str, set[str]] = {}
    out = _run("llvm-nm", "-m", "--undefined-only", str(binary))
    for symbol, library in re.findall(r"external (\S+) \(from (\S+)\)", out):
        imports.setdefault(library, set()).add(symbol)
    return imports


def _clang_as_apple_cc(folder: Path, arch: str) -> Path:
    """`cc` for the stub command: Debian's clang and ld64.lld, for macOS, without the SDK
    (a stub calls nothing, so it needs no libSystem). On the runners it is Apple's clang."""
    clang = require_tool("clang-14", "clang-14")
    require_tool("ld64.lld-14", "lld-14")
    wrapper = folder / "cc"
    wrapper.write_text(
        f'#!/bin/sh\nexec {clang} --target={arch}-apple-macos11 -fuse-ld=lld -nostdlib "$@"\n'
    )
    wrapper.chmod(0o755)
    return wrapper


@pytest.mark.parametrize(
    ("tag", "arch"), [("macosx_14_0_arm64", "arm64"), ("macosx_11_0_x86_64", "x86_64")]
)
def test_macos_stubs_define_all_the_dylibs_take(
    wheels: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tag: str, arch: str
) -> None:
    require_tool("llvm-nm", "llvm")
    otool = require_tool("llvm-otool-14", "llvm-14")
    system = slim.system_for("darwin")
    toc = _toc(wheels[tag])
    binaries = [Path(source) for _dest, source, _kind in toc]
    stubbed = [Path(source) for dest, source, _kind in toc if system.stubbed.search(dest)]
    assert {_library(library.name) for library in stubbed} == STUBBED_MACOS
    taken: dict[str, set[str]] = {}
    for binary in binaries:
        for library, symbols in _nm_imports(binary).items():
            taken.setdefault(library, set()).update(symbols)
    avcodec = next(binary for binary in binaries if binary.name.startswith("libavcodec."))
    linked = _run(otool, "-L", str(avcodec))
    monkeypatch.setenv("STUB_CC", str(_clang_as_apple_cc(tmp_path, arch)))
    for library in stubbed:
        dependents = [b for b in binaries if slim.macho_name(library) in slim.macho_needed(b)]
        command = slim.macho_stub_command(library, dependents, tmp_path / "stubs")
        source = (tmp_path / "stubs" / f"{library.name}.c").read_text()
        short = next(name for name in taken if library.name.startswith(name + "."))
        assert {"_" + name for name in re.findall(r"^(?:long|char) (\w+)", source, re.M)} == (
            taken[short]
        )
        assert command[command.index("-arch") + 1] == arch
        assert command[command.index("-install_name") + 1] == f"/DLC/av/.dylibs/{library.name}"
        recorded = re.search(rf"{re.escape(library.name)} \(compatibility version (\S+),", linked)
        assert recorded is not None
        if recorded.group(1) != "0.0.0":
            assert command[command.index("-compatibility_version") + 1] == recorded.group(1)
        # Built (by Debian's clang standing in for Apple's) and read back with LLVM's tools.
        stub = slim.make_macho_stub(library, dependents, tmp_path / "stubs")
        assert stub.stat().st_size < 40_000
        exported = set(_run("llvm-nm", "-g", "--defined-only", "-j", str(stub)).split())
        assert taken[short] <= exported
        own = _run(otool, "-L", str(stub)).splitlines()[1]
        assert own.strip().startswith(f"/DLC/av/.dylibs/{library.name} (compatibility version ")
        assert recorded.group(1) in own
        assert "libSystem" not in _run(otool, "-L", str(stub))
