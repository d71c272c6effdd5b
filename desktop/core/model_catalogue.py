"""What a model can do: what its connection's list reports, filled in from the family table.

The list wins where it says something; the table (`model_families`) fills the rest. An id the
table does not know follows the newest family of the same line ("gemini-3.9-flash" follows the
newest "gemini-…-flash"); an id of no known line gets no guesses. Nothing here ever stops a
model id from being sent as typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.core.connection import DEFAULT_MODEL
from desktop.core.model_families import (
    FAMILIES,
    NOT_CHAT,
    ModelFamily,
    Purpose,
    Thinking,
)
from desktop.core.model_info import ModelInfo

_VERSION = re.compile(r"^\d+(?:\.\d+)*$")
# Tokens that say which build of a line, not which line: "preview", "exp", dates, "001".
_BUILD_TOKENS = {"preview", "exp", "experimental", "latest"}
_METHOD_PURPOSES = (
    ("embedContent", Purpose.EMBEDDING),
    ("bidiGenerateContent", Purpose.LIVE),
    ("predictLongRunning", Purpose.VIDEO),
)


@dataclass(frozen=True)
class Capabilities:
    """One model's capabilities (None: neither the list nor the table knows)."""

    id: str
    display_name: str
    description: str
    purpose: Purpose
    input_token_limit: int | None
    output_token_limit: int | None
    inputs: frozenset[str]
    thinking: Thinking | None
    thinking_levels: tuple[str, ...]
    default_thinking_level: str | None
    budget_range: tuple[int, int] | None
    budget_off: bool
    sampling: bool
    penalties: bool
    candidate_count: bool
    media_resolution_per_part: bool
    preview: bool
    default_temperature: float | None
    max_temperature: float | None
    family: ModelFamily | None

    @property
    def chat(self) -> bool:
        return self.purpose is Purpose.CHAT


def capabilities(model: ModelInfo | str) -> Capabilities:
    """What `model` can do: a list entry, or a bare id (as typed)."""
    info = ModelInfo(model) if isinstance(model, str) else model
    family = family_for(info.id)
    purpose = _purpose(info, family)
    thinking = family.thinking if family else None
    if info.thinks is False:
        thinking = None
    elif info.thinks and thinking is None:
        thinking = _guessed_thinking(info.id)
    levels = family.thinking_levels if family and thinking is Thinking.LEVEL else ()
    return Capabilities(
        id=info.id,
        display_name=info.display_name.strip() or info.id,
        description=info.description.strip(),
        purpose=purpose,
        input_token_limit=info.input_token_limit or _from(family, "input_token_limit"),
        output_token_limit=info.output_token_limit or _from(family, "output_token_limit"),
        inputs=family.inputs if family else frozenset(),
        thinking=thinking,
        thinking_levels=levels,
        default_thinking_level=family.default_thinking_level if levels and family else None,
        budget_range=family.budget_range if family and thinking is Thinking.BUDGET else None,
        budget_off=bool(family and family.budget_off and thinking is Thinking.BUDGET),
        sampling=family.sampling if family else True,
        penalties=family.penalties if family else True,
        candidate_count=family.candidate_count if family else True,
        media_resolution_per_part=bool(family and family.media_resolution_per_part),
        preview=_preview(info, family),
        default_temperature=info.temperature,
        max_temperature=info.max_temperature,
        family=family,
    )


def family_for(model_id: str) -> ModelFamily | None:
    """The table's row for `model_id`: the longest prefix, else the newest of its line."""
    name = _bare(model_id)
    matches = [family for family in FAMILIES if _in_family(name, family.prefix)]
    if matches:
        return max(matches, key=lambda family: len(family.prefix))
    line = _line(name)
    if line is None:
        return None
    same_line = [family for family in FAMILIES if _line(family.prefix) == line]
    return max(same_line, key=lambda family: _version(family.prefix), default=None)


def chat_models(models: Iterable[ModelInfo]) -> list[ModelInfo]:
    """The models that can chat, in the list's order, each id once."""
    unique = {model.id: model for model in models if model.id}
    return [model for model in unique.values() if capabilities(model).chat]


def default_chat_model(models: Iterable[ModelInfo]) -> str:
    """The newest stable Flash model (not Flash-Lite) `models` holds; DEFAULT_MODEL if none."""
    best: tuple[tuple[int, ...], str] | None = None
    for model in chat_models(models):
        found = capabilities(model)
        name = _bare(model.id)
        builds = set(name.split("-")) & _BUILD_TOKENS
        if found.preview or builds or _line(name) != "gemini-flash" or not _version(name):
            continue
        key = (_version(name), model.id)
        # Of two builds of one version, the shorter id is the family's own alias.
        if best is None or key[0] > best[0] or (key[0] == best[0] and len(key[1]) < len(best[1])):
            best = key
    return best[1] if best else DEFAULT_MODEL


def description_line(description: str, limit: int = 120) -> str:
    """A list's description as one line: its first sentence, cut at `limit` characters."""
    text = " ".join(description.split())
    end = text.find(". ")
    if end >= 0:
        text = text[: end + 1]
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _purpose(info: ModelInfo, family: ModelFamily | None) -> Purpose:
    name = _bare(info.id)
    for part, purpose, _source in NOT_CHAT:
        if part in name:
            return purpose
    if info.methods is not None and not {"generateContent", "streamGenerateContent"} & set(
        info.methods
    ):
        # Listed without generateContent: embedContent, bidi only, predict (Imagen, Veo).
        for method, purpose in _METHOD_PURPOSES:
            if method in info.methods:
                return purpose
        return Purpose.IMAGE
    return family.purpose if family else Purpose.CHAT


def _preview(info: ModelInfo, family: ModelFamily | None) -> bool:
    if info.preview is not None:
        return info.preview
    tokens = set(_bare(info.id).split("-"))
    if tokens & {"preview", "exp", "experimental"}:
        return True
    return bool(family and family.preview and _bare(info.id).startswith(family.prefix))


def _in_family(name: str, prefix: str) -> bool:
    # "gemini-2.5-flash-001" is a 2.5 Flash; "gemini-2.5-flash-lite" is not.
    rest = name.removeprefix(prefix)
    return (
        name.startswith(prefix)
        and (not rest or rest.startswith("-"))
        and (not rest.startswith("-lite"))
    )


def _guessed_thinking(model_id: str) -> Thinking | None:
    version = _version(_bare(model_id))
    if not version:
        return None
    return Thinking.LEVEL if version >= (3,) else Thinking.BUDGET


def _from(family: ModelFamily | None, name: str) -> int | None:
    return getattr(family, name) if family else None


def _bare(model_id: str) -> str:
    return model_id.strip().lower().removeprefix("models/").rsplit("/", 1)[-1]


def _line(name: str) -> str | None:
    """ "gemini-3.6-flash-preview-09-2025" -> "gemini-flash"; None without a version."""
    tokens = name.split("-")
    if not name.startswith("gemini-"):
        return None
    kept = [
        token
        for token in tokens
        if not _VERSION.match(token) and token not in _BUILD_TOKENS and not token.isdigit()
    ]
    return "-".join(kept)


def _version(name: str) -> tuple[int, ...]:
    for token in name.split("-"):
        if _VERSION.match(token):
            return tuple(int(part) for part in token.split("."))
    return ()
