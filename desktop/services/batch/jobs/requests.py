"""A batch job's requests file: one JSON line per photo, each request made as the app makes
every request (the photo prepared as a batch prepares it, turn_files' contents, the
settings' GenerateRequest, gemini_client.wire_request's body), keyed by the photo's place
in the batch so its result finds its row again.

Photos are prepared in worker threads, a few at a time, and each line is written to the
file as soon as it is made: a thousand photos never sit in memory together.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from desktop.core.conversation import ChatSettings, NewAttachment
from desktop.core.errors import FileProblemError
from desktop.core.image_detail import ImageDetail
from desktop.core.request import Content
from desktop.services.batch.ask import Ask
from desktop.services.batch.existing import context_note, existing_metadata
from desktop.services.gemini_client import GeminiClient, wire_request
from desktop.services.history.batches import BatchItem
from desktop.services.turn_files import one_turn_contents, opened_file, prepare_file

ContentsMaker = Callable[[str, NewAttachment], Awaitable[tuple[Content, ...]]]


def item_key(item: BatchItem) -> str:
    """The key of a photo's request line: its place in the batch."""
    return str(item.position)


@dataclass
class RequestsFile:
    """The requests written, and the photos left out (damaged, unreadable) with why."""

    path: Path
    count: int = 0
    left_out: list[tuple[BatchItem, FileProblemError]] = field(default_factory=list)


async def write_requests(
    path: Path,
    client: GeminiClient,
    items: Sequence[BatchItem],
    ask: Ask,
    settings: ChatSettings,
    detail: ImageDetail,
    *,
    line: Callable[[str, dict[str, Any]], dict[str, Any]],
    contents: ContentsMaker | None = None,
    workers: int | None = None,
    on_prepared: Callable[[int], None] | None = None,
) -> RequestsFile:
    """Write one request line per item to `path`; `line(key, body)` is the engine's line
    around the request body. `contents` makes a photo's contents (default: the send
    pipeline's, inline within its budget and uploaded beyond it). `on_prepared(n)` hears
    how many photos are through (written or left out) each time one more is."""
    make_contents = contents or _pipeline_contents(client)
    written = RequestsFile(path)
    queue: asyncio.Queue[BatchItem] = asyncio.Queue()
    writing = asyncio.Lock()  # one line at a time: a text file is not for several threads
    for item in items:
        queue.put_nowait(item)

    async def worker(out: TextIO) -> None:
        while not queue.empty():
            item = queue.get_nowait()
            try:
                opened = await asyncio.to_thread(opened_file, item.path)
                prepared = await prepare_file(opened, detail)
            except FileProblemError as error:
                written.left_out.append((item, error))
                prepared_one()
                continue
            prompt = ask.prompt
            if ask.context:  # the photo's own title and keywords, as a per-photo batch sends
                existing = await asyncio.to_thread(existing_metadata, Path(item.path))
                prompt += context_note(existing)
            request = settings.request(await make_contents(prompt, prepared.item))
            _, body = wire_request(client.connection, request, stream=False)
            text = json.dumps(line(item_key(item), body), ensure_ascii=False) + "\n"
            async with writing:
                await asyncio.to_thread(out.write, text)
            written.count += 1
            prepared_one()

    def prepared_one() -> None:
        if on_prepared is not None:
            on_prepared(written.count + len(written.left_out))

    count = workers or max(2, os.cpu_count() or 2)
    with path.open("w", encoding="utf-8", newline="\n") as out:
        async with asyncio.TaskGroup() as group:
            for _ in range(count):
                group.create_task(worker(out))
    return written


def _pipeline_contents(client: GeminiClient) -> ContentsMaker:
    async def contents(prompt: str, file: NewAttachment) -> tuple[Content, ...]:
        return await one_turn_contents(
            prompt, [file], api=client.connection.api, uploader=client.uploader
        )

    return contents
