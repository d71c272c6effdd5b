"""The connection dialog's style sheet, built from the window palette (light or dark)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from desktop.ui import icons
from desktop.ui.theme import WindowColors, rgba


def style_sheet(palette: QPalette) -> str:
    """The dialog's looks: cards, drop zones, result panel, fields and buttons."""
    colors = WindowColors.from_palette(palette)
    dark, base, text, muted = colors.dark, colors.base, colors.text, colors.muted
    accent, border, background = colors.accent, colors.border, colors.background
    selected_bg = rgba(accent, 46 if dark else 20)
    ok, bad, warn = colors.success, colors.problem, colors.warning
    return f"""
        #formPage, #donePage, #waysPane, #detailsPane {{ background: {background.name()}; }}
        #waysScroll, #detailsScroll {{ background: transparent; }}
        #dialogTitle, #doneTitle {{ color: {text.name()}; }}
        #dialogSubtitle, #wayLine, #kindHelp, #doneBody, #dropZoneDetail,
        #signInStatus, #adcBody, #bucketHelp {{ color: {rgba(muted)}; }}
        #sectionCaption {{
            color: {rgba(muted)}; font-size: 8pt; font-weight: 600; letter-spacing: 1px;
            padding: 2px 4px 0 4px;
        }}
        QFrame#wayCard {{
            background: {base.name()};
            border: 2px solid {rgba(border)};
            border-radius: 12px;
        }}
        QFrame#wayCard:hover {{ border-color: {rgba(accent, 120)}; }}
        QFrame#wayCard[selected="true"] {{
            border-color: {accent.name()};
            background: {selected_bg};
        }}
        QLabel#wayIcon {{ background: {rgba(accent, 40 if dark else 24)}; border-radius: 10px; }}
        QLabel#wayIcon[selected="true"] {{ background: {accent.name()}; }}
        QRadioButton#wayTitle {{ color: {text.name()}; spacing: 8px; }}
        QFrame#adcBox, QFrame#dropZone, QFrame#originalFileBox {{
            background: {base.name()};
            border: 1px solid {rgba(border)};
            border-radius: 12px;
        }}
        QFrame#dropZone {{ border: 2px dashed {rgba(accent, 110)}; }}
        QFrame#dropZone[dragging="true"] {{
            background: {selected_bg}; border-color: {accent.name()};
        }}
        QFrame#dropZone[loaded="true"] {{ border: 1px solid {rgba(ok, 160)}; }}
        #adcWarning {{ color: {warn.name()}; }}
        #keyNote {{ color: {warn.name()}; }}
        #bucketNote {{ color: {bad.name()}; }}
        #signInStatus[state="success"], #originalFileStatus[state="success"] {{
            color: {ok.name()};
        }}
        #originalFileStatus[state="problem"] {{ color: {bad.name()}; }}
        QFrame#resultPanel {{
            border-radius: 12px;
            border: 1px solid {rgba(border)};
            background: {base.name()};
        }}
        QFrame#resultPanel[state="success"] {{
            border-color: {rgba(ok, 150)}; background: {rgba(ok, 40 if dark else 18)};
        }}
        QFrame#resultPanel[state="problem"] {{
            border-color: {rgba(bad, 150)}; background: {rgba(bad, 40 if dark else 16)};
        }}
        QFrame#resultPanel[state="note"] {{
            border-color: {rgba(warn, 150)}; background: {rgba(warn, 40 if dark else 16)};
        }}
        QLabel#resultBadge {{ border-radius: 13px; background: {rgba(accent, 60)}; }}
        QLabel#resultBadge[state="success"] {{ background: {ok.name()}; }}
        QLabel#resultBadge[state="problem"] {{ background: {bad.name()}; }}
        QLabel#resultBadge[state="note"] {{ background: {warn.name()}; }}
        QLabel#doneBadge {{ border-radius: 32px; background: {ok.name()}; }}
        QProgressBar#resultProgress {{
            border: none; border-radius: 2px; background: {rgba(accent, 40)};
        }}
        QProgressBar#resultProgress::chunk {{ background: {accent.name()}; border-radius: 2px; }}
        QToolButton#advancedToggle {{
            border: none; color: {accent.name()}; font-weight: 600; padding: 2px 0;
        }}
        QFrame#keyringBar {{
            background: {rgba(warn, 40 if dark else 18)};
            border-top: 1px solid {rgba(warn, 150)};
        }}
        #keyringText {{ color: {text.name()}; }}
        QFrame#dialogFooter {{
            background: {background.name()}; border-top: 1px solid {rgba(border)};
        }}
        QPushButton#saveButton, QPushButton#signInButton, QPushButton#doneButton {{
            color: white;
            border: none;
            border-radius: 9px;
            padding: 8px 26px;
            font-weight: 600;
            background: qlineargradient(x1:0, y1:0, x2:1, y2:1, stop:0 #3d7bf7, stop:1 #8b55e6);
        }}
        QPushButton#saveButton:hover, QPushButton#signInButton:hover,
        QPushButton#doneButton:hover {{
            background: qlineargradient(x1:0, y1:0, x2:1, y2:1, stop:0 #5189fa, stop:1 #9a66ee);
        }}
        QPushButton#saveButton:disabled, QPushButton#signInButton:disabled {{
            color: {rgba(QColor(255, 255, 255), 200)};
            background: {rgba(accent, 90)};
        }}
        QPushButton#testButton, QPushButton#cancelButton, QPushButton#resultAction,
        QPushButton#chooseFileButton, QPushButton#newProfileButton,
        QPushButton#deleteProfileButton, QPushButton#adcCopyButton,
        QPushButton#adcRecheckButton, QPushButton#copyLinkButton,
        QPushButton#deleteOriginalButton {{
            color: {text.name()};
            background: {base.name()};
            border: 1px solid {rgba(border, 90)};
            border-radius: 9px;
            padding: 7px 16px;
        }}
        QPushButton#testButton:hover, QPushButton#cancelButton:hover,
        QPushButton#resultAction:hover, QPushButton#chooseFileButton:hover,
        QPushButton#newProfileButton:hover, QPushButton#deleteProfileButton:hover,
        QPushButton#adcCopyButton:hover, QPushButton#adcRecheckButton:hover,
        QPushButton#copyLinkButton:hover, QPushButton#deleteOriginalButton:hover {{
            border-color: {accent.name()};
        }}
        QPushButton#testButton:disabled, QPushButton#deleteProfileButton:disabled,
        QPushButton#deleteOriginalButton:disabled {{ color: {rgba(muted)}; }}
        QPushButton#testButton {{ font-weight: 600; color: {accent.name()}; }}
        QLineEdit, QComboBox {{
            background: {base.name()};
            border: 1px solid {rgba(border, 90)};
            border-radius: 8px;
            padding: 6px 8px;
            min-height: 20px;
        }}
        QLineEdit:focus, QComboBox:focus {{ border-color: {accent.name()}; }}
        QLineEdit[readOnly="true"] {{ color: {rgba(muted)}; }}
        QLabel#formLabel {{ min-height: 34px; }}
        QComboBox {{ combobox-popup: 0; }}
        QComboBox QAbstractItemView {{
            background: {base.name()};
            color: {text.name()};
            border: 1px solid {rgba(border, 90)};
            selection-background-color: {selected_bg};
            selection-color: {text.name()};
            outline: none;
            padding: 4px;
        }}
        QLabel#adcCommand {{
            background: {rgba(text, 14)};
            border-radius: 6px;
            padding: 6px 8px;
        }}
    """ + icons.combo_arrow_rules()
