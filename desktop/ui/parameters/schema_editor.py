"""The response-schema editor: JSON checked as you type, with the problem named by line and
column under the text and underlined in it."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QFontDatabase, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from desktop.ui.connections.widgets import set_state
from desktop.ui.parameters.schema_check import SchemaProblem, SchemaResult, check_schema
from desktop.ui.theme import problem_color, success_color

EXAMPLE = """{
  "type": "OBJECT",
  "properties": {
    "name": { "type": "STRING" },
    "age": { "type": "INTEGER" }
  },
  "required": ["name"]
}"""


def schema_text(schema: dict[str, Any] | None) -> str:
    """How a saved schema is shown again: indented, keys in their saved order."""
    return "" if schema is None else json.dumps(schema, indent=2, ensure_ascii=False)


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class SchemaEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._result = SchemaResult(None, None)

        self._edit = QPlainTextEdit(self)
        self._edit.setObjectName("schemaEdit")
        self._edit.setPlaceholderText(self.tr("For example:\n%1").replace("%1", EXAMPLE))
        self._edit.setTabChangesFocus(True)
        self._edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._edit.setFont(font)
        self._edit.setMinimumHeight(self._edit.fontMetrics().lineSpacing() * 9)
        self._edit.setAccessibleName(self.tr("Response schema"))

        self._status = QLabel(self)
        self._status.setObjectName("schemaStatus")
        self._status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._edit)
        layout.addWidget(self._status)

        self._edit.textChanged.connect(self._on_edit_text_changed)
        self._show_result()

    @property
    def edit(self) -> QPlainTextEdit:
        return self._edit

    def text(self) -> str:
        return self._edit.toPlainText()

    def set_text(self, text: str) -> None:
        if text != self.text():
            self._edit.setPlainText(text)

    def result(self) -> SchemaResult:
        return self._result

    def problem(self) -> SchemaProblem | None:
        return self._result.problem

    def status_text(self) -> str:
        return self._status.text()

    def _on_edit_text_changed(self) -> None:
        self._result = check_schema(self.text())
        self._show_result()
        self.changed.emit()

    def _show_result(self) -> None:
        palette = self.palette()
        problem = self._result.problem
        selections: list[QTextEdit.ExtraSelection] = []
        if problem is not None:
            self._status.setText(problem.describe())
            self._status.setStyleSheet(f"color: {problem_color(palette).name()};")
            selections.append(self._underline(problem, problem_color(palette)))
            set_state(self._edit, "problem", True)
        elif self._result.schema is not None:
            self._status.setText(self.tr("✓ The schema is valid."))
            self._status.setStyleSheet(f"color: {success_color(palette).name()};")
            set_state(self._edit, "problem", False)
        else:
            self._status.setText(self.tr("Optional: describe the JSON the answer must follow."))
            self._status.setStyleSheet("")
            set_state(self._edit, "problem", False)
        self._edit.setExtraSelections(selections)

    def _underline(self, problem: SchemaProblem, color: QColor) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self._edit.document())
        # Qt counts UTF-16 units, Python counts characters: they differ after an emoji.
        text = self.text()
        start = _utf16_length(text[: problem.position])
        end = start + _utf16_length(text[problem.position : problem.position + problem.length])
        cursor.setPosition(start)
        if start == end or cursor.atBlockEnd():
            # Nothing to underline at the end of a line: mark the character before.
            cursor.movePosition(QTextCursor.MoveOperation.Left)
            end = cursor.position() + 1
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        char_format = QTextCharFormat()
        char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        char_format.setUnderlineColor(color)
        background = QColor(color)
        background.setAlpha(45)
        char_format.setBackground(background)
        char_format.setProperty(QTextFormat.Property.FullWidthSelection, False)
        selection.cursor = cursor  # type: ignore[misc]
        selection.format = char_format  # type: ignore[misc]
        return selection
