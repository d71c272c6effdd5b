"""desktop.core.conversation: titles, settings as JSON, request history, search terms,
snippets and the autosave throttle (pure; here with the history tests they serve)."""

from __future__ import annotations

import base64
import math
from dataclasses import fields
from datetime import UTC, datetime

import pytest

from desktop.core.conversation import (
    GENERATION_CONFIG_FIELDS,
    AttachmentRef,
    AutosaveThrottle,
    ChatSettings,
    Conversation,
    Turn,
    TurnStatus,
    conversation_request_contents,
    make_snippet,
    make_title,
    search_terms,
)
from desktop.core.request import (
    GenerationConfig,
)
from tests.settings import EVERY_SETTING

NOW = datetime(2025, 6, 1, tzinfo=UTC)


# --- titles ---------------------------------------------------------------------------------


def test_title_is_the_first_line_of_the_prompt() -> None:
    assert make_title("  \n  What is this   bird?\nIt sat on my roof.") == "What is this bird?"


def test_a_long_title_is_cut_at_a_word() -> None:
    text = "Please explain in detail how photosynthesis works in plants that live underwater"
    title = make_title(text)
    assert title == "Please explain in detail how photosynthesis works in plants…"
    assert len(title) <= 61


def test_a_title_without_spaces_is_cut_at_sixty_characters() -> None:
    text = "東京" * 50
    assert make_title(text) == "東京" * 30 + "…"


def test_without_text_the_title_is_the_first_attachments_name() -> None:
    assert make_title("", ["holiday.jpg", "other.png"]) == "holiday.jpg"
    assert make_title("   ") == ""


# --- settings -------------------------------------------------------------------------------


def test_every_setting_survives_json() -> None:
    assert ChatSettings.from_json(EVERY_SETTING.to_json()) == EVERY_SETTING
    assert ChatSettings.from_json(ChatSettings().to_json()) == ChatSettings()


def test_every_generation_config_field_is_serialized() -> None:
    """A field added to GenerationConfig must be added to the history's JSON too."""
    assert {f.name for f in fields(GenerationConfig)} == GENERATION_CONFIG_FIELDS
    for item in fields(GenerationConfig):
        assert getattr(EVERY_SETTING.generation_config, item.name) not in (None, ())


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        '{"model": 3, "generation_config": {"temperature": "hot", "top_k": true, '
        '"stop_sequences": [1], "thinking": 5}, "safety_settings": [{"category": "NEW"}, 7], '
        '"google_search": "yes", "from_the_future": 1}',
    ],
)
def test_broken_or_foreign_settings_fall_back_to_defaults(text: str) -> None:
    assert ChatSettings.from_json(text) == ChatSettings()


def test_settings_make_the_request() -> None:
    request = EVERY_SETTING.request(())
    assert request.model == EVERY_SETTING.model
    assert request.generation_config == EVERY_SETTING.generation_config
    assert request.google_search and request.safety_settings == EVERY_SETTING.safety_settings


def test_infinite_numbers_are_not_restored() -> None:
    text = ChatSettings(generation_config=GenerationConfig(temperature=math.inf)).to_json()
    assert ChatSettings.from_json(text).generation_config.temperature is None


# --- request history ------------------------------------------------------------------------


def turn(turn_id: int, role: str, text: str, **kwargs: object) -> Turn:
    return Turn(id=turn_id, role=role, text=text, created_at=NOW, **kwargs)  # type: ignore[arg-type]


def conversation(*turns: Turn) -> Conversation:
    return Conversation(1, "t", NOW, NOW, ChatSettings(), turns)


PHOTO = AttachmentRef("a" * 64, "image/png", "photo.png", 4)
CLIP = AttachmentRef("b" * 64, "video/mp4", "clip.mp4", 9, clip_start=1.5, clip_end=4.0)
FILES = {PHOTO.sha256: b"\x89PNG", CLIP.sha256: b"mp4 bytes"}


