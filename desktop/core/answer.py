"""The answer's data: what the model sent back for one request, with its token usage and
sources read into types once, here, for the window and the exports alike.

Usage arrives as Gemini's usageMetadata (promptTokenCount, candidatesTokenCount,
thoughtsTokenCount, totalTokenCount) or as OpenAI's usage (prompt_tokens, completion_tokens,
total_tokens, completion_tokens_details.reasoning_tokens); sources as citations (Vertex
`citations` or Gemini API `citationSources`, with `uri` or `url` and maybe a `title`) and
grounding chunks (`groundingMetadata.groundingChunks[].web` or `.retrievedContext`). The wire
dictionaries stay on `Answer` as they came (the history and the JSON export keep them).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit


@dataclass
class Answer:
    """Everything the model sent back for one request."""

    text: str = ""
    thoughts: str = ""
    finish_reason: str | None = None
    finish_message: str | None = None
    safety_ratings: list[dict[str, Any]] = field(default_factory=list)
    citations: list[dict[str, Any]] = field(default_factory=list)
    grounding_metadata: dict[str, Any] | None = None
    usage: dict[str, Any] | None = None
    model_version: str | None = None
    block_reason: str | None = None
    block_reason_message: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "thoughts": self.thoughts,
            "finish_reason": self.finish_reason,
            "finish_message": self.finish_message,
            "safety_ratings": self.safety_ratings,
            "citations": self.citations,
            "grounding_metadata": self.grounding_metadata,
            "usage": self.usage,
            "model_version": self.model_version,
            "block_reason": self.block_reason,
            "block_reason_message": self.block_reason_message,
        }

    @property
    def token_usage(self) -> Usage | None:
        """The token counts, in either wire format; None when the server sent none."""
        return usage_from(self.usage)

    @property
    def sources(self) -> list[Source]:
        """The web pages the answer cites or was grounded on, each once, in order."""
        return sources_from(self.citations, self.grounding_metadata)


@dataclass(frozen=True)
class Usage:
    """Token counts; None where the server did not say."""

    prompt: int | None = None
    answer: int | None = None
    thinking: int | None = None
    total: int | None = None


@dataclass(frozen=True)
class Source:
    """A web page an answer cites; `title` is None when the server gave none."""

    title: str | None
    url: str

    @property
    def label(self) -> str:
        """The title, or the page's host ("example.com") when there is none."""
        return self.title or (urlsplit(self.url).hostname or self.url).removeprefix("www.")


def _count(mapping: Mapping[str, Any], *keys: str) -> int | None:
    for key in keys:
        value = mapping.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


def usage_from(raw: Mapping[str, Any] | None) -> Usage | None:
    """Token usage in either wire format; None when there is nothing to show."""
    if not raw:
        return None
    prompt = _count(raw, "promptTokenCount", "prompt_tokens", "input_tokens")
    answer = _count(raw, "candidatesTokenCount", "completion_tokens", "output_tokens")
    thinking = _count(raw, "thoughtsTokenCount")
    details = raw.get("completion_tokens_details") or raw.get("output_tokens_details")
    if thinking is None and isinstance(details, Mapping):
        thinking = _count(details, "reasoning_tokens")
        if thinking is not None and answer is not None:
            answer = max(0, answer - thinking)  # OpenAI counts reasoning inside completion
    total = _count(raw, "totalTokenCount", "total_tokens")
    if total is None and prompt is not None and answer is not None:
        total = prompt + answer + (thinking or 0)
    usage = Usage(prompt, answer, thinking or None, total)
    return None if usage == Usage() else usage


def _link_of(item: Mapping[str, Any]) -> str | None:
    for key in ("uri", "url"):
        value = item.get(key)
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            return value
    return None


def _title_of(item: Mapping[str, Any]) -> str | None:
    title = item.get("title")
    return title.strip() if isinstance(title, str) and title.strip() else None


def sources_from(
    citations: Iterable[Mapping[str, Any]], grounding: Mapping[str, Any] | None
) -> list[Source]:
    """Citations first, then grounding web sources; each address once, in order."""
    items: list[Mapping[str, Any]] = [c for c in citations if isinstance(c, Mapping)]
    if grounding:
        for chunk in grounding.get("groundingChunks") or []:
            if isinstance(chunk, Mapping):
                web = chunk.get("web") or chunk.get("retrievedContext")
                if isinstance(web, Mapping):
                    items.append(web)
    sources: list[Source] = []
    seen: set[str] = set()
    for item in items:
        url = _link_of(item)
        if url is None or url in seen:
            continue
        seen.add(url)
        sources.append(Source(_title_of(item), url))
    return sources
