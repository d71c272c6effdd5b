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

from desktop.ui.history.controller import ExportKind, HistoryController
from desktop.ui.history.dates import friendly_date
from desktop.ui.history.model import ConversationListModel, Roles
from desktop.ui.history.sidebar import HistorySidebar, UndoBar
from desktop.ui.history.thumbnails import make_thumbnail

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
