"""The window's language: the one remembered in the preferences, else the computer's first
that the app speaks, else English. Its translators (the app's catalogue and Qt's own
qtbase_<code>.qm, for standard dialogs and buttons) are installed before any widget is made,
and QLocale's default follows it, so dates, times, numbers and sizes read the same way.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from desktop import translations
from desktop.translations import ENGLISH, LANGUAGES

PREFERENCE_KEY = "language"
"""A language code of translations.LANGUAGES; absent or empty: follow the computer."""

log = logging.getLogger(__name__)

_TRADITIONAL = {"Hant", "TW", "HK", "MO"}


def language_of(tag: str) -> str | None:
    """The app's language for a BCP 47 tag ("fr-CA" → "fr", "zh-Hant-TW" → "zh_TW"), or None.
    Simplified Chinese ("zh-CN", "zh-Hans") is not Traditional: None."""
    parts = tag.replace("_", "-").split("-")
    language = parts[0].lower()
    if language == "zh":
        return "zh_TW" if _TRADITIONAL & set(parts[1:]) else None
    return language if language in LANGUAGES else None


def system_language(locale: QLocale | None = None) -> str:
    """The first of the computer's languages (in its order of preference) the app speaks."""
    for tag in (locale or QLocale.system()).uiLanguages():
        code = language_of(tag)
        if code is not None:
            return code
    return ENGLISH


def remembered_language(preferences: QSettings) -> str | None:
    """The language the user chose in View ▸ Language, or None to follow the computer."""
    value = preferences.value(PREFERENCE_KEY, "", str)
    return value if value in LANGUAGES else None


def remember_language(preferences: QSettings, code: str | None) -> None:
    preferences.setValue(PREFERENCE_KEY, code or "")
    preferences.sync()


def chosen_language(preferences: QSettings) -> str:
    return remembered_language(preferences) or system_language()


def locale_for(code: str, system: QLocale | None = None) -> QLocale:
    """The computer's own locale when it is in that language (fr_CH keeps Swiss numbers),
    else the language's usual one."""
    system = system or QLocale.system()
    if language_of(system.name()) == code or (
        code == ENGLISH and system.language() == QLocale.Language.English
    ):
        return system
    return QLocale(code)


class Translators:
    """The translators installed in the application; `install` replaces them."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = ENGLISH

    def install(self, code: str) -> None:
        self.remove()
        self.language = code
        QLocale.setDefault(locale_for(code))
        qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        # English is Qt's own language; the app's English catalogue holds its plural forms.
        files = [] if code == ENGLISH else [qt_folder / f"qtbase_{code}.qm"]
        ours = translations.compiled_folder(code)
        if ours is not None:
            files.append(ours / translations.file_name(code, ".qm"))
        for file in files:
            translator = QTranslator()
            if translator.load(str(file)):
                QCoreApplication.installTranslator(translator)
                self._installed.append(translator)
            else:
                log.warning("The translation %s could not be loaded", file)
        log.info("Language: %s (%s)", code, QLocale().name())

    def remove(self) -> None:
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
        QLocale.setDefault(QLocale.system())
        self.language = ENGLISH


TRANSLATORS = Translators()
"""The app's one set: installed at start-up (app.py), before the window is built."""
