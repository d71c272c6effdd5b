"""The main window: the connection switcher, the conversation, the prompt box with Send and Stop,
a status line."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QIcon,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.core.profile import Profile
from desktop.ui import icons
from desktop.ui.connection_facts import way
from desktop.ui.conversation_view import ConversationView, accent_color, is_dark
from desktop.ui.prompt_edit import PromptEdit

DEFAULT_SIZE = (1100, 720)
PROMPT_HEIGHT = 96


class MainWindow(QMainWindow):
    """Widgets only: it asks for work through signals and shows what it is told to show."""

    send_requested = Signal(str)
    stop_requested = Signal()
    closed = Signal()
    profile_switch_requested = Signal(str)
    """The user picked another profile in the switcher (its id)."""
    connection_settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Gemini Desktop"))
        self.setWindowIcon(QIcon(str(paths.app_icon_path())))
        self.resize(*DEFAULT_SIZE)
        self.setMinimumSize(640, 460)
        self._busy = False
        self._profile_ids: list[str] = []
        self._active_profile_id: str | None = None

        self._settings_action = QAction(self.tr("&Connection settings…"), self)
        self._settings_action.setObjectName("connectionSettingsAction")
        shortcuts = [QKeySequence(QKeySequence.StandardKey.Preferences), QKeySequence("Ctrl+,")]
        # macOS's Preferences key is Cmd+, already: listing it twice would make it ambiguous.
        self._settings_action.setShortcuts(
            list({k.toString(): k for k in shortcuts if not k.isEmpty()}.values())
        )
        self._settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self._settings_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        self._switcher = QComboBox(self)
        self._switcher.setObjectName("profileSwitcher")
        self._switcher.setAccessibleName(self.tr("Connection"))
        self._switcher.setToolTip(self.tr("Which connection Gemini Desktop uses"))
        self._switcher.setMinimumWidth(240)
        self._switcher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._switcher.setPlaceholderText(self.tr("Not connected"))
        self._switcher.setEnabled(False)

        self._settings_button = QToolButton(self)
        self._settings_button.setObjectName("connectionSettingsButton")
        self._settings_button.setDefaultAction(self._settings_action)
        self._settings_button.setText(self.tr("Connection settings…"))
        self._settings_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._settings_button.setCursor(Qt.CursorShape.PointingHandCursor)

        self._notice = QFrame(self)
        self._notice.setObjectName("noticeBar")
        self._notice_icon = QLabel(self._notice)
        self._notice_label = QLabel(self._notice)
        self._notice_label.setObjectName("noticeText")
        self._notice_label.setWordWrap(True)
        self._notice_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        notice_close = QToolButton(self._notice)
        notice_close.setObjectName("noticeClose")
        notice_close.setText("✕")
        notice_close.setToolTip(self.tr("Hide this message"))
        notice_close.setAutoRaise(True)
        notice_layout = QHBoxLayout(self._notice)
        notice_layout.setContentsMargins(12, 6, 6, 6)
        notice_layout.setSpacing(10)
        notice_layout.addWidget(self._notice_icon)
        notice_layout.addWidget(self._notice_label, 1)
        notice_layout.addWidget(notice_close)
        self._notice.hide()

        top_bar = QHBoxLayout()
        top_bar.setContentsMargins(0, 0, 0, 0)
        top_bar.setSpacing(8)
        top_bar.addWidget(self._switcher)
        top_bar.addWidget(self._settings_button)
        top_bar.addStretch(1)

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
        layout.addLayout(top_bar)
        layout.addWidget(self._notice)
        layout.addWidget(transcript_frame, 1)
        layout.addWidget(composer)
        self.setCentralWidget(central)

        self._status = QLabel(self)
        self._status.setObjectName("statusMessage")
        self.statusBar().addWidget(self._status, 1)
        self._connection_status = QLabel(self)
        self._connection_status.setObjectName("connectionStatus")
        self.statusBar().addPermanentWidget(self._connection_status)
        self.statusBar().setSizeGripEnabled(False)

        self._prompt.submitted.connect(self._on_prompt_submitted)
        self._prompt.textChanged.connect(self._update_buttons)
        self._send_button.clicked.connect(self._on_send_button_clicked)
        self._stop_button.clicked.connect(self._on_stop_button_clicked)
        stop_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        stop_shortcut.activated.connect(self._on_stop_shortcut_activated)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        self._settings_action.triggered.connect(self._on_settings_action_triggered)
        self._switcher.activated.connect(self._on_switcher_activated)
        notice_close.clicked.connect(self._on_notice_close_clicked)

        self.setStyleSheet(_style_sheet(self.palette()))
        palette = self.palette()
        self._settings_button.setIcon(
            icons.icon("settings", palette.color(palette.ColorRole.Text), 18)
        )
        self._notice_icon.setPixmap(icons.pixmap("error", QColor("#b06000"), 18))
        self.show_connection(None)
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

    # -- connections ------------------------------------------------------------------------------

    @property
    def profile_switcher(self) -> QComboBox:
        return self._switcher

    @property
    def settings_button(self) -> QToolButton:
        return self._settings_button

    @property
    def settings_action(self) -> QAction:
        return self._settings_action

    def set_profiles(self, profiles: list[Profile], active_id: str | None) -> None:
        """Fill the switcher: Environment first when set (the manager's order), then saved."""
        accent = accent_color(self.palette())
        self._switcher.clear()
        self._profile_ids = [p.id for p in profiles]
        for profile in profiles:
            info = way(profile.sign_in)
            self._switcher.addItem(icons.icon(info.icon, accent, 16), profile.name, profile.id)
            index = self._switcher.count() - 1
            tip = f"{info.title} · {profile.model}"
            if profile.read_only:
                tip = self.tr("From the environment variables · %1").replace("%1", tip)
            self._switcher.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)
        self._switcher.setEnabled(bool(profiles))
        self._select_profile(active_id)

    def show_connection(self, profile: Profile | None) -> None:
        """Name the profile in use in the status bar (and select it in the switcher)."""
        if profile is None:
            self._active_profile_id = None
            self._connection_status.setText(self.tr("Not connected"))
            self._connection_status.setToolTip(
                self.tr("Open Connection settings to choose how to connect.")
            )
            return
        self._select_profile(profile.id)
        info = way(profile.sign_in)
        self._connection_status.setText(
            self.tr("Using %1 · %2").replace("%1", profile.name).replace("%2", profile.model)
        )
        self._connection_status.setToolTip(info.title)

    def connection_text(self) -> str:
        return self._connection_status.text()

    def show_notice(self, text: str) -> None:
        """A one-line message above the conversation that stays until dismissed."""
        self._notice_label.setText(text)
        self._notice.show()

    def hide_notice(self) -> None:
        self._notice.hide()

    def notice_text(self) -> str:
        return self._notice_label.text() if self._notice.isVisibleTo(self) else ""

    def _select_profile(self, profile_id: str | None) -> None:
        self._active_profile_id = profile_id
        index = self._switcher.findData(profile_id) if profile_id is not None else -1
        self._switcher.setCurrentIndex(index)

    # -- slots ----------------------------------------------------------------------------------

    def _on_prompt_submitted(self) -> None:
        self._request_send()

    def _on_send_button_clicked(self) -> None:
        self._request_send()

    def _on_stop_button_clicked(self) -> None:
        self.stop_requested.emit()

    def _on_settings_action_triggered(self) -> None:
        self.connection_settings_requested.emit()

    def _on_switcher_activated(self, index: int) -> None:
        profile_id = self._switcher.itemData(index)
        if isinstance(profile_id, str) and profile_id != self._active_profile_id:
            self._active_profile_id = profile_id
            self.profile_switch_requested.emit(profile_id)

    def _on_notice_close_clicked(self) -> None:
        self._notice.hide()

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
    selection = QColor(accent.red(), accent.green(), accent.blue(), 36)
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
        #connectionStatus {{ color: {_rgba(muted)}; padding: 0 16px 0 0; }}
        QFrame#noticeBar {{
            background: {_rgba(QColor(176, 96, 0, 40 if dark else 22))};
            border: 1px solid {_rgba(QColor(176, 96, 0, 110))};
            border-radius: 10px;
        }}
        #noticeText {{ color: {text.name()}; }}
        QToolButton#noticeClose {{ border: none; color: {_rgba(muted)}; padding: 2px 6px; }}
        QComboBox#profileSwitcher {{
            background: {base.name()};
            border: 1px solid {_rgba(border)};
            border-radius: 9px;
            padding: 6px 10px;
            font-weight: 600;
        }}
        QComboBox#profileSwitcher:hover {{ border-color: {accent.name()}; }}
        QComboBox#profileSwitcher {{ combobox-popup: 0; }}
        QComboBox#profileSwitcher QAbstractItemView {{
            background: {base.name()};
            color: {text.name()};
            border: 1px solid {_rgba(border)};
            selection-background-color: {_rgba(selection)};
            selection-color: {text.name()};
            outline: none;
            padding: 4px;
        }}
        {icons.combo_arrow_rules("QComboBox#profileSwitcher")}
        QToolButton#connectionSettingsButton {{
            color: {text.name()};
            background: transparent;
            border: 1px solid transparent;
            border-radius: 9px;
            padding: 6px 10px;
        }}
        QToolButton#connectionSettingsButton:hover {{
            background: {base.name()};
            border-color: {_rgba(border)};
        }}
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
