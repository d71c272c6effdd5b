"""The main window and its ChatController, driven through real key presses and clicks.

The answer streams are async generator functions written here: that is the controller's
injection seam, so nothing of ours is mocked.
"""

import asyncio
from collections.abc import AsyncIterator, Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.errors import NetworkError
from desktop.ui.chat_controller import AnswerStream, ChatController
from desktop.ui.main_window import MainWindow

DELTAS = ("Mountains ", "are ", "made ", "of ", "rock.")


async def steady_stream(prompt: str) -> AsyncIterator[str]:
    for delta in DELTAS:
        await asyncio.sleep(0.002)
        yield delta


def stream_then_hang(first: str = "A partial ", second: str = "answer") -> AnswerStream:
    """Yields two deltas, then waits for more that never come (until cancelled)."""

    async def stream(prompt: str) -> AsyncIterator[str]:
        yield first
        await asyncio.sleep(0.002)
        yield second
        await asyncio.Event().wait()
        yield "never shown"

    return stream


async def failing_stream(prompt: str) -> AsyncIterator[str]:
    yield "Half an "
    await asyncio.sleep(0.002)
    raise NetworkError("The connection dropped.", hint="Send again to get the whole answer.")


async def crashing_stream(prompt: str) -> AsyncIterator[str]:
    yield "Half an "
    await asyncio.sleep(0.002)
    raise KeyError("internal detail")


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def make_controller(window: MainWindow) -> Callable[..., ChatController]:
    def make(stream: AnswerStream, **kwargs: object) -> ChatController:
        return ChatController(window, stream, parent=window, **kwargs)  # type: ignore[arg-type]

    return make


