"""What Google accepts in one request, in one table, and the checks made before sending.

Every number in `Limits` names where it comes from. "Vertex reference" is the Vertex AI
generateContent reference (a copy is in /work/shared/reference/generate-content-api.txt);
"Vertex model pages" are the per-model pages (cloud.google.com/vertex-ai/generative-ai/docs/
models/gemini/...), whose "Technical specifications" give the same figures for every
Gemini 2.x model.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Final, Literal

from desktop.core.connection import ApiKind
from desktop.core.errors import Action, ActionKind, FileProblemError
from desktop.core.media import INLINE_FILE_LIMIT, INLINE_REQUEST_LIMIT
from desktop.core.messages import Arg, Bytes, Duration, Message
from desktop.core.units import GB, HOUR, MB, size_text

Plan = Literal["inline", "upload", "link"]


@dataclass(frozen=True)
class Limits:
    """The limits, with their sources. Sizes are bytes, durations seconds."""

    # Vertex reference, Blob.data: "Size limit: 20MB" (the whole inline request).
    inline_request_bytes: int = INLINE_REQUEST_LIMIT
    # The same, for the raw bytes of the files sent inline: base64 makes them a third
    # larger and the prompt needs room too (desktop/core/media.py).
    inline_files_bytes: int = INLINE_FILE_LIMIT
    # Gemini API Files guide: "You can upload up to 2 GB per file" (free tier; the video
    # guide now gives 20 GB for paid projects; the app cannot tell the tier, so it keeps 2 GB).
    file_api_file_bytes: int = 2 * GB
    # Gemini API Files guide: "Files are stored for 48 hours."
    file_api_lifetime_seconds: float = 48 * HOUR
    # Vertex reference, FileData.fileUri, Cloud Storage bucket URI: "For gemini-2.0-flash
    # and gemini-2.0-flash-lite, the size limit is 2 GB."
    gcs_file_bytes: int = 2 * GB
    # Vertex reference, FileData.fileUri, HTTP URL: "You can specify one video file, one
    # audio file, and up to 10 image files per request. Audio files, video files, and
    # documents can't exceed 15 MB." (kept for links to web files; the app sends none yet)
    http_url_media_bytes: int = 15 * MB
    http_url_images: int = 10
    http_url_videos: int = 1
    http_url_audio: int = 1
    # Vertex reference, FileData.fileUri, YouTube video URL: "Only one YouTube video URL is
    # supported per request."
    youtube_videos: int = 1
    # Vertex reference, Part.inlineData: "For gemini-2.0-flash-lite and gemini-2.0-flash, you
    # can specify up to 3000 images"; Vertex model pages: "Maximum images per prompt: 3,000".
    images: int = 3000
    # Vertex model pages, Documents: "Maximum number of files per prompt: 3,000" and
    # "Maximum file size per file for the API or Cloud Storage imports: 50 MB".
    documents: int = 3000
    document_bytes: int = 50 * MB
    # Vertex model pages, Video: "Maximum number of videos per prompt: 10".
    videos: int = 10
    # Vertex reference, Blob.mimeType: "the maximum length of a video file (without audio)
    # is one hour"; Vertex model pages: "Maximum video length (with audio): Approximately
    # 45 minutes".
    video_seconds_without_audio: float = 1 * HOUR
    video_seconds_with_audio: float = 45 * 60.0
    # Vertex reference, Blob.mimeType: "the maximum length of an audio file is 8.4 hours";
    # Vertex model pages, Audio: "Maximum number of audio files per prompt: 1".
    audio_seconds: float = 8.4 * HOUR
    audio_files: int = 1
    # Files reused from an earlier upload must still have this long to live, so a file cannot
    # expire between the check and Google reading it (a margin of ours, not Google's).
    reuse_margin_seconds: float = 1 * HOUR


LIMITS: Final = Limits()


@dataclass(frozen=True)
class FileFacts:
    """What is known about one attachment before sending: enough to check the limits."""

    name: str
    size: int
    mime_type: str
    duration: float | None = None  # seconds, when the header says
    has_audio: bool | None = None  # for videos; None: not known
    youtube: bool = False  # a YouTube link, not a file

    @property
    def label(self) -> str:
        return self.name if self.youtube else (PurePath(self.name).name or self.name)

    @property
    def kind(self) -> str:
        if self.youtube:
            return "youtube"
        if self.mime_type in ("application/pdf", "text/plain"):
            return "document"
        return self.mime_type.split("/", 1)[0]


def plan_parts(files: Sequence[FileFacts], api: ApiKind) -> list[Plan]:
    """How each file travels: inside the request while the inline budget lasts (smallest
    first, so the most files go in one request), uploaded beyond it; YouTube links as links.

    The plan says "upload" on the OpenAI-compatible API too, which has no upload:
    `check_limits` refuses those files there."""
    plans: list[Plan] = ["inline"] * len(files)
    budget = LIMITS.inline_files_bytes
    order = sorted(range(len(files)), key=lambda i: files[i].size)
    for index in order:
        facts = files[index]
        if facts.youtube:
            plans[index] = "link"
        elif facts.size <= budget:
            budget -= facts.size
        else:
            plans[index] = "upload"
    return plans


def plan_part(facts: FileFacts, api: ApiKind) -> Plan:
    """How one file travels when it is the only attachment."""
    return plan_parts([facts], api)[0]


def check_limits(
    files: Sequence[FileFacts], api: ApiKind, *, can_upload: bool = True
) -> list[FileProblemError]:
    """Every limit the attachments break, each naming the file, the limit and what to do.

    `can_upload` is False where large files have no way in: Vertex AI without a Cloud
    Storage bucket in the profile, or in express mode (an API key cannot write to a bucket).
    """
    problems: list[FileProblemError] = []
    for facts, plan in zip(files, plan_parts(files, api), strict=True):
        problem = _size_problem(facts, plan, api, can_upload) or _length_problem(facts)
        if problem is not None:
            problems.append(problem)
    problems.extend(_count_problems(files))
    return problems


def size_over(size: int, limit: int) -> Arg:
    """A file's size as a refusal words it: "2.4 GB", or "2 GB and 1 byte" where rounding
    would make a file over `limit` read as no larger than it ("is 2 GB; … up to 2 GB")."""
    if size > limit and size_text(size) == size_text(limit):
        return Message("size.over", limit=Bytes(limit), over=Bytes(size - limit))
    return Bytes(size)


def upload_size_problem(facts: FileFacts, api: ApiKind) -> FileProblemError | None:
    """The refusal for a file too large to upload to `api`, or None."""
    if api is ApiKind.GEMINI:
        limit, where = LIMITS.file_api_file_bytes, Message("where.gemini_api")
    else:
        limit, where = LIMITS.gcs_file_bytes, Message("where.vertex")
    if facts.kind == "document" and api is ApiKind.VERTEX:
        limit = LIMITS.document_bytes
    if facts.size <= limit:
        return None
    return FileProblemError(
        Message(
            "file.too_large_for",
            file=facts.label,
            size=size_over(facts.size, limit),
            where=where,
            limit=Bytes(limit),
        ),
        hint=_smaller_copy_hint(facts),
        status="TOO_LARGE",
    )


def _size_problem(
    facts: FileFacts, plan: Plan, api: ApiKind, can_upload: bool
) -> FileProblemError | None:
    if facts.youtube:
        return None
    if facts.size == 0:
        return FileProblemError(
            Message("file.empty", file=facts.label),
            hint=Message("file.empty.hint"),
            status="EMPTY",
        )
    if plan == "inline":
        return None
    sizes: dict[str, Arg] = {
        "file": facts.label,
        "size": size_over(facts.size, LIMITS.inline_files_bytes),
        "limit": Bytes(LIMITS.inline_files_bytes),
    }
    if api is ApiKind.OPENAI:
        return FileProblemError(
            Message("file.too_large_openai", **sizes),
            hint=Message("file.too_large_openai.hint"),
            action=Action(ActionKind.OPEN_SETTINGS),
            status="TOO_LARGE",
        )
    if not can_upload:
        return FileProblemError(
            Message("file.too_large_no_bucket", **sizes),
            hint=Message("file.too_large_no_bucket.hint"),
            action=Action(ActionKind.OPEN_SETTINGS),
            status="TOO_LARGE",
        )
    return upload_size_problem(facts, api)


def _length_problem(facts: FileFacts) -> FileProblemError | None:
    if facts.duration is None or facts.youtube:
        return None
    if facts.kind == "video":
        # An unknown audio track gets the longer limit: better to let Google decide than
        # to refuse a silent video.
        with_audio = facts.has_audio is True
        limit = (
            LIMITS.video_seconds_with_audio if with_audio else LIMITS.video_seconds_without_audio
        )
        what = "video_with_sound" if with_audio else "video"
    elif facts.kind == "audio":
        limit, what = LIMITS.audio_seconds, "audio"
    else:
        return None
    if facts.duration <= limit:
        return None
    return FileProblemError(
        Message(
            f"file.too_long.{what}",
            file=facts.label,
            length=Duration(facts.duration),
            limit=Duration(limit),
        ),
        hint=Message("file.too_long.hint"),
        status="TOO_LONG",
    )


_COUNTS: Final = (
    # (kind, limit): the sentence is file.too_many.<kind>
    ("image", LIMITS.images),
    ("document", LIMITS.documents),
    ("video", LIMITS.videos),
    ("audio", LIMITS.audio_files),
    ("youtube", LIMITS.youtube_videos),
)


def _count_problems(files: Sequence[FileFacts]) -> list[FileProblemError]:
    counts = Counter(facts.kind for facts in files)
    problems: list[FileProblemError] = []
    for kind, limit in _COUNTS:
        if counts[kind] <= limit:
            continue
        extra = [facts.label for facts in files if facts.kind == kind][limit:]
        if len(extra) == 1:
            hint = Message("file.too_many.hint_one", file=extra[0])
        else:
            hint = Message("file.too_many.hint_more", file=extra[0], more=len(extra) - 1)
        # The sentences for kinds allowed once say "at most 1 recording" in their words.
        numbers: dict[str, int] = {"count": counts[kind]} | ({"limit": limit} if limit > 1 else {})
        problems.append(
            FileProblemError(
                Message(f"file.too_many.{kind}", **numbers), hint=hint, status="TOO_MANY"
            )
        )
    return problems


def _smaller_copy_hint(facts: FileFacts) -> Message:
    if facts.kind in ("video", "audio"):
        return Message("file.smaller_clip.hint")
    return Message("file.smaller_copy.hint")
