"""Syntax colours for code blocks: Pygments tokens as runs of (text, style), lexed in slices.

Pygments is pure Python (about a millisecond per kilobyte of code). A worker thread would
not help: it holds the GIL while it lexes and the GUI thread waits for it. Instead a
`LexJob` pulls tokens from Pygments' generator until a deadline and carries on in the next
frame, so a long code block never freezes the window.

The palette is our own, GitHub-like, with few colours: keywords, strings, names being
defined, constants and numbers, built-ins, comments, markup tags, diff lines. Fewer colour
changes mean calmer code and fewer pieces for Qt to lay out. No Qt here.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pygments.token import (
    Comment,
    Generic,
    Keyword,
    Literal,
    Name,
    Number,
    Operator,
    String,
    Token,
)
from pygments.util import ClassNotFound

if TYPE_CHECKING:
    from pygments.lexer import Lexer

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TokenStyle:
    """How one run of code looks: a colour ("#rrggbb") and weight/slant."""

    color: str | None = None
    bold: bool = False
    italic: bool = False


Run = tuple[str, str | None]
"""A piece of code and its role ("keyword", "string", …; None: plain), a key of PALETTES."""

_ROLES = {
    Keyword: "keyword",
    Keyword.Constant: "constant",
    Operator.Word: "keyword",
    Name.Builtin: "builtin",
    Name.Builtin.Pseudo: "builtin",
    Name.Function: "definition",
    Name.Class: "definition",
    Name.Decorator: "definition",
    Name.Exception: "builtin",
    Name.Tag: "tag",
    Name.Attribute: "constant",
    Name.Variable: "constant",
    Name.Constant: "constant",
    Name.Entity: "constant",
    String: "string",
    String.Escape: "constant",
    String.Interpol: "constant",
    Number: "constant",
    Literal.Date: "constant",
    Comment: "comment",
    Comment.Preproc: "keyword",
    Generic.Inserted: "inserted",
    Generic.Deleted: "deleted",
    Generic.Heading: "heading",
    Generic.Subheading: "heading",
    Generic.Prompt: "comment",
}

PALETTES = {
    "light": {
        "keyword": TokenStyle("#cf222e"),
        "constant": TokenStyle("#0550ae"),
        "builtin": TokenStyle("#953800"),
        "definition": TokenStyle("#8250df"),
        "tag": TokenStyle("#116329"),
        "string": TokenStyle("#0a3069"),
        "comment": TokenStyle("#6e7781", italic=True),
        "inserted": TokenStyle("#116329"),
        "deleted": TokenStyle("#82071e"),
        "heading": TokenStyle("#0550ae", bold=True),
    },
    "dark": {
        "keyword": TokenStyle("#ff7b72"),
        "constant": TokenStyle("#79c0ff"),
        "builtin": TokenStyle("#ffa657"),
        "definition": TokenStyle("#d2a8ff"),
        "tag": TokenStyle("#7ee787"),
        "string": TokenStyle("#a5d6ff"),
        "comment": TokenStyle("#8b949e", italic=True),
        "inserted": TokenStyle("#aff5b4"),
        "deleted": TokenStyle("#ffa198"),
        "heading": TokenStyle("#79c0ff", bold=True),
    },
}


_LANGUAGE_NAMES = {
    "bash": "Bash",
    "c": "C",
    "c++": "C++",
    "console": "Console",
    "cpp": "C++",
    "cs": "C#",
    "csharp": "C#",
    "css": "CSS",
    "diff": "Diff",
    "dockerfile": "Dockerfile",
    "go": "Go",
    "html": "HTML",
    "ini": "INI",
    "java": "Java",
    "javascript": "JavaScript",
    "js": "JavaScript",
    "json": "JSON",
    "jsx": "JSX",
    "kotlin": "Kotlin",
    "markdown": "Markdown",
    "md": "Markdown",
    "php": "PHP",
    "plaintext": "Text",
    "powershell": "PowerShell",
    "ps1": "PowerShell",
    "py": "Python",
    "python": "Python",
    "python3": "Python",
    "r": "R",
    "rb": "Ruby",
    "rs": "Rust",
    "ruby": "Ruby",
    "rust": "Rust",
    "scss": "SCSS",
    "sh": "Shell",
    "shell": "Shell",
    "sql": "SQL",
    "swift": "Swift",
    "text": "Text",
    "toml": "TOML",
    "ts": "TypeScript",
    "tsx": "TSX",
    "txt": "Text",
    "typescript": "TypeScript",
    "xml": "XML",
    "yaml": "YAML",
    "yml": "YAML",
    "zsh": "Zsh",
}


def language_name(language: str) -> str:
    """The name to show for a fence's language ("python" -> "Python"; unknown words as
    written; "" for none). Never loads a lexer."""
    return _LANGUAGE_NAMES.get(language, language)


# Looking a lexer up imports its module and compiles its patterns: up to 30 ms the first
# time. A thread would not help (it holds the GIL in long stretches while it imports, and
# the GUI thread queues behind it); `warm_up` loads the common ones while the app is idle.
COMMON_LANGUAGES = (
    "python",
    "bash",
    "javascript",
    "typescript",
    "json",
    "html",
    "css",
    "sql",
    "java",
    "c",
    "cpp",
    "yaml",
)
_lexers: dict[str, type[Lexer] | None] = {}


def lexer_class(language: str) -> type[Lexer] | None:
    """The Pygments lexer for `language` (None if there is none), loaded on first use."""
    # Pygments' lexer table is imported on the first code block, not before the window.
    from pygments.lexers import get_lexer_by_name

    if not language:
        return None
    if language not in _lexers:
        try:
            found: type[Lexer] | None = type(get_lexer_by_name(language))
        except ClassNotFound:
            found = None
        except Exception:
            log.warning("Pygments could not load a lexer for %r", language, exc_info=True)
            found = None
        if found is not None and found.name == "Text only":
            found = None
        _lexers[language] = found
    return _lexers[language]


def is_loaded(language: str) -> bool:
    return language in _lexers


@functools.cache
def _role(token_type: object) -> str | None:
    current = token_type
    while current is not None and current is not Token:
        role = _ROLES.get(current)  # type: ignore[call-overload]
        if role is not None:
            return role
        current = getattr(current, "parent", None)
    return None


class LexJob:
    """Colours for one piece of code, computed a slice at a time.

    `advance(deadline)` lexes until `time.perf_counter()` passes `deadline`; once `done()`,
    `result()` gives the runs. The texts of the runs add up to the code exactly; neighbours
    with the same role are merged and whitespace joins the run before it.
    """

    _CHECK_EVERY = 48  # tokens between two looks at the clock

    def __init__(self, code: str, language: str) -> None:
        self.code = code
        self.language = language
        self._runs: list[Run] = []
        self._texts: list[str] = []
        self._current: str | None = None
        self._length = 0
        self._done = False
        self._tokens: Iterator[tuple[int, object, str]] | None = None
        if not language or not code:
            self._finish(plain=True)

    def done(self) -> bool:
        return self._done

    def result(self) -> list[Run]:
        if not self._done:
            raise RuntimeError("the code is not lexed yet")
        return self._runs

    def advance(self, deadline: float) -> bool:
        """Lex until `deadline` (a time.perf_counter() value); True when done."""
        if self._done:
            return True
        if self._tokens is None:
            found = lexer_class(self.language)
            if found is None:
                self._finish(plain=True)
                return True
            lexer = found(stripnl=False, ensurenl=False, stripall=False)
            self._tokens = lexer.get_tokens_unprocessed(self.code)
        texts = self._texts
        counter = 0
        try:
            for _index, token_type, value in self._tokens:
                if value:
                    role = _role(token_type)
                    if role != self._current and not (texts and value.isspace()):
                        if texts:
                            self._runs.append(("".join(texts), self._current))
                            texts.clear()
                        self._current = role
                    texts.append(value)
                    self._length += len(value)
                counter += 1
                if counter >= self._CHECK_EVERY:
                    counter = 0
                    if time.perf_counter() >= deadline:
                        return False
        except Exception:
            # A lexer bug must never cost the user the answer: show the code uncoloured.
            log.warning("Pygments failed on a %s code block", self.language, exc_info=True)
            self._finish(plain=True)
            return True
        if texts:
            self._runs.append(("".join(texts), self._current))
        self._finish(plain=self._length != len(self.code))
        return True

    def is_plain(self) -> bool:
        """Done, and nothing in it is coloured."""
        return self._done and all(role is None for _text, role in self._runs)

    def _finish(self, plain: bool) -> None:
        if plain:  # no lexer, or one that rewrote the text: never show something else
            self._runs = [(self.code, None)] if self.code else []
        self._texts = []
        self._tokens = None
        self._done = True


def highlight(code: str, language: str) -> list[Run]:
    """All the runs of `code` at once (loads the lexer on the spot if need be)."""
    job = LexJob(code, language)
    job.advance(float("inf"))
    return job.result()
