"""The set-up dialog of Describe a folder: what was chosen reads as a heading, the folder's
name (shortened in the middle when long), with its whole path on a quieter line and in the
tooltips."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontMetrics, QPalette
from pytestqt.qtbot import QtBot

from desktop.ui.batch.setup_dialog import BatchSetupDialog

LONG_NAME = "2026-06-14 Wedding of Anna and Tomás, ceremony and reception, all three cameras"


def dialog_for(qtbot: QtBot, paths: list[Path], width: int = 760) -> BatchSetupDialog:
    dialog = BatchSetupDialog()
    qtbot.addWidget(dialog)
    dialog.resize(width, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.set_sources(paths)
    return dialog


def test_the_heading_is_the_folders_name_and_the_path_goes_under_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "Photos" / "2026" / "Harbour"
    dialog = dialog_for(qtbot, [folder])
    assert dialog.source_name.text() == "Harbour"
    assert dialog.source_name.toolTip() == str(folder)
    assert dialog.source_path.isVisible() and dialog.source_path.toolTip() == str(folder)
    assert dialog.source_path.text() == str(folder)
    assert dialog.source_path.foregroundRole() is QPalette.ColorRole.PlaceholderText
    name_font = dialog.source_name.font()
    assert name_font.bold() and name_font.pointSizeF() > dialog.source_path.font().pointSizeF()


def test_a_long_name_is_shortened_in_the_middle_to_fit(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "deep" / "archive" / LONG_NAME
    dialog = dialog_for(qtbot, [folder], width=420)
    shown = dialog.source_name.text()
    assert "…" in shown and shown != LONG_NAME
    assert shown.startswith("2026-06") and shown.endswith("cameras")  # both ends kept
    room = dialog.source_name.contentsRect().width()
    assert QFontMetrics(dialog.source_name.font()).horizontalAdvance(shown) <= room
    path_shown = dialog.source_path.text()
    assert "…" in path_shown and path_shown.endswith("cameras")
    dialog.resize(1600, 640)  # room again: the whole name
    qtbot.waitUntil(lambda: dialog.source_name.text() == LONG_NAME)


def test_many_files_and_folders_are_counted_and_named_under(qtbot: QtBot, tmp_path: Path) -> None:
    paths = [tmp_path / "Harbour", tmp_path / "kite.jpg", tmp_path / "boats.jpg"]
    dialog = dialog_for(qtbot, paths)
    assert dialog.source_name.text() == "3 files and folders"
    assert dialog.source_path.text() == "Harbour, kite.jpg, boats.jpg"
    assert dialog.source_name.toolTip() == "\n".join(str(p) for p in paths)
