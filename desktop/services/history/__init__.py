"""The conversation history: SQLite with full-text search, attachments stored by hash."""

from desktop.services.history.opening import ATTACHMENTS_FOLDER, HISTORY_FILE
from desktop.services.history.schema import SCHEMA_VERSION
from desktop.services.history.store import HistoryStore

__all__ = ["ATTACHMENTS_FOLDER", "HISTORY_FILE", "SCHEMA_VERSION", "HistoryStore"]
