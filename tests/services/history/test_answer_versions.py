"""Answer versions on a real SQLite file: Retry keeps the earlier answers, the choice is
saved, the conversation (and so the next request and every export) goes on from it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.answer import Answer
from desktop.core.conversation import TurnStatus, conversation_request_contents
from desktop.services.history import HistoryStore
from desktop.services.history.failover import copy_to_memory, write_back
from tests.services.history.helpers import StepClock, fts_integrity


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore.open(tmp_path / "data", clock=StepClock()) as opened:
        yield opened


def answered(store: HistoryStore, conversation: int, prompt: str, text: str) -> int:
    store.add_user_turn(conversation, prompt)
    turn = store.start_model_turn(conversation)
    store.finish_model_turn(turn, Answer(text=text, finish_reason="STOP"))
    return turn


def texts(store: HistoryStore, conversation: int) -> list[str]:
    return [turn.text for turn in store.load(conversation).turns]


def test_a_retry_is_a_new_version_in_the_answers_place_and_the_first_stays(
    store: HistoryStore,
) -> None:
    conversation = store.create_conversation()
    first = answered(store, conversation, "Name a colour", "Red")
    answered(store, conversation, "And another?", "Blue")

    again = store.retry_model_turn(first)
    assert again.id != first and again.status is TurnStatus.STREAMING
    assert again.versions == (first, again.id)
    assert (again.version_number, again.version_count) == (2, 2)
    store.save_partial(again.id, "Gre")
    store.finish_model_turn(again.id, Answer(text="Green", finish_reason="STOP"))

    loaded = store.load(conversation)
    assert [t.text for t in loaded.turns] == ["Name a colour", "Green", "And another?", "Blue"]
    assert loaded.turns[1].versions == (first, again.id)
    assert store.list_conversations()[0].turn_count == 4  # versions are not turns
    assert store.answer_version(first).text == "Red"
    fts_integrity(store)


def test_the_chosen_version_is_saved_and_the_next_request_goes_on_from_it(
    tmp_path: Path, store: HistoryStore
) -> None:
    conversation = store.create_conversation()
    first = answered(store, conversation, "Name a colour", "Red")
    second = store.retry_model_turn(first).id
    store.finish_model_turn(second, Answer(text="Green", finish_reason="STOP"))
    third = store.retry_model_turn(second).id  # retrying the version on show
    store.finish_model_turn(third, Answer(text="Blue", finish_reason="STOP"))

    chosen = store.choose_version(first)
    assert (chosen.text, chosen.version_number, chosen.version_count) == ("Red", 1, 3)
    store.add_user_turn(conversation, "Why that one?")
    store.close()

    with HistoryStore.open(tmp_path / "data") as reopened:
        loaded = reopened.load(conversation)
        assert [t.text for t in loaded.turns] == ["Name a colour", "Red", "Why that one?"]
        assert loaded.turns[1].versions == (first, second, third)
        contents = conversation_request_contents(loaded, reopened.attachment_bytes)
        assert [c.parts[0].text for c in contents] == ["Name a colour", "Red", "Why that one?"]
        reopened.choose_version(third)
        assert texts(reopened, conversation)[1] == "Blue"


def test_retrying_a_version_needs_an_answer(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    question = store.add_user_turn(conversation, "Hello")
    with pytest.raises(KeyError):
        store.retry_model_turn(question.id)
    with pytest.raises(KeyError):
        store.choose_version(999)


def test_versions_made_in_memory_while_the_disk_refused_go_back_to_the_file(
    store: HistoryStore,
) -> None:
    conversation = store.create_conversation()
    first = answered(store, conversation, "Name a colour", "Red")
    disk = store.database
    memory = copy_to_memory(disk)
    try:
        again = memory.retry_model_turn(first)
        memory.finish_model_turn(again.id, Answer(text="Green", finish_reason="STOP"))
        memory.choose_version(again.id)
        assert write_back(memory, disk) == 1
    finally:
        memory.close()
    loaded = store.load(conversation)
    assert [t.text for t in loaded.turns] == ["Name a colour", "Green"]
    assert loaded.turns[1].versions == (first, again.id)
    assert store.list_conversations()[0].turn_count == 2
