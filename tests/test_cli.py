"""`gemini-desktop describe` end to end against the loopback server, with real files."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from keyring.backends import SecretService as SecretServiceBackend

from desktop.cli import describe_main
from desktop.core.profile import Profile, SignInKind
from desktop.services.profile_store import ChunkedKeyring, ProfileStore
from tests.loopback import LoopbackServer, Scenario
from tests.loopback.scenario import error_info, rpc_error
from tests.photos import png_bytes


def make_png(path: Path, width: int = 4, height: int = 3) -> Path:
    path.write_bytes(png_bytes(width, height))
    return path


@pytest.fixture
def gemini_env(loopback_server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> LoopbackServer:
    monkeypatch.setenv("GEMINI_API_KEY", "test-api-key")
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", loopback_server.base_url)
    return loopback_server


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = describe_main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_describe_a_photo_streams_the_answer(gemini_env: LoopbackServer, tmp_path: Path) -> None:
    photo = make_png(tmp_path / "photo.png")
    code, out, err = run(str(photo))
    assert code == 0, err
    assert "Describe this image." in out and "image/png" in out
    assert out.endswith("\n") and err == ""
    body = gemini_env.requests[-1].json
    assert body["contents"][0]["parts"][0]["inlineData"]["mimeType"] == "image/png"


def test_text_only_prompt_with_every_generation_flag(gemini_env: LoopbackServer) -> None:
    code, out, _ = run(
        "--prompt", "Why is the sky blue?", "--model", "gemini-3-pro-preview-11-2026",
        "--system", "Be brief.", "--temperature", "0.3", "--top-p", "0.8", "--top-k", "20",
        "--max-output-tokens", "99", "--stop", "END", "--stop", "STOP!", "--seed", "42",
        "--response-mime-type", "text/plain",
    )  # fmt: skip
    assert code == 0 and "Why is the sky blue?" in out
    request = gemini_env.requests[-1]
    # A model id nobody lists yet is sent as given.
    assert request.path == "/v1beta/models/gemini-3-pro-preview-11-2026:streamGenerateContent"
    assert request.json["systemInstruction"]["parts"][0]["text"] == "Be brief."
    assert request.json["generationConfig"] == {
        "temperature": 0.3, "topP": 0.8, "topK": 20, "maxOutputTokens": 99,
        "stopSequences": ["END", "STOP!"], "seed": 42, "responseMimeType": "text/plain",
    }  # fmt: skip


def test_several_files_get_a_header_each_and_bad_ones_do_not_stop_the_rest(
    gemini_env: LoopbackServer, tmp_path: Path
) -> None:
    photo = make_png(tmp_path / "one.png")
    notes = tmp_path / "notes.txt"
    notes.write_text("Café au lait, s'il vous plaît.\n", encoding="utf-8")
    binary = tmp_path / "mystery.bin"
    binary.write_bytes(bytes(range(256)))
    missing = tmp_path / "gone.jpg"
    code, out, err = run(str(photo), str(binary), str(missing), str(notes))
    assert code == 2
    assert f"==> {photo} <==" in out and f"==> {notes} <==" in out
    assert "mystery.bin is not a kind of file Gemini can read" in err
    assert "gone.jpg does not exist" in err
    assert "Traceback" not in err
    assert len(gemini_env.requests) == 2  # the two good files were still described
    assert (
        gemini_env.requests[-1].json["contents"][0]["parts"][0]["inlineData"]["mimeType"]
        == "text/plain"
    )


def test_empty_file_and_folder_are_named(gemini_env: LoopbackServer, tmp_path: Path) -> None:
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    code, _, err = run(str(empty), str(tmp_path))
    assert code == 2
    assert "empty.png is empty" in err and "is a folder" in err
    assert gemini_env.requests == []


def test_json_lines_one_per_file(gemini_env: LoopbackServer, tmp_path: Path) -> None:
    gemini_env.script(
        Scenario(
            text="A red square.",
            thoughts="Looking closely.",
            usage={"promptTokenCount": 5, "candidatesTokenCount": 4, "totalTokenCount": 9},
        ),
        Scenario(text="Cut sho", finish_reason="MAX_TOKENS"),
    )
    first, second = make_png(tmp_path / "a.png"), make_png(tmp_path / "b.png")
    code, out, err = run("--json", str(first), str(second))
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["file"] for line in lines] == [str(first), str(second)]
    assert lines[0] == {
        "file": str(first),
        "text": "A red square.",
        "thoughts": "Looking closely.",
        "finish_reason": "STOP",
        "block_reason": None,
        "usage": {"promptTokenCount": 5, "candidatesTokenCount": 4, "totalTokenCount": 9},
        "model_version": "gemini-2.5-flash-001",
        "error": None,
    }
    assert lines[1]["finish_reason"] == "MAX_TOKENS"
    assert "length limit" in err  # the plain-words note on stderr


def test_blocked_prompt_exits_1_with_the_reason(gemini_env: LoopbackServer) -> None:
    gemini_env.script(Scenario(block_reason="PROHIBITED_CONTENT"))
    code, out, err = run("--json", "--prompt", "something bad")
    assert code == 1
    line = json.loads(out)
    assert line["block_reason"] == "PROHIBITED_CONTENT"
    assert line["error"]["status"] == "PROHIBITED_CONTENT"
    assert "prohibited content" in err


@pytest.mark.expected_log(r"HTTP 403 from")
def test_api_error_exits_1_with_plain_words_and_no_traceback(gemini_env: LoopbackServer) -> None:
    error = rpc_error(
        403, "PERMISSION_DENIED", "Generative Language API has not been used in project 42 before or it is disabled.",
        [error_info("SERVICE_DISABLED", metadata={"activationUrl": "https://console.example/enable?project=42", "serviceTitle": "Generative Language API"})],
    )  # fmt: skip
    gemini_env.script(Scenario(status=403, error=error))
    code, out, err = run("--json", "--prompt", "hi")
    assert code == 1
    assert json.loads(out)["error"] == {
        "code": 403,
        "status": "PERMISSION_DENIED",
        "message": "Generative Language API is not turned on for this Google Cloud project.",
        "hint": "Open the link to enable it, wait a minute, then try again.",
        "url": "https://console.example/enable?project=42",
    }
    assert "Traceback" not in err and "not turned on" in err
    # A terminal has no button: the link the hint speaks of is printed with it.
    assert "then try again. Link: https://console.example/enable?project=42" in err


def test_stream_cut_off_keeps_the_partial_text_and_exits_1(gemini_env: LoopbackServer) -> None:
    gemini_env.script(Scenario(text="The first half", finish_reason=None))
    code, out, err = run("--prompt", "tell me")
    assert code == 1
    assert out.startswith("The first half")
    assert "stopped before the model said it was finished" in err


@pytest.mark.expected_log(r"HTTP 429 from", r"Attempt 1 failed")
def test_retry_notice_goes_to_stderr(gemini_env: LoopbackServer) -> None:
    gemini_env.script(Scenario.rate_limited("0.01s"))
    code, out, err = run("--prompt", "hello")
    assert code == 0 and "hello" in out
    assert "You've reached this model's per-minute limit. Trying again in" in err


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        ((), "give a file to describe"),
        (("--prompt", "x", "--temperature", "9"), "temperature"),
        (("--prompt", "x", *[a for s in "abcdef" for a in ("--stop", s)]), "stop sequences"),
    ],
)
def test_usage_errors_exit_2(gemini_env: LoopbackServer, argv: tuple[str, ...], words: str) -> None:
    code, _, err = run(*argv)
    assert code == 2 and words in err
    assert gemini_env.requests == []


def test_no_configuration_says_what_to_set(loopback_server: LoopbackServer) -> None:
    code, _, err = run("--prompt", "hi")
    assert code == 2 and "GEMINI_API_KEY" in err


def test_vertex_openai_compatible_from_flags(
    loopback_server: LoopbackServer,
    loopback_service_account_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(loopback_service_account_file))
    monkeypatch.setenv("GOOGLE_VERTEX_BASE_URL", loopback_server.base_url)
    photo = make_png(tmp_path / "p.png")
    code, out, err = run(
        "--api",
        "openai",
        "--project",
        "test-project",
        "--location",
        "us-central1",
        "--json",
        str(photo),
    )
    assert code == 0, err
    line: dict[str, Any] = json.loads(out)
    assert line["finish_reason"] == "stop" and "image/png" in line["text"]
    assert (
        loopback_server.requests_for("vertex.chat")[-1].json["model"] == "google/gemini-2.5-flash"
    )


def test_the_installed_command_runs_describe(gemini_env: LoopbackServer, tmp_path: Path) -> None:
    """Through the real console script entry point, in a child process."""
    photo = make_png(tmp_path / "photo.png")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "describe", str(photo), "--prompt", "Quoi ? Ça ! 你好"],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Quoi ? Ça ! 你好" in result.stdout and result.stderr == ""


def test_log_goes_to_the_file_without_the_key_and_stderr_stays_plain(
    gemini_env: LoopbackServer, isolated_home: Path
) -> None:
    gemini_env.script(Scenario.rate_limited("0.01s"))
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "describe", "--prompt", "hello"],
        capture_output=True, text=True, encoding="utf-8", timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    # Only the plain retry notice: no log records, no raw error body on stderr.
    assert result.stderr.strip().splitlines() == [
        "gemini-desktop describe: You've reached this model's per-minute limit. "
        "Trying again in 1 second (attempt 2 of 4)."
    ]
    log_text = (isolated_home / "logs" / "gemini-desktop.log").read_text(encoding="utf-8")
    assert "HTTP 429" in log_text and "retrying" in log_text
    assert "test-api-key" not in log_text + result.stdout + result.stderr


def test_a_closed_pipe_ends_quietly(gemini_env: LoopbackServer) -> None:
    gemini_env.script(Scenario(text="line\n" * 2000, chunks=50))
    with subprocess.Popen(
        [sys.executable, "-m", "desktop", "describe", "--prompt", "many lines"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    ) as child:  # fmt: skip
        assert child.stdout is not None and child.stderr is not None
        child.stdout.readline()
        child.stdout.close()  # like `| head -1`
        stderr = child.stderr.read().decode()
        child.wait(timeout=60)
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr


def run_child(*argv: str) -> subprocess.CompletedProcess[str]:
    """The command in a fresh process: it picks its keyring backend the way a user's would."""
    return subprocess.run(
        [sys.executable, "-m", "desktop", "describe", *argv],
        capture_output=True, text=True, encoding="utf-8", timeout=60, check=False,
    )  # fmt: skip


