"""The generated code runs: Python with google-genai and with openai, and curl, against the
loopback server get the answer the app got; the JavaScript parses with node."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop.core.answer_stream import TextDelta
from desktop.core.connection import ApiKind, Connection
from desktop.core.request import (
    GenerateRequest,
    GenerationConfig,
    HarmBlockThreshold,
    HarmCategory,
    Offset,
    Part,
    SafetySetting,
    ThinkingConfig,
    VideoClip,
    user_message,
)
from desktop.services.auth import ApiKeyAuth
from desktop.services.code_samples import CodeRequest, Language, code_for, local_part
from desktop.services.code_samples.shared import UPLOAD_OVER
from desktop.services.gemini_client import GeminiClient
from tests.loopback.gemini import decode_base64
from tests.loopback.server import LoopbackServer

PHOTO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 3  # the loopback counts the bytes it got
SETTINGS = {
    "system_instruction": "Answer in one line.",
    "generation_config": GenerationConfig(
        temperature=0.3, max_output_tokens=200, thinking=ThinkingConfig(thinking_budget=128)
    ),
    "safety_settings": (
        SafetySetting(HarmCategory.HARASSMENT, HarmBlockThreshold.BLOCK_ONLY_HIGH),
    ),
}


def _requests(photo: Path) -> tuple[GenerateRequest, GenerateRequest]:
    """What the app sends (the photo's bytes) and what the code is written for (its path)."""
    text = "What is in this photo? It costs $5 `now`."
    sent = user_message(text, (Part.from_bytes(photo.read_bytes(), "image/png"),))
    coded = user_message(text, (local_part(photo, "image/png"),))
    model = "gemini-2.5-flash"
    return (
        GenerateRequest(model=model, contents=(sent,), **SETTINGS),  # type: ignore[arg-type]
        GenerateRequest(model=model, contents=(coded,), **SETTINGS),  # type: ignore[arg-type]
    )


async def _app_answer(connection: Connection, request: GenerateRequest, header: str) -> str:
    async with GeminiClient(connection, ApiKeyAuth("test-api-key", header=header)) as client:
        return "".join([e.text async for e in client.stream(request) if isinstance(e, TextDelta)])


def _run(args: list[str], tmp_path: Path, **env: str) -> str:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("GOOGLE", "GEMINI"))}
    environment.update(env, NO_PROXY="127.0.0.1", no_proxy="127.0.0.1")
    done = subprocess.run(
        args, cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _decoded(value: Any) -> Any:
    """Inline data as bytes and names in camelCase: google-genai writes URL-safe base64 and
    some names in snake_case (Google's JSON parser takes either), the app the other kind."""
    if isinstance(value, dict):
        if "inlineData" in value:
            data = decode_base64(value["inlineData"]["data"], "data")
            value = {**value, "inlineData": {**value["inlineData"], "data": data}}
        return {_camel(k): _decoded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_decoded(v) for v in value]
    return value


def _camel(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(word.title() for word in rest)


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "a photo $HOME.png"  # a name the shell must not expand
    path.write_bytes(PHOTO)
    return path


@pytest.mark.asyncio
async def test_python_google_genai_gets_the_apps_answer(
    loopback_server: LoopbackServer, photo: Path, tmp_path: Path
) -> None:
    connection = Connection(ApiKind.GEMINI, base_url=loopback_server.base_url)
    sent, coded = _requests(photo)
    expected = await _app_answer(connection, sent, "x-goog-api-key")
    app_body = loopback_server.requests_for("gemini.stream")[-1].json
    script = tmp_path / "sample.py"
    script.write_text(code_for(Language.PYTHON, CodeRequest(connection, coded)))
    printed = _run([sys.executable, str(script)], tmp_path, GEMINI_API_KEY="test-api-key")
    assert printed == expected + "\n"
    assert "Attachment 1: image/png, 776 bytes." in printed
    code_body = loopback_server.requests_for("gemini.stream")[-1].json
    for key in ("contents", "generationConfig", "safetySettings"):
        assert _decoded(code_body[key]) == _decoded(app_body[key]), key
    assert code_body["systemInstruction"]["parts"] == app_body["systemInstruction"]["parts"]


@pytest.mark.asyncio
async def test_curl_gets_the_apps_answer(
    loopback_server: LoopbackServer, photo: Path, tmp_path: Path
) -> None:
    assert shutil.which("curl"), "curl is installed (.ci/run)"
    connection = Connection(ApiKind.GEMINI, base_url=loopback_server.base_url)
    sent, coded = _requests(photo)
    expected = await _app_answer(connection, sent, "x-goog-api-key")
    app_body = loopback_server.requests_for("gemini.stream")[-1].json
    command = code_for(Language.CURL, CodeRequest(connection, coded))
    printed = _run(["bash", "-c", command], tmp_path, GEMINI_API_KEY="test-api-key")
    events = [json.loads(line[5:]) for line in printed.splitlines() if line.startswith("data:")]
    texts = [
        part.get("text", "")
        for event in events
        for candidate in event.get("candidates") or []
        for part in (candidate.get("content") or {}).get("parts") or []
        if not part.get("thought")
    ]
    assert "".join(texts) == expected
    assert loopback_server.requests_for("gemini.stream")[-1].json == app_body


@pytest.mark.asyncio
async def test_python_openai_gets_the_apps_answer(
    loopback_server: LoopbackServer, photo: Path, tmp_path: Path
) -> None:
    connection = Connection(ApiKind.OPENAI, base_url=loopback_server.base_url + "/v1")
    sent, coded = _requests(photo)
    expected = await _app_answer(connection, sent, "authorization")
    app_body = loopback_server.requests_for("openai.chat")[-1].json
    script = tmp_path / "sample.py"
    script.write_text(code_for(Language.OPENAI, CodeRequest(connection, coded)))
    printed = _run([sys.executable, str(script)], tmp_path, OPENAI_API_KEY="test-api-key")
    assert printed == expected + "\n"
    assert loopback_server.requests_for("openai.chat")[-1].json == app_body


@pytest.mark.parametrize(
    "connection",
    [
        Connection(ApiKind.GEMINI),
        Connection(ApiKind.VERTEX, project="acme", location="europe-west4"),
        Connection(ApiKind.VERTEX),
    ],
    ids=["gemini", "vertex", "express"],
)
def test_javascript_parses(connection: Connection, photo: Path, tmp_path: Path) -> None:
    node = shutil.which("node")
    assert node, "nodejs is installed (.ci/run)"
    _, coded = _requests(photo)
    script = tmp_path / "sample.mjs"
    script.write_text(code_for(Language.JAVASCRIPT, CodeRequest(connection, coded)))
    _run([node, "--check", str(script)], tmp_path)


@pytest.mark.asyncio
async def test_a_large_video_goes_through_the_file_upload(
    loopback_server: LoopbackServer, tmp_path: Path
) -> None:
    video = tmp_path / "clip.mp4"
    with video.open("wb") as file:  # larger than what is sent inline, mostly a hole
        file.truncate(UPLOAD_OVER + 1)
    connection = Connection(ApiKind.GEMINI, base_url=loopback_server.base_url)
    clip = VideoClip(start=Offset(1.5), end=Offset(4))
    request = GenerateRequest(
        model="gemini-2.5-flash",
        contents=(user_message("What happens?", (local_part(video, "video/mp4", clip),)),),
    )
    source = CodeRequest(connection, request)
    script = tmp_path / "sample.py"
    script.write_text(code_for(Language.PYTHON, source))
    printed = _run([sys.executable, str(script)], tmp_path, GEMINI_API_KEY="test-api-key")
    assert len(loopback_server.requests_for("files.start")) == 1
    sent = loopback_server.requests_for("gemini.stream")[-1].json
    (part, _) = _decoded(sent["contents"][0]["parts"])
    uri = part["fileData"]["fileUri"]
    assert printed == f"You said: What happens?. Attachment 1: video/mp4, {uri}.\n"
    assert part["videoMetadata"] == {"startOffset": "1.5s", "endOffset": "4s"}
    assert "read_bytes" not in script.read_text()
    javascript = tmp_path / "sample.mjs"
    javascript.write_text(code_for(Language.JAVASCRIPT, source))
    assert "ai.files.upload" in javascript.read_text()
    _run([str(shutil.which("node")), "--check", str(javascript)], tmp_path)
