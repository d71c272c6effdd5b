"""The clip editor: which part of a video or recording the model is given (Gemini's
videoMetadata start and end offsets), chosen with a start and an end time, with a sentence
that says what will be sent."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTime, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import theme
from desktop.ui.attachments import glyphs
from desktop.ui.attachments.model import Attachment, format_duration, format_size
from desktop.ui.elided_label import ElidedLabel
from desktop.ui.theme import rgba

FRAME_BOX = QSize(168, 104)
"""The largest the video's picture is shown (logical pixels)."""
_DAY_MS = 24 * 3600 * 1000 - 1000
"""QTime's last whole second: the upper bound when the length is not known."""


def _time(ms: int) -> QTime:
    return QTime(0, 0).addMSecs(max(0, min(ms, _DAY_MS)))


def _ms(edit: QTimeEdit) -> int:
    return QTime(0, 0).msecsTo(edit.time())


class ClipEditorDialog(QDialog):
    """Start and End times, "Whole video", and a live sentence ("The model will see 0:10 to
    0:45 (35 seconds).") that turns into a warning, with OK disabled, when the end is not
    after the start. Without a known length, End starts at "the end" and is not bounded.

    Open it with open(), never exec(): it is window-modal and returns at once. Accepting
    emits `clip_chosen(start, end)`, each seconds or None (from the start / to the end).
    """

    clip_chosen = Signal(object, object)
    """(float | None, float | None): the part chosen; (None, None) is the whole."""

    def __init__(self, attachment: Attachment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attachment = attachment
        self.setObjectName("clipEditor")
        self.setWindowTitle(self.tr("Choose the part to send"))
        duration = attachment.duration_seconds
        self._length_ms = round(duration * 1000) if duration is not None and duration > 0 else None
        is_video = attachment.kind == "video"

        # -- the file: its picture, name and length
        self._frame = QLabel(self)
        self._frame.setObjectName("clipFrame")
        self._frame.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._name = ElidedLabel(attachment.name, Qt.TextElideMode.ElideMiddle, self)
        self._name.setObjectName("clipName")
        name_font = QFont(self._name.font())
        name_font.setWeight(QFont.Weight.DemiBold)
        name_font.setPointSizeF(name_font.pointSizeF() * 1.15)
        self._name.setFont(name_font)
        facts = [attachment.kind_label()]
        if duration is not None:
            facts.append(format_duration(duration))
        if attachment.size:
            facts.append(format_size(attachment.size))
        self._facts = QLabel(" · ".join(facts), self)
        self._facts.setObjectName("clipFacts")
        self._help = QLabel(
            self.tr("The model sees only the part between Start and End.")
            if is_video
            else self.tr("The model hears only the part between Start and End."),
            self,
        )
        self._help.setObjectName("clipHelp")
        self._help.setWordWrap(True)

        # -- the times
        time_format = (
            "m:ss" if self._length_ms is not None and self._length_ms < 3600_000 else "H:mm:ss"
        )
        self._start = self._time_edit("clipStart", time_format)
        self._end = self._time_edit("clipEnd", time_format)
        last = self._length_ms if self._length_ms is not None else _DAY_MS
        self._start.setTimeRange(_time(0), _time(last))
        self._end.setTimeRange(_time(0), _time(last))
        if self._length_ms is None:
            # At its minimum End reads "the end": there is no length to put there.
            self._end.setSpecialValueText(self.tr("the end"))
        start_label = QLabel(self.tr("&Start"), self)
        start_label.setBuddy(self._start)
        end_label = QLabel(self.tr("&End"), self)
        end_label.setBuddy(self._end)
        self._whole = QPushButton(
            self.tr("&Whole video") if is_video else self.tr("&Whole recording"), self
        )
        self._whole.setObjectName("clipWhole")
        self._whole.setAutoDefault(False)
        self._whole.setCursor(Qt.CursorShape.PointingHandCursor)

        self._summary = QLabel(self)
        self._summary.setObjectName("clipSummary")
        self._summary.setWordWrap(True)
        self._summary.setTextFormat(Qt.TextFormat.PlainText)
        self._summary.setMinimumHeight(self._summary.fontMetrics().lineSpacing() * 2)
        self._summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setObjectName("clipOk")
        self._buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("clipCancel")

        # -- layout
        text = QVBoxLayout()
        text.setContentsMargins(0, 2, 0, 0)
        text.setSpacing(3)
        text.addWidget(self._name)
        text.addWidget(self._facts)
        text.addSpacing(6)
        text.addWidget(self._help)
        text.addStretch(1)
        header = QHBoxLayout()
        header.setSpacing(16)
        header.addWidget(self._frame, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(text, 1)

        times = QHBoxLayout()
        times.setSpacing(8)
        times.addWidget(start_label)
        times.addWidget(self._start)
        times.addSpacing(14)
        times.addWidget(end_label)
        times.addWidget(self._end)
        times.addStretch(1)
        times.addWidget(self._whole)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.setSpacing(14)
        layout.addLayout(header)
        layout.addLayout(times)
        layout.addWidget(self._summary)
        layout.addWidget(self._buttons)

        start_ms = round(attachment.clip_start * 1000) if attachment.clip_start else 0
        if attachment.clip_end is not None:
            end_ms = round(attachment.clip_end * 1000)
        else:
            end_ms = self._length_ms if self._length_ms is not None else 0
        self._start.setTime(_time(start_ms))
        self._end.setTime(_time(end_ms))

        self._start.timeChanged.connect(self._on_time_changed)
        self._end.timeChanged.connect(self._on_time_changed)
        self._whole.clicked.connect(self._on_whole_clicked)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        theme.follow(self, self._apply_palette)
        self._update()
        self.setMinimumWidth(460)

    # -- what is chosen ---------------------------------------------------------------------

    @property
    def start_edit(self) -> QTimeEdit:
        return self._start

    @property
    def end_edit(self) -> QTimeEdit:
        return self._end

    @property
    def whole_button(self) -> QPushButton:
        return self._whole

    @property
    def ok_button(self) -> QPushButton:
        return self._ok

    def summary_text(self) -> str:
        return self._summary.text()

    def clip(self) -> tuple[float | None, float | None]:
        """(start, end) in seconds as the fields stand; None: from the start / to the end."""
        start_ms, end_ms = _ms(self._start), _ms(self._end)
        start = start_ms / 1000 if start_ms > 0 else None
        if self._length_ms is None:
            end = end_ms / 1000 if end_ms > 0 else None
        else:
            end = end_ms / 1000 if end_ms < self._length_ms else None
        return start, end

    def is_valid(self) -> bool:
        start, end = self.clip()
        last = end if end is not None else self.attachment.duration_seconds
        return last is None or last > (start or 0)

    def set_clip(self, start: float | None, end: float | None) -> None:
        """Put times in the fields (as typing them would)."""
        self._start.setTime(_time(round((start or 0) * 1000)))
        if end is not None:
            self._end.setTime(_time(round(end * 1000)))
        else:
            self._end.setTime(_time(self._length_ms if self._length_ms is not None else 0))

    def accept(self) -> None:
        if not self.is_valid():
            return
        start, end = self.clip()
        self.clip_chosen.emit(start, end)
        super().accept()

    # -- internals --------------------------------------------------------------------------

    def _time_edit(self, name: str, time_format: str) -> QTimeEdit:
        edit = QTimeEdit(self)
        edit.setObjectName(name)
        edit.setDisplayFormat(time_format)
        edit.setAccelerated(True)
        edit.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        edit.setCurrentSection(QTimeEdit.Section.SecondSection)
        edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("00:00:00") + 44)
        return edit

    def _update(self) -> None:
        valid = self.is_valid()
        self._ok.setEnabled(valid)
        self._summary.setProperty("problem", not valid)
        self._summary.style().unpolish(self._summary)
        self._summary.style().polish(self._summary)
        self._summary.setText(self._sentence() if valid else self._problem())

    def _problem(self) -> str:
        return self.tr("The end must come after the start. Change one of the times.")

    def _sentence(self) -> str:
        video = self.attachment.kind == "video"
        start, end = self.clip()
        duration = self.attachment.duration_seconds
        if start is None and end is None:
            if duration is None:
                return (
                    self.tr("The model will see the whole video.")
                    if video
                    else self.tr("The model will hear the whole recording.")
                )
            sentence = (
                self.tr("The model will see the whole video (%1).")
                if video
                else self.tr("The model will hear the whole recording (%1).")
            )
            return sentence.replace("%1", format_duration(duration))
        first = format_duration(start or 0)
        last = end if end is not None else duration
        if last is None:
            sentence = (
                self.tr("The model will see %1 to the end.")
                if video
                else self.tr("The model will hear %1 to the end.")
            )
            return sentence.replace("%1", first)
        sentence = (
            self.tr("The model will see %1 to %2 (%3).")
            if video
            else self.tr("The model will hear %1 to %2 (%3).")
        )
        return (
            sentence.replace("%1", first)
            .replace("%2", format_duration(last))
            .replace("%3", self._length_text(last - (start or 0)))
        )

    def _length_text(self, seconds: float) -> str:
        """ "35 seconds", "12 minutes", "1:32:10"."""
        # "%n seconds" with the number: translators give each language its plural forms.
        whole = max(1, round(seconds))
        if whole < 90:
            if whole == 1:
                return self.tr("1 second")
            return self.tr("%n seconds", "", whole).replace("%n", str(whole))
        minutes = round(seconds / 60)
        if minutes < 120:
            return self.tr("%n minutes", "", minutes).replace("%n", str(minutes))
        return format_duration(seconds)

    def _show_frame(self) -> None:
        ratio = max(2.0, self.devicePixelRatioF())
        thumbnail = self.attachment.thumbnail
        if thumbnail is not None and not thumbnail.isNull():
            self._frame.setPixmap(glyphs.rounded_image(thumbnail, FRAME_BOX, ratio))
        else:
            self._frame.setPixmap(glyphs.kind_tile(self.attachment.kind, 72, ratio))

    def _apply_palette(self, palette: QPalette) -> None:
        dark = theme.is_dark(palette)
        muted = palette.color(palette.ColorRole.PlaceholderText)
        text = palette.color(palette.ColorRole.Text)
        warning = QColor(theme.AMBER)
        if dark:
            warning = warning.lighter(150)
        self.setStyleSheet(
            f"""
            #clipFacts, #clipHelp {{ color: {rgba(muted)}; }}
            #clipSummary {{ color: {text.name()}; }}
            #clipSummary[problem="true"] {{ color: {warning.name()}; }}
            """
        )
        self._show_frame()

    def _on_time_changed(self, _value: QTime) -> None:
        self._update()

    def _on_whole_clicked(self) -> None:
        self.set_clip(None, None)
