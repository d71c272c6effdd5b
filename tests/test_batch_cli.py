"""`gemini-desktop batch` end to end against the loopback server, with real photos, a real
history file and the files it writes (CSV, JSON Lines, XMP sidecars)."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.batch_cli import batch_main
from tests.loopback import LoopbackServer, Scenario
from tests.photos import png_bytes


@pytest.fixture
def gemini_env(loopback_server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> LoopbackServer:
    monkeypatch.setenv("GEMINI_API_KEY", "test-api-key")
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", loopback_server.base_url)
    return loopback_server


def run(*argv: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = batch_main([str(a) for a in argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def shoot(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"IMG_{n:04d}.png").write_bytes(png_bytes(6, 4, colour=(n, 100, 200)))
    return folder


def answered(server: LoopbackServer) -> int:
    return len([r for r in server.requests if r.route == "gemini.stream"])


def test_a_folder_gets_an_answer_per_photo_and_a_csv_excel_reads(
    gemini_env: LoopbackServer, tmp_path: Path
) -> None:
    folder = shoot(tmp_path / "shoot", 3)
    (folder / "README.txt").write_text("notes")
    gemini_env.script(*[Scenario(text="Un café à Zürich, 東京") for _ in range(3)])
    out_file = tmp_path / "results.csv"
    code, out, err = run(folder, "--preset", "caption", "--out", out_file)
    assert code == 0, err
    assert out.count("Un café à Zürich, 東京") == 3 and "IMG_0000.png" in out
    assert "3 photos and videos to describe" in err
    assert "README.txt: README.txt is not a photo or a video." in err
    assert "3 answered, 0 failed, 0 left out" in err
    raw = out_file.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte-order mark spreadsheet programs need
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["file", "status", "caption", "error"]
    done = [r for r in rows[1:] if r[1] == "done"]
    assert len(done) == 3 and all(r[2] == "Un café à Zürich, 東京" for r in done)
    assert [r[1] for r in rows[1:] if r[0].endswith("README.txt")] == ["skipped"]


@pytest.mark.expected_log(r"HTTP 500 from", r"HTTP 400 from")
def test_failures_are_listed_exit_1_and_resume_sends_only_them(
    gemini_env: LoopbackServer, tmp_path: Path
) -> None:
    folder = shoot(tmp_path / "card", 4)
    gemini_env.script(
        Scenario(text="one"),
        Scenario.http_error(400, "INVALID_ARGUMENT", "Unable to process input image."),
        Scenario(text="three"),
        Scenario(text="four"),
    )
    out_file = tmp_path / "results.jsonl"
    args = (folder, "--preset", "title", "--jobs", "1", "--out", out_file)
    code, out, err = run(*args)
    assert code == 1, err
    assert "1 without an answer (run again with --resume):" in err
    (listed,) = err.split("without an answer (run again with --resume):\n")[1].splitlines()
    failed_name = Path(listed.strip().split(": ")[0]).name
    assert listed.endswith(": Google could not accept this request as it is.")
    assert answered(gemini_env) == 4

    gemini_env.reset()
    code, out, err = run(*args, "--resume")
    assert code == 0, err
    assert "resuming: 3 of 4 already answered; sending the other 1." in err
    assert answered(gemini_env) == 1 and out.count("\n") == 1 and f"{failed_name}: " in out
    records = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["status"] for r in records) == ["done"] * 4
    assert {Path(r["file"]).name for r in records} == {f"IMG_{n:04d}.png" for n in range(4)}

    # All answered: resuming again sends nothing and says so.
    gemini_env.reset()
    code, _, err = run(*args, "--resume")
    assert code == 0 and answered(gemini_env) == 0
    assert "all 4 already answered; nothing to send." in err
    assert len(out_file.read_text(encoding="utf-8").splitlines()) == 4

    # Without --resume, the same command starts again, and says what --resume would do.
    gemini_env.script(
        Scenario.http_error(400, "INVALID_ARGUMENT", "Unable to process input image.")
    )
    code, _, err = run(*args)
    assert code == 1 and answered(gemini_env) == 4
    gemini_env.reset()
    code, _, err = run(*args)
    assert "stopped with 1 files unanswered; --resume would have sent only those" in err


def test_schema_fields_become_columns_and_sidecars(
    gemini_env: LoopbackServer, tmp_path: Path
) -> None:
    folder = shoot(tmp_path / "web", 2)
    schema = tmp_path / "schema.json"
    schema.write_text(
        json.dumps(
            {
                "type": "OBJECT",
                "properties": {
                    "title": {"type": "STRING"},
                    "alt_text": {"type": "STRING"},
                    "keywords": {"type": "ARRAY", "items": {"type": "STRING"}},
                },
            }
        )
    )
    answer = {"title": "Blue", "alt_text": "A blue square.", "keywords": ["blue", "square"]}
    gemini_env.script(*[Scenario(text=json.dumps(answer)) for _ in range(2)])
    code, out, err = run(folder, "--schema", schema, "--xmp", "--out", tmp_path / "r.csv")
    assert code == 0, err
    assert "title: Blue | alt_text: A blue square. | keywords: blue; square" in out
    assert "XMP sidecars named as lightroom names them" in err
    sidecar = folder / "IMG_0000.xmp"
    assert sidecar.is_file() and not (folder / "IMG_0000.png.xmp").exists()
    if exiftool := shutil.which("exiftool"):
        (tags,) = json.loads(
            subprocess.run(
                [exiftool, "-json", "-G1", "-XMP:all", str(sidecar)],
                capture_output=True, text=True, check=True,
            ).stdout
        )  # fmt: skip
        assert tags["XMP-dc:Title"] == "Blue"
        assert tags["XMP-iptcCore:AltTextAccessibility"] == "A blue square."
        assert tags["XMP-dc:Subject"] == ["blue", "square"]
    header = (tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header == "file,status,title,alt_text,keywords,error"


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--prompt", "x", "--preset", "title"], "not allowed with argument"),
        (["--out", "r.txt"], "--out takes a file ending in .csv or .jsonl"),
        (["--jobs", "0"], "between 1 and 16"),
        (["--schema", "missing.json"], "--schema: missing.json cannot be read"),
    ],
)
def test_usage_errors_exit_2(
    gemini_env: LoopbackServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    says: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    folder = shoot(tmp_path / "p", 1)
    code, _, err = run(folder, *argv)
    assert code == 2
    assert says in err + capsys.readouterr().err
    assert answered(gemini_env) == 0


def test_a_folder_without_photos_is_a_usage_error(
    gemini_env: LoopbackServer, tmp_path: Path
) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    code, _, err = run(tmp_path)
    assert code == 2
    assert "there is no photo or video among the paths given" in err
    assert "notes.txt is not a photo or a video" in err


def test_ctrl_c_stops_with_130_and_resume_goes_on(
    gemini_env: LoopbackServer, tmp_path: Path
) -> None:
    folder = shoot(tmp_path / "slow", 3)
    gemini_env.script(*[Scenario(text="slow " * 40, chunks=40, drip_delay=0.25) for _ in range(3)])
    env = {
        **os.environ,
        "GEMINI_DESKTOP_HOME": os.environ["GEMINI_DESKTOP_HOME"],
        "NO_PROXY": "127.0.0.1",
    }
    argv = [sys.executable, "-m", "desktop", "batch", str(folder), "--preset", "title"]
    running = subprocess.Popen(
        argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 60
    while not gemini_env.requests_for("gemini.stream") and time.monotonic() < deadline:
        time.sleep(0.05)
    running.send_signal(signal.SIGINT)
    _, err = running.communicate(timeout=60)
    assert running.returncode == 130, err
    assert "stopped. The answers so far are saved; run the same command with --resume" in err
    gemini_env.reset()
    code, out, err = run(folder, "--preset", "title", "--resume")
    assert code == 0, err
    assert "resuming: 0 of 3 already answered; sending the other 3." in err
    assert out.count("IMG_") == 3


@pytest.mark.expected_log(r"HTTP 429 from")
def test_todays_quota_used_up_stops_and_says_to_resume_later(
    gemini_env: LoopbackServer, tmp_path: Path
) -> None:
    folder = shoot(tmp_path / "day", 12)
    gemini_env.script_always(Scenario.daily_quota())
    code, out, err = run(folder, "--jobs", "1")
    assert code == 1 and out == ""
    assert "Nothing more is sent now; run the same command with --resume later" in err
    assert "11 not sent yet (run again with --resume)." in err
    assert answered(gemini_env) == 1
