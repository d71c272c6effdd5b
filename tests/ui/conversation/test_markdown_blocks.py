"""Splitting growing Markdown into finished blocks and the open tail (pure, no Qt)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.ui.conversation.markdown_blocks import (
    Block,
    BlockKind,
    MarkdownSplitter,
    split_markdown,
)
from tests.ui.conversation.samples import MIXED_ANSWER, long_answer


def md(text: str) -> Block:
    return Block(BlockKind.MARKDOWN, text)


def code(text: str, language: str = "", closed: bool = True) -> Block:
    return Block(BlockKind.CODE, text, language, closed)


def fed(*pieces: str) -> MarkdownSplitter:
    splitter = MarkdownSplitter()
    for piece in pieces:
        splitter.feed(piece)
    return splitter


def test_paragraphs_split_at_blank_lines_once_the_next_one_starts() -> None:
    splitter = fed("# Title\n\nFirst paragraph.\n\n")
    assert splitter.take_finished() == [md("# Title")]
    assert splitter.tail() == md("First paragraph.")
    splitter.feed("S")
    assert splitter.take_finished() == [md("First paragraph.")]
    assert splitter.tail() == md("S")


def test_a_fenced_code_block_is_finished_only_at_its_closing_fence() -> None:
    splitter = fed("Intro:\n\n```python\ndef f():\n\n    return 1\n")
    assert splitter.take_finished() == [md("Intro:")]
    assert splitter.tail() == code("def f():\n\n    return 1", "python", closed=False)
    splitter.feed("``")  # the closing fence, half written, is not shown as code
    assert splitter.tail() == code("def f():\n\n    return 1", "python", closed=False)
    splitter.feed("`\nAfter.")
    assert splitter.take_finished() == [code("def f():\n\n    return 1", "python")]
    assert splitter.tail() == md("After.")


def test_an_opening_fence_being_written_already_shows_a_code_block() -> None:
    splitter = fed("Text.\n\n```pyth")
    assert splitter.take_finished() == [md("Text.")]
    assert splitter.tail() == code("", "pyth", closed=False)


def test_a_fence_right_after_a_paragraph_starts_a_block_of_its_own() -> None:
    assert split_markdown("Here is the code:\n```sh\nls\n```\nDone.") == [
        md("Here is the code:"),
        code("ls", "sh"),
        md("Done."),
    ]


def test_longer_and_tilde_fences_close_only_with_their_own_kind() -> None:
    text = "````markdown\n```python\nx = 1\n```\n````\n\n~~~\n```\n~~~"
    assert split_markdown(text) == [
        code("```python\nx = 1\n```", "markdown"),
        code("```"),
    ]


def test_inline_triple_backticks_are_not_a_fence() -> None:
    assert split_markdown("```x``` is inline code\n\nnext") == [
        md("```x``` is inline code"),
        md("next"),
    ]


def test_a_loose_list_stays_one_block_until_text_follows() -> None:
    text = "1. one\n\n2. two\n\n   more about two\n\n3. three\n\nAfter the list."
    assert split_markdown(text) == [
        md("1. one\n\n2. two\n\n   more about two\n\n3. three"),
        md("After the list."),
    ]


def test_a_list_item_may_not_be_decided_from_its_first_character() -> None:
    splitter = fed("- a\n- b\n\n-")
    assert splitter.take_finished() == []  # "-" may still become "- c"
    splitter.feed(" c\n\nText")
    assert splitter.take_finished() == [md("- a\n- b\n\n- c")]


def test_code_inside_a_list_item_stays_with_the_list() -> None:
    text = "1. Install:\n\n   ```bash\n   pip install x\n\n   pip install y\n   ```\n\n2. Run it.\n\nDone."
    blocks = split_markdown(text)
    assert blocks == [md(text.removesuffix("\n\nDone.")), md("Done.")]


def test_tables_and_quotes_end_at_a_blank_line() -> None:
    text = "| a | b |\n|---|---|\n| 1 | 2 |\n\n> quoted\n> more\n\n| c |\n|---|\n| 3 |"
    assert split_markdown(text) == [
        md("| a | b |\n|---|---|\n| 1 | 2 |"),
        md("> quoted\n> more"),
        md("| c |\n|---|\n| 3 |"),
    ]


def test_an_unclosed_fence_at_the_end_is_code_without_its_closing_fence() -> None:
    assert split_markdown("```js\nlet x = 1;\n") == [code("let x = 1;", "js", closed=False)]


def test_windows_line_ends() -> None:
    assert split_markdown("A\r\n\r\n```\r\nx\r\n```\r\n") == [md("A"), code("x")]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=120), min_size=1, max_size=400))
def test_any_chunking_finishes_the_same_blocks(cuts: list[int]) -> None:
    text = MIXED_ANSWER + "\n\n" + long_answer(6_000, seed=3)
    splitter = MarkdownSplitter()
    finished: list[Block] = []
    position = 0
    for cut in cuts:
        splitter.feed(text[position : position + cut])
        position += cut
        finished.extend(splitter.take_finished())
        tail = splitter.tail()
        # The finished blocks and the tail always cover what arrived so far.
        assert tail is None or tail.text.strip() or tail.is_code
    splitter.feed(text[position:])
    splitter.close()
    finished.extend(splitter.take_finished())
    assert splitter.tail() is None
    assert finished == split_markdown(text)
