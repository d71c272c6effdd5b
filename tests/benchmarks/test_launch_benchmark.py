"""How long `python -m desktop photo.jpg` takes to show its window under Xvfb, against a bare
PySide6 QMainWindow timed the same way in the same run, and how long after the window the
photo is in the strip (issue 17: at most 2x the bare window; the photo within 0.3 s).

Printed with the load average, not asserted (wall-clock times vary with the machine).
GEMINI_DESKTOP_LAUNCH_RUNS sets the number of runs (default 5; medians are printed).
GEMINI_DESKTOP_LAUNCH_COMPARE=/path/to/another/checkout times that source tree too, in the
same runs (before and after a change, under the same load).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.benchmarks.launch_timing import Launch, measure, report

pytestmark = pytest.mark.benchmark_run

RUNS = int(os.environ.get("GEMINI_DESKTOP_LAUNCH_RUNS", "5"))
COMPARE_ENV = "GEMINI_DESKTOP_LAUNCH_COMPARE"


def test_time_to_window_from_source() -> None:
    # -P: the package comes from the installed (editable) path or PYTHONPATH, not the
    # current folder, so another checkout can be timed beside this one.
    launches = [Launch("this source tree", [sys.executable, "-P", "-m", "desktop"])]
    other = os.environ.get(COMPARE_ENV)
    if other:
        folder = Path(other).resolve()
        launches.append(
            Launch(
                str(folder), [sys.executable, "-P", "-m", "desktop"], {"PYTHONPATH": str(folder)}
            )
        )
    bare, apps, loads = measure(launches, RUNS)
    print(report("launch from source", bare, apps, loads))
