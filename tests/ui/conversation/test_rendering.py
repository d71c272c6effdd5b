"""Streaming Markdown into an answer: the same result as rendering the text at once, drawn a
frame at a time, code in colour."""

from __future__ import annotations

import random

from PySide6.QtGui import (
    QColor,
    QPalette,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
    QTextTableCell,
)
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.conversation import ConversationView
from desktop.ui.conversation.code_highlight import PALETTES, highlight
from desktop.ui.conversation.document_writer import CODE_FRAME_PROPERTY
from desktop.ui.conversation.streaming import FEED_PER_FRAME
from tests.ui.conversation.helpers import finish_rendering, render_at_once
from tests.ui.conversation.samples import MIXED_ANSWER, long_answer


def stream(qtbot: QtBot, view: ConversationView, text: str, seed: int = 1, largest: int = 90):
    """Feed `text` in random pieces, letting frames run in between, then finish."""
    view.add_user_turn("Tell me everything.")
    answer = view.begin_answer()
    pieces = random.Random(seed)
    position = 0
    while position < len(text):
        size = pieces.randint(1, largest)
        answer.append_text(text[position : position + size])
        position += size
        if pieces.random() < 0.15:
            qtbot.wait(pieces.choice((0, 1, 20)))  # sometimes a frame, sometimes not
    answer.finish()
    finish_rendering(qtbot, answer)
    return answer


def test_streamed_in_pieces_it_is_the_same_as_rendered_at_once(
    qtbot: QtBot, view: ConversationView
) -> None:
    text = MIXED_ANSWER + "\n\n" + long_answer(40_000, seed=11)
    answer = stream(qtbot, view, text)
    width = answer.browser.viewport().width()
    reference = render_at_once(text, view.theme, width)
    assert answer.browser.toPlainText() == reference.toPlainText()
    # Not only the words: every format, frame, list and table the same.
    assert answer.browser.document().toHtml() == reference.toHtml()
    assert answer.markdown() == text


def test_it_shows_the_same_words_as_qts_own_markdown(qtbot: QtBot, view: ConversationView) -> None:
    answer = stream(qtbot, view, MIXED_ANSWER)
    qt = QTextDocument()
    qt.setMarkdown(MIXED_ANSWER)

    def lines(text: str) -> list[str]:
        # Qt leaves an empty paragraph between a code block and a table; ours does not.
        return [line for line in text.splitlines() if line]

    assert lines(answer.plain_text()) == lines(qt.toPlainText())


def test_markdown_becomes_headings_lists_tables_links_and_quotes(
    qtbot: QtBot, view: ConversationView
) -> None:
    answer = stream(qtbot, view, MIXED_ANSWER)
    document = answer.browser.document()
    blocks = []
    block = document.begin()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    headings = {
        b.text(): b.blockFormat().headingLevel() for b in blocks if b.blockFormat().headingLevel()
    }
    assert headings == {"Reading a CSV file": 1, "Steps": 2}
    assert any(
        b.textList() is not None and b.text() == 'Open the file with newline="".' for b in blocks
    )
    quote = next(b for b in blocks if b.text().startswith("A quote that spans"))
    assert quote.blockFormat().intProperty(QTextFormat.Property.BlockQuoteLevel) == 1
    tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert len(tables) == 1 and (tables[0].rows(), tables[0].columns()) == (3, 3)
    anchors = set()
    for b in blocks:
        for piece in b:
            char = piece.fragment().charFormat()
            if char.isAnchor() and char.anchorHref().startswith("http"):
                anchors.add(char.anchorHref())
    assert anchors == {"https://docs.python.org/3/library/csv.html", "https://example.org/more"}


