"""Friendly dates for the sidebar: "Today 14:02", "Yesterday", "Monday", "12 Mar"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime


def friendly_date(when: datetime, now: datetime, locale: QLocale | None = None) -> str:
    """When a conversation was last active, as a person says it, in `now`'s time zone:
    today with the time, yesterday, a weekday within the week, else the date (with the year
    when it is not this year). `now` must carry a time zone (the computer's)."""
    locale = locale or QLocale()
    local = when.astimezone(now.tzinfo)
    days = (now.date() - local.date()).days
    if days == 0:
        time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        return QCoreApplication.translate("HistorySidebar", "Today %1").replace("%1", time)
    if days == 1:
        return QCoreApplication.translate("HistorySidebar", "Yesterday")
    if 1 < days < 7:
        return locale.dayName(local.isoweekday(), QLocale.FormatType.LongFormat)
    date = QDate(local.year, local.month, local.day)
    # The pattern is translatable: "MMM d" reads better in English (US), "d. MMM" in German.
    if local.year == now.year:
        return locale.toString(date, QCoreApplication.translate("HistorySidebar", "d MMM"))
    return locale.toString(date, QCoreApplication.translate("HistorySidebar", "d MMM yyyy"))
