"""The stream decoders give the same payloads however the network splits the bytes."""

from __future__ import annotations

import json

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop.core.errors import ProtocolError
from desktop.core.stream_decoder import DONE, JsonArrayDecoder, SseDecoder

PAYLOADS = [
    {"candidates": [{"content": {"role": "model", "parts": [{"text": "Un chat 🐈 sur un toit"}]}}]},
    {"candidates": [{"content": {"parts": [{"text": 'quotes " and \\ backslash {[ ]}'}]}}]},
    {
        "candidates": [
            {"content": {"parts": [{"text": "日本語\u2028line sep"}]}, "finishReason": "STOP"}
        ]
    },
    {"usageMetadata": {"promptTokenCount": 3, "totalTokenCount": 9}},
]


def sse_bytes(payloads: list[object], separator: str = "\r\n") -> bytes:
    events = "".join(
        f"data: {json.dumps(p, ensure_ascii=False)}{separator}{separator}" for p in payloads
    )
    return events.encode()


def array_bytes(payloads: list[object]) -> bytes:
    body = "[" + "\n,\r\n".join(json.dumps(p, ensure_ascii=False, indent=2) for p in payloads) + "]"
    return body.encode()


def decode_in_pieces(
    decoder: SseDecoder | JsonArrayDecoder, data: bytes, cuts: list[int]
) -> list[object]:
    out: list[object] = []
    start = 0
    for cut in [*sorted(set(cuts)), len(data)]:
        out += decoder.feed(data[start:cut])
        start = cut
    return out + decoder.close()


@pytest.mark.parametrize("separator", ["\r\n", "\n", "\r"])
def test_sse_decodes_each_line_ending(separator: str) -> None:
    assert decode_in_pieces(SseDecoder(), sse_bytes(PAYLOADS, separator), []) == PAYLOADS


@settings(max_examples=300, deadline=None)
@given(cuts=st.lists(st.integers(min_value=0, max_value=2000), max_size=40), crlf=st.booleans())
def test_sse_any_split_gives_the_same_payloads(cuts: list[int], crlf: bool) -> None:
    data = sse_bytes(PAYLOADS, "\r\n" if crlf else "\n")
    cuts = [c % (len(data) + 1) for c in cuts]
    assert decode_in_pieces(SseDecoder(), data, cuts) == PAYLOADS


@settings(max_examples=300, deadline=None)
@given(cuts=st.lists(st.integers(min_value=0, max_value=2000), max_size=40))
@example(cuts=[193, 366])  # a split right after an element with escapes once confused the scanner
def test_json_array_any_split_gives_the_same_payloads(cuts: list[int]) -> None:
    data = array_bytes(PAYLOADS)
    cuts = [c % (len(data) + 1) for c in cuts]
    assert decode_in_pieces(JsonArrayDecoder(), data, cuts) == PAYLOADS


def test_every_single_byte_split_inside_multibyte_characters() -> None:
    data = sse_bytes(PAYLOADS)
    decoder = SseDecoder()
    out = [p for i in range(len(data)) for p in decoder.feed(data[i : i + 1])]
    assert out + decoder.close() == PAYLOADS


def test_bare_error_object_after_events_is_a_payload() -> None:
    error = '{\n  "error": {\n    "code": 503,\n    "message": "overloaded",\n    "status": "UNAVAILABLE"\n  }\n}\n'
    data = sse_bytes(PAYLOADS[:1]) + error.encode()
    out = decode_in_pieces(SseDecoder(), data, [len(data) - 5])
    assert out == [
        PAYLOADS[0],
        {"error": {"code": 503, "message": "overloaded", "status": "UNAVAILABLE"}},
    ]


def test_openai_done_comments_and_multiline_data() -> None:
    data = b': keep-alive\n\nevent: message\nid: 7\ndata: {"a":\ndata: 1}\n\ndata: [DONE]\n\n'
    assert decode_in_pieces(SseDecoder(), data, [3, 20]) == [{"a": 1}, DONE]


def test_event_without_trailing_blank_line_is_still_decoded() -> None:
    assert decode_in_pieces(SseDecoder(), b'data: {"x": 1}', []) == [{"x": 1}]


def test_garbage_in_sse_is_a_protocol_error() -> None:
    with pytest.raises(ProtocolError):
        decode_in_pieces(SseDecoder(), b"<html>Bad gateway</html>\n\n", [])


def test_truncated_json_event_is_a_protocol_error() -> None:
    with pytest.raises(ProtocolError):
        decode_in_pieces(SseDecoder(), b'data: {"candidates": [', [])


def test_json_array_cut_inside_an_element_is_a_protocol_error() -> None:
    data = array_bytes(PAYLOADS)
    decoder = JsonArrayDecoder()
    decoder.feed(data[:-30])
    with pytest.raises(ProtocolError):
        decoder.close()


def test_json_array_error_wrapped_in_array() -> None:
    data = b'[{\n  "error": {"code": 429, "status": "RESOURCE_EXHAUSTED"}\n}\n]'
    assert decode_in_pieces(JsonArrayDecoder(), data, [1, 9]) == [
        {"error": {"code": 429, "status": "RESOURCE_EXHAUSTED"}}
    ]


def test_json_array_large_element_in_tiny_chunks_is_linear() -> None:
    # One 2 MB element fed 100 bytes at a time: a decoder that rescans would take minutes.
    big = {"candidates": [{"content": {"parts": [{"text": 'x\\"{' * 500_000}]}}]}
    data = array_bytes([big])
    decoder = JsonArrayDecoder()
    out = [p for i in range(0, len(data), 100) for p in decoder.feed(data[i : i + 100])]
    assert out == [big]


def test_unknown_fields_are_ignored_and_error_fields_become_errors() -> None:
    data = b'\xef\xbb\xbfdata: {"a": 1}\nx-custom: 3\n\nerror: {"message": "model not loaded", "code": 503}\n\n'
    assert decode_in_pieces(SseDecoder(), data, [2, 30]) == [
        {"a": 1},
        {"error": {"message": "model not loaded", "code": 503}},
    ]


def test_one_huge_event_in_small_chunks_is_linear() -> None:
    # A 4 MB event fed 1 KB at a time: a decoder that copies its buffer each time would crawl.
    big = {"candidates": [{"content": {"parts": [{"text": "y" * 4_000_000}]}}]}
    data = sse_bytes([big, PAYLOADS[0]])
    decoder = SseDecoder()
    out = [p for i in range(0, len(data), 1024) for p in decoder.feed(data[i : i + 1024])]
    assert out == [big, PAYLOADS[0]]


def test_json_array_every_single_byte_split() -> None:
    data = array_bytes(PAYLOADS)
    decoder = JsonArrayDecoder()
    out = [p for i in range(len(data)) for p in decoder.feed(data[i : i + 1])]
    assert out + decoder.close() == PAYLOADS


@pytest.mark.parametrize("sse", [True, False])
def test_escaped_lone_surrogates_become_replacement_characters(sse: bool) -> None:
    # Valid JSON that Python decodes to text no UTF-8 writer accepts; a pair stays an emoji.
    element = rb'{"text": "a\ud83d b \ud83d\ude00 \udc00", "\ud800": ["\udfff"]}'
    decoder = SseDecoder() if sse else JsonArrayDecoder()
    wire = b"data: " + element + b"\n\n" if sse else b"[" + element + b"]"
    [payload] = decoder.feed(wire) + decoder.close()
    assert payload == {"text": "a\ufffd b \U0001f600 \ufffd", "\ufffd": ["\ufffd"]}
    json.dumps(payload, ensure_ascii=False).encode()  # now writable as UTF-8