def test_code_blocks_are_framed_and_coloured(qtbot: QtBot, view: ConversationView) -> None:
    answer = stream(qtbot, view, MIXED_ANSWER)
    document = answer.browser.document()
    frames = [
        frame
        for frame in document.rootFrame().childFrames()
        if frame.frameFormat().hasProperty(CODE_FRAME_PROPERTY)
    ]
    assert len(frames) == 2  # the Python block and the one without a language
    python = frames[0]
    cursor = QTextCursor(document)
    cursor.setPosition(python.firstPosition())
    cursor.setPosition(python.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
    text = cursor.selection().toPlainText()
    assert text.startswith("Python\u2003\u2003Copy code\nimport csv")
    colours: dict[str, str] = {}
    block = document.findBlock(python.firstPosition())
    while block.isValid() and block.position() < python.lastPosition():
        for piece in block:
            fragment = piece.fragment()
            colour = fragment.charFormat().foreground().color().name()
            colours.setdefault(fragment.text().strip(), colour)
        block = block.next()
    light = PALETTES["dark" if view.theme.dark else "light"]
    assert colours["import"] == light["keyword"].color.lower()
    assert colours["column_average"] == light["definition"].color.lower()
    assert colours['"utf-8"'] == light["string"].color.lower()
    assert colours["csv"] != colours["import"]  # a plain name keeps the text colour
    assert all(
        piece.fragment().charFormat().fontFixedPitch()
        for piece in document.findBlock(python.firstPosition()).next()
    )


def test_the_runs_of_a_code_block_add_up_to_the_code() -> None:
    code = 'def f(x):\n    """Doc."""\n    return x * 2  # twice\n'
    runs = highlight(code, "python")
    assert "".join(text for text, _role in runs) == code
    assert ("def ", "keyword") in runs
    assert highlight("plain words", "no-such-language") == [("plain words", None)]


def test_deltas_are_drawn_at_most_once_per_frame(qtbot: QtBot, view: ConversationView) -> None:
    view.add_user_turn("Count")
    answer = view.begin_answer()
    changes: list[int] = []
    answer.browser.document().contentsChange.connect(
        lambda position, removed, added: changes.append(added)
    )
    for index in range(600):
        answer.append_text(f"word{index} ")
    assert changes == []  # nothing drawn yet: the frame timer has not fired
    answer.finish()
    finish_rendering(qtbot, answer)
    assert 1 <= len(changes) <= 3
    assert "word0 word1" in answer.plain_text() and answer.plain_text().endswith("word599")


def test_a_long_burst_is_drawn_over_several_frames(qtbot: QtBot, view: ConversationView) -> None:
    view.add_user_turn("Everything")
    answer = view.begin_answer()
    frames: list[None] = []
    answer.renderer.rendered.connect(lambda: frames.append(None))
    answer.append_text(long_answer(120_000, seed=5))
    answer.finish()
    finish_rendering(qtbot, answer)
    assert len(frames) > 3  # never all at once: each frame has a time budget


def test_a_burst_reaches_the_splitter_a_slice_per_frame(
    qtbot: QtBot, view: ConversationView
) -> None:
    # A fast server can deliver 65 KB between two frames: splitting it all in the frame
    # that meets it (or in finish()) held the window for 5-7 ms before any drawing.
    view.add_user_turn("Everything")
    answer = view.begin_answer()
    splitter = answer.renderer._splitter
    fed: list[int] = [0]
    real_feed = splitter.feed

    def feed(text: str) -> None:
        fed[-1] += len(text)
        real_feed(text)

    splitter.feed = feed  # type: ignore[method-assign]
    answer.renderer.rendered.connect(lambda: fed.append(0))
    text = long_answer(120_000, seed=5)
    answer.append_text(text)
    answer.finish()
    assert fed == [0]  # finish() leaves the splitting to the frames
    finish_rendering(qtbot, answer)
    assert max(fed) <= FEED_PER_FRAME
    assert sum(fed) == len(text)
    assert answer.markdown() == text


def test_the_code_block_being_written_grows_in_place(qtbot: QtBot, view: ConversationView) -> None:
    view.add_user_turn("Code")
    answer = view.begin_answer()
    answer.append_text("Look:\n\n```python\nimport os\n")
    qtbot.waitUntil(lambda: "import os" in answer.browser.toPlainText())
    writer = answer.renderer.writer
    assert writer.tail_block is not None and writer.tail_block.is_code
    assert writer.code_text(0) == "import os"
    answer.append_text("print(os.getcwd())\n```\n\nDone.")
    answer.finish()
    finish_rendering(qtbot, answer)
    assert answer.plain_text() == "Look:\nimport os\nprint(os.getcwd())\nDone."
    assert "Python\u2003\u2003Copy code" in answer.browser.toPlainText()


def test_a_table_right_after_a_quote_has_its_whole_header_bold_and_level(
    qtbot: QtBot, view: ConversationView
) -> None:
    text = "> Quoted first.\n\n| Fruit | Colour |\n|---|---|\n| Apple | Red |\n\nAfter.\n"
    # In one piece (a burst, or a saved answer reopened): quote and table render together.
    answer = stream(qtbot, view, text, largest=len(text))
    document = answer.browser.document()
    (table,) = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    header = [table.cellAt(0, column) for column in range(table.columns())]

    def shown_blocks(cell: QTextTableCell) -> list[QTextBlock]:
        block = cell.firstCursorPosition().block()
        last = cell.lastCursorPosition().blockNumber()
        found = []
        while block.isValid() and block.blockNumber() <= last:
            if block.isVisible():
                found.append(block)
            block = block.next()
        return found

    shown = [shown_blocks(cell) for cell in header]
    assert [[b.text() for b in blocks] for blocks in shown] == [["Fruit"], ["Colour"]]
    assert all(QTextCursor(b[0]).charFormat().fontWeight() >= 700 for b in shown)
    layout = document.documentLayout()
    tops = [layout.blockBoundingRect(blocks[0]).top() for blocks in shown]
    assert tops[0] == tops[1]  # level: not a line low
    # And styled as every table: the header row tinted.
    assert all(cell.format().background().color() == view.theme.table_header for cell in header)


def test_a_switch_between_light_and_dark_draws_the_answers_again_in_the_new_colours(
    qtbot: QtBot, view: ConversationView
) -> None:
    text = "> Quoted.\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n```python\nprint('hi')\n```\n"
    answer = stream(qtbot, view, text)
    light = QPalette(QApplication.palette())
    dark = QPalette(light)
    for role, color in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#1a1b1e"),
        (QPalette.ColorRole.Text, "#e8e8ea"),
        (QPalette.ColorRole.WindowText, "#e8e8ea"),
    ):
        dark.setColor(role, QColor(color))

    def header_tint() -> QColor:
        document = answer.browser.document()
        (table,) = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
        return table.cellAt(0, 0).format().background().color()

    light_tint = header_tint()
    assert light_tint == view.theme.table_header
    QApplication.setPalette(dark)
    try:
        qtbot.waitUntil(lambda: view.theme.dark and header_tint() == view.theme.table_header)
        assert header_tint() != light_tint
        assert answer.plain_text().splitlines()[:3] == ["Quoted.", "A", "B"]
    finally:
        QApplication.setPalette(light)
    qtbot.waitUntil(lambda: header_tint() == light_tint)


def test_a_switch_between_light_and_dark_recolours_the_thoughts_too(
    qtbot: QtBot, view: ConversationView
) -> None:
    view.add_user_turn("Think first.")
    answer = view.begin_answer()
    answer.append_thought("Weighing **two** options.")
    answer.append_text("The first.")
    answer.finish()
    answer.thoughts.set_expanded(True)
    finish_rendering(qtbot, answer)
    light = QPalette(QApplication.palette())
    dark = QPalette(light)
    for role, color in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#1a1b1e"),
        (QPalette.ColorRole.Text, "#e8e8ea"),
        (QPalette.ColorRole.PlaceholderText, "#9aa0a6"),
    ):
        dark.setColor(role, QColor(color))

    def thoughts_colour() -> QColor:
        return answer.thoughts.browser.palette().color(QPalette.ColorRole.Text)

    light_colour = thoughts_colour()
    QApplication.setPalette(dark)
    try:
        qtbot.waitUntil(lambda: view.theme.dark and thoughts_colour() == view.theme.muted)
        assert thoughts_colour() != light_colour
        assert answer.thoughts.plain_text() == "Weighing two options."
    finally:
        QApplication.setPalette(light)
    qtbot.waitUntil(lambda: thoughts_colour() == light_colour)
