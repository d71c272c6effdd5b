"""A batch sent as a Gemini API batch job against the loopback's Batch API, with real
photos, a video too large to go inline and a real history file: submit, refresh, cancel,
collect into the batch's rows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.core.conversation import ChatSettings
from desktop.core.image_detail import ImageDetail
from desktop.core.media import INLINE_FILE_LIMIT
from desktop.services.batch.ask import Ask, Preset
from desktop.services.batch.engine import batch_settings
from desktop.services.batch.files import list_files
from desktop.services.batch.jobs import BatchJobs, JobState
from desktop.services.batch.session import JOB, BatchSpec, open_batch
from desktop.services.batch.xmp import Naming, XmpValues, write_sidecar
from desktop.services.gemini_client import GeminiClient, wire_request
from desktop.services.history import HistoryStore
from desktop.services.history.batches import ItemStatus
from tests.loopback import LoopbackServer
from tests.loopback.batches import JobPlan
from tests.loopback.scenario import rpc_error
from tests.photos import png_bytes
from tests.services.uploads.helpers import make_video

ASK = Ask.of(preset=Preset.KEYWORDS)
pytestmark = pytest.mark.asyncio


def shoot(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"IMG_{n}.png").write_bytes(png_bytes(8, 6, colour=(n * 40, 40, 90)))
    return folder


async def submit(
    client: GeminiClient, history: HistoryStore, folder: Path
) -> tuple[BatchJobs, Any, list[Any]]:
    settings = batch_settings(ASK, ChatSettings(), client.connection.model)
    spec = BatchSpec((str(folder),), False, ASK, settings, ImageDetail.BALANCED)
    opened = open_batch(history, spec, list_files([folder]), resume=False)
    jobs = BatchJobs(client, history)
    record, left_out = await jobs.submit(
        opened.id, opened.to_send, ASK, settings, ImageDetail.BALANCED, display_name="shoot"
    )
    return jobs, record, left_out


async def test_a_folder_goes_as_one_job_and_its_results_fill_the_rows(
    client: GeminiClient, history: HistoryStore, loopback_server: LoopbackServer, tmp_path: Path
) -> None:
    folder = shoot(tmp_path / "shoot", 3)
    video = make_video(folder, INLINE_FILE_LIMIT + 100_000, name="IMG_3.mp4")
    (folder / "IMG_4.png").write_bytes(png_bytes(8, 6)[:40])  # damaged: found when prepared
    refused = rpc_error(400, "INVALID_ARGUMENT", "Unable to process input image.")
    loopback_server.batches.plan(
        JobPlan(polls=2, errors={"1": refused}, texts={"0": "harbour, boats", "2": "  "})
    )

    jobs, record, left_out = await submit(client, history, folder)

    assert record.name.startswith("batches/") and record.engine == "gemini"
    assert record.state == "PENDING" and record.counts["total"] == 4
    assert [Path(i.path).name for i in left_out] == ["IMG_4.png"]
    assert history.find_batch_job(record.name.removeprefix("batches/")) == record
    assert history.batch(record.batch_id).state == JOB
    # The video went through the File API first; the requests file too, and nothing else.
    uploads = loopback_server.uploads
    requests_file = record.details["requests_file"]
    lines = [json.loads(x) for x in uploads.file_bytes(requests_file).decode().splitlines()]
    assert sorted(line["key"] for line in lines) == ["0", "1", "2", "3"]
    by_key = {line["key"]: line["request"] for line in lines}
    (video_part,) = [p for p in by_key["3"]["contents"][0]["parts"] if "fileData" in p]
    assert uploads.file_bytes(_file_name(video_part["fileData"]["fileUri"])) == video.read_bytes()
    assert "inlineData" in by_key["0"]["contents"][0]["parts"][0]
    # Each line is the body the one send pipeline builds for that request.
    settings = batch_settings(ASK, ChatSettings(), client.connection.model)
    contents = by_key["0"]["contents"]
    expected = wire_request(client.connection, settings.answer_only().request(()), stream=False)[1]
    assert {k: v for k, v in by_key["0"].items() if k != "contents"} == {
        k: v for k, v in expected.items() if k != "contents"
    }
    assert contents[0]["parts"][-1]["text"] == ASK.prompt
    assert not loopback_server.requests_for("gemini.stream")

    states = []
    for _ in range(3):
        record, status = await jobs.refresh(record)
        states.append(status.state)
    assert states == [JobState.PENDING, JobState.RUNNING, JobState.SUCCEEDED]
    assert record.counts == {"total": 4, "succeeded": 3, "failed": 1}

    items = {Path(i.path).name: i for i in await jobs.collect(record, status)}

    assert items["IMG_0.png"].status is ItemStatus.DONE
    assert items["IMG_0.png"].fields == {"keywords": ["harbour", "boats"]}
    assert items["IMG_1.png"].status is ItemStatus.FAILED
    assert items["IMG_1.png"].error is not None
    assert items["IMG_1.png"].error["message"] == "Google could not accept this request as it is."
    assert items["IMG_2.png"].status is ItemStatus.FAILED  # an empty answer says so
    assert (
        items["IMG_2.png"].error is not None and "no answer" in items["IMG_2.png"].error["message"]
    )
    assert items["IMG_3.mp4"].status is ItemStatus.DONE
    assert items["IMG_4.png"].status is ItemStatus.SKIPPED
    assert history.batch_items(record.batch_id) == sorted(items.values(), key=lambda i: i.position)
    assert history.find_batch_job(record.name).collected


@pytest.mark.parametrize(
    ("end", "words"),
    [
        ("EXPIRED", "was not done in the time Google allows"),
        ("FAILED", "The batch job failed at Google before"),
    ],
)
async def test_a_job_that_ends_without_results_says_so_on_every_row(
    client: GeminiClient,
    history: HistoryStore,
    loopback_server: LoopbackServer,
    tmp_path: Path,
    end: str,
    words: str,
) -> None:
    loopback_server.batches.plan(JobPlan(polls=0, end=end))
    jobs, record, _ = await submit(client, history, shoot(tmp_path / "s", 2))

    record, status = await jobs.wait(record, first_wait=0.01)
    items = await jobs.collect(record, status)

    assert status.state is JobState(end)
    assert [i.status for i in items] == [ItemStatus.FAILED] * 2
    assert all(i.error and words in i.error["message"] for i in items)


async def test_cancel_cancels_at_google_and_the_rows_say_so(
    client: GeminiClient, history: HistoryStore, loopback_server: LoopbackServer, tmp_path: Path
) -> None:
    loopback_server.batches.plan(JobPlan(polls=50))
    jobs, record, _ = await submit(client, history, shoot(tmp_path / "s", 2))

    record = await jobs.cancel(record)

    assert record.state == "CANCELLED"
    assert [r.route for r in loopback_server.requests_for("batches")][-2:] == [
        "batches.cancel",
        "batches.get",
    ]
    _, status = await jobs.refresh(record)
    items = await jobs.collect(record, status)
    assert [i.status for i in items] == [ItemStatus.FAILED] * 2
    assert all(i.error and "was cancelled before" in i.error["message"] for i in items)


async def test_waiting_looks_again_later_each_time(
    client: GeminiClient, history: HistoryStore, loopback_server: LoopbackServer, tmp_path: Path
) -> None:
    loopback_server.batches.plan(JobPlan(polls=3))
    jobs, record, _ = await submit(client, history, shoot(tmp_path / "s", 1))
    seen: list[str] = []

    record, status = await jobs.wait(
        record, on_status=lambda r, s: seen.append(s.state), first_wait=0.01
    )

    assert seen == ["PENDING", "RUNNING", "RUNNING", "SUCCEEDED"]
    assert status.state.ended and len(loopback_server.requests_for("batches.get")) == 4


def _file_name(uri: str) -> str:
    return "files/" + uri.rsplit("/", 1)[1]


async def test_the_photos_own_title_and_keywords_go_along_only_when_asked(
    client: GeminiClient, history: HistoryStore, loopback_server: LoopbackServer, tmp_path: Path
) -> None:
    folder = shoot(tmp_path / "s", 2)
    values = XmpValues(title="Grey heron", keywords=("bird", "river"))
    write_sidecar(folder / "IMG_0.png", values, Naming.LIGHTROOM)
    asks = Ask.of(preset=Preset.CAPTION, context=True), Ask.of(preset=Preset.CAPTION)
    prompts = []
    for ask in asks:
        settings = batch_settings(ask, ChatSettings(), client.connection.model)
        spec = BatchSpec((str(folder),), False, ask, settings, ImageDetail.BALANCED)
        opened = open_batch(history, spec, list_files([folder]), resume=False)
        record, _ = await BatchJobs(client, history).submit(
            opened.id, opened.to_send, ask, settings, ImageDetail.BALANCED, display_name="s"
        )
        data = loopback_server.uploads.file_bytes(record.details["requests_file"])
        lines = {x["key"]: x["request"] for x in map(json.loads, data.splitlines())}
        prompts.append({k: r["contents"][0]["parts"][-1]["text"] for k, r in lines.items()})

    with_context, without = prompts
    assert with_context["0"].endswith("Title: Grey heron\nKeywords: bird, river")
    assert with_context["0"].startswith(asks[0].prompt)
    assert with_context["1"] == without["0"] == without["1"] == asks[0].prompt
