"""Shared pieces of the upload tests: real files, a sleep that does not wait, progress checks."""

from __future__ import annotations

import os
import struct
from pathlib import Path

from desktop.core.answer_stream import Completed
from desktop.core.request import GenerateRequest, Part, user_message
from desktop.services.gemini_client import GeminiClient
from desktop.services.uploads import UploadProgress

CHUNK = 256 * 1024
SCOPES = ["https://www.googleapis.com/auth/cloud-platform"]
# An MP4 "ftyp" box, so the fake video sniffs as video/mp4 like a real one.
FTYP = struct.pack(
    ">I4s4sI4s4s4s4s", 32, b"ftyp", b"isom", 0x200, b"isom", b"iso2", b"avc1", b"mp41"
)


def make_video(folder: Path, size: int = 4 * 1024 * 1024 + 12_345, name: str = "clip.mp4") -> Path:
    """A "video" of random bytes behind a real ftyp header; not a multiple of 256 KiB."""
    path = folder / name
    path.write_bytes(FTYP + os.urandom(size - len(FTYP)))
    return path


class SleepRecorder:
    """Stands in for asyncio.sleep: delays are recorded, not waited for."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


def assert_progress(seen: list[UploadProgress], total: int) -> None:
    """Reports go only forward, start at 0 and end at 100 %."""
    assert seen, "no progress reported"
    sent = [p.sent for p in seen]
    assert sent == sorted(set(sent)), f"progress went backwards or repeated: {sent}"
    assert seen[0].sent == 0 and seen[-1].sent == total
    assert all(p.total == total for p in seen)
    assert seen[-1].percent == 100.0


async def ask_about(client: GeminiClient, part: Part, text: str = "What happens here?") -> str:
    request = GenerateRequest(model="gemini-2.5-flash", contents=(user_message(text, (part,)),))
    answer = None
    async for event in client.stream(request):
        if isinstance(event, Completed):
            answer = event.answer
    assert answer is not None
    return answer.text
