"""`describe` and the model: --thinking-level, --thinking-budget, --thoughts, and sampling
flags a model ignores left out with one line on stderr (exit code unchanged)."""

from __future__ import annotations

import io
import json

import pytest

from desktop.cli import describe_main
from tests.loopback import LoopbackServer, Scenario


@pytest.fixture
def gemini_env(loopback_server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> LoopbackServer:
    monkeypatch.setenv("GEMINI_API_KEY", "test-api-key")
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", loopback_server.base_url)
    return loopback_server


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = describe_main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_a_level_model_gets_the_level_and_not_the_sampling_it_ignores(
    gemini_env: LoopbackServer,
) -> None:
    code, out, err = run(
        "-p", "Hi", "-m", "gemini-3.6-flash", "--thinking-level", "low",
        "--temperature", "0.2", "--top-k", "10",
    )  # fmt: skip
    assert code == 0 and "Hi" in out
    config = gemini_env.requests[-1].json["generationConfig"]
    assert config == {"thinkingConfig": {"thinkingLevel": "LOW"}}
    assert err.splitlines() == [
        "gemini-desktop describe: gemini-3.6-flash chooses --temperature and --top-k itself, "
        "so they were left out."
    ]


def test_a_budget_model_gets_the_budget_and_keeps_temperature(
    gemini_env: LoopbackServer,
) -> None:
    code, _, err = run(
        "-p", "Hi", "-m", "gemini-2.5-flash", "--thinking-budget", "512", "--temperature", "0.2"
    )  # fmt: skip
    assert code == 0 and err == ""
    config = gemini_env.requests[-1].json["generationConfig"]
    assert config == {"temperature": 0.2, "thinkingConfig": {"thinkingBudget": 512}}


def test_a_budget_for_a_level_model_is_left_out_and_said(gemini_env: LoopbackServer) -> None:
    code, _, err = run("-p", "Hi", "-m", "gemini-3.8-flash", "--thinking-budget", "512")
    assert code == 0
    assert "generationConfig" not in gemini_env.requests[-1].json
    assert "takes --thinking-level, not --thinking-budget" in err


def test_a_level_the_model_does_not_allow_is_named_with_the_ones_it_does(
    gemini_env: LoopbackServer,
) -> None:
    code, _, err = run("-p", "Hi", "-m", "gemini-3.8-flash", "--thinking-level", "minimal")
    assert code == 0
    assert "does not take --thinking-level minimal (it takes low, medium, high)" in err


def test_an_unknown_level_is_a_usage_error(
    gemini_env: LoopbackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, _ = run("-p", "Hi", "--thinking-level", "huge")
    assert code == 2 and "argument --thinking-level" in capsys.readouterr().err
    assert gemini_env.requests == []


def test_thoughts_go_to_stderr_and_the_answer_to_stdout(gemini_env: LoopbackServer) -> None:
    gemini_env.script(Scenario(text="Blue light scatters.", thoughts="Rayleigh, surely."))
    code, out, err = run("-p", "Why is the sky blue?", "-m", "gemini-3.6-flash", "--thoughts")
    assert code == 0
    assert out == "Blue light scatters.\n"
    assert err == "Rayleigh, surely.\n"
    thinking = gemini_env.requests[-1].json["generationConfig"]["thinkingConfig"]
    assert thinking == {"includeThoughts": True}


def test_thoughts_with_json_stay_in_their_field(gemini_env: LoopbackServer) -> None:
    gemini_env.script(Scenario(text="Blue.", thoughts="Rayleigh."))
    code, out, err = run("-p", "Sky?", "--thoughts", "--json")
    assert code == 0 and err == ""
    line = json.loads(out)
    assert (line["text"], line["thoughts"]) == ("Blue.", "Rayleigh.")


def test_without_thoughts_none_are_asked_for_or_printed(gemini_env: LoopbackServer) -> None:
    gemini_env.script(Scenario(text="Blue.", thoughts="Rayleigh."))
    code, out, err = run("-p", "Sky?", "-m", "gemini-3.6-flash")
    assert code == 0 and out == "Blue.\n" and err == ""
    assert "generationConfig" not in gemini_env.requests[-1].json
