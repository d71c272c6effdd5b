"""Colours and fonts of the conversation, derived from the palette so light and dark both work."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette

from desktop.ui.theme import accent_color, blend, is_dark

BODY_POINT_SIZE = 11.0
COLUMN_MAX_WIDTH = 760
"""The widest the text column gets: about 90 characters, a comfortable line to read."""


@dataclass(frozen=True)
class Theme:
    """Everything the answer renderer and the turn widgets paint with."""

    dark: bool
    base: QColor
    text: QColor
    muted: QColor
    accent: QColor
    link: QColor
    border: QColor
    card: QColor
    """The user's question card."""
    code_background: QColor
    code_border: QColor
    table_border: QColor
    inline_code_background: QColor
    quote_text: QColor
    quote_bar: QColor
    table_header: QColor
    warning: QColor
    warning_background: QColor
    error: QColor
    error_background: QColor
    code_palette: str
    """"light" or "dark": which set of syntax colours (code_highlight.PALETTES)."""
    body_font: QFont
    code_font: QFont

    @classmethod
    def from_palette(cls, palette: QPalette, body_font: QFont) -> Theme:
        dark = is_dark(palette)
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        accent = accent_color(palette)
        muted = blend(text, base, 0.42)
        if dark:
            code_background = blend(base, QColor("#000000"), 0.24)
        else:
            code_background = blend(base, QColor("#4a5a80"), 0.055)
        font = QFont(body_font)
        font.setPointSizeF(BODY_POINT_SIZE)
        code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        code_font.setPointSizeF(BODY_POINT_SIZE - 1.0)
        return cls(
            dark=dark,
            base=base,
            text=text,
            muted=muted,
            accent=accent,
            link=QColor("#8fb4ff") if dark else QColor("#2457c5"),
            border=QColor(255, 255, 255, 34) if dark else QColor(24, 28, 60, 30),
            card=blend(base, accent, 0.12 if dark else 0.07),
            code_background=code_background,
            code_border=blend(code_background, text, 0.14 if dark else 0.09),
            table_border=blend(base, text, 0.22 if dark else 0.16),
            inline_code_background=blend(base, text, 0.12 if dark else 0.07),
            quote_text=blend(text, base, 0.25),
            quote_bar=blend(base, accent, 0.55),
            table_header=blend(base, text, 0.08 if dark else 0.045),
            warning=QColor("#f2b84b") if dark else QColor("#8a5300"),
            warning_background=blend(base, QColor("#e8a317"), 0.16 if dark else 0.12),
            error=QColor("#ffb4ab") if dark else QColor("#a1261b"),
            error_background=blend(base, QColor("#e5484d"), 0.16 if dark else 0.08),
            code_palette="dark" if dark else "light",
            body_font=font,
            code_font=code_font,
        )