def save_in_secret_service(profile: Profile, secret: str) -> None:
    ProfileStore(ChunkedKeyring(SecretServiceBackend.Keyring())).save(profile, secret)


def test_profile_from_the_real_keyring(
    loopback_server: LoopbackServer,
    secret_service_keyring: object,
    loopback_service_account: dict[str, Any],
) -> None:
    work = Profile.new(
        "Work project",
        SignInKind.SERVICE_ACCOUNT,
        project="test-project",
        location="us-central1",
        base_url=loopback_server.base_url,
    )
    save_in_secret_service(work, json.dumps(loopback_service_account))
    result = run_child("--profile", "work project", "--prompt", "hello from a profile", "--json")
    assert result.returncode == 0, result.stderr
    assert "hello from a profile" in json.loads(result.stdout)["text"]
    stream = loopback_server.requests_for("vertex.stream")[-1]
    assert stream.path.startswith("/v1/projects/test-project/locations/us-central1/")
    assert (
        loopback_server.token_requests[-1]["grant_type"]
        == "urn:ietf:params:oauth:grant-type:jwt-bearer"
    )


def test_without_environment_the_active_profile_is_used_and_flags_win(
    loopback_server: LoopbackServer, secret_service_keyring: object
) -> None:
    studio = Profile.new("Studio", SignInKind.GEMINI_API_KEY, base_url=loopback_server.base_url)
    save_in_secret_service(studio, "test-api-key")
    result = run_child("--prompt", "no variables set", "--model", "gemini-2.5-pro")
    assert result.returncode == 0, result.stderr
    assert (
        loopback_server.requests[-1].path == "/v1beta/models/gemini-2.5-pro:streamGenerateContent"
    )


