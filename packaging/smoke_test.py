"""Smoke-test an installed or built Gemini Desktop, as a person would. Standard library only,
so it runs on a bare CI runner next to the built app.

    python3 packaging/smoke_test.py --app /usr/bin/gemini-desktop \\
        --photo tests/packaging/data/sunset.jpg --screenshot /tmp/shot-deb-1.png

1. `--self-test` without a display (Qt's offscreen platform): must exit 0. With `--media`,
   the self-test also reads each clip given (its length, a video's frame) with the bundle's
   FFmpeg, whose encoder libraries are stubs (packaging/slim_libraries.py).
2. Linux: under Xvfb (started on --display unless one is running there), `--self-test`
   again (the xcb platform), then the app itself with the photo as a file argument: the
   time until its window is visible is printed, a screenshot is taken once the photo's chip
   is there, and the app must quit by itself (GEMINI_DESKTOP_QUIT_AFTER_MS) with exit code 0.
   The screenshot must show the photo: it holds colours the app's own look never uses.
3. Windows and macOS: the app starts with the photo and quits by itself with exit code 0.

Linux needs Xvfb, xdotool and ImageMagick's `import`. Nothing leaves the machine: the app
gets a made-up key and a Gemini address on loopback where nothing listens.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

QUIT_AFTER_ENV = "GEMINI_DESKTOP_QUIT_AFTER_MS"
WINDOW_TITLE = "^Gemini Desktop"
# The app would otherwise open its first-run setup over the window: give it a connection.
OFFLINE_CONNECTION = {
    "GEMINI_API_KEY": "AIzaSyD-made-up-key-for-the-smoke-test-00",
    "GOOGLE_GEMINI_BASE_URL": "http://127.0.0.1:9",  # the discard port: nothing answers
}


def log(message: str) -> None:
    print(f"smoke-test: {message}", flush=True)


def app_environment(home: Path, **extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != QUIT_AFTER_ENV}
    env.update(OFFLINE_CONNECTION)
    env["GEMINI_DESKTOP_HOME"] = str(home)
    env.update(extra)
    return env


def run_self_test(
    command: Sequence[str], env: dict[str, str], label: str, media: Sequence[Path] = ()
) -> None:
    arguments = [*command, "--self-test", *(["--media", *map(str, media)] if media else [])]
    log(f"{label}: {' '.join(arguments)}")
    result = subprocess.run(arguments, env=env, capture_output=True, text=True, timeout=120)
    sys.stdout.write(result.stdout)
    sys.stdout.write(result.stderr)
    if result.returncode != 0:
        raise SystemExit(f"--self-test ({label}) exited with {result.returncode}")


# -- Linux: Xvfb, the window, the screenshot -------------------------------------------------


@contextmanager
def xvfb(display: str) -> Iterator[None]:
    """An X server on `display`, started here unless one already runs there."""
    socket = Path("/tmp/.X11-unix") / f"X{display.lstrip(':')}"
    if socket.exists():
        yield
        return
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not socket.exists():
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"Xvfb did not start on {display}")
            time.sleep(0.05)
        yield
    finally:
        server.terminate()
        server.wait(timeout=10)


def visible_window(env: dict[str, str]) -> bool:
    result = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", WINDOW_TITLE],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return bool(result.stdout.strip())


def time_to_window(
    command: Sequence[str], env: dict[str, str], timeout: float = 30.0
) -> tuple[float, subprocess.Popen[bytes]]:
    """Start the app; seconds until its window is mapped and visible (xdotool, polled every
    10 ms), and the running process."""
    started = time.perf_counter()
    process = subprocess.Popen(list(command), env=env)
    while time.perf_counter() - started < timeout:
        if visible_window(env):
            return time.perf_counter() - started, process
        if process.poll() is not None:
            raise SystemExit(f"the app exited with {process.returncode} before showing a window")
        time.sleep(0.01)
    process.kill()
    raise SystemExit(f"no window within {timeout:.0f} s")


def capture(env: dict[str, str]) -> tuple[int, int, bytes]:
    """The whole X screen as (width, height, RGB bytes), through ImageMagick's `import`."""
    with tempfile.TemporaryDirectory() as folder:
        ppm = Path(folder) / "screen.ppm"
        subprocess.run(
            ["import", "-window", "root", "-depth", "8", str(ppm)], env=env, check=True, timeout=30
        )
        return read_ppm(ppm.read_bytes())


