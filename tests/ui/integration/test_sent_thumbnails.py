"""A sent question shows its photos and videos as the strip's tiles (a thumbnail, a frame
with a play badge), also after reopening (from the history's copies); a click opens the
file in the system's app, from the history's copy under its own name."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel

from tests import media
from tests.ui.integration.helpers import App, click
from tests.ui.url_catcher import UrlCatcher


def local_path(url: str) -> str:
    return QUrl(url).toLocalFile()


@pytest.fixture
def opened_files() -> Iterator[list[str]]:
    """The files handed to QDesktopServices.openUrl (nothing really opens)."""
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    yield catcher.urls
    QDesktopServices.unsetUrlHandler("file")


def test_photos_and_videos_show_their_pictures_and_open_from_the_history(
    make_app: Callable[..., App], photo: Path, tmp_path: Path, opened_files: list[str]
) -> None:
    clip = media.write(tmp_path / "files" / "walk.mp4", media.video(seconds=1.0))
    notes = tmp_path / "files" / "notes.txt"
    notes.write_text("Buy basil.", encoding="utf-8")
    app = make_app()
    app.wait_until_started()
    app.drop(photo, clip, notes)
    app.wait_for_attachments(3)
    app.ask("What are these?")

    chips = app.window.conversation.user_turn(0).chips
    assert [c.item.kind for c in chips] == ["image", "video", "text"]
    assert [c.has_thumbnail() for c in chips] == [True, True, False]
    assert chips[0].cursor().shape() == Qt.CursorShape.PointingHandCursor
    # The names show beside the tiles, whole (they were squeezed to nothing once).
    for chip in chips:
        name = chip.findChild(QLabel, "attachmentName")
        assert name.width() >= name.fontMetrics().horizontalAdvance(name.text()), name.text()

    click(app.qtbot, chips[0])
    app.qtbot.waitUntil(lambda: len(opened_files) == 1, timeout=5000)
    opened = Path(local_path(opened_files[0]))
    saved = app.saved().turns[0].attachments[0]
    assert opened.name == saved.name and opened.suffix in (".png", ".jpg")
    assert opened.read_bytes() == app.controller.chat.history.attachment_bytes(saved.sha256)

    # The keyboard opens it too: Enter on the video's chip.
    chips[1].setFocus()
    app.qtbot.keyClick(chips[1], Qt.Key.Key_Return)
    app.qtbot.waitUntil(lambda: len(opened_files) == 2, timeout=5000)
    assert Path(local_path(opened_files[1])).read_bytes() == clip.read_bytes()

    conversation = app.saved().id
    app.controller.conversation.new_chat()
    opening = app.controller.conversation.open_conversation(conversation)
    assert opening is not None
    app.qtbot.waitUntil(opening.done, timeout=5000)
    reopened = app.window.conversation.user_turn(0).chips
    app.qtbot.waitUntil(
        lambda: [c.has_thumbnail() for c in reopened] == [True, True, False], timeout=10_000
    )
    click(app.qtbot, reopened[2])
    app.qtbot.waitUntil(lambda: len(opened_files) == 3, timeout=5000)
    assert Path(local_path(opened_files[2])).read_text(encoding="utf-8") == "Buy basil."
