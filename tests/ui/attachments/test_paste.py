"""Ctrl+V: a copied picture or copied files attach; text pastes into the prompt as before."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QMimeData, Qt, QUrl
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.attachments import AttachmentController, AttachmentStrip, PasteHandler
from tests.ui.attachments import samples
from tests.ui.attachments.conftest import wait_for


@dataclass
class Composer:
    window: QMainWindow
    prompt: QPlainTextEdit
    other: QPushButton
    strip: AttachmentStrip
    controller: AttachmentController
    paste: PasteHandler


@pytest.fixture
def clipboard() -> Iterator[QClipboard]:
    board = QGuiApplication.clipboard()
    yield board
    board.clear()


@pytest.fixture
def composer(qtbot: QtBot, clipboard: QClipboard) -> Iterator[Composer]:
    window = QMainWindow()
    window.setMinimumSize(700, 400)
    qtbot.addWidget(window)
    central = QWidget(window)
    layout = QVBoxLayout(central)
    other = QPushButton("Elsewhere", central)
    strip = AttachmentStrip(central)
    prompt = QPlainTextEdit(central)
    for widget in (other, strip, prompt):
        layout.addWidget(widget)
    window.setCentralWidget(central)
    controller = AttachmentController(strip, parent=window)
    paste = PasteHandler(controller, prompt, window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    prompt.setFocus()
    qtbot.waitUntil(prompt.hasFocus)
    yield Composer(window, prompt, other, strip, controller, paste)
    qtbot.waitUntil(lambda: not controller.is_loading(), timeout=5000)


def press_paste(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_copied_picture_attaches(qtbot: QtBot, composer: Composer, clipboard: QClipboard) -> None:
    clipboard.setImage(samples.image(40, 30))
    press_paste(qtbot, composer.prompt)
    wait_for(qtbot, composer.controller, 1)
    pasted = composer.strip.attachments()[0]
    assert pasted.name == "Pasted image.png" and pasted.mime_type == "image/png"
    assert composer.prompt.toPlainText() == ""


def test_copied_files_attach(
    qtbot: QtBot, composer: Composer, clipboard: QClipboard, files: Path
) -> None:
    mime = QMimeData()  # what a file manager's Copy puts there
    mime.setUrls(
        [QUrl.fromLocalFile(str(files / "photo.jpg")), QUrl.fromLocalFile(str(files / "doc.pdf"))]
    )
    mime.setText(f"{files / 'photo.jpg'}\n{files / 'doc.pdf'}")
    clipboard.setMimeData(mime)
    press_paste(qtbot, composer.prompt)
    wait_for(qtbot, composer.controller, 2)
    assert [a.name for a in composer.strip.attachments()] == ["photo.jpg", "doc.pdf"]
    assert composer.prompt.toPlainText() == ""


def test_text_pastes_into_the_prompt(
    qtbot: QtBot, composer: Composer, clipboard: QClipboard
) -> None:
    clipboard.setText("Which mountain is this?")
    press_paste(qtbot, composer.prompt)
    assert composer.prompt.toPlainText() == "Which mountain is this?"
    assert composer.strip.count() == 0 and not composer.controller.is_loading()


def test_cells_from_a_spreadsheet_paste_as_text_not_as_their_picture(
    qtbot: QtBot, composer: Composer, clipboard: QClipboard
) -> None:
    mime = QMimeData()
    mime.setText("Month\tSales\nMay\t120\n")
    mime.setData("image/png", QByteArray(samples.encode(samples.image(60, 20), "PNG")))
    clipboard.setMimeData(mime)
    press_paste(qtbot, composer.prompt)
    assert composer.prompt.toPlainText() == "Month\tSales\nMay\t120\n"
    assert not composer.controller.is_loading()


def test_a_browser_copied_image_with_its_address_attaches(
    qtbot: QtBot, composer: Composer, clipboard: QClipboard
) -> None:
    jpeg = samples.encode(samples.image(40, 30))
    mime = QMimeData()
    mime.setText("https://example.com/img/bird.jpg")
    mime.setData("image/jpeg", QByteArray(jpeg))
    clipboard.setMimeData(mime)
    press_paste(qtbot, composer.prompt)
    wait_for(qtbot, composer.controller, 1)
    assert composer.strip.attachments()[0].data == jpeg
    assert composer.prompt.toPlainText() == ""


def test_ctrl_v_elsewhere_in_the_window(
    qtbot: QtBot, composer: Composer, clipboard: QClipboard
) -> None:
    composer.other.setFocus()
    qtbot.waitUntil(composer.other.hasFocus)
    clipboard.setImage(samples.image(10, 10))
    press_paste(qtbot, composer.other)
    wait_for(qtbot, composer.controller, 1)
    clipboard.setText("and a question")
    composer.other.setFocus()
    press_paste(qtbot, composer.other)
    assert composer.prompt.toPlainText() == "and a question"
    assert composer.prompt.hasFocus()


# --- YouTube links --------------------------------------------------------------------------

WATCH = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"


@pytest.mark.parametrize(
    "copied",
    [
        WATCH,
        "  https://youtu.be/dQw4w9WgXcQ?si=tracking\n",
        "youtube.com/shorts/dQw4w9WgXcQ",
        "https://m.youtube.com/watch?v=dQw4w9WgXcQ&feature=share",
    ],
)
def test_a_copied_youtube_link_attaches_instead_of_pasting(
    qtbot: QtBot, composer: Composer, clipboard: QClipboard, copied: str
) -> None:
    clipboard.setText(copied)
    press_paste(qtbot, composer.prompt)
    wait_for(qtbot, composer.controller, 1)
    (video,) = composer.strip.attachments()
    assert (video.kind, video.name, video.url) == ("youtube", "YouTube video dQw4w9WgXcQ", WATCH)
    assert video.details() == "YouTube video · link" and video.data is None
    assert composer.prompt.toPlainText() == ""


def test_a_link_copied_with_its_address_as_a_url_attaches(
    qtbot: QtBot, composer: Composer, clipboard: QClipboard
) -> None:
    mime = QMimeData()  # "Copy link address" in some browsers: a URL list, no text
    mime.setUrls([QUrl(WATCH)])
    clipboard.setMimeData(mime)
    press_paste(qtbot, composer.prompt)
    wait_for(qtbot, composer.controller, 1)
    assert composer.strip.attachments()[0].url == WATCH


@pytest.mark.parametrize(
    "copied",
    [
        f"Summarise {WATCH} please",
        f"{WATCH}\n{WATCH}",
        "https://example.com/article",
        "https://www.youtube.com/@GoogleDevelopers",
    ],
)
def test_other_text_and_addresses_paste_as_text(
    qtbot: QtBot, composer: Composer, clipboard: QClipboard, copied: str
) -> None:
    clipboard.setText(copied)
    press_paste(qtbot, composer.prompt)
    assert composer.prompt.toPlainText() == copied
    assert composer.strip.count() == 0 and not composer.controller.is_loading()


def test_a_youtube_link_pasted_elsewhere_in_the_window_attaches(
    qtbot: QtBot, composer: Composer, clipboard: QClipboard
) -> None:
    composer.other.setFocus()
    qtbot.waitUntil(composer.other.hasFocus)
    clipboard.setText(WATCH)
    press_paste(qtbot, composer.other)
    wait_for(qtbot, composer.controller, 1)
    assert composer.strip.attachments()[0].kind == "youtube"
    assert composer.prompt.toPlainText() == ""
