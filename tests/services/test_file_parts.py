"""The facts the limits are checked with: a clip counts as long as the part the model sees."""

from __future__ import annotations

import pytest

from desktop.services.file_parts import file_facts
from tests import media


def test_a_video_lasts_as_long_as_its_clip() -> None:
    clip = media.video(seconds=4.0)
    whole = file_facts("walk.mp4", clip, "video/mp4")
    assert whole.size == len(clip) and whole.duration == pytest.approx(4.0, abs=0.2)
    assert file_facts("walk.mp4", clip, "video/mp4", clip_start=1.0).duration == pytest.approx(
        3.0, abs=0.2
    )
    assert file_facts("walk.mp4", clip, "video/mp4", clip_start=1.0, clip_end=2.5).duration == 1.5
    assert file_facts("walk.mp4", clip, "video/mp4", clip_end=2.0).duration == 2.0


def test_a_file_that_is_not_media_has_no_duration() -> None:
    facts = file_facts("notes.txt", b"hello", "text/plain", clip_start=1.0)
    assert facts.duration is None and facts.size == 5
