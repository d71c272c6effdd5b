"""The advice an error gives matches its cause (issue #13), checked against the loopback server
through the real client: who answered (Google's Gemini API, Vertex AI, another server), and
what failed."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.core.answer_stream import TextDelta
from desktop.core.connection import ApiKind, Connection
from desktop.core.errors import (
    ActionKind,
    GeminiError,
    ModelNotFoundError,
    PermissionDeniedError,
    ServerError,
    ServiceDisabledError,
)
from desktop.core.request import GenerateRequest, user_message
from desktop.core.retry import RetryPolicy
from desktop.services.auth import ApiKeyAuth
from desktop.services.gemini_client import GeminiClient
from tests.loopback import LoopbackServer, Scenario
from tests.loopback.google_host import google_host_client
from tests.loopback.scenario import error_info, rpc_error

pytestmark = pytest.mark.asyncio

ONE_TRY = RetryPolicy(attempts=1)


def ask(model: str = "gemini-2.5-flash") -> GenerateRequest:
    return GenerateRequest(model=model, contents=(user_message("Hello"),))


def at_google(server: LoopbackServer, api: ApiKind) -> GeminiClient:
    """A client of Google's own host (the loopback server answers for it)."""
    connection = Connection(api, project="test-project" if api is ApiKind.VERTEX else None)
    vertex = api is ApiKind.VERTEX
    # Vertex AI takes the loopback's static OAuth token as a Bearer; the Gemini API a key.
    auth = ApiKeyAuth("test-access-token", header="authorization") if vertex else None
    auth = auth or ApiKeyAuth("test-api-key")
    return GeminiClient(
        connection, auth, http=google_host_client(server), owns_http=True, retry=ONE_TRY
    )


def at_loopback(server: LoopbackServer, api: ApiKind) -> GeminiClient:
    """A client of a server that is not Google's: a proxy, an OpenAI-compatible server."""
    root = server.base_url + ("/v1" if api is ApiKind.OPENAI else "")
    connection = Connection(api, base_url=root)
    header = "authorization" if api is ApiKind.OPENAI else "x-goog-api-key"
    return GeminiClient(connection, ApiKeyAuth("test-api-key", header=header), retry=ONE_TRY)


async def failure(client: GeminiClient, request: GenerateRequest | None = None) -> Any:
    shown: list[str] = []
    async with client:
        with pytest.raises(GeminiError) as caught:
            async for event in client.stream(request or ask()):
                if isinstance(event, TextDelta):
                    shown.append(event.text)
    return caught.value, "".join(shown)


async def test_a_mid_stream_cancelled_is_transient_and_offers_retry(
    loopback_server: LoopbackServer,
) -> None:
    cancelled = rpc_error(499, "CANCELLED", "The operation was cancelled.")
    loopback_server.script(
        Scenario(text="The first part of the answer", error_after_events=1, error=cancelled)
    )
    error, shown = await failure(at_google(loopback_server, ApiKind.GEMINI))
    assert isinstance(error, ServerError) and error.action.kind is ActionKind.RETRY
    assert error.user_text() == (
        "Google's service cancelled this answer before it was finished. Try again in a moment."
    )
    assert "Edit" not in error.user_text()
    assert shown and error.partial.text == shown  # what arrived is kept


@pytest.mark.expected_log(r"HTTP 404 from")
async def test_an_unknown_model_on_the_gemini_api_is_named_without_a_region(
    loopback_server: LoopbackServer,
) -> None:
    loopback_server.strict_models = True
    error, _ = await failure(at_google(loopback_server, ApiKind.GEMINI), ask("gemini-9-ultra"))
    assert isinstance(error, ModelNotFoundError)
    assert error.user_text() == (
        "The Gemini API has no model “gemini-9-ultra” that this key can use. "
        "Pick another model from the list."
    )
    assert loopback_server.requests_for("gemini.stream")  # Google's 404 really came back


@pytest.mark.expected_log(r"HTTP 404 from")
async def test_an_unknown_model_on_vertex_still_speaks_of_the_region(
    loopback_server: LoopbackServer,
) -> None:
    loopback_server.strict_models = True
    error, _ = await failure(at_google(loopback_server, ApiKind.VERTEX), ask("gemini-9-ultra"))
    assert isinstance(error, ModelNotFoundError)
    assert "“gemini-9-ultra”" in error.explanation and "region" in error.hint


