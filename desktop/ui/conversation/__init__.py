"""The conversation: questions, streamed Markdown answers with their footers, error banners."""

from desktop.ui.conversation.answer_view import AnswerState, AnswerView
from desktop.ui.conversation.error_banner import ErrorBanner
from desktop.ui.conversation.theme import BODY_POINT_SIZE
from desktop.ui.conversation.user_turn import UserTurnView
from desktop.ui.conversation.view import ConversationView

__all__ = [
    "BODY_POINT_SIZE",
    "AnswerState",
    "AnswerView",
    "ConversationView",
    "ErrorBanner",
    "UserTurnView",
]
