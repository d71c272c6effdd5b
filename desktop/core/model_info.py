"""A model a connection can use, as the model-list endpoints describe it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ModelInfo:
    id: str
    display_name: str = ""
    description: str = ""
    input_token_limit: int | None = None
    output_token_limit: int | None = None

    @classmethod
    def from_gemini(cls, item: dict[str, Any]) -> ModelInfo:
        """An entry of the Gemini API's `models` list."""
        return cls(
            id=str(item.get("name", "")).removeprefix("models/"),
            display_name=str(item.get("displayName", "")),
            description=str(item.get("description", "")),
            input_token_limit=item.get("inputTokenLimit"),
            output_token_limit=item.get("outputTokenLimit"),
        )

    @classmethod
    def from_vertex(cls, item: dict[str, Any]) -> ModelInfo:
        """An entry of Vertex AI's `publisherModels` list."""
        model_id = str(item.get("name", "")).rsplit("/", 1)[-1]
        return cls(id=model_id, display_name=str(item.get("displayName", "") or model_id))

    @classmethod
    def from_openai(cls, item: dict[str, Any]) -> ModelInfo:
        """An entry of an OpenAI-compatible `/models` list."""
        return cls(id=str(item.get("id", "")))

    @property
    def generates_content(self) -> bool:
        """False for embedding and other models that cannot chat."""
        return "embedding" not in self.id and self.id != "aqa"
