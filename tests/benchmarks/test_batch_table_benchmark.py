"""The batch window with 1,000 rows while results stream in: the longest event-loop stall
and the resident memory at the end.

1,000 photos made with Pillow go through the real BatchRun (prepared in worker threads,
sent as many at a time as the adaptive limit allows) to the loopback server, which runs in
a process of its own as Google's does (in this process its threads would compete with the
GUI thread for the GIL). Each result lands in its row of the real BatchWindow (shown, its
thumbnails decoded off the GUI thread, the view following the newest result as a user
watching it would) and in a real history file. A 1 ms QTimer measures the longest gap the
event loop could not run (target: 16 ms); /proc's VmRSS the memory at the end (target:
under 400 MB). Printed with the load average; asserted only that every row is answered.
"""

from __future__ import annotations

import gc
import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from desktop.core.connection import ApiKind, Connection
from desktop.core.conversation import ChatSettings
from desktop.core.image_detail import ImageDetail
from desktop.services.auth import ApiKeyAuth
from desktop.services.batch.ask import Ask, Preset
from desktop.services.batch.engine import batch_settings
from desktop.services.batch.files import list_files
from desktop.services.batch.session import BatchSpec, open_batch
from desktop.services.gemini_client import GeminiClient
from desktop.services.history import HistoryStore
from desktop.services.history.batches import ItemStatus
from desktop.ui.batch.batch_window import RunState
from desktop.ui.batch.session_controller import BatchSession
from tests.benchmarks.test_memory_benchmark import resident_mb
from tests.benchmarks.test_render_benchmark import (  # noqa: F401 (fixtures found by name)
    StallProbe,
    _qt_warnings_fail,
    frozen_heap,
    run,
    running_loop,
)
from tests.photos import camera_photo

pytestmark = [
    pytest.mark.benchmark_run,
    # The offscreen platform (the test platform) says so of every top-level window shown.
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]


class BusyProbe(StallProbe):
    """StallProbe, plus the GUI thread's own CPU time between two firings: on two cores
    shared by several busy processes, a long wall-clock gap is often the thread waiting for
    a core, not running; the longest CPU stretch is what this code held the loop for."""

    def __init__(self) -> None:
        super().__init__()
        self.max_busy = 0.0
        self._last_cpu = 0.0

    def __enter__(self) -> BusyProbe:
        self._last_cpu = time.thread_time()
        super().__enter__()
        return self

    def _on_timeout(self) -> None:
        super()._on_timeout()
        now = time.thread_time()
        self.max_busy = max(self.max_busy, now - self._last_cpu)
        self._last_cpu = now


ROWS = int(os.environ.get("BATCH_TABLE_BENCH_ROWS", "1000"))
STALL_TARGET_MS = 16
MEMORY_TARGET_MB = 400
ROOT = Path(__file__).resolve().parents[2]

_SERVER = """
import sys
from tests.loopback import LoopbackServer
with LoopbackServer() as server:
    print(server.base_url, flush=True)
    sys.stdin.read()
"""


@pytest.fixture
def echo_server(monkeypatch: pytest.MonkeyPatch) -> object:
    import subprocess
    import sys

    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.setenv(name, "127.0.0.1,localhost")
    child = subprocess.Popen(
        [sys.executable, "-c", _SERVER],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdin is not None
    yield child.stdout.readline().strip()
    child.stdin.close()
    child.wait(timeout=10)
    child.stdout.close()


def test_a_thousand_rows_while_results_stream_in(
    qtbot: QtBot, echo_server: str, tmp_path: Path
) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    for n in range(ROWS):
        (folder / f"photo-{n:04d}.jpg").write_bytes(camera_photo(320, 240, seed=n % 50))
    gc.collect()
    before, _ = resident_mb()  # what earlier tests of the same run left is not ours
    history = HistoryStore.open(tmp_path / "history")
    client = GeminiClient(
        Connection(ApiKind.GEMINI, base_url=echo_server), ApiKeyAuth("test-api-key")
    )
    ask = Ask.of(preset=Preset.CAPTION)
    settings = batch_settings(ask, ChatSettings(), "gemini-2.5-flash")
    spec = BatchSpec((str(folder),), False, ask, settings, ImageDetail.LOW)
    opened = open_batch(history, spec, list_files([folder]), resume=False)
    session = BatchSession(client, history, opened.id, spec, opened.items)
    window = session.window
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)

    def follow() -> None:  # the user watching: the newest answered row in view
        done = session.stats.done
        if done:
            window.table.scrollTo(window.proxy.index(min(done, ROWS) - 1, 0))

    follower = QTimer()
    follower.setInterval(250)
    follower.timeout.connect(follow)
    started = time.perf_counter()
    with frozen_heap() as pauses, BusyProbe() as probe:
        follower.start()
        session.start()
        qtbot.waitUntil(lambda: window.state() is RunState.FINISHED, timeout=600_000)
        follower.stop()
    elapsed = time.perf_counter() - started
    gc.collect()
    resident, peak = resident_mb()
    load = os.getloadavg()
    answered = sum(i.status is ItemStatus.DONE for i in session.model.items())
    print(
        f"\nbatch table: {ROWS} rows, {answered} answered in {elapsed:.1f} s "
        f"({answered / elapsed:.0f} a second, at most {session.limit.highest} at a time); "
        f"longest event-loop stall {probe.max_gap * 1000:.1f} ms wall clock, "
        f"{probe.max_busy * 1000:.1f} ms of GUI-thread CPU (target ≤ {STALL_TARGET_MS}); "
        f"longest collection {max(pauses, default=0) * 1000:.1f} ms; "
        f"resident {resident:.0f} MB at the end ({resident - before:+.0f} MB during the run), "
        f"the process's peak {peak:.0f} MB "
        f"(target < {MEMORY_TARGET_MB}); load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
        f"on {os.cpu_count()} cores"
    )
    run(qtbot, session.aclose())
    window.close()
    run(qtbot, client.aclose())
    history.close()
    assert answered == ROWS
