"""Compares in the history, on real SQLite files: one conversation per column tied together,
listed once, deleted and brought back together, a column copied to go on alone, and the tie
kept through the move to memory and back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.answer import Answer
from desktop.core.conversation import ChatSettings
from desktop.services.history import ATTACHMENTS_FOLDER, HISTORY_FILE, HistoryStore
from tests.photos import png_bytes
from tests.services.history.helpers import StepClock, raw, read_only

MODELS = ("gemini-2.5-flash", "gemini-2.5-pro", "gemini-2.0-flash")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore.open(tmp_path / "data", clock=StepClock()) as opened:
        yield opened


def ask_all(store: HistoryStore, ids: list[int], question: str, photo: bool = False) -> None:
    files = [(png_bytes(), "image/png", "garden.png")] if photo else []
    for index, conversation in enumerate(ids):
        store.add_user_turn(conversation, question, files)
        turn = store.start_model_turn(conversation)
        store.finish_model_turn(turn, Answer(text=f"{MODELS[index]} says hi", finish_reason="STOP"))


def make_compare(store: HistoryStore) -> list[int]:
    ids = store.create_compare([ChatSettings(model=model) for model in MODELS])
    ask_all(store, ids, "What flowers are these?", photo=True)
    return ids


def test_a_compare_is_listed_once_and_each_column_keeps_its_own_thread(
    store: HistoryStore,
) -> None:
    alone = store.create_conversation()
    store.add_user_turn(alone, "A chat of its own")
    ids = make_compare(store)
    ask_all(store, ids, "And their names?")

    listed = store.list_conversations()
    assert [s.id for s in listed] == [ids[0], alone]
    assert listed[0].compare_of == ids[0] and listed[1].compare_of is None
    assert listed[0].title == "What flowers are these?"
    assert store.compare_columns(ids[0]) == ids
    for index, conversation_id in enumerate(ids):
        column = store.load(conversation_id)
        assert column.compare_of == ids[0] and store.compare_of(conversation_id) == ids[0]
        assert column.settings.model == MODELS[index]
        assert [t.text for t in column.turns if t.role == "model"] == [
            f"{MODELS[index]} says hi"
        ] * 2
    assert store.compare_of(alone) is None and store.compare_columns(alone) == []
    # Found by what any column said, the compare is one hit.
    (hit,) = store.search("says hi")
    assert hit.conversation.compare_of == ids[0]
    (hit,) = store.search("2.0-flash says")
    assert hit.conversation.id == ids[2]
    # The photo is stored once for all three columns.
    refs = {store.load(i).turns[0].attachments[0].sha256 for i in ids}
    assert len(refs) == 1


def test_deleting_a_compare_hides_every_column_and_undo_brings_them_back(
    store: HistoryStore,
) -> None:
    ids = make_compare(store)
    store.delete(ids[0])
    assert store.list_conversations() == []
    assert all(store.load(i).deleted for i in ids)
    store.undo_delete(ids[0])
    assert [s.id for s in store.list_conversations()] == [ids[0]]
    assert not any(store.load(i).deleted for i in ids)
    store.delete(ids[0])
    assert store.purge_deleted() == 3
    with pytest.raises(KeyError):
        store.load(ids[2])


def test_a_column_continued_alone_is_a_copy_and_the_compare_stays_whole(
    store: HistoryStore,
) -> None:
    ids = make_compare(store)
    copy = store.copy_alone(ids[1])
    copied, original = store.load(copy), store.load(ids[1])
    assert copied.compare_of is None and copy not in ids
    assert copied.settings == original.settings
    assert [(t.role, t.text, t.status) for t in copied.turns] == [
        (t.role, t.text, t.status) for t in original.turns
    ]
    assert copied.turns[0].attachments == original.turns[0].attachments
    assert [s.id for s in store.list_conversations()] == [copy, ids[0]]
    store.add_user_turn(copy, "Only here")
    assert len(store.load(ids[1]).turns) == 2  # the column is untouched
    assert store.search("Only here")[0].conversation.id == copy


@pytest.mark.expected_log(
    r"could not be saved", r"History unavailable", logger="desktop.services.history"
)
def test_a_compare_made_while_the_disk_takes_no_writes_reaches_it_whole(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    store = HistoryStore.open(folder)
    try:
        first = store.create_conversation()
        with read_only(folder / ATTACHMENTS_FOLDER):
            store.add_user_turn(first, "A photo", [(png_bytes(), "image/png", "p.png")])
            assert not store.persistent  # the compare below is made in memory
            ids = make_compare(store)
        store.create_conversation()  # the folder takes writes again: memory goes back
        assert store.persistent
    finally:
        store.close()
    with raw(folder / HISTORY_FILE) as db:
        rows = db.execute(
            "SELECT id, compare_id, compare_column FROM conversations "
            "WHERE compare_id IS NOT NULL ORDER BY id"
        ).fetchall()
    assert rows == [(ids[0], ids[0], 0), (ids[1], ids[0], 1), (ids[2], ids[0], 2)]