@pytest.mark.expected_log(r"HTTP 403 from")
async def test_permission_denied_with_a_gemini_api_key_speaks_of_the_key_not_vertex_roles(
    loopback_server: LoopbackServer,
) -> None:
    denied = rpc_error(403, "PERMISSION_DENIED", "The caller does not have permission")
    loopback_server.script(Scenario(status=403, error=denied))
    error, _ = await failure(at_google(loopback_server, ApiKind.GEMINI))
    assert isinstance(error, PermissionDeniedError)
    assert "Vertex" not in error.user_text() and "project's owner" not in error.user_text()
    assert "API key" in error.explanation and "Google AI Studio" in error.hint
    assert error.action.url == "https://aistudio.google.com/apikey"


@pytest.mark.expected_log(r"HTTP 403 from")
async def test_permission_denied_on_vertex_keeps_the_role_advice(
    loopback_server: LoopbackServer,
) -> None:
    denied = rpc_error(403, "PERMISSION_DENIED", "Permission 'aiplatform.endpoints.predict' denied")
    loopback_server.script(Scenario(status=403, error=denied))
    error, _ = await failure(at_google(loopback_server, ApiKind.VERTEX))
    assert error.user_text() == (
        "Your account lacks the permission aiplatform.endpoints.predict in this project. "
        "Ask the project's owner for the Vertex AI User role, or pick another project."
    )


@pytest.mark.expected_log(r"HTTP 50\d from")
@pytest.mark.parametrize(
    ("api", "status", "said"),
    [
        (ApiKind.OPENAI, 500, "had a problem answering."),
        (ApiKind.OPENAI, 502, "could not reach the service behind it."),
        (ApiKind.GEMINI, 503, "is overloaded or down for a moment."),
    ],
)
async def test_a_5xx_from_a_server_that_is_not_google_names_that_server(
    loopback_server: LoopbackServer, api: ApiKind, status: int, said: str
) -> None:
    if api is ApiKind.OPENAI:
        loopback_server.script(Scenario.openai_error(status, "upstream failed", "server_error"))
    else:
        loopback_server.script(Scenario(status=status))
    error, _ = await failure(at_loopback(loopback_server, api))
    assert isinstance(error, ServerError)
    assert error.explanation == f"The server at 127.0.0.1 {said}"
    assert "Google" not in error.user_text()


@pytest.mark.expected_log(r"HTTP 500 from")
async def test_a_5xx_from_google_still_says_google(loopback_server: LoopbackServer) -> None:
    loopback_server.script(Scenario(status=500))
    error, _ = await failure(at_google(loopback_server, ApiKind.GEMINI))
    assert error.explanation == "Google's service had a problem answering."


@pytest.mark.expected_log(r"HTTP 403 from")
@pytest.mark.parametrize(
    ("api", "named"), [(ApiKind.GEMINI, "Gemini API"), (ApiKind.VERTEX, "Vertex AI API")]
)
async def test_a_disabled_api_without_its_title_is_named_after_the_api_asked(
    loopback_server: LoopbackServer, api: ApiKind, named: str
) -> None:
    loopback_server.script(
        Scenario.http_error(
            403,
            "PERMISSION_DENIED",
            "The API has not been used in project 1234 before or it is disabled.",
            details=[error_info("SERVICE_DISABLED")],
        )
    )
    error, _ = await failure(at_google(loopback_server, api))
    assert isinstance(error, ServiceDisabledError)
    assert error.explanation == f"The {named} is not turned on for this Google Cloud project."


@pytest.mark.parametrize("host", ["google", "another server"])
async def test_a_web_page_with_200_is_a_web_page_not_a_garbled_answer(
    loopback_server: LoopbackServer, host: str
) -> None:
    portal = b"<html><body><form>Sign in to use the Wi-Fi</form></body></html>"
    loopback_server.script(Scenario(status=200, body=portal))
    if host == "google":
        client = at_google(loopback_server, ApiKind.GEMINI)
        said = "A web page came back instead of Gemini's answer."
    else:
        client = at_loopback(loopback_server, ApiKind.GEMINI)
        said = "The server at 127.0.0.1 answered with a web page, not with Gemini's answer."
    error, shown = await failure(client)
    assert error.explanation == said and shown == ""
    assert "sign in first" in error.user_text()
    assert len(loopback_server.requests_for("gemini.stream")) == 1  # trying again will not help
