"""Media resolution in a conversation's saved settings: kept by its wire name, read back as
the enum, and dropped (not kept as text) when a newer version wrote a name this one lacks."""

from __future__ import annotations

import json

import pytest

from desktop.core.conversation import ChatSettings, shows_thoughts
from desktop.core.request import GenerationConfig, MediaResolution, ThinkingConfig, user_message


@pytest.mark.parametrize("resolution", list(MediaResolution))
def test_media_resolution_survives_a_round_trip(resolution: MediaResolution) -> None:
    settings = ChatSettings(
        model="gemini-2.5-flash",
        generation_config=GenerationConfig(temperature=0.5, media_resolution=resolution),
    )
    data = settings.to_dict()
    assert data["generation_config"]["media_resolution"] == resolution.value
    assert type(data["generation_config"]["media_resolution"]) is str  # plain JSON

    for restored in (
        ChatSettings.from_dict(data),
        ChatSettings.from_json(settings.to_json()),
    ):
        assert restored == settings
        assert restored.generation_config.media_resolution is resolution
        body = restored.request((user_message("hi"),)).to_body()
        assert body["generationConfig"]["mediaResolution"] == resolution.value


def test_unset_media_resolution_is_not_written() -> None:
    assert "media_resolution" not in ChatSettings().to_dict()["generation_config"]


@pytest.mark.parametrize(
    "saved",
    [
        "MEDIA_RESOLUTION_ULTRA_HIGH",  # a name a newer version may know
        "MEDIA_RESOLUTION_UNSPECIFIED",  # the API's "not set": the same as leaving it out
        "low",
        "",
        3,
        None,
        ["MEDIA_RESOLUTION_LOW"],
    ],
)
def test_an_unknown_media_resolution_is_dropped(saved: object) -> None:
    text = json.dumps(
        {
            "model": "gemini-2.5-pro",
            "generation_config": {"temperature": 0.3, "media_resolution": saved},
        }
    )
    restored = ChatSettings.from_json(text)
    assert restored.generation_config == GenerationConfig(temperature=0.3)
    assert restored.model == "gemini-2.5-pro", "the rest of the settings stay"


@pytest.mark.parametrize(
    ("thinking", "shown"),
    [
        (None, True),
        (ThinkingConfig(), True),
        (ThinkingConfig(include_thoughts=True), True),
        (ThinkingConfig(include_thoughts=False), False),
    ],
)
def test_thoughts_are_shown_exactly_when_the_window_asks_for_them(
    thinking: ThinkingConfig | None, shown: bool
) -> None:
    settings = ChatSettings(
        model="gemini-2.5-flash", generation_config=GenerationConfig(thinking=thinking)
    )
    body = settings.request((user_message("hi"),)).to_body()
    asked = body["generationConfig"]["thinkingConfig"].get("includeThoughts") is True
    assert shows_thoughts(settings) is shown is asked
