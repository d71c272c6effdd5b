"""The compare window (View ▸ Compare): two or three columns side by side and one composer
that asks them all the same question with the same photos and videos.

The window only emits requests; CompareController runs every answer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.ui.attachments import AttachmentStrip
from desktop.ui.compare.column import CompareColumn
from desktop.ui.prompt_edit import PromptEdit

MOST_COLUMNS = 3
PROMPT_HEIGHT = 72


class CompareWindow(QWidget):
    """Columns (`columns()`, the shown ones) above one composer."""

    send_requested = Signal()
    stop_requested = Signal()
    new_requested = Signal()
    column_count_changed = Signal(int)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("compareWindow")
        self.setWindowTitle(self.tr("Compare models"))
        self.setWindowIcon(QIcon(str(paths.app_icon_path())))
        self.resize(1240, 780)
        self._busy = False
        self._count = 2

        # -- top: how many columns, a new compare ----------------------------------------------
        count_label = QLabel(self.tr("Columns:"), self)
        self._count_group = QButtonGroup(self)
        self._count_buttons: list[QPushButton] = []
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(6)
        top.addWidget(count_label)
        for count in (2, 3):
            button = QPushButton(str(count), self)
            button.setObjectName(f"compareCount{count}")
            button.setCheckable(True)
            button.setChecked(count == self._count)
            button.setAccessibleName(self.tr("%1 columns").replace("%1", str(count)))
            self._count_group.addButton(button, count)
            self._count_buttons.append(button)
            top.addWidget(button)
        top.addStretch(1)
        self._new_button = QPushButton(self.tr("New compare"), self)
        self._new_button.setObjectName("compareNewButton")
        self._new_button.setToolTip(self.tr("Empty every column and start again"))
        top.addWidget(self._new_button)

        # -- the columns -------------------------------------------------------------------------
        self._columns = [CompareColumn(index, self) for index in range(MOST_COLUMNS)]
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for column in self._columns:
            row.addWidget(column, 1)

        # -- the composer ------------------------------------------------------------------------
        composer = QFrame(self)
        composer.setObjectName("composer")
        composer.setFrameShape(QFrame.Shape.StyledPanel)
        self._strip = AttachmentStrip(composer)
        self._prompt = PromptEdit(composer)
        self._prompt.setPlaceholderText(
            self.tr("Ask every column the same question; drop photos or videos here…")
        )
        self._prompt.setFixedHeight(PROMPT_HEIGHT)
        self._prompt.setAccessibleName(self.tr("Question"))
        self._attach_button = self._strip.make_attach_button(composer)
        self._status = QLabel(composer)
        self._status.setObjectName("compareStatus")
        self._status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._stop_button = QPushButton(self.tr("Stop"), composer)
        self._stop_button.setObjectName("compareStopButton")
        self._stop_button.setToolTip(self.tr("Stop every answer (Esc)"))
        self._send_button = QPushButton(self.tr("Send to all"), composer)
        self._send_button.setObjectName("compareSendButton")
        send_keys = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        self._send_button.setToolTip(self.tr("Ask every column (%1)").replace("%1", send_keys))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(8)
        buttons.addWidget(self._attach_button)
        buttons.addWidget(self._status, 1)
        buttons.addWidget(self._stop_button)
        buttons.addWidget(self._send_button)
        composer_layout = QVBoxLayout(composer)
        composer_layout.setContentsMargins(10, 8, 10, 10)
        composer_layout.setSpacing(6)
        composer_layout.addWidget(self._strip)
        composer_layout.addWidget(self._prompt)
        composer_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(row, 1)
        layout.addWidget(composer)

        self._stop_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._stop_shortcut.setEnabled(False)
        self._stop_shortcut.activated.connect(self.stop_requested)
        self._prompt.submitted.connect(self._request_send)
        self._prompt.textChanged.connect(self._update_buttons)
        self._strip.changed.connect(self._update_buttons)
        self._send_button.clicked.connect(self._request_send)
        self._stop_button.clicked.connect(self.stop_requested)
        self._new_button.clicked.connect(self.new_requested)
        self._count_group.idClicked.connect(self._on_count_group_id_clicked)
        self._show_count()
        self._update_buttons()

    # -- parts ----------------------------------------------------------------------------------

    def columns(self) -> list[CompareColumn]:
        """The columns on show, left to right."""
        return self._columns[: self._count]

    def column(self, index: int) -> CompareColumn:
        return self._columns[index]

    @property
    def strip(self) -> AttachmentStrip:
        return self._strip

    @property
    def prompt(self) -> PromptEdit:
        return self._prompt

    @property
    def send_button(self) -> QPushButton:
        return self._send_button

    @property
    def stop_button(self) -> QPushButton:
        return self._stop_button

    @property
    def new_button(self) -> QPushButton:
        return self._new_button

    def count_button(self, count: int) -> QPushButton:
        return self._count_buttons[count - 2]

    # -- state ----------------------------------------------------------------------------------

    def column_count(self) -> int:
        return self._count

    def set_column_count(self, count: int) -> None:
        self._count = max(2, min(MOST_COLUMNS, count))
        self._count_buttons[self._count - 2].setChecked(True)
        self._show_count()

    def set_count_enabled(self, enabled: bool) -> None:
        """The number of columns is chosen before the first question."""
        for button in self._count_buttons:
            button.setEnabled(enabled)

    def prompt_text(self) -> str:
        return self._prompt.toPlainText()

    def set_prompt_text(self, text: str) -> None:
        self._prompt.setPlainText(text)

    def clear_prompt(self) -> None:
        self._prompt.clear()

    def has_something_to_send(self) -> bool:
        return bool(self._prompt.toPlainText().strip()) or self._strip.count() > 0

    def is_busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._stop_shortcut.setEnabled(busy)
        for column in self.columns():
            column.set_settings_enabled(not busy)
        self._new_button.setEnabled(not busy)
        self._update_buttons()

    def show_status(self, text: str) -> None:
        self._status.setText(text)

    def status_text(self) -> str:
        return self._status.text()

    # -- slots ----------------------------------------------------------------------------------

    def _show_count(self) -> None:
        for index, column in enumerate(self._columns):
            column.setVisible(index < self._count)

    def _request_send(self) -> None:
        if not self._busy and self.has_something_to_send():
            self.send_requested.emit()

    def _update_buttons(self) -> None:
        self._send_button.setEnabled(not self._busy and self.has_something_to_send())
        self._stop_button.setEnabled(self._busy)
        self._stop_button.setVisible(self._busy)

    def _on_count_group_id_clicked(self, count: int) -> None:
        if count != self._count:
            self._count = count
            self._show_count()
            self.column_count_changed.emit(count)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
