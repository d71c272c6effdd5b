"""One answer: thoughts apart, the footer in plain words, copying, retrying, stopping."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QClipboard, QTextCursor
from PySide6.QtWidgets import QLabel, QToolButton
from pytestqt.qtbot import QtBot

from desktop.core.answer import Answer, Source, Usage, sources_from, usage_from
from desktop.ui.conversation import AnswerState, AnswerView, ConversationView
from tests.ui.conversation.helpers import finish_rendering

GEMINI_USAGE = {
    "promptTokenCount": 12,
    "candidatesTokenCount": 340,
    "thoughtsTokenCount": 1200,
    "totalTokenCount": 1552,
}


def answer_with(view: ConversationView, text: str = "", thoughts: str = "") -> AnswerView:
    view.add_user_turn("A question")
    answer = view.begin_answer()
    if thoughts:
        answer.append_thought(thoughts)
    if text:
        answer.append_text(text)
    return answer


def finished(qtbot: QtBot, view: ConversationView, **fields: object) -> AnswerView:
    answer = answer_with(view, str(fields.get("text", "The answer.")))
    answer.finish(Answer(**{"text": "The answer.", **fields}))  # type: ignore[arg-type]
    finish_rendering(qtbot, answer)
    return answer


# -- thoughts -------------------------------------------------------------------------------------


def test_thoughts_stay_collapsed_above_the_answer_and_apart_from_it(
    qtbot: QtBot, view: ConversationView
) -> None:
    answer = answer_with(view, thoughts="**Planning** the reply.")
    thoughts = answer.thoughts
    assert thoughts.isVisible() and not thoughts.is_expanded()
    assert not thoughts.browser.isVisibleTo(view)
    answer.append_text("The answer itself.")
    answer.finish()
    finish_rendering(qtbot, answer)
    assert "Planning" not in answer.plain_text()
    assert "Planning" not in view.transcript_text()  # collapsed: not shown
    assert thoughts.y() < answer.browser.y()

    qtbot.mouseClick(thoughts.findChild(QToolButton, "thoughtsToggle"), Qt.MouseButton.LeftButton)
    assert thoughts.is_expanded()
    qtbot.waitUntil(lambda: "Planning the reply." in thoughts.browser.toPlainText())
    assert "Planning the reply." in view.transcript_text()
    assert "Planning" not in answer.plain_text()  # still apart from the answer


def test_the_toggle_says_thinking_until_the_answer_starts(
    qtbot: QtBot, view: ConversationView
) -> None:
    answer = answer_with(view, thoughts="Hmm.")
    toggle = answer.thoughts.findChild(QToolButton, "thoughtsToggle")
    assert toggle.text() == "Thinking…"
    answer.append_text("Here.")
    assert toggle.text() == "Show thoughts"
    toggle.click()
    assert toggle.text() == "Hide thoughts"


def test_no_thoughts_no_section(qtbot: QtBot, view: ConversationView) -> None:
    answer = finished(qtbot, view)
    assert answer.thoughts.isHidden()


# -- the footer -----------------------------------------------------------------------------------


def test_a_normal_ending_shows_model_and_usage_and_no_notice(
    qtbot: QtBot, view: ConversationView
) -> None:
    answer = finished(
        qtbot, view, finish_reason="STOP", model_version="gemini-2.5-flash-001", usage=GEMINI_USAGE
    )
    assert answer.footer.notice_text() == ""
    n = QLocale().toString  # 1,552 or 1.552 or 1552, as the user's locale writes numbers
    assert answer.footer.facts_text() == (
        f"gemini-2.5-flash-001 · {n(1552)} tokens (question 12, thinking {n(1200)}, answer 340)"
    )
    assert answer.state is AnswerState.FINISHED


def test_max_tokens_says_the_length_limit_was_hit(qtbot: QtBot, view: ConversationView) -> None:
    answer = finished(qtbot, view, finish_reason="MAX_TOKENS")
    assert "the length limit" in answer.footer.notice_text()


def test_safety_names_the_blocked_category(qtbot: QtBot, view: ConversationView) -> None:
    ratings = [
        {"category": "HARM_CATEGORY_HATE_SPEECH", "probability": "HIGH", "blocked": True},
        {"category": "HARM_CATEGORY_HARASSMENT", "probability": "LOW"},
    ]
    answer = finished(qtbot, view, finish_reason="SAFETY", safety_ratings=ratings)
    assert answer.footer.notice_text() == (
        "The answer was stopped by the safety filter for hate speech."
    )


def test_cut_off_says_the_connection_ended_early(qtbot: QtBot, view: ConversationView) -> None:
    answer = answer_with(view, "Half of it")
    answer.mark_cut_off()
    finish_rendering(qtbot, answer)
    assert "the connection ended early" in answer.footer.notice_text().lower()
    assert answer.state is AnswerState.CUT_OFF
    assert "Half of it" in answer.plain_text()


def test_stopped_keeps_the_partial_answer_marked_stopped(
    qtbot: QtBot, view: ConversationView
) -> None:
    answer = answer_with(view, "A partial ")
    answer.append_text("answer")
    answer.mark_stopped()
    assert answer.state is AnswerState.STOPPED
    assert "A partial answer (stopped)" in answer.browser.toPlainText()
    assert answer.plain_text() == "A partial answer"  # the note is not part of the answer
    answer.append_text(" more")  # late deltas are ignored
    assert "more" not in answer.browser.toPlainText()


def test_stopped_after_a_code_block_puts_the_mark_on_a_line_of_its_own(
    qtbot: QtBot, view: ConversationView
) -> None:
    answer = answer_with(view, "```python\nprint(1)\n")
    answer.mark_stopped()
    assert answer.browser.toPlainText().endswith("print(1)\n\n(stopped)")


def test_failed_shows_why_and_keeps_what_arrived(qtbot: QtBot, view: ConversationView) -> None:
    answer = answer_with(view, "Half an answer")
    answer.mark_failed("The connection dropped. Send again to get the whole answer.")
    assert answer.state is AnswerState.FAILED
    assert answer.footer.notice_text() == (
        "The connection dropped. Send again to get the whole answer."
    )
    assert "Half an answer" in view.transcript_text()


def test_an_empty_answer_says_so(qtbot: QtBot, view: ConversationView) -> None:
    view.add_user_turn("?")
    answer = view.begin_answer()
    answer.finish(Answer(finish_reason="STOP"))
    assert answer.footer.notice_text() == "Gemini sent an empty answer."


def test_openai_usage_keys(qtbot: QtBot, view: ConversationView) -> None:
    usage = {
        "prompt_tokens": 10,
        "completion_tokens": 25,
        "total_tokens": 35,
        "completion_tokens_details": {"reasoning_tokens": 5},
    }
    answer = finished(qtbot, view, finish_reason="stop", usage=usage)
    assert answer.footer.facts_text() == "35 tokens (question 10, thinking 5, answer 20)"
    assert usage_from({"prompt_tokens": 3, "completion_tokens": 4}) == Usage(3, 4, None, 7)
    assert usage_from({}) is None


def test_citations_and_web_sources_are_links(
    qtbot: QtBot, view: ConversationView, opened_urls: list[str]
) -> None:
    citations = [
        {
            "startIndex": 0,
            "endIndex": 5,
            "uri": "https://docs.python.org/3/library/csv.html",
            "title": "csv — CSV File Reading and Writing",
        },
        {"url": "https://www.example.com/page"},
        {"uri": "https://docs.python.org/3/library/csv.html"},  # the same source again
    ]
    grounding = {
        "groundingChunks": [{"web": {"uri": "https://pandas.pydata.org/", "title": "pandas"}}]
    }
    answer = finished(
        qtbot, view, finish_reason="STOP", citations=citations, grounding_metadata=grounding
    )
    assert answer.footer.facts_text() == (
        "Sources:  1. csv — CSV File Reading and Writing   2. example.com   3. pandas"
    )
    html = answer.footer.facts_html()
    assert '<a href="https://www.example.com/page"' in html
    facts = answer.footer.findChild(QLabel, "answerFacts")
    facts.linkActivated.emit("https://pandas.pydata.org/")
    assert opened_urls == ["https://pandas.pydata.org/"]
    assert sources_from([], None) == []
    assert sources_from([{"uri": "javascript:alert(1)"}], None) == []
    assert sources_from([{"uri": "https://a.org/x", "title": " "}], None) == [
        Source(None, "https://a.org/x")
    ]
    assert Source(None, "https://www.a.org/x").label == "a.org"


def test_links_in_the_answer_open_in_the_browser(
    qtbot: QtBot, view: ConversationView, opened_urls: list[str]
) -> None:
    answer = finished(qtbot, view, text="See [the docs](https://docs.python.org/).")
    answer.browser.anchorClicked.emit(QUrl("https://docs.python.org/"))
    assert opened_urls == ["https://docs.python.org/"]


# -- actions --------------------------------------------------------------------------------------


TEXT = "# Title\n\nSome **bold** text.\n\n```python\nx = 1\n```\n"


def test_copy_answer_puts_plain_text_on_the_clipboard(
    qtbot: QtBot, view: ConversationView, clipboard: QClipboard
) -> None:
    answer = finished(qtbot, view, text=TEXT)
    qtbot.mouseClick(answer._copy_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == "Title\nSome bold text.\nx = 1"
    assert answer._copy_button.text() == "Copied"


def test_copy_as_markdown_puts_the_markdown_on_the_clipboard(
    qtbot: QtBot, view: ConversationView, clipboard: QClipboard
) -> None:
    answer = finished(qtbot, view, text=TEXT)
    qtbot.mouseClick(answer._markdown_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == TEXT


def test_copy_code_copies_that_code_block(
    qtbot: QtBot, view: ConversationView, clipboard: QClipboard
) -> None:
    answer = finished(qtbot, view, text=TEXT + "\n```sh\nls -l\n```\n")
    answer.browser.anchorClicked.emit(QUrl("copy-code:1"))
    assert clipboard.text() == "ls -l"
    answer.browser.anchorClicked.emit(QUrl("copy-code:0"))
    assert clipboard.text() == "x = 1"
    document = answer.browser.document()
    title = answer.browser.cursorRect(QTextCursor(document.begin())).center()
    assert answer.browser.code_index_at(title) is None
    inside = QTextCursor(document)
    inside.setPosition(answer.browser.toPlainText().index("x = 1"))
    assert answer.browser.code_index_at(answer.browser.cursorRect(inside).center()) == 0


def test_retry_asks_for_the_question_it_answers(qtbot: QtBot, view: ConversationView) -> None:
    view.add_user_turn("first")
    view.begin_answer().finish(Answer(text="one", finish_reason="STOP"))
    view.add_user_turn("second")
    second = view.begin_answer()
    second.finish(Answer(text="two", finish_reason="STOP"))
    with qtbot.waitSignal(view.retry_requested, timeout=1000) as retry:
        qtbot.mouseClick(second._retry_button, Qt.MouseButton.LeftButton)
    assert retry.args == [1]


def test_footer_and_actions_come_once_the_text_is_drawn(
    qtbot: QtBot, view: ConversationView
) -> None:
    answer = answer_with(view, "Streaming")
    assert answer._actions.isHidden()
    answer.mark_failed()
    assert not answer.footer.isVisibleTo(view)  # the text is not drawn yet
    qtbot.waitUntil(lambda: answer._actions.isVisibleTo(view))
    assert answer.footer.isVisibleTo(view)
    assert answer._retry_button.isVisibleTo(view) and answer._copy_button.isVisibleTo(view)


def test_without_text_there_is_nothing_to_copy(view: ConversationView) -> None:
    view.add_user_turn("?")
    answer = view.begin_answer()
    answer.mark_failed()
    assert answer._actions.isVisibleTo(view)
    assert answer._retry_button.isVisibleTo(view)
    assert not answer._copy_button.isVisibleTo(view)


def test_retrying_note_while_waiting_for_the_first_words(
    qtbot: QtBot, view: ConversationView
) -> None:
    view.add_user_turn("?")
    answer = view.begin_answer()
    answer.show_retrying("Google's servers are busy.", 2.4, 2, 4)
    assert "Google's servers are busy. Trying again in 3 s (attempt 2 of 4)…" in (
        view.transcript_text()
    )
    answer.append_text("Here")
    assert "Trying again" not in view.transcript_text()
