"""What every code sample shares: the request, the endpoint each SDK is pointed at, where
credentials come from, and literals written as Python or JavaScript source."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from desktop.core.connection import ApiKind, Connection
from desktop.core.request import GenerateRequest, Part, VideoClip
from desktop.services.gemini_client import wire_request

# A part read from a local file is a fileData part with this prefix before its path: the one
# request builder writes it like any file reference, and each language reads it back.
LOCAL_FILE = "local-file:"
# Larger files go through the SDK's file upload on the Gemini API (inline data is capped).
UPLOAD_OVER = 20 * 1024 * 1024


@dataclass(frozen=True)
class CodeRequest:
    """What to write code for: where the request goes and the request itself, with its
    files as `local_part`s."""

    connection: Connection
    request: GenerateRequest


def local_part(path: Path, mime_type: str, video: VideoClip | None = None) -> Part:
    """A file the code reads from `path` when it runs."""
    return Part.from_uri(LOCAL_FILE + str(path), mime_type, video)


def local_path(uri: object) -> str | None:
    if isinstance(uri, str) and uri.startswith(LOCAL_FILE):
        return uri.removeprefix(LOCAL_FILE)
    return None


def is_large(path: str) -> bool:
    try:
        return Path(path).stat().st_size > UPLOAD_OVER
    except OSError:
        return False  # gone since it was attached: the code reads it inline, and says so then


def native_connection(connection: Connection) -> Connection:
    """The generateContent endpoint of the connection (Vertex AI's OpenAI endpoint has a
    native one beside it)."""
    if connection.api is ApiKind.OPENAI and connection.project:
        return replace(connection, api=ApiKind.VERTEX)
    return connection


def chat_connection(connection: Connection) -> Connection:
    """The Chat Completions endpoint of the connection (the Gemini API has one under
    /v1beta/openai)."""
    if connection.api is ApiKind.GEMINI:
        root = connection.root()
        return Connection(ApiKind.OPENAI, base_url=f"{root}/v1beta/openai", model=connection.model)
    if connection.api is ApiKind.VERTEX:
        return replace(connection, api=ApiKind.OPENAI)
    return connection


def wire(source: CodeRequest, connection: Connection) -> tuple[str, dict[str, Any]]:
    """The streaming URL and body the app sends on `connection`."""
    request = source.request
    if not request.model:
        request = replace(request, model=connection.model)
    return wire_request(connection, request, stream=True)


def key_variable(connection: Connection) -> str | None:
    """The environment variable holding the API key; None where Google credentials (a
    token from gcloud or Application Default Credentials) are used instead."""
    if connection.api is ApiKind.OPENAI and not connection.project:
        return "OPENAI_API_KEY"
    if connection.api is ApiKind.GEMINI:
        return "GEMINI_API_KEY"
    if connection.express_mode:
        return "GOOGLE_API_KEY"
    return None


def custom_root(connection: Connection) -> str | None:
    """The base URL when it is not Google's own (a proxy, a test server)."""
    return connection.base_url.rstrip("/") if connection.base_url else None


def map_dicts(value: Any, change: Callable[[dict[str, Any]], Any | None]) -> Any:
    """`value` with every dict `change` returns something for replaced by it."""
    if isinstance(value, dict):
        changed = change(value)
        if changed is not None:
            return changed
        return {k: map_dicts(v, change) for k, v in value.items()}
    if isinstance(value, list):
        return [map_dicts(v, change) for v in value]
    return value


@dataclass(frozen=True)
class LocalFile:
    """A part the code reads from a file: `upload` numbers the SDK's file uploads from 1
    (None: the bytes go inline); `rest` is the part's other fields (a video clip)."""

    path: str
    mime_type: str | None
    rest: dict[str, Any]
    upload: int | None


def swap_local_files(
    body: Any, connection: Connection, write: Callable[[LocalFile], Any], *, snake: bool
) -> tuple[Any, list[LocalFile]]:
    """`body` (names in snake_case or camelCase) with each local file's part replaced by
    what `write` makes of it, and the files in their order."""
    key, uri, mime = ("file_data", "file_uri", "mime_type") if snake else _CAMEL_FILE
    files: list[LocalFile] = []

    def swap(part: dict[str, Any]) -> Any | None:
        data = part.get(key) or {}
        path = local_path(data.get(uri))
        if path is None:
            return None
        uploads = sum(1 for f in files if f.upload is not None)
        upload = uploads + 1 if connection.api is ApiKind.GEMINI and is_large(path) else None
        rest = {k: v for k, v in part.items() if k != key}
        files.append(LocalFile(path, data.get(mime), rest, upload))
        return write(files[-1])

    return map_dicts(body, swap), files


_CAMEL_FILE = ("fileData", "fileUri", "mimeType")


def sdk_durations(body: Any) -> Any:
    """A video clip's offsets as the SDKs type them: "1.5s" strings, not {seconds, nanos}."""

    def as_text(part: dict[str, Any]) -> dict[str, Any] | None:
        clip = part.get("videoMetadata")
        if not isinstance(clip, dict):
            return None
        offsets = {key: _seconds_text(value) for key, value in clip.items()}
        return {**part, "videoMetadata": offsets}

    return map_dicts(body, as_text)


def _seconds_text(offset: dict[str, int]) -> str:
    seconds = offset.get("seconds", 0) + offset.get("nanos", 0) / 1_000_000_000
    return f"{seconds:g}s"


@dataclass(frozen=True)
class Raw:
    """Source code written as is inside a literal."""

    code: str


_KEEP_KEYS = frozenset({"responseSchema", "response_schema", "labels"})  # user-named keys


def snake_keys(value: Any) -> Any:
    """camelCase keys as Python's SDK names them (a schema's and labels' own keys kept)."""
    if isinstance(value, dict):
        return {_snake(k): (v if k in _KEEP_KEYS else snake_keys(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [snake_keys(v) for v in value]
    return value


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def python_literal(value: Any, indent: int = 0) -> str:
    return _literal(value, indent, python=True)


def js_literal(value: Any, indent: int = 0) -> str:
    return _literal(value, indent, python=False)


_IDENTIFIER = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")


def _literal(value: Any, indent: int, *, python: bool) -> str:
    pad, inner = "    " * indent, "    " * (indent + 1)
    if isinstance(value, Raw):
        return value.code
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = []
        for key, item in value.items():
            name = json.dumps(key) if python or not _IDENTIFIER.fullmatch(key) else key
            items.append(f"{inner}{name}: {_literal(item, indent + 1, python=python)},")
        return "{\n" + "\n".join(items) + f"\n{pad}}}"
    if isinstance(value, list):
        if not value:
            return "[]"
        items = [f"{inner}{_literal(item, indent + 1, python=python)}," for item in value]
        return "[\n" + "\n".join(items) + f"\n{pad}]"
    if value is None:
        return "None" if python else "null"
    if isinstance(value, bool):
        return ("True" if value else "False") if python else ("true" if value else "false")
    return json.dumps(value, ensure_ascii=False)
