"""A batch's results as a file, row by row as they arrive: CSV (UTF-8 with a byte-order
mark, so spreadsheet programs read accents and CJK right) or JSON Lines.

A row is flushed as soon as it is written: a batch stopped halfway leaves a file that
holds every result so far."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from desktop.services.history.batches import BatchItem

KEYWORD_SEPARATOR = "; "


class ResultWriter:
    """Writes one row per file to a .csv or a .jsonl file (any other suffix: JSON Lines)."""

    def __init__(self, path: Path, columns: Sequence[str]) -> None:
        self.path = path
        self.columns = list(columns)
        self._csv = path.suffix.casefold() == ".csv"
        # utf-8-sig writes the byte-order mark Excel needs to read UTF-8.
        encoding = "utf-8-sig" if self._csv else "utf-8"
        self._file: TextIO = path.open("w", encoding=encoding, newline="")
        self._writer = csv.writer(self._file) if self._csv else None
        if self._writer is not None:
            self._writer.writerow(["file", "status", *self.columns, "error"])

    def write(self, item: BatchItem) -> None:
        if self._writer is not None:
            self._writer.writerow(
                [
                    item.path,
                    str(item.status),
                    *(_cell(item.fields.get(column)) for column in self.columns),
                    _error_text(item),
                ]
            )
        else:
            self._file.write(json.dumps(record(item), ensure_ascii=False) + "\n")
        self._file.flush()

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> ResultWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def write_results(path: Path, columns: Sequence[str], items: Sequence[BatchItem]) -> int:
    """The rows to a .csv or .jsonl file at once (an export, a collected job); how many.
    Blocks."""
    with ResultWriter(path, columns) as writer:
        for item in items:
            writer.write(item)
    return len(items)


def record(item: BatchItem) -> dict[str, Any]:
    """One file's JSON Lines record."""
    return {
        "file": item.path,
        "status": str(item.status),
        "fields": dict(item.fields),
        "text": item.text,
        "error": None if item.error is None else dict(item.error),
        "usage": None if item.usage is None else dict(item.usage),
        "model_version": item.model_version,
    }


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return KEYWORD_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _error_text(item: BatchItem) -> str:
    if not item.error:
        return ""
    return " ".join(str(item.error.get(key) or "") for key in ("message", "hint")).strip()
