"""Drops anywhere on the window, with real QMimeData delivered where the platform delivers
them: to the window's QWindow, which hands them to the widget under the cursor."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow, QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.attachments import AttachmentController, AttachmentStrip, DropTarget
from desktop.ui.attachments.mime import can_attach
from tests.ui.attachments import samples
from tests.ui.attachments.conftest import wait_for

COPY_OR_MOVE = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction


@dataclass
class Window:
    window: QMainWindow
    prompt: QPlainTextEdit
    strip: AttachmentStrip
    controller: AttachmentController
    target: DropTarget

    def point_on_prompt(self) -> QPoint:
        return self.prompt.mapTo(self.window, self.prompt.rect().center())


@pytest.fixture
def win(qtbot: QtBot) -> Iterator[Window]:
    window = QMainWindow()
    window.setMinimumSize(800, 500)
    qtbot.addWidget(window)
    central = QWidget(window)
    layout = QVBoxLayout(central)
    layout.addStretch(1)
    strip = AttachmentStrip(central)
    prompt = QPlainTextEdit(central)
    layout.addWidget(strip)
    layout.addWidget(prompt)
    window.setCentralWidget(central)
    controller = AttachmentController(strip, parent=window)
    target = DropTarget(window, controller)
    window.show()
    qtbot.waitExposed(window)
    yield Window(window, prompt, strip, controller, target)
    qtbot.waitUntil(lambda: not controller.is_loading(), timeout=5000)


def send(win: Window, event: object) -> bool:
    handle = win.window.windowHandle()
    assert handle is not None
    QCoreApplication.sendEvent(handle, event)  # type: ignore[arg-type]
    return bool(event.isAccepted())  # type: ignore[attr-defined]


def drag_and_drop(
    win: Window, mime: QMimeData, at: QPoint | None = None, actions: Qt.DropAction = COPY_OR_MOVE
) -> tuple[bool, QDropEvent]:
    """Enter, move, drop; whether the enter was accepted, and the drop event."""
    point = at or QPoint(400, 150)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    entered = send(win, QDragEnterEvent(point, actions, mime, buttons, keys))
    send(win, QDragMoveEvent(point + QPoint(5, 5), actions, mime, buttons, keys))
    drop = QDropEvent(QPointF(point + QPoint(5, 5)), actions, mime, buttons, keys)
    send(win, drop)
    return entered, drop


def file_urls(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def names(win: Window) -> list[str]:
    return [a.name for a in win.strip.attachments()]


def test_files_from_the_file_manager_attach_in_the_order_dropped(
    qtbot: QtBot, win: Window, files: Path
) -> None:
    mime = file_urls(files / "doc.pdf", files / "photo.jpg", files / "clip.mp4")
    mime.setText("\n".join(str(files / n) for n in ("doc.pdf", "photo.jpg", "clip.mp4")))
    point = QPoint(400, 150)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, COPY_OR_MOVE, mime, buttons, keys)
    assert send(win, enter)
    assert enter.dropAction() == Qt.DropAction.CopyAction  # never Move: the original stays
    assert win.target.is_dragging() and win.target.overlay.isVisible()
    assert win.target.overlay.geometry() == win.window.rect()
    drop = QDropEvent(QPointF(point), COPY_OR_MOVE, mime, buttons, keys)
    assert send(win, drop)
    assert drop.dropAction() == Qt.DropAction.CopyAction
    assert not win.target.overlay.isVisible() and not win.target.is_dragging()
    wait_for(qtbot, win.controller, 3)
    assert names(win) == ["doc.pdf", "photo.jpg", "clip.mp4"]


def test_a_file_dropped_on_the_prompt_attaches_instead_of_typing_its_path(
    qtbot: QtBot, win: Window, files: Path
) -> None:
    mime = file_urls(files / "photo.jpg")
    mime.setText(str(files / "photo.jpg"))  # file managers add the path as text too
    entered, _drop = drag_and_drop(win, mime, at=win.point_on_prompt())
    assert entered
    wait_for(qtbot, win.controller, 1)
    assert win.prompt.toPlainText() == ""


def test_raw_image_data(qtbot: QtBot, win: Window) -> None:
    png = samples.encode(samples.image(30, 20), "PNG")
    mime = QMimeData()
    mime.setData("image/png", QByteArray(png))
    drag_and_drop(win, mime)
    wait_for(qtbot, win.controller, 1)
    dropped = win.strip.attachments()[0]
    assert (dropped.name, dropped.mime_type, dropped.data) == (
        "Dropped image.png",
        "image/png",
        png,
    )
    assert dropped.source_path is None


def test_a_decoded_qt_image(qtbot: QtBot, win: Window) -> None:
    mime = QMimeData()
    mime.setImageData(samples.image(30, 20))  # application/x-qt-image
    drag_and_drop(win, mime)
    wait_for(qtbot, win.controller, 1)
    dropped = win.strip.attachments()[0]
    assert dropped.name == "Dropped image.png" and dropped.data.startswith(b"\x89PNG")
    assert dropped.thumbnail is not None and dropped.thumbnail.size().toTuple() == (30, 20)


def test_a_picture_dragged_from_a_browser_uses_the_image_data(qtbot: QtBot, win: Window) -> None:
    jpeg = samples.encode(samples.image(48, 36))
    mime = QMimeData()
    mime.setData("text/uri-list", QByteArray(b"https://example.com/photos/cat.jpg\r\n"))
    mime.setHtml('<img src="https://example.com/photos/cat.jpg">')
    mime.setData("image/jpeg", QByteArray(jpeg))
    entered, _ = drag_and_drop(win, mime)
    assert entered
    wait_for(qtbot, win.controller, 1)
    dropped = win.strip.attachments()[0]
    assert (dropped.name, dropped.data) == ("cat.jpg", jpeg)
    assert win.strip.problems() == []


def test_a_picture_on_a_website_without_its_data_is_refused_with_what_to_do(
    qtbot: QtBot, win: Window
) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.com/photos/cat.jpg")])
    with qtbot.waitSignal(win.controller.batch_finished) as finished:
        entered, _ = drag_and_drop(win, mime)
    assert entered
    message = (
        "cat.jpg is on a website, not on this computer. "
        "Save the picture to your computer first, then drop the file."
    )
    assert finished.args == [[], [message]]
    assert win.strip.problem_text() == message
    assert win.strip.count() == 0


def test_text_naming_a_file_attaches_it(qtbot: QtBot, win: Window, files: Path) -> None:
    mime = QMimeData()
    mime.setText(f"{files / 'photo.jpg'}\n{files / 'notes.txt'}\n")
    drag_and_drop(win, mime)
    wait_for(qtbot, win.controller, 2)
    assert names(win) == ["photo.jpg", "notes.txt"]


def test_plain_text_and_web_links_still_drop_into_the_prompt(qtbot: QtBot, win: Window) -> None:
    for text in ("What is in this picture?", "https://example.com/article"):
        mime = QMimeData()
        mime.setText(text)
        if text.startswith("https"):
            mime.setUrls([QUrl(text)])
            mime.setText(text)
        drag_and_drop(win, mime, at=win.point_on_prompt())
        assert not win.target.overlay.isVisible()
        assert text in win.prompt.toPlainText()
    assert win.strip.count() == 0 and not win.controller.is_loading()


def test_leaving_hides_the_highlight_and_attaches_nothing(win: Window, files: Path) -> None:
    mime = file_urls(files / "photo.jpg")
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    assert send(win, QDragEnterEvent(QPoint(50, 50), COPY_OR_MOVE, mime, buttons, keys))
    assert win.target.overlay.isVisible()
    send(win, QDragLeaveEvent())
    assert not win.target.overlay.isVisible()
    assert win.strip.count() == 0 and not win.controller.is_loading()


def test_a_move_only_drag_is_not_taken(win: Window, files: Path) -> None:
    entered, _drop = drag_and_drop(
        win, file_urls(files / "photo.jpg"), actions=Qt.DropAction.MoveAction
    )
    assert not entered and not win.target.overlay.isVisible()
    assert not win.controller.is_loading()


def test_installs_on_the_real_main_window(qtbot: QtBot, files: Path) -> None:
    from desktop.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    strip = AttachmentStrip(window)
    controller = AttachmentController(strip, parent=window)
    target = DropTarget(window, controller)  # before show: it waits for the native window
    window.show()
    qtbot.waitExposed(window)
    prompt = window.prompt
    at = prompt.mapTo(window, prompt.rect().center())
    mime = file_urls(files / "photo.jpg", files / "memo.wav")
    mime.setText(f"{files / 'photo.jpg'}\n{files / 'memo.wav'}")
    handle = window.windowHandle()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, COPY_OR_MOVE, mime, buttons, keys)
    QCoreApplication.sendEvent(handle, enter)
    assert enter.isAccepted() and target.overlay.isVisible()
    QCoreApplication.sendEvent(handle, QDropEvent(QPointF(at), COPY_OR_MOVE, mime, buttons, keys))
    wait_for(qtbot, controller, 2)
    assert [a.name for a in strip.attachments()] == ["photo.jpg", "memo.wav"]
    assert window.prompt_text() == ""


# --- YouTube links --------------------------------------------------------------------------

WATCH = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"


def assert_one_youtube_chip(win: Window) -> None:
    (video,) = win.strip.attachments()
    assert (video.kind, video.name, video.url) == ("youtube", "YouTube video dQw4w9WgXcQ", WATCH)
    assert (video.data, video.mime_type, video.size) == (None, "video/mp4", 0)
    (chip,) = win.strip.chips()
    assert chip.details_text() == "YouTube video · link"
    assert win.prompt.toPlainText() == "" and win.strip.problems() == []


@pytest.mark.parametrize(
    "address",
    [
        WATCH,
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s&list=PL123",
        "https://youtu.be/dQw4w9WgXcQ?si=tracking",
        "https://www.youtube.com/shorts/dQw4w9WgXcQ",
        "https://m.youtube.com/watch?v=dQw4w9WgXcQ",
    ],
)
def test_a_youtube_link_dropped_from_the_address_bar_attaches_as_a_link(
    qtbot: QtBot, win: Window, address: str
) -> None:
    mime = QMimeData()  # what a browser's address bar drags: the address as both
    mime.setUrls([QUrl(address)])
    mime.setText(address)
    entered, drop = drag_and_drop(win, mime, at=win.point_on_prompt())
    assert entered and drop.isAccepted()
    wait_for(qtbot, win.controller, 1)
    assert_one_youtube_chip(win)


def test_a_youtube_link_dropped_as_plain_text_attaches(qtbot: QtBot, win: Window) -> None:
    mime = QMimeData()
    mime.setData("text/plain", QByteArray(b"  youtu.be/dQw4w9WgXcQ \n"))
    entered, _drop = drag_and_drop(win, mime, at=win.point_on_prompt())
    assert entered
    wait_for(qtbot, win.controller, 1)
    assert_one_youtube_chip(win)


def test_a_video_thumbnail_dragged_from_youtube_attaches_the_video_not_the_picture(
    qtbot: QtBot, win: Window
) -> None:
    mime = QMimeData()
    mime.setData("text/uri-list", QByteArray(WATCH.encode() + b"\r\n"))
    mime.setHtml(f'<a href="{WATCH}"><img src="https://i.ytimg.com/vi/dQw4w9WgXcQ/hq.jpg"></a>')
    mime.setData("image/jpeg", QByteArray(samples.encode(samples.image(48, 27))))
    entered, _ = drag_and_drop(win, mime)
    assert entered
    wait_for(qtbot, win.controller, 1)
    assert_one_youtube_chip(win)


def test_text_with_a_youtube_link_in_a_sentence_drops_into_the_prompt(
    qtbot: QtBot, win: Window
) -> None:
    text = f"Compare {WATCH} with the book"
    mime = QMimeData()
    mime.setText(text)
    assert not can_attach(mime)
    drag_and_drop(win, mime, at=win.point_on_prompt())
    assert not win.target.overlay.isVisible()
    assert text in win.prompt.toPlainText()
    assert win.strip.count() == 0 and not win.controller.is_loading()


def test_a_youtube_page_that_is_not_a_video_drops_into_the_prompt(win: Window) -> None:
    channel = "https://www.youtube.com/@GoogleDevelopers"
    mime = QMimeData()
    mime.setUrls([QUrl(channel)])
    mime.setText(channel)
    assert not can_attach(mime)
    drag_and_drop(win, mime, at=win.point_on_prompt())
    assert channel in win.prompt.toPlainText()
    assert win.strip.count() == 0 and not win.controller.is_loading()
