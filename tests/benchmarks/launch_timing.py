"""Timing a launch to its visible window under Xvfb, against a bare PySide6 QMainWindow timed
the same way in the same run (issue 17: at most 2x the bare window; a photo given on the
command line in the strip within a further 0.3 s). Shared by the launch benchmarks from
source (tests/benchmarks) and frozen (tests/packaging).

Each run times the bare window, then each app in turn, one after the other, so all see the
same load; the figures are medians over the runs, printed with the load average. Beside the
wall-clock seconds, the CPU seconds each process had used when its window was seen (from
/proc): steadier on a loaded machine, and if anything unfair to the app, which goes on
working (the services) while the bare window idles. Steadier still, the CPU seconds the
app had used when it drew its first frame, as its log says.
"""

from __future__ import annotations

import math
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

from tests.packaging.conftest import PACKAGING, load_module, require_tool

PHOTO = PACKAGING.parent / "tests" / "packaging" / "data" / "sunset.jpg"
QUIT_AFTER_MS = "2500"  # the photo is in well before

BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setWindowTitle("Gemini Desktop (bare)")
window.resize(1320, 820)
window.show()
QTimer.singleShot(300, app.quit)
app.exec()
"""


@dataclass(frozen=True)
class Launch:
    """One way of starting the app: its command, and what it adds to the environment."""

    label: str
    command: list[str]
    env: dict[str, str] = field(default_factory=dict)


@dataclass
class Figures:
    """Seconds to the visible window per run, the CPU seconds used by then, and the seconds
    to the photo in the strip after the window."""

    window: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    photo: list[float] = field(default_factory=list)
    frame_cpu: list[float] = field(default_factory=list)
    """The CPU seconds the app had used when its first frame was drawn, as its log says
    (NaN from a version that does not say): unlike `cpu`, nothing the app does after the
    frame while the window is being looked for counts, so a busy machine moves it less."""


def free_display() -> str:
    """A display number no X server holds (nor left a socket or lock behind): another
    run's windows are never counted."""
    for number in range(300 + os.getpid() % 300, 1000):
        taken = Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists()
        if not taken:
            return f":{number}"
    raise RuntimeError("no free X display number")


def wait_for_display(display: str) -> None:
    """Xvfb makes its socket before it takes connections: ask it something until it answers."""
    env = {**os.environ, "DISPLAY": display}
    for _ in range(100):
        done = subprocess.run(["xdotool", "getdisplaygeometry"], env=env, capture_output=True)
        if done.returncode == 0:
            return
        time.sleep(0.1)
    raise RuntimeError(f"Xvfb on {display} does not answer")


def timed(smoke: ModuleType, command: list[str], env: dict[str, str]) -> tuple[float, Any]:
    """smoke.time_to_window, once more if the process could not reach the X server (seen
    now and then on this shared machine: "could not connect to display" on a display
    that answered a moment before)."""
    try:
        return smoke.time_to_window(command, env)  # type: ignore[no-any-return]
    except SystemExit as failure:
        print(f"\n[benchmark]   launch failed ({failure}); once more")
        return smoke.time_to_window(command, env)  # type: ignore[no-any-return]


def cpu_seconds(pid: int) -> float:
    """User and system CPU time the process has used so far (all its threads); NaN where
    there is no /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return math.nan
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def log_time(line: str) -> datetime:
    return datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f")


def frame_cpu_seconds(home: Path) -> float:
    """The CPU seconds the app had used at its first frame, from its log's "Main window
    shown" line (NaN when the line does not say)."""
    lines = (home / "logs" / "gemini-desktop.log").read_text(encoding="utf-8").splitlines()
    for line in lines:
        found = re.search(r"Main window shown.* (\d+) ms of CPU", line)
        if found:
            return int(found.group(1)) / 1000
    return math.nan


def photo_seconds(home: Path, window_visible: datetime) -> float:
    """From the window seen on screen to the photo in the strip, as the app's log says."""
    lines = (home / "logs" / "gemini-desktop.log").read_text(encoding="utf-8").splitlines()
    attached = [log_time(line) for line in lines if "Attached 1 file(s)" in line]
    if not attached:  # not in before the app quit: printed as nan
        return math.nan
    return (attached[0] - window_visible).total_seconds()


