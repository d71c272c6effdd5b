"""One row of the dock per setting: a label, the control, and a reset button that is on only
while the value differs from the default; and the grid that lines the rows up."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.parameters.texts import Help

RESET_SIZE = 24


class RowKind(Enum):
    INLINE = "inline"  # label, control and reset button side by side
    WIDE = "wide"  # label and reset button, then a tall control under them, full width
    STACKED = "stacked"  # label, then the control with the reset button beside it
    CHECK = "check"  # a check box that carries its own label
    SLIDER = "slider"  # label, then a slider with the number box beside it (AI Studio's way)


@dataclass
class SettingRow:
    key: str
    help: Help
    control: QWidget
    label: QLabel | None
    reset_button: QToolButton
    read: Callable[[], Any]
    write: Callable[[Any], None]
    default: Any = None
    note: QLabel | None = None  # why the model ignores this setting, while it does
    companion: QWidget | None = None  # a slider that moves the control, kept in step

    def value(self) -> Any:
        return self.read()

    def is_default(self) -> bool:
        return bool(self.read() == self.default)

    def reset(self) -> None:
        self.write(self.default)

    def refresh(self) -> None:
        self.reset_button.setEnabled(not self.is_ignored() and not self.is_default())

    def set_ignored(self, reason: str | None) -> None:
        """Shown disabled with `reason` under it while the model ignores the setting; the
        value stays, for a model that honours it."""
        ignored = reason is not None
        self.control.setEnabled(not ignored)
        if self.companion is not None:
            self.companion.setEnabled(not ignored)
        if self.label is not None:
            self.label.setEnabled(not ignored)
        if self.note is not None:
            self.note.setText(reason or "")
            self.note.setVisible(ignored and self.control.isVisibleTo(self.control.parentWidget()))
        self.refresh()

    def is_ignored(self) -> bool:
        return self.note is not None and bool(self.note.text())

    def set_visible(self, visible: bool) -> None:
        for widget in (self.label, self.control, self.reset_button, self.companion):
            if widget is not None:
                widget.setVisible(visible)
        if self.note is not None:
            self.note.setVisible(visible and bool(self.note.text()))


def _camel(key: str) -> str:
    head, *rest = key.split("_")
    return head + "".join(part.capitalize() for part in rest)


class RowGrid(QWidget):
    """The rows of one section on a three-column grid: label, control, reset."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Rows")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(8)
        self._grid.setColumnStretch(1, 1)
        self._next = 0

    def add_row(
        self,
        key: str,
        help: Help,
        control: QWidget,
        *,
        read: Callable[[], Any],
        write: Callable[[Any], None],
        default: Any = None,
        kind: RowKind = RowKind.INLINE,
        companion: QWidget | None = None,
    ) -> SettingRow:
        name = _camel(key)
        control.setObjectName(control.objectName() or f"{name}Control")
        control.setToolTip(help.tooltip())
        if not control.accessibleName():
            control.setAccessibleName(help.label)
        reset = QToolButton(self)
        reset.setObjectName(f"{name}Reset")
        reset.setProperty("role", "reset")
        reset.setText("↺")
        reset.setFixedSize(RESET_SIZE, RESET_SIZE)
        reset.setAutoRaise(True)
        reset.setCursor(Qt.CursorShape.PointingHandCursor)
        reset.setToolTip(help.reset_tooltip())
        reset.setAccessibleName(help.reset_tooltip())
        reset.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        label: QLabel | None = None
        if kind is not RowKind.CHECK:
            label = QLabel(help.label, self)
            label.setObjectName(f"{name}Label")
            label.setToolTip(help.tooltip())
            label.setBuddy(control)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        if kind is RowKind.INLINE:
            assert label is not None
            self._grid.addWidget(label, self._next, 0, Qt.AlignmentFlag.AlignVCenter)
            self._grid.addWidget(control, self._next, 1)
            self._grid.addWidget(reset, self._next, 2, Qt.AlignmentFlag.AlignVCenter)
        elif kind is RowKind.WIDE:
            assert label is not None
            self._grid.addWidget(label, self._next, 0, 1, 2, Qt.AlignmentFlag.AlignBottom)
            self._grid.addWidget(reset, self._next, 2, Qt.AlignmentFlag.AlignBottom)
            self._next += 1
            self._grid.addWidget(control, self._next, 0, 1, 2)
        elif kind is RowKind.STACKED:
            assert label is not None
            # One cell for both, so the label sits closer to its control than to the row above.
            pair = QWidget(self)
            pair_layout = QVBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            pair_layout.setSpacing(3)
            label.setParent(pair)
            control.setParent(pair)
            pair_layout.addWidget(label)
            pair_layout.addWidget(control)
            self._grid.addWidget(pair, self._next, 0, 1, 2)
            self._grid.addWidget(reset, self._next, 2, Qt.AlignmentFlag.AlignBottom)
        elif kind is RowKind.SLIDER:
            assert label is not None and companion is not None
            self._grid.addWidget(label, self._next, 0, 1, 2, Qt.AlignmentFlag.AlignBottom)
            self._grid.addWidget(reset, self._next, 2, Qt.AlignmentFlag.AlignBottom)
            self._next += 1
            companion.setToolTip(help.tooltip())
            companion.setAccessibleName(help.label)
            # The slider under the label, the box in the controls' column: lined up with
            # the boxes of the other rows.
            self._grid.addWidget(companion, self._next, 0)
            self._grid.addWidget(control, self._next, 1)
        else:
            self._grid.addWidget(control, self._next, 0, 1, 2, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(reset, self._next, 2, Qt.AlignmentFlag.AlignVCenter)
        self._next += 1
        # Hidden until the chosen model ignores the setting; a hidden row takes no space.
        note = QLabel(self)
        note.setObjectName(f"{name}Note")
        note.setProperty("role", "ignoredNote")
        note.setWordWrap(True)
        note.hide()
        # Under the whole row, label included: it reads as the row's caption and fits one line.
        self._grid.addWidget(note, self._next, 0, 1, 3)
        self._next += 1
        return SettingRow(
            key=key,
            help=help,
            control=control,
            label=label,
            reset_button=reset,
            read=read,
            write=write,
            default=default,
            note=note,
            companion=companion,
        )

    def label_width(self) -> int:
        """The widest label of the side-by-side rows."""
        widths = [0]
        for index in range(self._grid.count()):
            item = self._grid.itemAt(index)
            widget = item.widget() if item is not None else None
            _row, column, _rows, columns = self._grid.getItemPosition(index)
            if isinstance(widget, QLabel) and column == 0 and columns == 1:
                widths.append(widget.sizeHint().width())
        return max(widths)

    def set_label_width(self, width: int) -> None:
        """Line the controls of every section up on one edge."""
        self._grid.setColumnMinimumWidth(0, width)

    def add_widget(self, widget: QWidget) -> None:
        """A full-width line that is not a setting (a note, say)."""
        self._grid.addWidget(widget, self._next, 0, 1, 3)
        self._next += 1
