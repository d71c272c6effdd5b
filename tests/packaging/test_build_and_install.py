"""The whole Linux path on this machine: build the onedir and the .deb, install the .deb,
`gemini-desktop --self-test`, then the installed app under Xvfb with a photo as its file
argument, a screenshot showing the photo attached, and exit code 0.

Slow (about two minutes) and it installs a package (root): it runs only with
GEMINI_DESKTOP_BUILD_TESTS=1, e.g. `GEMINI_DESKTOP_BUILD_TESTS=1 uv run pytest tests/packaging -s`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.packaging.conftest import PACKAGING, REPO, LinuxBuild

# Bytes (issue 17, "fast and light"): the onedir was 224 MB and the .deb 64 MB before FFmpeg's
# encoder libraries became stubs and ICU's data was trimmed (packaging/slim_libraries.py).
SIZE_LIMIT = 170_000_000
DEB_SIZE_LIMIT = 50_000_000
PHOTO = REPO / "tests" / "packaging" / "data" / "sunset.jpg"


def files_in(folder: Path) -> list[Path]:
    return [Path(root) / name for root, _dirs, files in os.walk(folder) for name in files]


def test_onedir_size_and_links(linux_build: LinuxBuild) -> None:
    files = files_in(linux_build.onedir)
    # lstat: a link counts as itself, and a dangling one must not break the listing
    sizes = sorted(((path.lstat().st_size, path) for path in files), reverse=True)
    size = sum(item_size for item_size, _path in sizes)
    deb_size = linux_build.deb.stat().st_size
    print(f"\nLinux onedir: {size:,} bytes ({size / 1e6:.1f} MB, {size / 2**20:.1f} MiB)")
    for item_size, path in sizes[:15]:
        print(f"  {item_size / 1e6:6.1f} MB  {path.relative_to(linux_build.onedir)}")
    print(f".deb: {deb_size:,} bytes ({deb_size / 1e6:.1f} MB)")
    dangling = [
        str(path.relative_to(linux_build.onedir))
        for path in files
        if path.is_symlink() and not path.exists()
    ]
    assert not dangling, f"links to nothing: {dangling}"
    assert size <= SIZE_LIMIT
    assert deb_size <= DEB_SIZE_LIMIT


def test_the_built_app_reads_every_container(linux_build: LinuxBuild, tmp_path: Path) -> None:
    """Every container the app accepts gets its length, and a video its frame, in the frozen
    app, whose FFmpeg has stubs for encoders: the clips are made here with the development
    environment's PyAV, which has them."""
    from tests import media

    clips = media.write_every_kind(tmp_path)
    env = {
        key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")
    }
    result = subprocess.run(
        [str(linux_build.onedir / "gemini-desktop"), "--self-test", "--media", *map(str, clips)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    print(result.stdout)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    lines = [line for line in result.stdout.splitlines() if line.startswith("PASS  media")]
    assert len(lines) == len(clips) + 1  # FFmpeg's own check, then one line a clip
    framed = [line for line in lines if ", frame " in line]
    assert len(framed) == len(media.VIDEO_KINDS)
    assert "PASS  collation" in result.stdout


def test_deb_installs_and_the_installed_app_works(linux_build: LinuxBuild) -> None:
    if os.geteuid() != 0:
        pytest.fail("installing the .deb needs root (apt-get install)")
    install = subprocess.run(
        [
            "apt-get",
            "install",
            "-y",
            "--no-install-recommends",
            "--reinstall",
            str(linux_build.deb),
        ],
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]
    # (Not `which`: under `uv run` the virtual environment's own script comes first.)
    assert Path("/usr/bin/gemini-desktop").resolve() == Path("/opt/gemini-desktop/gemini-desktop")

    shot = f"/tmp/shot-deb-{time.strftime('%Y%m%d-%H%M%S')}.png"
    smoke = [
        sys.executable,
        str(PACKAGING / "smoke_test.py"),
        "--app",
        "/usr/bin/gemini-desktop",
        "--photo",
        str(PHOTO),
        "--screenshot",
        shot,
    ]
    if shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon"):
        # A real Secret Service, as on a desktop: the keyring check passes, no banner shows.
        unlock = 'printf %s "a-nonempty-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null; '
        command = ["dbus-run-session", "--", "bash", "-c", unlock + 'exec "$@"', "smoke", *smoke]
    else:
        command = smoke
    env = {
        key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")
    }
    env["XDG_DATA_HOME"] = str(linux_build.dist / "xdg-data")  # the keyring's files
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    print(result.stdout)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "self-test: all" in result.stdout
    assert "xcb started" in result.stdout
    assert f"screenshot: {shot}" in result.stdout
    print(f"screenshot of the installed app: {shot}")


def test_appdir_starts_the_app(linux_build: LinuxBuild) -> None:
    """The AppDir appimagetool packs (the AppImage itself is made in the release workflow)."""
    appdir = linux_build.dist / "AppDir"
    for name in ("AppRun", "gemini-desktop.desktop", "gemini-desktop.png", ".DirIcon"):
        assert (appdir / name).exists(), name
    env = {
        key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")
    }
    result = subprocess.run(
        [str(appdir / "AppRun"), "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "AppDir/usr/lib/gemini-desktop/_internal/resources" in result.stdout
