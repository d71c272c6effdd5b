"""The limits table and the checks made before sending: each refusal names the file, the
limit and what to do."""

from __future__ import annotations

import ast
import inspect
from dataclasses import fields

import pytest

from desktop.core import limits
from desktop.core.connection import ApiKind
from desktop.core.errors import ActionKind
from desktop.core.limits import (
    GB,
    LIMITS,
    MB,
    FileFacts,
    Limits,
    check_limits,
    plan_part,
    plan_parts,
)
from desktop.core.media import INLINE_FILE_LIMIT
from desktop.core.units import duration_text


def video(name: str = "holiday.mp4", size: int = 200 * MB, **kwargs: object) -> FileFacts:
    return FileFacts(name, size, "video/mp4", **kwargs)  # type: ignore[arg-type]


def messages(files: list[FileFacts], api: ApiKind = ApiKind.GEMINI, **kwargs: bool) -> list[str]:
    return [f"{e.explanation} {e.hint}" for e in check_limits(files, api, **kwargs)]


def test_every_number_in_the_table_names_its_source() -> None:
    """Each field sits under a comment (alone or in a group of fields right below it)."""
    source = inspect.getsource(Limits)
    lines = source.splitlines()
    (cls,) = ast.parse(source).body
    assert isinstance(cls, ast.ClassDef)
    commented = set()
    for node in cls.body:
        if not (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)):
            continue
        above = node.lineno - 2
        while lines[above].strip() and not lines[above].strip().startswith(("#", '"""')):
            above -= 1
        if lines[above].strip().startswith("#"):
            commented.add(node.target.id)
    assert commented == {f.name for f in fields(Limits)}
    text = inspect.getsource(limits)
    for quoted in ("Size limit: 20MB", "up to 3000 images", "one hour", "8.4 hours", "2 GB"):
        assert quoted in text


def test_the_numbers() -> None:
    assert LIMITS.inline_request_bytes == 20 * MB
    assert LIMITS.inline_files_bytes == INLINE_FILE_LIMIT
    assert LIMITS.file_api_file_bytes == LIMITS.gcs_file_bytes == 2 * GB
    assert LIMITS.file_api_lifetime_seconds == 48 * 3600
    assert LIMITS.images == 3000 and LIMITS.videos == 10 and LIMITS.audio_files == 1
    assert LIMITS.video_seconds_without_audio == 3600
    assert LIMITS.video_seconds_with_audio == 45 * 60
    assert LIMITS.audio_seconds == pytest.approx(8.4 * 3600)
    assert LIMITS.http_url_media_bytes == 15 * MB and LIMITS.youtube_videos == 1


def test_small_files_go_inline_large_ones_are_uploaded() -> None:
    photo = FileFacts("cat.png", 300_000, "image/png")
    assert plan_part(photo, ApiKind.GEMINI) == "inline"
    assert plan_part(video(), ApiKind.GEMINI) == "upload"
    assert plan_part(video(), ApiKind.VERTEX) == "upload"
    assert (
        plan_part(FileFacts("https://youtu.be/x", 0, "video/mp4", youtube=True), ApiKind.GEMINI)
        == "link"
    )
    # Files share the inline budget: the smallest stay inline, the rest are uploaded.
    six = [FileFacts(f"clip{i}.mp4", 4 * MB + i, "video/mp4") for i in range(6)]
    assert plan_parts(six, ApiKind.GEMINI) == ["inline"] * 3 + ["upload"] * 3
    assert plan_parts([*reversed(six)], ApiKind.GEMINI) == ["upload"] * 3 + ["inline"] * 3


def test_files_within_the_limits_pass() -> None:
    files = [
        FileFacts("cat.png", 300_000, "image/png"),
        video(duration=50 * 60.0),  # no audio track known: the one-hour limit
        FileFacts("talk.mp3", 80 * MB, "audio/mpeg", duration=3 * 3600.0),
        FileFacts("https://youtu.be/3KtWfp0UopM", 0, "video/mp4", youtube=True),
    ]
    assert check_limits(files, ApiKind.GEMINI) == []
    assert check_limits(files, ApiKind.VERTEX) == []


def test_too_large_for_the_file_api() -> None:
    (problem,) = check_limits([video(size=3 * GB)], ApiKind.GEMINI)
    assert problem.status == "TOO_LARGE" and problem.action.kind is ActionKind.EDIT_REQUEST
    assert problem.explanation == "holiday.mp4 is 3 GB; the Gemini API reads files up to 2 GB."
    assert problem.hint == "Use a shorter clip or a smaller copy of the file."


