"""The attachment strip above the prompt: a chip per file, refusals in plain words, the
Attach action (Ctrl+O) with its file dialog, and the clip editor of a video's chip."""

from __future__ import annotations

import dataclasses
import functools
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import icons, theme
from desktop.ui.attachments.chip_size import CHIP_HEIGHT
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.theme import rgba

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog  # made when Attach is first pressed

    from desktop.ui.attachments.chip import AttachmentChip  # with the first file (issue 17)
    from desktop.ui.attachments.clip_editor import ClipEditorDialog  # a video's, when asked
    from desktop.ui.attachments.model import Attachment

log = logging.getLogger(__name__)

SPACING = 8
VISIBLE_ROWS = 2
"""Rows of chips shown before the strip scrolls, so twenty photos leave room for the prompt."""
MAX_PROBLEMS_SHOWN = 6

_PATTERNS = {
    "photos": "jpg jpeg png webp heic heif",
    "videos": "mp4 mov m4v 3gp avi mpeg mpg webm wmv flv",
    "recordings": "mp3 m4a wav flac ogg oga opus aac",
    "documents": "pdf txt md csv json html xml",
}


def _patterns(kinds: Sequence[str]) -> str:
    # Both cases: some platform dialogs match patterns case-sensitively (IMG_0001.JPG).
    suffixes = [s for kind in kinds for s in _PATTERNS[kind].split()]
    return " ".join(f"*.{s} *.{s.upper()}" for s in suffixes)


class _ChipScrollArea(QScrollArea):
    """Asks for the height of the rows it should show (a plain QScrollArea asks for one
    chip's worth, its widget's minimum)."""

    wanted_height = CHIP_HEIGHT

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.wanted_height)


def _style_attach_button(button: QToolButton, palette: QPalette) -> None:
    text = palette.color(palette.ColorRole.Text)
    hover = theme.accent_color(palette)
    hover.setAlpha(110)
    button.setStyleSheet(
        f"""
        QToolButton#attachButton {{
            color: {text.name()};
            background: transparent;
            border: 1px solid transparent;
            border-radius: 9px;
            padding: 5px 10px 5px 6px;
        }}
        QToolButton#attachButton:hover {{ border-color: {rgba(hover)}; }}
        """
    )


