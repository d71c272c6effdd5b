"""A video too large to go inside the message, as a user meets it: dropped on the window,
kept on disk, uploaded with a progress row under the question, cancelled from that row, and
given back by Edit & resend without being read into memory. And a YouTube link."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from desktop.core.conversation import TurnStatus
from desktop.core.media import INLINE_FILE_LIMIT
from tests.loopback.scenario import rpc_error
from tests.services.uploads.helpers import make_video
from tests.ui.integration.helpers import App, click

BIG = INLINE_FILE_LIMIT + 200_000


def file_uris(body: dict[str, object]) -> list[str]:
    return [
        part["fileData"]["fileUri"]
        for content in body["contents"]  # type: ignore[attr-defined]
        for part in content["parts"]
        if "fileData" in part
    ]


def test_a_large_video_is_uploaded_with_progress_under_the_question(
    make_app: Callable[..., App], tmp_path: Path
) -> None:
    video = make_video(tmp_path, BIG, name="holiday.mp4")
    app = make_app()
    app.wait_until_started()
    app.drop(video)
    app.wait_for_attachments(1)
    [attachment] = app.window.strip.attachments()
    assert attachment.data is None and attachment.source_path == video  # not read

    app.ask("What happens in this video?")

    (stored,) = app.server.uploads.files.values()
    assert app.server.uploads.file_bytes(stored.name) == video.read_bytes()
    assert len(file_uris(app.streams()[-1])) == 1
    [row] = app.window.conversation.user_turn(0).upload_rows()
    assert row.finished and not row.isHidden()
    assert app.saved().turns[-1].status is TurnStatus.COMPLETE

    # Edit & resend gives the video back from the history's folder, still not read.
    click(app.qtbot, app.window.conversation.user_turn(0).edit_button)
    app.wait_for_attachments(1)
    [again] = app.window.strip.attachments()
    assert again.name == "holiday.mp4" and again.data is None and again.size == BIG


def test_a_file_gone_after_attaching_is_marked_not_sent_in_the_question(
    make_app: Callable[..., App], tmp_path: Path
) -> None:
    video = make_video(tmp_path, BIG, name="holiday.mp4")
    app = make_app()
    app.wait_until_started()
    app.drop(video)
    app.wait_for_attachments(1)
    video.unlink()  # moved away between attaching and sending

    app.ask("What happens in this video?")

    question = app.window.conversation.user_turn(0)
    assert question.attachment_labels == ["holiday.mp4"]  # what the user attached
    assert question.not_sent() == ["holiday.mp4"]  # and that it did not go
    assert "Attached: holiday.mp4 (not sent)" in question.transcript_text()
    assert "holiday.mp4 was not sent" in app.window.notice_text()
    assert file_uris(app.streams()[-1]) == [] and not app.server.uploads.files
    assert app.saved().turns[0].attachments == ()


def test_cancel_on_the_upload_row_stops_the_message(
    make_app: Callable[..., App], tmp_path: Path
) -> None:
    video = make_video(tmp_path, BIG, name="holiday.mp4")
    app = make_app()
    app.wait_until_started()
    # The first chunk fails: the upload waits a second before trying again, with Cancel shown.
    app.server.uploads.fail_next("files.upload", 503, rpc_error(503, "Try later", "UNAVAILABLE"))
    app.drop(video)
    app.wait_for_attachments(1)
    finished = app.controller.conversation.answer_finished
    with app.qtbot.waitSignal(finished, timeout=10_000) as blocker:
        app.type_question("What happens?")
        app.press_ctrl_enter()
        turn = lambda: app.window.conversation.user_turn(0)  # noqa: E731
        app.qtbot.waitUntil(lambda: app.window.conversation.turn_count() == 1)
        app.qtbot.waitUntil(lambda: bool(turn().upload_rows()), timeout=5_000)
        [row] = turn().upload_rows()
        cancel = row.findChild(type(row._cancel), "uploadCancel")
        app.qtbot.waitUntil(cancel.isVisible)
        click(app.qtbot, cancel)
    assert blocker.args == ["stopped"]
    assert not row.finished and not cancel.isVisible()
    assert app.streams() == []  # the question never reached the model
    assert app.saved().turns[-1].status is TurnStatus.STOPPED


def test_a_pasted_youtube_link_is_sent_as_a_link(make_app: Callable[..., App]) -> None:
    app = make_app()
    app.wait_until_started()
    QGuiApplication.clipboard().setText("https://youtu.be/dQw4w9WgXcQ")
    app.window.prompt.setFocus()
    app.window.prompt.paste()
    app.wait_for_attachments(1)
    [link] = app.window.strip.attachments()
    assert link.kind == "youtube"
    app.ask("What is this song?")
    assert file_uris(app.streams()[-1]) == ["https://www.youtube.com/watch?v=dQw4w9WgXcQ"]
    assert not app.server.uploads.files  # nothing uploaded
