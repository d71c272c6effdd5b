"""A request fitted to its model: what the model ignores or refuses is left out, not sent.

Gemini 3 and later take a thinking level, Gemini 2.5 a budget, and a request with both is a
400; newer models ignore temperature, top-P and top-K and refuse candidateCount. The
settings themselves stay as chosen (a conversation keeps them for a model that honours
them); only the request on the wire is fitted. Models the catalogue does not know get what
was set, never both thinking controls, and nothing added.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from desktop.core.model_catalogue import Capabilities, capabilities
from desktop.core.model_families import Thinking
from desktop.core.request import Content, GenerateRequest, GenerationConfig, ThinkingConfig

SAMPLING = ("temperature", "top_p", "top_k")
PENALTIES = ("presence_penalty", "frequency_penalty")
PART_MEDIA_RESOLUTION = "part_media_resolution"  # a left-out name that is no config field


@dataclass(frozen=True)
class Fitted:
    """The request as it is sent, and the settings that were set but left out of it
    (GenerationConfig's field names, ThinkingConfig's, or PART_MEDIA_RESOLUTION)."""

    request: GenerateRequest
    left_out: tuple[str, ...]


def fit_request(request: GenerateRequest, found: Capabilities | None = None) -> Fitted:
    """`request` as `found` (by default: its model's capabilities) takes it."""
    found = found if found is not None else capabilities(request.model)
    config = request.generation_config
    left_out: list[str] = []
    changes: dict[str, Any] = {}
    ignored = ignored_settings(found)
    for name in ignored:
        if getattr(config, name) is not None:
            left_out.append(name)
            changes[name] = None
    thinking, dropped = fit_thinking(config.thinking, found)
    left_out.extend(dropped)
    if thinking != config.thinking:
        changes["thinking"] = thinking
    contents = request.contents
    if not found.media_resolution_per_part and _has_part_resolution(contents):
        left_out.append(PART_MEDIA_RESOLUTION)
        contents = tuple(
            replace(content, parts=tuple(replace(p, media_resolution=None) for p in content.parts))
            for content in contents
        )
    if not changes and contents is request.contents:
        return Fitted(request, ())
    fitted_config: GenerationConfig = replace(config, **changes)
    return Fitted(
        replace(request, generation_config=fitted_config, contents=contents), tuple(left_out)
    )


def ignored_settings(found: Capabilities) -> tuple[str, ...]:
    """The GenerationConfig fields `found` ignores or refuses, so they are never sent."""
    names: list[str] = []
    if not found.sampling:
        names.extend(SAMPLING)
    if not found.penalties:
        names.extend(PENALTIES)
    if not found.candidate_count:
        names.append("candidate_count")
    return tuple(names)


def thinking_unknown(found: Capabilities) -> bool:
    """Neither the list nor the table says how this model's thinking is controlled."""
    return found.thinking is None and found.family is None


def fit_thinking(
    given: ThinkingConfig | None, found: Capabilities
) -> tuple[ThinkingConfig | None, tuple[str, ...]]:
    """The thinkingConfig `found` takes, and the fields of `given` left out of it (a model
    that does not think gets none at all, includeThoughts included)."""
    given = given or ThinkingConfig()
    level, budget, include = given.thinking_level, given.thinking_budget, given.include_thoughts
    dropped: list[str] = []
    if found.thinking is Thinking.LEVEL:
        if budget is not None:
            dropped.append("thinking_budget")
            budget = None
        if level is not None and found.thinking_levels and level not in found.thinking_levels:
            dropped.append("thinking_level")
            level = None
    elif found.thinking is Thinking.BUDGET:
        if level is not None:
            dropped.append("thinking_level")
            level = None
    elif thinking_unknown(found):
        if level is not None and budget is not None:
            dropped.append("thinking_level")  # never both; a budget is the older, wider form
            level = None
        if level is None and budget is None:
            include = None  # the window asks for thoughts by default: not of a stranger
    else:  # a model that does not think
        dropped.extend(
            name
            for name, value in (("thinking_budget", budget), ("thinking_level", level))
            if value is not None
        )
        return None, tuple(dropped)
    if include is None and budget is None and level is None:
        return None, tuple(dropped)
    fitted = ThinkingConfig(include_thoughts=include, thinking_budget=budget, thinking_level=level)
    return fitted, tuple(dropped)


def _has_part_resolution(contents: tuple[Content, ...]) -> bool:
    return any(part.media_resolution is not None for c in contents for part in c.parts)
