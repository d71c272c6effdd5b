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

# Bytes. The installers issue asked for "the Linux onedir at most 150 MB" (it was 147 MB);
# the media issue's video frames and durations for every container need PyAV's FFmpeg
# (av.libs, 76 MB, every library linked by libavcodec, so none can be left out): 223 MB.
SIZE_LIMIT = 230_000_000
PHOTO = REPO / "tests" / "packaging" / "data" / "sunset.jpg"


def folder_size(folder: os.PathLike[str]) -> int:
    return sum(
        os.lstat(os.path.join(root, name)).st_size
        for root, _dirs, files in os.walk(folder)
        for name in files
    )


def test_onedir_size(linux_build: LinuxBuild) -> None:
    size = folder_size(linux_build.onedir)
    internal = linux_build.onedir / "_internal"
    largest = sorted(
        # lstat: a link left by a filtered-out library must not break the listing
        ((folder_size(p) if p.is_dir() else p.lstat().st_size, p.name) for p in internal.iterdir()),
        reverse=True,
    )[:8]
    print(f"\nLinux onedir: {size:,} bytes ({size / 1e6:.1f} MB, {size / 2**20:.1f} MiB)")
    for item_size, name in largest:
        print(f"  {item_size / 1e6:6.1f} MB  {name}")
    assert size <= SIZE_LIMIT


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
