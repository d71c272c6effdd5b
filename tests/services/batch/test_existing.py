"""A photo's existing title and keywords as context: read from a sidecar, the XMP inside
the photo or its IPTC block (each written by ExifTool here), sent along only when asked,
and never its location."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.core.conversation import ChatSettings
from desktop.core.image_detail import ImageDetail
from desktop.services.batch.ask import Ask, Preset
from desktop.services.batch.engine import Answered, BatchRun, batch_settings
from desktop.services.batch.existing import Existing, context_note, existing_metadata
from desktop.services.batch.files import list_files
from desktop.services.batch.session import BatchSpec, open_batch
from desktop.services.gemini_client import GeminiClient
from desktop.services.history import HistoryStore
from tests.loopback import LoopbackServer
from tests.photos import camera_photo

EXIFTOOL = shutil.which("exiftool")
pytestmark = pytest.mark.skipif(
    EXIFTOOL is None and not os.environ.get("CI"),
    reason="needs ExifTool (Debian: libimage-exiftool-perl)",
)


def exiftool(*args: str | Path) -> None:
    assert EXIFTOOL is not None
    subprocess.run([EXIFTOOL, *map(str, args)], capture_output=True, check=True, timeout=60)


def photo(folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(camera_photo(320, 240, gps=True))
    return path


def test_read_from_a_sidecar_the_photos_xmp_or_its_iptc(tmp_path: Path) -> None:
    sidecar_photo = photo(tmp_path, "heron.jpg")
    exiftool("-o", tmp_path / "heron.jpg.xmp", "-XMP-dc:Title=Grey heron",
             "-XMP-dc:Subject=bird", "-XMP-dc:Subject=river", sidecar_photo)  # fmt: skip
    assert existing_metadata(sidecar_photo) == Existing("Grey heron", ["bird", "river"])

    inside = photo(tmp_path, "kite.jpg")
    exiftool("-overwrite_original", "-XMP-dc:Title=Red kite", "-XMP-dc:Subject=sky", inside)
    assert existing_metadata(inside) == Existing("Red kite", ["sky"])

    iptc = photo(tmp_path, "harbour.jpg")
    exiftool("-overwrite_original", "-IPTC:ObjectName=Harbour", "-IPTC:Keywords=boats",
             "-IPTC:Keywords=Hafen", "-charset", "iptc=UTF8", iptc)  # fmt: skip
    assert existing_metadata(iptc) == Existing("Harbour", ["boats", "Hafen"])

    assert not existing_metadata(photo(tmp_path, "bare.jpg"))
    assert context_note(Existing()) == ""


@pytest.mark.asyncio
async def test_sent_along_only_when_asked_and_without_the_location(
    loopback_server: LoopbackServer,
    client: GeminiClient,
    history: HistoryStore,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "shoot"
    image = photo(folder, "heron.jpg")
    exiftool("-overwrite_original", "-XMP-dc:Title=Grey heron", "-XMP-dc:Subject=bird",
             "-GPSLatitude=46.5", "-GPSLatitudeRef=N", "-XMP-photoshop:City=Bern",
             image)  # fmt: skip
    prompts = []
    for context in (False, True):
        ask = Ask.of(preset=Preset.CAPTION, context=context)
        settings = batch_settings(ask, ChatSettings(), client.connection.model)
        spec = BatchSpec((str(folder),), False, ask, settings, ImageDetail.BALANCED)
        opened = open_batch(history, spec, list_files([folder]), resume=False)
        run = BatchRun(client, history, opened.id, ask, settings, detail=ImageDetail.BALANCED)
        events = [event async for event in run.run(opened.to_send)]
        assert isinstance(events[0], Answered)
        body = loopback_server.requests[-1].json
        prompts.append(body["contents"][0]["parts"][-1]["text"])
        assert "Bern" not in str(body) and "46" not in body["contents"][0]["parts"][-1]["text"]
    without, with_context = prompts
    assert "Grey heron" not in without
    assert "Title: Grey heron" in with_context and "Keywords: bird" in with_context
