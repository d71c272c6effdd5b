"""Writes Markdown blocks into a QTextDocument: each finished block once, the open tail again.

Finished blocks are appended at the end and never touched again (except to colour a code
block when its Pygments runs arrive); the tail is removed and written anew. Markdown goes
through Qt's own importer (md4c) in a scratch document and is copied in as a fragment; top-level
fenced code blocks are written here as framed, coloured text with a "Copy code" link.

Two QTextDocument quirks shape the code:

* A fragment's first block loses its block format (heading level, list, margins) when it is
  inserted. Each fragment therefore starts with a sentinel paragraph that lands in the
  current last block and is deleted right after.
* A frame is always followed by a block; after a code frame that block is kept as a
  zero-height spacer, so the text after a code block sits where it would without it.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextFrameFormat,
)

from desktop.ui.conversation.code_highlight import (
    PALETTES,
    LexJob,
    Run,
    highlight,
    language_name,
)
from desktop.ui.conversation.markdown_blocks import Block, BlockKind
from desktop.ui.conversation.table_style import hide_marked_blocks, style_tables
from desktop.ui.conversation.theme import Theme

SPACER_PROPERTY = QTextFormat.Property.UserProperty + 1
CODE_HEADER_PROPERTY = QTextFormat.Property.UserProperty + 2
CODE_FRAME_PROPERTY = QTextFormat.Property.UserProperty + 3
COPY_CODE_SCHEME = "copy-code"
"""Links "copy-code:<n>" in a code block's header copy the n-th code block of the answer."""

_SENTINEL = "x"
_BLOCK_MARKUP = re.compile(r"(?m)^\s{0,3}(?:#{1,6}\s|>|```|~~~|=+\s*$|-+\s*$)|^ {4}|^\t")
_MARKDOWN = QTextDocument.MarkdownFeature.MarkdownDialectGitHub
_MOVE = QTextCursor.MoveMode.MoveAnchor
_KEEP = QTextCursor.MoveMode.KeepAnchor
_PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
_FIXED = QTextBlockFormat.LineHeightTypes.FixedHeight.value
BODY_LINE_HEIGHT = 145
CODE_LINE_HEIGHT = 128
_HEADING_SIZES = {1: 2, 2: 1, 3: 0}  # QTextCharFormat font size adjustments
_HEADING_TOP = {1: 20, 2: 18, 3: 14}


@dataclass
class _CodeFrame:
    """A code block written into the document, and how far its colours are."""

    index: int
    language: str
    text: str
    start: int  # first position of the code text
    end: int  # position after the code text
    styled_text: str | None  # the text the current colours were computed for
    job: LexJob | None = None