def read_ppm(data: bytes) -> tuple[int, int, bytes]:
    fields: list[bytes] = []
    position = 0
    while len(fields) < 4:
        while data[position : position + 1].isspace():
            position += 1
        if data[position : position + 1] == b"#":
            position = data.index(b"\n", position) + 1
            continue
        end = position
        while not data[end : end + 1].isspace():
            end += 1
        fields.append(data[position:end])
        position = end
    if fields[0] != b"P6" or fields[3] != b"255":
        raise ValueError("not an 8-bit binary PPM")
    width, height = int(fields[1]), int(fields[2])
    start = position + 1
    return width, height, data[start : start + width * height * 3]


def write_png(path: Path, width: int, height: int, rgb: bytes) -> None:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    stride = width * 3
    raw = b"".join(b"\x00" + rgb[y * stride : (y + 1) * stride] for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 6))
        + chunk(b"IEND", b"")
    )


def photo_pixels(rgb: bytes) -> int:
    """Pixels of the test photo's magenta sky: a colour the app's own look never uses."""
    return sum(
        1
        for i in range(0, len(rgb) - 2, 3)
        if rgb[i] > 180 and rgb[i + 1] < 90 and rgb[i + 2] > 140
    )


def smoke_linux(args: argparse.Namespace, command: list[str], home: Path) -> None:
    headless = app_environment(home)
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        headless.pop(name, None)
    run_self_test(command, headless, "no display", args.media)
    for tool in ("Xvfb", "xdotool", "import"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing (Debian: xvfb, xdotool, imagemagick)")
    with xvfb(args.display):
        env = {**headless, "DISPLAY": args.display, "QT_QPA_PLATFORM": "xcb"}
        run_self_test(command, env, f"Xvfb {args.display}")
        env[QUIT_AFTER_ENV] = str(args.quit_after_ms)
        files = [str(args.photo)] if args.photo else []
        seconds, process = time_to_window([*command, *files], env)
        log(f"window visible {seconds:.3f} s after launch")
        time.sleep(args.settle)  # the chip's thumbnail is decoded off the GUI thread
        width, height, rgb = capture(env)
        if args.screenshot:
            write_png(args.screenshot, width, height, rgb)
            log(f"screenshot: {args.screenshot}")
        code = process.wait(timeout=args.quit_after_ms / 1000 + 30)
    log(f"the app quit by itself with exit code {code}")
    if code != 0:
        raise SystemExit(f"the app exited with {code}")
    if args.photo:
        found = photo_pixels(rgb)
        log(f"{found} pixels of the photo on screen")
        if found < 200:
            raise SystemExit("the photo is not on screen: it was not attached")


def smoke_other(args: argparse.Namespace, command: list[str], home: Path) -> None:
    cli = [str(args.cli)] if args.cli else command
    run_self_test(cli, app_environment(home), "self-test", args.media)
    env = app_environment(home, **{QUIT_AFTER_ENV: str(args.quit_after_ms)})
    files = [str(args.photo)] if args.photo else []
    started = time.perf_counter()
    result = subprocess.run([*command, *files], env=env, timeout=args.quit_after_ms / 1000 + 60)
    log(f"the app ran {time.perf_counter() - started:.1f} s, exit code {result.returncode}")
    if result.returncode != 0:
        raise SystemExit(f"the app exited with {result.returncode}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", required=True, help="the app's executable")
    parser.add_argument("--cli", type=Path, help="Windows: the console executable for --self-test")
    parser.add_argument("--photo", type=Path, help="a photo to open with the app")
    parser.add_argument(
        "--media", type=Path, nargs="*", default=[], help="clips for the self-test to read"
    )
    parser.add_argument("--screenshot", type=Path, help="Linux: where to save the screenshot")
    parser.add_argument("--display", default=":141", help="Linux: the Xvfb display")
    parser.add_argument("--quit-after-ms", type=int, default=6000)
    parser.add_argument("--settle", type=float, default=2.0, help="seconds before the shot")
    args = parser.parse_args(argv)
    command = [args.app]
    with tempfile.TemporaryDirectory(prefix="gemini-desktop-smoke-") as home:
        if sys.platform.startswith("linux"):
            smoke_linux(args, command, Path(home))
        else:
            smoke_other(args, command, Path(home))
    log("passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
