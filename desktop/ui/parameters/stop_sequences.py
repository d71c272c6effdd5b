"""The stop-sequence editor: type a word, press Enter, and it becomes a chip; at most five."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.request import MAX_STOP_SEQUENCES
from desktop.ui.flow_layout import FlowLayout


def shown(sequence: str) -> str:
    """A stop sequence as a chip shows it: line breaks and tabs made visible, and quotes
    when spaces at either end would otherwise be invisible."""
    text = sequence.replace("\r", "").replace("\n", "↵").replace("\t", "⇥")
    return f"“{text}”" if text != text.strip() else text


class StopSequenceChip(QFrame):
    remove_requested = Signal()

    def __init__(self, sequence: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stopChip")
        self.sequence = sequence
        label = QLabel(shown(sequence), self)
        label.setObjectName("stopChipText")
        label.setTextFormat(Qt.TextFormat.PlainText)
        remove = QToolButton(self)
        remove.setObjectName("stopChipRemove")
        remove.setText("✕")
        remove.setAutoRaise(True)
        remove.setCursor(Qt.CursorShape.PointingHandCursor)
        remove.setToolTip(self.tr("Remove “%1”").replace("%1", shown(sequence)))
        remove.setAccessibleName(remove.toolTip())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.setSpacing(2)
        layout.addWidget(label)
        layout.addWidget(remove)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        remove.clicked.connect(self._on_remove_clicked)

    def _on_remove_clicked(self) -> None:
        self.remove_requested.emit()


class StopSequenceEditor(QWidget):
    """Up to MAX_STOP_SEQUENCES texts; a sixth, a duplicate or an empty one is refused with
    a plain message under the field."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sequences: list[str] = []

        self._input = QLineEdit(self)
        self._input.setObjectName("stopSequenceInput")
        self._input.setPlaceholderText(self.tr("Type a word, then press Enter"))
        self._input.setClearButtonEnabled(True)
        self._add = QToolButton(self)
        self._add.setObjectName("stopSequenceAdd")
        self._add.setText(self.tr("Add"))
        self._add.setCursor(Qt.CursorShape.PointingHandCursor)

        self._chips = QWidget(self)
        self._chips.setObjectName("stopChips")
        self._flow = FlowLayout(self._chips, spacing=6)

        self._message = QLabel(self)
        self._message.setObjectName("stopSequencesMessage")
        self._message.setWordWrap(True)
        self._message.hide()

        entry = QHBoxLayout()
        entry.setContentsMargins(0, 0, 0, 0)
        entry.setSpacing(6)
        entry.addWidget(self._input, 1)
        entry.addWidget(self._add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(entry)
        layout.addWidget(self._chips)
        layout.addWidget(self._message)
        self._chips.hide()

        self._input.returnPressed.connect(self._on_input_return_pressed)
        self._input.textEdited.connect(self._on_input_text_edited)
        self._add.clicked.connect(self._on_add_clicked)

    @property
    def input(self) -> QLineEdit:
        return self._input

    @property
    def add_button(self) -> QToolButton:
        return self._add

    def sequences(self) -> tuple[str, ...]:
        return tuple(self._sequences)

    def set_sequences(self, sequences: tuple[str, ...] | list[str]) -> None:
        """Show exactly these (the first five that are not empty or repeated)."""
        kept: list[str] = []
        for sequence in sequences:
            if sequence and sequence not in kept and len(kept) < MAX_STOP_SEQUENCES:
                kept.append(sequence)
        if kept == self._sequences:
            return
        self._sequences = kept
        self._show_message("")
        self._rebuild()
        self.changed.emit()

    def add(self, text: str) -> bool:
        """Add `text` as it is (spaces included); False, with a message, when refused."""
        if not text:
            return False
        if text in self._sequences:
            self._show_message(self.tr("“%1” is already in the list.").replace("%1", shown(text)))
            return False
        if len(self._sequences) >= MAX_STOP_SEQUENCES:
            self._show_message(
                self.tr("You can have up to %1 stop sequences. Remove one to add another.").replace(
                    "%1", str(MAX_STOP_SEQUENCES)
                )
            )
            return False
        self._sequences.append(text)
        self._show_message("")
        self._rebuild()
        self.changed.emit()
        return True

    def remove(self, sequence: str) -> None:
        if sequence in self._sequences:
            self._sequences.remove(sequence)
            self._show_message("")
            self._rebuild()
            self.changed.emit()

    def message(self) -> str:
        return self._message.text() if not self._message.isHidden() else ""

    def _show_message(self, text: str) -> None:
        self._message.setText(text)
        self._message.setVisible(bool(text))

    def _rebuild(self) -> None:
        while (item := self._flow.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()
                widget.deleteLater()
        for sequence in self._sequences:
            chip = StopSequenceChip(sequence, self._chips)
            chip.remove_requested.connect(self._on_chip_remove_requested)
            self._flow.addWidget(chip)
        self._chips.setVisible(bool(self._sequences))
        self._flow.invalidate()
        self.updateGeometry()

    def _take_input(self) -> None:
        if self.add(self._input.text()):
            self._input.clear()

    def _on_input_return_pressed(self) -> None:
        self._take_input()

    def _on_add_clicked(self) -> None:
        self._take_input()

    def _on_input_text_edited(self, _text: str) -> None:
        self._show_message("")

    def _on_chip_remove_requested(self) -> None:
        chip = self.sender()
        if isinstance(chip, StopSequenceChip):
            self.remove(chip.sequence)
