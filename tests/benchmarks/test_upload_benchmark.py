"""What a large video costs to send: upload throughput to the loopback File API and the
memory the uploading process holds (it reads a chunk at a time, so a 256 MB file must not
need 256 MB). The upload runs in a child process, so the loopback server's own copy of the
bytes is not counted; a 1 MB upload in the same kind of process is the baseline.

Prints the figures; the normal run asserts only that every byte arrived intact.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.loopback import LoopbackServer
from tests.services.uploads.helpers import FTYP

SIZE = 256 * 1024 * 1024
CHILD = """
import asyncio, json, sys, time
from desktop.services.auth import ApiKeyAuth
from desktop.services.http import create_http_client
from desktop.services.uploads import FileApiUploader

async def main(base_url, path):
    http = create_http_client()
    reports = []
    uploader = FileApiUploader(http, base_url, ApiKeyAuth("test-api-key"))
    wall, cpu = time.perf_counter(), time.process_time()
    uploaded = await uploader.upload(path, "video/mp4", progress=reports.append)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    await http.aclose()
    # VmHWM: this program's own peak (ru_maxrss would count the forked test process too).
    status = open("/proc/self/status").read()
    peak_kb = int(status.split("VmHWM:")[1].split()[0])
    print(json.dumps({"name": uploaded.name, "wall": wall, "cpu": cpu, "reports": len(reports),
                      "peak_mb": peak_kb / 1024}))

asyncio.run(main(sys.argv[1], sys.argv[2]))
"""


def sparse_video(folder: Path, size: int) -> Path:
    """A "video": a real ftyp header, a random first megabyte, the rest a hole."""
    path = folder / f"video-{size}.mp4"
    with path.open("wb") as file:
        file.write(FTYP + os.urandom(min(size, 1024 * 1024) - len(FTYP)))
        file.truncate(size)
    return path


def upload_in_child(server: LoopbackServer, path: Path) -> tuple[dict[str, float], float]:
    """The child's figures and its peak resident memory in MB."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, server.base_url, str(path)],
        stdout=subprocess.PIPE,
        env={**os.environ, "NO_PROXY": "127.0.0.1,localhost"},
    )
    output, _ = child.communicate()
    assert child.returncode == 0, output
    figures = json.loads(output)
    return figures, float(figures["peak_mb"])


def test_upload_throughput_and_memory(
    loopback_server: LoopbackServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _small, baseline = upload_in_child(loopback_server, sparse_video(tmp_path, 1024 * 1024))
    video = sparse_video(tmp_path, SIZE)
    figures, peak = upload_in_child(loopback_server, video)
    stored = loopback_server.uploads.file_bytes(str(figures["name"]))
    assert len(stored) == SIZE and stored[: 1024 * 1024] == video.read_bytes()[: 1024 * 1024]
    wall, cpu = figures["wall"], figures["cpu"]
    with capsys.disabled():
        print(
            f"\n[benchmark] upload of a {SIZE // 2**20} MB video to the loopback File API: "
            f"{SIZE / 2**20 / wall:.0f} MB/s ({wall:.2f} s wall, {cpu:.2f} s CPU incl. SHA-256); "
            f"uploading process peak {peak:.0f} MB resident vs {baseline:.0f} MB for a 1 MB "
            f"upload (+{peak - baseline:.0f} MB); {figures['reports']:.0f} progress reports"
        )
