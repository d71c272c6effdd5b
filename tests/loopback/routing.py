"""Routing: the URL patterns of the generate, model-list, chat and token endpoints, and the
record of each request the server received."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

_GENERATE_METHODS = "streamGenerateContent|generateContent|countTokens"
_MODEL = r"(?P<model>[^/:]+)"
_PROJECT = r"projects/(?P<project>[^/]+)/locations/(?P<location>[^/]+)"
_VERTEX_VERSION = r"(?P<version>v1|v1beta1)"
_GEMINI_VERSION = r"(?P<version>v1|v1beta|v1alpha)"

VERTEX_GENERATE = re.compile(
    rf"^/{_VERTEX_VERSION}/{_PROJECT}/publishers/google/models/{_MODEL}:(?P<method>{_GENERATE_METHODS})$"
)
EXPRESS_GENERATE = re.compile(
    rf"^/{_VERTEX_VERSION}/publishers/google/models/{_MODEL}:(?P<method>{_GENERATE_METHODS})$"
)
GEMINI_GENERATE = re.compile(
    rf"^/{_GEMINI_VERSION}/models/{_MODEL}:(?P<method>{_GENERATE_METHODS})$"
)
VERTEX_MODELS = re.compile(rf"^/{_VERTEX_VERSION}/publishers/google/models(?:/{_MODEL})?$")
GEMINI_MODELS = re.compile(rf"^/{_GEMINI_VERSION}/models(?:/{_MODEL})?$")
VERTEX_CHAT = re.compile(rf"^/{_VERTEX_VERSION}/{_PROJECT}/endpoints/openapi/chat/completions$")
OPENAI_CHAT = re.compile(r"^/v1/chat/completions$")
OPENAI_MODELS = re.compile(r"^/v1/models$")
TOKEN = re.compile(r"^/token$")


@dataclass
class RecordedRequest:
    """One request as the server received it.

    `route` names the endpoint that matched ("gemini.stream", "vertex.generate",
    "express.count", "vertex.models", "gemini.models", "vertex.chat", "openai.chat",
    "token" or "unknown"); `connection` numbers the TCP connections since start(), so
    keep-alive reuse is visible.
    """

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    json: Any | None
    route: str = "unknown"
    connection: int = 0
    raw_query: str = ""  # as sent: `query` keeps only the last value of a repeated name


def lowercase_headers(headers: Any) -> dict[str, str]:
    result: dict[str, str] = {}
    for name, value in headers.items():
        name = name.lower()
        result[name] = f"{result[name]}, {value}" if name in result else value
    return result


def parse_json(body: bytes) -> Any | None:
    if body.lstrip()[:1] not in (b"{", b"["):
        return None
    try:
        return json.loads(body)
    except ValueError:
        return None
