"""Splits growing Markdown into finished blocks and the open tail, so each block renders once.

Pure logic, no Qt. The splitter reads complete lines only; a block is finished when the text
after it can no longer change how it renders:

* a top-level fenced code block is finished at its closing fence, and only there;
* any other block is finished at a blank line (outside code) once the next line shows that
  a new block begins: a line at the left margin that does not continue a list.

Indented lines and list items after a blank line keep the block open (a loose list or a list
item's second paragraph renders differently when cut apart). Joining blocks is always safe,
so whenever in doubt the splitter joins. Known gap: a link reference definition
(``[1]: https://…``) only reaches the blocks after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

_FENCE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
_LIST_ITEM = re.compile(r"^\s*(?:[*+-]|\d{1,9}[.)])(?:[ \t]|$)")
_LIST_MARKER_PREFIX = re.compile(r"^(?:[*+-]|\d{1,9}[.)]?)$")  # could still become an item


class BlockKind(Enum):
    MARKDOWN = "markdown"
    CODE = "code"


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of rendering.

    For MARKDOWN, `text` is Markdown source. For CODE (a top-level fenced code block),
    `text` is the code between the fences and `language` the first word of the info string;
    `closed` says whether the closing fence has arrived.
    """

    kind: BlockKind
    text: str
    language: str = ""
    closed: bool = True

    @property
    def is_code(self) -> bool:
        return self.kind is BlockKind.CODE


def _fence_match(line: str) -> re.Match[str] | None:
    match = _FENCE.match(line)
    # A backtick fence's info string may not contain backticks: "```x```" is inline code.
    if match is not None and match["fence"][0] == "`" and "`" in match["info"]:
        return None
    return match


def _is_blank(line: str) -> bool:
    return not line.strip()


def _fence_language(info: str) -> str:
    words = info.strip().split()
    return words[0].strip("{}.").lower() if words else ""


@dataclass
class _Fence:
    char: str
    length: int
    top_level: bool
    language: str

    def closes(self, line: str) -> bool:
        match = _fence_match(line)
        if match is None or match["info"].strip():
            return False
        fence = match["fence"]
        if fence[0] != self.char or len(fence) < self.length:
            return False
        # A top-level closing fence may be indented up to three spaces (CommonMark).
        return not self.top_level or len(match["indent"]) <= 3


