"""The answer's typed usage and sources: one reading of both wire formats."""

from __future__ import annotations

from desktop.core.answer import Answer, Source, Usage


def test_gemini_usage_metadata_is_read_into_counts() -> None:
    answer = Answer(
        usage={
            "promptTokenCount": 12,
            "candidatesTokenCount": 30,
            "thoughtsTokenCount": 8,
            "totalTokenCount": 50,
        }
    )
    assert answer.token_usage == Usage(prompt=12, answer=30, thinking=8, total=50)


def test_openai_reasoning_is_taken_out_of_the_answer_count() -> None:
    answer = Answer(
        usage={
            "prompt_tokens": 5,
            "completion_tokens": 20,
            "completion_tokens_details": {"reasoning_tokens": 15},
        }
    )
    assert answer.token_usage == Usage(prompt=5, answer=5, thinking=15, total=25)


def test_no_usage_is_none_not_zeroes() -> None:
    assert Answer().token_usage is None
    assert Answer(usage={"promptTokenCount": True}).token_usage is None


def test_sources_come_from_citations_then_grounding_each_address_once() -> None:
    answer = Answer(
        citations=[
            {"uri": "https://docs.python.org/3/library/csv.html", "title": "csv"},
            {"url": "javascript:alert(1)"},
        ],
        grounding_metadata={
            "groundingChunks": [
                {"web": {"uri": "https://docs.python.org/3/library/csv.html"}},
                {"web": {"uri": "https://www.example.com/page"}},
                {"retrievedContext": {"uri": "https://intranet.example/doc", "title": "Doc"}},
                "not a chunk",
            ]
        },
    )
    assert answer.sources == [
        Source("csv", "https://docs.python.org/3/library/csv.html"),
        Source(None, "https://www.example.com/page"),
        Source("Doc", "https://intranet.example/doc"),
    ]
    assert [source.label for source in answer.sources] == ["csv", "example.com", "Doc"]