def send_with_keyboard(qtbot: QtBot, window: MainWindow, text: str) -> None:
    qtbot.keyClicks(window.prompt, text)
    qtbot.keyClick(window.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


# -- The window on its own -----------------------------------------------------------------------


def test_starts_with_a_friendly_empty_state(window: MainWindow) -> None:
    assert window.windowTitle() == "Gemini Desktop"
    assert window.conversation.is_empty()
    assert not window.send_button.isEnabled()
    assert not window.stop_button.isEnabled()
    assert window.status_text() == "Ready"
    assert window.prompt.placeholderText()


def test_ctrl_enter_emits_send_requested_with_the_text(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.prompt, "What is in this photo?")
    with qtbot.waitSignal(window.send_requested, timeout=1000) as blocker:
        qtbot.keyClick(window.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == ["What is in this photo?"]


def test_enter_alone_adds_a_line_and_sends_nothing(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.prompt, "first line")
    with qtbot.assertNotEmitted(window.send_requested, wait=50):
        qtbot.keyClick(window.prompt, Qt.Key.Key_Return)
    qtbot.keyClicks(window.prompt, "second line")
    assert window.prompt_text() == "first line\nsecond line"


def test_blank_prompt_is_not_sent(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.prompt, "   ")
    assert not window.send_button.isEnabled()
    with qtbot.assertNotEmitted(window.send_requested, wait=50):
        qtbot.keyClick(window.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_send_button_emits_the_trimmed_text(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.prompt, "  Hello  ")
    with qtbot.waitSignal(window.send_requested, timeout=1000) as blocker:
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["Hello"]


# -- Streaming through the controller ------------------------------------------------------------


def test_streams_deltas_into_the_view(
    qtbot: QtBot, window: MainWindow, make_controller: Callable[..., ChatController]
) -> None:
    controller = make_controller(steady_stream)
    with qtbot.waitSignal(controller.turn_finished, timeout=5000) as finished:
        send_with_keyboard(qtbot, window, "What are mountains made of?")
    assert finished.args == ["completed"]
    transcript = window.conversation.transcript_text()
    assert "What are mountains made of?" in transcript
    assert "Mountains are made of rock." in transcript
    assert transcript.index("What are mountains") < transcript.index("Mountains are made")
    assert window.prompt_text() == ""
    assert not window.is_busy()
    assert window.send_button.isEnabled() is False  # the prompt is empty again
    assert window.status_text() == "Ready"


def test_busy_while_streaming(
    qtbot: QtBot, window: MainWindow, make_controller: Callable[..., ChatController]
) -> None:
    controller = make_controller(stream_then_hang())
    send_with_keyboard(qtbot, window, "Tell me a story")
    qtbot.waitUntil(lambda: "A partial answer" in window.conversation.transcript_text())
    assert window.is_busy()
    assert controller.is_answering()
    assert window.stop_button.isEnabled()
    qtbot.keyClicks(window.prompt, "next question")
    assert not window.send_button.isEnabled()
    with qtbot.assertNotEmitted(window.send_requested, wait=20):
        qtbot.keyClick(window.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(controller.turn_finished, timeout=2000):
        controller.stop()


def test_updates_the_view_at_most_once_per_frame(
    qtbot: QtBot, window: MainWindow, make_controller: Callable[..., ChatController]
) -> None:
    pieces = [f"w{i} " for i in range(300)]

    async def burst(prompt: str) -> AsyncIterator[str]:
        for piece in pieces:
            await asyncio.sleep(0)
            yield piece

    controller = make_controller(burst)
    writes: list[int] = []
    with qtbot.waitSignal(controller.turn_finished, timeout=5000):
        controller.ask("count")
        # Each answer has a document of its own, there from ask() on.
        browser = window.conversation.browser
        assert browser is not None
        browser.document().contentsChange.connect(
            lambda position, removed, added: writes.append(added)
        )
    assert "".join(pieces).strip() in window.conversation.transcript_text()
    # 300 deltas arrived within a few frames; each frame writes once.
    assert 1 <= len(writes) < len(pieces) // 5


def test_stop_keeps_the_partial_answer_marked_stopped(
    qtbot: QtBot, window: MainWindow, make_controller: Callable[..., ChatController]
) -> None:
    controller = make_controller(stream_then_hang())
    send_with_keyboard(qtbot, window, "Describe the Alps")
    qtbot.waitUntil(lambda: "A partial answer" in window.conversation.transcript_text())
    task = controller.tasks.task
    assert task is not None

    with qtbot.waitSignal(controller.turn_finished, timeout=2000) as finished:
        qtbot.mouseClick(window.stop_button, Qt.MouseButton.LeftButton)

    assert finished.args == ["stopped"]
    assert task.cancelled()
    assert "A partial answer (stopped)" in window.conversation.transcript_text()
    assert "never shown" not in window.conversation.transcript_text()
    assert not window.is_busy()
    assert "Stopped" in window.status_text()


def test_escape_stops_too(
    qtbot: QtBot, window: MainWindow, make_controller: Callable[..., ChatController]
) -> None:
    controller = make_controller(stream_then_hang())
    send_with_keyboard(qtbot, window, "Describe the Alps")
    qtbot.waitUntil(lambda: "A partial answer" in window.conversation.transcript_text())
    with qtbot.waitSignal(controller.turn_finished, timeout=2000) as finished:
        qtbot.keyClick(window.prompt, Qt.Key.Key_Escape)
    assert finished.args == ["stopped"]


def test_stop_before_the_first_delta(
    qtbot: QtBot, window: MainWindow, make_controller: Callable[..., ChatController]
) -> None:
    async def silent(prompt: str) -> AsyncIterator[str]:
        await asyncio.Event().wait()
        yield "never shown"

    controller = make_controller(silent)
    send_with_keyboard(qtbot, window, "Anyone there?")
    qtbot.waitUntil(window.is_busy)
    with qtbot.waitSignal(controller.turn_finished, timeout=2000):
        controller.stop()
    transcript = window.conversation.transcript_text()
    assert "(stopped)" in transcript
    assert "…" not in transcript


def test_an_error_shows_inline_and_keeps_the_prompt(
    qtbot: QtBot, window: MainWindow, make_controller: Callable[..., ChatController]
) -> None:
    def explain(exc: BaseException) -> str:
        return f"Gemini could not finish the answer ({type(exc).__name__})."

    controller = make_controller(failing_stream, errors=explain)
    with qtbot.waitSignal(controller.turn_finished, timeout=5000) as finished:
        send_with_keyboard(qtbot, window, "Why is the sky blue?")

    assert finished.args == ["failed"]
    transcript = window.conversation.transcript_text()
    assert "Half an" in transcript
    assert "Gemini could not finish the answer (NetworkError)." in transcript
    assert window.prompt_text() == "Why is the sky blue?"
    assert not window.is_busy()
    assert window.send_button.isEnabled()
    assert window.status_text() == "The answer could not be completed."


def test_default_error_text_is_the_plain_explanation_and_hint(
    qtbot: QtBot, window: MainWindow, make_controller: Callable[..., ChatController]
) -> None:
    controller = make_controller(failing_stream)
    with qtbot.waitSignal(controller.turn_finished, timeout=5000):
        controller.ask("Why?")
    assert (
        "The connection dropped. Send again to get the whole answer."
        in window.conversation.transcript_text()
    )


def test_unexpected_error_points_at_the_log_not_the_internals(
    qtbot: QtBot,
    window: MainWindow,
    make_controller: Callable[..., ChatController],
    caplog: pytest.LogCaptureFixture,
) -> None:
    controller = make_controller(crashing_stream)
    with qtbot.waitSignal(controller.turn_finished, timeout=5000):
        controller.ask("Why?")
    transcript = window.conversation.transcript_text()
    assert "Something unexpected went wrong" in transcript and "internal detail" not in transcript
    assert any(r.exc_info and r.exc_info[0] is KeyError for r in caplog.records)


def test_closing_the_window_while_streaming_cancels_the_task(
    qtbot: QtBot, window: MainWindow, make_controller: Callable[..., ChatController]
) -> None:
    controller = make_controller(stream_then_hang())
    send_with_keyboard(qtbot, window, "A long question")
    qtbot.waitUntil(lambda: "A partial answer" in window.conversation.transcript_text())
    task = controller.tasks.task
    assert task is not None and not task.done()

    with qtbot.waitSignal(controller.turn_finished, timeout=2000) as finished:
        window.close()

    assert finished.args == ["stopped"]
    assert task.cancelled()
    assert not controller.is_answering()


def test_aclose_waits_for_the_answer_to_unwind(
    qtbot: QtBot, window: MainWindow, make_controller: Callable[..., ChatController]
) -> None:
    cleaned_up: list[str] = []

    async def stream(prompt: str) -> AsyncIterator[str]:
        try:
            yield "Working"
            await asyncio.Event().wait()
        finally:
            cleaned_up.append(prompt)

    controller = make_controller(stream)
    controller.ask("shutdown")
    qtbot.waitUntil(lambda: "Working" in window.conversation.transcript_text())
    closing = asyncio.ensure_future(controller.aclose())
    qtbot.waitUntil(closing.done)
    assert cleaned_up == ["shutdown"]
    assert controller.tasks.task is not None and controller.tasks.task.cancelled()


def test_a_second_question_follows_the_first(
    qtbot: QtBot, window: MainWindow, make_controller: Callable[..., ChatController]
) -> None:
    controller = make_controller(steady_stream)
    for question in ("First?", "Second?"):
        with qtbot.waitSignal(controller.turn_finished, timeout=5000):
            send_with_keyboard(qtbot, window, question)
    transcript = window.conversation.transcript_text()
    assert transcript.count("Mountains are made of rock.") == 2
    assert transcript.index("First?") < transcript.index("Second?")
