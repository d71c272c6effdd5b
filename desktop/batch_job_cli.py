"""`gemini-desktop batch --job`, `--job-status` and `--job-cancel`: a batch sent as one of
Google's batch jobs (half the price, usually done within hours; _LIMITS says how long Google
lets a job take on each engine), then collected (or cancelled).

`--job` sends the photos as one job, prints its id on stdout and exits 0 (with `--wait`, it
then waits as `--job-status --wait` does). `--job-status ID` looks at the job once: its
state and counts, and once it is done its results go into the batch's rows, the --out file
and the --xmp sidecars, each photo's answer on stdout; exit 0 when every photo got an
answer, 1 when some did not (listed, with why), 3 while the job is not done. Ctrl+C while
waiting leaves the job running at Google and says how to collect it. `--job-cancel ID` asks
Google to cancel the job: exit 0 when it is cancelled (or being cancelled), 1 when it had
ended already or Google refused; `--job-status ID` then collects what it answered.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from desktop.batch_cli import EXIT_FAILED, EXIT_OK, NAME, result_text
from desktop.batch_progress import shown_path
from desktop.cli import connect
from desktop.core.errors import GeminiError
from desktop.describe_options import UsageError
from desktop.services.batch.ask import Ask
from desktop.services.batch.export import write_results
from desktop.services.batch.jobs import BatchJobs, JobRecord, JobState, JobStatus
from desktop.services.batch.xmp import Naming, naming_in_use, write_sidecars
from desktop.services.history.batches import BatchItem, ItemStatus
from desktop.terminal_text import for_terminal

if TYPE_CHECKING:
    from desktop.core.conversation import ChatSettings
    from desktop.core.image_detail import ImageDetail
    from desktop.services.batch.session import OpenedBatch
    from desktop.services.gemini_client import GeminiClient
    from desktop.services.history import HistoryStore

EXIT_NOT_DONE = 3

_LIMITS = {
    # ai.google.dev/gemini-api/docs/batch-api ("Job states"): a target of 24 hours, expired
    # after 48 hours pending or running.
    "gemini": "Google aims for 24 h; a job not done after 48 h expires",
    # cloud.google.com/vertex-ai/generative-ai/docs/multimodal/batch-prediction-gemini
    # ("Quotas and limits"): queued up to 72 hours, then what is not done within 24 hours of
    # running is cancelled.
    "vertex": "a job may wait up to 72 h to start; what is not done 24 h after it starts is "
    "cancelled",
}

_STATE_WORDS = {
    JobState.QUEUED: "queued at Google",
    JobState.PENDING: "waiting to start at Google",
    JobState.RUNNING: "running at Google",
    JobState.SUCCEEDED: "done",
    JobState.PARTIALLY_SUCCEEDED: "done, but only partly: some requests failed",
    JobState.FAILED: "failed at Google",
    JobState.CANCELLING: "being cancelled",
    JobState.CANCELLED: "cancelled",
    JobState.PAUSED: "paused at Google",
    JobState.EXPIRED: "expired: Google did not finish it in time",
    JobState.UPDATING: "being updated at Google",
    JobState.UNKNOWN: "in a state this version does not know",
}


async def submit_job(
    args: argparse.Namespace,
    opened: OpenedBatch,
    client: GeminiClient,
    history: HistoryStore,
    ask: Ask,
    settings: ChatSettings,
    detail: ImageDetail,
    out: TextIO,
    err: TextIO,
) -> int:
    jobs = _jobs(client, history)
    if not opened.to_send:
        return EXIT_OK
    print(
        f"{NAME}: preparing {len(opened.to_send)} requests for one batch job (half the price, "
        f"usually done within hours; {_LIMITS[jobs.engine.engine]})…",
        file=err,
    )
    record, left_out = await jobs.submit(
        opened.id,
        opened.to_send,
        ask,
        settings,
        detail,
        display_name=f"gemini-desktop-batch-{opened.id}",
    )
    for item in left_out:
        print(f"{NAME}: {shown_path(item.path)}: left out. {_error_text(item)}", file=err)
    if not record.name:
        print(f"{NAME}: none of the files could be prepared; nothing was sent.", file=err)
        return EXIT_FAILED
    args.job_status = record.job_id  # what Ctrl+C while waiting names
    print(args.job_status, file=out, flush=True)
    print(
        f"{NAME}: sent as batch job {args.job_status} ({_state_line(record, None)}). See it, and "
        f"collect its results once it is done, with: {NAME} --job-status {args.job_status}",
        file=err,
    )
    if not args.wait:
        return EXIT_OK
    return await _look(args, jobs, record, out, err)


async def job_status(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    async def look(jobs: BatchJobs, record: JobRecord) -> int:
        return await _look(args, jobs, record, out, err)

    return await _with_job(args, args.job_status, look)


async def job_cancel(args: argparse.Namespace, err: TextIO) -> int:
    async def cancel(jobs: BatchJobs, record: JobRecord) -> int:
        record, status = await jobs.refresh(record)
        collect = f"{NAME} --job-status {record.job_id}"
        if status.state.ended:
            print(
                f"{NAME}: batch job {record.job_id}: {_state_line(record, status)} There is "
                f"nothing to cancel; collect it with: {collect}",
                file=err,
            )
            return EXIT_FAILED
        try:
            record = await jobs.cancel(record)
        except GeminiError as error:
            print(f"{NAME}: batch job {record.job_id}: {error.user_text()}", file=err)
            return EXIT_FAILED
        print(f"{NAME}: batch job {record.job_id}: {_state_line(record, None)}", file=err)
        print(f"{NAME}: collect what it answered with: {collect}", file=err)
        return EXIT_OK

    return await _with_job(args, args.job_cancel, cancel)


async def _with_job(
    args: argparse.Namespace,
    job: str,
    action: Callable[[BatchJobs, JobRecord], Awaitable[int]],
) -> int:
    """`action` on the history's job of that id, through the connection the options name."""
    from desktop.services.history import HistoryStore
    from desktop.services.http import use_system_trust_store

    history = await asyncio.to_thread(HistoryStore.open)
    try:
        record = await asyncio.to_thread(history.find_batch_job, job)
        if record is None:
            raise UsageError(f"there is no batch job {job} in this computer's history.")
        use_system_trust_store()
        try:
            client = await connect(args)
        except GeminiError as error:
            raise UsageError(error.user_text()) from error
        async with client:
            return await action(_jobs(client, history, record), record)
    finally:
        await asyncio.to_thread(history.close)


