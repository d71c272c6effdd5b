"""The request in JavaScript (Node.js, an ES module) with Google's SDK (@google/genai)."""

from __future__ import annotations

from typing import Any

from desktop.core.connection import ApiKind, Connection
from desktop.services.code_samples.shared import (
    CodeRequest,
    LocalFile,
    Raw,
    custom_root,
    js_literal,
    key_variable,
    native_connection,
    sdk_durations,
    swap_local_files,
    wire,
)


def code(source: CodeRequest) -> str:
    connection = native_connection(source.connection)
    _, body = wire(source, connection)

    def write(file: LocalFile) -> dict[str, Any]:
        if file.upload is not None:
            name = f"upload{file.upload}"
            data = {"fileUri": Raw(f"{name}.uri"), "mimeType": Raw(f"{name}.mimeType")}
            return {"fileData": data, **file.rest}
        read = Raw(f'readFileSync({js_literal(file.path)}).toString("base64")')
        return {"inlineData": {"mimeType": file.mime_type, "data": read}, **file.rest}

    body, files = swap_local_files(sdk_durations(body), connection, write, snake=False)
    uploads = [file.path for file in files if file.upload is not None]
    reads_files = len(uploads) < len(files)
    config: dict[str, Any] = {}
    if system := body.get("systemInstruction"):
        parts = system.get("parts") or []
        plain = len(parts) == 1 and set(parts[0]) == {"text"}
        config["systemInstruction"] = parts[0]["text"] if plain else system
    config.update(body.get("generationConfig") or {})
    for key in ("safetySettings", "tools", "labels", "cachedContent"):
        if key in body:
            config[key] = body[key]

    lines = ['import { GoogleGenAI } from "@google/genai";']
    if reads_files:
        lines.append('import { readFileSync } from "node:fs";')
    lines += ["", f"const ai = new GoogleGenAI({js_literal(_options(connection))});"]
    for index, path in enumerate(uploads, 1):
        lines.append(
            f"const upload{index} = await ai.files.upload({{ file: {js_literal(path)} }});"
        )
    request: dict[str, Any] = {
        "model": source.request.model or connection.model,
        "contents": body["contents"],
    }
    if config:
        request["config"] = config
    lines += [
        "",
        f"const stream = await ai.models.generateContentStream({js_literal(request)});",
        "for await (const chunk of stream) {",
        '    process.stdout.write(chunk.text ?? "");',
        "}",
        'process.stdout.write("\\n");',
        "",
    ]
    return "\n".join(lines)


def _options(connection: Connection) -> dict[str, Any]:
    options: dict[str, Any] = {}
    variable = key_variable(connection)
    if connection.api is not ApiKind.GEMINI:
        options["vertexai"] = True
    if variable is not None:
        options["apiKey"] = Raw(f"process.env.{variable}")
    else:  # Application Default Credentials (gcloud auth application-default login)
        options["project"] = connection.project
        options["location"] = connection.location
    if root := custom_root(connection):
        options["httpOptions"] = {"baseUrl": root}
    return options
