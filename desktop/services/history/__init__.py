"""The conversation history: SQLite with full-text search, attachments stored by hash."""

from desktop.services.history.schema import SCHEMA_VERSION
from desktop.services.history.store import ATTACHMENTS_FOLDER, HISTORY_FILE, HistoryStore

__all__ = ["ATTACHMENTS_FOLDER", "HISTORY_FILE", "SCHEMA_VERSION", "HistoryStore"]
