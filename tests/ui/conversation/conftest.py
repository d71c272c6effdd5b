"""Fixtures of the conversation tests: a shown ConversationView, the theme, a clipboard that
starts empty, and the links the view asked the desktop to open."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QClipboard, QDesktopServices, QGuiApplication
from pytestqt.qtbot import QtBot

from desktop.ui.conversation import ConversationView
from desktop.ui.conversation.theme import Theme
from tests.ui.url_catcher import UrlCatcher


@pytest.fixture
def view(qtbot: QtBot) -> Iterator[ConversationView]:
    view = ConversationView()
    qtbot.addWidget(view)
    # A minimum size of its own: otherwise the layout sets one on this top-level window as
    # turns come and go, and the offscreen platform warns that it cannot pass it on.
    view.setMinimumSize(320, 240)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.clear()


@pytest.fixture
def theme(view: ConversationView) -> Theme:
    return view.theme


@pytest.fixture
def clipboard() -> Iterator[QClipboard]:
    board = QGuiApplication.clipboard()
    board.clear()
    yield board
    board.clear()


@pytest.fixture
def opened_urls() -> Iterator[list[str]]:
    """The web addresses handed to QDesktopServices.openUrl (nothing really opens)."""
    catcher = UrlCatcher()
    for scheme in ("http", "https"):
        QDesktopServices.setUrlHandler(scheme, catcher, "open")
    yield catcher.urls
    for scheme in ("http", "https"):
        QDesktopServices.unsetUrlHandler(scheme)
