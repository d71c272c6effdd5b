"""Where Gemini Desktop keeps its files, and where its bundled resources are."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "Gemini Desktop"
HOME_ENV = "GEMINI_DESKTOP_HOME"
"""When set, every directory below lives under this one (tests, portable installs)."""

_SOURCE_RESOURCES = Path(__file__).resolve().parent.parent / "resources"
# Where a wheel would carry them (hatch force-include "resources" = "desktop/resources").
_PACKAGE_RESOURCES = Path(__file__).resolve().parent / "resources"


def _platform_dirs() -> PlatformDirs:
    return PlatformDirs(APP_NAME, appauthor=False)


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    if not value:
        return None
    return Path(value).expanduser().resolve()


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """Conversation history and other user data; created on first use."""
    home = _home()
    return _ensure(home / "data" if home else Path(_platform_dirs().user_data_dir))


def config_dir() -> Path:
    """Plain preferences (never secrets: those live in the OS keyring); created on first use."""
    home = _home()
    return _ensure(home / "config" if home else Path(_platform_dirs().user_config_dir))


def cache_dir() -> Path:
    """Files that can be thrown away, such as thumbnails; created on first use."""
    home = _home()
    return _ensure(home / "cache" if home else Path(_platform_dirs().user_cache_dir))


def log_dir() -> Path:
    """The rotating log files; created on first use."""
    home = _home()
    return _ensure(home / "logs" if home else Path(_platform_dirs().user_log_dir))


def resources_dir() -> Path:
    """The read-only resources/ folder: PyInstaller bundle, source tree, or inside the package."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    if not _SOURCE_RESOURCES.is_dir() and _PACKAGE_RESOURCES.is_dir():
        return _PACKAGE_RESOURCES
    return _SOURCE_RESOURCES


def app_icon_path() -> Path:
    """The application icon (SVG)."""
    return resources_dir() / "icons" / "gemini-desktop.svg"
