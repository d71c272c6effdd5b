"""Migrations: a database from every earlier schema version opens at the latest, data kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.services.history import SCHEMA_VERSION, HistoryStore
from desktop.services.history.schema import MIGRATIONS, SchemaTooNewError, migrate, schema_version
from tests.services.history.helpers import fts_integrity, raw
from tests.services.history.versions import BUILDERS, Expected, build_v1


def test_every_schema_version_has_a_builder() -> None:
    assert len(MIGRATIONS) == SCHEMA_VERSION
    assert set(BUILDERS) == set(range(SCHEMA_VERSION + 1)), (
        "add a builder for the version before the new migration to tests/services/history/versions.py"
    )


@pytest.mark.parametrize("version", sorted(BUILDERS))
def test_a_database_from_every_version_opens_at_the_latest_with_its_data(
    version: int, tmp_path: Path
) -> None:
    expected = BUILDERS[version](tmp_path)
    with raw(tmp_path / "history.sqlite3") as db:
        assert schema_version(db) == version

    store = HistoryStore.open(tmp_path)
    try:
        assert store.persistent and store.notice is None
        recovered = store.recover_interrupted()
        check(store, expected)
        assert store.integrity_check() == ["ok"]
        fts_integrity(store)
        # And it goes on working: a new conversation joins the old ones.
        new = store.create_conversation()
        store.add_user_turn(new, "A question after the upgrade")
        assert store.list_conversations()[0].title == "A question after the upgrade"
        assert [t.status for t in recovered] == ["interrupted"] * len(recovered)
    finally:
        store.close()
    with raw(tmp_path / "history.sqlite3") as db:
        assert schema_version(db) == SCHEMA_VERSION
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def check(store: HistoryStore, expected: Expected) -> None:
    summaries = store.list_conversations()
    assert [s.title for s in summaries] == expected.titles
    by_title = {s.title: s for s in summaries}
    for title, turns in expected.turns.items():
        conversation = store.load(by_title[title].id)
        assert [(t.role, t.text, t.status) for t in conversation.turns] == turns
        assert conversation.settings.model == expected.settings_model[title]
    for sha, data in expected.attachments.items():
        assert store.attachment_bytes(sha) == data
    for query, titles in expected.searches.items():
        assert [hit.conversation.title for hit in store.search(query)] == titles
    for title, links in expected.links.items():
        conversation = store.load(by_title[title].id)
        refs = [ref for turn in conversation.turns for ref in turn.attachments if ref.uri]
        assert [(ref.name, ref.uri) for ref in refs] == links
        assert all(ref.size == 0 and store.attachment_path(ref.sha256) is None for ref in refs)
    for title, resolutions in expected.resolutions.items():
        conversation = store.load(by_title[title].id)
        refs = [ref for turn in conversation.turns for ref in turn.attachments]
        assert [(ref.name, ref.media_resolution) for ref in refs] == resolutions


def test_migrating_keeps_the_turns_attachments_and_first_image(tmp_path: Path) -> None:
    expected = build_v1(tmp_path)
    with HistoryStore.open(tmp_path) as store:
        garden = store.list_conversations()[1]
        (sha,) = expected.attachments
        assert garden.first_image_hash == sha
        assert garden.turn_count == 2
        (user, model) = store.load(garden.id).turns
        assert [(a.name, a.mime_type, a.sha256) for a in user.attachments] == [
            ("garden.png", "image/png", sha)
        ]
        assert model.finish_reason == "STOP" and model.usage == {"totalTokenCount": 9}


def _add_pinned(db: sqlite3.Connection) -> None:
    """What a v2 migration looks like: one function."""
    db.execute("ALTER TABLE conversations ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0")
    db.execute("UPDATE conversations SET pinned = 1 WHERE title_edited")


def test_a_later_migration_is_one_function_and_keeps_the_data(tmp_path: Path) -> None:
    build_v1(tmp_path)
    with raw(tmp_path / "history.sqlite3") as db:
        before = migrate(db, migrations=(*MIGRATIONS, _add_pinned))
        assert before == 1 and schema_version(db) == SCHEMA_VERSION + 1
        assert db.execute("SELECT title, pinned FROM conversations ORDER BY id").fetchall() == [
            ("Garden photo", 0),
            ("My renamed chat", 1),
            ("Deleted one", 0),
        ]
        assert db.execute("SELECT count(*) FROM turns").fetchone() == (5,)


def test_a_failing_migration_leaves_the_earlier_version_whole(tmp_path: Path) -> None:
    build_v1(tmp_path)

    def half_done(db: sqlite3.Connection) -> None:
        db.execute("ALTER TABLE conversations ADD COLUMN pinned INTEGER")
        raise sqlite3.OperationalError("database or disk is full")

    with raw(tmp_path / "history.sqlite3") as db:
        with pytest.raises(sqlite3.OperationalError):
            migrate(db, migrations=(*MIGRATIONS, half_done))
        assert schema_version(db) == SCHEMA_VERSION  # the steps before it stay done
        columns = [row[1] for row in db.execute("PRAGMA table_info(conversations)")]
        assert "pinned" not in columns
    with HistoryStore.open(tmp_path) as store:
        assert len(store.list_conversations()) == 2


@pytest.mark.expected_log(r"is damaged|newer")
def test_a_database_from_a_newer_version_is_left_untouched(tmp_path: Path) -> None:
    build_v1(tmp_path)
    path = tmp_path / "history.sqlite3"
    with raw(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    before = path.read_bytes()
    with raw(path) as db, pytest.raises(SchemaTooNewError):
        migrate(db)

    store = HistoryStore.open(tmp_path)
    assert not store.persistent
    assert store.notice is not None and "newer version" in store.notice
    conversation = store.create_conversation()
    store.add_user_turn(conversation, "kept in memory")
    assert [s.title for s in store.list_conversations()] == ["kept in memory"]
    store.close()
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("history-corrupt-*"))
