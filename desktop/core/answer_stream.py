"""A streamed answer: the events a stream yields and the accumulators that build the Answer.

Each GenerateContentResponse chunk goes through `AnswerAccumulator.feed`, which returns the
new text and thought deltas and keeps everything else (finish reason, safety ratings,
citations, grounding, usage, model version) on `Answer`. Usage metadata is replaced, never
added up: every chunk carries the running totals.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core.answer import Answer
from desktop.core.error_classifier import VERTEX, Asked, error_from_payload
from desktop.core.errors import (
    GeminiError,
    PromptBlockedError,
    ProtocolError,
    StreamCutOffError,
)
from desktop.core.messages import Message


@dataclass(frozen=True)
class TextDelta:
    text: str


@dataclass(frozen=True)
class ThoughtDelta:
    text: str


@dataclass(frozen=True)
class Completed:
    answer: Answer


@dataclass(frozen=True)
class Retrying:
    """Nothing was shown yet and the request failed in a way worth another try."""

    error: GeminiError
    delay: float  # seconds until the next try, the one wait to show
    attempt: int  # the attempt about to start, counting from 1
    attempts: int  # the most tries the retry policy makes


StreamEvent = TextDelta | ThoughtDelta | Retrying | Completed


class Accumulator:
    """What every protocol's accumulator shares: the text so far and how a stream ends."""

    def __init__(self, asked: Asked = VERTEX) -> None:
        self.answer = Answer()
        self._asked = asked  # who answers, for the words of an error inside the stream
        self._text: list[str] = []
        self._thoughts: list[str] = []

    def feed(self, chunk: Any) -> list[TextDelta | ThoughtDelta]:
        """The deltas in one chunk; raises the error an in-stream error object carries."""
        if isinstance(chunk, list) and len(chunk) == 1:  # errors may come wrapped in an array
            chunk = chunk[0]
        if not isinstance(chunk, dict):
            raise self.fail(unreadable_chunk(chunk))
        if chunk.get("error"):
            raise self.fail(error_from_payload(chunk, self._asked))
        try:
            return self._feed(chunk)
        except (AttributeError, TypeError, IndexError) as exc:
            # The JSON had an unexpected shape (a string where an object belongs): say so
            # in words instead of crashing.
            raise self.fail(unreadable_chunk(chunk)) from exc

    def _feed(self, chunk: dict[str, Any]) -> list[TextDelta | ThoughtDelta]:
        raise NotImplementedError

    @property
    def received(self) -> bool:
        """Whether any text or thought has arrived."""
        return bool(self._text or self._thoughts)

    def _add_text(self, text: str, deltas: list[TextDelta | ThoughtDelta]) -> None:
        self._text.append(text)
        deltas.append(TextDelta(text))

    def _add_thought(self, text: str, deltas: list[TextDelta | ThoughtDelta]) -> None:
        self._thoughts.append(text)
        deltas.append(ThoughtDelta(text))

    def finish(self) -> Answer:
        """The finished answer; raises when the prompt was blocked or the stream was cut."""
        answer = self._snapshot()
        if answer.block_reason:
            error: GeminiError = PromptBlockedError(
                answer.block_reason, answer.block_reason_message
            )
            raise self.fail(error)
        if answer.finish_reason is None:
            raise self.fail(
                StreamCutOffError(Message("stream.cut_off"), hint=Message("stream.cut_off.hint"))
            )
        return answer

    def fail(self, error: GeminiError) -> GeminiError:
        """Attach what was received so far to an error, so nobody loses what they saw."""
        error.partial = self._snapshot()
        return error

    def _snapshot(self) -> Answer:
        self.answer.text = "".join(self._text)
        self.answer.thoughts = "".join(self._thoughts)
        return self.answer


def unreadable_chunk(chunk: Any) -> ProtocolError:
    return ProtocolError(
        Message("stream.unreadable"),
        hint=Message("stream.unreadable.hint"),
        server_message=repr(chunk)[:200],
    )


class AnswerAccumulator(Accumulator):
    """Feeds GenerateContentResponse chunks (Vertex and Gemini API) into one Answer."""

    def _feed(self, chunk: dict[str, Any]) -> list[TextDelta | ThoughtDelta]:
        answer = self.answer
        if usage := chunk.get("usageMetadata"):
            answer.usage = usage
        if version := chunk.get("modelVersion"):
            answer.model_version = version
        if feedback := chunk.get("promptFeedback"):
            if reason := feedback.get("blockReason"):
                answer.block_reason = reason
                answer.block_reason_message = feedback.get("blockReasonMessage")
            answer.safety_ratings = feedback.get("safetyRatings") or answer.safety_ratings
        candidates = chunk.get("candidates") or []
        # Only the first candidate is streamed: streamGenerateContent supports one.
        return self._feed_candidate(candidates[0]) if candidates else []

    def _feed_candidate(self, candidate: dict[str, Any]) -> list[TextDelta | ThoughtDelta]:
        answer = self.answer
        deltas: list[TextDelta | ThoughtDelta] = []
        for part in (candidate.get("content") or {}).get("parts") or []:
            text = part.get("text")
            if not text:
                continue
            if part.get("thought"):
                self._add_thought(text, deltas)
            else:
                self._add_text(text, deltas)
        if reason := candidate.get("finishReason"):
            answer.finish_reason = reason
            answer.finish_message = candidate.get("finishMessage")
        if ratings := candidate.get("safetyRatings"):
            answer.safety_ratings = ratings
        metadata = candidate.get("citationMetadata") or {}
        for key in ("citations", "citationSources"):  # Vertex and Gemini API spellings
            for citation in metadata.get(key) or []:
                if citation not in answer.citations:
                    answer.citations.append(citation)
        if grounding := candidate.get("groundingMetadata"):
            answer.grounding_metadata = grounding
        return deltas
