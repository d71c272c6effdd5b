"""Reading key files people pick or drop: real files on disk, answered as facts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.services.key_files import (
    MAX_KEY_FILE_BYTES,
    KeyFileProblem,
    read_credentials_file,
)
from tests.loopback import LoopbackServer
from tests.ui.connections.helpers import desktop_client_file


def test_a_service_account_key_file_is_read(loopback_service_account_file: Path) -> None:
    found = read_credentials_file(str(loopback_service_account_file))
    assert found.problem is None and found.client is None
    assert found.key is not None
    assert found.key.project_id == "test-project"
    assert json.loads(found.key.to_secret()) == json.loads(
        loopback_service_account_file.read_text(encoding="utf-8")
    )


def test_a_desktop_client_file_is_read(loopback_server: LoopbackServer, tmp_path: Path) -> None:
    found = read_credentials_file(desktop_client_file(loopback_server, tmp_path))
    assert found.problem is None and found.key is None
    assert found.client is not None
    assert found.client.token_uri == f"{loopback_server.base_url}/token"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"\x89PNG\r\n\x1a\n not json", KeyFileProblem.NOT_JSON),
        ([1, 2], KeyFileProblem.NOT_A_KEY_FILE),
        ({"type": "authorized_user", "refresh_token": "1//x"}, KeyFileProblem.PERSONAL_SIGN_IN),
        ({"type": "service_account", "client_email": "a@b"}, KeyFileProblem.INCOMPLETE_KEY),
        ({"web": {"client_id": "i", "client_secret": "s"}}, KeyFileProblem.WEB_CLIENT),
        ({"installed": {"client_secret": "s"}}, KeyFileProblem.CLIENT_WITHOUT_ID),
        ({"installed": {"client_id": "i"}}, KeyFileProblem.CLIENT_WITHOUT_SECRET),
        (
            {"installed": {"client_id": "i", "client_secret": "s", "token_uri": "http://x.com"}},
            KeyFileProblem.CLIENT_BAD_ADDRESS,
        ),
        ({"installed": "yes"}, KeyFileProblem.NOT_A_DESKTOP_CLIENT),
    ],
)
def test_other_files_name_their_problem(
    tmp_path: Path, content: Any, problem: KeyFileProblem
) -> None:
    path = tmp_path / "picked.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(json.dumps(content), encoding="utf-8")
    found = read_credentials_file(path)
    assert (found.problem, found.key, found.client, found.path) == (problem, None, None, path)


def test_a_missing_or_huge_file_is_named(tmp_path: Path) -> None:
    assert read_credentials_file(tmp_path / "gone.json").problem is KeyFileProblem.UNREADABLE
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * (MAX_KEY_FILE_BYTES + 1))
    assert read_credentials_file(huge).problem is KeyFileProblem.TOO_LARGE
