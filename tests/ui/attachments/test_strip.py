"""The strip: chips with name, size and duration; removing by button and key; take and
restore; refusals; the Attach dialog (opened with open())."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QPlainTextEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.ui.attachments import Attachment, AttachmentStrip, format_duration, format_size
from desktop.ui.attachments.loader import load_file
from tests.ui.attachments import samples


def attachment(
    name: str, mime: str = "image/jpeg", size: int = 2_500_000, **extra: object
) -> Attachment:
    return Attachment(name=name, mime_type=mime, data=b"x", size=size, **extra)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("size", "text"),
    [(0, "0 bytes"), (1, "1 byte"), (900, "900 bytes"), (24_000, "23.4 KB"),
     (2_516_582, "2.4 MB"), (14_900_000, "14.2 MB")],
)  # fmt: skip
def test_sizes_read_like_a_file_manager(size: int, text: str) -> None:
    assert format_size(size) == text


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0:00"), (0.3, "0:01"), (7, "0:07"), (83.2, "1:23"), (3723, "1:02:03")],
)
def test_durations_read_like_a_player(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


def test_hidden_while_empty_and_shown_with_a_chip(qtbot: QtBot) -> None:
    composer = QWidget()
    composer.setMinimumSize(600, 300)
    qtbot.addWidget(composer)
    layout = QVBoxLayout(composer)
    strip = AttachmentStrip()
    layout.addWidget(strip)
    layout.addWidget(QPlainTextEdit())
    composer.show()
    assert not strip.isVisible()
    with qtbot.waitSignal(strip.changed):
        strip.add(attachment("photo.jpg"))
    assert strip.isVisible()
    strip.remove(0)
    assert not strip.isVisible()


def test_chips_show_name_size_and_duration(
    qtbot: QtBot, strip: AttachmentStrip, tmp_path: Path
) -> None:
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(samples.clip())
    strip.add(load_file(samples.write_image(tmp_path / "photo.jpg")))
    strip.add(load_file(clip))
    strip.add(attachment("A very long name of a holiday picture taken at the beach in 2024.jpg"))
    strip.add(attachment("report.pdf", "application/pdf", 210_000))
    strip.add(attachment("memo.m4a", "audio/mp4", 1_048_576, duration_seconds=42.0))
    photo, video, long_name, pdf, memo = strip.chips()
    assert photo.name_text() == "photo.jpg"
    assert photo.details_text().startswith("Photo · ") and photo.details_text().endswith("bytes")
    assert video.details_text() == f"Video · 1:23 · {format_size(len(samples.clip()))}"
    assert "…" in long_name.name_text() and long_name.name_text().endswith("2024.jpg")
    assert long_name.toolTip().startswith("A very long name of a holiday picture")
    assert pdf.details_text() == "PDF · 205 KB"
    assert memo.details_text() == "Recording · 0:42 · 1 MB"
    assert photo.remove_button.accessibleName() == "Remove photo.jpg"
    assert photo.accessibleName() == "photo.jpg"


def test_remove_with_the_button(qtbot: QtBot, strip: AttachmentStrip) -> None:
    for name in ("a.jpg", "b.jpg", "c.jpg"):
        strip.add(attachment(name))
    with qtbot.waitSignal(strip.changed):
        qtbot.mouseClick(strip.chips()[1].remove_button, Qt.MouseButton.LeftButton)
    assert [a.name for a in strip.attachments()] == ["a.jpg", "c.jpg"]


def test_keyboard_chips_take_focus_and_delete_removes(qtbot: QtBot, strip: AttachmentStrip) -> None:
    for name in ("a.jpg", "b.jpg", "c.jpg"):
        strip.add(attachment(name))
    strip.window().activateWindow()
    qtbot.waitActive(strip.window())
    first = strip.chips()[0]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Right)
    second = strip.chips()[1]
    assert second.hasFocus()
    qtbot.keyClick(second, Qt.Key.Key_Delete)
    assert [a.name for a in strip.attachments()] == ["a.jpg", "c.jpg"]
    third = strip.chips()[1]
    assert third.hasFocus()  # focus stays in the strip, on the next chip
    qtbot.keyClick(third, Qt.Key.Key_Backspace)
    qtbot.keyClick(strip.chips()[0], Qt.Key.Key_Delete)
    assert strip.attachments() == [] and not strip.isVisible()


def test_take_all_then_restore_puts_everything_back_first(
    qtbot: QtBot, strip: AttachmentStrip
) -> None:
    originals = [attachment("a.jpg"), attachment("b.pdf", "application/pdf")]
    for item in originals:
        strip.add(item)
    strip.add_problems(["x.gif is a GIF image, which Gemini cannot read."])
    with qtbot.waitSignal(strip.changed):
        taken = strip.take_all()
    assert taken == originals and strip.count() == 0 and strip.problems() == []
    strip.add(attachment("added-while-sending.jpg"))
    with qtbot.waitSignal(strip.changed):
        strip.restore(taken)
    assert [a.name for a in strip.attachments()] == ["a.jpg", "b.pdf", "added-while-sending.jpg"]
    assert strip.attachments()[:2] == originals  # the very same objects: nothing re-read
    strip.clear()
    assert strip.count() == 0


def test_refusals_show_one_line_each_until_dismissed(qtbot: QtBot, strip: AttachmentStrip) -> None:
    messages = [f"file{i}.bin is not a kind of file Gemini can read." for i in range(8)]
    strip.add_problems(messages)
    assert strip.isVisible()
    shown = strip.problem_text().splitlines()
    assert shown[:6] == messages[:6] and shown[6] == "2 more file(s) could not be added."
    close = strip.findChild(QToolButton, "attachmentProblemsClose")
    assert close is not None
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert strip.problems() == [] and not strip.isVisible()


# The offscreen platform cannot pass a dialog's size limits on to a window, and says so.
OFFSCREEN_DIALOG = pytest.mark.qt_log_ignore(
    r"^This plugin does not support propagateSizeHints\(\)$"
)


@OFFSCREEN_DIALOG
def test_attach_opens_the_file_dialog_with_open_and_requests_the_chosen_files(
    qtbot: QtBot, strip: AttachmentStrip, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(AttachmentStrip, "native_file_dialog", False)
    first = samples.write_image(tmp_path / "one.jpg")
    second = samples.write_image(tmp_path / "two.png", fmt="PNG")
    button = strip.make_attach_button()
    qtbot.addWidget(button)
    button.show()
    assert strip.attach_action.shortcut().toString() == "Ctrl+O"
    button.click()  # returns at once: open(), not exec()
    dialog = strip.file_dialog()
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert dialog.fileMode() == QFileDialog.FileMode.ExistingFiles
    assert strip.open_file_dialog() is dialog  # a second Ctrl+O raises the same dialog
    dialog.setDirectory(str(tmp_path))
    dialog.selectFile(f'"{first.name}" "{second.name}"')
    with qtbot.waitSignal(strip.add_requested) as requested:
        dialog.accept()
    assert sorted(requested.args[0]) == sorted([first, second])
    assert strip.file_dialog() is None


@OFFSCREEN_DIALOG
def test_cancelling_the_dialog_requests_nothing(
    qtbot: QtBot, strip: AttachmentStrip, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(AttachmentStrip, "native_file_dialog", False)
    requested: list[object] = []
    strip.add_requested.connect(requested.append)
    dialog = strip.open_file_dialog()
    dialog.reject()
    assert requested == [] and strip.file_dialog() is None


def test_many_files_wrap_in_rows_never_cut_off_and_the_strip_scrolls(
    qtbot: QtBot, strip: AttachmentStrip
) -> None:
    for number in range(14):
        strip.add(attachment(f"photo {number}.jpg"))
    strip.window().activateWindow()
    qtbot.waitActive(strip.window())
    chips = strip.chips()
    qtbot.waitUntil(lambda: chips[-1].geometry().top() > chips[0].geometry().top())
    viewport = chips[0].parentWidget()
    rows = sorted({chip.geometry().top() for chip in chips})
    assert len(rows) >= 3  # several to a row, in more rows than are shown
    # Never cut off sideways: every chip inside the strip's width.
    assert all(chip.geometry().right() <= viewport.width() for chip in chips)
    scroll_bar = strip.findChild(QScrollArea, "attachmentScroll").verticalScrollBar()
    qtbot.waitUntil(lambda: scroll_bar.maximum() > 0)
    assert scroll_bar.value() == 0
    # Two rows on show, so the question box keeps its room.
    assert strip.height() < 3 * chips[0].height() + 4 * 8
    # Tabbing (or arrowing) to the last file scrolls it into view.
    chips[-1].setFocus()
    qtbot.waitUntil(lambda: scroll_bar.value() > 0)
    area = strip.findChild(QScrollArea, "attachmentScroll").viewport()
    top_left = chips[-1].mapTo(area, chips[-1].rect().topLeft())
    assert top_left.y() >= 0 and top_left.y() + chips[-1].height() <= area.height()
