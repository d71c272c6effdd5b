"""The sidebar's colours, derived from the palette so light and dark both work."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from desktop.ui.theme import accent_color, blend, is_dark


@dataclass(frozen=True)
class SidebarColors:
    dark: bool
    background: QColor
    text: QColor
    muted: QColor
    accent: QColor
    hover: QColor
    selected: QColor
    highlight: QColor
    """Behind a search match."""
    placeholder: QColor
    """Behind the chat glyph of a conversation without a photo."""
    border: QColor
    field: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> SidebarColors:
        dark = is_dark(palette)
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        accent = accent_color(palette)
        # A sidebar a shade apart from the conversation's base colour.
        background = blend(window, QColor("#000000" if not dark else "#ffffff"), 0.025)
        return cls(
            dark=dark,
            background=background,
            text=text,
            muted=blend(text, background, 0.42),
            accent=accent,
            hover=blend(background, text, 0.06),
            selected=blend(background, accent, 0.22 if dark else 0.14),
            highlight=blend(background, QColor("#f2c84b"), 0.45 if dark else 0.55),
            placeholder=blend(background, accent, 0.16 if dark else 0.10),
            border=blend(background, text, 0.14 if dark else 0.10),
            field=palette.color(QPalette.ColorRole.Base),
        )
