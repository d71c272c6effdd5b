"""Chunks accumulate into one Answer: deltas, thoughts apart, last usage wins, cut-offs raise."""

from __future__ import annotations

import pytest

from desktop.core.answer_stream import AnswerAccumulator, TextDelta, ThoughtDelta
from desktop.core.errors import PromptBlockedError, ProtocolError, ServerError, StreamCutOffError
from desktop.core.openai_compat import ChatChunkAccumulator


def chunk(
    *parts: dict[str, object],
    finish: str | None = None,
    usage: dict[str, int] | None = None,
    **candidate: object,
) -> dict[str, object]:
    body: dict[str, object] = {
        "candidates": [{"content": {"role": "model", "parts": list(parts)}, **candidate}]
    }
    if finish:
        body["candidates"][0]["finishReason"] = finish  # type: ignore[index]
    if usage:
        body["usageMetadata"] = usage
    return body


def test_text_and_thoughts_are_kept_apart() -> None:
    acc = AnswerAccumulator()
    assert acc.feed(chunk({"text": "Let me look.", "thought": True})) == [
        ThoughtDelta("Let me look.")
    ]
    assert acc.feed(chunk({"text": "A cat"})) == [TextDelta("A cat")]
    acc.feed(chunk({"text": " on a roof."}, finish="STOP"))
    answer = acc.finish()
    assert (answer.text, answer.thoughts, answer.finish_reason) == (
        "A cat on a roof.",
        "Let me look.",
        "STOP",
    )


def test_last_usage_wins_and_is_never_added_up() -> None:
    acc = AnswerAccumulator()
    acc.feed(
        chunk(
            {"text": "a"},
            usage={"promptTokenCount": 5, "candidatesTokenCount": 1, "totalTokenCount": 6},
        )
    )
    acc.feed(
        chunk(
            {"text": "b"},
            finish="STOP",
            usage={"promptTokenCount": 5, "candidatesTokenCount": 2, "totalTokenCount": 7},
        )
    )
    assert acc.finish().usage == {
        "promptTokenCount": 5,
        "candidatesTokenCount": 2,
        "totalTokenCount": 7,
    }


def test_citations_in_both_spellings_and_metadata() -> None:
    acc = AnswerAccumulator()
    acc.feed(
        {
            **chunk({"text": "x"}, citationMetadata={"citations": [{"uri": "https://a"}]}),
            "modelVersion": "gemini-2.5-flash-001",
        }
    )
    acc.feed(
        chunk(
            {"text": "y"},
            finish="STOP",
            citationMetadata={"citationSources": [{"uri": "https://b"}]},
            safetyRatings=[{"category": "HARM_CATEGORY_HARASSMENT", "probability": "NEGLIGIBLE"}],
            groundingMetadata={"webSearchQueries": ["q"]},
        )
    )
    answer = acc.finish()
    assert [c["uri"] for c in answer.citations] == ["https://a", "https://b"]
    assert answer.model_version == "gemini-2.5-flash-001"
    assert answer.grounding_metadata == {"webSearchQueries": ["q"]}
    assert answer.safety_ratings[0]["category"] == "HARM_CATEGORY_HARASSMENT"


def test_stream_without_finish_reason_is_cut_off_and_keeps_the_text() -> None:
    acc = AnswerAccumulator()
    acc.feed(chunk({"text": "half an ans"}))
    with pytest.raises(StreamCutOffError) as caught:
        acc.finish()
    assert caught.value.partial is not None and caught.value.partial.text == "half an ans"


def test_blocked_prompt_with_and_without_message() -> None:
    acc = AnswerAccumulator()
    acc.feed({"promptFeedback": {"blockReason": "SAFETY"}})
    with pytest.raises(PromptBlockedError) as caught:
        acc.finish()
    assert caught.value.block_reason == "SAFETY" and "safety" in caught.value.explanation
    acc = AnswerAccumulator()
    acc.feed(
        {
            "promptFeedback": {
                "blockReason": "OTHER",
                "blockReasonMessage": "The prompt was blocked by policy X.",
            }
        }
    )
    with pytest.raises(PromptBlockedError, match="policy X"):
        acc.finish()


def test_error_in_the_middle_keeps_what_was_streamed() -> None:
    acc = AnswerAccumulator()
    acc.feed(chunk({"text": "So far "}))
    with pytest.raises(ServerError) as caught:
        acc.feed({"error": {"code": 503, "status": "UNAVAILABLE", "message": "overloaded"}})
    assert caught.value.partial is not None and caught.value.partial.text == "So far "


def test_openai_chunks() -> None:
    acc = ChatChunkAccumulator()
    assert acc.feed(
        {
            "model": "google/gemini-2.5-flash",
            "choices": [{"index": 0, "delta": {"role": "assistant", "content": "Hi"}}],
        }
    ) == [TextDelta("Hi")]
    acc.feed(
        {"choices": [{"index": 0, "delta": {"reasoning_content": "hmm"}, "finish_reason": None}]}
    )
    acc.feed({"choices": [{"index": 0, "delta": {"content": "!"}, "finish_reason": "stop"}]})
    acc.feed(
        {"choices": [], "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}}
    )
    answer = acc.finish()
    assert (answer.text, answer.thoughts, answer.finish_reason) == ("Hi!", "hmm", "stop")
    assert answer.usage == {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}
    assert answer.model_version == "google/gemini-2.5-flash"


@pytest.mark.parametrize(
    "chunk",
    [
        {"candidates": [{"content": {"parts": ["hi"]}}]},
        {"promptFeedback": "x"},
        {"candidates": "nope"},
        "just a string",
    ],
)
def test_oddly_shaped_chunks_are_a_plain_error_not_a_crash(chunk: object) -> None:
    with pytest.raises(ProtocolError):
        AnswerAccumulator().feed(chunk)


def test_odd_openai_chunk_is_a_plain_error() -> None:
    with pytest.raises(ProtocolError):
        ChatChunkAccumulator().feed({"choices": ["x"]})


def test_error_wrapped_in_an_array_and_null_error() -> None:
    acc = AnswerAccumulator()
    assert acc.feed({"error": None, "candidates": [{"content": {"parts": [{"text": "ok"}]}}]}) == [
        TextDelta("ok")
    ]
    with pytest.raises(ServerError):
        acc.feed([{"error": {"code": 500, "status": "INTERNAL", "message": "boom"}}])
