"""Colours as Qt style sheets spell them."""

from __future__ import annotations

from PySide6.QtGui import QColor


def rgba(color: QColor, alpha: int | None = None) -> str:
    """`rgba(r, g, b, a)` for a style sheet; `alpha` (0-255) replaces the colour's own."""
    a = color.alpha() if alpha is None else alpha
    return f"rgba({color.red()}, {color.green()}, {color.blue()}, {a})"