def test_unknown_profile_lists_the_saved_ones(
    loopback_server: LoopbackServer, secret_service_keyring: object
) -> None:
    save_in_secret_service(Profile.new("Studio", SignInKind.GEMINI_API_KEY), "test-api-key")
    result = run_child("--profile", "Nope", "--prompt", "x")
    assert result.returncode == 2
    assert "no saved profile is called 'Nope'" in result.stderr and "Studio" in result.stderr


def exported_conversation(tmp_path: Path) -> Path:
    """A real conversation in a real store, exported the way the app does it."""
    from desktop.core.answer import Answer
    from desktop.core.conversation import ChatSettings, NewAttachment
    from desktop.core.request import GenerationConfig
    from desktop.services.export import export_json
    from desktop.services.history import HistoryStore

    with HistoryStore.open(tmp_path / "history") as store:
        settings = ChatSettings(
            model="gemini-2.5-pro",
            system_instruction="Be brief.",
            generation_config=GenerationConfig(temperature=0.4),
        )
        conversation = store.create_conversation(settings)
        store.add_user_turn(
            conversation,
            "What is in this photo?",
            [NewAttachment(make_png(tmp_path / "p.png").read_bytes(), "image/png", "p.png")],
        )
        answer = store.start_model_turn(conversation)
        store.finish_model_turn(answer, Answer(text="A red square.", finish_reason="STOP"))
        return export_json(store.load(conversation), store.attachment_bytes, tmp_path / "chat.json")


