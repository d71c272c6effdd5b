"""The history's batch jobs: a batch sent to one of Google's batch engines, known by the
job's name there. Queries over a HistoryDatabase; HistoryStore calls them."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.services.history.database import HistoryDatabase
from desktop.services.history.rows import from_json


@dataclass(frozen=True)
class JobRecord:
    """A batch job as last seen: its engine's name for it, state and counts."""

    name: str
    """The job's name at Google: "batches/ID" or "projects/P/locations/L/batchPredictionJobs/ID"."""
    batch_id: int
    engine: str
    """"gemini" (the Gemini API's Batch API) or "vertex" (Vertex AI batch prediction)."""
    state: str
    """A JobState value (services/batch/jobs/state.py)."""
    counts: Mapping[str, int] = field(default_factory=dict)
    details: Mapping[str, Any] = field(default_factory=dict)
    """Where the requests went and the results come from; the job's error."""
    collected: bool = False
    created_at: float = 0.0
    updated_at: float = 0.0

    @property
    def job_id(self) -> str:
        """The id the user types and sees: the last part of the job's name."""
        return self.name.rsplit("/", 1)[-1]


_COLUMNS = "name, batch_id, engine, state, counts, details, collected, created_at, updated_at"


def save_job(database: HistoryDatabase, job: JobRecord) -> JobRecord:
    """Insert the job, or update its state, counts, details and whether it was collected;
    the job as saved (its times as the history holds them)."""
    now = database.clock()
    with database.writing() as db:
        created_at, updated_at = db.execute(
            f"INSERT INTO batch_jobs ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET state = excluded.state, "
            "counts = excluded.counts, details = excluded.details, "
            "collected = excluded.collected, updated_at = excluded.updated_at "
            "RETURNING created_at, updated_at",
            (
                job.name,
                job.batch_id,
                job.engine,
                job.state,
                json.dumps(dict(job.counts), sort_keys=True),
                json.dumps(dict(job.details), ensure_ascii=False, sort_keys=True),
                int(job.collected),
                job.created_at or now,
                now,
            ),
        ).fetchone()
        db.execute("UPDATE batches SET updated_at = ? WHERE id = ?", (now, job.batch_id))
    return dataclasses.replace(job, created_at=created_at, updated_at=updated_at)


def find_job(database: HistoryDatabase, name: str) -> JobRecord | None:
    """The job of that name, or whose name ends with "/" + `name` (its id alone)."""
    with database.reading() as db:
        row = db.execute(
            f"SELECT {_COLUMNS} FROM batch_jobs "
            "WHERE name = ?1 OR substr(name, -length(?1) - 1) = '/' || ?1 "
            "ORDER BY created_at DESC LIMIT 1",
            (name,),
        ).fetchone()
    return None if row is None else _job_of(row)


def batch_jobs(database: HistoryDatabase, batch_id: int | None = None) -> list[JobRecord]:
    """The jobs of a batch (None: of every batch), newest first."""
    where, args = ("WHERE batch_id = ?", (batch_id,)) if batch_id is not None else ("", ())
    with database.reading() as db:
        rows = db.execute(
            f"SELECT {_COLUMNS} FROM batch_jobs {where} ORDER BY created_at DESC", args
        ).fetchall()
    return [_job_of(row) for row in rows]


def uncollected_jobs(database: HistoryDatabase, batch_state: str) -> dict[int, JobRecord]:
    """Each batch in `batch_state`'s newest job not collected yet, by the batch's id: one
    query for File ▸ Unfinished batches, however many batches it lists."""
    with database.reading() as db:
        rows = db.execute(
            f"SELECT {_COLUMNS} FROM batch_jobs WHERE NOT collected "
            "AND batch_id IN (SELECT id FROM batches WHERE state = ?) "
            "ORDER BY created_at DESC",
            (batch_state,),
        ).fetchall()
    jobs: dict[int, JobRecord] = {}
    for row in rows:
        jobs.setdefault(row[1], _job_of(row))  # the newest first
    return jobs


def _job_of(row: Sequence[Any]) -> JobRecord:
    counts, details = from_json(row[4]), from_json(row[5])
    return JobRecord(
        name=row[0],
        batch_id=row[1],
        engine=row[2],
        state=row[3],
        counts=counts if isinstance(counts, dict) else {},
        details=details if isinstance(details, dict) else {},
        collected=bool(row[6]),
        created_at=row[7],
        updated_at=row[8],
    )
