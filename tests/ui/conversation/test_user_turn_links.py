"""A sent question with a YouTube link: the link's chip with its glyph, opening the video."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFrame, QLabel
from pytestqt.qtbot import QtBot

from desktop.ui.conversation import ConversationView
from desktop.ui.conversation.user_turn import AttachmentLabel

WATCH = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
NAME = "YouTube video dQw4w9WgXcQ"


def chips(view: ConversationView, index: int = 0) -> list[QFrame]:
    return view.user_turn(index).findChildren(QFrame, "attachmentChip")


def test_a_link_shows_as_a_youtube_chip_beside_files(view: ConversationView) -> None:
    view.add_user_turn("What happens here?", [AttachmentLabel(NAME, WATCH), "photo.jpg"])

    turn = view.user_turn(0)
    assert turn.attachment_labels == [NAME, "photo.jpg"]
    assert turn.attachments == [AttachmentLabel(NAME, WATCH), AttachmentLabel("photo.jpg")]
    link, photo = chips(view)
    assert (link.property("kind"), photo.property("kind")) == ("youtube", "file")
    assert WATCH in link.toolTip() and photo.toolTip() == "photo.jpg\nClick to open it"
    glyph = link.findChild(QLabel, "attachmentTile")
    assert glyph is not None and not glyph.pixmap().isNull()
    name = link.findChild(QLabel, "attachmentName")
    assert name.textFormat() == Qt.TextFormat.RichText and f'href="{WATCH}"' in name.text()
    assert NAME in name.text()
    transcript = view.transcript_text()
    assert f"Attached: {NAME} ({WATCH})" in transcript and "Attached: photo.jpg" in transcript


def test_clicking_the_link_opens_the_video(
    qtbot: QtBot, view: ConversationView, opened_urls: list[str]
) -> None:
    view.add_user_turn("", [AttachmentLabel(NAME, WATCH)])
    (link,) = chips(view)
    name = link.findChild(QLabel, "attachmentName")
    at = QPoint(6, name.height() // 2)
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton, pos=at)
    qtbot.waitUntil(lambda: opened_urls == [WATCH])


def test_an_address_that_is_not_a_web_page_never_becomes_clickable(
    view: ConversationView,
) -> None:
    view.add_user_turn("odd", [AttachmentLabel("odd link", "javascript:alert(1)")])
    (link,) = chips(view)
    name = link.findChild(QLabel, "attachmentName")
    assert name.textFormat() == Qt.TextFormat.PlainText and name.text() == "odd link"
    assert not name.openExternalLinks()


def test_plain_names_still_show_as_files(view: ConversationView) -> None:
    view.add_user_turn("Old style", ["notes.pdf"])
    (chip,) = chips(view)
    assert chip.property("kind") == "file"
    assert chip.findChild(QLabel, "attachmentName").text() == "notes.pdf"