def test_replay_continues_an_exported_conversation(
    gemini_env: LoopbackServer, tmp_path: Path
) -> None:
    exported = exported_conversation(tmp_path)
    code, out, err = run(
        "--replay", str(exported), "--prompt", "And its colour?", "--temperature", "0.9", "--json"
    )
    assert code == 0, err
    assert "And its colour?" in json.loads(out)["text"]
    body = gemini_env.requests[-1].json
    assert gemini_env.requests[-1].path == "/v1beta/models/gemini-2.5-pro:streamGenerateContent"
    assert [c["role"] for c in body["contents"]] == ["user", "model", "user"]
    assert body["contents"][0]["parts"][0]["inlineData"]["mimeType"] == "image/png"
    assert body["systemInstruction"]["parts"][0]["text"] == "Be brief."
    assert body["generationConfig"]["temperature"] == 0.9  # the command line wins


def test_replay_of_a_garbled_file_names_it(gemini_env: LoopbackServer, tmp_path: Path) -> None:
    bad = tmp_path / "notes.json"
    bad.write_text('{"hello": 1}')
    code, _, err = run("--replay", str(bad))
    assert code == 2 and "notes.json" in err and gemini_env.requests == []


def test_photos_go_out_upright_small_and_without_metadata(
    gemini_env: LoopbackServer, tmp_path: Path
) -> None:
    import base64

    from PIL import Image

    from tests.photos import camera_photo

    original = tmp_path / "camera.jpg"
    original.write_bytes(camera_photo(orientation=6, gps=True))
    code, _, err = run(str(original))
    assert code == 0, err
    sent = base64.b64decode(
        gemini_env.requests[-1].json["contents"][0]["parts"][0]["inlineData"]["data"]
    )
    image = Image.open(io.BytesIO(sent))
    assert image.size == (1152, 1536)  # turned upright, long side 1536
    assert dict(image.getexif()) == {} and len(sent) < original.stat().st_size * 0.15
    code, _, err = run("--image-detail", "original", str(original))
    assert code == 0 and "location (GPS) is sent along" in err


def test_a_video_too_large_to_go_inline_is_uploaded_then_described(
    gemini_env: LoopbackServer, tmp_path: Path
) -> None:
    from desktop.core.media import INLINE_FILE_LIMIT
    from tests.services.uploads.helpers import make_video

    video = make_video(tmp_path, INLINE_FILE_LIMIT + 100_000)
    code, out, err = run(
        str(video), "--start", "1:05", "--end", "90.5", "--media-resolution", "low"
    )
    assert code == 0, err
    assert "uploading clip.mp4" in err  # stderr is not a terminal: one line at the start
    (stored,) = gemini_env.uploads.files.values()
    assert gemini_env.uploads.file_bytes(stored.name) == video.read_bytes()
    body = [r for r in gemini_env.requests if r.route.endswith(".stream")][-1].json
    part = body["contents"][0]["parts"][0]
    assert part["fileData"]["mimeType"] == "video/mp4"
    assert part["videoMetadata"] == {
        "startOffset": {"seconds": 65},
        "endOffset": {"seconds": 90, "nanos": 500_000_000},
    }
    assert body["generationConfig"]["mediaResolution"] == "MEDIA_RESOLUTION_LOW"
    assert "Describe this video." in out


def test_a_large_file_without_a_way_to_upload_is_refused_by_name(
    loopback_server: LoopbackServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core.media import INLINE_FILE_LIMIT
    from tests.services.uploads.helpers import make_video

    monkeypatch.setenv("GOOGLE_GENAI_USE_VERTEXAI", "true")
    monkeypatch.setenv("GOOGLE_API_KEY", "express-key")  # express mode: no bucket possible
    monkeypatch.setenv("GOOGLE_VERTEX_BASE_URL", loopback_server.base_url)
    video = make_video(tmp_path, INLINE_FILE_LIMIT + 100_000)
    code, _out, err = run(str(video))
    assert code == 2, err
    assert "clip.mp4" in err and "Cloud Storage bucket" in err
    assert not [r for r in loopback_server.requests if r.route.endswith(".stream")]


@pytest.mark.parametrize("text", ["1:75", "abc", "-3", "1:2:3:4"])
def test_a_time_that_is_not_one_is_a_usage_error(
    gemini_env: LoopbackServer, text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, _err = run("--prompt", "Hi", "--start", text)
    assert code == 2 and "is not a time such as 90 or 1:30" in capsys.readouterr().err
    assert gemini_env.requests == []