class MarkdownWriter:
    """Renders blocks from a MarkdownSplitter into `document`.

    Call `append` with finished blocks and `set_tail` with the open block, both inside
    `edit()` so that Qt lays the document out once per frame. With `highlight_now`, code is
    coloured on the spot (one-shot rendering); otherwise `lex(deadline)` lexes a slice
    each frame and `colour_ready()` puts the colours in once they are there.
    """

    def __init__(self, document: QTextDocument, theme: Theme, *, highlight_now: bool = False):
        self._document = document
        self._theme = theme
        self._highlight_now = highlight_now
        document.setUndoRedoEnabled(False)
        self._formats = _Formats(theme)
        self._code: list[_CodeFrame] = []  # finished code blocks, in order
        self._prepared: dict[tuple[str, str], LexJob] = {}
        self._jobs: list[LexJob] = []  # unfinished, oldest first
        self._uncoloured: list[_CodeFrame] = []
        self._end_is_spacer = False
        self._tail_block: Block | None = None
        self._tail_start: int | None = None
        self._tail_end_was_spacer = False
        self._tail_code: _CodeFrame | None = None
        self._note_start: int | None = None
        # Blocks marked to hide (table_style.py) may be in what was written from here on.
        self._hide_from: int | None = None

    @property
    def document(self) -> QTextDocument:
        return self._document

    @property
    def tail_block(self) -> Block | None:
        return self._tail_block

    def colours_pending(self) -> bool:
        """Whether some code block still waits for its colours."""
        tail = self._tail_code
        return bool(self._uncoloured) or (tail is not None and tail.styled_text != tail.text)

    @contextmanager
    def edit(self) -> Iterator[None]:
        """Group changes: one contentsChange and one layout pass for all of them."""
        cursor = QTextCursor(self._document)
        cursor.beginEditBlock()
        try:
            yield
        finally:
            cursor.endEditBlock()
        if self._hide_from is not None:
            hide_marked_blocks(self._document, self._hide_from)
            self._hide_from = None

    # -- blocks ---------------------------------------------------------------------------------

    def prepare(self, block: Block) -> None:
        """Start lexing a finished code block now, so it can be written in colour later."""
        if (
            block.is_code
            and not self._highlight_now
            and self._formats.colours_code(block.language)
            and (block.language, block.text) not in self._prepared
        ):
            self._prepared[(block.language, block.text)] = self._lex_job(block.text, block.language)

    def _lex_job(self, code: str, language: str) -> LexJob:
        job = LexJob(code, language)
        if not job.done():
            self._jobs.append(job)
        return job

    def lex(self, deadline: float) -> bool:
        """Lex waiting code until `deadline` (time.perf_counter()); True when none is left."""
        jobs = self._jobs
        while jobs:
            if time.perf_counter() >= deadline or not jobs[0].advance(deadline):
                return False
            jobs.pop(0)
        return True

    def lexing(self) -> bool:
        """Whether some code is still being lexed."""
        return bool(self._jobs)

    def is_ready(self, block: Block) -> bool:
        """Whether `block` can be written in its final colours (its lexing is done)."""
        job = self._prepared.get((block.language, block.text))
        return job is None or job.done()

    def append(self, blocks: Iterable[Block]) -> None:
        """Write finished blocks after what is finished already (the tail goes first)."""
        pending_markdown: list[str] = []
        for block in blocks:
            if self._tail_block is not None:
                if not pending_markdown and self._adopt_tail(block):
                    continue
                self._remove_tail()
            if block.kind is BlockKind.MARKDOWN:
                pending_markdown.append(block.text)
                continue
            if pending_markdown:
                self._insert_markdown("\n\n".join(pending_markdown))
                pending_markdown = []
            frame = self._insert_code(block, len(self._code))
            self._code.append(frame)
            if frame.styled_text != frame.text:
                self._uncoloured.append(frame)
        if pending_markdown:
            if self._tail_block is not None:
                self._remove_tail()
            self._insert_markdown("\n\n".join(pending_markdown))

    def set_tail(self, block: Block | None) -> None:
        """Show `block` as the open end of the text (None: nothing after the finished blocks)."""
        if block == self._tail_block:
            return
        old = self._tail_block
        tail_code = self._tail_code
        if (
            old is not None
            and block is not None
            and tail_code is not None
            and block.is_code
            and block.language == old.language
            and block.text.startswith(old.text)
        ):
            self._extend_code(tail_code, block.text)
            self._tail_block = block
            return
        if old is not None:
            self._remove_tail()
        if block is None:
            return
        self._tail_end_was_spacer = self._end_is_spacer
        self._tail_start = self._end_position()
        self._tail_block = block
        if block.is_code:
            self._tail_code = self._insert_code(block, len(self._code))
        else:
            self._insert_markdown(block.text)

    def _adopt_tail(self, block: Block) -> bool:
        """The finished `block` is what the tail shows already: keep it as it is."""
        tail = self._tail_block
        assert tail is not None
        if block.kind is not tail.kind:
            return False
        if block.kind is BlockKind.MARKDOWN:
            if block.text != tail.text:
                return False
        else:
            frame = self._tail_code
            if frame is None or block.language != tail.language:
                return False
            if not block.text.startswith(tail.text):
                return False
            self._extend_code(frame, block.text)
            self._code.append(frame)
            if frame.styled_text != frame.text:
                self._uncoloured.append(frame)
        self._tail_block = None
        self._tail_start = None
        self._tail_code = None
        return True

    def _remove_tail(self) -> None:
        start = self._tail_start
        if start is None:
            return
        cursor = QTextCursor(self._document)
        cursor.setPosition(start)
        cursor.movePosition(QTextCursor.MoveOperation.End, _KEEP)
        cursor.removeSelectedText()
        if self._tail_end_was_spacer:
            cursor.setBlockFormat(self._formats.spacer_block)
        self._end_is_spacer = self._tail_end_was_spacer
        self._tail_block = None
        self._tail_start = None
        self._tail_code = None

    # -- colours ---------------------------------------------------------------------------------

    def colour_ready(self, max_chars: int | None = None) -> int:
        """Colour the code blocks whose Pygments runs have arrived, up to about `max_chars`
        of code (None: all); returns how many characters were coloured."""
        coloured = 0
        waiting: list[_CodeFrame] = []
        for frame in self._uncoloured:
            room = max_chars is None or coloured < max_chars
            if room and self._colour_from_job(frame):
                coloured += len(frame.text)
            if frame.styled_text != frame.text:
                waiting.append(frame)
        self._uncoloured = waiting
        tail = self._tail_code
        room = max_chars is None or coloured < max_chars
        if tail is not None and room and self._colour_from_job(tail):
            coloured += len(tail.text)
        return coloured

    def _colour_from_job(self, frame: _CodeFrame) -> bool:
        job = frame.job
        if job is None:
            self._request_colours(frame)
            return False
        if not job.done():
            return False
        frame.job = None
        runs = job.result()
        if job.is_plain() and frame.styled_text is None:
            frame.styled_text = job.code  # nothing to colour: the plain text is right
            applied = False
        elif frame.text.startswith(job.code) and frame.styled_text != job.code:
            self._rewrite_code(frame, runs, job.code)
            applied = True
        else:
            applied = False
        if frame.styled_text != frame.text:
            self._request_colours(frame)
        return applied

    def _request_colours(self, frame: _CodeFrame) -> None:
        if frame.job is not None or not self._formats.colours_code(frame.language):
            return
        frame.job = self._lex_job(frame.text, frame.language)

    def _rewrite_code(self, frame: _CodeFrame, runs: list[Run], styled: str) -> None:
        cursor = QTextCursor(self._document)
        cursor.setPosition(frame.start)
        cursor.setPosition(frame.end, _KEEP)
        cursor.removeSelectedText()
        self._write_runs(cursor, runs)
        rest = frame.text[len(styled) :]
        if rest:
            cursor.insertText(rest, self._formats.code_char)
        frame.end = cursor.position()
        frame.styled_text = styled

    def _write_runs(self, cursor: QTextCursor, runs: list[Run]) -> None:
        formats = self._formats
        for text, role in runs:
            cursor.insertText(text, formats.token(role))

    # -- writing ---------------------------------------------------------------------------------

    def _end_position(self) -> int:
        return self._document.characterCount() - 1

    def _is_blank(self) -> bool:
        return self._document.characterCount() <= 1 and not self._document.rootFrame().childFrames()

    def _insert_markdown(self, text: str) -> None:
        blank = self._is_blank()
        start = self._end_position()
        fragment, hides = self._formats.styled_fragment(f"{_SENTINEL}\n\n{text}", text)
        cursor = QTextCursor(self._document)
        cursor.setPosition(start)
        cursor.insertFragment(fragment)
        cursor.setPosition(start)
        cursor.setPosition(start + len(_SENTINEL), _KEEP)
        cursor.removeSelectedText()
        if hides and (self._hide_from is None or start < self._hide_from):
            self._hide_from = max(0, start - 1)
        if blank:
            # The document's own first block was the sentinel's: drop it, the first real
            # block moves up with its format.
            cursor.setPosition(0)
            cursor.setPosition(1, _KEEP)
            cursor.removeSelectedText()
        elif self._end_is_spacer:
            cursor.setPosition(start)
            cursor.setBlockFormat(self._formats.spacer_block)
        self._end_is_spacer = False

    def _insert_code(self, block: Block, index: int) -> _CodeFrame:
        formats = self._formats
        blank = self._is_blank()
        cursor = QTextCursor(self._document)
        cursor.setPosition(self._end_position())
        if blank:
            cursor.setBlockFormat(formats.spacer_block)
        cursor.insertFrame(formats.code_frame(index))
        cursor.setBlockFormat(formats.code_header_block)
        cursor.insertText(
            language_name(block.language) or QCoreApplication.translate("AnswerView", "Code"),
            formats.code_label,
        )
        cursor.insertText("\u2003\u2003", formats.code_label)
        cursor.insertText(
            QCoreApplication.translate("AnswerView", "Copy code"), formats.copy_link(index)
        )
        cursor.insertBlock(formats.code_block, formats.code_char)
        start = cursor.position()
        frame = _CodeFrame(index, block.language, block.text, start, start, styled_text=None)
        job = self._prepared.pop((block.language, block.text), None) if block.closed else None
        if self._highlight_now or not formats.colours_code(block.language):
            runs = highlight(block.text, block.language)
            self._write_runs(cursor, runs)
            frame.styled_text = block.text
        elif job is not None and job.done():
            self._write_runs(cursor, job.result())
            frame.styled_text = block.text
        else:
            cursor.insertText(block.text, formats.code_char)
            if job is not None:
                frame.job = job
            else:
                self._request_colours(frame)
        frame.end = cursor.position()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.setBlockFormat(formats.spacer_block)
        self._end_is_spacer = True
        return frame

    def _extend_code(self, frame: _CodeFrame, text: str) -> None:
        added = text[len(frame.text) :]
        if not added:
            return
        cursor = QTextCursor(self._document)
        cursor.setPosition(frame.end)
        cursor.insertText(added, self._formats.code_char)
        frame.end = cursor.position()
        frame.text = text

    # -- notes ---------------------------------------------------------------------------------

    def add_note(self, text: str) -> None:
        """A muted remark after the answer ("(stopped)"); not part of the answer's text.
        Written after the last block, so the text must be complete (no tail)."""
        cursor = QTextCursor(self._document)
        end = self._end_position()
        cursor.setPosition(end)
        block = cursor.block()
        inline = bool(block.text()) and _is_plain_paragraph(block)
        if self._note_start is None:
            self._note_start = end
        if inline:
            cursor.insertText(" ", self._formats.note)
        elif not self._is_blank():
            cursor.insertBlock(self._formats.note_block, self._formats.note)
        else:
            cursor.setBlockFormat(self._formats.note_block)
        cursor.insertText(text, self._formats.note)
        self._end_is_spacer = False

    # -- reading ---------------------------------------------------------------------------------

    def code_text(self, index: int) -> str | None:
        """The n-th code block's code as it arrived (the tail's too)."""
        if 0 <= index < len(self._code):
            return self._code[index].text
        if self._tail_code is not None and index == self._tail_code.index:
            return self._tail_code.text
        return None

    def plain_text(self) -> str:
        """The answer as plain text: no code headers, spacers or notes."""
        limit = self._note_start if self._note_start is not None else self._end_position()
        lines: list[str] = []
        block = self._document.begin()
        while block.isValid() and block.position() < limit:
            fmt = block.blockFormat()
            hidden = not block.isVisible()  # a table header's stray block (table_style.py)
            if not (
                hidden or fmt.hasProperty(SPACER_PROPERTY) or fmt.hasProperty(CODE_HEADER_PROPERTY)
            ):
                text = block.text()
                if block.position() + len(text) > limit:
                    text = text[: limit - block.position()].rstrip()
                lines.append(text)
            block = block.next()
        return "\n".join(lines).replace("\u2028", "\n").replace("\xa0", " ").strip("\n")


