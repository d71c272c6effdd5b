"""One look for the whole window: light or dark, the accent, the colours every style sheet is
made from, and `follow`, which restyles a widget when the system switches between light and
dark."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

GRADIENT_FROM = QColor("#3d7bf7")
"""The app icon's and the Send button's gradient starts here…"""
GRADIENT_TO = QColor("#8b55e6")
"""…and ends here."""
AMBER = QColor(176, 96, 0)
"""Behind notices that ask for attention without being errors (no keyring, bad settings)."""


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette (the application's by default) is a dark one."""
    palette = QApplication.palette() if palette is None else palette
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def accent_color(palette: QPalette | None = None) -> QColor:
    """The blue-violet of the app icon, lighter on dark backgrounds so it stays readable."""
    return QColor("#9a8cff") if is_dark(palette) else QColor("#5a4fe0")


def hairline_color(palette: QPalette | None = None) -> QColor:
    """The thin border around the window's cards and fields."""
    return QColor(255, 255, 255, 38) if is_dark(palette) else QColor(24, 28, 60, 34)


def success_color(palette: QPalette | None = None) -> QColor:
    return QColor("#81c995") if is_dark(palette) else QColor("#188038")


def problem_color(palette: QPalette | None = None) -> QColor:
    return QColor("#f28b82") if is_dark(palette) else QColor("#c5221f")


def warning_color(palette: QPalette | None = None) -> QColor:
    return QColor("#fdd663") if is_dark(palette) else QColor("#b06000")


@dataclass(frozen=True)
class WindowColors:
    """The colours the window's style sheets are made from, for one palette."""

    dark: bool
    window: QColor
    base: QColor
    """Behind text fields and cards."""
    text: QColor
    muted: QColor
    accent: QColor
    border: QColor
    background: QColor
    """Behind the cards: the window's colour, a shade darker when light."""
    success: QColor
    problem: QColor
    warning: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> WindowColors:
        dark = is_dark(palette)
        window = palette.color(QPalette.ColorRole.Window)
        return cls(
            dark=dark,
            window=window,
            base=palette.color(QPalette.ColorRole.Base),
            text=palette.color(QPalette.ColorRole.Text),
            muted=palette.color(QPalette.ColorRole.PlaceholderText),
            accent=accent_color(palette),
            border=hairline_color(palette),
            background=window if dark else window.darker(104),
            success=success_color(palette),
            problem=problem_color(palette),
            warning=warning_color(palette),
        )


def blend(base: QColor, tint: QColor, amount: float) -> QColor:
    """`base` moved `amount` (0..1) of the way towards `tint`."""
    return QColor.fromRgbF(
        base.redF() + (tint.redF() - base.redF()) * amount,
        base.greenF() + (tint.greenF() - base.greenF()) * amount,
        base.blueF() + (tint.blueF() - base.blueF()) * amount,
    )


def rgba(color: QColor, alpha: int | None = None) -> str:
    """`rgba(r, g, b, a)` for a style sheet; `alpha` (0-255) replaces the colour's own."""
    a = color.alpha() if alpha is None else alpha
    return f"rgba({color.red()}, {color.green()}, {color.blue()}, {a})"


class _Follower(QObject):
    """Lives as the widget's child, so it goes when the widget goes (and its connections)."""

    def __init__(self, widget: QWidget, restyle: Callable[[QPalette], None]) -> None:
        super().__init__(widget)
        self._restyle = restyle
        self._palette: QPalette | None = None
        # Told by the application, not by the widget: once the application's palette has
        # been set, Qt sends ApplicationPaletteChange to top-level windows only, and a
        # window's PaletteChange does not reach a child with a style sheet of its own (our
        # widgets all have one: QWidgetPrivate::propagatePaletteChange skips WA_StyleSheet).
        # Such a child heard of a switch only if its window's restyle happened to repolish
        # it first, which depended on the order widgets were made in. paletteChanged is
        # emitted once per change by QGuiApplication::event(ApplicationPaletteChange)
        # (deprecated since Qt 6.0 in favour of that event, which only an event filter on
        # the application would see: a Python call for every event of every object).
        application = QGuiApplication.instance()
        assert isinstance(application, QGuiApplication)
        application.paletteChanged.connect(self._on_application_palette_changed)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_hints_color_scheme_changed)
        self.refresh()

    def _on_application_palette_changed(self) -> None:
        self.refresh()

    def _on_hints_color_scheme_changed(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        # From the application's palette, not the widget's: a style sheet changes the
        # widget's own palette, and deriving colours from that would feed back into itself.
        palette = QApplication.palette()
        if self._palette is not None and palette == self._palette:
            return
        self._palette = QPalette(palette)
        self._restyle(self._palette)


def follow(widget: QWidget, restyle: Callable[[QPalette], None]) -> None:
    """Call `restyle(palette)` now and again whenever the application's palette changes: the
    system switched between light and dark (QStyleHints.colorSchemeChanged), or someone set
    a new palette (QGuiApplication.paletteChanged)."""
    _Follower(widget, restyle)
