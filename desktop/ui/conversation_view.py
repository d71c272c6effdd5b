"""The conversation area; it lives in desktop.ui.conversation, re-exported here."""

from desktop.ui.conversation import (
    BODY_POINT_SIZE,
    AnswerView,
    ConversationView,
    ErrorBanner,
    accent_color,
    is_dark,
)

AnswerTurn = AnswerView
"""The earlier name of AnswerView."""

__all__ = [
    "BODY_POINT_SIZE",
    "AnswerTurn",
    "AnswerView",
    "ConversationView",
    "ErrorBanner",
    "accent_color",
    "is_dark",
]