def _is_plain_paragraph(block: QTextBlock) -> bool:
    fmt = block.blockFormat()
    return (
        block.textList() is None
        and fmt.headingLevel() == 0
        and not fmt.hasProperty(QTextFormat.Property.BlockCodeFence)
        and not fmt.hasProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth)
        and QTextCursor(block).currentFrame().parentFrame() is None
    )


class _Formats:
    """The text formats of one theme, made once."""

    def __init__(self, theme: Theme) -> None:
        self._theme = theme
        code_font = theme.code_font
        self._code_families = [code_font.family()]

        self.spacer_block = QTextBlockFormat()
        self.spacer_block.setLineHeight(0, _FIXED)
        self.spacer_block.setTopMargin(0)
        self.spacer_block.setBottomMargin(0)
        self.spacer_block.setProperty(SPACER_PROPERTY, True)

        self.code_header_block = QTextBlockFormat()
        self.code_header_block.setProperty(CODE_HEADER_PROPERTY, True)
        self.code_header_block.setBottomMargin(6)

        self.code_label = QTextCharFormat()
        self.code_label.setForeground(theme.muted)
        self.code_label.setFontPointSize(theme.body_font.pointSizeF() - 2)
        self.code_label.setFontWeight(QFont.Weight.DemiBold)

        self.code_block = QTextBlockFormat()
        self.code_block.setLineHeight(CODE_LINE_HEIGHT, _PROPORTIONAL)
        self.code_block.setNonBreakableLines(False)

        self.code_char = QTextCharFormat()
        self.code_char.setFontFamilies(self._code_families)
        self.code_char.setFontFixedPitch(True)
        self.code_char.setFontPointSize(code_font.pointSizeF())
        self.code_char.setForeground(theme.text)

        self.note_block = QTextBlockFormat()
        self.note_block.setLineHeight(BODY_LINE_HEIGHT, _PROPORTIONAL)
        self.note_block.setTopMargin(6)
        self.note = QTextCharFormat()
        self.note.setFontItalic(True)
        self.note.setForeground(theme.muted)

        self.body_blocks = QTextBlockFormat()
        self.body_blocks.setLineHeight(BODY_LINE_HEIGHT, _PROPORTIONAL)

        self._tokens: dict[str | None, QTextCharFormat] = {None: self.code_char}

        link = QTextCharFormat()
        link.setForeground(theme.link)
        link.setFontUnderline(False)
        inline_code = QTextCharFormat()
        inline_code.setBackground(theme.inline_code_background)
        inline_code.setFontFamilies(self._code_families)
        inline_code.setFontPointSize(theme.code_font.pointSizeF())
        self._span_formats = {"link": link, "code": inline_code}

    def colours_code(self, language: str) -> bool:
        return bool(language)

    def token(self, role: str | None) -> QTextCharFormat:
        fmt = self._tokens.get(role)
        if fmt is None:
            assert role is not None
            style = PALETTES[self._theme.code_palette][role]
            fmt = QTextCharFormat(self.code_char)
            if style.color:
                fmt.setForeground(QColor(style.color))
            if style.bold:
                fmt.setFontWeight(QFont.Weight.Bold)
            if style.italic:
                fmt.setFontItalic(True)
            self._tokens[role] = fmt
        return fmt

    def code_frame(self, index: int) -> QTextFrameFormat:
        theme = self._theme
        fmt = QTextFrameFormat()
        fmt.setBackground(theme.code_background)
        fmt.setBorder(1)
        fmt.setBorderBrush(theme.code_border)
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setPadding(12)
        fmt.setTopMargin(10)
        fmt.setBottomMargin(12)
        fmt.setProperty(CODE_FRAME_PROPERTY, index)
        return fmt

    def copy_link(self, index: int) -> QTextCharFormat:
        fmt = QTextCharFormat(self.code_label)
        fmt.setAnchor(True)
        fmt.setAnchorHref(f"{COPY_CODE_SCHEME}:{index}")
        fmt.setForeground(self._theme.accent)
        fmt.setToolTip(QCoreApplication.translate("AnswerView", "Copy this code to the clipboard"))
        return fmt

    # -- Markdown from Qt's importer, restyled -------------------------------------------------

    def styled_fragment(self, markdown: str, source: str) -> tuple[QTextDocumentFragment, bool]:
        """`markdown` (a sentinel paragraph, then `source`) made by Qt's importer into a
        scratch document and restyled there, where nothing is laid out: tables too (Qt
        makes a table's frame only when an edit block ends, so in the answer's document
        they were styled after each frame's edit, a second layout pass). Returns it as a
        fragment, and whether it has blocks to hide once it is in (hide_marked_blocks)."""
        scratch = QTextDocument()
        scratch.setMarkdown(markdown, _MARKDOWN)
        self._style_markdown(scratch, scratch.begin().next(), source)
        hides = style_tables(scratch, self._theme) if "|" in source else False
        return QTextDocumentFragment(scratch), hides

    def _style_markdown(self, document: QTextDocument, first: QTextBlock, source: str) -> None:
        """Restyle what Qt's importer made of `source`, from block `first` to the end.

        Walks the blocks only when the source has something to restyle (headings, quotes,
        code, inline code or links); most paragraphs need nothing but the line height,
        which is one call.
        """
        cursor = QTextCursor(document)
        cursor.setPosition(first.position())
        cursor.movePosition(QTextCursor.MoveOperation.End, _KEEP)
        cursor.mergeBlockFormat(self.body_blocks)
        blocks = _BLOCK_MARKUP.search(source) is not None
        inline = "`" in source or "](" in source or "http" in source or "www." in source
        if not (blocks or inline):
            return
        spans: list[tuple[int, int, QTextCharFormat]] = []
        kinds: dict[int, str] = {}  # the document's format indices -> "link", "code" or ""
        block = first
        while block.isValid():
            if blocks:
                fmt = block.blockFormat()
                level = fmt.headingLevel()
                if level:
                    self._style_heading(block, level)
                elif fmt.hasProperty(QTextFormat.Property.BlockCodeFence):
                    self._style_nested_code(block)
                elif fmt.hasProperty(QTextFormat.Property.BlockQuoteLevel):
                    self._style_quote(block, fmt.intProperty(QTextFormat.Property.BlockQuoteLevel))
            if inline:
                self._inline_spans(block, spans, kinds)
            block = block.next()
        for start, end, char_format in spans:
            cursor.setPosition(start)
            cursor.setPosition(end, _KEEP)
            cursor.mergeCharFormat(char_format)

    def _style_heading(self, block: QTextBlock, level: int) -> None:
        cursor = QTextCursor(block)
        fmt = QTextBlockFormat()
        fmt.setTopMargin(_HEADING_TOP.get(level, 12))
        fmt.setBottomMargin(4)
        fmt.setLineHeight(125, _PROPORTIONAL)
        cursor.mergeBlockFormat(fmt)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, _KEEP)
        char = QTextCharFormat()
        char.setProperty(QTextFormat.Property.FontSizeAdjustment, _HEADING_SIZES.get(level, 0))
        char.setFontWeight(QFont.Weight.DemiBold if level <= 2 else QFont.Weight.Bold)
        cursor.mergeCharFormat(char)

    def _style_nested_code(self, block: QTextBlock) -> None:
        cursor = QTextCursor(block)
        fmt = QTextBlockFormat()
        fmt.setNonBreakableLines(False)
        fmt.setBackground(self._theme.code_background)
        fmt.setLineHeight(CODE_LINE_HEIGHT, _PROPORTIONAL)
        cursor.mergeBlockFormat(fmt)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, _KEEP)
        char = QTextCharFormat()
        char.setFontFamilies(self._code_families)
        char.setFontPointSize(self._theme.code_font.pointSizeF())
        cursor.mergeCharFormat(char)

    def _style_quote(self, block: QTextBlock, level: int) -> None:
        cursor = QTextCursor(block)
        fmt = QTextBlockFormat()
        fmt.setLeftMargin(18 * level)
        fmt.setRightMargin(0)
        cursor.mergeBlockFormat(fmt)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, _KEEP)
        char = QTextCharFormat()
        char.setForeground(self._theme.quote_text)
        char.setFontItalic(True)
        cursor.mergeCharFormat(char)

    def _inline_spans(
        self,
        block: QTextBlock,
        spans: list[tuple[int, int, QTextCharFormat]],
        kinds: dict[int, str],
    ) -> None:
        for piece in block:
            fragment = piece.fragment()
            index = fragment.charFormatIndex()
            kind = kinds.get(index)
            if kind is None:
                char = fragment.charFormat()
                if char.isAnchor():
                    kind = "link"
                elif char.fontFixedPitch() and not block.blockFormat().hasProperty(
                    QTextFormat.Property.BlockCodeFence
                ):
                    kind = "code"
                else:
                    kind = ""
                kinds[index] = kind
            if kind:
                start = fragment.position()
                spans.append((start, start + fragment.length(), self._span_formats[kind]))
