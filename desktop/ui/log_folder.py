"""The folder of the log file, and opening a folder in the system's file manager."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desktop import paths
from desktop.log import log_file_path

log = logging.getLogger(__name__)

FolderOpener = Callable[[Path], bool]
"""Shows a folder in the file manager; False when the system could not."""


def open_in_file_manager(folder: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def log_folder() -> Path | None:
    """Where the log files are; None when there is none (the folder could not be made)."""
    file = log_file_path()
    if file is not None:
        return file.parent
    try:
        return paths.log_dir()
    except OSError:
        return None


def open_log_folder(opener: FolderOpener = open_in_file_manager) -> bool:
    folder = log_folder()
    if folder is None:
        log.info("There is no log folder to open")
        return False
    opened = opener(folder)
    if not opened:
        log.info("The file manager could not be opened on the log folder")
    return opened
