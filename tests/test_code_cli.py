"""`describe --code`: the code for the request the options describe, printed, nothing sent."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import describe_main
from tests.loopback import LoopbackServer
from tests.photos import png_bytes


@pytest.fixture
def gemini_env(loopback_server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> LoopbackServer:
    monkeypatch.setenv("GEMINI_API_KEY", "test-api-key")
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", loopback_server.base_url)
    return loopback_server


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = describe_main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def _execute(args: list[str], cwd: Path) -> str:
    environment = {k: v for k, v in os.environ.items() if k != "GOOGLE_API_KEY"}
    done = subprocess.run(args, cwd=cwd, env=environment, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("language", ["python", "curl"])
def test_code_for_a_photo_is_printed_and_runs(
    language: str, gemini_env: LoopbackServer, tmp_path: Path
) -> None:
    photo = tmp_path / "photo.png"
    photo.write_bytes(png_bytes(4, 3))
    code, out, err = run(
        str(photo), "--temperature", "0.4", "--system", "Brief.", "--code", language
    )
    assert code == 0, err
    assert err == "" and gemini_env.requests == []  # printed, not sent
    assert "test-api-key" not in out and "GEMINI_API_KEY" in out
    if language == "python":
        script = tmp_path / "sample.py"
        script.write_text(out)
        printed = _execute([sys.executable, str(script)], tmp_path)
        assert printed.startswith("You said: Describe this image.") and "image/png" in printed
    else:
        printed = _execute(["bash", "-c", out], tmp_path)
        assert printed.startswith("data: ") and "image/png" in printed
    body = gemini_env.requests[-1].json
    assert body["generationConfig"] == {"temperature": 0.4}
    assert body["systemInstruction"]["parts"] == [{"text": "Brief."}]


def test_code_a_connection_cannot_take_is_a_usage_error(
    loopback_server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", loopback_server.base_url + "/v1")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-server-key")
    code, out, err = run("--api", "openai", "--prompt", "Hi", "--code", "javascript")
    assert code == 2 and out == ""
    assert "--code javascript cannot reach this connection; try curl, openai." in err
    code, out, err = run("--api", "openai", "--prompt", "Hi", "--code", "openai")
    assert code == 0, err
    assert "sk-test-server-key" not in out and 'os.environ["OPENAI_API_KEY"]' in out
    assert loopback_server.requests == []