async def _look(
    args: argparse.Namespace, jobs: BatchJobs, record: JobRecord, out: TextIO, err: TextIO
) -> int:
    def said(record: JobRecord, status: JobStatus) -> None:
        print(f"{NAME}: batch job {record.job_id}: {_state_line(record, status)}", file=err)

    if args.wait:
        record, status = await jobs.wait(record, on_status=said)
    else:
        record, status = await jobs.refresh(record)
        said(record, status)
    if not status.state.ended:
        print(f"{NAME}: not done yet; look again later, or add --wait.", file=err)
        return EXIT_NOT_DONE
    if status.error:
        print(f"{NAME}: Google says: {status.error.get('message')}", file=err)
    items = await jobs.collect(record, status)
    return await _write_results(args, jobs, record, items, out, err)


async def _write_results(
    args: argparse.Namespace,
    jobs: BatchJobs,
    record: JobRecord,
    items: list[BatchItem],
    out: TextIO,
    err: TextIO,
) -> int:
    """Each answer on stdout, every row into --out, the answers into --xmp sidecars; then
    what became of the photos, those without an answer listed with why."""
    batch = await asyncio.to_thread(jobs.history.batch, record.batch_id)
    ask = Ask.from_dict((batch.spec if batch else {}).get("ask") or {})
    answered = [i for i in items if i.status is ItemStatus.DONE]
    naming = None
    if args.xmp:
        photos = [Path(i.path) for i in items if i.status is not ItemStatus.SKIPPED]
        naming = Naming(args.xmp_naming) if args.xmp_naming else naming_in_use(photos)
    if args.out:
        await asyncio.to_thread(write_results, Path(args.out), ask.columns, items)
    for item in answered:
        text = result_text(item.fields)
        print(f"{shown_path(item.path)}: {for_terminal(text) if out.isatty() else text}", file=out)
    unwritten = 0
    if naming is not None:
        _, problems = await asyncio.to_thread(write_sidecars, answered, naming)
        for item, error in problems:
            print(f"{NAME}: {shown_path(item.path)}: its XMP sidecar: {error}.", file=err)
        unwritten = len(problems)
    without = [i for i in items if i.status in (ItemStatus.FAILED, ItemStatus.PENDING)]
    skipped = len(items) - len(answered) - len(without)
    print(f"{NAME}: {len(answered)} answered, {len(without)} failed, {skipped} left out.", file=err)
    if naming is not None:
        print(f"{NAME}: XMP sidecars named as {naming.value} names them.", file=err)
    if unwritten:
        print(f"{NAME}: {unwritten} XMP sidecars could not be written.", file=err)
    if without:
        print(
            f"{NAME}: {len(without)} without an answer (send them again with the same "
            "command and --resume, with or without --job):",
            file=err,
        )
        for item in without:
            print(f"  {shown_path(item.path)}: {(item.error or {}).get('message', '')}", file=err)
    return EXIT_FAILED if without or unwritten else EXIT_OK


def _jobs(
    client: GeminiClient, history: HistoryStore, record: JobRecord | None = None
) -> BatchJobs:
    try:
        jobs = BatchJobs(client, history)
    except GeminiError as error:
        raise UsageError(error.user_text()) from error
    if record is not None and record.engine != jobs.engine.engine:
        where = "the Gemini API" if record.engine == "gemini" else "Vertex AI"
        raise UsageError(
            f"batch job {record.job_id} was sent through {where}; choose a connection "
            "that uses it (--profile NAME)."
        )
    return jobs


def _state_line(record: JobRecord, status: JobStatus | None) -> str:
    state = status.state if status is not None else JobState.from_wire(record.state)
    counts = record.counts
    total = counts.get("total", 0)
    done, failed = counts.get("succeeded", 0), counts.get("failed", 0)
    line = f"{_STATE_WORDS[state]}; {total} requests"
    if done or failed:
        line += f", {done} answered, {failed} failed"
    return line + "."


def _error_text(item: BatchItem) -> str:
    error = item.error or {}
    return " ".join(str(error.get(key) or "") for key in ("message", "hint")).strip()
