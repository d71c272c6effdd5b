"""The request in Python with Google's SDK (google-genai), streamed and printed."""

from __future__ import annotations

from typing import Any

from desktop.core.connection import ApiKind, Connection
from desktop.services.code_samples.shared import (
    CodeRequest,
    LocalFile,
    Raw,
    custom_root,
    key_variable,
    native_connection,
    python_literal,
    sdk_durations,
    snake_keys,
    swap_local_files,
    wire,
)


def code(source: CodeRequest) -> str:
    connection = native_connection(source.connection)
    _, body = wire(source, connection)

    def write(file: LocalFile) -> Raw:
        if file.upload is not None:
            name = f"upload_{file.upload}"
            data_of = f"file_uri={name}.uri, mime_type={name}.mime_type"
            if not file.rest:
                return Raw(f"types.Part.from_uri({data_of})")
            file_data = f"file_data=types.FileData({data_of})"
            return Raw(f"types.Part({file_data}, {_keywords(file.rest)})")
        data_of = f"data=Path({python_literal(file.path)}).read_bytes(), "
        data_of += f"mime_type={python_literal(file.mime_type)}"
        if not file.rest:
            return Raw(f"types.Part.from_bytes({data_of})")
        return Raw(f"types.Part(inline_data=types.Blob({data_of}), {_keywords(file.rest)})")

    body, files = swap_local_files(snake_keys(sdk_durations(body)), connection, write, snake=True)
    uploads = [file.path for file in files if file.upload is not None]
    reads_files = len(uploads) < len(files)
    config: dict[str, Any] = {}
    if system := body.get("system_instruction"):
        config["system_instruction"] = _plain(system)
    config.update(body.get("generation_config") or {})
    for key in ("safety_settings", "tools", "labels", "cached_content"):
        if key in body:
            config[key] = body[key]

    lines = []
    if key_variable(connection):
        lines.append("import os")
    if reads_files:
        lines.append("from pathlib import Path")
    lines += ["", "from google import genai", "from google.genai import types", ""]
    lines.append(_client(connection))
    for index, path in enumerate(uploads, 1):
        lines.append(f"upload_{index} = client.files.upload(file={python_literal(path)})")
    lines += [
        "",
        "stream = client.models.generate_content_stream(",
        f"    model={python_literal(source.request.model or connection.model)},",
        f"    contents={python_literal(body['contents'], 1)},",
    ]
    if config:
        lines.append(f"    config={python_literal(config, 1)},")
    lines += [
        ")",
        "for chunk in stream:",
        '    print(chunk.text or "", end="", flush=True)',
        "print()",
        "",
    ]
    return "\n".join(lines).lstrip("\n")


def _client(connection: Connection) -> str:
    arguments = []
    variable = key_variable(connection)
    if connection.api is not ApiKind.GEMINI:
        arguments.append("vertexai=True")
    if variable is not None:
        # The SDK reads the key itself; named here so it is clear which variable to set.
        arguments.append(f'api_key=os.environ["{variable}"]')
    else:  # Application Default Credentials (gcloud auth application-default login)
        arguments.append(f"project={python_literal(connection.project)}")
        arguments.append(f"location={python_literal(connection.location)}")
    if root := custom_root(connection):
        arguments.append(f'http_options={{"base_url": {python_literal(root)}}}')
    call = "client = genai.Client(" + ", ".join(arguments) + ")"
    if len(call) > 99:
        call = "client = genai.Client(\n" + "".join(f"    {a},\n" for a in arguments) + ")"
    return call


def _plain(system: dict[str, Any]) -> Any:
    """The system instruction as its text when it is one text part."""
    parts = system.get("parts") or []
    if len(parts) == 1 and set(parts[0]) == {"text"}:
        return parts[0]["text"]
    return system


def _keywords(values: dict[str, Any]) -> str:
    return ", ".join(f"{key}={python_literal(value)}" for key, value in values.items())