class AttachmentStrip(QWidget):
    """Holds the attachments of the next message; hidden while it has nothing to show.

    The controller fills it (`add`), takes everything when the message is sent (`take_all`)
    and gives it back if sending fails (`restore`). Files chosen in the dialog come out as
    `add_requested`; the strip never reads a file itself.
    """

    changed = Signal()
    """Attachments were added, removed, taken, restored or replaced (a clip chosen)."""
    add_requested = Signal(list)
    """list[Path]: files the user chose with Attach (Ctrl+O)."""

    native_file_dialog = True
    """Tests turn this off to drive Qt's own dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentStrip")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._chips: list[AttachmentChip] = []
        self._problems: list[str] = []
        self._pending = 0
        self._dialog: QFileDialog | None = None
        self._clip_editor: ClipEditorDialog | None = None
        self._clip_chip: AttachmentChip | None = None
        self._last_folder: str | None = None

        self._attach_action = QAction(self.tr("&Attach files…"), self)
        self._attach_action.setObjectName("attachAction")
        self._attach_action.setIconText(self.tr("Attach"))
        self._attach_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        keys = self._attach_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self._attach_action.setToolTip(
            self.tr("Attach photos, videos, recordings, PDFs or text files (%1)").replace(
                "%1", keys
            )
        )
        self._attach_action.triggered.connect(self._on_attach_action_triggered)

        # Refusals: one line per file, until dismissed or the next drop.
        self._problem_frame = QFrame(self)
        self._problem_frame.setObjectName("attachmentProblems")
        self._problem_icon = QLabel(self._problem_frame)
        self._problem_icon.setObjectName("attachmentProblemIcon")
        self._problem_label = QLabel(self._problem_frame)
        self._problem_label.setObjectName("attachmentProblemText")
        self._problem_label.setWordWrap(True)
        self._problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self._problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._problem_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._problem_close = QToolButton(self._problem_frame)
        self._problem_close.setObjectName("attachmentProblemsClose")
        self._problem_close.setAutoRaise(True)
        self._problem_close.setToolTip(self.tr("Hide this message"))
        self._problem_close.setAccessibleName(self.tr("Hide this message"))
        self._problem_close.setCursor(Qt.CursorShape.PointingHandCursor)
        problem_layout = QHBoxLayout(self._problem_frame)
        problem_layout.setContentsMargins(10, 6, 4, 6)
        problem_layout.setSpacing(8)
        problem_layout.addWidget(self._problem_icon, 0, Qt.AlignmentFlag.AlignTop)
        problem_layout.addWidget(self._problem_label, 1)
        problem_layout.addWidget(self._problem_close, 0, Qt.AlignmentFlag.AlignTop)
        self._problem_frame.hide()

        self._pending_label = QLabel(self)
        self._pending_label.setObjectName("attachmentPending")
        self._pending_label.hide()

        self._container = QWidget()
        self._container.setObjectName("attachmentChips")
        self._flow = FlowLayout(self._container, SPACING)
        self._scroll = _ChipScrollArea(self)
        self._scroll.setObjectName("attachmentScroll")
        self._scroll.setWidget(self._container)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self._problem_frame)
        layout.addWidget(self._pending_label)
        layout.addWidget(self._scroll)

        self._problem_close.clicked.connect(self._on_problem_close_clicked)
        theme.follow(self, self._apply_palette)
        self.setVisible(False)

    # -- attachments ----------------------------------------------------------------------

    def add(self, attachment: Attachment) -> None:
        self._insert(len(self._chips), attachment)
        self._refresh()
        self.changed.emit()

    def remove(self, index: int) -> Attachment:
        """Remove the attachment at `index` and return it."""
        chip = self._chips.pop(index)
        self._drop_chip(chip)
        self._refresh()
        self.changed.emit()
        return chip.attachment

    def replace(self, index: int, attachment: Attachment) -> None:
        """Show `attachment` in place of the one at `index` (the same file, changed)."""
        self._chips[index].set_attachment(attachment)
        self.changed.emit()

    def set_clip(self, index: int, start: float | None, end: float | None) -> None:
        """Send only seconds `start` to `end` of the video or recording at `index` (None:
        from its start / to its end)."""
        attachment = self._chips[index].attachment
        if (attachment.clip_start, attachment.clip_end) == (start, end):
            return
        self.replace(index, dataclasses.replace(attachment, clip_start=start, clip_end=end))

    def set_media_resolution(self, index: int, level: str | None) -> None:
        """Send the file at `index` at its own media resolution (None: the Settings')."""
        attachment = self._chips[index].attachment
        if attachment.media_resolution != level:
            self.replace(index, dataclasses.replace(attachment, media_resolution=level))

    def attachments(self) -> list[Attachment]:
        return [chip.attachment for chip in self._chips]

    def count(self) -> int:
        return len(self._chips)

    def chips(self) -> list[AttachmentChip]:
        return list(self._chips)

    def clear(self) -> None:
        """Remove every attachment (and any refusal message)."""
        self.take_all()

    def take_all(self) -> list[Attachment]:
        """Everything attached, in order, leaving the strip empty: the message takes them."""
        taken = self.attachments()
        chips, self._chips = self._chips, []
        for chip in chips:
            self._drop_chip(chip)
        self._problems.clear()
        self._refresh()
        if taken:
            self.changed.emit()
        return taken

    def restore(self, attachments: Sequence[Attachment]) -> None:
        """Put back what `take_all` took (sending failed), before anything added since."""
        if not attachments:
            return
        for offset, attachment in enumerate(attachments):
            self._insert(offset, attachment)
        self._refresh()
        self.changed.emit()

    # -- refusals and progress ----------------------------------------------------------------

    def add_problems(self, messages: Sequence[str]) -> None:
        """Show why files were refused, one line each, until dismissed or cleared."""
        if not messages:
            return
        self._problems.extend(messages)
        self._refresh()

    def clear_problems(self) -> None:
        if self._problems:
            self._problems.clear()
            self._refresh()

    def problems(self) -> list[str]:
        return list(self._problems)

    def problem_text(self) -> str:
        """The refusal message as shown (empty when hidden)."""
        return self._problem_label.text() if self._problems else ""

    def set_pending(self, count: int) -> None:
        """How many files are still being prepared ("Adding 3 files…")."""
        self._pending = max(0, count)
        self._refresh()

    def pending_text(self) -> str:
        return self._pending_label.text() if self._pending else ""

    # -- Attach (Ctrl+O) ------------------------------------------------------------------------

    @property
    def attach_action(self) -> QAction:
        """Add it to a visible widget or menu: a hidden strip's shortcut does not fire."""
        return self._attach_action

    def make_attach_button(self, parent: QWidget | None = None) -> QToolButton:
        """A paperclip button for the composer, triggering `attach_action`."""
        button = QToolButton(parent)
        button.setObjectName("attachButton")
        button.setDefaultAction(self._attach_action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setAccessibleName(self.tr("Attach files"))
        # Its own style sheet, in the palette's colours: again after a light/dark switch.
        theme.follow(button, functools.partial(_style_attach_button, button))
        return button

    def file_dialog(self) -> QFileDialog | None:
        """The open file dialog, while it is showing."""
        return self._dialog

    def open_file_dialog(self) -> QFileDialog:
        """Show the file dialog (window-modal, with open(), never exec()); the chosen files
        come out as `add_requested`."""
        from PySide6.QtWidgets import QFileDialog

        if self._dialog is not None:
            self._dialog.activateWindow()
            return self._dialog
        dialog = QFileDialog(self.window(), self.tr("Attach files"))
        dialog.setObjectName("attachFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, not self.native_file_dialog)
        dialog.setOption(QFileDialog.Option.HideNameFilterDetails, True)
        everything = ["photos", "videos", "recordings", "documents"]
        dialog.setNameFilters(
            [
                self.tr("Photos, videos, recordings, PDFs and text (%1)").replace(
                    "%1", _patterns(everything)
                ),
                self.tr("Photos (%1)").replace("%1", _patterns(["photos"])),
                self.tr("Videos (%1)").replace("%1", _patterns(["videos"])),
                self.tr("Recordings (%1)").replace("%1", _patterns(["recordings"])),
                self.tr("All files (*)"),
            ]
        )
        if self._last_folder:
            dialog.setDirectory(self._last_folder)
        dialog.filesSelected.connect(self._on_dialog_files_selected)
        dialog.finished.connect(self._on_dialog_finished)
        self._dialog = dialog
        dialog.open()
        return dialog

    # -- clips ------------------------------------------------------------------------------

    def clip_editor(self) -> ClipEditorDialog | None:
        """The open clip editor, while it is showing."""
        return self._clip_editor

    def open_clip_editor(self, index: int) -> ClipEditorDialog:
        """Show the clip editor of the chip at `index` (window-modal, with open(), never
        exec()); accepting it sets the chip's clip."""
        chip = self._chips[index]
        if self._clip_editor is not None:
            if self._clip_chip is chip:
                self._clip_editor.activateWindow()
                return self._clip_editor
            self._clip_editor.reject()
        from desktop.ui.attachments.clip_editor import ClipEditorDialog

        dialog = ClipEditorDialog(chip.attachment, self.window())
        dialog.clip_chosen.connect(self._on_clip_editor_clip_chosen)
        dialog.finished.connect(self._on_clip_editor_finished)
        self._clip_editor, self._clip_chip = dialog, chip
        dialog.open()
        return dialog

    # -- internals --------------------------------------------------------------------------

    def _insert(self, index: int, attachment: Attachment) -> None:
        # Imported with the first file: the empty strip of the first frame needs neither
        # the chips nor the conversation model their files come from (issue 17).
        from desktop.ui.attachments.chip import AttachmentChip

        chip = AttachmentChip(attachment, self._container)
        chip.remove_requested.connect(self._on_chip_remove_requested)
        chip.focus_move_requested.connect(self._on_chip_focus_move_requested)
        chip.clip_requested.connect(self._on_chip_clip_requested)
        chip.resolution_chosen.connect(self._on_chip_resolution_chosen)
        self._chips.insert(index, chip)
        self._flow.insertWidget(index, chip)
        chip.show()

    def _drop_chip(self, chip: AttachmentChip) -> None:
        if chip is self._clip_chip and self._clip_editor is not None:
            self._clip_editor.reject()  # its file is gone: nothing to clip
        self._flow.removeWidget(chip)
        chip.hide()
        chip.deleteLater()

    def _refresh(self) -> None:
        shown = self._problems[:MAX_PROBLEMS_SHOWN]
        lines = list(shown)
        if len(self._problems) > len(shown):
            hidden = len(self._problems) - len(shown)
            lines.append(
                self.tr("%n more file(s) could not be added.", "", hidden).replace(
                    "%n", str(hidden)
                )
            )
        self._problem_label.setText("\n".join(lines))
        self._problem_frame.setVisible(bool(self._problems))
        self._pending_label.setText(
            self.tr("Adding %n file(s)…", "", self._pending).replace("%n", str(self._pending))
        )
        self._pending_label.setVisible(self._pending > 0)
        self._scroll.setVisible(bool(self._chips))
        self._update_scroll_height()
        self.setVisible(bool(self._chips or self._problems or self._pending))
        self.updateGeometry()

    def _update_scroll_height(self) -> None:
        if not self._chips:
            return
        width = self._scroll.viewport().width() if self._scroll.isVisible() else self.width()
        needed = self._flow.heightForWidth(max(width, 1))
        limit = VISIBLE_ROWS * CHIP_HEIGHT + (VISIBLE_ROWS - 1) * SPACING
        # Up to VISIBLE_ROWS rows; in a cramped window it may shrink to one row and scroll
        # rather than cut chips off.
        self._scroll.wanted_height = min(needed, limit)
        self._scroll.setMinimumHeight(min(needed, CHIP_HEIGHT))
        self._scroll.setMaximumHeight(self._scroll.wanted_height)
        self._scroll.updateGeometry()

    def _apply_palette(self, palette: QPalette) -> None:
        dark = theme.is_dark(palette)
        base = palette.color(palette.ColorRole.Base)
        text = palette.color(palette.ColorRole.Text)
        muted = palette.color(palette.ColorRole.PlaceholderText)
        accent = theme.accent_color(palette)
        chip_background = base.lighter(135) if dark else palette.color(palette.ColorRole.Window)
        border = QColor(255, 255, 255, 30) if dark else QColor(24, 28, 60, 30)
        hover = QColor(accent)
        hover.setAlpha(120)
        warning = QColor(theme.AMBER)
        pressed = QColor(accent)
        pressed.setAlpha(40)
        scroll_handle = QColor(muted)
        scroll_handle.setAlpha(110)
        self.setStyleSheet(
            f"""
            #attachmentScroll, #attachmentChips {{ background: transparent; }}
            #attachmentScroll QScrollBar:vertical {{
                background: transparent; width: 8px; margin: 2px 0 2px 0;
            }}
            #attachmentScroll QScrollBar::handle:vertical {{
                background: {rgba(scroll_handle)}; border-radius: 4px; min-height: 24px;
            }}
            #attachmentScroll QScrollBar::add-line:vertical,
            #attachmentScroll QScrollBar::sub-line:vertical {{ height: 0; }}
            #attachmentScroll QScrollBar::add-page:vertical,
            #attachmentScroll QScrollBar::sub-page:vertical {{ background: transparent; }}
            QFrame#attachmentChip {{
                background: {chip_background.name()};
                border: 1px solid {rgba(border)};
                border-radius: 12px;
            }}
            QFrame#attachmentChip:hover {{ border-color: {rgba(hover)}; }}
            QFrame#attachmentChip:focus {{ border: 2px solid {accent.name()}; }}
            #attachmentName {{ color: {text.name()}; }}
            #attachmentDetails {{ color: {rgba(muted)}; }}
            QToolButton#attachmentRemove {{
                border: none; border-radius: 11px; padding: 3px; background: transparent;
            }}
            QToolButton#attachmentRemove:hover {{
                background: {rgba(pressed)};
            }}
            QFrame#attachmentProblems {{
                background: {rgba(theme.AMBER, 40 if dark else 20)};
                border: 1px solid {rgba(theme.AMBER, 110)};
                border-radius: 10px;
            }}
            #attachmentProblemText {{ color: {text.name()}; }}
            QToolButton#attachmentProblemsClose {{ border: none; padding: 2px; }}
            #attachmentPending {{ color: {rgba(muted)}; padding-left: 2px; }}
            """
        )
        self._problem_icon.setPixmap(
            icons.pixmap("warning", warning.lighter(150) if dark else warning, 18)
        )
        self._problem_close.setIcon(icons.icon("close", muted, 16))
        self._attach_action.setIcon(icons.icon("attach", accent, 18))
        for chip in self._chips:
            chip.update_colors()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scroll_height()

    def _sender_index(self) -> int | None:
        """Where the chip that sent the signal is in the strip (None: it is gone)."""
        chip = self.sender()
        for index, shown in enumerate(self._chips):
            if shown is chip:
                return index
        return None

    def _on_chip_remove_requested(self) -> None:
        index = self._sender_index()
        if index is None:
            return
        chip = self._chips[index]
        had_focus = chip.hasFocus()
        self.remove(index)
        if had_focus and self._chips:
            self._chips[min(index, len(self._chips) - 1)].setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_chip_focus_move_requested(self, step: int) -> None:
        at = self._sender_index()
        if at is None:
            return
        index = at + step
        if 0 <= index < len(self._chips):
            self._chips[index].setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_chip_clip_requested(self) -> None:
        index = self._sender_index()
        if index is not None:
            self.open_clip_editor(index)

    def _on_chip_resolution_chosen(self, level: str | None) -> None:
        index = self._sender_index()
        if index is not None:
            self.set_media_resolution(index, level)

    def _on_clip_editor_clip_chosen(self, start: float | None, end: float | None) -> None:
        if self._clip_chip in self._chips:
            self.set_clip(self._chips.index(self._clip_chip), start, end)

    def _on_clip_editor_finished(self, _result: int) -> None:
        dialog = self.sender()
        if dialog is not self._clip_editor:
            return
        chip, self._clip_editor, self._clip_chip = self._clip_chip, None, None
        if dialog is not None:  # the clip editor that was open
            dialog.deleteLater()
        if chip is not None and chip in self._chips:
            chip.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_problem_close_clicked(self) -> None:
        self.clear_problems()

    def _on_attach_action_triggered(self) -> None:
        self.open_file_dialog()

    def _on_dialog_files_selected(self, files: list[str]) -> None:
        paths = [Path(name) for name in files]
        if paths:
            self._last_folder = str(paths[0].parent)
            self.add_requested.emit(paths)

    def _on_dialog_finished(self, _result: int) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is not None:
            dialog.deleteLater()
