"""`gemini-desktop batch --job` and `--job-status` against the loopback's Batch API, with real
photos, a real history file and the files collecting writes (CSV, XMP sidecars)."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.services.batch.jobs import service
from tests.loopback import LoopbackServer
from tests.loopback.batches import JobPlan
from tests.loopback.scenario import rpc_error
from tests.test_batch_cli import gemini_env, run, shoot

__all__ = ["gemini_env"]


def test_a_job_is_sent_then_collected_into_csv_and_sidecars_and_failures_resume(
    gemini_env: LoopbackServer, tmp_path: Path
) -> None:
    folder = shoot(tmp_path / "shoot", 3)
    refused = rpc_error(400, "INVALID_ARGUMENT", "Unable to process input image.")
    gemini_env.batches.plan(
        JobPlan(polls=1, errors={"1": refused}, texts={"0": "Harbour at dawn", "2": "Old mill"})
    )

    code, out, err = run(folder, "--preset", "title", "--job")

    assert code == 0, err
    (job_id,) = out.split()
    assert gemini_env.batches.job(f"batches/{job_id}").display_name.startswith("gemini-desktop")
    assert (
        "half the price, usually done within hours; Google aims for 24 h; a job not done after "
        "48 h expires)" in err
    )
    assert f"--job-status {job_id}" in err
    assert not gemini_env.requests_for("gemini.stream")  # nothing went one by one

    # Not done yet: the state and counts, exit 3, nothing collected.
    csv_file = tmp_path / "titles.csv"
    code, out, err = run("--job-status", job_id, "--out", csv_file, "--xmp")
    assert code == 3, err
    assert f"batch job {job_id}: running at Google; 3 requests, 1 answered, 0 failed." in err
    assert out == "" and not csv_file.exists()

    code, out, err = run("--job-status", job_id, "--out", csv_file, "--xmp")

    assert code == 1, err
    assert f"batch job {job_id}: done; 3 requests, 2 answered, 1 failed." in err
    assert out.splitlines() == [
        f"{folder / 'IMG_0000.png'}: Harbour at dawn".replace(str(Path.cwd()) + os.sep, ""),
        f"{folder / 'IMG_0002.png'}: Old mill".replace(str(Path.cwd()) + os.sep, ""),
    ]
    assert "2 answered, 1 failed, 0 left out." in err
    assert "IMG_0001.png: Google could not accept this request as it is." in err
    rows = list(csv.reader(io.StringIO(csv_file.read_bytes().decode("utf-8-sig"))))
    assert [(Path(r[0]).name, r[1], r[2]) for r in rows[1:]] == [
        ("IMG_0000.png", "done", "Harbour at dawn"),
        ("IMG_0001.png", "failed", ""),
        ("IMG_0002.png", "done", "Old mill"),
    ]
    sidecar = (folder / "IMG_0000.xmp").read_text(encoding="utf-8")
    assert "Harbour at dawn" in sidecar and not (folder / "IMG_0001.xmp").exists()

    # Collected: the failed photo is sent again with --resume, and only it.
    code, out, err = run(folder, "--preset", "title", "--resume")
    assert code == 0, err
    assert "resuming: 2 of 3 already answered; sending the other 1." in err
    assert len(gemini_env.requests_for("gemini.stream")) == 1


def test_resume_refuses_photos_out_as_a_job_not_collected(
    gemini_env: LoopbackServer, tmp_path: Path
) -> None:
    folder = shoot(tmp_path / "s", 2)
    code, out, _ = run(folder, "--job")
    assert code == 0

    code, _, err = run(folder, "--resume")

    assert code == 2
    assert f"these photos were sent as batch job {out.strip()}, which is not collected yet" in err
    assert not gemini_env.requests_for("gemini.stream")


def test_an_expired_job_says_so_and_every_photo_says_why(
    gemini_env: LoopbackServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(service, "FIRST_WAIT", 0.01)
    gemini_env.batches.plan(JobPlan(polls=2, end="EXPIRED"))
    folder = shoot(tmp_path / "s", 2)

    code, out, err = run(folder, "--job", "--wait")

    assert code == 1, err
    job_id = out.splitlines()[0]
    assert f"batch job {job_id}: running at Google; 2 requests, 1 answered, 0 failed." in err
    assert f"batch job {job_id}: expired: Google did not finish it in time" in err
    assert err.count("was not done in the time Google allows") == 2
    assert len(gemini_env.requests_for("batches.get")) == 3


def test_unknown_job_and_misused_options_are_usage_errors(
    gemini_env: LoopbackServer, tmp_path: Path
) -> None:
    code, _, err = run("--job-status", "nosuchjob")
    assert code == 2 and "there is no batch job nosuchjob" in err
    code, _, err = run(shoot(tmp_path / "s", 1), "--job-status", "x")
    assert code == 2 and "--job-status takes the job's id alone" in err
    code, _, err = run(tmp_path / "s", "--wait")
    assert code == 2 and "--wait goes with --job or --job-status" in err
    code, _, err = run()
    assert code == 2 and "name the photos, videos or folders" in err


def test_ctrl_c_while_waiting_leaves_the_job_running_and_says_how_to_collect_it(
    gemini_env: LoopbackServer, tmp_path: Path
) -> None:
    gemini_env.batches.plan(JobPlan(polls=1000))
    code, out, _ = run(shoot(tmp_path / "s", 1), "--job")
    assert code == 0
    job_id = out.strip()
    env = {**os.environ, "NO_PROXY": "127.0.0.1"}
    argv = [sys.executable, "-m", "desktop", "batch", "--job-status", job_id, "--wait"]
    waiting = subprocess.Popen(
        argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 60
    while not gemini_env.requests_for("batches.get") and time.monotonic() < deadline:
        time.sleep(0.05)

    waiting.send_signal(signal.SIGINT)
    _, err = waiting.communicate(timeout=60)

    assert waiting.returncode == 130, err
    assert (
        f"The batch job goes on at Google; collect it with: gemini-desktop batch --job-status {job_id}"
        in err
    )
    assert not gemini_env.requests_for("batches.cancel")
    assert gemini_env.batches.job(f"batches/{job_id}").state == "PENDING"


def test_a_vertex_job_goes_through_the_environments_bucket(
    loopback_server: LoopbackServer,
    loopback_service_account_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    environment = {
        "GOOGLE_GENAI_USE_VERTEXAI": "true",
        "GOOGLE_CLOUD_PROJECT": "test-project",
        "GOOGLE_CLOUD_LOCATION": "us-central1",
        "GOOGLE_APPLICATION_CREDENTIALS": str(loopback_service_account_file),
        "GOOGLE_VERTEX_BASE_URL": loopback_server.base_url,
        "GEMINI_DESKTOP_BUCKET": "test-bucket",
        "STORAGE_EMULATOR_HOST": loopback_server.base_url,
    }
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(service, "FIRST_WAIT", 0.01)
    loopback_server.batches.plan(JobPlan(polls=1, texts={"0": "kayak, fjord"}))
    out_file = tmp_path / "keywords.jsonl"

    code, out, err = run(
        shoot(tmp_path / "v", 2), "--preset", "keywords", "--job", "--wait", "--out", out_file
    )

    assert code == 0, err
    job_id = out.splitlines()[0]
    assert job_id.isdigit()  # a Vertex AI job's id
    assert f"batch job {job_id}: done; 2 requests, 2 answered, 0 failed." in err
    records = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    assert records[0]["fields"] == {"keywords": ["kayak", "fjord"]}
    assert [r["status"] for r in records] == ["done", "done"]
    assert not loopback_server.requests_for("vertex.generate")
    assert not loopback_server.requests_for("vertex.stream")


def test_job_cancel_cancels_the_job_at_google_then_status_collects_it(
    gemini_env: LoopbackServer, tmp_path: Path
) -> None:
    gemini_env.batches.plan(JobPlan(polls=1000))
    folder = shoot(tmp_path / "s", 2)
    code, out, _ = run(folder, "--job")
    assert code == 0
    job_id = out.strip()

    code, out, err = run("--job-cancel", job_id)

    assert code == 0, err
    assert out == ""
    assert f"batch job {job_id}: cancelled; 2 requests." in err
    assert f"collect what it answered with: gemini-desktop batch --job-status {job_id}" in err
    assert len(gemini_env.requests_for("batches.cancel")) == 1
    assert gemini_env.batches.job(f"batches/{job_id}").state == "CANCELLED"

    # Ended: nothing to cancel (exit 1, Google not asked again); the status collects it.
    code, _, err = run("--job-cancel", job_id)
    assert code == 1
    assert "There is nothing to cancel" in err
    assert len(gemini_env.requests_for("batches.cancel")) == 1
    code, _, err = run("--job-status", job_id)
    assert code == 1
    assert err.count("was cancelled before") == 2


def test_job_cancel_takes_a_known_id_alone(gemini_env: LoopbackServer, tmp_path: Path) -> None:
    code, _, err = run("--job-cancel", "nosuchjob")
    assert code == 2 and "there is no batch job nosuchjob" in err
    code, _, err = run(shoot(tmp_path / "s", 1), "--job-cancel", "x")
    assert code == 2 and "--job-cancel takes the job's id alone" in err
    code, _, err = run("--job-cancel", "x", "--job-status", "x")
    assert code == 2 and "--job-cancel takes the job's id alone" in err
    assert not gemini_env.requests_for("batches.cancel")
