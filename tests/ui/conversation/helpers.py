"""Helpers of the conversation tests."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from desktop.ui.conversation import AnswerView
from desktop.ui.conversation.document_writer import MarkdownWriter
from desktop.ui.conversation.markdown_blocks import split_markdown
from desktop.ui.conversation.theme import Theme


def finish_rendering(qtbot: QtBot, answer: AnswerView) -> None:
    """Wait until the answer's text is all drawn and coloured."""
    qtbot.waitUntil(answer.renderer.is_idle, timeout=10_000)


def render_at_once(text: str, theme: Theme, width: int) -> QTextDocument:
    """The reference: the whole text rendered in one go, code coloured on the spot."""
    document = QTextDocument()
    document.setDefaultFont(theme.body_font)
    writer = MarkdownWriter(document, theme, highlight_now=True)
    with writer.edit():
        writer.append(split_markdown(text))
    document.setTextWidth(width)
    return document
