"""Text from the model made safe for the places `describe` writes it.

A terminal obeys control characters: ESC starts a sequence that can move the cursor,
retitle the window or hide what follows, BEL rings, CR overwrites the line. On a terminal
each is shown as a visible stand-in instead. JSON Lines readers that split on U+2028,
U+2029 or U+0085 (JavaScript, Python's str.splitlines) would cut a record in two: those
are written as escapes.
"""

from __future__ import annotations

import json
import re
from typing import Any

# C0 controls but tab and newline, DEL, and the C1 controls (U+0080 to U+009F: U+009B is
# a one-character CSI on some terminals).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LINE_SEPARATORS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # Unicode's control pictures: ␛ for ESC, ␇ for BEL
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"\\x{code:02x}"


def for_terminal(text: str) -> str:
    """`text` with every control character but newline and tab shown, never obeyed
    (a CR before a newline is dropped: Windows line ends stay line ends)."""
    return _CONTROL.sub(_visible, text.replace("\r\n", "\n"))


def json_line(record: Any) -> str:
    """One JSON Lines record: raw UTF-8 text, with the characters some readers take for
    line ends escaped (JSON itself allows them raw only inside strings, where escapes mean
    the same)."""
    text = json.dumps(record, ensure_ascii=False)
    for raw, escaped in _LINE_SEPARATORS.items():
        text = text.replace(raw, escaped)
    return text