@contextmanager
def display_for_timing() -> Iterator[tuple[ModuleType, str]]:
    """The smoke test's helpers and an Xvfb display of our own, answering."""
    require_tool("Xvfb", "xvfb")
    require_tool("xdotool", "xdotool")
    smoke = load_module("smoke_test", PACKAGING / "smoke_test.py")
    display = free_display()
    with smoke.xvfb(display):
        wait_for_display(display)
        yield smoke, display


def environment(smoke: ModuleType, home: Path, display: str, pycache: Path) -> dict[str, str]:
    """The app's offline environment on `display`. Python's compiled bytecode is kept in
    `pycache` (the same for the bare window and the app), as a normal installation keeps it
    after its first launch: a machine with PYTHONDONTWRITEBYTECODE set would otherwise
    compile every module of the app (and of its packages) at every launch."""
    env = smoke.app_environment(home, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return env


def measure(
    launches: Sequence[Launch], runs: int
) -> tuple[Figures, dict[str, Figures], list[float]]:
    """(the bare window's figures, each launch's by label, the load average of each run).
    One untimed launch of each first, so every timed one finds the bytecode compiled."""
    bare = Figures()
    apps = {launch.label: Figures() for launch in launches}
    loads: list[float] = []
    with display_for_timing() as (smoke, display), tempfile.TemporaryDirectory() as cache:
        pycache = Path(cache)
        for run in range(runs + 1):
            timing = run > 0
            if timing:
                loads.append(os.getloadavg()[0])
            with tempfile.TemporaryDirectory() as folder:
                env = environment(smoke, Path(folder), display, pycache)
                seconds, process = timed(smoke, [sys.executable, "-c", BARE_WINDOW], env)
                cpu = cpu_seconds(process.pid)
                assert process.wait(timeout=30) == 0
                if timing:
                    bare.window.append(seconds)
                    bare.cpu.append(cpu)
            for launch in launches:
                with tempfile.TemporaryDirectory() as folder:
                    home = Path(folder)
                    env = {**environment(smoke, home, display, pycache), **launch.env}
                    env[smoke.QUIT_AFTER_ENV] = QUIT_AFTER_MS
                    started = datetime.now()
                    seconds, process = timed(smoke, [*launch.command, str(PHOTO)], env)
                    cpu = cpu_seconds(process.pid)
                    assert process.wait(timeout=60) == 0
                    if timing:
                        apps[launch.label].window.append(seconds)
                        apps[launch.label].cpu.append(cpu)
                        visible = started + timedelta(seconds=seconds)
                        apps[launch.label].photo.append(photo_seconds(home, visible))
                        apps[launch.label].frame_cpu.append(frame_cpu_seconds(home))
    return bare, apps, loads


def report(title: str, bare: Figures, apps: dict[str, Figures], loads: list[float]) -> str:
    """Medians: each app's window beside the bare one and their ratio, the photo after it."""
    median_bare, cpu_bare = statistics.median(bare.window), statistics.median(bare.cpu)
    lines = [
        f"\n[benchmark] {title} over {len(loads)} runs (medians; load average "
        f"{statistics.median(loads):.2f}, {os.cpu_count()} CPUs; bare PySide6 window "
        f"{median_bare:.3f} s, {cpu_bare:.3f} s CPU):"
    ]
    for label, figures in apps.items():
        window, cpu = statistics.median(figures.window), statistics.median(figures.cpu)
        lines.append(
            f"[benchmark]   {label}: window visible {window:.3f} s, ratio to the bare window "
            f"{window / median_bare:.2f} (target <= 2); CPU by then {cpu:.3f} s, ratio "
            f"{cpu / cpu_bare:.2f}; photo in the strip {statistics.median(figures.photo):.3f} s "
            "after the window (target <= 0.3)"
        )
        frame_cpu = statistics.median(figures.frame_cpu)
        lines.append(
            f"[benchmark]   {label}: CPU at its first frame {frame_cpu:.3f} s (from its log), "
            f"ratio {frame_cpu / cpu_bare:.2f} to the bare window's"
        )
    lines.append(
        f"[benchmark]   bare {_list(bare.window)}; CPU {_list(bare.cpu)}; load {_list(loads)}"
    )
    for label, figures in apps.items():
        lines.append(
            f"[benchmark]   {label} {_list(figures.window)}; CPU {_list(figures.cpu)}; "
            f"photo {_list(figures.photo)}; CPU at the first frame {_list(figures.frame_cpu)}"
        )
    return "\n".join(lines)


def _list(values: list[float]) -> str:
    return ", ".join(f"{value:.2f}" for value in values)
