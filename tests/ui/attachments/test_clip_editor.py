"""Videos in the strip: the chip's frame with a play badge, its length and clip range, and
the clip editor (opened with open()) that chooses the part to send."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QMenu
from pytestqt.qtbot import QtBot

from desktop.ui.attachments import Attachment, AttachmentController, AttachmentStrip
from desktop.ui.attachments.chip import PREVIEW_SIZE
from desktop.ui.attachments.clip_editor import ClipEditorDialog
from desktop.ui.attachments.loader import load_file
from tests import media
from tests.ui.attachments.conftest import wait_for

MB = 1024 * 1024


def video(name: str = "holiday.mp4", duration: float | None = 754.0, **extra: object) -> Attachment:
    """A video as the loader makes it (12:34, 820 MB on disk), with a blue frame."""
    frame = QImage(160, 90, QImage.Format.Format_RGB32)
    frame.fill(Qt.GlobalColor.darkBlue)
    return Attachment(
        name=name,
        mime_type="video/mp4",
        data=None,
        size=820 * MB,
        thumbnail=frame,
        duration_seconds=duration,
        source_path=Path("/videos") / name,
        has_audio=True,
        **extra,  # type: ignore[arg-type]
    )


def recording(name: str = "memo.m4a", duration: float = 95.0) -> Attachment:
    return Attachment(
        name=name, mime_type="audio/mp4", data=b"x", size=MB, duration_seconds=duration
    )


def at(text: str) -> QTime:
    return QTime.fromString(text, "H:mm:ss")


def open_editor(qtbot: QtBot, strip: AttachmentStrip, index: int = 0) -> ClipEditorDialog:
    button = strip.chips()[index].clip_button
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    editor = strip.clip_editor()
    assert editor is not None
    qtbot.waitExposed(editor)
    return editor


# -- chips -----------------------------------------------------------------------------------


def test_a_video_chip_shows_length_and_size_then_the_clip(
    qtbot: QtBot, strip: AttachmentStrip
) -> None:
    strip.add(video())
    strip.add(video("clip.mp4", clip_start=10.0, clip_end=45.0))
    strip.add(video("rest.mp4", clip_start=70.0))
    strip.add(video("unknown.mp4", duration=None, clip_start=5.0))
    whole, clipped, rest, unknown = strip.chips()
    assert whole.details_text() == "Video · 12:34 · 820 MB"
    assert clipped.details_text() == "Video · 0:10–0:45 of 12:34"
    # Too long for the chip in some fonts: then the tile alone says it is a video.
    assert rest.details_text() in ("Video · 1:10–12:34 of 12:34", "1:10–12:34 of 12:34")
    assert unknown.details_text() == "Video · from 0:05"
    assert clipped.accessibleDescription() == "Video · 0:10–0:45 of 12:34"


def test_a_video_frame_gets_a_play_badge_and_a_clip_button_a_photo_does_not(
    qtbot: QtBot, strip: AttachmentStrip, tmp_path: Path
) -> None:
    path = media.write(tmp_path / "beach.webm", media.video("webm", 3.0, size=(320, 180)))
    strip.add(load_file(path))
    photo = QImage(160, 90, QImage.Format.Format_RGB32)
    photo.fill(Qt.GlobalColor.darkBlue)
    strip.add(Attachment("photo.jpg", "image/jpeg", b"x", 1000, thumbnail=photo))
    clip, picture = strip.chips()
    assert clip.attachment.thumbnail is not None  # the video's own frame
    assert clip.clip_button is not None and clip.clip_button.isVisible()
    assert picture.clip_button is None
    # The badge's white triangle sits in the middle of the video's tile only.
    for chip, white in ((clip, True), (picture, False)):
        preview = chip.findChild(QLabel, "attachmentPreview")
        image = preview.pixmap().toImage()
        middle = image.pixelColor(image.width() // 2, image.height() // 2)
        assert (middle.lightness() > 200) is white
        assert preview.pixmap().deviceIndependentSize().toSize().width() == PREVIEW_SIZE


def test_a_large_video_is_attached_from_disk_with_its_frame_and_length(
    qtbot: QtBot, strip: AttachmentStrip, controller: AttachmentController, tmp_path: Path
) -> None:
    """20 MB, over the inline limit: not read into memory, probed where it is."""
    path = media.write(tmp_path / "wedding.mp4", media.video("mp4", 2.0, size=(320, 180)))
    with path.open("r+b") as file:
        file.truncate(20 * MB)
    controller.add_paths([path])
    wait_for(qtbot, controller, 1)
    attachment = strip.attachments()[0]
    assert attachment.data is None and attachment.source == path
    assert attachment.size == 20 * MB
    assert attachment.duration_seconds == pytest.approx(2.0)
    assert attachment.has_audio is True
    assert attachment.thumbnail is not None
    assert attachment.thumbnail.size().toTuple() == (160, 90)
    assert strip.chips()[0].details_text() == "Video · 0:02 · 20 MB"


# -- the editor ------------------------------------------------------------------------------


def test_choosing_a_part_sets_the_clip_on_the_strip(qtbot: QtBot, strip: AttachmentStrip) -> None:
    strip.add(video())
    editor = open_editor(qtbot, strip)
    assert editor.isWindowModal() if hasattr(editor, "isWindowModal") else True
    assert editor.windowModality() == Qt.WindowModality.WindowModal  # open(), not exec()
    assert editor.start_edit.time() == at("0:00:00")
    assert editor.end_edit.time() == at("0:12:34")
    assert editor.summary_text() == "The model will see the whole video (12:34)."

    editor.start_edit.setTime(at("0:00:10"))
    editor.end_edit.setTime(at("0:00:45"))
    assert editor.summary_text() == "The model will see 0:10 to 0:45 (35 seconds)."
    assert editor.ok_button.isEnabled()
    with qtbot.waitSignal(strip.changed):
        qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    attachment = strip.attachments()[0]
    assert (attachment.clip_start, attachment.clip_end) == (10.0, 45.0)
    assert attachment.source_path == Path("/videos/holiday.mp4")  # the same file
    assert strip.chips()[0].details_text() == "Video · 0:10–0:45 of 12:34"
    qtbot.waitUntil(lambda: strip.clip_editor() is None)
    assert not editor.isVisible()


def test_the_editor_starts_from_the_clip_and_whole_video_clears_it(
    qtbot: QtBot, strip: AttachmentStrip
) -> None:
    strip.add(video(clip_start=70.0, clip_end=130.0))
    editor = open_editor(qtbot, strip)
    assert editor.start_edit.time() == at("0:01:10")
    assert editor.end_edit.time() == at("0:02:10")
    assert editor.summary_text() == "The model will see 1:10 to 2:10 (60 seconds)."
    editor.end_edit.setTime(at("0:12:34"))  # to the end
    assert editor.summary_text() == "The model will see 1:10 to 12:34 (11 minutes)."
    assert editor.clip() == (70.0, None)
    qtbot.mouseClick(editor.whole_button, Qt.MouseButton.LeftButton)
    assert editor.clip() == (None, None)
    with qtbot.waitSignal(strip.changed):
        editor.accept()
    attachment = strip.attachments()[0]
    assert (attachment.clip_start, attachment.clip_end) == (None, None)
    assert strip.chips()[0].details_text() == "Video · 12:34 · 820 MB"


def test_an_end_before_the_start_is_explained_and_ok_is_disabled(
    qtbot: QtBot, strip: AttachmentStrip
) -> None:
    strip.add(video())
    editor = open_editor(qtbot, strip)
    editor.start_edit.setTime(at("0:00:50"))
    editor.end_edit.setTime(at("0:00:20"))
    assert not editor.ok_button.isEnabled()
    assert editor.summary_text().startswith("The end must come after the start.")
    editor.accept()  # Enter on a field: nothing happens
    assert editor.isVisible() and strip.attachments()[0].clip_start is None
    editor.end_edit.setTime(at("0:00:50"))  # equal is no better
    assert not editor.ok_button.isEnabled()
    editor.end_edit.setTime(at("0:01:05"))
    assert editor.ok_button.isEnabled()
    assert editor.summary_text() == "The model will see 0:50 to 1:05 (15 seconds)."


def test_times_cannot_go_past_the_end_of_the_video(qtbot: QtBot, strip: AttachmentStrip) -> None:
    strip.add(video(duration=83.0))
    editor = open_editor(qtbot, strip)
    assert editor.start_edit.displayFormat() == "m:ss"
    editor.start_edit.setTime(at("0:05:00"))
    editor.end_edit.setTime(at("0:09:00"))
    assert editor.start_edit.time() == at("0:01:23")
    assert editor.end_edit.time() == at("0:01:23")
    assert not editor.ok_button.isEnabled()


def test_cancel_changes_nothing(qtbot: QtBot, strip: AttachmentStrip) -> None:
    original = video(clip_start=10.0, clip_end=20.0)
    strip.add(original)
    editor = open_editor(qtbot, strip)
    editor.start_edit.setTime(at("0:03:00"))
    editor.end_edit.setTime(at("0:04:00"))
    changes: list[None] = []
    strip.changed.connect(lambda: changes.append(None))
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: strip.clip_editor() is None)
    assert strip.attachments()[0] is original
    assert changes == []
    assert strip.chips()[0].hasFocus()  # back where the user was


def test_without_a_known_length_end_is_free_and_reads_the_end(
    qtbot: QtBot, strip: AttachmentStrip
) -> None:
    strip.add(video(duration=None))
    editor = open_editor(qtbot, strip)
    assert editor.start_edit.displayFormat() == "H:mm:ss"
    assert editor.end_edit.text() == "the end"
    assert editor.summary_text() == "The model will see the whole video."
    editor.start_edit.setTime(at("2:00:10"))  # no upper bound but the clock's
    assert editor.start_edit.time() == at("2:00:10")
    assert editor.summary_text() == "The model will see 2:00:10 to the end."
    assert editor.ok_button.isEnabled()
    editor.end_edit.setTime(at("2:01:00"))
    assert editor.summary_text() == "The model will see 2:00:10 to 2:01:00 (50 seconds)."
    with qtbot.waitSignal(strip.changed):
        editor.accept()
    attachment = strip.attachments()[0]
    assert (attachment.clip_start, attachment.clip_end) == (7210.0, 7260.0)


def test_a_recording_is_heard(qtbot: QtBot, strip: AttachmentStrip) -> None:
    strip.add(recording())
    editor = open_editor(qtbot, strip)
    assert editor.whole_button.text() == "&Whole recording"
    assert editor.summary_text() == "The model will hear the whole recording (1:35)."
    editor.start_edit.setTime(at("0:00:15"))
    assert editor.summary_text() == "The model will hear 0:15 to 1:35 (80 seconds)."
    with qtbot.waitSignal(strip.changed):
        editor.accept()
    assert strip.chips()[0].details_text() in (
        "Recording · 0:15–1:35 of 1:35",
        "0:15–1:35 of 1:35",  # when the font is too wide for the whole line
    )
    assert strip.chips()[0].accessibleDescription() == "Recording · 0:15–1:35 of 1:35"


def test_double_click_enter_and_the_context_menu_open_the_editor(
    qtbot: QtBot, strip: AttachmentStrip
) -> None:
    strip.add(video())
    chip = strip.chips()[0]
    qtbot.mouseDClick(chip, Qt.MouseButton.LeftButton, pos=QPoint(120, 20))
    editor = strip.clip_editor()
    assert editor is not None
    editor.reject()
    qtbot.waitUntil(lambda: strip.clip_editor() is None)

    chip.setFocus()
    qtbot.keyClick(chip, Qt.Key.Key_Return)
    editor = strip.clip_editor()
    assert editor is not None
    editor.reject()
    qtbot.waitUntil(lambda: strip.clip_editor() is None)

    menu = chip.context_menu()
    assert isinstance(menu, QMenu)
    actions = {action.objectName(): action for action in menu.actions()}
    assert set(actions) == {
        "attachmentClipAction",
        "attachmentResolutionAction",  # this file's own detail: tests/ui/attachments/
        "attachmentRemoveAction",  # test_resolution_menu.py
    }
    actions["attachmentClipAction"].trigger()
    assert strip.clip_editor() is not None
    strip.clip_editor().reject()  # type: ignore[union-attr]
    menu.close()


def test_removing_the_file_closes_its_editor(qtbot: QtBot, strip: AttachmentStrip) -> None:
    strip.add(video("a.mp4"))
    strip.add(video("b.mp4"))
    editor = open_editor(qtbot, strip, 1)
    strip.remove(1)
    qtbot.waitUntil(lambda: strip.clip_editor() is None)
    assert not editor.isVisible()
    assert [a.name for a in strip.attachments()] == ["a.mp4"]
    # Sending (take_all) closes it too.
    editor = open_editor(qtbot, strip, 0)
    strip.take_all()
    assert strip.clip_editor() is None


def test_set_clip_on_the_strip_directly(qtbot: QtBot, strip: AttachmentStrip) -> None:
    strip.add(video())
    with qtbot.waitSignal(strip.changed):
        strip.set_clip(0, 5.0, None)
    assert strip.attachments()[0].clip_start == 5.0
    changes: list[None] = []
    strip.changed.connect(lambda: changes.append(None))
    strip.set_clip(0, 5.0, None)  # the same: no change
    assert changes == []


def test_a_youtube_link_can_be_clipped_too(qtbot: QtBot, strip: AttachmentStrip) -> None:
    from desktop.ui.attachments.links import attachment_for_link

    strip.add(attachment_for_link("https://youtu.be/dQw4w9WgXcQ"))
    editor = open_editor(qtbot, strip)
    assert editor.end_edit.text() == "the end"  # a link's length is not known here
    editor.start_edit.setTime(at("0:00:30"))
    with qtbot.waitSignal(strip.changed):
        editor.accept()
    link = strip.attachments()[0]
    assert (link.clip_start, link.clip_end, link.kind) == (30.0, None, "youtube")
