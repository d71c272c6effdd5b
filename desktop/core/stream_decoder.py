"""Incremental decoders for Google's two streaming formats, fed raw network bytes.

- SSE (`?alt=sse`, and the OpenAI-compatible API): events separated by a blank line, with
  `\\r\\n`, `\\n` or `\\r` line ends. Google may also write a bare JSON error object with no
  `data:` prefix after HTTP 200; it comes out as a payload like any other.
- JSON array (no `alt`): `[{...}\\n,\\r\\n{...}]`, written an element at a time.

Network chunks may split anywhere, including inside a multi-byte UTF-8 character or a line
end. Work is linear in the bytes fed: nothing is scanned twice.
"""

from __future__ import annotations

import codecs
import json
import re
from typing import Any, Final

from desktop.core.errors import ProtocolError
from desktop.core.messages import Message

DONE: Final = object()
_SSE_LINE_STARTS = (
    ":",
    "data",
    "event",
    "id",
    "retry",
    "error",
)  # the OpenAI-compatible `data: [DONE]` terminator

_JSON_TOKENS = re.compile(r'[{}\[\]"\\]')


def _protocol_error(detail: str) -> ProtocolError:
    return ProtocolError(
        Message("stream.garbled"),
        hint=Message("stream.garbled.hint"),
        server_message=detail[:300],
    )


class SseDecoder:
    """Server-sent events to JSON payloads (or DONE)."""

    def __init__(self) -> None:
        self._utf8 = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")  # drops a BOM
        self._pending: list[str] = []  # text after the last event boundary
        self._ends_with_newline = False
        self._pending_cr = False

    def feed(self, data: bytes) -> list[Any]:
        text = self._normalized(self._utf8.decode(data))
        if not text:
            return []
        straddles = self._ends_with_newline and text.startswith("\n")
        self._ends_with_newline = text.endswith("\n")
        if not straddles and "\n\n" not in text:
            self._pending.append(text)  # joined once, when its event ends: linear in size
            return []
        blocks = ("".join(self._pending) + text).split("\n\n")
        self._pending = [blocks.pop()]
        payloads: list[Any] = []
        for block in blocks:
            self._decode_block(block, payloads)
        return payloads

    def _normalized(self, text: str) -> str:
        """Line ends as \\n; a CR at the end waits for the next chunk (it may start CRLF)."""
        if self._pending_cr:
            text = "\r" + text
            self._pending_cr = False
        if text.endswith("\r"):
            self._pending_cr = True
            text = text[:-1]
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def close(self) -> list[Any]:
        """Whatever the stream ended on without a blank line after it."""
        tail = "".join(self._pending) + self._utf8.decode(b"", final=True)
        if self._pending_cr:
            tail += "\n"
        self._pending = []
        payloads: list[Any] = []
        if tail.strip():
            self._decode_block(tail.replace("\r\n", "\n").replace("\r", "\n"), payloads)
        return payloads

    def _decode_block(self, block: str, out: list[Any]) -> None:
        if block.startswith("data: ") and "\n" not in block:
            # The usual event, one `data:` line (thousands per answer): the short way.
            value = block[6:]
            out.append(DONE if value.strip() == "[DONE]" else _loads(value))
            return
        stripped = block.strip()
        if not stripped:
            return
        if stripped[0] in "{[":
            # Not SSE at all: a bare JSON error object written straight into the stream.
            out.append(_loads(stripped))
            return
        data: list[str] = []
        lines = block.split("\n")
        if not any(line.startswith(_SSE_LINE_STARTS) for line in lines):
            raise _protocol_error(f"not an event stream: {block[:120]!r}")  # an HTML page, say
        for line in lines:
            name, _, value = line.partition(":")
            value = value[1:] if value.startswith(" ") else value
            if name == "data":
                data.append(value)
            elif name == "error":
                # Some OpenAI-compatible servers (older llama.cpp) send `error: {...}`.
                error = _loads(value) if value.strip().startswith("{") else {"message": value}
                out.append({"error": error})
            # Other fields (event, id, retry, comments, unknown names) are ignored, as the
            # SSE specification says.
        if not data:
            return
        joined = "\n".join(data)
        out.append(DONE if joined.strip() == "[DONE]" else _loads(joined))


class JsonArrayDecoder:
    """A streamed JSON array to its elements, each as soon as it is complete.

    Only the new text of each chunk is scanned, with the scanner's state (depth, inside a
    string, a pending backslash) carried over; an unfinished element is kept in pieces
    and joined once when it completes.
    """

    def __init__(self) -> None:
        self._utf8 = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
        self._pieces: list[str] = []
        self._depth = 0
        self._in_string = False
        self._escape_next = False
        self._started = False

    def feed(self, data: bytes) -> list[Any]:
        text = self._utf8.decode(data)
        payloads: list[Any] = []
        position = 0
        start = 0  # where the current element begins in `text` (0: it began earlier)
        while position < len(text):
            if self._depth == 0:
                position = self._skip_separators(text, position)
                if position >= len(text):
                    break
                start = position
            if self._escape_next:  # the backslash ended the previous chunk
                self._escape_next = False
                position += 1
                continue
            match = _JSON_TOKENS.search(text, position)
            if match is None:
                break
            index = match.start()
            position = index + 1
            token = match.group()
            if self._in_string:
                if token == "\\":
                    if index + 1 < len(text):
                        position = index + 2
                    else:
                        self._escape_next = True
                elif token == '"':
                    self._in_string = False
            elif token == '"':
                self._in_string = True
            elif token in "{[":
                self._depth += 1
            else:
                self._depth -= 1
                if self._depth == 0:
                    payloads.append(_loads("".join(self._pieces) + text[start:position]))
                    self._pieces = []
        if self._depth > 0:
            self._pieces.append(text[start:])
        return payloads

    def _skip_separators(self, text: str, position: int) -> int:
        length = len(text)
        while position < length:
            char = text[position]
            if char in " \t\r\n,":
                position += 1
            elif char == "[" and not self._started:
                self._started = True
                position += 1
            elif char == "]" and self._started:
                position += 1
            elif char == "{":
                return position
            else:
                raise _protocol_error(f"unexpected text in JSON stream: {text[position:][:80]!r}")
        return position

    def close(self) -> list[Any]:
        if self._depth != 0:
            partial = "".join(self._pieces)
            raise _protocol_error(f"stream ended inside an element: {partial[:80]!r}")
        return []


def _loads(text: str) -> Any:
    try:
        payload = json.loads(text)
    except ValueError as exc:
        raise _protocol_error(f"{exc}: {text[:200]!r}") from exc
    # A valid escape of half a surrogate pair ("\\ud83d") decodes to a str that no UTF-8
    # writer (SQLite, a terminal, a file) accepts: make it U+FFFD once, here.
    return _without_lone_surrogates(payload) if _SURROGATE_ESCAPE.search(text) else payload


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_lone_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        if not _LONE_SURROGATE.search(value):
            return value
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if isinstance(value, list):
        return [_without_lone_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {
            _without_lone_surrogates(key): _without_lone_surrogates(item)
            for key, item in value.items()
        }
    return value


def make_decoder(sse: bool) -> SseDecoder | JsonArrayDecoder:
    return SseDecoder() if sse else JsonArrayDecoder()
