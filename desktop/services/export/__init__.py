"""Conversations out of the app and back in: Markdown with its files beside it, one
self-contained web page, and JSON that can be imported again or replayed with `describe`.

Pure Python and file IO, no Qt; callers run these in a worker thread. Exports only ever read
the conversation and its attachments: nothing of the user's profiles or keys reaches them.
"""

from desktop.services.export.common import ExportLabels, LoadAttachment
from desktop.services.export.compare_file import export_compare_json
from desktop.services.export.html_page import export_html, export_html_columns
from desktop.services.export.json_file import (
    FORMAT,
    VERSION,
    ExportedConversation,
    export_json,
    import_json,
    read_export,
    request_from_export,
)
from desktop.services.export.markdown_file import export_markdown, export_markdown_columns

__all__ = [
    "FORMAT",
    "VERSION",
    "ExportLabels",
    "ExportedConversation",
    "LoadAttachment",
    "export_compare_json",
    "export_html",
    "export_html_columns",
    "export_json",
    "export_markdown",
    "export_markdown_columns",
    "import_json",
    "read_export",
    "request_from_export",
]
