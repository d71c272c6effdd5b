"""HistoryStore on real SQLite files: turns, answers, attachments, the sidebar, search."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop import paths
from desktop.core.answer import Answer
from desktop.core.conversation import (
    ChatSettings,
    NewAttachment,
    TurnStatus,
    conversation_request_contents,
)
from desktop.core.errors import FileProblemError, StreamCutOffError
from desktop.core.messages import Message
from desktop.core.request import GenerationConfig
from desktop.services.history import ATTACHMENTS_FOLDER, HISTORY_FILE, SCHEMA_VERSION, HistoryStore
from tests.photos import png_bytes
from tests.services.history.helpers import StepClock, fts_integrity, raw, write_png


@pytest.fixture
def clock() -> StepClock:
    return StepClock()


@pytest.fixture
def store(tmp_path: Path, clock: StepClock) -> Iterator[HistoryStore]:
    with HistoryStore.open(tmp_path / "data", clock=clock) as opened:
        yield opened
    with raw(tmp_path / "data" / HISTORY_FILE) as db:  # the search index matches the turns
        db.execute("INSERT INTO turns_fts (turns_fts, rank) VALUES ('integrity-check', 1)")


def reopen(store: HistoryStore, clock: StepClock) -> HistoryStore:
    store.close()
    assert store.folder is not None
    return HistoryStore.open(store.folder, clock=clock)


def chat(store: HistoryStore, prompt: str, answer: str | None = None) -> int:
    conversation = store.create_conversation()
    store.add_user_turn(conversation, prompt)
    if answer is not None:
        turn = store.start_model_turn(conversation)
        store.finish_model_turn(turn, Answer(text=answer, finish_reason="STOP"))
    return conversation


# --- the file -------------------------------------------------------------------------------


def test_opens_in_the_user_data_folder_in_wal_mode(isolated_home: Path) -> None:
    with HistoryStore.open() as store:
        assert store.path == paths.data_dir() / HISTORY_FILE
        assert store.persistent and store.notice is None and store.problem is None
    with raw(paths.data_dir() / HISTORY_FILE) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert db.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)


def test_this_sqlite_has_fts5_with_the_trigram_tokenizer() -> None:
    """The search needs SQLite 3.34 or later built with FTS5: what Python 3.11 ships on
    Windows and macOS, and Debian 11 and later; the packaged app must bundle one too."""
    assert sqlite3.sqlite_version_info >= (3, 34, 0), sqlite3.sqlite_version
    with sqlite3.connect(":memory:") as db:
        db.execute("CREATE VIRTUAL TABLE t USING fts5 (x, tokenize = 'trigram')")
    db.close()


# --- turns ----------------------------------------------------------------------------------


def test_the_users_turn_and_files_are_kept_even_when_the_originals_go(
    store: HistoryStore, clock: StepClock, tmp_path: Path
) -> None:
    photo = write_png(tmp_path / "garden.png")
    original = photo.read_bytes()
    conversation = store.create_conversation(ChatSettings(model="gemini-2.5-flash"))
    saved = store.add_user_turn(
        conversation,
        "What grows here?",
        [
            (photo, "image/png", "garden.png"),
            NewAttachment(b"%PDF-1.4 notes", "application/pdf", "notes.pdf"),
            NewAttachment(b"\x00\x00\x00\x18ftypmp42", "video/mp4", "clip.mp4", 2.0, 5.5),
        ],
    )
    photo.unlink()
    store = reopen(store, clock)
    try:
        (turn,) = store.load(conversation).turns
        assert turn == saved
        assert turn.role == "user" and turn.status is TurnStatus.COMPLETE
        assert [(a.name, a.mime_type, a.size) for a in turn.attachments] == [
            ("garden.png", "image/png", len(original)),
            ("notes.pdf", "application/pdf", 14),
            ("clip.mp4", "video/mp4", 12),
        ]
        assert (turn.attachments[2].clip_start, turn.attachments[2].clip_end) == (2.0, 5.5)
        sha = hashlib.sha256(original).hexdigest()
        assert turn.attachments[0].sha256 == sha
        assert store.attachment_bytes(sha) == original
        assert store.attachment_path(sha) == store.folder / ATTACHMENTS_FOLDER / sha[:2] / sha  # type: ignore[operator]
    finally:
        store.close()


def test_an_attachment_is_stored_once(store: HistoryStore) -> None:
    photo = png_bytes()
    for prompt in ("one", "two", "three"):
        store.add_user_turn(
            store.create_conversation(), prompt, [(photo, "image/png", prompt + ".png")]
        )
    assert store.folder is not None
    files = [p for p in (store.folder / ATTACHMENTS_FOLDER).rglob("*") if p.is_file()]
    assert [p.name for p in files] == [hashlib.sha256(photo).hexdigest()]
    assert store.database.connection.execute("SELECT count(*) FROM attachments").fetchone() == (1,)


def test_an_unreadable_attachment_saves_nothing(store: HistoryStore, tmp_path: Path) -> None:
    conversation = store.create_conversation()
    with pytest.raises(FileProblemError, match=r"gone\.png"):
        store.add_user_turn(
            conversation, "look", [(tmp_path / "gone.png", "image/png", "gone.png")]
        )
    assert store.load(conversation).turns == ()


def test_the_answer_is_saved_while_it_streams_and_at_the_end(store: HistoryStore) -> None:
    conversation = chat(store, "Tell me about basil")
    turn_id = store.start_model_turn(conversation)
    assert store.load(conversation).turns[-1].status is TurnStatus.STREAMING
    assert store.save_partial(turn_id, "Basil is", "thinking about herbs")
    streaming = store.load(conversation).turns[-1]
    assert (streaming.text, streaming.thoughts) == ("Basil is", "thinking about herbs")

    answer = Answer(
        text="Basil is a herb.",
        thoughts="thinking about herbs",
        finish_reason="STOP",
        usage={"promptTokenCount": 4, "candidatesTokenCount": 5, "totalTokenCount": 9},
        model_version="gemini-2.5-flash-001",
        citations=[{"uri": "https://example.org/basil", "startIndex": 0}],
        grounding_metadata={"webSearchQueries": ["basil"]},
        safety_ratings=[{"category": "HARM_CATEGORY_HARASSMENT", "probability": "NEGLIGIBLE"}],
    )
    finished = store.finish_model_turn(turn_id, answer)
    assert finished.status is TurnStatus.COMPLETE
    assert finished.answer() == answer
    assert store.load(conversation).turns[-1] == finished
    assert not store.save_partial(turn_id, "late delta")  # no longer streaming
    assert store.load(conversation).turns[-1].text == "Basil is a herb."


def test_a_failed_answer_keeps_what_arrived_and_the_error(store: HistoryStore) -> None:
    conversation = chat(store, "Long story please")
    turn_id = store.start_model_turn(conversation)
    error = StreamCutOffError(Message("stream.cut_off"), hint="Send again.")
    error.partial = Answer(text="Once upon a")
    turn = store.finish_model_turn(turn_id, error=error)
    assert turn.status is TurnStatus.FAILED and turn.text == "Once upon a"
    # The English (exports, older versions) and the message ids the window words again.
    assert turn.error == {
        "code": None,
        "status": None,
        "message": Message("stream.cut_off").english(),
        "hint": "Send again.",
        "words": {"id": "stream.cut_off", "args": {}},
        "hint_words": "Send again.",
        "action": "retry",
    }
    assert store.load(conversation).turns[-1].error == turn.error


def test_a_stopped_answer_is_marked_stopped(store: HistoryStore) -> None:
    conversation = chat(store, "Count to a million")
    turn_id = store.start_model_turn(conversation)
    turn = store.finish_model_turn(turn_id, Answer(text="1, 2, 3"), status=TurnStatus.STOPPED)
    assert (turn.status, turn.text) == (TurnStatus.STOPPED, "1, 2, 3")


def test_an_answer_left_streaming_reopens_interrupted_and_can_be_retried(
    store: HistoryStore, clock: StepClock
) -> None:
    conversation = chat(store, "Q1", "A1")
    store.add_user_turn(conversation, "Q2")
    turn_id = store.start_model_turn(conversation)
    store.save_partial(turn_id, "half an ans")
    store = reopen(store, clock)  # as after a crash: nobody called finish_model_turn
    try:
        (recovered,) = store.recover_interrupted()
        assert (recovered.id, recovered.status, recovered.text) == (
            turn_id,
            TurnStatus.INTERRUPTED,
            "half an ans",
        )
        assert store.recover_interrupted() == []
        assert [h.turn_id for h in store.search("half an")] == [turn_id]

        loaded = store.load(conversation)
        history = conversation_request_contents(loaded, store.attachment_bytes, before=turn_id)
        assert [c.parts[0].text for c in history] == ["Q1", "A1", "Q2"]
        again = store.retry_model_turn(turn_id)
        assert store.load(conversation).turns[-1].status is TurnStatus.STREAMING
        assert store.load(conversation).turns[-1].text == ""
        store.finish_model_turn(again.id, Answer(text="A2", finish_reason="STOP"))
        assert [t.text for t in store.load(conversation).turns] == ["Q1", "A1", "Q2", "A2"]
        # The interrupted text stays reachable as the first version.
        assert store.answer_version(turn_id).text == "half an ans"
        fts_integrity(store)
    finally:
        store.close()


def test_missing_ids_raise_key_error(store: HistoryStore) -> None:
    with pytest.raises(KeyError):
        store.load(99)
    with pytest.raises(KeyError):
        store.add_user_turn(99, "hello")
    with pytest.raises(KeyError):
        store.start_model_turn(99)
    with pytest.raises(KeyError):
        store.finish_model_turn(99, Answer())
    with pytest.raises(KeyError):
        store.rename(99, "x")
    with pytest.raises(ValueError):
        store.attachment_bytes("../../etc/passwd")


# --- the sidebar ----------------------------------------------------------------------------


def test_conversations_newest_first_with_title_date_thumbnail_and_count(
    store: HistoryStore,
) -> None:
    first = chat(store, "Oldest question", "answer")
    second = store.create_conversation()
    store.add_user_turn(second, "", [(b"%PDF-1.4", "application/pdf", "report.pdf")])
    store.add_user_turn(second, "and this", [(png_bytes(), "image/png", "a.png")])
    store.add_user_turn(second, "and that", [(png_bytes(colour=(1, 2, 3)), "image/png", "b.png")])
    third = chat(store, "Newest question\nwith a second line")

    summaries = store.list_conversations()
    assert [s.id for s in summaries] == [third, second, first]
    assert [s.title for s in summaries] == ["Newest question", "report.pdf", "Oldest question"]
    assert [s.turn_count for s in summaries] == [1, 3, 2]
    assert summaries[1].first_image_hash == hashlib.sha256(png_bytes()).hexdigest()
    assert summaries[0].first_image_hash is None
    assert summaries[0].updated_at > summaries[1].updated_at >= summaries[1].created_at

    # Continuing an old conversation brings it to the top.
    store.add_user_turn(first, "Back to this one")
    assert [s.id for s in store.list_conversations()] == [first, third, second]
    assert [s.id for s in store.list_conversations(limit=2, offset=1)] == [third, second]


def test_rename_keeps_the_users_title_and_empty_goes_back(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    assert store.list_conversations()[0].title == ""
    store.rename(conversation, "  Holiday   plans ")
    store.add_user_turn(conversation, "Where should we go in May?")
    assert store.list_conversations()[0].title == "Holiday plans"
    store.rename(conversation, "   ")
    assert store.list_conversations()[0].title == "Where should we go in May?"
    store.add_user_turn(conversation, "Second prompt")
    assert store.load(conversation).title == "Where should we go in May?"


def test_delete_undo_and_purge(store: HistoryStore) -> None:
    shared, own = png_bytes(), png_bytes(colour=(9, 9, 9))
    keep = store.create_conversation()
    store.add_user_turn(keep, "keep me", [(shared, "image/png", "s.png")])
    doomed = store.create_conversation()
    store.add_user_turn(
        doomed, "delete me", [(shared, "image/png", "s.png"), (own, "image/png", "o.png")]
    )

    store.delete(doomed)
    assert [s.id for s in store.list_conversations()] == [keep]
    assert store.search("delete me") == []
    assert store.load(doomed).deleted
    store.undo_delete(doomed)
    assert [s.id for s in store.list_conversations()] == [doomed, keep]
    assert [h.conversation.id for h in store.search("delete me")] == [doomed]

    store.delete(doomed)
    assert store.purge_deleted() == 1
    with pytest.raises(KeyError):
        store.load(doomed)
    assert store.attachment_path(hashlib.sha256(own).hexdigest()) is None
    assert store.attachment_bytes(hashlib.sha256(shared).hexdigest()) == shared
    assert store.purge_deleted() == 0


def test_purge_only_before_a_time(store: HistoryStore, clock: StepClock) -> None:
    old, recent = chat(store, "old"), chat(store, "recent")
    store.delete(old)
    cutoff = clock.now + 0.5
    store.delete(recent)
    assert store.purge_deleted(before=cutoff) == 1
    store.undo_delete(recent)
    assert [s.title for s in store.list_conversations()] == ["recent"]


def test_purge_sweeps_files_left_by_a_failed_save(store: HistoryStore) -> None:
    assert store.folder is not None
    stray = store.folder / ATTACHMENTS_FOLDER / "ab" / ("ab" + "0" * 62)
    stray.parent.mkdir(parents=True)
    stray.write_bytes(b"orphan")
    fresh = stray.with_name("ab" + "1" * 62)
    fresh.write_bytes(b"another window is saving this one")
    an_hour_ago = time.time() - 3700
    os.utime(stray, (an_hour_ago, an_hour_ago))
    store.purge_deleted()
    assert not stray.exists() and fresh.exists()


def test_reopening_restores_the_settings(store: HistoryStore, clock: StepClock) -> None:
    settings = ChatSettings(
        model="gemini-2.5-pro",
        system_instruction="Be brief.",
        generation_config=GenerationConfig(temperature=0.2, stop_sequences=("END",)),
        google_search=True,
    )
    conversation = store.create_conversation(settings)
    store.add_user_turn(conversation, "Hi")
    store = reopen(store, clock)
    try:
        assert store.load(conversation).settings == settings
        changed = ChatSettings(model="gemini-2.5-flash")
        store.update_settings(conversation, changed)
        assert store.load(conversation).settings == changed
    finally:
        store.close()


# --- search ---------------------------------------------------------------------------------


@pytest.fixture
def searchable(store: HistoryStore) -> dict[str, int]:
    return {
        "garden": chat(store, "What grows in my garden?", "Tomatoes, Basil and photos of roses."),
        "tokyo": chat(store, "東京タワーの高さは？", "東京タワーは333メートルです。"),
        "code": chat(
            store, "Why does C++ need headers?", "Because of how the compiler works; see e-mail."
        ),
        "quotes": chat(store, 'She said "hello" AND left', "NEAR(the door) OR NOT -x *"),
        "tax": chat(store, "How do I file a tax return?", "Fill in the return form for your tax."),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("basil", ["garden"]),  # an answer
        ("GARDEN", ["garden"]),  # case ignored
        ("photo", ["garden"]),  # part of a word
        ("tax return", ["tax"]),  # every term, anywhere in the turn
        ('"tax return"', ["tax"]),  # a phrase
        ('"return tax"', []),
        ("東京タワー", ["tokyo"]),  # no spaces between words
        ("東京", ["tokyo"]),  # two characters: shorter than a trigram
        ("333", ["tokyo"]),
        ("C++", ["code"]),
        ("e-mail", ["code"]),
        ('"hello"', ["quotes"]),
        ('"hello" AND', ["quotes"]),  # operators are just words
        ("NEAR(the", ["quotes"]),
        ("NOT -x *", ["quotes"]),
        ("OR", ["tax", "quotes", "code"]),  # two letters: any turn containing "or"
        ("basil tokyo", []),
        ("", []),
        ('"', []),
    ],
)
def test_search(
    store: HistoryStore, searchable: dict[str, int], query: str, expected: list[str]
) -> None:
    names = {v: k for k, v in searchable.items()}
    assert [names[h.conversation.id] for h in store.search(query)] == expected


def test_search_gives_a_snippet_of_the_newest_matching_turn(
    store: HistoryStore, searchable: dict[str, int]
) -> None:
    (hit,) = store.search("tax")
    assert hit.snippet is not None and hit.turn_id is not None
    assert hit.snippet.text == "Fill in the return form for your tax."
    assert [hit.snippet.text[a:b] for a, b in hit.snippet.highlights] == ["tax"]
    assert store.load(hit.conversation.id).turns[-1].id == hit.turn_id


def test_search_finds_titles_the_user_gave(store: HistoryStore, searchable: dict[str, int]) -> None:
    store.rename(searchable["garden"], "Allotment notes")
    (hit,) = store.search("allotment")
    assert hit.conversation.id == searchable["garden"]
    assert hit.turn_id is None and hit.snippet is None


def test_search_ignores_answers_still_streaming(store: HistoryStore) -> None:
    conversation = chat(store, "question")
    turn_id = store.start_model_turn(conversation)
    store.save_partial(turn_id, "a zebra crossing")
    assert store.search("zebra") == []
    store.finish_model_turn(turn_id, Answer(text="a zebra crossing", finish_reason="STOP"))
    assert [h.turn_id for h in store.search("zebra")] == [turn_id]


def test_search_limit(store: HistoryStore) -> None:
    ids = [chat(store, f"pelican number {i}") for i in range(5)]
    assert [h.conversation.id for h in store.search("pelican", limit=3)] == ids[::-1][:3]
    assert [h.conversation.id for h in store.search("pe", limit=2)] == ids[::-1][:2]


# --- threads and memory ---------------------------------------------------------------------


def test_safe_to_use_from_many_threads(store: HistoryStore) -> None:
    """The window calls through asyncio.to_thread: several calls may overlap."""
    conversation = chat(store, "threads")
    errors: list[BaseException] = []

    def stream(worker: int) -> None:
        try:
            turn_id = store.start_model_turn(conversation)
            text = ""
            for i in range(30):
                text += f"w{worker}-{i} "
                store.save_partial(turn_id, text)
                store.list_conversations()
                store.search(f"w{worker}")
            store.finish_model_turn(turn_id, Answer(text=text, finish_reason="STOP"))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=stream, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    turns = store.load(conversation).turns
    assert len(turns) == 7 and all(t.status is TurnStatus.COMPLETE for t in turns)
    assert store.integrity_check() == ["ok"]


def test_an_in_memory_history_works_the_same(clock: StepClock) -> None:
    with HistoryStore.in_memory(clock=clock) as store:
        assert not store.persistent and store.notice is None
        conversation = chat(store, "Remember the pelican", "I will.")
        store.add_user_turn(conversation, "photo", [(png_bytes(), "image/png", "p.png")])
        sha = hashlib.sha256(png_bytes()).hexdigest()
        assert store.attachment_bytes(sha) == png_bytes()
        assert store.attachment_path(sha) is None
        assert [h.conversation.id for h in store.search("pelican")] == [conversation]
        store.delete(conversation)
        store.purge_deleted()
        with pytest.raises(FileProblemError):
            store.attachment_bytes(sha)


# --- any query ------------------------------------------------------------------------------

TEXTS = (
    "Tomatoes, basil & roses: 50% off (today only)!",
    "東京タワーは333メートルです。北京と上海",
    'She said "hello" -- AND left; NEAR(the door) OR NOT x* ^y',
    "C:\\Users\\me\\photo_1.jpg isn't 100% there",
)


@pytest.fixture(scope="module")
def texts_store() -> Iterator[tuple[HistoryStore, list[int]]]:
    with HistoryStore.in_memory() as store:
        yield store, [chat(store, "prompt", text) for text in TEXTS]


@given(query=st.text(max_size=30))
@settings(max_examples=300, deadline=None)
def test_any_query_is_answered_without_error(
    texts_store: tuple[HistoryStore, list[int]], query: str
) -> None:
    store, _ = texts_store
    for hit in store.search(query):
        assert hit.snippet is None or all(a < b for a, b in hit.snippet.highlights)


@given(data=st.data())
@settings(max_examples=300, deadline=None)
def test_any_piece_of_a_text_finds_it(
    texts_store: tuple[HistoryStore, list[int]], data: st.DataObject
) -> None:
    store, ids = texts_store
    index = data.draw(st.integers(0, len(TEXTS) - 1))
    text = TEXTS[index].replace('"', " ")
    start = data.draw(st.integers(0, len(text) - 1))
    piece = text[start : data.draw(st.integers(start + 1, len(text)))]
    if not piece.strip():
        return
    assert ids[index] in [h.conversation.id for h in store.search(piece)], piece