def test_request_history_has_the_files_first_then_the_text() -> None:
    contents = conversation_request_contents(
        conversation(
            turn(1, "user", "What is this?", attachments=(PHOTO, CLIP)),
            turn(2, "model", "A cat.", status=TurnStatus.COMPLETE),
            turn(3, "user", "And now?"),
        ),
        FILES.__getitem__,
    )
    bodies = [c.to_body() for c in contents]
    assert [b["role"] for b in bodies] == ["user", "model", "user"]
    first = bodies[0]["parts"]
    assert base64.b64decode(first[0]["inlineData"]["data"]) == b"\x89PNG"
    assert first[1]["videoMetadata"] == {
        "startOffset": {"seconds": 1, "nanos": 500_000_000},
        "endOffset": {"seconds": 4},
    }
    assert first[2] == {"text": "What is this?"}


def test_answers_without_text_are_left_out_and_neighbours_merged() -> None:
    contents = conversation_request_contents(
        conversation(
            turn(1, "user", "First"),
            turn(2, "model", "", status=TurnStatus.FAILED, error={"message": "x"}),
            turn(3, "user", "Second"),
            turn(4, "model", "Partial answer", status=TurnStatus.INTERRUPTED),
            turn(5, "user", "Third"),
            turn(6, "model", "still coming", status=TurnStatus.STREAMING),
        ),
        FILES.__getitem__,
    )
    assert [c.to_body() for c in contents] == [
        {"role": "user", "parts": [{"text": "First"}, {"text": "Second"}]},
        {"role": "model", "parts": [{"text": "Partial answer"}]},
        {"role": "user", "parts": [{"text": "Third"}]},
    ]


def test_history_before_a_turn_is_what_retrying_it_sends() -> None:
    conv = conversation(
        turn(1, "user", "Q1"),
        turn(2, "model", "A1"),
        turn(3, "user", "Q2"),
        turn(4, "model", "half", status=TurnStatus.INTERRUPTED),
    )
    contents = conversation_request_contents(conv, FILES.__getitem__, before=4)
    assert [c.parts[0].text for c in contents] == ["Q1", "A1", "Q2"]


# --- search ---------------------------------------------------------------------------------


def test_search_terms_are_words_and_quoted_phrases() -> None:
    assert search_terms('  tax "tax return"  Tax 東京 "unclosed phrase') == (
        "tax",
        "tax return",
        "東京",
        "unclosed phrase",
    )
    assert search_terms('"" ""  ') == ()
    assert len(search_terms(" ".join(f"w{i}" for i in range(20)))) == 8


def test_snippet_marks_every_match_and_cuts_at_spaces() -> None:
    text = ("filler words here " * 10) + "the Photos of the photo album\nare nice " + ("end " * 30)
    snippet = make_snippet(text, ["photo"], width=60)
    assert snippet is not None
    assert snippet.text.startswith("…") and snippet.text.endswith("…")
    assert "\n" not in snippet.text
    marked = [snippet.text[a:b] for a, b in snippet.highlights]
    assert marked == ["Photo", "photo"]
    assert make_snippet(text, ["absent"]) is None


def test_snippet_of_a_short_text_is_the_text() -> None:
    snippet = make_snippet("Tokyo Tower, 東京タワー", ["東京"])
    assert snippet is not None and snippet.text == "Tokyo Tower, 東京タワー"
    assert snippet.highlights == ((13, 15),)


# --- autosave -------------------------------------------------------------------------------


def test_autosave_saves_the_first_text_at_once_then_once_per_interval() -> None:
    throttle = AutosaveThrottle(interval=1.0)
    assert throttle.deadline is None
    assert throttle.note(10.0)  # the first delta: saved at once
    saves = [now for now in (10.2, 10.5, 10.9, 11.0, 11.4, 12.1) if throttle.note(now)]
    assert saves == [11.0, 12.1]
    assert not throttle.pending


def test_autosave_deadline_lets_a_timer_save_text_that_waits() -> None:
    throttle = AutosaveThrottle(interval=1.0)
    throttle.note(5.0)
    assert not throttle.note(5.3)
    assert throttle.pending and throttle.deadline == 6.0
    assert not throttle.due(5.9)
    assert throttle.due(6.0)
    assert throttle.deadline is None


def test_autosave_reports_unsaved_text_at_the_end() -> None:
    throttle = AutosaveThrottle(interval=1.0)
    throttle.note(1.0)
    throttle.note(1.5)
    assert throttle.finish()
    assert not throttle.finish()
    with pytest.raises(ValueError):
        AutosaveThrottle(interval=0)
