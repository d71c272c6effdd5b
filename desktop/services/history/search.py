"""Full-text search of the history: every term in a turn (FTS5 trigram index, or a scan
for terms shorter than a trigram) or in a title, newest conversations first."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from desktop.core.conversation import SearchHit, make_snippet, search_terms
from desktop.services.history.rows import SUMMARY_COLUMNS, like_pattern, summary_of

TRIGRAM = 3  # the shortest term the trigram index can find


def search_history(db: sqlite3.Connection, query: str, limit: int = 50) -> list[SearchHit]:
    """Conversations whose prompts, answers or title contain every term of `query`
    (words, or "quoted phrases"; any letters, case ignored), newest first, each with
    a snippet of its newest matching turn."""
    terms = search_terms(query)
    if not terms or limit <= 0:
        return []
    turn_hits = _matching_turns(db, terms, limit)
    title_ids = _matching_titles(db, terms, limit)
    ids = list(turn_hits) + [i for i in title_ids if i not in turn_hits]
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    summaries = [
        summary_of(row)
        for row in db.execute(
            f"SELECT {SUMMARY_COLUMNS} FROM conversations WHERE id IN ({marks})", ids
        )
    ]
    turn_ids = list(turn_hits.values())
    marks = ",".join("?" * len(turn_ids))
    texts = dict(
        db.execute(f"SELECT id, text FROM turns WHERE id IN ({marks})", turn_ids).fetchall()
    )
    summaries.sort(key=lambda s: (s.updated_at, s.id), reverse=True)
    # A compare is one line: a column is left out when another line already stands for it.
    compares_shown: set[int] = set()
    lines = []
    for summary in summaries:
        if summary.compare_of is not None:
            if summary.compare_of in compares_shown:
                continue
            compares_shown.add(summary.compare_of)
        lines.append(summary)
    hits = []
    for summary in lines[:limit]:
        turn_id = turn_hits.get(summary.id)
        snippet = make_snippet(texts.get(turn_id, ""), terms) if turn_id else None
        hits.append(SearchHit(summary, turn_id, snippet))
    return hits


def _matching_turns(db: sqlite3.Connection, terms: Sequence[str], limit: int) -> dict[int, int]:
    """{conversation id: its newest matching turn id}, for up to `limit` conversations,
    newest turns first: a common word stops after a few hundred rows, not all of them."""
    indexed = [t for t in terms if len(t) >= TRIGRAM]
    short = [t for t in terms if len(t) < TRIGRAM]
    likes = " ".join("AND t.text LIKE ? ESCAPE '\\'" for _ in short)
    like_args = [like_pattern(t) for t in short]
    if indexed:
        # Each term a quoted FTS5 string ("" escapes a quote): the user's punctuation
        # and words like AND, OR, NOT and NEAR are only text. CROSS JOIN keeps the
        # index in the outer loop, walked newest first.
        expression = " AND ".join('"' + t.replace('"', '""') + '"' for t in indexed)
        sql = (
            "SELECT t.id, t.conversation_id FROM turns_fts f "
            "CROSS JOIN turns t ON t.id = f.rowid "
            "CROSS JOIN conversations c ON c.id = t.conversation_id "
            f"WHERE turns_fts MATCH ? AND c.deleted_at IS NULL {likes} "
            "ORDER BY f.rowid DESC"
        )
        args: list[Any] = [expression, *like_args]
    else:
        # Shorter than a trigram (Chinese and Japanese words are often two characters):
        # the index cannot help, so the turns are read newest first, stopping early.
        sql = (
            "SELECT t.id, t.conversation_id FROM turns t "
            "CROSS JOIN conversations c ON c.id = t.conversation_id "
            f"WHERE t.status != 'streaming' AND c.deleted_at IS NULL {likes} "
            "ORDER BY t.id DESC"
        )
        args = like_args
    found: dict[int, int] = {}
    cursor = db.execute(sql, args)
    try:
        for turn_id, conversation_id in cursor:
            found.setdefault(conversation_id, turn_id)
            if len(found) >= limit:
                break
    finally:
        cursor.close()
    return found


def _matching_titles(db: sqlite3.Connection, terms: Sequence[str], limit: int) -> list[int]:
    likes = " ".join("AND title LIKE ? ESCAPE '\\'" for _ in terms)
    rows = db.execute(
        f"SELECT id FROM conversations WHERE deleted_at IS NULL {likes} "
        "ORDER BY updated_at DESC, id DESC LIMIT ?",
        [*(like_pattern(t) for t in terms), limit],
    )
    return [row[0] for row in rows]
