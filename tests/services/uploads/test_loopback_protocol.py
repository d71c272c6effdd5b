"""The official google-genai client uploads to the loopback's File API, proving the stand-in
speaks Google's protocol (the app's own uploader is tested against the same server)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from google import genai
from google.genai import types

from tests.loopback import LoopbackServer
from tests.services.uploads.helpers import make_video


@pytest.fixture
def client(loopback_server: LoopbackServer) -> Iterator[genai.Client]:
    client = genai.Client(
        api_key="test-api-key", http_options=types.HttpOptions(base_url=loopback_server.base_url)
    )
    yield client
    client.close()


def test_google_genai_uploads_polls_and_uses_a_file(
    loopback_server: LoopbackServer, client: genai.Client, tmp_path: Path
) -> None:
    video = make_video(tmp_path, size=3 * 1024 * 1024 + 7)
    loopback_server.uploads.processing_polls = 1

    file = client.files.upload(file=video, config={"mime_type": "video/mp4"})

    assert file.name and file.uri and file.state == types.FileState.PROCESSING
    assert file.size_bytes == video.stat().st_size
    assert loopback_server.uploads.file_bytes(file.name) == video.read_bytes()
    (start,) = loopback_server.requests_for("files.start")
    assert start.headers["x-goog-upload-protocol"] == "resumable"
    assert start.headers["x-goog-api-key"] == "test-api-key"
    (chunk,) = loopback_server.requests_for("files.upload")  # one 8 MB chunk holds it all
    assert chunk.headers["x-goog-upload-command"] == "upload, finalize"

    assert client.files.get(name=file.name).state == types.FileState.PROCESSING
    ready = client.files.get(name=file.name)
    assert ready.state == types.FileState.ACTIVE
    assert ready.expiration_time and ready.create_time
    assert ready.expiration_time - ready.create_time == timedelta(hours=48)

    response = client.models.generate_content(
        model="gemini-2.5-flash", contents=[ready, "What happens in this video?"]
    )
    assert response.text is not None and file.uri in response.text

    client.files.delete(name=file.name)
    with pytest.raises(genai.errors.ClientError) as caught:
        client.files.get(name=file.name)
    assert caught.value.code == 403


def test_google_genai_refuses_a_file_that_is_not_active(
    loopback_server: LoopbackServer, client: genai.Client, tmp_path: Path
) -> None:
    loopback_server.uploads.processing_polls = 5
    file = client.files.upload(
        file=make_video(tmp_path, size=1000), config={"mime_type": "video/mp4"}
    )

    with pytest.raises(genai.errors.ClientError) as caught:
        client.models.generate_content(model="gemini-2.5-flash", contents=[file, "Hi"])
    assert caught.value.code == 400
    assert "not in an ACTIVE state" in str(caught.value.message)
