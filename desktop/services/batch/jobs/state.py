"""A batch job's state and counts as Google reports them, in one vocabulary for both
engines: the Gemini API says BATCH_STATE_RUNNING, Vertex AI JOB_STATE_RUNNING (google-genai's
`t_job_state` maps the one onto the other the same way)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class JobState(StrEnum):
    QUEUED = "QUEUED"
    PENDING = "PENDING"
    RUNNING = "RUNNING"
    SUCCEEDED = "SUCCEEDED"
    PARTIALLY_SUCCEEDED = "PARTIALLY_SUCCEEDED"
    FAILED = "FAILED"
    CANCELLING = "CANCELLING"
    CANCELLED = "CANCELLED"
    PAUSED = "PAUSED"
    EXPIRED = "EXPIRED"
    UPDATING = "UPDATING"
    UNKNOWN = "UNKNOWN"

    @classmethod
    def from_wire(cls, text: object) -> JobState:
        """BATCH_STATE_x or JOB_STATE_x as x; an unknown or missing state is UNKNOWN."""
        name = str(text or "").removeprefix("BATCH_STATE_").removeprefix("JOB_STATE_")
        try:
            return cls(name)
        except ValueError:
            return cls.UNKNOWN

    @property
    def ended(self) -> bool:
        """Google will not change it any more."""
        return self in _ENDED

    @property
    def succeeded(self) -> bool:
        return self in (JobState.SUCCEEDED, JobState.PARTIALLY_SUCCEEDED)


_ENDED = frozenset(
    {
        JobState.SUCCEEDED,
        JobState.PARTIALLY_SUCCEEDED,
        JobState.FAILED,
        JobState.CANCELLED,
        JobState.EXPIRED,
    }
)


class SendStep(StrEnum):
    """Where a job being sent is, before Google has made it."""

    PREPARING = "preparing"
    """Each photo made into its request (through Vertex AI, uploaded to the bucket too)."""
    UPLOADING = "uploading"
    """The requests file on its way to Google."""
    CREATING = "creating"
    """The create call sent: Google accepts the job and names it."""


@dataclass(frozen=True)
class SendProgress:
    """How far the sending of a job has come: its step, and while the photos are prepared,
    how many of them are (made or left out)."""

    step: SendStep
    done: int = 0
    total: int = 0


@dataclass(frozen=True)
class JobCounts:
    """Requests in the job, and how many Google has answered or failed so far."""

    total: int = 0
    succeeded: int = 0
    failed: int = 0

    @property
    def pending(self) -> int:
        return max(0, self.total - self.succeeded - self.failed)

    def to_dict(self) -> dict[str, int]:
        return {"total": self.total, "succeeded": self.succeeded, "failed": self.failed}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> JobCounts:
        return cls(*(_count(data.get(key)) for key in ("total", "succeeded", "failed")))


@dataclass(frozen=True)
class JobStatus:
    """What one look at the job says."""

    state: JobState
    counts: JobCounts
    results: str | None = None
    """Where its results are: a Gemini API file ("files/ID") or a gs:// folder."""
    error: Mapping[str, Any] | None = field(default=None, hash=False)
    """The job's own google.rpc.Status when it failed."""


def _count(value: object) -> int:
    """An int64 count as JSON carries it (a string) or a number; anything else is 0."""
    try:
        return max(0, int(str(value)))
    except ValueError:
        return 0
