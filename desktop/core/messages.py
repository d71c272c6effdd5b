"""Sentences as ids plus arguments: core and services say *what* happened, the window words it.

A `Message` names a sentence of `message_catalogue.ENGLISH` and carries its arguments. The
window turns it into words through Qt's translator (ui/message_words.py, context "Message");
`describe` and the logs print `english()`. Sizes travel as `Bytes`, waits as `Seconds` and
lengths as `Duration`, so each side words them its own way ("14.9 MB", "26 seconds").
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from desktop.core.message_catalogue import ENGLISH
from desktop.core.units import duration_text, seconds_text, size_text


class Bytes(int):
    """A size argument, in bytes."""


class Seconds(float):
    """A wait, in seconds: "26 seconds", "3 minutes"."""


class Duration(float):
    """A length of audio or video, in seconds: "45 minutes", "8.4 hours"."""


@dataclass(frozen=True, init=False)
class Message:
    """One user-facing sentence: its id in the catalogue and its named arguments."""

    id: str
    args: tuple[tuple[str, Arg], ...]

    def __init__(self, id: str, /, **args: Arg) -> None:
        expected = placeholders(id)  # KeyError for an id the catalogue lacks
        if set(args) != expected:
            raise TypeError(f"Message {id!r} takes {sorted(expected)}, got {sorted(args)}")
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "args", tuple(sorted(args.items())))

    @property
    def arguments(self) -> dict[str, Arg]:
        return dict(self.args)

    def english(self) -> str:
        """The sentence in English, as `describe` and the logs print it."""
        return render(ENGLISH[self.id], self.arguments, ENGLISH_WORDS)

    def __str__(self) -> str:
        return self.english()


Arg = str | int | float | Message
"""A message argument: text as it is (a file name), a number, a size, a time, or another
message (a setting's name) worded the same way as the sentence around it."""

Words = Message | str
"""A sentence for the user: a Message, or text that needs no words of ours (a file name, the
server's own message)."""


def english(words: Words) -> str:
    return words.english() if isinstance(words, Message) else words


@cache
def placeholders(message_id: str) -> frozenset[str]:
    """The names a catalogue sentence expects ("{file}" → "file")."""
    return frozenset(
        name for _, name, _, _ in string.Formatter().parse(ENGLISH[message_id]) if name
    )


@dataclass(frozen=True)
class Wording:
    """How one side words a message's arguments: the English here, the window's in its own
    language."""

    number: Callable[[int], str]
    size: Callable[[int], str]
    seconds: Callable[[float], str]
    duration: Callable[[float], str]
    message: Callable[[Message], str]


def render(template: str, args: Mapping[str, Arg], wording: Wording) -> str:
    """`template` with its placeholders filled, each argument worded by `wording`."""
    worded: dict[str, str] = {}
    for name, value in args.items():
        if isinstance(value, Message):
            worded[name] = wording.message(value)
        elif isinstance(value, Bytes):
            worded[name] = wording.size(value)
        elif isinstance(value, Seconds):
            worded[name] = wording.seconds(value)
        elif isinstance(value, Duration):
            worded[name] = wording.duration(value)
        elif isinstance(value, int) and not isinstance(value, bool):
            worded[name] = wording.number(value)
        else:
            worded[name] = str(value)
    return template.format_map(worded)


ENGLISH_WORDS = Wording(
    number="{:,}".format,
    size=size_text,
    seconds=seconds_text,
    duration=duration_text,
    message=Message.english,
)


def words_record(said: Words) -> Any:
    """A sentence as JSON, to be worded again later in the reader's language: a message as
    {"id", "args"} (sizes, waits and nested messages tagged by kind), text as it is."""
    if not isinstance(said, Message):
        return said
    return {"id": said.id, "args": {name: _arg_record(value) for name, value in said.args}}


def words_from_record(record: Any) -> Words | None:
    """The sentence `words_record` made, or None when it is not one this version knows (an
    id since removed, a damaged file): the caller falls back to the stored English."""
    if isinstance(record, str):
        return record
    try:
        args = {name: _arg_from_record(value) for name, value in record["args"].items()}
        return Message(record["id"], **args)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


_TAGGED: dict[str, type[float] | type[int]] = {
    "bytes": Bytes,
    "seconds": Seconds,
    "duration": Duration,
}


def _arg_record(value: Arg) -> Any:
    if isinstance(value, Message):
        return {"message": words_record(value)}
    for tag, kind in _TAGGED.items():
        if isinstance(value, kind):
            return {tag: value}
    return value


def _arg_from_record(value: Any) -> Arg:
    if isinstance(value, dict):
        ((tag, inner),) = value.items()  # ValueError for anything else
        if tag == "message":
            message = words_from_record(inner)
            if not isinstance(message, Message):
                raise ValueError(f"not a message: {inner!r}")
            return message
        return _TAGGED[tag](inner)
    if isinstance(value, str | int | float):
        return value
    raise TypeError(f"not a message argument: {value!r}")
