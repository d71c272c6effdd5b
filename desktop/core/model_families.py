"""The one table of known model families: what each can do where the model lists are silent.

Each row names the page its facts come from (read December 2026). Google's lists report
token limits, the generation methods and whether a model thinks; they do not report the
thinking control, the levels, whether sampling is honoured or the input kinds.

Checked against Google's pages on 2026-12-07: the levels and defaults of the Vertex AI
thinking page's table and of each model's guide; the changelog of 2026-07-21 (3.6 Flash and
3.5 Flash-Lite GA, temperature/top_p/top_k deprecated); the 3.5 Flash-Lite model page
(custom sampling values ignored, custom presence/frequency penalties refused with an error);
the Gemini 4 guides (Argon, Carbon: LOW/MEDIUM/HIGH, MEDIUM by default, HIGH on the
-cyber-permissive builds; Neon, Hydrogen: LOW/MEDIUM/HIGH/XHIGH, HIGH by default); the media
resolution page (per part on Gemini 3 and 4, request-wide on every multimodal model).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Thinking(StrEnum):
    """How a model's thinking is controlled."""

    LEVEL = "level"  # thinkingConfig.thinkingLevel (Gemini 3 and later)
    BUDGET = "budget"  # thinkingConfig.thinkingBudget (Gemini 2.5)


class Purpose(StrEnum):
    """What a model makes; only CHAT models belong in the picker."""

    CHAT = "chat"
    IMAGE = "image"  # image generation (Imagen, Gemini image models)
    VIDEO = "video"  # video generation (Veo)
    EMBEDDING = "embedding"
    SPEECH = "speech"  # text-to-speech
    LIVE = "live"  # Live API / native audio: bidiGenerateContent only
    MUSIC = "music"


IMAGE, VIDEO, AUDIO, PDF = "image", "video", "audio", "pdf"
ALL_INPUTS = frozenset({IMAGE, VIDEO, AUDIO, PDF})

# Media resolution: the request-wide values, and the per-part values (Gemini 3 and later).
# MEDIA_RESOLUTION_ULTRA_HIGH is accepted only on a part.
REQUEST_MEDIA_RESOLUTIONS = (
    "MEDIA_RESOLUTION_LOW",
    "MEDIA_RESOLUTION_MEDIUM",
    "MEDIA_RESOLUTION_HIGH",
)
PART_MEDIA_RESOLUTIONS = (*REQUEST_MEDIA_RESOLUTIONS, "MEDIA_RESOLUTION_ULTRA_HIGH")

THINKING_LEVELS = ("MINIMAL", "LOW", "MEDIUM", "HIGH", "XHIGH")

_VERTEX_GUIDES = "https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/guides/"
_VERTEX_MODELS = "https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/gemini/"
_THINKING = "https://ai.google.dev/gemini-api/docs/thinking"
_VERTEX_THINKING = "https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/thinking"
_SAMPLING = "https://ai.google.dev/gemini-api/docs/changelog (2026-07-21)"


@dataclass(frozen=True)
class ModelFamily:
    """One row: the models whose id starts with `prefix`."""

    prefix: str
    source: str
    purpose: Purpose = Purpose.CHAT
    input_token_limit: int | None = None
    output_token_limit: int | None = None
    inputs: frozenset[str] = ALL_INPUTS
    thinking: Thinking | None = None
    thinking_levels: tuple[str, ...] = ()
    default_thinking_level: str | None = None
    budget_range: tuple[int, int] | None = None
    budget_off: bool = False  # a budget of 0 turns thinking off
    sampling: bool = True  # temperature, topP and topK are honoured
    penalties: bool = True  # presencePenalty and frequencyPenalty are accepted
    candidate_count: bool = True
    media_resolution_per_part: bool = False
    preview: bool = False


_ALL = ("MINIMAL", "LOW", "MEDIUM", "HIGH")
_NO_MINIMAL = ("LOW", "MEDIUM", "HIGH")
_UP_TO_XHIGH = ("LOW", "MEDIUM", "HIGH", "XHIGH")
_M = 1_048_576


def _gemini3(
    prefix: str,
    source: str,
    levels: tuple[str, ...],
    default: str,
    *,
    sampling: bool = True,
    penalties: bool = True,
    preview: bool = False,
) -> ModelFamily:
    # Every Gemini 3.x and 4 model: thinking levels, no candidateCount, media resolution per
    # part.
    return ModelFamily(
        prefix,
        source,
        input_token_limit=_M,
        output_token_limit=65_536,
        thinking=Thinking.LEVEL,
        thinking_levels=levels,
        default_thinking_level=default,
        sampling=sampling,
        penalties=penalties,
        candidate_count=False,
        media_resolution_per_part=True,
        preview=preview,
    )


_GEMINI_4 = _VERTEX_GUIDES + "gemini-4-"

