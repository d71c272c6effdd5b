"""Stands in for the system browser in UI tests: QDesktopServices hands it the links."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Slot


class UrlCatcher(QObject):
    """Stands in for the system browser: QDesktopServices hands it the links."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())
