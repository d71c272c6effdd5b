"""The conversation: questions, streamed Markdown answers with their footers, error banners."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.ui.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from desktop.ui.conversation.answer_view import AnswerState, AnswerView
    from desktop.ui.conversation.error_banner import ErrorBanner
    from desktop.ui.conversation.theme import BODY_POINT_SIZE
    from desktop.ui.conversation.user_turn import UserTurnView
    from desktop.ui.conversation.view import ConversationView

# Each name is imported when first asked for: the empty window needs only the view, and the
# answers' widgets (Markdown, Pygments, footers) load with the first turn (issue 17).
__getattr__ = lazy_exports(
    __name__,
    {
        "AnswerState": "desktop.ui.conversation.answer_view",
        "AnswerView": "desktop.ui.conversation.answer_view",
        "ErrorBanner": "desktop.ui.conversation.error_banner",
        "BODY_POINT_SIZE": "desktop.ui.conversation.theme",
        "UserTurnView": "desktop.ui.conversation.user_turn",
        "ConversationView": "desktop.ui.conversation.view",
    },
)

__all__ = [
    "BODY_POINT_SIZE",
    "AnswerState",
    "AnswerView",
    "ConversationView",
    "ErrorBanner",
    "UserTurnView",
]
