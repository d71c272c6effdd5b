"""The Get code dialog: the request as curl, Python and JavaScript, one tab each, with
syntax colours, Copy and Save."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.code_samples import Language
from desktop.ui import theme
from desktop.ui.conversation.code_highlight import PALETTES, highlight

log = logging.getLogger(__name__)

# Names of tools and packages: the same in every language.
TAB_TITLES = {
    Language.CURL: "curl",
    Language.PYTHON: "Python (google-genai)",
    Language.JAVASCRIPT: "JavaScript (@google/genai)",
    Language.OPENAI: "Python (openai)",
}
_LEXERS = {
    Language.CURL: "bash",
    Language.PYTHON: "python",
    Language.JAVASCRIPT: "javascript",
    Language.OPENAI: "python",
}
_SUFFIXES = {
    Language.CURL: ".sh",
    Language.PYTHON: ".py",
    Language.JAVASCRIPT: ".mjs",
    Language.OPENAI: ".py",
}


class CodeHighlighter(QSyntaxHighlighter):
    """The conversation's code colours (code_highlight), one line at a time."""

    def __init__(self, document: QTextDocument, lexer: str, *, dark: bool) -> None:
        super().__init__(document)
        self._lexer = lexer
        self._formats: dict[str, QTextCharFormat] = {}
        for role, style in PALETTES["dark" if dark else "light"].items():
            form = QTextCharFormat()
            if style.color:
                form.setForeground(QColor(style.color))
            if style.bold:
                form.setFontWeight(QFont.Weight.Bold)
            form.setFontItalic(style.italic)
            self._formats[role] = form

    def highlightBlock(self, text: str) -> None:
        start = 0
        for piece, role in highlight(text, self._lexer):
            if role is not None and role in self._formats:
                self.setFormat(start, len(piece), self._formats[role])
            start += len(piece)


class CodeDialog(QDialog):
    """Non-modal: opened with `open()`, it closes itself."""

    def __init__(
        self, samples: Mapping[Language, str], note: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Get code"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(820, 600)
        self._samples = dict(samples)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        dark = theme.is_dark()
        self._highlighters = []
        for language, code in self._samples.items():
            editor = QPlainTextEdit(self.tabs)
            editor.setReadOnly(True)
            editor.setFont(font)
            editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            editor.setPlainText(code)
            lexer = _LEXERS[language]
            self._highlighters.append(CodeHighlighter(editor.document(), lexer, dark=dark))
            self.tabs.addTab(editor, TAB_TITLES[language])
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.save_button = QPushButton(self.tr("Save…"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def current_language(self) -> Language:
        return list(self._samples)[self.tabs.currentIndex()]

    def current_code(self) -> str:
        return self._samples[self.current_language()]

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.current_code())
        self.copy_button.setText(self.tr("Copied"))

    def _on_save_button_clicked(self) -> None:
        language = self.current_language()
        dialog = QFileDialog(self, self.tr("Save code"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(f"gemini-request{_SUFFIXES[language]}")
        dialog.fileSelected.connect(self._save_to)
        dialog.open()

    def _save_to(self, name: str) -> None:
        try:
            Path(name).write_text(self.current_code(), encoding="utf-8")
        except OSError as error:
            log.warning("Could not save the code to %s: %s", name, error)
            self.note.setText(self.tr("Could not save the code: %1").replace("%1", str(error)))
