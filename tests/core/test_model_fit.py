"""Requests fitted to their model: a level for Gemini 3 and later, a budget for 2.5, never
both; sampling, penalties and candidateCount left out where the model ignores or refuses
them; a file's own media resolution only where parts take one."""

from __future__ import annotations

from desktop.core.model_catalogue import capabilities
from desktop.core.model_fit import PART_MEDIA_RESOLUTION, fit_request, ignored_settings
from desktop.core.request import (
    ULTRA_HIGH,
    GenerateRequest,
    GenerationConfig,
    Part,
    ThinkingConfig,
    user_message,
)

EVERYTHING = GenerationConfig(
    temperature=0.4,
    top_p=0.9,
    top_k=20,
    candidate_count=2,
    presence_penalty=0.5,
    frequency_penalty=0.5,
    max_output_tokens=500,
    thinking=ThinkingConfig(include_thoughts=True, thinking_budget=2048, thinking_level="LOW"),
)


def sent(model: str, config: GenerationConfig = EVERYTHING, parts: tuple[Part, ...] = ()):
    request = GenerateRequest(model, (user_message("Hi", parts),), generation_config=config)
    fitted = fit_request(request)
    return fitted.request.to_body().get("generationConfig", {}), fitted


def test_a_gemini_3_6_flash_request_has_a_level_and_no_sampling_or_candidates() -> None:
    body, fitted = sent("gemini-3.6-flash")
    assert body["thinkingConfig"] == {"includeThoughts": True, "thinkingLevel": "LOW"}
    for field in ("temperature", "topP", "topK", "candidateCount"):
        assert field not in body
    assert body["presencePenalty"] == 0.5 and body["maxOutputTokens"] == 500
    assert set(fitted.left_out) == {
        "temperature",
        "top_p",
        "top_k",
        "candidate_count",
        "thinking_budget",
    }


def test_a_gemini_2_5_request_has_a_budget_and_keeps_sampling() -> None:
    body, fitted = sent("gemini-2.5-flash")
    assert body["thinkingConfig"] == {"includeThoughts": True, "thinkingBudget": 2048}
    assert (body["temperature"], body["topP"], body["topK"], body["candidateCount"]) == (
        0.4,
        0.9,
        20,
        2,
    )
    assert fitted.left_out == ("thinking_level",)


def test_older_gemini_3_models_keep_sampling_but_not_candidate_count() -> None:
    body, fitted = sent("gemini-3.5-flash")
    assert body["temperature"] == 0.4 and "candidateCount" not in body
    assert "thinkingBudget" not in body["thinkingConfig"]
    assert fitted.left_out == ("candidate_count", "thinking_budget")


def test_3_5_flash_lite_refuses_penalties_so_they_are_not_sent() -> None:
    body, fitted = sent("gemini-3.5-flash-lite")
    assert "presencePenalty" not in body and "frequencyPenalty" not in body
    assert {"presence_penalty", "frequency_penalty"} <= set(fitted.left_out)


def test_a_level_the_model_does_not_allow_is_left_out_for_its_default() -> None:
    config = GenerationConfig(thinking=ThinkingConfig(thinking_level="MINIMAL"))
    body, fitted = sent("gemini-3.8-flash", config)
    assert "thinkingConfig" not in body and fitted.left_out == ("thinking_level",)
    body, _ = sent(
        "gemini-4-neon", GenerationConfig(thinking=ThinkingConfig(thinking_level="XHIGH"))
    )
    assert body["thinkingConfig"] == {"thinkingLevel": "XHIGH"}


def test_a_model_that_does_not_think_gets_no_thinking_config_at_all() -> None:
    body, fitted = sent("gemini-2.0-flash")
    assert "thinkingConfig" not in body
    assert set(fitted.left_out) == {"thinking_budget", "thinking_level"}


def test_an_unknown_model_gets_what_was_set_but_never_both_thinking_controls() -> None:
    body, fitted = sent("my-local-model")
    assert body["temperature"] == 0.4 and body["candidateCount"] == 2
    assert body["thinkingConfig"] == {"includeThoughts": True, "thinkingBudget": 2048}
    assert fitted.left_out == ("thinking_level",)


def test_nothing_to_leave_out_gives_the_same_request_back() -> None:
    request = GenerateRequest("gemini-2.5-flash", (user_message("Hi"),))
    assert fit_request(request).request is request


def test_a_files_own_resolution_is_sent_per_part_only_where_parts_take_one() -> None:
    photo = Part.from_bytes(b"\x89PNG", "image/png")
    photo = Part(data=photo.data, mime_type=photo.mime_type, media_resolution=ULTRA_HIGH)
    config = GenerationConfig()
    _, fitted = sent("gemini-3.6-flash", config, (photo,))
    part = fitted.request.to_body()["contents"][0]["parts"][0]
    assert part["mediaResolution"] == {"level": "MEDIA_RESOLUTION_ULTRA_HIGH"}
    _, fitted = sent("gemini-2.5-flash", config, (photo,))
    assert "mediaResolution" not in fitted.request.to_body()["contents"][0]["parts"][0]
    assert fitted.left_out == (PART_MEDIA_RESOLUTION,)


def test_the_ignored_settings_follow_the_catalogue() -> None:
    assert ignored_settings(capabilities("gemini-2.5-pro")) == ()
    assert ignored_settings(capabilities("gemini-4-argon")) == (
        "temperature",
        "top_p",
        "top_k",
        "candidate_count",
    )


def test_the_wire_body_never_holds_both_a_level_and_a_budget() -> None:
    both = ThinkingConfig(thinking_budget=100, thinking_level="HIGH")
    # The config says what it holds; fitting to the model alone picks one.
    assert both.to_body() == {"thinkingBudget": 100, "thinkingLevel": "HIGH"}
    for model in ("gemini-3.8-flash", "gemini-2.5-flash", "my-local-model", "gemini-2.0-flash"):
        body, _ = sent(model, GenerationConfig(thinking=both))
        assert len({"thinkingBudget", "thinkingLevel"} & set(body.get("thinkingConfig", {}))) <= 1
