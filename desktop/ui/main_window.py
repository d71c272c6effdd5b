"""The main window: the conversation, the prompt box with Send and Stop, a status line."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QIcon,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.ui.conversation_view import ConversationView, accent_color, is_dark
from desktop.ui.prompt_edit import PromptEdit

DEFAULT_SIZE = (1100, 720)
PROMPT_HEIGHT = 96


class MainWindow(QMainWindow):
    """Widgets only: it asks for work through signals and shows what it is told to show."""

    send_requested = Signal(str)
    stop_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Gemini Desktop"))
        self.setWindowIcon(QIcon(str(paths.app_icon_path())))
        self.resize(*DEFAULT_SIZE)
        self.setMinimumSize(640, 460)
        self._busy = False

        self._conversation = ConversationView(self)

        self._prompt = PromptEdit(self)
        self._prompt.setPlaceholderText(
            self.tr("Ask a question, or describe what you want to know about a photo…")
        )
        self._prompt.setFixedHeight(PROMPT_HEIGHT)
        self._prompt.setAccessibleName(self.tr("Question"))

        send_keys = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        self._hint = QLabel(self.tr("%1 to send · Enter for a new line").replace("%1", send_keys))
        self._hint.setObjectName("composerHint")

        self._stop_button = QPushButton(self.tr("Stop"), self)
        self._stop_button.setObjectName("stopButton")
        self._stop_button.setToolTip(self.tr("Stop the answer (Esc)"))
        self._stop_button.setCursor(Qt.CursorShape.PointingHandCursor)

        self._send_button = QPushButton(self.tr("Send"), self)
        self._send_button.setObjectName("sendButton")
        self._send_button.setToolTip(self.tr("Send the question (%1)").replace("%1", send_keys))
        self._send_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self._send_button.setDefault(False)
        self._send_button.setAutoDefault(False)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(8, 0, 0, 0)
        buttons.setSpacing(8)
        buttons.addWidget(self._hint, 1)
        buttons.addWidget(self._stop_button)
        buttons.addWidget(self._send_button)

        composer = QFrame(self)
        composer.setObjectName("composer")
        composer_layout = QVBoxLayout(composer)
        composer_layout.setContentsMargins(10, 8, 10, 10)
        composer_layout.setSpacing(6)
        composer_layout.addWidget(self._prompt)
        composer_layout.addLayout(buttons)

        transcript_frame = QFrame(self)
        transcript_frame.setObjectName("transcriptFrame")
        transcript_layout = QVBoxLayout(transcript_frame)
        transcript_layout.setContentsMargins(1, 1, 1, 1)
        transcript_layout.addWidget(self._conversation)

        central = QWidget(self)
        central.setObjectName("centralArea")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(20, 18, 20, 12)
        layout.setSpacing(14)
        layout.addWidget(transcript_frame, 1)
        layout.addWidget(composer)
        self.setCentralWidget(central)

        self._status = QLabel(self)
        self._status.setObjectName("statusMessage")
        self.statusBar().addWidget(self._status, 1)
        self.statusBar().setSizeGripEnabled(False)

        self._prompt.submitted.connect(self._on_prompt_submitted)
        self._prompt.textChanged.connect(self._update_buttons)
        self._send_button.clicked.connect(self._on_send_button_clicked)
        self._stop_button.clicked.connect(self._on_stop_button_clicked)
        stop_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        stop_shortcut.activated.connect(self._on_stop_shortcut_activated)
        quit_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Quit), self)
        quit_shortcut.activated.connect(self.close)

        self.setStyleSheet(_style_sheet(self.palette()))
        self.show_status(self.tr("Ready"))
        self._update_buttons()
        self._prompt.setFocus()

    # -- what the controller uses -------------------------------------------------------------

    @property
    def conversation(self) -> ConversationView:
        return self._conversation

    @property
    def prompt(self) -> PromptEdit:
        return self._prompt

    @property
    def send_button(self) -> QPushButton:
        return self._send_button

    @property
    def stop_button(self) -> QPushButton:
        return self._stop_button

    def prompt_text(self) -> str:
        return self._prompt.toPlainText()

    def set_prompt_text(self, text: str) -> None:
        self._prompt.setPlainText(text)
        self._prompt.moveCursor(QTextCursor.MoveOperation.End)

    def clear_prompt(self) -> None:
        self._prompt.clear()

    def is_busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        """While an answer streams, Send is off and Stop is on."""
        self._busy = busy
        self._update_buttons()

    def show_status(self, text: str) -> None:
        self._status.setText(text)

    def status_text(self) -> str:
        return self._status.text()

    # -- slots ----------------------------------------------------------------------------------

    def _on_prompt_submitted(self) -> None:
        self._request_send()

    def _on_send_button_clicked(self) -> None:
        self._request_send()

    def _on_stop_button_clicked(self) -> None:
        self.stop_requested.emit()

    def _on_stop_shortcut_activated(self) -> None:
        if self._busy:
            self.stop_requested.emit()

    def _request_send(self) -> None:
        text = self._prompt.toPlainText().strip()
        if not text or self._busy:
            return
        self.send_requested.emit(text)

    def _update_buttons(self) -> None:
        self._send_button.setEnabled(not self._busy and bool(self._prompt.toPlainText().strip()))
        self._stop_button.setEnabled(self._busy)
        self._stop_button.setVisible(self._busy)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()


def _rgba(color: QColor) -> str:
    return f"rgba({color.red()}, {color.green()}, {color.blue()}, {color.alpha()})"


def _style_sheet(palette: QPalette) -> str:
    dark = is_dark(palette)
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    border = QColor(255, 255, 255, 38) if dark else QColor(24, 28, 60, 34)
    accent = accent_color(palette)
    background = window.darker(104) if not dark else window
    pressed_from, pressed_to = ("#2f64d8", "#7440c8")
    return f"""
        #centralArea {{ background: {background.name()}; }}
        #transcriptFrame, #composer {{
            background: {base.name()};
            border: 1px solid {_rgba(border)};
            border-radius: 14px;
        }}
        #transcript, #emptyState, #promptEdit {{
            background: transparent;
            border: none;
        }}
        #emptyStateTitle {{ color: {text.name()}; }}
        #emptyStateBody {{ color: {_rgba(text)}; }}
        #emptyStateHint {{ color: {accent.name()}; }}
        #composerHint {{ color: {_rgba(muted)}; }}
        #statusMessage {{ color: {_rgba(muted)}; padding: 0 0 0 16px; }}
        QStatusBar {{ background: {background.name()}; }}
        QPushButton#sendButton {{
            color: white;
            border: none;
            border-radius: 9px;
            padding: 8px 22px;
            font-weight: 600;
            background: qlineargradient(x1:0, y1:0, x2:1, y2:1, stop:0 #3d7bf7, stop:1 #8b55e6);
        }}
        QPushButton#sendButton:hover {{
            background: qlineargradient(x1:0, y1:0, x2:1, y2:1, stop:0 #5189fa, stop:1 #9a66ee);
        }}
        QPushButton#sendButton:pressed {{
            background: qlineargradient(x1:0, y1:0, x2:1, y2:1,
                stop:0 {pressed_from}, stop:1 {pressed_to});
        }}
        QPushButton#sendButton:disabled {{
            color: {_rgba(QColor(255, 255, 255, 200))};
            background: {_rgba(QColor(accent.red(), accent.green(), accent.blue(), 90))};
        }}
        QPushButton#stopButton {{
            color: {text.name()};
            background: {base.name()};
            border: 1px solid {_rgba(border)};
            border-radius: 9px;
            padding: 7px 18px;
        }}
        QPushButton#stopButton:hover {{ border-color: {accent.name()}; }}
    """
