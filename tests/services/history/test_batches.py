"""Batches in the history: each file's result saved on its own, found again to resume, and
kept through a full disk like conversations are."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services.history import HistoryStore
from desktop.services.history.batches import BatchItem, ItemStatus
from tests.services.history.helpers import fill_up, free_up


def test_a_batch_and_its_results_are_saved_one_file_at_a_time(tmp_path: Path) -> None:
    with HistoryStore.open(tmp_path) as store:
        items = [BatchItem(0, "/p/a.jpg"), BatchItem(1, "/p/b.jpg")]
        batch = store.create_batch("key", {"ask": {"prompt": "Title?"}}, items)
        store.save_batch_item(
            batch,
            BatchItem(1, "/p/b.jpg", ItemStatus.DONE, "Harbour", {"title": "Harbour"}),
        )
        with pytest.raises(KeyError):
            store.save_batch_item(batch, BatchItem(7, "/p/none.jpg", ItemStatus.DONE))
    with HistoryStore.open(tmp_path) as again:
        found = again.latest_batch("key")
        assert found is not None and found.id == batch and found.state == "running"
        assert found.spec == {"ask": {"prompt": "Title?"}}
        assert again.latest_batch("other") is None
        a, b = again.batch_items(batch)
        assert a.status is ItemStatus.PENDING and b.status is ItemStatus.DONE
        assert b.fields == {"title": "Harbour"} and b.text == "Harbour"
        assert [b.id for b in again.unfinished_batches()] == [batch]
        again.set_batch_state(batch, "finished")
        assert again.latest_batch("key").state == "finished"  # type: ignore[union-attr]
        assert again.unfinished_batches() == []


def test_approvals_are_kept_and_a_later_result_keeps_them(tmp_path: Path) -> None:
    with HistoryStore.open(tmp_path) as store:
        items = [BatchItem(0, "/p/a.jpg"), BatchItem(1, "/p/b.jpg")]
        batch = store.create_batch("key", {}, items)
        done = BatchItem(0, "/p/a.jpg", ItemStatus.DONE, "Harbour", {"title": "Harbour"})
        store.save_batch_item(batch, done)
        store.set_batch_approved(batch, [0, 1], True)
        store.set_batch_approved(batch, [1], False)
        # An edit saved afterwards (the whole item, as the table sends it) keeps the mark.
        store.save_batch_item(batch, BatchItem(0, "/p/a.jpg", ItemStatus.DONE, "Harbour, dusk"))
    with HistoryStore.open(tmp_path) as again:
        a, b = again.batch_items(batch)
        assert a.approved and a.text == "Harbour, dusk" and not b.approved


@pytest.mark.expected_log(r"could not be saved", r"History unavailable")
def test_results_saved_while_the_disk_is_full_reach_it_once_there_is_room(tmp_path: Path) -> None:
    with HistoryStore.open(tmp_path) as store:
        batch = store.create_batch("key", {}, [BatchItem(n, f"/p/{n}.jpg") for n in range(3)])
        fill_up(store)
        store.save_batch_item(batch, BatchItem(0, "/p/0.jpg", ItemStatus.DONE, "x" * 20000))
        assert not store.persistent
        free_up(store)
        store.save_batch_item(batch, BatchItem(1, "/p/1.jpg", ItemStatus.DONE, "second"))
        assert store.persistent
    with HistoryStore.open(tmp_path) as again:
        items = again.batch_items(batch)
        assert [i.status for i in items] == [ItemStatus.DONE, ItemStatus.DONE, ItemStatus.PENDING]
        assert items[0].text == "x" * 20000


def test_many_results_go_in_one_write_and_unfinished_batches_are_counted_by_sqlite(
    tmp_path: Path,
) -> None:
    from desktop.services.history.batch_jobs import JobRecord

    with HistoryStore.open(tmp_path) as store:
        items = [BatchItem(n, f"/p/{n}.jpg") for n in range(4)]
        items.append(BatchItem(4, "/p/notes.txt", ItemStatus.SKIPPED))
        first = store.create_batch("first", {}, items)
        second = store.create_batch("second", {}, items)
        done = store.create_batch("done", {}, items)
        store.set_batch_state(done, "finished")
        store.save_batch_items(
            first,
            [
                BatchItem(0, "/p/0.jpg", ItemStatus.DONE, "a"),
                BatchItem(2, "/p/2.jpg", ItemStatus.FAILED, error={"message": "no"}),
                BatchItem(3, "/p/3.jpg", ItemStatus.DONE, "c"),
            ],
        )
        with pytest.raises(KeyError):  # none of them is saved: one write
            store.save_batch_items(
                second,
                [BatchItem(0, "/p/0.jpg", ItemStatus.DONE), BatchItem(9, "/p/9.jpg")],
            )
        assert [i.status for i in store.batch_items(second)][:4] == [ItemStatus.PENDING] * 4
        store.set_batch_state(second, "job")
        assert store.unfinished_batch_counts() == {first: (2, 4), second: (0, 4)}

        # A job saved comes back with its times, without being read again.
        job = store.save_batch_job(JobRecord("batches/abc", second, "gemini", "PENDING"))
        assert job.created_at > 0 and job.updated_at == job.created_at
        assert job.job_id == "abc"
        later = store.save_batch_job(JobRecord("batches/abc", second, "gemini", "RUNNING"))
        assert later.created_at == job.created_at and later.state == "RUNNING"
        assert store.find_batch_job("abc") == later


def test_the_jobs_to_collect_of_every_unfinished_batch_come_in_one_query(tmp_path: Path) -> None:
    from desktop.services.history.batch_jobs import JobRecord

    with HistoryStore.open(tmp_path) as store:
        items = [BatchItem(0, "/p/0.jpg")]
        watched, collected, again, running = (
            store.create_batch(name, {}, items) for name in ("watched", "collected", "again", "run")
        )
        for batch in (watched, collected, again):
            store.set_batch_state(batch, "job")
        store.save_batch_job(JobRecord("batches/w", watched, "gemini", "RUNNING"))
        store.save_batch_job(
            JobRecord("batches/c", collected, "gemini", "SUCCEEDED", collected=True)
        )
        store.save_batch_job(JobRecord("batches/a1", again, "gemini", "FAILED", collected=True))
        store.save_batch_job(JobRecord("batches/a2", again, "gemini", "PENDING"))
        # A job left uncollected by a batch no longer waiting on one is not listed.
        store.save_batch_job(JobRecord("batches/r", running, "gemini", "CANCELLED"))
        statements: list[str] = []
        store.database.connection.set_trace_callback(statements.append)
        try:
            jobs = store.uncollected_batch_jobs("job")
        finally:
            store.database.connection.set_trace_callback(None)
        assert {batch: job.name for batch, job in jobs.items()} == {
            watched: "batches/w",
            again: "batches/a2",
        }
        assert len([s for s in statements if "FROM batch_jobs" in s]) == 1


def test_the_pace_is_the_busiest_whole_minute_of_recent_runs_of_the_model(tmp_path: Path) -> None:
    from desktop.services.history.batch_jobs import JobRecord

    now = [6000.0]  # minute 100
    with HistoryStore.open(tmp_path, clock=lambda: now[0]) as store:

        def run(model: str, per_minute: list[int]) -> int:
            """A batch answered photo by photo: so many photos in each minute in turn."""
            count = sum(per_minute)
            spec = {"settings": {"model": model}}
            batch = store.create_batch(
                model, spec, [BatchItem(n, f"/p/{n}.jpg") for n in range(count)]
            )
            position = 0
            for minute, answered in enumerate(per_minute):
                for n in range(answered):
                    now[0] = 6000.0 + 60 * minute + 60 * n / answered
                    store.save_batch_items(
                        batch, [BatchItem(position, f"/p/{position}.jpg", ItemStatus.DONE)]
                    )
                    position += 1
            return batch

        assert store.batch_pace("gemini-3.8-flash") is None  # nothing sent yet
        run("gemini-3.8-flash", [12])  # a minute's run tells nothing: it may not fill it
        assert store.batch_pace("gemini-3.8-flash") is None
        run("gemini-3.8-flash", [40, 9, 10, 3])  # its first and last minutes only partly run
        assert store.batch_pace("gemini-3.8-flash") == 10
        run("gemini-3.8-pro", [5, 60, 60, 5])
        assert store.batch_pace("gemini-3.8-flash") == 10  # another model's quota is its own
        assert store.batch_pace("gemini-3.8-pro") == 60
        job = run("gemini-3.8-flash", [1, 500, 500, 1])  # a batch job's rows came together
        store.save_batch_job(JobRecord("batches/j", job, "gemini", "SUCCEEDED", collected=True))
        assert store.batch_pace("gemini-3.8-flash") == 10
