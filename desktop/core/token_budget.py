"""A request's token count, piece by piece, and what to take out when it is over the model's
input limit."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True)
class FileTokens:
    """One file in the box and what it costs."""

    name: str
    tokens: int


@dataclass(frozen=True)
class TokenCount:
    """The input tokens of the next request, in the pieces they were counted in: the
    question being written, each file in the box, and what goes before them (the
    conversation so far, its files and the system instruction: sent with every question)."""

    question: int = 0
    files: tuple[FileTokens, ...] = ()
    earlier: int = 0

    @property
    def total(self) -> int:
        return self.question + sum(f.tokens for f in self.files) + self.earlier


class Remove(StrEnum):
    FILE = "file"  # take out the named file
    QUESTION = "question"  # shorten the question
    CONVERSATION = "conversation"  # start a new chat: the conversation itself is too long


@dataclass(frozen=True)
class Removal:
    """What to take out so the request fits: the largest piece the user can take out."""

    what: Remove
    tokens: int
    file: str = ""


def removal(count: TokenCount, limit: int) -> Removal | None:
    """None when the request fits; else the largest of the files in the box, the question
    and the conversation before it (the one change that helps most)."""
    if count.total <= limit:
        return None
    choices = [Removal(Remove.FILE, f.tokens, f.name) for f in count.files]
    choices.append(Removal(Remove.QUESTION, count.question))
    choices.append(Removal(Remove.CONVERSATION, count.earlier))
    # Ties go to the earliest choice: a file is the simplest thing to take out.
    return max(choices, key=lambda choice: choice.tokens)
