"""What to take out of a request over the model's limit: the piece that helps most."""

from __future__ import annotations

from desktop.core.token_budget import FileTokens, Removal, Remove, TokenCount, removal


def test_a_request_that_fits_needs_nothing_removed() -> None:
    count = TokenCount(question=10, files=(FileTokens("a.jpg", 258),), earlier=90)
    assert count.total == 358
    assert removal(count, 358) is None


def test_the_largest_file_in_the_box_goes_first() -> None:
    count = TokenCount(
        question=5, files=(FileTokens("a.jpg", 258), FileTokens("film.mp4", 9_000)), earlier=40
    )
    assert removal(count, 1_000) == Removal(Remove.FILE, 9_000, "film.mp4")


def test_a_long_question_is_to_be_shortened() -> None:
    count = TokenCount(question=2_000, files=(FileTokens("a.jpg", 258),), earlier=10)
    assert removal(count, 1_000) == Removal(Remove.QUESTION, 2_000)


def test_a_long_conversation_asks_for_a_new_chat() -> None:
    count = TokenCount(question=3, files=(FileTokens("a.jpg", 258),), earlier=1_100_000)
    assert removal(count, 1_048_576) == Removal(Remove.CONVERSATION, 1_100_000)
