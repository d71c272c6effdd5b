"""Model lists in the shapes Google returns them: the Gemini API's `models` and Vertex AI's
`publisherModels`, with the models that cannot chat among the ones that can.

Shapes: https://ai.google.dev/api/models (Model: supportedGenerationMethods, token limits,
temperature, maxTemperature, topP, topK, thinking; image and video models list only
`predict`/`predictLongRunning`, embeddings `embedContent`, live models `bidiGenerateContent`)
and https://cloud.google.com/vertex-ai/docs/reference/rest/v1beta1/publishers.models
(PublisherModel: name, versionId, launchStage, openSourceCategory, publisherModelTemplate).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from typing import Any

from tests.loopback.gemini import InvalidRequest

DEFAULT_MODELS = (
    "gemini-3.8-flash",
    "gemini-3.1-pro-preview",
    "gemini-3.5-flash-lite",
    "gemini-2.5-flash",
    "gemini-2.5-pro",
    "gemini-2.5-flash-lite",
    "gemini-2.0-flash-001",
    "gemini-2.0-flash-lite-001",
    "imagen-4.0-generate-001",
    "veo-3.1-generate-preview",
    "gemini-embedding-001",
    "gemini-2.5-flash-preview-tts",
    "gemini-2.5-flash-native-audio-preview-09-2025",
)
"""The default list: chat models first, then five that cannot chat."""

_CHAT_METHODS = ["generateContent", "countTokens", "createCachedContent", "batchGenerateContent"]
_SAMPLING = {"temperature": 1, "topP": 0.95, "topK": 64, "maxTemperature": 2}

# What the Gemini API reports for models that cannot chat, by a part of their id:
# (methods, inputTokenLimit, outputTokenLimit, reports sampling defaults).
_NOT_CHAT: tuple[tuple[str, list[str], int, int, bool], ...] = (
    ("imagen-", ["predict"], 480, 8192, False),
    ("veo-", ["predictLongRunning"], 480, 8192, False),
    ("embedding", ["embedContent", "countTextTokens", "countTokens"], 2048, 1, False),
    ("-tts", ["countTokens", "generateContent"], 8192, 16384, True),
    ("native-audio", ["countTokens", "bidiGenerateContent"], 131072, 8192, True),
)


def display_name(model_id: str) -> str:
    """ "gemini-2.5-flash" -> "Gemini 2.5 Flash"."""
    return " ".join(word.capitalize() for word in model_id.split("-"))


def gemini_model(model_id: str) -> dict[str, Any]:
    """A Gemini API Model resource."""
    resource: dict[str, Any] = {
        "name": f"models/{model_id}",
        "version": model_id.rsplit("-", 1)[-1] if model_id[-1].isdigit() else "001",
        "displayName": display_name(model_id),
        "description": f"Loopback stand-in for {display_name(model_id)}.",
    }
    for part, methods, input_limit, output_limit, sampling in _NOT_CHAT:
        if part in model_id:
            resource["inputTokenLimit"] = input_limit
            resource["outputTokenLimit"] = output_limit
            resource["supportedGenerationMethods"] = methods
            if sampling:
                resource.update(_SAMPLING)
            return resource
    resource["inputTokenLimit"] = 1048576
    resource["outputTokenLimit"] = 8192 if model_id.startswith("gemini-2.0") else 65536
    resource["supportedGenerationMethods"] = list(_CHAT_METHODS)
    resource.update(_SAMPLING)
    if not model_id.startswith("gemini-2.0"):
        resource["thinking"] = True
    return resource


def vertex_publisher_model(model_id: str) -> dict[str, Any]:
    """A Vertex AI PublisherModel resource."""
    return {
        "name": f"publishers/google/models/{model_id}",
        "versionId": "default",
        "openSourceCategory": "PROPRIETARY",
        "launchStage": "PUBLIC_PREVIEW" if "preview" in model_id else "GA",
        "versionState": "VERSION_STATE_STABLE",
        "publisherModelTemplate": (
            f"projects/{{project}}/locations/{{location}}/publishers/google/models/{model_id}"
        ),
    }


def paginate(
    items: Sequence[str],
    page_size: str | None,
    page_token: str | None,
    default_size: int,
    max_size: int = 1000,
) -> tuple[list[str], str | None]:
    """One page of items and the opaque token of the next page (None on the last page).

    Like Google, a page never holds more than `max_size` items whatever pageSize asks.
    """
    try:
        size = int(page_size) if page_size else default_size
        start = int(base64.urlsafe_b64decode(page_token).decode()) if page_token else 0
    except (ValueError, binascii.Error) as exc:
        raise InvalidRequest("Invalid page token or page size.") from exc
    if size <= 0:
        size = default_size
    size = min(size, max_size)
    end = start + size
    next_token = base64.urlsafe_b64encode(str(end).encode()).decode() if end < len(items) else None
    return list(items[start:end]), next_token
