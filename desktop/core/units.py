"""Sizes and times in English words, for `describe`, the logs and the exports. One rule for
sizes everywhere: `size_parts` gives the figure and the unit, the window words the unit.

The window words them through its own translated formatters; messages carry the numbers.
"""

from __future__ import annotations

from typing import Final

KB: Final = 1024
"""Binary units, as the size limits are written (a 20 MB limit is 20 × 1,024 × 1,024 bytes)."""
MB: Final = 1024 * KB
GB: Final = 1024 * MB
HOUR: Final = 3600.0
UNITS: Final = ("KB", "MB", "GB", "TB")


def size_parts(size: int) -> tuple[str, str]:
    """The figure and the unit: ("512", "bytes"), ("14.9", "MB"), ("150", "MB"), ("2", "GB").

    Under 1 KB in bytes ("1", "byte" for one); above, one decimal below 100 and whole numbers
    from 100, without a trailing ".0". A figure that would round up to 1,024 takes the next
    unit ("1 MB", never "1024 KB").
    """
    if size < KB:
        return str(size), "byte" if size == 1 else "bytes"
    value = size / KB
    for index, unit in enumerate(UNITS):
        figure = f"{value:.1f}".removesuffix(".0") if value < 99.95 else f"{value:.0f}"
        if float(figure) < KB or index == len(UNITS) - 1:
            return figure, unit
        value /= KB
    raise AssertionError("unreachable")  # pragma: no cover


def size_text(size: int) -> str:
    """ "512 bytes", "24.4 KB", "14.9 MB", "150 MB", "2 GB" (see `size_parts` for the rule)."""
    figure, unit = size_parts(size)
    return f"{figure} {unit}"


def duration_text(seconds: float) -> str:
    """A length in words: "50 seconds", "45 minutes", "1 hour", "72 minutes", "8.4 hours"."""
    if seconds < 90:
        whole = round(seconds)
        return f"{whole} second{'' if whole == 1 else 's'}"
    if seconds % HOUR == 0:
        hours = int(seconds // HOUR)
        return f"{hours} hour{'' if hours == 1 else 's'}"
    if seconds < 2 * HOUR:
        return f"{round(seconds / 60)} minutes"
    return f"{seconds / HOUR:.1f}".removesuffix(".0") + " hours"


def seconds_text(seconds: float) -> str:
    """A wait in English words: "1 second", "26 seconds", "3 minutes"."""
    whole = max(1, round(seconds))
    if whole < 120:  # "88 seconds" reads better than "2 minutes" next to a countdown
        return f"{whole} second{'s' if whole != 1 else ''}"
    return f"{round(whole / 60)} minutes"
