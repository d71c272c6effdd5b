"""The dock's style sheet, made from the palette so it suits light and dark themes."""

from __future__ import annotations

from PySide6.QtGui import QPalette

from desktop.ui.theme import AMBER, WindowColors, rgba


def dock_style_sheet(palette: QPalette) -> str:
    colors = WindowColors.from_palette(palette)
    dark, text, muted, accent = colors.dark, colors.text, colors.muted, colors.accent
    border, warning, problem = colors.border, colors.warning, colors.problem
    return f"""
        QToolButton#mediaToggle, QToolButton#advancedToggle, QToolButton#safetyToggle {{
            border: none;
            font-weight: 600;
            padding: 2px 0;
            color: {text.name()};
        }}
        QToolButton#mediaToggle:hover, QToolButton#advancedToggle:hover,
        QToolButton#safetyToggle:hover {{
            color: {accent.name()};
        }}
        QFrame#sectionSeparator {{ border: none; background: {rgba(border)}; }}
        QToolButton[role="reset"] {{
            border: none;
            border-radius: 4px;
            padding: 0;
            font-size: 15px;
            color: {accent.name()};
        }}
        QToolButton[role="reset"]:hover {{ background: {rgba(accent, 30)}; }}
        QToolButton[role="reset"]:disabled {{ color: {rgba(muted, 70)}; }}
        QToolButton#modelsRefreshButton {{
            border: none;
            border-radius: 4px;
            padding: 0 5px;
            font-size: 16px;
            color: {text.name()};
        }}
        QToolButton#modelsRefreshButton:hover {{ background: {rgba(accent, 30)}; }}
        QLabel#modelInfo, QLabel#safetyNote, QLabel#schemaStatus {{
            color: {rgba(muted)};
        }}
        QLabel[role="ignoredNote"] {{ color: {rgba(muted)}; font-style: italic; }}
        QFrame#stopChip {{
            background: {rgba(accent, 40 if dark else 26)};
            border: 1px solid {rgba(accent, 90)};
            border-radius: 9px;
        }}
        QToolButton#stopChipRemove {{
            border: none;
            padding: 0 3px;
            color: {rgba(muted)};
        }}
        QToolButton#stopChipRemove:hover {{ color: {problem.name()}; }}
        QLabel#stopSequencesMessage, QLabel#originalPhotoWarning {{ color: {warning.name()}; }}
        QPlainTextEdit#schemaEdit[problem="true"] {{ border: 1px solid {problem.name()}; }}
        QLabel#settingsProblem {{
            color: {text.name()};
            background: {rgba(AMBER, 40 if dark else 22)};
            border: 1px solid {rgba(AMBER, 110)};
            border-radius: 8px;
            padding: 6px 10px;
        }}
    """
