"""Sizes and times in English words, for `describe`, the logs and the exports.

The window words them through its own translated formatters; messages carry the numbers.
"""

from __future__ import annotations

from typing import Final

MB: Final = 1024 * 1024
GB: Final = 1024 * MB
HOUR: Final = 3600.0


def size_text(size: int) -> str:
    """Bytes in words: "800 KB", "14.9 MB", "150 MB", "2 GB", "2.3 GB"."""
    if size >= GB:
        value, unit = size / GB, "GB"
    elif size >= MB:
        value, unit = size / MB, "MB"
    else:
        return f"{max(1, round(size / 1024))} KB"
    text = f"{value:.1f}".removesuffix(".0") if value < 100 else f"{value:.0f}"
    return f"{text} {unit}"


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
