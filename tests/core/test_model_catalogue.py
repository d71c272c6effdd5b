"""The model catalogue: list facts win, the family table fills the rest, unknown ids follow
the newest family of their line, and models that cannot chat are told apart."""

from __future__ import annotations

from desktop.core.connection import DEFAULT_MODEL
from desktop.core.model_catalogue import (
    capabilities,
    chat_models,
    default_chat_model,
    description_line,
    family_for,
)
from desktop.core.model_families import FAMILIES, NOT_CHAT, Purpose, Thinking
from desktop.core.model_info import ModelInfo

# Entries in the shape Google's GET /v1beta/models returns them.
FLASH_25 = {
    "name": "models/gemini-2.5-flash",
    "version": "001",
    "displayName": "Gemini 2.5 Flash",
    "description": "Stable version of Gemini 2.5 Flash.",
    "inputTokenLimit": 1048576,
    "outputTokenLimit": 65536,
    "supportedGenerationMethods": ["generateContent", "countTokens", "createCachedContent"],
    "temperature": 1,
    "topP": 0.95,
    "topK": 64,
    "maxTemperature": 2,
    "thinking": True,
}
IMAGEN = {
    "name": "models/imagen-4.0-generate-001",
    "displayName": "Imagen 4",
    "inputTokenLimit": 480,
    "outputTokenLimit": 8192,
    "supportedGenerationMethods": ["predict"],
}


def test_a_gemini_list_entry_is_read_with_every_fact_it_reports() -> None:
    info = ModelInfo.from_gemini(FLASH_25)
    assert info.methods == ("generateContent", "countTokens", "createCachedContent")
    assert (info.thinks, info.temperature, info.max_temperature, info.top_k) == (True, 1.0, 2.0, 64)
    found = capabilities(info)
    assert found.chat and found.thinking is Thinking.BUDGET
    assert found.budget_range == (0, 24_576) and found.budget_off
    assert found.thinking_levels == () and found.sampling and found.candidate_count
    assert not found.media_resolution_per_part and not found.preview
    assert found.max_temperature == 2.0


def test_gemini_3_models_take_levels_and_ignore_sampling_from_3_6_flash_on() -> None:
    newest = capabilities("gemini-3.8-flash")
    assert newest.thinking is Thinking.LEVEL
    assert newest.thinking_levels == ("LOW", "MEDIUM", "HIGH")
    assert newest.default_thinking_level == "MEDIUM"
    assert not newest.sampling and not newest.candidate_count
    assert newest.media_resolution_per_part and newest.budget_range is None
    older = capabilities("gemini-3.5-flash")
    assert older.sampling and "MINIMAL" in older.thinking_levels
    assert not capabilities("gemini-3.5-flash-lite").sampling
    assert capabilities("gemini-3.5-flash-lite").default_thinking_level == "MINIMAL"
    assert capabilities("gemini-3.1-pro-preview").preview


def test_what_the_list_reports_wins_over_the_table() -> None:
    info = ModelInfo(
        "gemini-2.5-flash", input_token_limit=32_000, output_token_limit=1_000, thinks=False
    )
    found = capabilities(info)
    assert (found.input_token_limit, found.output_token_limit) == (32_000, 1_000)
    assert found.thinking is None and found.budget_range is None
    stable_on_vertex = ModelInfo.from_vertex(
        {"name": "publishers/google/models/gemini-3.1-pro-preview", "launchStage": "GA"}
    )
    assert not capabilities(stable_on_vertex).preview
    preview = ModelInfo.from_vertex(
        {"name": "publishers/google/models/gemini-3.8-flash", "launchStage": "PUBLIC_PREVIEW"}
    )
    assert capabilities(preview).preview


def test_an_unknown_id_follows_the_newest_family_of_its_line() -> None:
    assert family_for("gemini-3.9-flash-preview-11-2026") is family_for("gemini-3.8-flash")
    assert family_for("gemini-flash-latest") is family_for("gemini-3.8-flash")
    lite = family_for("gemini-3.8-flash-lite")
    assert lite is not None and lite.prefix == "gemini-3.5-flash-lite"
    assert family_for("gemini-2.5-flash-001") is family_for("gemini-2.5-flash")
    assert capabilities("gemini-9-pro").thinking is Thinking.LEVEL
    typed = capabilities("my-tuned-model")
    assert typed.chat and typed.family is None and typed.thinking is None and typed.sampling


def test_models_that_cannot_chat_are_told_apart() -> None:
    kinds = {
        "imagen-4.0-generate-001": Purpose.IMAGE,
        "gemini-2.5-flash-image": Purpose.IMAGE,
        "veo-3.1-generate-preview": Purpose.VIDEO,
        "gemini-embedding-001": Purpose.EMBEDDING,
        "text-embedding-004": Purpose.EMBEDDING,
        "gemini-2.5-flash-preview-tts": Purpose.SPEECH,
        "gemini-2.5-flash-native-audio-preview-09-2025": Purpose.LIVE,
        "gemini-live-2.5-flash-preview": Purpose.LIVE,
    }
    for model_id, purpose in kinds.items():
        assert capabilities(model_id).purpose is purpose, model_id
    bidi = ModelInfo("some-new-voice", methods=("bidiGenerateContent",))
    assert capabilities(bidi).purpose is Purpose.LIVE
    listed = [ModelInfo.from_gemini(FLASH_25), ModelInfo.from_gemini(IMAGEN), bidi]
    assert [m.id for m in chat_models(listed)] == ["gemini-2.5-flash"]


def test_the_default_is_the_newest_stable_flash_the_connection_lists() -> None:
    ids = [
        "gemini-2.5-flash",
        "gemini-3.8-flash",
        "gemini-3.8-flash-001",
        "gemini-3.9-flash-preview",
        "gemini-3.9-flash-lite",
        "gemini-flash-latest",
        "gemini-3.9-flash-image",
        "gemini-3.1-pro-preview",
    ]
    assert default_chat_model(ModelInfo(i) for i in ids) == "gemini-3.8-flash"
    assert default_chat_model([ModelInfo("gemini-2.5-pro")]) == DEFAULT_MODEL
    assert default_chat_model([]) == DEFAULT_MODEL


def test_every_row_of_the_table_names_its_source() -> None:
    sources = [family.source for family in FAMILIES] + [row[2] for row in NOT_CHAT]
    assert all(source.startswith("https://") for source in sources)
    prefixes = [family.prefix for family in FAMILIES]
    assert len(prefixes) == len(set(prefixes))


def test_a_description_shows_as_one_line() -> None:
    assert description_line("Fast and cheap.  Good\nfor chat. Stable.") == "Fast and cheap."
    assert description_line("x" * 200) == "x" * 119 + "…"
    assert description_line("") == ""


def test_gemini_4_models_take_their_own_levels_and_defaults() -> None:
    neon = capabilities("gemini-4-neon")
    assert neon.thinking_levels == ("LOW", "MEDIUM", "HIGH", "XHIGH")
    assert neon.default_thinking_level == "HIGH" and not neon.sampling
    argon = capabilities("gemini-4-argon")
    assert argon.thinking_levels == ("LOW", "MEDIUM", "HIGH")
    assert argon.default_thinking_level == "MEDIUM" and not argon.candidate_count
    assert capabilities("gemini-4-carbon-cyber-permissive").default_thinking_level == "HIGH"
    assert capabilities("gemini-4-carbon").default_thinking_level == "MEDIUM"
    assert not capabilities("gemini-3.5-flash-lite").penalties
    assert capabilities("gemini-3.6-flash").penalties