FAMILIES: tuple[ModelFamily, ...] = (
    # Gemini 4 (November 2026): later than 3.6 Flash, so sampling is ignored (changelog
    # 2026-07-21); one token limit shared by input and output, 65,536 per answer segment.
    _gemini3("gemini-4-neon", _GEMINI_4 + "neon", _UP_TO_XHIGH, "HIGH", sampling=False),
    _gemini3("gemini-4-hydrogen", _GEMINI_4 + "hydrogen", _UP_TO_XHIGH, "HIGH", sampling=False),
    _gemini3(
        "gemini-4-carbon-cyber-permissive",
        _GEMINI_4 + "carbon",
        _NO_MINIMAL,
        "HIGH",
        sampling=False,
    ),
    _gemini3("gemini-4-carbon", _GEMINI_4 + "carbon", _NO_MINIMAL, "MEDIUM", sampling=False),
    _gemini3(
        "gemini-4-argon-cyber-permissive",
        _GEMINI_4 + "argon",
        _NO_MINIMAL,
        "HIGH",
        sampling=False,
    ),
    _gemini3("gemini-4-argon", _GEMINI_4 + "argon", _NO_MINIMAL, "MEDIUM", sampling=False),
    # Gemini 3.x: levels and defaults from the Vertex AI thinking page's table and the
    # comparison tables of Google's guides; sampling is ignored by 3.6 Flash, 3.5 Flash-Lite
    # and every later model (changelog 2026-07-21).
    _gemini3(
        "gemini-3.8-flash",
        _VERTEX_GUIDES + "gemini-3-8-flash",
        _NO_MINIMAL,
        "MEDIUM",
        sampling=False,
    ),
    _gemini3(
        "gemini-3.7-flash",
        _VERTEX_THINKING,
        _NO_MINIMAL,
        "MEDIUM",
        sampling=False,
    ),
    _gemini3(
        "gemini-3.6-flash",
        _VERTEX_GUIDES + "gemini-3-6-flash; " + _SAMPLING,
        _ALL,
        "MEDIUM",
        sampling=False,
    ),
    _gemini3(
        "gemini-3.5-flash-lite",
        _VERTEX_MODELS + "3-5-flash-lite; " + _SAMPLING,
        _ALL,
        "MINIMAL",
        sampling=False,
        penalties=False,
    ),
    _gemini3("gemini-3.5-flash", _VERTEX_GUIDES + "gemini-3-5-flash", _ALL, "MEDIUM"),
    _gemini3(
        "gemini-3.1-pro", _VERTEX_GUIDES + "gemini-3-5-flash", _NO_MINIMAL, "HIGH", preview=True
    ),
    _gemini3("gemini-3.1-flash-lite", _VERTEX_GUIDES + "gemini-3-5-flash", _ALL, "MINIMAL"),
    _gemini3("gemini-3-pro", _THINKING, ("LOW", "HIGH"), "HIGH", preview=True),
    _gemini3(
        "gemini-3-flash", _VERTEX_MODELS + "3-flash; " + _THINKING, _ALL, "HIGH", preview=True
    ),
    # Gemini 2.5: a thinking budget; ranges from the Gemini API's thinking page.
    ModelFamily(
        "gemini-2.5-pro",
        _THINKING,
        input_token_limit=_M,
        output_token_limit=65_536,
        thinking=Thinking.BUDGET,
        budget_range=(128, 32_768),
    ),
    ModelFamily(
        "gemini-2.5-flash-lite",
        _THINKING,
        input_token_limit=_M,
        output_token_limit=65_536,
        thinking=Thinking.BUDGET,
        budget_range=(512, 24_576),
        budget_off=True,
    ),
    ModelFamily(
        "gemini-2.5-flash",
        _THINKING,
        input_token_limit=_M,
        output_token_limit=65_536,
        thinking=Thinking.BUDGET,
        budget_range=(0, 24_576),
        budget_off=True,
    ),
    ModelFamily(
        "gemini-2.0-flash-lite",
        "https://ai.google.dev/gemini-api/docs/models",
        input_token_limit=_M,
        output_token_limit=8_192,
    ),
    ModelFamily(
        "gemini-2.0-flash",
        "https://ai.google.dev/gemini-api/docs/models",
        input_token_limit=_M,
        output_token_limit=8_192,
    ),
)

# Models that cannot chat, told by a part of their id (the Gemini API lists text-to-speech
# and image models with generateContent, so the methods alone do not tell).
_MODELS_PAGE = "https://ai.google.dev/gemini-api/docs/models"
NOT_CHAT: tuple[tuple[str, Purpose, str], ...] = (
    ("imagen-", Purpose.IMAGE, _MODELS_PAGE + "/imagen"),
    ("-image", Purpose.IMAGE, _MODELS_PAGE + " (Gemini image generation)"),
    ("veo-", Purpose.VIDEO, _MODELS_PAGE + "/veo"),
    ("embedding", Purpose.EMBEDDING, "https://ai.google.dev/gemini-api/docs/embeddings"),
    ("aqa", Purpose.EMBEDDING, _MODELS_PAGE + " (attributed question answering)"),
    ("-tts", Purpose.SPEECH, "https://ai.google.dev/gemini-api/docs/speech-generation"),
    ("native-audio", Purpose.LIVE, "https://ai.google.dev/gemini-api/docs/live"),
    ("-live", Purpose.LIVE, "https://ai.google.dev/gemini-api/docs/live"),
    ("lyria", Purpose.MUSIC, "https://ai.google.dev/gemini-api/docs/music-generation"),
)
