"""The batch engine says which file is on its way and which waits to go again (the window's
"Sending now" and "Waiting to retry"), against the loopback server with real photos."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.conversation import ChatSettings
from desktop.core.image_detail import ImageDetail
from desktop.services.batch.ask import Ask, Preset
from desktop.services.batch.engine import (
    Answered,
    BatchEvent,
    BatchRun,
    Refused,
    Retrying,
    Sending,
    batch_settings,
)
from desktop.services.batch.files import list_files
from desktop.services.batch.session import BatchSpec, open_batch
from desktop.services.gemini_client import GeminiClient
from desktop.services.history import HistoryStore
from tests.loopback import LoopbackServer, Scenario
from tests.services.batch.test_engine import photos


async def run_reporting(
    client: GeminiClient, history: HistoryStore, folder: Path, *, report_sending: bool = True
) -> list[BatchEvent]:
    ask = Ask.of(preset=Preset.CAPTION)
    settings = batch_settings(ask, ChatSettings(), client.connection.model)
    spec = BatchSpec((str(folder),), True, ask, settings, ImageDetail.BALANCED)
    opened = open_batch(history, spec, list_files([folder]), resume=False)
    run = BatchRun(
        client,
        history,
        opened.id,
        ask,
        settings,
        detail=ImageDetail.BALANCED,
        report_sending=report_sending,
    )
    return [event async for event in run.run(opened.to_send)]


@pytest.mark.asyncio
async def test_each_file_is_reported_on_its_way_before_its_answer(
    loopback_server: LoopbackServer, client: GeminiClient, history: HistoryStore, tmp_path: Path
) -> None:
    photos(tmp_path / "shoot", 6)
    events = await run_reporting(client, history, tmp_path / "shoot")
    for position in range(6):
        mine = [type(e) for e in events if _of(e) == position]
        assert mine == [Sending, Answered]


@pytest.mark.asyncio
@pytest.mark.expected_log(r"HTTP 503 from", r"Attempt 1 failed")
async def test_a_file_the_client_tries_again_waits_then_is_on_its_way_again(
    loopback_server: LoopbackServer, client: GeminiClient, history: HistoryStore, tmp_path: Path
) -> None:
    photos(tmp_path / "one", 1)
    loopback_server.script(Scenario.overloaded(), Scenario(text="A heron on the bank"))
    events = await run_reporting(client, history, tmp_path / "one")
    assert [type(e) for e in events] == [Sending, Retrying, Sending, Answered]
    retrying = events[1]
    assert isinstance(retrying, Retrying) and retrying.delay > 0
    assert len(loopback_server.requests_for("gemini.stream")) == 2


@pytest.mark.asyncio
@pytest.mark.expected_log(r"HTTP 429 from", r"Attempt 1 failed")
async def test_a_refused_file_waits_then_is_on_its_way_again(
    loopback_server: LoopbackServer, client: GeminiClient, history: HistoryStore, tmp_path: Path
) -> None:
    photos(tmp_path / "one", 1)
    loopback_server.script(Scenario.rate_limited("0.2s"), Scenario(text="A heron on the bank"))
    events = await run_reporting(client, history, tmp_path / "one")
    assert [type(e) for e in events] == [Sending, Refused, Sending, Answered]


@pytest.mark.asyncio
async def test_only_results_are_reported_unless_asked(
    loopback_server: LoopbackServer, client: GeminiClient, history: HistoryStore, tmp_path: Path
) -> None:
    photos(tmp_path / "shoot", 3)
    events = await run_reporting(client, history, tmp_path / "shoot", report_sending=False)
    assert [type(e) for e in events] == [Answered] * 3


def _of(event: BatchEvent) -> int | None:
    item = getattr(event, "item", None)
    return item.position if item is not None else None
