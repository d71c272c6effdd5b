"""The UI side of a big history: filling the sidebar with 200 conversations and showing 50
search results, each time painted, within a frame (16 ms)?

The store's side (1,000 conversations, 10,000 turns) is tests/benchmarks/
test_history_benchmark.py. This prints median and worst times and asserts only that the
rows are right (no wall-clock assertion in the normal run).
"""

from __future__ import annotations

import statistics
import time
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.conversation import SearchHit, Snippet
from desktop.ui.history import HistorySidebar
from tests.ui.history.conftest import OFFSCREEN_WINDOW, picture, summary

pytestmark = [OFFSCREEN_WINDOW, pytest.mark.benchmark_run]

ROWS = 200
HITS = 50
RUNS = 20
FRAME_MS = 16.0


def painted(sidebar: HistorySidebar) -> None:
    """Lay out and paint what is visible, as the next frame would."""
    QApplication.processEvents()
    sidebar.list_view.viewport().repaint()


def test_sidebar_fills_and_shows_results_within_a_frame(
    qtbot: QtBot, sidebar: HistorySidebar, capsys: pytest.CaptureFixture[str]
) -> None:
    summaries = [
        summary(
            n,
            f"Conversation {n} about the garden, tomatoes and a trip to the mountains",
            timedelta(hours=n * 5),
            f"{n:064x}" if n % 3 == 0 else None,
        )
        for n in range(ROWS)
    ]
    text = "…and then we planted the tomatoes next to the basil, which keeps the flies away."
    start = text.index("tomatoes")
    hits = [SearchHit(summaries[n], n, Snippet(text, ((start, start + 8),))) for n in range(HITS)]
    thumbnail = picture(sidebar.thumbnail_side() * 2, sidebar.thumbnail_side())
    sidebar.search_field.setText("tomatoes")
    fill_ms, search_ms, thumbs_ms = [], [], []
    for _ in range(RUNS):
        began = time.perf_counter()
        sidebar.set_conversations(summaries, has_more=True)
        painted(sidebar)
        fill_ms.append((time.perf_counter() - began) * 1000)

        began = time.perf_counter()
        for sha in sidebar.image_hashes():
            sidebar.set_thumbnail(sha, thumbnail)
        painted(sidebar)
        thumbs_ms.append((time.perf_counter() - began) * 1000)

        began = time.perf_counter()
        sidebar.set_search_results(hits)
        painted(sidebar)
        search_ms.append((time.perf_counter() - began) * 1000)

    assert sidebar.model().rowCount() == HITS and sidebar.model().is_searching()
    sidebar.set_conversations(summaries)
    assert sidebar.model().rowCount() == ROWS
    with capsys.disabled():
        print(f"\n[benchmark] history sidebar (UI side), median / worst of {RUNS} runs:")
        for label, times in (
            (f"set_conversations({ROWS}) + paint", fill_ms),
            (f"{len(sidebar.image_hashes())} thumbnails + paint", thumbs_ms),
            (f"set_search_results({HITS}) + paint", search_ms),
        ):
            median, worst = statistics.median(times), max(times)
            verdict = "within a frame" if worst <= FRAME_MS else "OVER A FRAME"
            print(f"  {label:<42} {median:7.2f} / {worst:7.2f} ms  {verdict}")
