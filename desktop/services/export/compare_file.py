"""A compare out of the app with all its columns: Markdown and the web page put the columns
one after the other or side by side (markdown_file, html_page); JSON holds each column's
conversation as a conversation export of its own, in column order."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from desktop.core.conversation import Conversation
from desktop.services.export.common import LoadAttachment, cannot_write, write_atomic
from desktop.services.export.json_file import VERSION, export_document

COMPARE_FORMAT = "gemini-desktop-compare"


def export_compare_json(
    columns: Sequence[Conversation], load_attachment: LoadAttachment, path: Path
) -> Path:
    """Write `{"format": "gemini-desktop-compare", "columns": [conversation export, ...]}`
    to `path` (replaced if it exists) and return it. Raises FileProblemError when it
    cannot be written."""
    document = {
        "format": COMPARE_FORMAT,
        "version": VERSION,
        "title": columns[0].title,
        "columns": [export_document(column, load_attachment) for column in columns],
    }
    text = json.dumps(document, ensure_ascii=False, indent=2)
    try:
        write_atomic(path, (text + "\n").encode("utf-8"))
    except OSError as exc:
        raise cannot_write(path, exc) from exc
    return path
