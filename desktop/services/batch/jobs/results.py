"""A batch job's results into the batch's rows: each line's answer read by the app's one
answer reader (AnswerAccumulator) and turned into the result's fields as a per-photo batch
does it (engine.answered_item); a line's error classified as any other Google error; a photo
the results do not mention says why (the job failed, expired, was cancelled, or left it
out)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desktop.core.answer_stream import AnswerAccumulator
from desktop.core.error_classifier import Asked
from desktop.core.errors import GeminiError
from desktop.core.messages import Message
from desktop.services.batch.ask import Ask
from desktop.services.batch.engine import answered_item, failed_item
from desktop.services.batch.jobs.state import JobState, JobStatus
from desktop.services.history.batches import BatchItem


def item_of_result(
    ask: Ask, item: BatchItem, result: Mapping[str, Any], asked: Asked
) -> tuple[BatchItem, GeminiError | None]:
    """The photo with its result, and why it failed (None when answered): `result` holds a
    GenerateContentResponse ("response") or a google.rpc.Status ("error")."""
    accumulator = AnswerAccumulator(asked)
    try:
        if result.get("error"):
            accumulator.feed({"error": result["error"]})
        accumulator.feed(result.get("response") or {})
        answer = accumulator.finish()
    except GeminiError as error:
        partial = error.partial if error.partial is not None and error.partial.text else None
        return failed_item(item, error, partial), error
    done, problem = answered_item(ask, item, answer)
    return (done, None) if problem is None else (failed_item(item, problem, answer), problem)


def item_without_result(item: BatchItem, status: JobStatus) -> tuple[BatchItem, GeminiError]:
    """The photo FAILED with the job's reason for giving it no result, and that reason."""
    name = Path(item.path).name
    if status.state is JobState.EXPIRED:
        why = "batch.job_expired"
    elif status.state is JobState.CANCELLED:
        why = "batch.job_cancelled"
    elif status.state is JobState.FAILED:
        why = "batch.job_failed"
    else:
        why = "batch.job_no_result"
    error = GeminiError(
        Message(why, file=name),
        hint=Message(f"{why}.hint"),
        status=f"JOB_{status.state}",
        server_message=_job_error(status),
    )
    return failed_item(item, error), error


def _job_error(status: JobStatus) -> str | None:
    if not status.error:
        return None
    return str(status.error.get("message") or status.error)
