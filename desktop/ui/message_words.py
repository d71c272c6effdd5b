"""The one place the window turns what core and services say (message ids plus arguments)
into words, through Qt's translator with the fixed context "Message".

`pyside6-lupdate` collects the English of every id from core/message_catalogue/ (its
QT_TRANSLATE_NOOP marks); here each id is translated and its placeholders filled, with sizes
and times worded by the window's own translated formatters.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.core.errors import GeminiError
from desktop.core.message_catalogue import ENGLISH
from desktop.core.messages import Message, Wording, Words, render, words_from_record

CONTEXT = "Message"


def words(said: Words) -> str:
    """A message in the user's language; text that needs no words of ours stays as it is."""
    if not isinstance(said, Message):
        return said
    # The one translate() of a sentence not written here: lupdate collects the catalogue.
    template = QCoreApplication.translate(CONTEXT, ENGLISH[said.id])
    return render(template, said.arguments, _WINDOW_WORDS)


def saved_error_words(error: Mapping[str, Any]) -> tuple[str, str]:
    """A saved error's cause and hint in the reader's language, from the message ids the
    history keeps (GeminiError.to_record); saves from before them, or ids this version no
    longer has, give the English kept beside them."""
    said = words_from_record(error.get("words"))
    if said is None:
        return str(error.get("message") or ""), str(error.get("hint") or "")
    hint = words_from_record(error.get("hint_words"))
    return words(said), words(hint) if hint is not None else ""


def error_words(error: GeminiError) -> str:
    """An error's explanation and hint, the way banners and notices show them."""
    return " ".join(part for part in (words(error.words), words(error.hint_words)) if part)


def _size(size: int) -> str:
    # Imported here: the attachments package words its own problems through this module.
    from desktop.ui.attachments.model import format_size

    return format_size(size)


def local_figure(figure: str) -> str:
    from desktop.ui.attachments.model import local_figure

    return local_figure(figure)


def _wait(seconds: float) -> str:
    whole = max(1, round(seconds))
    if whole < 120:  # "88 seconds" reads better than "2 minutes" next to a countdown
        return _seconds(whole)
    return _minutes(round(whole / 60))


def duration_words(seconds: float) -> str:
    """ "45 seconds", "15 minutes", "2.5 hours", in the window's language."""
    return _length(seconds)


def _length(seconds: float) -> str:
    if seconds < 90:
        return _seconds(round(seconds))
    if seconds % 3600 == 0:
        hours = int(seconds // 3600)
        if hours == 1:
            return QCoreApplication.translate("Message", "1 hour")
        return QCoreApplication.translate("Message", "{n} hours").format(n=hours)
    if seconds < 2 * 3600:
        return _minutes(round(seconds / 60))
    hours_text = local_figure(f"{seconds / 3600:.1f}".removesuffix(".0"))
    return QCoreApplication.translate("Message", "{n} hours").format(n=hours_text)


def _seconds(whole: int) -> str:
    if whole == 1:
        return QCoreApplication.translate("Message", "1 second")
    return QCoreApplication.translate("Message", "{n} seconds").format(n=whole)


def _minutes(whole: int) -> str:
    return QCoreApplication.translate("Message", "{n} minutes").format(n=whole)


def _number(value: int) -> str:
    return QLocale().toString(value)


_WINDOW_WORDS = Wording(number=_number, size=_size, seconds=_wait, duration=_length, message=words)