class MarkdownSplitter:
    """Feed text as it streams in; take finished blocks and look at the open tail.

    >>> s = MarkdownSplitter()
    >>> s.feed("# Title\\n\\nFirst para")
    >>> [b.text for b in s.take_finished()], s.tail().text
    (['# Title'], 'First para')
    >>> s.feed("graph.\\n\\n- a list")
    >>> [b.text for b in s.take_finished()], s.tail().text
    (['First paragraph.'], '- a list')

    A blank line and the first character of the next line are enough to decide.
    """

    def __init__(self) -> None:
        self._partial = ""  # the last line, still without its newline
        self._lines: list[str] = []  # complete lines of the open block
        self._blank_run: list[str] = []  # blank lines after it, not yet decided
        self._has_list = False
        self._fence: _Fence | None = None
        self._finished: list[Block] = []
        self._closed = False

    # -- input ----------------------------------------------------------------------------------

    def feed(self, text: str) -> None:
        """Add streamed text; never called after `close()`."""
        if not text:
            return
        if self._closed:
            raise RuntimeError("the splitter is closed")
        lines = (self._partial + text).split("\n")
        self._partial = lines.pop()
        for line in lines:
            self._add_line(line.removesuffix("\r"))
        if self._partial and self._blank_run and self._fence is None:
            self._split_before_partial()

    def close(self) -> None:
        """The text is complete: the tail becomes a finished block."""
        if self._closed:
            return
        if self._partial:
            self._add_line(self._partial.removesuffix("\r"))
            self._partial = ""
        self._finish_open_block()
        self._closed = True

    # -- output ---------------------------------------------------------------------------------

    def take_finished(self) -> list[Block]:
        """The blocks finished since the last call, in order."""
        finished, self._finished = self._finished, []
        return finished

    def tail(self) -> Block | None:
        """The open block as it stands (None when there is nothing open)."""
        if self._closed:
            return None
        fence = self._fence
        if fence is not None and fence.top_level:
            code_lines = self._lines[1:] + self._blank_run
            code = "\n".join(code_lines)
            partial = self._partial
            if partial and partial.strip(" ") and not partial.strip(" " + fence.char):
                partial = ""  # the closing fence being written: not code
            if partial:
                code = f"{code}\n{partial}" if code_lines else partial
            return Block(BlockKind.CODE, code, fence.language, closed=False)
        if not self._lines and self._partial:
            match = _fence_match(self._partial)
            if match is not None and not match["indent"]:
                # An opening fence still being written: show an empty code block already.
                return Block(BlockKind.CODE, "", _fence_language(match["info"]), closed=False)
        parts = self._lines + self._blank_run
        if self._partial:
            parts = [*parts, self._partial]
        text = "\n".join(parts).strip("\n")
        return Block(BlockKind.MARKDOWN, text) if text.strip() else None

    # -- the line machine -----------------------------------------------------------------------

    def _add_line(self, line: str) -> None:
        fence = self._fence
        if fence is not None:
            self._lines.extend(self._blank_run)
            self._blank_run = []
            self._lines.append(line)
            if fence.closes(line):
                self._fence = None
                if fence.top_level:
                    self._finish_open_block()
            return

        if _is_blank(line):
            if self._lines:
                self._blank_run.append(line)
            return

        match = _fence_match(line)
        top_level_fence = match is not None and not match["indent"]
        if top_level_fence or (self._blank_run and self._starts_new_block(line)):
            self._finish_open_block()
        else:
            self._lines.extend(self._blank_run)
        self._blank_run = []

        self._lines.append(line)
        if _LIST_ITEM.match(line):
            self._has_list = True
        if match is not None:
            self._fence = _Fence(
                char=match["fence"][0],
                length=len(match["fence"]),
                top_level=len(self._lines) == 1 and not match["indent"],
                language=_fence_language(match["info"]),
            )

    def _split_before_partial(self) -> None:
        """Finish the open block early when the line being written already shows that it
        starts a new block (no need to wait for its newline)."""
        partial = self._partial
        if partial[0] in " \t":
            return
        if self._has_list and (_LIST_ITEM.match(partial) or _LIST_MARKER_PREFIX.match(partial)):
            return  # may continue the list
        self._finish_open_block()

    def _starts_new_block(self, line: str) -> bool:
        """After a blank line: does `line` begin a new block, or continue the open one?"""
        if line[0] in " \t":
            return False  # a list item's next paragraph, or indented code: keep together
        return not (self._has_list and _LIST_ITEM.match(line))

    def _finish_open_block(self) -> None:
        lines = self._lines
        self._lines = []
        self._blank_run = []
        self._has_list = False
        fence = self._fence
        self._fence = None
        if not lines:
            return
        opening = _fence_match(lines[0])
        if opening is not None and not opening["indent"] and (fence is None or fence.top_level):
            closed = fence is None
            body = lines[1:-1] if closed and len(lines) > 1 else lines[1:]
            language = _fence_language(opening["info"])
            self._finished.append(Block(BlockKind.CODE, "\n".join(body), language, closed))
            return
        text = "\n".join(lines).strip("\n")
        if text.strip():
            self._finished.append(Block(BlockKind.MARKDOWN, text))


def split_markdown(text: str) -> list[Block]:
    """All blocks of a complete text, as the streaming splitter would finish them."""
    splitter = MarkdownSplitter()
    splitter.feed(text)
    splitter.close()
    return splitter.take_finished()
