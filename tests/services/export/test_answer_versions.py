"""Exports hold the version of an answer the conversation goes on from, not the others."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core.answer import Answer
from desktop.services.export import export_html, export_json, export_markdown
from desktop.services.history import HistoryStore


def test_every_export_holds_the_chosen_version_only(store: HistoryStore, out: Path) -> None:
    conversation_id = store.create_conversation()
    store.add_user_turn(conversation_id, "Name a fruit")
    first = store.start_model_turn(conversation_id)
    store.finish_model_turn(first, Answer(text="Quince marmalade", finish_reason="STOP"))
    second = store.retry_model_turn(first).id
    store.finish_model_turn(second, Answer(text="Pomegranate seeds", finish_reason="STOP"))
    third = store.retry_model_turn(second).id
    store.finish_model_turn(third, Answer(text="Damson jam", finish_reason="STOP"))
    store.choose_version(second)
    conversation = store.load(conversation_id)

    markdown = export_markdown(conversation, store.attachment_bytes, out, name="m")
    page = export_html(conversation, store.attachment_bytes, out / "page.html")
    document = export_json(conversation, store.attachment_bytes, out / "c.json")
    for path in (markdown, page, document):
        text = path.read_text(encoding="utf-8")
        assert "Pomegranate seeds" in text, path.name
        assert "Quince" not in text and "Damson" not in text, path.name
    data = json.loads(document.read_text(encoding="utf-8"))
    assert [turn["text"] for turn in data["turns"]] == ["Name a fruit", "Pomegranate seeds"]
