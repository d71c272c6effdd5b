"""The main window: conversations on the left, the conversation and the box to ask in the
middle, the Settings dock on the right, the connection in use at the top."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QGuiApplication,
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
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.ui import icons, theme
from desktop.ui.attachments import AttachmentStrip
from desktop.ui.connections.facts import way
from desktop.ui.conversation import ConversationView
from desktop.ui.focus_ring import focus_next_region
from desktop.ui.main_window_style import main_window_style_sheet
from desktop.ui.prompt_edit import PromptEdit
from desktop.ui.token_count_label import TokenCountLabel
from desktop.ui.top_bar import TopBar, toggle_button
from desktop.ui.window_actions import WindowActions
from desktop.ui.window_panels import build_panels, placeholder_dock
from desktop.ui.window_width import WidthKeeper

if TYPE_CHECKING:
    from desktop.core.profile import Profile
    from desktop.ui.history import HistorySidebar
    from desktop.ui.parameters import ParameterDock

DEFAULT_SIZE = (1320, 820)
MINIMUM_SIZE = (760, 520)
PROMPT_HEIGHT = 84
SIDEBAR_WIDTH = 280

GEOMETRY_KEY = "mainWindow/geometry"
STATE_KEY = "mainWindow/state"  # the dock: shown or not, where, how wide
SPLITTER_KEY = "mainWindow/splitter"
SIDEBAR_KEY = "mainWindow/sidebarVisible"


class MainWindow(QMainWindow):
    """Widgets only: it asks for work through signals and shows what it is told to show.

    The parts (the conversation view, the history sidebar, the attachment strip and the
    Settings dock) are built here; the controllers that drive them are made in app.py.
    """

    send_requested = Signal()
    """Send what the box holds (the question and the attached files)."""
    stop_requested = Signal()
    new_chat_requested = Signal()
    import_requested = Signal()
    export_requested = Signal()
    """Export the conversation on show."""
    closed = Signal()
    profile_switch_requested = Signal(str)
    """The user picked another profile in the switcher (its id)."""
    connection_settings_requested = Signal()
    panels_built = Signal()
    """The Settings dock and the conversation list exist now (build_panels)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Gemini Desktop"))
        self.setWindowIcon(QIcon(str(paths.app_icon_path())))
        self.resize(*_fitting_size(DEFAULT_SIZE))
        self.setMinimumSize(*MINIMUM_SIZE)
        self._busy = False
        self._profile_ids: list[str] = []
        self._active_profile_id: str | None = None
        self._notices: list[str] = []
        self._profile_icons: list[str] = []
        self._shown_profile: Profile | None = None

        # -- the parts --------------------------------------------------------------------------
        self._conversation = ConversationView(self)
        # The dock and the conversation list come just after the first frame (build_panels).
        self._sidebar: HistorySidebar | None = None
        self._dock: ParameterDock | None = None
        self._dock_placeholder = placeholder_dock(self)

        # -- actions and menus -----------------------------------------------------------------
        actions = WindowActions.make(self, self._dock_placeholder)
        self._new_chat_action = actions.new_chat
        self._import_action = actions.import_conversation
        self._export_action = actions.export_conversation
        self._settings_action = actions.connection_settings
        self._quit_action = actions.quit
        self.get_code_action = actions.get_code
        self.compare_action = actions.compare
        self.describe_folder_action = actions.describe_folder
        self.unfinished_batches_menu = actions.unfinished_batches
        self._sidebar_action = actions.sidebar
        self._dock_action = actions.settings_panel
        self.language_menu = actions.language_menu

        composer = QFrame(self)
        composer.setObjectName("composer")
        self._composer = composer
        self._strip = AttachmentStrip(composer)
        actions.fill_menus(self.menuBar(), attach=self._strip.attach_action)

        # -- top bar: the connection -----------------------------------------------------------
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

        self._sidebar_button = toggle_button(self, self._sidebar_action, "sidebarToggle")
        self._dock_button = toggle_button(self, self._dock_action, "settingsPanelToggle")

        top_bar = TopBar(self)
        top_bar.row.addWidget(self._sidebar_button)
        top_bar.row.addSpacing(4)
        top_bar.row.addWidget(self._switcher)
        top_bar.row.addWidget(self._settings_button)
        top_bar.row.addStretch(1)
        top_bar.row.addWidget(self._dock_button)
        # The longest words go first; the panels' toggles keep theirs the longest.
        top_bar.give_way(self._settings_button, self._sidebar_button, self._dock_button)

        # -- a message that stays until dismissed ----------------------------------------------
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
        notice_close.setAccessibleName(self.tr("Hide this message"))
        notice_close.setAutoRaise(True)
        notice_layout = QHBoxLayout(self._notice)
        notice_layout.setContentsMargins(12, 6, 6, 6)
        notice_layout.setSpacing(10)
        notice_layout.addWidget(self._notice_icon)
        notice_layout.addWidget(self._notice_label, 1)
        notice_layout.addWidget(notice_close)
        self._notice.hide()

        # -- the composer: files, the question, Attach, Stop and Send --------------------------
        self._composer_problem = QLabel(composer)
        self._composer_problem.setObjectName("composerProblem")
        self._composer_problem.setWordWrap(True)
        self._composer_problem.setTextFormat(Qt.TextFormat.PlainText)
        self._composer_problem.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        )
        self._composer_problem.hide()

        self._prompt = PromptEdit(composer)
        self._prompt.setPlaceholderText(
            self.tr("Ask a question, or drop a photo or a video here and ask about it…")
        )
        self._prompt.setFixedHeight(PROMPT_HEIGHT)
        self._prompt.setAccessibleName(self.tr("Question"))

        self._attach_button = self._strip.make_attach_button(composer)

        send_keys = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        self._hint = QLabel(
            self.tr("%1 to send · Enter for a new line").replace("%1", send_keys), composer
        )
        self._hint.setObjectName("composerHint")
        self._hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._hint.setWordWrap(True)  # two short lines beside the token count, not cut off

        self._compare_button = QToolButton(composer)
        self._compare_button.setObjectName("compareButton")
        self._compare_button.setDefaultAction(self.compare_action)
        self._compare_button.setAutoRaise(True)  # an icon only: the hint beside it is long

        self.token_count = TokenCountLabel(composer)
        self._stop_button = QPushButton(self.tr("Stop"), composer)
        self._stop_button.setObjectName("stopButton")
        self._stop_button.setToolTip(self.tr("Stop the answer (Esc)"))
        self._stop_button.setCursor(Qt.CursorShape.PointingHandCursor)

        self._send_button = QPushButton(self.tr("Send"), composer)
        self._send_button.setObjectName("sendButton")
        self._send_button.setToolTip(self.tr("Send the question (%1)").replace("%1", send_keys))
        self._send_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self._send_button.setDefault(False)
        self._send_button.setAutoDefault(False)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(8)
        buttons.addWidget(self._attach_button)
        buttons.addWidget(self._hint, 1)
        buttons.addWidget(self.token_count)
        buttons.addWidget(self._compare_button)
        buttons.addWidget(self._stop_button)
        buttons.addWidget(self._send_button)

        composer_layout = QVBoxLayout(composer)
        composer_layout.setContentsMargins(10, 8, 10, 10)
        composer_layout.setSpacing(6)
        composer_layout.addWidget(self._strip)
        composer_layout.addWidget(self._composer_problem)
        composer_layout.addWidget(self._prompt)
        composer_layout.addLayout(buttons)

        transcript_frame = QFrame(self)
        transcript_frame.setObjectName("transcriptFrame")
        transcript_layout = QVBoxLayout(transcript_frame)
        transcript_layout.setContentsMargins(1, 1, 1, 1)
        transcript_layout.addWidget(self._conversation)

        column = QWidget(self)
        column.setObjectName("conversationArea")
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(12)
        column_layout.addWidget(transcript_frame, 1)
        column_layout.addWidget(composer)

        sidebar_frame = QFrame(self)
        sidebar_frame.setObjectName("sidebarFrame")
        sidebar_layout = QVBoxLayout(sidebar_frame)
        sidebar_layout.setContentsMargins(1, 1, 1, 1)
        self._sidebar_layout = sidebar_layout
        self._sidebar_frame = sidebar_frame

        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._splitter.setObjectName("mainSplitter")
        self._splitter.setChildrenCollapsible(True)
        self._splitter.setHandleWidth(12)
        self._splitter.addWidget(sidebar_frame)
        self._splitter.addWidget(column)
        self._splitter.setCollapsible(0, True)
        self._splitter.setCollapsible(1, False)
        self._splitter.setStretchFactor(0, 0)
        self._splitter.setStretchFactor(1, 1)
        self._splitter.setSizes([SIDEBAR_WIDTH, DEFAULT_SIZE[0] - SIDEBAR_WIDTH])

        central = QWidget(self)
        central.setObjectName("centralArea")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(14, 12, 14, 10)
        layout.setSpacing(10)
        layout.addWidget(top_bar)
        layout.addWidget(self._notice)
        layout.addWidget(self._splitter, 1)
        self.setCentralWidget(central)
        self._width = WidthKeeper(
            self, MINIMUM_SIZE[0], sidebar_frame, self._sidebar_action, self._dock_placeholder
        )

        self._status = QLabel(self)
        self._status.setObjectName("statusMessage")
        self.statusBar().addWidget(self._status, 1)
        self._connection_status = QLabel(self)
        self._connection_status.setObjectName("connectionStatus")
        self.statusBar().addPermanentWidget(self._connection_status)
        self.statusBar().setSizeGripEnabled(False)

        # -- keyboard --------------------------------------------------------------------------
        # Ctrl+Enter sends from anywhere in the window (the prompt handles it itself too,
        # for when a dialog's shortcut context hides the window's).
        self._send_shortcuts = [
            QShortcut(QKeySequence(key), self) for key in ("Ctrl+Return", "Ctrl+Enter")
        ]
        for shortcut in self._send_shortcuts:
            shortcut.activated.connect(self._on_send_shortcut_activated)
        # Esc only while an answer streams: otherwise it belongs to the focused widget
        # (closing a search, cancelling a rename).
        self._stop_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._stop_shortcut.setEnabled(False)
        self._stop_shortcut.activated.connect(self._on_stop_shortcut_activated)

        # -- wiring ----------------------------------------------------------------------------
        self._prompt.submitted.connect(self._on_prompt_submitted)
        self._prompt.textChanged.connect(self._on_prompt_text_changed)
        self._strip.changed.connect(self._update_buttons)
        self._send_button.clicked.connect(self._on_send_button_clicked)
        self._stop_button.clicked.connect(self._on_stop_button_clicked)
        self._new_chat_action.triggered.connect(self._on_new_chat_action_triggered)
        self._import_action.triggered.connect(self._on_import_action_triggered)
        self._export_action.triggered.connect(self._on_export_action_triggered)
        self._quit_action.triggered.connect(self.close)
        self._settings_action.triggered.connect(self._on_settings_action_triggered)
        self._sidebar_action.toggled.connect(self._on_sidebar_action_toggled)
        self._splitter.splitterMoved.connect(self._on_splitter_moved)
        self._switcher.activated.connect(self._on_switcher_activated)
        notice_close.clicked.connect(self._on_notice_close_clicked)

        self._notice_icon.setPixmap(icons.pixmap("error", QColor("#b06000"), 18))
        theme.follow(self, self._apply_theme)
        self.show_connection(None)
        self.show_status(self.tr("Ready"))
        self._update_buttons()
        self._prompt.setFocus()

    def _apply_theme(self, palette: QPalette) -> None:
        """The style sheet and the icons, in the palette's colours (again after a switch
        between light and dark)."""
        self.setStyleSheet(main_window_style_sheet(palette))
        text = palette.color(QPalette.ColorRole.Text)
        self._sidebar_action.setIcon(icons.icon("history", text, 18))
        self._dock_action.setIcon(icons.icon("tune", text, 18))
        self.compare_action.setIcon(icons.icon("columns", text, 18))
        self._attach_button.setIcon(icons.icon("upload", text, 18))
        self._settings_button.setIcon(icons.icon("settings", text, 18))
        accent = theme.accent_color(palette)
        for index, name in enumerate(self._profile_icons):
            self._switcher.setItemIcon(index, icons.icon(name, accent, 16))

    # -- the parts --------------------------------------------------------------------------------

    @property
    def conversation(self) -> ConversationView:
        return self._conversation

    def build_panels(self) -> None:
        """Build the Settings dock and the conversation list (once; asking for either too)."""
        if self._dock is not None:
            return
        self._dock, self._sidebar, self._dock_action = build_panels(
            self, self._dock_placeholder, self._dock_action, self._sidebar_layout
        )
        self._width.follow(self._dock)
        self._dock.settings_changed.connect(self._on_dock_settings_changed)
        self.panels_built.emit()

    def has_panels(self) -> bool:
        return self._dock is not None

    @property
    def sidebar(self) -> HistorySidebar:
        self.build_panels()
        assert self._sidebar is not None
        return self._sidebar

    @property
    def dock(self) -> ParameterDock:
        self.build_panels()
        assert self._dock is not None
        return self._dock

    @property
    def strip(self) -> AttachmentStrip:
        return self._strip

    @property
    def prompt(self) -> PromptEdit:
        return self._prompt

    @property
    def splitter(self) -> QSplitter:
        return self._splitter

    @property
    def send_button(self) -> QPushButton:
        return self._send_button

    @property
    def stop_button(self) -> QPushButton:
        return self._stop_button

    @property
    def attach_button(self) -> QToolButton:
        return self._attach_button

    @property
    def new_chat_action(self) -> QAction:
        return self._new_chat_action

    @property
    def import_action(self) -> QAction:
        return self._import_action

    @property
    def export_action(self) -> QAction:
        return self._export_action

    @property
    def sidebar_action(self) -> QAction:
        return self._sidebar_action

    @property
    def settings_panel_action(self) -> QAction:
        self.build_panels()
        return self._dock_action

    # -- the composer -----------------------------------------------------------------------------

    def prompt_text(self) -> str:
        return self._prompt.toPlainText()

    def set_prompt_text(self, text: str) -> None:
        self._prompt.setPlainText(text)
        self._prompt.moveCursor(QTextCursor.MoveOperation.End)

    def clear_prompt(self) -> None:
        self._prompt.clear()

    def focus_prompt(self) -> None:
        self._prompt.setFocus(Qt.FocusReason.OtherFocusReason)

    def has_something_to_send(self) -> bool:
        return bool(self._prompt.toPlainText().strip()) or self._strip.count() > 0

    def show_composer_problem(self, text: str) -> None:
        """Why the question was not sent, just above it, until the box or the settings
        change."""
        self._composer_problem.setText(text)
        self._composer_problem.show()

    def hide_composer_problem(self) -> None:
        self._composer_problem.hide()

    def composer_problem_text(self) -> str:
        return self._composer_problem.text() if not self._composer_problem.isHidden() else ""

    def is_busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        """While an answer streams, Send is off and Stop (and Esc) is on."""
        self._busy = busy
        self._stop_shortcut.setEnabled(busy)
        self._update_buttons()

    def focus_model_picker(self) -> None:
        """Show the Settings panel with the model list ready for typing."""
        self.dock.show()
        self.dock.raise_()
        combo = self.dock.model_picker.combo
        combo.setFocus(Qt.FocusReason.OtherFocusReason)
        if combo.lineEdit() is not None:
            combo.lineEdit().selectAll()

    def set_conversation_saved(self, saved: bool) -> None:
        """Whether the conversation on show is in the history (it can be exported)."""
        self._export_action.setEnabled(saved)

    # -- messages ---------------------------------------------------------------------------------

    def show_status(self, text: str) -> None:
        self._status.setText(text)

    def status_text(self) -> str:
        return self._status.text()

    def show_notice(self, text: str) -> None:
        """A message above the conversation that stays until dismissed. Messages that come
        while one is shown are added below it (each once), not put in its place."""
        if not self._notice.isVisibleTo(self):
            self._notices = []
        if text not in self._notices:
            self._notices.append(text)
        self._notice_label.setText("\n".join(self._notices))
        self._notice.show()

    def hide_notice(self) -> None:
        self._notice.hide()
        self._notices = []

    def notice_text(self) -> str:
        return self._notice_label.text() if self._notice.isVisibleTo(self) else ""

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
        accent = theme.accent_color()
        self._switcher.clear()
        self._profile_ids = [p.id for p in profiles]
        self._profile_icons = [way(p.sign_in).icon for p in profiles]
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
        self._conversation.set_connected(profile is not None)
        if profile is None:
            self._active_profile_id = None
            self._shown_profile = None
            self._connection_status.setText(self.tr("Not connected"))
            self._connection_status.setToolTip(
                self.tr("Open Connection settings to choose how to connect.")
            )
            return
        self._select_profile(profile.id)
        self._connection_status.setToolTip(way(profile.sign_in).title)
        self._shown_profile = profile
        self._show_model_in_use()

    def _show_model_in_use(self) -> None:
        """The connection and the model answers will come from: the one chosen in the
        Settings panel, else the connection's own (as the panel says too)."""
        profile = self._shown_profile
        if profile is None or self._active_profile_id != profile.id:
            return
        model = self.dock.model_picker.model_id() or profile.model
        self._connection_status.setText(
            self.tr("Using %1 · %2").replace("%1", profile.name).replace("%2", model)
        )

    def connection_text(self) -> str:
        return self._connection_status.text()

    def _select_profile(self, profile_id: str | None) -> None:
        self._active_profile_id = profile_id
        index = self._switcher.findData(profile_id) if profile_id is not None else -1
        self._switcher.setCurrentIndex(index)

    # -- layout and its memory --------------------------------------------------------------------

    def is_sidebar_shown(self) -> bool:
        """Shown, or hidden only while the window is too narrow for it (WidthKeeper)."""
        return self._sidebar_action.isChecked() or self._width.list_gave_way()

    def set_sidebar_shown(self, shown: bool) -> None:
        self._width.choose_list(shown)

    def save_state(self, settings: QSettings) -> None:
        """Remember the window's size and place, the dock and the sidebar (plain
        preferences)."""
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        settings.setValue(SPLITTER_KEY, self._splitter.saveState())
        settings.setValue(SIDEBAR_KEY, self.is_sidebar_shown())

    def restore_state(self, settings: QSettings) -> None:
        """The opposite of save_state; anything missing or unreadable keeps the defaults."""
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(QByteArray(geometry))
        state = settings.value(STATE_KEY)
        if isinstance(state, QByteArray | bytes) and state:
            self.restoreState(QByteArray(state))
        splitter = settings.value(SPLITTER_KEY)
        if isinstance(splitter, QByteArray | bytes) and splitter:
            self._splitter.restoreState(QByteArray(splitter))
        shown = settings.value(SIDEBAR_KEY)
        if shown is not None:
            self.set_sidebar_shown(str(shown).lower() in ("true", "1"))
        self._on_splitter_moved()

    # -- slots ------------------------------------------------------------------------------------

    def _on_prompt_submitted(self) -> None:
        self._request_send()

    def _on_send_shortcut_activated(self) -> None:
        self._request_send()

    def _on_send_button_clicked(self) -> None:
        self._request_send()

    def _on_stop_button_clicked(self) -> None:
        self.stop_requested.emit()

    def _on_stop_shortcut_activated(self) -> None:
        if self._busy:
            self.stop_requested.emit()

    def _on_new_chat_action_triggered(self) -> None:
        self.new_chat_requested.emit()

    def _on_import_action_triggered(self) -> None:
        self.import_requested.emit()

    def _on_export_action_triggered(self) -> None:
        self.export_requested.emit()

    def _on_settings_action_triggered(self) -> None:
        self.connection_settings_requested.emit()

    def _on_prompt_text_changed(self) -> None:
        self.hide_composer_problem()
        self._update_buttons()

    def _on_dock_settings_changed(self) -> None:
        self._show_model_in_use()
        if not self._composer_problem.isHidden() and self.dock.validation_error() is None:
            self.hide_composer_problem()

    def _on_sidebar_action_toggled(self, shown: bool) -> None:
        self._sidebar_frame.setVisible(shown)
        sizes = self._splitter.sizes()
        if shown and sizes and sizes[0] == 0:
            # Collapsed by dragging: open it at its usual width again.
            total = sum(sizes)
            self._splitter.setSizes([SIDEBAR_WIDTH, max(0, total - SIDEBAR_WIDTH)])

    def _on_splitter_moved(self, *_args: object) -> None:
        # Dragged shut: the View menu's tick follows.
        sizes = self._splitter.sizes()
        collapsed = bool(sizes) and sizes[0] == 0 and self._sidebar_frame.isVisibleTo(self)
        if collapsed and self._sidebar_action.isChecked():
            blocked = self._sidebar_action.blockSignals(True)
            self._sidebar_action.setChecked(False)
            self._sidebar_action.blockSignals(blocked)
            self._sidebar_frame.hide()  # nor does the window keep room for it (WidthKeeper)

    def _on_switcher_activated(self, index: int) -> None:
        profile_id = self._switcher.itemData(index)
        if isinstance(profile_id, str) and profile_id != self._active_profile_id:
            self._active_profile_id = profile_id
            self.profile_switch_requested.emit(profile_id)

    def _on_notice_close_clicked(self) -> None:
        self.hide_notice()

    def _request_send(self) -> None:
        if self._busy or not self.has_something_to_send():
            return
        self.send_requested.emit()

    def _update_buttons(self) -> None:
        self._send_button.setEnabled(not self._busy and self.has_something_to_send())
        self._stop_button.setEnabled(self._busy)
        self._stop_button.setVisible(self._busy)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab follows the screen: top bar, conversations, conversation, question, panel."""
        dock = self._dock or self._dock_placeholder
        regions = [self._sidebar_frame, self._conversation, self._composer, dock]
        return focus_next_region(self, regions, next) or super().focusNextPrevChild(next)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()


def _fitting_size(size: tuple[int, int]) -> tuple[int, int]:
    """The default size, shrunk to fit a smaller screen (a 1280x800 laptop, say) so that no
    part of the window starts off-screen."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return size
    available = screen.availableGeometry()
    return (
        min(size[0], int(available.width() * 0.95)),
        min(size[1], int(available.height() * 0.95)),
    )
