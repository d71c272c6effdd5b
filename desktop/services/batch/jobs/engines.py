"""What the batch jobs service needs of one of Google's batch engines."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Protocol

from desktop.core.errors import ProtocolError
from desktop.core.messages import Message
from desktop.services.batch.jobs.requests import ContentsMaker
from desktop.services.batch.jobs.state import JobStatus
from desktop.services.gemini_client import GeminiClient


class JobEngine(Protocol):
    """One of Google's batch engines: the Gemini API's Batch API, Vertex AI batch prediction."""

    engine: str
    """Its name in the history: "gemini" or "vertex"."""

    contents: ContentsMaker | None
    """How a photo goes into its request; None: as the send pipeline sends it."""

    def line(self, key: str, body: Mapping[str, Any]) -> dict[str, Any]:
        """A request's line in the requests file."""
        ...

    async def submit(
        self,
        requests: Path,
        model: str,
        display_name: str,
        on_create: Callable[[], None] | None = None,
    ) -> tuple[str, JobStatus, dict[str, Any]]:
        """Send the requests file and create the job: its name, status and the details
        to keep (where the requests went and the results will be). `on_create` is called
        as the create call goes: until then nothing exists at Google that bills anyone."""
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


def unreadable_reply(reply: Any) -> ProtocolError:
    """A reply about a job that is not the shape Google's documents give."""
    return ProtocolError(
        Message("stream.unreadable"),
        hint=Message("client.unreadable.hint"),
        server_message=repr(reply)[:300],
    )


class JobEndpoints:
    """What both engines do alike: look at a job, and cancel it, by its name."""

    def __init__(self, client: GeminiClient) -> None:
        self._client = client

    async def _job(self, name: str) -> dict[str, Any]:
        return await self._client.call("GET", self._client.connection.batch_job_url(name))

    async def cancel(self, name: str) -> None:
        await self._client.call("POST", self._client.connection.batch_job_url(name) + ":cancel")
