"""A compare exported with all its columns: Markdown (one heading per column, the shared
photo saved once), the web page (columns side by side) and JSON (each column a whole
conversation export), from a real history."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.conversation import Conversation
from desktop.services.export import (
    ExportLabels,
    export_compare_json,
    export_html_columns,
    export_markdown_columns,
    read_export,
)
from desktop.services.history import HistoryStore
from tests.services.history.test_compares import MODELS, make_compare


@pytest.fixture
def columns(tmp_path: Path) -> Iterator[tuple[HistoryStore, list[Conversation]]]:
    with HistoryStore.open(tmp_path / "data") as store:
        ids = make_compare(store)
        yield store, [store.load(i) for i in ids]


def test_markdown_puts_every_column_under_its_heading(
    columns: tuple[HistoryStore, list[Conversation]], tmp_path: Path
) -> None:
    store, conversations = columns
    labels = ExportLabels(column="Spalte {n}")
    out = tmp_path / "out"
    out.mkdir()
    path = export_markdown_columns(
        conversations, store.attachment_bytes, out, name="Flowers", labels=labels
    )
    text = path.read_text()
    assert text.startswith("# What flowers are these?\n")
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == [f"## Spalte {n} · {model}" for n, model in enumerate(MODELS, 1)]
    for model in MODELS:
        assert f"{model} says hi" in text
    (photo,) = (out / "Flowers files").iterdir()  # one file for the three columns
    assert text.count(f"Flowers%20files/{photo.name}") == 3


def test_the_web_page_shows_the_columns_side_by_side(
    columns: tuple[HistoryStore, list[Conversation]], tmp_path: Path
) -> None:
    store, conversations = columns
    path = export_html_columns(conversations, store.attachment_bytes, tmp_path / "c.html")
    page = path.read_text()
    assert '<main class="wide">' in page and page.count("<section>") == 3
    for n, model in enumerate(MODELS, 1):
        assert f'<h2 class="column">Column {n} · {model}</h2>' in page
        assert f"{model} says hi" in page


def test_json_holds_each_column_as_a_conversation_export(
    columns: tuple[HistoryStore, list[Conversation]], tmp_path: Path
) -> None:
    store, conversations = columns
    path = export_compare_json(conversations, store.attachment_bytes, tmp_path / "c.json")
    document = json.loads(path.read_text())
    assert document["format"] == "gemini-desktop-compare"
    assert [c["settings"]["model"] for c in document["columns"]] == list(MODELS)
    for number, column in enumerate(document["columns"]):
        # Each column on its own is a conversation export the app reads back.
        single = tmp_path / f"column{number}.json"
        single.write_text(json.dumps(column))
        exported = read_export(single)
        assert [t.text for t in exported.turns][-1] == f"{MODELS[number]} says hi"
