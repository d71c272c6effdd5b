"""The main window's style sheet, made from the palette by the theme's rules."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from desktop.ui import icons
from desktop.ui.theme import AMBER, GRADIENT_FROM, GRADIENT_TO, WindowColors, rgba


def main_window_style_sheet(palette: QPalette) -> str:
    """Cards on a calm background, the Send gradient, the top bar's quiet buttons."""
    colors = WindowColors.from_palette(palette)
    dark, base, text, muted = colors.dark, colors.base, colors.text, colors.muted
    accent, border, background = colors.accent, colors.border, colors.background
    pressed_from, pressed_to = ("#2f64d8", "#7440c8")
    error = QColor("#ff8a80") if dark else QColor("#b3261e")
    return f"""
        #centralArea {{ background: {background.name()}; }}
        #transcriptFrame, #composer, #sidebarFrame {{
            background: {base.name()};
            border: 1px solid {rgba(border)};
            border-radius: 14px;
        }}
        #transcript, #emptyState, #promptEdit {{
            background: transparent;
            border: none;
        }}
        QSplitter#mainSplitter::handle {{ background: transparent; }}
        #emptyStateTitle {{ color: {text.name()}; }}
        #emptyStateBody {{ color: {rgba(text)}; }}
        #emptyStateHint {{ color: {accent.name()}; }}
        #composerHint {{ color: {rgba(muted)}; }}
        #composerProblem {{ color: {error.name()}; padding: 2px 4px; }}
        #tokenCount {{ color: {rgba(muted)}; padding: 0 4px; }}
        #tokenCount[over="true"] {{ color: {error.name()}; font-weight: 600; }}
        #statusMessage {{ color: {rgba(muted)}; padding: 0 0 0 16px; }}
        #connectionStatus {{ color: {rgba(muted)}; padding: 0 16px 0 0; }}
        QFrame#noticeBar {{
            background: {rgba(AMBER, 40 if dark else 22)};
            border: 1px solid {rgba(AMBER, 110)};
            border-radius: 10px;
        }}
        #noticeText {{ color: {text.name()}; }}
        QToolButton#noticeClose {{ border: none; color: {rgba(muted)}; padding: 2px 6px; }}
        QComboBox#profileSwitcher {{
            background: {base.name()};
            border: 1px solid {rgba(border)};
            border-radius: 9px;
            padding: 6px 10px;
            font-weight: 600;
        }}
        QComboBox#profileSwitcher:hover {{ border-color: {accent.name()}; }}
        QComboBox#profileSwitcher {{ combobox-popup: 0; }}
        QComboBox#profileSwitcher QAbstractItemView {{
            background: {base.name()};
            color: {text.name()};
            border: 1px solid {rgba(border)};
            selection-background-color: {rgba(accent, 36)};
            selection-color: {text.name()};
            outline: none;
            padding: 4px;
        }}
        {icons.combo_arrow_rules("QComboBox#profileSwitcher")}
        QToolButton#connectionSettingsButton,
        QToolButton#sidebarToggle,
        QToolButton#settingsPanelToggle {{
            color: {text.name()};
            background: transparent;
            border: 1px solid transparent;
            border-radius: 9px;
            padding: 6px 10px;
        }}
        QToolButton#connectionSettingsButton:hover,
        QToolButton#sidebarToggle:hover,
        QToolButton#settingsPanelToggle:hover {{
            background: {base.name()};
            border-color: {rgba(border)};
        }}
        QToolButton#sidebarToggle:checked,
        QToolButton#settingsPanelToggle:checked {{
            background: {rgba(accent, 28)};
            border-color: {rgba(border)};
        }}
        QStatusBar {{ background: {background.name()}; }}
        QPushButton#sendButton, QPushButton#connectButton {{
            color: white;
            border: none;
            border-radius: 9px;
            padding: 8px 22px;
            font-weight: 600;
            background: qlineargradient(x1:0, y1:0, x2:1, y2:1,
                stop:0 {GRADIENT_FROM.name()}, stop:1 {GRADIENT_TO.name()});
        }}
        QPushButton#connectButton {{ padding: 9px 30px; }}
        QPushButton#sendButton:hover, QPushButton#connectButton:hover {{
            background: qlineargradient(x1:0, y1:0, x2:1, y2:1, stop:0 #5189fa, stop:1 #9a66ee);
        }}
        QPushButton#sendButton:pressed, QPushButton#connectButton:pressed {{
            background: qlineargradient(x1:0, y1:0, x2:1, y2:1,
                stop:0 {pressed_from}, stop:1 {pressed_to});
        }}
        QPushButton#sendButton:disabled {{
            color: {rgba(QColor(255, 255, 255, 200))};
            background: {rgba(accent, 90)};
        }}
        QPushButton#stopButton {{
            color: {text.name()};
            background: {base.name()};
            border: 1px solid {rgba(border)};
            border-radius: 9px;
            padding: 7px 18px;
        }}
        QPushButton#stopButton:hover {{ border-color: {accent.name()}; }}
    """
