"""The last model list per connection, kept between runs."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop.core.model_info import ModelInfo
from desktop.ui.parameters import ModelListCache
from desktop.ui.parameters.model_cache import _FIELD_TYPES, CACHE_KEY, MAX_PROFILES

MODELS = [
    ModelInfo("gemini-2.5-flash", "Gemini 2.5 Flash", "Fast.", 1_048_576, 65_536),
    ModelInfo("my-tuned-model"),
    ModelInfo(
        "gemini-3.8-flash",
        methods=("generateContent", "countTokens"),
        thinks=True,
        temperature=1.0,
        max_temperature=2.0,
        top_p=0.95,
        top_k=64,
        preview=False,
    ),
]


def ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "cache.ini"), QSettings.Format.IniFormat)


def test_nothing_is_cached_at_first(tmp_path: Path) -> None:
    assert ModelListCache(ini(tmp_path)).get("work") is None


def test_a_list_comes_back_per_profile_after_a_restart(tmp_path: Path) -> None:
    cache = ModelListCache(ini(tmp_path))
    cache.put("work", MODELS)
    cache.put("home", MODELS[:1])
    cache.put("empty", [])
    del cache

    again = ModelListCache(ini(tmp_path))
    assert again.get("work") == MODELS
    assert again.get("home") == MODELS[:1]
    assert again.get("empty") == []
    assert again.get("other") is None


def test_a_new_list_replaces_the_old(tmp_path: Path) -> None:
    cache = ModelListCache(ini(tmp_path))
    cache.put("work", MODELS)
    cache.put("work", MODELS[1:])
    assert cache.get("work") == MODELS[1:]


def test_old_profiles_are_forgotten_beyond_the_limit(tmp_path: Path) -> None:
    cache = ModelListCache(ini(tmp_path))
    for number in range(MAX_PROFILES + 3):
        cache.put(f"profile-{number}", MODELS[:1])
    assert cache.get("profile-0") is None
    assert cache.get(f"profile-{MAX_PROFILES + 2}") == MODELS[:1]


@pytest.mark.expected_log(r"cached model lists could not be read")
def test_garbage_is_tolerated(tmp_path: Path) -> None:
    settings = ini(tmp_path)
    cache = ModelListCache(settings)
    for garbage in ("{broken", "[1]", 17):
        settings.setValue(CACHE_KEY, garbage)
        assert cache.get("work") is None
    settings.setValue(
        CACHE_KEY,
        '{"work": [{"id": "ok", "output_token_limit": "many", "display_name": 3}, '
        '{"display_name": "no id"}, 5, {"id": ""}], "home": "nope"}',
    )
    assert cache.get("work") == [ModelInfo("ok")]
    assert cache.get("home") is None
    cache.put("home", MODELS)  # and writing over garbage works
    assert cache.get("home") == MODELS


def test_every_model_field_is_kept() -> None:
    assert {f.name for f in fields(ModelInfo)} == set(_FIELD_TYPES)
