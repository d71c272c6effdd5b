"""`describe --count-tokens` against the loopback: the count printed, nothing sent to the
model, exit codes as describe's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.media import INLINE_FILE_LIMIT
from tests.loopback import LoopbackServer, Scenario
from tests.test_cli import gemini_env, make_png, run

__all__ = ["gemini_env"]  # the fixture, used by name


def test_a_photo_and_its_default_question_are_counted_not_sent(
    gemini_env: LoopbackServer, tmp_path: Path
) -> None:
    photo = make_png(tmp_path / "photo.png")

    code, out, err = run(str(photo), "--count-tokens")

    assert (code, err) == (0, "")
    assert out == f"{3 + 258} of 1,048,576 tokens\n"  # "Describe this image." and the photo
    assert [r.route for r in gemini_env.requests] == ["gemini.count", "gemini.count"]


def test_the_system_instruction_counts_and_json_says_the_limit(
    gemini_env: LoopbackServer, tmp_path: Path
) -> None:
    code, out, _ = run(
        "--prompt", "why is the sky blue", "--system", "be brief", "--count-tokens", "--json"
    )

    assert code == 0
    assert json.loads(out) == {"file": None, "tokens": 7, "input_token_limit": 1_048_576}
    (earlier, asked) = gemini_env.requests
    assert earlier.json["generateContentRequest"]["contents"][0]["parts"] == [{"text": "be brief"}]
    assert asked.json["generateContentRequest"]["contents"][0]["parts"] == [
        {"text": "why is the sky blue"}
    ]


def test_each_file_gets_its_line_and_a_failed_count_exits_1(
    gemini_env: LoopbackServer, tmp_path: Path
) -> None:
    first, second = make_png(tmp_path / "a.png"), make_png(tmp_path / "b.png", 6, 5)
    big = tmp_path / "long.mp4"
    with big.open("wb") as file:
        file.write(b"\x00\x00\x00\x18ftypmp42")
        file.truncate(INLINE_FILE_LIMIT + 1)

    code, out, err = run(str(first), str(second), str(big), "--prompt", "what", "--count-tokens")

    assert code == 1
    assert out.splitlines() == [f"{p}: 259 of 1,048,576 tokens" for p in (first, second)]
    assert f"{big}: long.mp4 is too large to count" in err
    assert not gemini_env.requests_for("gemini.stream")


def test_a_refusal_is_said_in_plain_words(gemini_env: LoopbackServer) -> None:
    gemini_env.script_count_tokens(Scenario.overloaded(), Scenario.overloaded())

    code, out, err = run("--prompt", "hello", "--count-tokens")

    assert (code, out) == (1, "")
    assert err.startswith("gemini-desktop describe: ")


def test_an_openai_compatible_server_cannot_count(
    loopback_server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", loopback_server.base_url + "/v1")
    monkeypatch.setenv("OPENAI_API_KEY", "test-api-key")

    code, out, err = run("--prompt", "hello", "--api", "openai", "--count-tokens")

    assert (code, out) == (2, "")
    assert "--count-tokens needs Google's countTokens" in err
    assert loopback_server.requests == []