def test_vertex_without_a_bucket_and_the_openai_api_take_large_files_only_inline() -> None:
    (vertex,) = check_limits([video(size=50 * MB)], ApiKind.VERTEX, can_upload=False)
    assert vertex.explanation == (
        "holiday.mp4 is 50 MB; without a Cloud Storage bucket, Vertex AI takes files only "
        "inside the message, up to 14.9 MB in all."
    )
    assert "Cloud Storage bucket in Connection settings" in vertex.hint
    assert vertex.action.kind is ActionKind.OPEN_SETTINGS

    (openai,) = check_limits([video(size=50 * MB)], ApiKind.OPENAI)
    assert openai.explanation.startswith("holiday.mp4 is 50 MB; the OpenAI-compatible connection")
    assert "Gemini API or Vertex AI" in openai.hint
    # Several files over the shared budget: the ones that do not fit are named.
    six = [FileFacts(f"photo{i}.jpg", 4 * MB + i, "image/jpeg") for i in range(6)]
    refused = check_limits(six, ApiKind.OPENAI)
    assert [p.explanation.split(" ")[0] for p in refused] == [
        "photo3.jpg",
        "photo4.jpg",
        "photo5.jpg",
    ]


def test_documents_on_vertex_have_their_own_size() -> None:
    (problem,) = check_limits([FileFacts("report.pdf", 60 * MB, "application/pdf")], ApiKind.VERTEX)
    assert problem.explanation == "report.pdf is 60 MB; Vertex AI reads files up to 50 MB."
    assert problem.hint == "Use a smaller copy of the file, or split it into parts."
    assert check_limits([FileFacts("report.pdf", 60 * MB, "application/pdf")], ApiKind.GEMINI) == []


def test_too_long() -> None:
    silent = video(duration=70 * 60.0)
    with_sound = video("party.mov", duration=50 * 60.0, has_audio=True)
    audio = FileFacts("/home/me/audiobook.m4a", 300 * MB, "audio/mp4", duration=9 * 3600.0)
    got = messages([silent, with_sound, audio])
    assert got == [
        "holiday.mp4 lasts 70 minutes; Gemini reads videos up to 1 hour long. "
        "Cut it into shorter parts and send them one at a time.",
        "party.mov lasts 50 minutes; Gemini reads videos with sound up to 45 minutes long. "
        "Cut it into shorter parts and send them one at a time.",
        "audiobook.m4a lasts 9 hours; Gemini reads recordings up to 8.4 hours long. "
        "Cut it into shorter parts and send them one at a time.",
    ]


def test_too_many_of_a_kind_names_the_ones_over_the_limit() -> None:
    recordings = [FileFacts(f"memo{i}.mp3", MB, "audio/mpeg") for i in (1, 2)]
    links = [FileFacts(f"https://youtu.be/{c * 11}", 0, "video/mp4", youtube=True) for c in "ab"]
    photos = [FileFacts(f"p{i}.jpg", 1000, "image/jpeg") for i in range(3002)]
    got = messages([*recordings, *links, *photos])
    assert got == [
        "This message has 3,002 photos; Gemini reads at most 3,000 photos in one message. "
        "Remove p3000.jpg and 1 more, or send them in another message.",
        "This message has 2 recordings; Gemini reads at most 1 recording in one message. "
        "Remove memo2.mp3, or send it in another message.",
        "This message has 2 YouTube links; Gemini reads at most 1 YouTube link in one message. "
        "Remove https://youtu.be/bbbbbbbbbbb, or send it in another message.",
    ]


def test_empty_files_are_refused() -> None:
    (problem,) = check_limits([FileFacts("blank.png", 0, "image/png")], ApiKind.GEMINI)
    assert problem.status == "EMPTY" and problem.explanation == "blank.png is empty."


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (1, "1 second"),
        (50, "50 seconds"),
        (45 * 60, "45 minutes"),
        (3600, "1 hour"),
        (72 * 60, "72 minutes"),
        (8.4 * 3600, "8.4 hours"),
        (7200, "2 hours"),
    ],
)
def test_duration_text(seconds: float, text: str) -> None:
    assert duration_text(seconds) == text
