"""The window's language: from the computer's list or the remembered choice; Qt's own
translations and QLocale follow it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from desktop.ui.attachments.model import format_size
from desktop.ui.history.dates import friendly_date
from desktop.ui.language import TRANSLATORS, language_of, locale_for, system_language


@pytest.mark.parametrize(
    ("tag", "code"),
    [
        ("fr-FR", "fr"),
        ("fr-CA", "fr"),
        ("de", "de"),
        ("ja-JP", "ja"),
        ("es-419", "es"),
        ("en-GB", "en"),
        ("zh-Hant-TW", "zh_TW"),
        ("zh_TW", "zh_TW"),
        ("zh-HK", "zh_TW"),
        ("zh-Hans-CN", None),
        ("zh-CN", None),
        ("pt-BR", None),
    ],
)
def test_a_language_tag_gives_the_app_language(tag: str, code: str | None) -> None:
    assert language_of(tag) == code


def test_the_computers_first_language_the_app_speaks() -> None:
    assert system_language(QLocale("fr_CA")) == "fr"
    assert system_language(QLocale("zh_TW")) == "zh_TW"
    assert system_language(QLocale("pt_BR")) == "en"


def test_the_computers_region_is_kept_when_its_language_is_chosen() -> None:
    assert locale_for("fr", QLocale("fr_CH")).name() == "fr_CH"
    assert locale_for("fr", QLocale("de_DE")).name() == "fr_FR"
    assert locale_for("en", QLocale("en_GB")).name() == "en_GB"


@pytest.fixture
def in_french() -> Iterator[None]:
    TRANSLATORS.install("fr")
    yield
    TRANSLATORS.remove()


@pytest.mark.usefixtures("in_french")
def test_french_words_numbers_sizes_and_dates() -> None:
    assert TRANSLATORS.language == "fr"
    # Qt's own standard buttons (qtbase_fr.qm) and the app's catalogue.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
    assert QLocale().toString(1.5) == "1,5"
    assert format_size(15_600_000) == "14,9 Mo"
    now = datetime(2026, 12, 7, 13, 53, tzinfo=UTC)
    assert friendly_date(now - timedelta(minutes=5), now) == "Aujourd’hui à 13:48"


def test_removing_the_translators_speaks_english_again() -> None:
    TRANSLATORS.install("zh_TW")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    TRANSLATORS.remove()
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert TRANSLATORS.language == "en"


def test_english_says_one_file_and_two_files() -> None:
    TRANSLATORS.install("en")
    try:
        words = [
            QCoreApplication.translate("AttachmentStrip", "Adding %n file(s)…", "", n)
            for n in (1, 2)
        ]
    finally:
        TRANSLATORS.remove()
    assert words == ["Adding 1 file…", "Adding 2 files…"]
