"""What the batch jobs service needs of one of Google's batch engines."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol

from desktop.services.batch.jobs.state import JobStatus


class JobEngine(Protocol):
    """One of Google's batch engines: the Gemini API's Batch API, Vertex AI batch prediction."""

    engine: str
    """Its name in the history: "gemini" or "vertex"."""

    def line(self, key: str, body: Mapping[str, Any]) -> dict[str, Any]:
        """A request's line in the requests file."""
        ...

    async def submit(
        self, requests: Path, model: str, display_name: str
    ) -> tuple[str, JobStatus, dict[str, Any]]:
        """Send the requests file and create the job: its name, status and the details
        to keep (where the requests went and the results will be)."""
        ...

    async def status(self, name: str, details: Mapping[str, Any]) -> JobStatus:
        """One look at the job."""
        ...

    async def cancel(self, name: str) -> None:
        """Ask Google to cancel the job (it ends CANCELLED a little later)."""
        ...

    async def results(
        self, status: JobStatus, details: Mapping[str, Any]
    ) -> list[tuple[str, Mapping[str, Any]]]:
        """Each result line as (key, line): the line holds "response" or "error"."""
        ...
