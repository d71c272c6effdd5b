"""Code that sends the request the app would send: curl, Python and JavaScript with Google's
SDKs, and Python with openai for Chat Completions.

Pure functions of a CodeRequest. The body comes from the send pipeline's own builder
(`gemini_client.wire_request`), so the code says what the app says. Files are read from their
paths when the code runs, never pasted in; no secret is ever written: keys come from
environment variables, tokens from gcloud or Application Default Credentials.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.core.connection import ApiKind
from desktop.services.code_samples import curl, javascript, python_genai, python_openai
from desktop.services.code_samples.shared import CodeRequest, local_part

__all__ = ["CodeRequest", "Language", "code_for", "languages_for", "local_part"]


class Language(StrEnum):
    CURL = "curl"
    PYTHON = "python"  # google-genai
    JAVASCRIPT = "javascript"  # @google/genai
    OPENAI = "openai"  # the openai package, Chat Completions


_WRITERS = {
    Language.CURL: curl.code,
    Language.PYTHON: python_genai.code,
    Language.JAVASCRIPT: javascript.code,
    Language.OPENAI: python_openai.code,
}


def languages_for(source: CodeRequest) -> tuple[Language, ...]:
    """The languages that can reach the request's connection: Google's SDKs do not speak to
    an OpenAI-compatible server, and Vertex AI express mode has no Chat Completions."""
    connection = source.connection
    if connection.api is ApiKind.OPENAI and not connection.project:
        return (Language.CURL, Language.OPENAI)
    if connection.express_mode:
        return (Language.CURL, Language.PYTHON, Language.JAVASCRIPT)
    return tuple(Language)


def code_for(language: Language, source: CodeRequest) -> str:
    """The whole program (or command) for `language`; ValueError when the language cannot
    reach the connection (see `languages_for`)."""
    if language not in languages_for(source):
        raise ValueError(f"{language} cannot reach this connection")
    return _WRITERS[language](source)
