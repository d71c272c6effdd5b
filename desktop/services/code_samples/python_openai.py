"""The request in Python with the openai package, over the Chat Completions endpoint."""

from __future__ import annotations

from typing import Any

from desktop.services.code_samples.shared import (
    CodeRequest,
    Raw,
    chat_connection,
    key_variable,
    local_path,
    map_dicts,
    python_literal,
    wire,
)

_DATA_URL = '''
def data_url(path, mime_type):
    """A file as a data: URL, the way Chat Completions takes images."""
    encoded = base64.b64encode(Path(path).read_bytes()).decode("ascii")
    return f"data:{mime_type};base64,{encoded}"

'''

_GOOGLE_TOKEN = """
# A token from Application Default Credentials (gcloud auth application-default login).
credentials, _ = google.auth.default(scopes=["https://www.googleapis.com/auth/cloud-platform"])
credentials.refresh(google.auth.transport.requests.Request())
"""


def code(source: CodeRequest) -> str:
    connection = chat_connection(source.connection)
    url, body = wire(source, connection)
    mimes = {
        local_path(part.file_uri): part.mime_type
        for content in source.request.contents
        for part in content.parts
    }
    reads_files = False

    def read_file(part: dict[str, Any]) -> Any | None:
        nonlocal reads_files
        image = part.get("image_url") if part.get("type") == "image_url" else None
        path = local_path(image.get("url")) if isinstance(image, dict) else None
        if path is None:
            return None
        reads_files = True
        call = Raw(f"data_url({python_literal(path)}, {python_literal(mimes.get(path))})")
        return {"type": "image_url", "image_url": {"url": call}}

    body = map_dicts(body, read_file)
    # The key of the connection the user has (a Gemini API key for its OpenAI endpoint).
    variable = key_variable(source.connection)
    standard = ["import os"] if variable else []
    if reads_files:
        standard += ["import base64", "from pathlib import Path"]
    lines = sorted(standard, key=lambda line: (line.startswith("from"), line))
    lines.append("")
    if variable is None:
        lines += ["import google.auth", "import google.auth.transport.requests"]
    lines += ["from openai import OpenAI", ""]
    if reads_files:
        lines.append(_DATA_URL)
    if variable is None:
        lines.append(_GOOGLE_TOKEN)
    key = f'os.environ["{variable}"]' if variable else "credentials.token"
    base_url = url.removesuffix("/chat/completions")
    lines += [
        "client = OpenAI(",
        f"    base_url={python_literal(base_url)},",
        f"    api_key={key},",
        ")",
    ]
    lines += ["", "stream = client.chat.completions.create("]
    lines += [f"    {name}={python_literal(value, 1)}," for name, value in body.items()]
    lines += [
        ")",
        "for chunk in stream:",
        "    if chunk.choices:",
        '        print(chunk.choices[0].delta.content or "", end="", flush=True)',
        "print()",
        "",
    ]
    return "\n".join(lines).lstrip("\n")
