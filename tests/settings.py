"""Chat settings with every field set to a value other than its default, for the round
trips through JSON, the history, exports and the Settings dock (one copy for all of them)."""

from __future__ import annotations

from desktop.core.conversation import ChatSettings
from desktop.core.request import (
    GenerationConfig,
    HarmBlockMethod,
    HarmBlockThreshold,
    HarmCategory,
    MediaResolution,
    SafetySetting,
    ThinkingConfig,
)

SCHEMA = {
    "type": "OBJECT",
    "properties": {"name": {"type": "STRING"}, "age": {"type": "INTEGER"}},
    "required": ["name"],
}

EVERY_SETTING = ChatSettings(
    model="gemini-2.5-flash",
    system_instruction="Answer like a friendly museum guide.\nBe brief.",
    generation_config=GenerationConfig(
        temperature=0.7,
        top_p=0.95,
        top_k=40,
        candidate_count=2,
        max_output_tokens=8192,
        presence_penalty=0.5,
        frequency_penalty=-0.5,
        stop_sequences=("END", "\n\nUser:"),
        response_mime_type="application/json",
        response_schema=SCHEMA,
        seed=7,
        response_logprobs=True,
        logprobs=5,
        audio_timestamp=True,
        media_resolution=MediaResolution.MEDIUM,
        # A budget, as the model (Gemini 2.5) takes; levels: tests/core/test_model_fit.py.
        thinking=ThinkingConfig(include_thoughts=False, thinking_budget=-1),
    ),
    safety_settings=(
        SafetySetting(
            HarmCategory.HATE_SPEECH,
            HarmBlockThreshold.BLOCK_LOW_AND_ABOVE,
            HarmBlockMethod.PROBABILITY,
        ),
        SafetySetting(
            HarmCategory.CIVIC_INTEGRITY, HarmBlockThreshold.OFF, HarmBlockMethod.PROBABILITY
        ),
    ),
    google_search=True,
)
