"""Plain preferences (window layout, the Settings dock, cached model lists) in an INI file.

An INI file in the app's own config folder rather than QSettings' platform default: it
follows GEMINI_DESKTOP_HOME (tests and portable installs never touch the real one), and it
reads the same on every platform. Never secrets: those live in the OS keyring.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop import paths

PREFERENCES_FILE = "preferences.ini"


def open_preferences() -> QSettings:
    """The app's preferences file (created on the first write)."""
    return QSettings(str(paths.config_dir() / PREFERENCES_FILE), QSettings.Format.IniFormat)
