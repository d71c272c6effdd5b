"""The batch engine against the loopback server, with real photos and a real history file."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path

import pytest
from PIL import Image

from desktop.core.conversation import ChatSettings
from desktop.core.image_detail import ImageDetail
from desktop.services.batch.ask import Ask, Preset
from desktop.services.batch.engine import (
    Answered,
    BatchEvent,
    BatchRun,
    Failed,
    Halted,
    LeftOut,
    Refused,
    batch_settings,
)
from desktop.services.batch.files import list_files
from desktop.services.batch.limiter import AdaptiveLimit
from desktop.services.batch.session import BatchSpec, open_batch
from desktop.services.gemini_client import GeminiClient
from desktop.services.history import HistoryStore
from desktop.services.history.batches import ItemStatus
from tests.loopback import LoopbackServer, Scenario
from tests.loopback.scenario import RateLimit
from tests.photos import GPS_IFD, camera_photo, png_bytes


def photos(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for n in range(count):
        path = folder / f"photo-{n:03d}.png"
        path.write_bytes(png_bytes(8, 6, colour=(n % 256, 40, 90)))
        made.append(path)
    return made


async def run_batch(
    client: GeminiClient,
    history: HistoryStore,
    folder: Path,
    ask: Ask,
    *,
    resume: bool = False,
    limit: AdaptiveLimit | None = None,
    detail: ImageDetail = ImageDetail.BALANCED,
) -> tuple[list[BatchEvent], int]:
    listing = list_files([folder], recursive=True)
    settings = batch_settings(ask, ChatSettings(), client.connection.model)
    spec = BatchSpec((str(folder),), True, ask, settings, detail)
    opened = open_batch(history, spec, listing, resume=resume)
    run = BatchRun(client, history, opened.id, ask, settings, detail=detail, limit=limit)
    return [event async for event in run.run(opened.to_send)], opened.id


def sent_photos(server: LoopbackServer) -> list[bytes]:
    """The photos of the answered requests (429s left out), as sent."""
    return [
        base64.b64decode(r.json["contents"][0]["parts"][0]["inlineData"]["data"])
        for r in server.requests
        if r.route == "gemini.stream"
    ]


@pytest.mark.asyncio
async def test_every_photo_is_answered_and_saved_with_its_fields(
    loopback_server: LoopbackServer, client: GeminiClient, history: HistoryStore, tmp_path: Path
) -> None:
    folder = tmp_path / "shoot"
    photos(folder, 5)
    (folder / "notes.txt").write_text("not a photo")
    (folder / "nested").mkdir()
    (folder / "nested" / "deep.png").write_bytes(png_bytes())
    loopback_server.script(*[Scenario(text="boat, harbour; Boat\n- sunset") for _ in range(6)])
    events, batch_id = await run_batch(client, history, folder, Ask.of(preset=Preset.KEYWORDS))
    assert [type(e) for e in events] == [Answered] * 6
    items = history.batch_items(batch_id)
    done = [i for i in items if i.status is ItemStatus.DONE]
    assert len(done) == 6 and all(
        i.fields == {"keywords": ["boat", "harbour", "sunset"]} for i in done
    )
    (skipped,) = [i for i in items if i.status is ItemStatus.SKIPPED]
    assert skipped.path.endswith("notes.txt") and skipped.error
    assert skipped.error["status"] == "NOT_MEDIA"
    prompt = loopback_server.requests[-1].json["contents"][0]["parts"][-1]["text"]
    assert "keywords" in prompt


@pytest.mark.asyncio
async def test_a_photos_location_never_leaves(
    loopback_server: LoopbackServer, client: GeminiClient, history: HistoryStore, tmp_path: Path
) -> None:
    folder = tmp_path / "trip"
    folder.mkdir()
    original = camera_photo(640, 480, gps=True)
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(GPS_IFD)
    (folder / "summit.jpg").write_bytes(original)
    events, _ = await run_batch(client, history, folder, Ask.of(preset=Preset.ALT_TEXT))
    assert isinstance(events[0], Answered) and not events[0].keeps_location
    (sent,) = sent_photos(loopback_server)
    with Image.open(io.BytesIO(sent)) as image:
        assert not image.getexif() and "exif" not in image.info
    # Original detail sends the file as it is, and says so.
    events, _ = await run_batch(
        client, history, folder, Ask.of(preset=Preset.TITLE), detail=ImageDetail.ORIGINAL
    )
    assert isinstance(events[0], Answered) and events[0].keeps_location


@pytest.mark.asyncio
async def test_a_damaged_photo_is_left_out_when_prepared(
    loopback_server: LoopbackServer, client: GeminiClient, history: HistoryStore, tmp_path: Path
) -> None:
    folder = tmp_path / "card"
    photos(folder, 2)
    whole = camera_photo(320, 240)
    (folder / "cut.jpg").write_bytes(whole[: len(whole) // 2])
    events, batch_id = await run_batch(client, history, folder, Ask.of(preset=Preset.CAPTION))
    (left_out,) = [e for e in events if isinstance(e, LeftOut)]
    assert left_out.item.path.endswith("cut.jpg") and left_out.error.status == "DAMAGED"
    assert len(sent_photos(loopback_server)) == 2
    statuses = {Path(i.path).name: i.status for i in history.batch_items(batch_id)}
    assert statuses["cut.jpg"] is ItemStatus.SKIPPED


@pytest.mark.asyncio
async def test_schema_fields_become_columns_and_bad_json_fails_the_file(
    loopback_server: LoopbackServer, client: GeminiClient, history: HistoryStore, tmp_path: Path
) -> None:
    folder = tmp_path / "schema"
    photos(folder, 2)
    schema = {
        "type": "OBJECT",
        "properties": {"title": {"type": "STRING"}, "keywords": {"type": "ARRAY"}},
        "propertyOrdering": ["title", "keywords"],
    }
    loopback_server.script(
        Scenario(text=json.dumps({"title": "Harbour", "keywords": ["boat", "sea"]})),
        Scenario(text="Sorry, I cannot do JSON."),
    )
    ask = Ask.of(schema=schema)
    assert ask.columns == ["title", "keywords"]
    events, _ = await run_batch(client, history, folder, ask)
    answered = [e for e in events if isinstance(e, Answered)]
    failed = [e for e in events if isinstance(e, Failed)]
    assert len(answered) == 1 and len(failed) == 1
    assert answered[0].item.fields == {"title": "Harbour", "keywords": ["boat", "sea"]}
    assert failed[0].error.status == "NOT_JSON"
    assert failed[0].item.text == "Sorry, I cannot do JSON."
    config = loopback_server.requests[-1].json["generationConfig"]
    assert config["responseMimeType"] == "application/json"
    assert config["responseSchema"] == schema
    # Only the answers are kept: no thoughts are asked for (the window asks by default).
    assert config["thinkingConfig"] == {"includeThoughts": False}


@pytest.mark.asyncio
@pytest.mark.expected_log(r"HTTP 429 from", r"Attempt 1 failed")
async def test_a_429_halves_the_limit_waits_for_retry_info_and_sends_nothing_twice(
    loopback_server: LoopbackServer, client: GeminiClient, history: HistoryStore, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    made = photos(folder, 30)
    loopback_server.rate_limit = RateLimit(10, window=0.5)
    limit = AdaptiveLimit()
    events, batch_id = await run_batch(
        client, history, folder, Ask.of(prompt="Title?"), limit=limit
    )
    refused = [e for e in events if isinstance(e, Refused)]
    answered = [e for e in events if isinstance(e, Answered)]
    assert len(answered) == 30 and refused
    assert limit.rate_limited == len(refused) == loopback_server.rate_limit.refused
    assert all(0 < e.retry_after <= 0.5 for e in refused)
    sent = sent_photos(loopback_server)
    assert len(sent) == 30 and len(set(sent)) == 30
    assert all(i.status is ItemStatus.DONE for i in history.batch_items(batch_id))
    assert len(made) == 30


@pytest.mark.asyncio
@pytest.mark.expected_log(r"HTTP 400 from")
async def test_resume_sends_only_what_has_no_answer(
    loopback_server: LoopbackServer, client: GeminiClient, history: HistoryStore, tmp_path: Path
) -> None:
    folder = tmp_path / "resume"
    photos(folder, 4)
    loopback_server.script(
        Scenario(text="one"),
        Scenario.http_error(400, "INVALID_ARGUMENT", "bad photo"),
        Scenario(text="three"),
        Scenario(text="four"),
    )
    ask = Ask.of(preset=Preset.TITLE)
    limit = AdaptiveLimit(1, fixed=True)  # one at a time, so the scripted replies match
    events, first_id = await run_batch(client, history, folder, ask, limit=limit)
    assert sorted(type(e).__name__ for e in events) == ["Answered"] * 3 + ["Failed"]
    loopback_server.reset()
    events, again_id = await run_batch(client, history, folder, ask, resume=True)
    assert again_id == first_id and [type(e) for e in events] == [Answered]
    assert len(sent_photos(loopback_server)) == 1
    assert all(i.status is ItemStatus.DONE for i in history.batch_items(first_id))


@pytest.mark.asyncio
@pytest.mark.expected_log(r"HTTP 429 from")
async def test_todays_quota_used_up_stops_sending_and_leaves_the_rest_pending(
    loopback_server: LoopbackServer, client: GeminiClient, history: HistoryStore, tmp_path: Path
) -> None:
    folder = tmp_path / "day"
    photos(folder, 20)
    loopback_server.script_always(Scenario.daily_quota())
    events, batch_id = await run_batch(client, history, folder, Ask.of(preset=Preset.TITLE))
    (halted,) = [e for e in events if isinstance(e, Halted)]
    assert halted.error.status == "RESOURCE_EXHAUSTED"
    sent = len(loopback_server.requests_for("gemini.stream"))
    assert 1 <= sent <= 4  # those already in flight under the first limit, no more
    statuses = [i.status for i in history.batch_items(batch_id)]
    assert statuses.count(ItemStatus.FAILED) == sent
    assert statuses.count(ItemStatus.PENDING) == 20 - sent
