"""Routes Qt's own messages (qDebug, qWarning, ...) into Python logging."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

QtMessageHandler = Callable[[QtMsgType, QMessageLogContext, str], None]

OFFSCREEN_LIMITS = frozenset(
    {
        "This plugin does not support propagateSizeHints()",
        "This plugin does not support raise()",
        "This plugin does not support grabbing the keyboard",
    }
)
"""What Qt's offscreen platform (a run with no display: the self-test, a script, CI) says it
cannot do, each time a window changes its minimum size or a popup opens: a limit of that
platform, not a fault of the app, so it is kept for the debug log only."""


def _handle_qt_message(msg_type: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or "default"
    if category == "default":
        name = "qt"
    elif category == "qt" or category.startswith("qt."):
        name = category
    else:
        name = f"qt.{category}"
    logger = logging.getLogger(name)
    level = _LEVELS.get(msg_type, logging.WARNING)
    if message in OFFSCREEN_LIMITS and QGuiApplication.platformName() == "offscreen":
        level = logging.DEBUG
    if context.file:
        logger.log(level, "%s (%s:%s, %s)", message, context.file, context.line, context.function)
    else:
        logger.log(level, "%s", message)


def install_qt_message_handler() -> QtMessageHandler | None:
    """Send Qt's messages to the "qt" loggers; returns the handler it replaced."""
    return qInstallMessageHandler(_handle_qt_message)
