"""`describe` words each refusal an API key can get in one sentence, with its one action,
against the loopback's recorded copies of Google's replies (tests/loopback/auth.py)."""

from __future__ import annotations

import io
import json

import pytest

from desktop.cli import describe_main
from tests.loopback import LoopbackServer, Scenario
from tests.loopback import auth as loopback_auth

RETIRED = "AIzaSyRetiredStandardKeyFromLastYear0"
EXPRESS = "AQ.Ab8RN6VertexExpressKeyForTests"
STUDIO = "AQ.Ab8RN6AIStudioAuthKeyForTests"


def describe(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = describe_main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def server(loopback_server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> LoopbackServer:
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", loopback_server.base_url)
    monkeypatch.setenv("GOOGLE_VERTEX_BASE_URL", loopback_server.base_url)
    loopback_server.keys.retired.add(RETIRED)
    loopback_server.keys.express.add(EXPRESS)
    loopback_server.keys.gemini.add(STUDIO)
    loopback_server.keys.restricted.add("AIzaSyRestrictedToMapsOnly0000000000")
    loopback_server.keys.expired.add("AQ.Ab8RN6ExpiredKey")
    return loopback_server


CASES = [
    pytest.param(
        False, RETIRED, 401,
        "Google no longer accepts this older kind of key: create a new key in AI Studio.",
        "https://aistudio.google.com/apikey", id="retired-standard-key",
    ),
    pytest.param(
        False, "AIzaSyRestrictedToMapsOnly0000000000", 403,
        "This API key is limited to other Google services, not the Gemini API.",
        "https://console.cloud.google.com/apis/credentials", id="restricted-to-other-apis",
    ),
    pytest.param(
        True, "AIzaSyRestrictedToMapsOnly0000000000", 403,
        "This API key is limited to other Google services, not Vertex AI.",
        "https://console.cloud.google.com/apis/credentials", id="restricted-on-vertex",
    ),
    pytest.param(
        False, EXPRESS, 401, "The Gemini API does not take this kind of key.", None,
        id="express-key-on-the-gemini-api",
    ),
    pytest.param(
        True, STUDIO, 401, "Vertex AI does not take this key: it is not an express-mode key.",
        None, id="studio-key-on-vertex-express",
    ),
    pytest.param(
        False, "AQ.Ab8RN6NobodyKnowsThisKey", 400, "Google did not accept the API key.",
        "https://aistudio.google.com/apikey", id="invalid",
    ),
    pytest.param(
        True, "AQ.Ab8RN6NobodyKnowsThisKey", 400, "Vertex AI did not accept the API key.",
        None, id="invalid-on-vertex-express",
    ),
    pytest.param(
        False, "AQ.Ab8RN6ExpiredKey", 400, "This API key has expired.",
        "https://aistudio.google.com/apikey", id="expired",
    ),
]  # fmt: skip


@pytest.mark.expected_log(r"HTTP 40\d from")
@pytest.mark.parametrize(("vertex", "key", "code", "sentence", "url"), CASES)
def test_each_key_refusal_is_one_sentence_and_one_action(
    server: LoopbackServer,
    monkeypatch: pytest.MonkeyPatch,
    vertex: bool,
    key: str,
    code: int,
    sentence: str,
    url: str | None,
) -> None:
    monkeypatch.setenv("GOOGLE_API_KEY", key)
    if vertex:
        monkeypatch.setenv("GOOGLE_GENAI_USE_VERTEXAI", "true")  # express mode: a key, no project
    exit_code, out, err = describe("--json", "--prompt", "hi")

    assert exit_code == 1
    (request,) = server.requests
    assert request.route == ("express.stream" if vertex else "gemini.stream")
    error = json.loads(out)["error"]
    assert error["code"] == code and error["message"] == sentence
    assert error.get("url") == url
    assert err.startswith(f"gemini-desktop describe: {sentence}") and "Traceback" not in err
    assert key not in err and key not in out
    if url:
        assert f"Link: {url}" in err  # the one action, where a terminal can follow it


@pytest.mark.expected_log(r"HTTP 400 from")
def test_a_key_and_a_sign_in_together_is_said_plainly(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Gemini Desktop never sends both (see tests/services/test_one_credential.py); a proxy on
    # the way can add the second, and Google's reply then reads like this.
    monkeypatch.setenv("GEMINI_API_KEY", "test-api-key")
    server.script(Scenario(status=400, error=loopback_auth.multiple_credentials()))
    exit_code, out, _ = describe("--json", "--prompt", "hi")

    assert exit_code == 1
    error = json.loads(out)["error"]
    assert error["message"] == (
        "Google received an API key and a sign-in together, and takes only one of them."
    )
    assert "a proxy or custom endpoint on the way may add the other" in error["hint"]
    assert "authorization" not in server.requests[0].headers
