"""Google's batch engines for thousands of photos: the Gemini API's Batch API and Vertex AI
batch prediction (half the price, usually done within hours; a Gemini API job expires after
48 h, a Vertex AI job may wait 72 h to start, then has 24 h to run). BatchJobs is the
API the window and the terminal call: submit, refresh (state and counts), cancel, wait,
collect (results into the batch's rows)."""

from desktop.services.batch.jobs.service import BatchJobs, engine_for
from desktop.services.batch.jobs.state import (
    JobCounts,
    JobState,
    JobStatus,
    SendProgress,
    SendStep,
)
from desktop.services.history.batch_jobs import JobRecord

__all__ = [
    "BatchJobs",
    "JobCounts",
    "JobRecord",
    "JobState",
    "JobStatus",
    "SendProgress",
    "SendStep",
    "engine_for",
]
