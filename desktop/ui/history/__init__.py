"""The sidebar of conversations: newest first with a photo and a friendly date, full-text
search with the matches marked, New chat, rename in place, delete with undo, export and
import.

Wiring (in the main window or app.py)::

    sidebar = HistorySidebar(window)                     # left of the conversation
    history = HistoryController(sidebar, store, parent=window)
    history.conversation_open_requested.connect(...)     # load it, restore its settings
    history.new_chat_requested.connect(...)
    history.conversation_deleted.connect(...)            # if it is the one shown: new chat
    history.conversation_imported.connect(...)           # e.g. open it as well
    history.notice.connect(...)                          # the store's notice, at start
    history.problem.connect(...)                         # inline, not a dialog
    history.exported.connect(...)                        # "Saved as …" in the status bar
    history.start()
    ...
    history.set_current(conversation_id)                 # the window shows another chat
    history.refresh()                                    # a message was saved
    ...
    await history.aclose()                               # at shutdown
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.ui.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from desktop.ui.history.controller import ExportKind, HistoryController
    from desktop.ui.history.dates import friendly_date
    from desktop.ui.history.model import ConversationListModel, Roles
    from desktop.ui.history.sidebar import HistorySidebar, UndoBar
    from desktop.ui.history.thumbnails import make_thumbnail

# Each name is imported when first asked for: the main window takes only its widgets, and
# the controllers (and the services they import) load after the window shows (issue 17).
__getattr__ = lazy_exports(
    __name__,
    {
        "ExportKind": "desktop.ui.history.controller",
        "HistoryController": "desktop.ui.history.controller",
        "friendly_date": "desktop.ui.history.dates",
        "ConversationListModel": "desktop.ui.history.model",
        "Roles": "desktop.ui.history.model",
        "HistorySidebar": "desktop.ui.history.sidebar",
        "UndoBar": "desktop.ui.history.sidebar",
        "make_thumbnail": "desktop.ui.history.thumbnails",
    },
)


__all__ = [
    "ConversationListModel",
    "ExportKind",
    "HistoryController",
    "HistorySidebar",
    "Roles",
    "UndoBar",
    "friendly_date",
    "make_thumbnail",
]
