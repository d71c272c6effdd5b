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

DONE: Final = object()  # the OpenAI-compatible `data: [DONE]` terminator

_SSE_FIELDS = ("data", "event", "id", "retry")
_JSON_TOKENS = re.compile(r'[{}\[\]"\\]')


def _protocol_error(detail: str) -> ProtocolError:
    return ProtocolError(
        "The answer arrived garbled.",
        hint="Try again; if it keeps happening, check any proxy between you and Google.",
        server_message=detail[:300],
    )


class SseDecoder:
    """Server-sent events to JSON payloads (or DONE)."""

    def __init__(self) -> None:
        self._utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._buffer = ""
        self._pending_cr = False

    def feed(self, data: bytes) -> list[Any]:
        text = self._utf8.decode(data)
        if not text:
            return []
        if self._pending_cr:
            text = "\r" + text
            self._pending_cr = False
        if text.endswith("\r"):
            # A lone CR may be the first half of CRLF: wait for the next byte to decide.
            self._pending_cr = True
            text = text[:-1]
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        # Search for the separator from just before the new text: it may straddle chunks.
        start = max(0, len(self._buffer) - 1)
        self._buffer += text
        payloads: list[Any] = []
        while (end := self._buffer.find("\n\n", start)) != -1:
            block = self._buffer[:end]
            self._buffer = self._buffer[end + 2 :]
            start = 0
            self._decode_block(block, payloads)
        return payloads

    def close(self) -> list[Any]:
        """Whatever the stream ended on without a blank line after it."""
        tail = self._buffer + self._utf8.decode(b"", final=True)
        self._buffer = ""
        payloads: list[Any] = []
        if tail.strip():
            self._decode_block(tail.replace("\r\n", "\n").replace("\r", "\n"), payloads)
        return payloads

    def _decode_block(self, block: str, out: list[Any]) -> None:
        stripped = block.strip()
        if not stripped:
            return
        if stripped[0] in "{[":
            # Not SSE at all: a bare JSON error object written straight into the stream.
            out.append(_loads(stripped))
            return
        data: list[str] = []
        for line in block.split("\n"):
            name, _, value = line.partition(":")
            if name == "data":
                data.append(value[1:] if value.startswith(" ") else value)
            elif name and name not in _SSE_FIELDS:
                raise _protocol_error(f"unexpected line in event stream: {line!r}")
        if not data:
            return  # a comment or keep-alive
        joined = "\n".join(data)
        out.append(DONE if joined.strip() == "[DONE]" else _loads(joined))


class JsonArrayDecoder:
    """A streamed JSON array to its elements, each as soon as it is complete."""

    def __init__(self) -> None:
        self._utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._buffer = ""
        self._scan = 0  # how far the buffer has been scanned
        self._depth = 0
        self._in_string = False
        self._escape_at = -1  # index of a character escaped by a backslash
        self._started = False
        self._ended = False

    def feed(self, data: bytes) -> list[Any]:
        buffer = self._buffer + self._utf8.decode(data)
        payloads: list[Any] = []
        position = self._scan
        start = 0  # the buffer always begins where the unfinished element begins
        while True:
            if self._depth == 0:
                position = self._skip_separators(buffer, position)
                if position >= len(buffer):
                    break
                start = position
            match = _JSON_TOKENS.search(buffer, position)
            if match is None:
                position = len(buffer)
                break
            index = match.start()
            position = index + 1
            token = match.group()
            if index == self._escape_at:
                continue
            if self._in_string:
                if token == "\\":
                    self._escape_at = index + 1
                elif token == '"':
                    self._in_string = False
            elif token == '"':
                self._in_string = True
            elif token in "{[":
                self._depth += 1
            else:
                self._depth -= 1
                if self._depth == 0:
                    payloads.append(_loads(buffer[start:position]))
        if self._depth == 0:
            self._buffer, self._scan, self._escape_at = "", 0, -1
        else:
            # Keep only the unfinished element; shift the scan state onto the shorter buffer.
            self._buffer = buffer[start:]
            self._scan = position - start
            self._escape_at -= start
        return payloads

    def _skip_separators(self, buffer: str, position: int) -> int:
        length = len(buffer)
        while position < length:
            char = buffer[position]
            if char in " \t\r\n,":
                position += 1
            elif char == "[" and not self._started:
                self._started = True
                position += 1
            elif char == "]" and self._started:
                self._ended = True
                position += 1
            elif char == "{":
                return position
            else:
                raise _protocol_error(f"unexpected text in JSON stream: {buffer[position:][:80]!r}")
        return position

    def close(self) -> list[Any]:
        if self._depth != 0 or self._buffer.strip():
            raise _protocol_error(f"stream ended inside an element: {self._buffer[:80]!r}")
        return []


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as exc:
        raise _protocol_error(f"{exc}: {text[:200]!r}") from exc


def make_decoder(sse: bool) -> SseDecoder | JsonArrayDecoder:
    return SseDecoder() if sse else JsonArrayDecoder()
