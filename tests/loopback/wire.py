"""Bytes on the wire: body encodings (SSE, JSON array) and the writer with its hostile options."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from tests.loopback.scenario import Scenario

SSE = "text/event-stream"
JSON = "application/json; charset=UTF-8"


def _utf8_json(obj: Any, **options: Any) -> bytes:
    """JSON with raw UTF-8; text UTF-8 cannot hold (half a surrogate pair) goes out as a
    valid \\u escape instead, as a server that escapes everything would write it."""
    try:
        return json.dumps(obj, ensure_ascii=False, **options).encode()
    except UnicodeEncodeError:
        return json.dumps(obj, ensure_ascii=True, **options).encode()


def compact(obj: Any) -> bytes:
    """One-line JSON with raw UTF-8, as Google writes SSE events."""
    return _utf8_json(obj)


def openai_compact(obj: Any) -> bytes:
    """OpenAI-style JSON: no spaces after separators."""
    return _utf8_json(obj, separators=(",", ":"))


def pretty(obj: Any) -> bytes:
    """Two-space indented JSON, as Google writes plain JSON bodies and errors."""
    return _utf8_json(obj, indent=2)


@dataclass
class Reply:
    """A planned response: status, headers and the body as a list of pieces (events).

    `reset_after` drops the connection with a TCP RST after that many pieces (0: right
    after the headers); `abort_before` drops it before any byte is written.
    """

    status: int
    content_type: str = JSON
    pieces: list[bytes] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    streamed: bool = False
    reset_after: int | None = None
    abort_before: bool = False
    scenario: Scenario | None = None

    @classmethod
    def json(cls, status: int, body: Any, **kwargs: Any) -> Reply:
        return cls(status, JSON, [pretty(body)], **kwargs)


def gemini_sse(
    events: list[dict[str, Any]],
    line_ending: str | None,
    error: Any = None,
    garbled: int | None = None,
) -> list[bytes]:
    """`data: {json}` events separated by a blank line (CRLF by default, as Google does).

    `garbled` cuts that event's JSON in half (what a broken proxy or a truncating buffer
    would pass on). A mid-stream error is a bare, indented JSON object with no "data:" prefix: that is
    what Google writes into an SSE response that has already started.
    """
    separator = (line_ending or "\r\n").encode() * 2
    pieces = [b"data: " + compact(event) + separator for event in events]
    if garbled is not None and garbled < len(pieces):
        data = compact(events[garbled])
        pieces[garbled] = b"data: " + data[: len(data) // 2] + separator
    if error is not None:
        pieces.append(pretty(error) + b"\n")
    return pieces


def json_array(events: list[dict[str, Any]], error: Any = None) -> list[bytes]:
    """A JSON array written one element at a time: "[" obj "\\n,\\r\\n" obj ... "\\n]"."""
    items = [*events, error] if error is not None else events
    if not items:
        return [b"[]"]
    pieces = [(b"[" if i == 0 else b"\n,\r\n") + pretty(item) for i, item in enumerate(items)]
    pieces.append(b"\n]")
    return pieces


def openai_sse(
    chunks: list[dict[str, Any]], line_ending: str | None, error: Any = None
) -> list[bytes]:
    """`data: {json}\\n\\n` chunks, then `data: [DONE]` (or a `data: {"error": ...}` instead)."""
    separator = (line_ending or "\n").encode() * 2
    pieces = [b"data: " + openai_compact(chunk) + separator for chunk in chunks]
    if error is not None:
        pieces.append(b"data: " + openai_compact(error) + separator)
    else:
        pieces.append(b"data: [DONE]" + separator)
    return pieces


def fragments(
    pieces: list[bytes], split_every: int | None, split_at: list[int] | None
) -> list[bytes]:
    """Re-cuts the body at fixed sizes or exact offsets; otherwise one fragment per piece."""
    if not split_every and not split_at:
        return [piece for piece in pieces if piece]
    body = b"".join(pieces)
    if split_at:
        cuts = sorted({0, *(c for c in split_at if 0 < c < len(body)), len(body)})
    else:
        assert split_every is not None
        cuts = [*range(0, len(body), split_every), len(body)]
    return [body[a:b] for a, b in itertools.pairwise(cuts) if b > a]


class Connection(Protocol):
    """The parts of the request handler the writer needs."""

    def send_response(self, code: int, message: str | None = None) -> None: ...
    def send_header(self, keyword: str, value: str) -> None: ...
    def end_headers(self) -> None: ...
    def write(self, data: bytes) -> None: ...
    def abort(self) -> None: ...
    def peer_gone(self) -> bool: ...


def send_reply(conn: Connection, reply: Reply, wait: Callable[[float], None]) -> None:
    """Writes a planned reply, applying the scenario's delays, fragmentation and resets.

    Bodies go out with chunked transfer encoding when streamed, fragmented or dripped
    (one HTTP chunk per fragment, written at once), otherwise with Content-Length.
    """
    scenario = reply.scenario or Scenario()
    if reply.abort_before:
        conn.abort()
    if scenario.delay_before_headers:
        wait(scenario.delay_before_headers)
    pieces = reply.pieces if reply.reset_after is None else reply.pieces[: reply.reset_after]
    stalls = scenario.silence_after_events is not None or scenario.drip_forever
    if scenario.silence_after_events is not None:
        pieces = pieces[: scenario.silence_after_events]
    parts = fragments(pieces, scenario.split_every, scenario.split_at)
    chunked = reply.streamed or len(parts) > 1 or bool(scenario.drip_delay) or stalls

    conn.send_response(reply.status)
    conn.send_header("Content-Type", reply.content_type)
    for name, value in {**reply.headers, **scenario.headers}.items():
        conn.send_header(name, value)
    if chunked:
        conn.send_header("Transfer-Encoding", "chunked")
    else:
        # A reset reply still announces the whole body, so the client sees it cut short.
        conn.send_header("Content-Length", str(sum(len(piece) for piece in reply.pieces)))
    conn.end_headers()

    for i, part in enumerate(parts):
        if i and scenario.drip_delay:
            wait(scenario.drip_delay)
        conn.write(b"%x\r\n%s\r\n" % (len(part), part) if chunked else part)
    if reply.reset_after is not None:
        conn.abort()
    if stalls:
        stall(conn, scenario, wait)
    if chunked:
        conn.write(b"0\r\n\r\n")


def stall(conn: Connection, scenario: Scenario, wait: Callable[[float], None]) -> None:
    """Holds the reply open until the client leaves: silent, or dripping spaces that never
    complete an event (whitespace between JSON elements, an SSE line that never ends)."""
    interval = scenario.drip_delay or 0.05
    while not conn.peer_gone():
        if scenario.drip_forever:
            conn.write(b"1\r\n \r\n")  # one chunk of one space
        wait(interval)
    conn.abort()
