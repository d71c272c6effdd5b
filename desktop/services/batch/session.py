"""A batch in the history: started from a file list, or found again to resume it.

A batch is known by what it asks of which paths (BatchSpec.key): running the same command
again with --resume (or the window reopening it) finds it, and only its files without an
answer are sent; the files listed when it started are its files.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.core.conversation import ChatSettings
from desktop.core.image_detail import ImageDetail
from desktop.services.batch.ask import Ask
from desktop.services.batch.files import FileList
from desktop.services.history import HistoryStore
from desktop.services.history.batches import BatchItem, ItemStatus

FINISHED, RUNNING, JOB = "finished", "running", "job"  # JOB: sent as a batch job


@dataclass(frozen=True)
class BatchSpec:
    """What a batch asks of which paths, and how: enough to know it again."""

    sources: tuple[str, ...]
    """The paths given (files and folders), absolute."""
    recursive: bool
    ask: Ask
    settings: ChatSettings
    detail: ImageDetail

    def to_dict(self) -> dict[str, Any]:
        return {
            "sources": list(self.sources),
            "recursive": self.recursive,
            "ask": self.ask.to_dict(),
            "settings": self.settings.to_dict(),
            "detail": str(self.detail),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BatchSpec:
        """The spec `to_dict` wrote (an unfinished batch found again to resume it); its
        key() is the one it was saved under."""
        sources = data.get("sources")
        ask = data.get("ask")
        settings = data.get("settings")
        return cls(
            tuple(str(s) for s in sources) if isinstance(sources, list) else (),
            data.get("recursive") is True,
            Ask.from_dict(ask if isinstance(ask, Mapping) else {}),
            ChatSettings.from_dict(settings if isinstance(settings, Mapping) else {}),
            ImageDetail(data.get("detail") or ImageDetail.BALANCED),
        )

    def key(self) -> str:
        text = json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class OpenedBatch:
    id: int
    items: list[BatchItem]
    resumed: bool

    @property
    def to_send(self) -> list[BatchItem]:
        """The files without an answer yet: pending, or failed last time."""
        return [i for i in self.items if i.status in (ItemStatus.PENDING, ItemStatus.FAILED)]


def earlier_batch(history: HistoryStore, spec: BatchSpec) -> OpenedBatch | None:
    """The newest batch of this spec, finished or not. Blocks (SQLite)."""
    batch = history.latest_batch(spec.key())
    if batch is None:
        return None
    return OpenedBatch(batch.id, history.batch_items(batch.id), resumed=True)


def open_batch(
    history: HistoryStore, spec: BatchSpec, listing: FileList, *, resume: bool
) -> OpenedBatch:
    """The batch to run: with `resume`, the newest one of this spec (when there is one: a
    finished one then has nothing to send), else a new one of `listing`'s files. Blocks."""
    if resume and (earlier := earlier_batch(history, spec)) is not None:
        return earlier
    items = [BatchItem(position, str(path)) for position, path in enumerate(listing.files)]
    start = len(items)
    items += [
        BatchItem(start + n, str(skip.path), ItemStatus.SKIPPED, error=skip.error.to_record())
        for n, skip in enumerate(listing.skipped)
    ]
    batch_id = history.create_batch(spec.key(), spec.to_dict(), items)
    return OpenedBatch(batch_id, items, resumed=False)


def finish(
    history: HistoryStore, batch_id: int, items: Sequence[BatchItem], *, again: str | None = None
) -> None:
    """Mark the batch finished when every file has its answer or its reason to be left out;
    else, with `again`, set that state (a collected job's batch is unfinished again)."""
    if all(i.status in (ItemStatus.DONE, ItemStatus.SKIPPED) for i in items):
        history.set_batch_state(batch_id, FINISHED)
    elif again is not None:
        history.set_batch_state(batch_id, again)
