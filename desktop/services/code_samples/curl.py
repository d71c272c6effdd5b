"""The request as a curl command (bash), streaming server-sent events as the app does."""

from __future__ import annotations

import json
import shlex
from typing import Any

from desktop.core.connection import ApiKind
from desktop.services.code_samples.shared import (
    CodeRequest,
    key_variable,
    local_path,
    map_dicts,
    native_connection,
    wire,
)

_FILE_MARK = "\ue000file:{}\ue000"  # where a file's base64 goes, swapped for $(base64 ...) last


def code(source: CodeRequest) -> str:
    connection = native_connection(source.connection)
    url, body = wire(source, connection)
    files: list[str] = []

    def read_file(part: dict[str, Any]) -> dict[str, Any] | None:
        data = part.get("fileData") or {}
        url_part = part.get("image_url") if part.get("type") == "image_url" else None
        path = local_path(data.get("fileUri")) or local_path((url_part or {}).get("url"))
        if path is None:
            return None
        files.append(path)
        mark = _FILE_MARK.format(len(files) - 1)
        if url_part is not None:  # Chat Completions: a data URL
            mime = _mime_of(source, path)
            return {"type": "image_url", "image_url": {"url": f"data:{mime};base64,{mark}"}}
        changed = {k: v for k, v in part.items() if k != "fileData"}
        return {"inlineData": {"mimeType": data.get("mimeType"), "data": mark}, **changed}

    text = json.dumps(map_dicts(body, read_file), ensure_ascii=False, indent=2)
    lines = [f"curl -sS -N {shlex.quote(url)} \\", "  -H 'Content-Type: application/json' \\"]
    variable = key_variable(connection)
    if variable is None:
        lines.append('  -H "Authorization: Bearer $(gcloud auth print-access-token)" \\')
    elif connection.api is ApiKind.OPENAI:
        lines.append(f'  -H "Authorization: Bearer ${variable}" \\')
    else:
        lines.append(f'  -H "x-goog-api-key: ${variable}" \\')
    if not files:
        return "\n".join([*lines, "  -d @- <<'EOF'", text, "EOF", ""])
    # An unquoted here-document runs the $(base64 ...) reading each file: the rest of the
    # body has its $, ` and \ escaped so it stays as written.
    for char in ("\\", "$", "`"):
        text = text.replace(char, "\\" + char)
    for index, path in enumerate(files):
        text = text.replace(_FILE_MARK.format(index), f"$(base64 -w0 {shlex.quote(path)})")
    return "\n".join([*lines, "  -d @- <<EOF", text, "EOF", ""])


def _mime_of(source: CodeRequest, path: str) -> str:
    for content in source.request.contents:
        for part in content.parts:
            if local_path(part.file_uri) == path and part.mime_type:
                return part.mime_type
    return "application/octet-stream"
