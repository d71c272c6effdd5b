"""Huge answers (issue 17): long words get break places for display only, an answer past the
drawing limit shows its start and its end, and the whole of it is written to a file."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.conversation import ConversationView
from desktop.ui.conversation.long_words import (
    BREAK_EVERY,
    LONG_WORD,
    ZERO_WIDTH_SPACE,
    LongWordBreaker,
)
from desktop.ui.conversation.streaming import PARAGRAPH_LIMIT, VIEW_LIMIT
from tests.ui.conversation.helpers import finish_rendering


def test_a_long_word_streamed_in_pieces_gets_break_places_and_keeps_its_text() -> None:
    breaker = LongWordBreaker()
    word = "x" * 1000
    shown = "".join(breaker.feed(word[i : i + 37]) for i in range(0, len(word), 37))
    assert shown.replace(ZERO_WIDTH_SPACE, "") == word
    runs = shown.split(ZERO_WIDTH_SPACE)
    assert max(len(run) for run in runs) <= LONG_WORD + BREAK_EVERY
    assert len(runs) > 1000 // BREAK_EVERY - 3


def test_ordinary_words_and_a_long_link_are_left_alone() -> None:
    breaker = LongWordBreaker()
    text = "Some words, then https://example.com/" + "a" * 150 + " and more.\n"
    assert breaker.feed(text) == text


@pytest.mark.parametrize("piece", [1, 7, 150, 199, 201, 1000])
def test_break_places_do_not_depend_on_how_the_text_came_in_pieces(piece: int) -> None:
    # Words around the limit, a run that reaches it only across pieces, and ordinary words
    # (pieces without a long run take a quicker way through).
    words = ["a" * n for n in (5, 199, 200, 201, 250, 3, 420, 1, 200)]
    text = " ".join(words) + "\n" + "b" * 150 + "\n\n" + "c" * 199 + " end"
    whole = LongWordBreaker().feed(text)
    breaker = LongWordBreaker()
    pieces = "".join(breaker.feed(text[i : i + piece]) for i in range(0, len(text), piece))
    assert pieces == whole
    assert whole.replace(ZERO_WIDTH_SPACE, "") == text
    assert whole.count(ZERO_WIDTH_SPACE) == 1 + 3  # in the runs of 250 and 420


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("x" * (PARAGRAPH_LIMIT * 4), id="one unbroken word"),
        pytest.param("lorem ipsum dolor " * (PARAGRAPH_LIMIT // 4), id="one long paragraph"),
        pytest.param("A paragraph of words.\n\n" * (VIEW_LIMIT // 20), id="many paragraphs"),
    ],
)
def test_a_huge_answer_shows_its_start_and_its_end_and_keeps_all_of_it(
    qtbot: QtBot, view: ConversationView, text: str
) -> None:
    view.add_user_turn("Tell me everything")
    answer = view.begin_answer()
    piece = 25_000
    for start in range(0, len(text), piece):
        answer.append_text(text[start : start + piece])
    answer.finish()
    finish_rendering(qtbot, answer)
    assert answer.renderer.is_clipped()
    assert answer.markdown() == text  # all of it, as it came
    drawn = answer.browser.document().characterCount()
    assert drawn < min(len(text), VIEW_LIMIT + PARAGRAPH_LIMIT)
    bar = answer.long_answer_bar()
    assert bar is not None and bar.isVisible()
    assert (
        bar.end_text().replace("\u200b", "") == text[-len(bar.end_text().replace("\u200b", "")) :]
    )
    assert text.rstrip()[-50:].replace("\n", "") in bar.end_text().replace("\u200b", "").replace(
        "\n", ""
    )
    assert bar.show_button.isVisible() and bar.save_button.isVisible()


def test_a_short_answer_is_drawn_whole(qtbot: QtBot, view: ConversationView) -> None:
    view.add_user_turn("Hi")
    answer = view.begin_answer()
    answer.append_text("A short answer with a " + "long" * 100 + " word.")
    answer.finish()
    finish_rendering(qtbot, answer)
    assert not answer.renderer.is_clipped()
    assert answer.long_answer_bar() is None
    assert answer.plain_text() == ("A short answer with a " + "long" * 100 + " word.")


def test_save_as_file_writes_the_whole_answer(
    qtbot: QtBot, view: ConversationView, tmp_path: Path
) -> None:
    text = "x" * (PARAGRAPH_LIMIT * 3) + " the end"
    view.add_user_turn("Tell me everything")
    answer = view.begin_answer()
    answer.append_text(text)
    answer.finish()
    finish_rendering(qtbot, answer)
    bar = answer.long_answer_bar()
    assert bar is not None
    target = tmp_path / "answer.md"
    with qtbot.waitSignal(bar.file_written, timeout=10_000):
        bar.save_to(target)
    assert target.read_text(encoding="utf-8") == text


def test_a_clipped_answer_drawn_again_in_other_colours_stays_clipped(
    qtbot: QtBot, view: ConversationView
) -> None:
    text = "x" * (PARAGRAPH_LIMIT * 4)
    view.add_user_turn("Tell me everything")
    answer = view.begin_answer()
    answer.append_text(text)
    answer.finish()
    finish_rendering(qtbot, answer)
    drawn = answer.browser.toPlainText()
    answer.restyle(view.theme)  # a switch between light and dark draws it again at once
    assert answer.browser.toPlainText() == drawn
    assert ZERO_WIDTH_SPACE in drawn and len(drawn) < PARAGRAPH_LIMIT * 2
