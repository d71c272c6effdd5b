"""A model a connection can use, as the model-list endpoints describe it.

Only what the list itself said: None where it said nothing. `model_catalogue` adds what the
table of known families knows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Vertex AI launch stages that mean "not yet generally available".
_PREVIEW_STAGES = {"EXPERIMENTAL", "PRIVATE_PREVIEW", "PUBLIC_PREVIEW"}


@dataclass(frozen=True)
class ModelInfo:
    id: str
    display_name: str = ""
    description: str = ""
    input_token_limit: int | None = None
    output_token_limit: int | None = None
    # The Gemini API's supportedGenerationMethods; None where the list does not say.
    methods: tuple[str, ...] | None = None
    thinks: bool | None = None  # the Gemini API's `thinking`
    temperature: float | None = None  # the default temperature
    max_temperature: float | None = None
    top_p: float | None = None
    top_k: int | None = None
    preview: bool | None = None  # from Vertex AI's launchStage

    @classmethod
    def from_gemini(cls, item: dict[str, Any]) -> ModelInfo:
        """An entry of the Gemini API's `models` list."""
        methods = item.get("supportedGenerationMethods")
        return cls(
            id=str(item.get("name", "")).removeprefix("models/"),
            display_name=str(item.get("displayName", "")),
            description=str(item.get("description", "")),
            input_token_limit=_int(item.get("inputTokenLimit")),
            output_token_limit=_int(item.get("outputTokenLimit")),
            methods=tuple(str(m) for m in methods) if isinstance(methods, list) else None,
            thinks=item["thinking"] if isinstance(item.get("thinking"), bool) else None,
            temperature=_number(item.get("temperature")),
            max_temperature=_number(item.get("maxTemperature")),
            top_p=_number(item.get("topP")),
            top_k=_int(item.get("topK")),
        )

    @classmethod
    def from_vertex(cls, item: dict[str, Any]) -> ModelInfo:
        """An entry of Vertex AI's `publisherModels` list."""
        model_id = str(item.get("name", "")).rsplit("/", 1)[-1]
        stage = item.get("launchStage")
        return cls(
            id=model_id,
            display_name=str(item.get("displayName", "") or model_id),
            preview=stage in _PREVIEW_STAGES if isinstance(stage, str) else None,
        )

    @classmethod
    def from_openai(cls, item: dict[str, Any]) -> ModelInfo:
        """An entry of an OpenAI-compatible `/models` list."""
        return cls(id=str(item.get("id", "")))


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)
