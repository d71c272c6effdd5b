"""`gemini-desktop models` end to end against the loopback server's model lists."""

from __future__ import annotations

import io
import json

import pytest

from desktop.app import main
from desktop.models_cli import models_main
from tests.loopback import LoopbackServer, Scenario
from tests.loopback.model_list import DEFAULT_MODELS


@pytest.fixture
def gemini_env(loopback_server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> LoopbackServer:
    monkeypatch.setenv("GEMINI_API_KEY", "test-api-key")
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", loopback_server.base_url)
    return loopback_server


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = models_main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_json_lines_name_each_chat_model_and_what_it_can_do(gemini_env: LoopbackServer) -> None:
    gemini_env.model_page_limit = 3  # the list comes in five pages
    code, out, err = run("--json")
    assert code == 0 and err == ""
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["id"] for line in lines] == list(DEFAULT_MODELS[:8]), "chat models only"
    assert len(gemini_env.requests_for("gemini.models")) == 5
    by_id = {line["id"]: line for line in lines}
    assert by_id["gemini-3.8-flash"] == {
        "id": "gemini-3.8-flash",
        "display_name": "Gemini 3.8 Flash",
        "input_token_limit": 1_048_576,
        "output_token_limit": 65_536,
        "thinking": "level",
        "thinking_levels": ["LOW", "MEDIUM", "HIGH"],
        "sampling": False,
        "preview": False,
    }
    flash_25 = by_id["gemini-2.5-flash"]
    assert (flash_25["thinking"], flash_25["thinking_levels"], flash_25["sampling"]) == (
        "budget",
        [],
        True,
    )
    assert by_id["gemini-3.1-pro-preview"]["preview"] is True
    assert by_id["gemini-2.0-flash-001"]["thinking"] is None
    assert by_id["gemini-2.0-flash-001"]["output_token_limit"] == 8_192


def test_text_lines_say_it_in_words(gemini_env: LoopbackServer) -> None:
    code, out, _ = run()
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 8 and not any("imagen" in line or "tts" in line for line in lines)
    assert lines[0] == (
        "gemini-3.8-flash  Gemini 3.8 Flash  1,048,576 in, 65,536 out; "
        "thinking levels LOW MEDIUM* HIGH; sampling ignored; stable"
    )
    flash_25 = next(line for line in lines if line.startswith("gemini-2.5-flash "))
    assert "thinking budget 0-24,576; sampling honoured; stable" in flash_25


def test_the_app_command_runs_it(
    gemini_env: LoopbackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["models", "--json"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 8


def test_names_from_the_server_cannot_drive_the_terminal(gemini_env: LoopbackServer) -> None:
    gemini_env.models = ["gemini-3.8-flash\x1b]0;owned\x07"]
    code, out, _ = run()
    assert code == 0 and "\x1b" not in out and "\x07" not in out and "␛" in out


@pytest.mark.expected_log(r"HTTP 403 from")
def test_a_refused_list_exits_1_with_plain_words(gemini_env: LoopbackServer) -> None:
    gemini_env.script_model_list(
        Scenario.http_error(403, "PERMISSION_DENIED", "Method doesn't allow unregistered callers.")
    )
    code, out, err = run("--json")
    assert code == 1 and out == ""
    assert err.startswith("gemini-desktop models: ") and "Traceback" not in err


def test_no_configuration_says_what_to_set(loopback_server: LoopbackServer) -> None:
    code, out, err = run()
    assert code == 2 and out == "" and "GEMINI_API_KEY" in err
