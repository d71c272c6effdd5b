"""Exports never contain credentials: a history next to saved profiles with keys, tokens and
a service-account key, and sign-in variables in the environment; every byte of every
export is searched for each secret, as text and as base64."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from desktop import paths
from desktop.core.profile import Profile, SignInKind
from desktop.services.export import export_html, export_json, export_markdown, import_json
from desktop.services.history import HistoryStore
from desktop.services.profile_store import ChunkedKeyring, MemoryKeyring, ProfileStore
from tests.services.export.conftest import fill

STUDIO_KEY = "AIzaSyD-made-up-studio-key-for-export-test-9"
ENV_KEY = "AIzaSyD-made-up-environment-key-export-77"
REFRESH_TOKEN = "1//made-up-refresh-token-export-0123456789"
CLIENT_SECRET = "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"
PRIVATE_KEY = (
    "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDmadeup"
    "\n-----END PRIVATE KEY-----\n"
)
SECRETS = (STUDIO_KEY, ENV_KEY, REFRESH_TOKEN, CLIENT_SECRET, "MIIEvQIBADANBgkqhkiG9w0BAQEFAAS")


def test_no_credential_reaches_any_export(
    isolated_home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("GEMINI_API_KEY", ENV_KEY)
    monkeypatch.setenv("GOOGLE_API_KEY", ENV_KEY)
    profiles = ProfileStore(ChunkedKeyring(MemoryKeyring(max_value_chars=100_000)))
    studio = Profile.new("Studio", SignInKind.GEMINI_API_KEY, model="gemini-2.5-flash")
    profiles.save(studio, STUDIO_KEY)
    work = Profile.new(
        "Work", SignInKind.SERVICE_ACCOUNT, project="my-project", location="europe-west4"
    )
    profiles.save(
        work,
        json.dumps(
            {
                "type": "service_account",
                "private_key": PRIVATE_KEY,
                "client_email": "bot@my-project.iam.gserviceaccount.com",
            }
        ),
    )
    me = Profile.new("Me", SignInKind.GOOGLE_SIGN_IN, project="my-project")
    profiles.save(
        me,
        json.dumps(
            {
                "type": "authorized_user",
                "refresh_token": REFRESH_TOKEN,
                "client_secret": CLIENT_SECRET,
            }
        ),
    )
    assert profiles.secret(studio.id) == STUDIO_KEY  # the keys really are there

    with HistoryStore.open() as store:  # the user's own data folder, as the app opens it
        assert store.folder == paths.data_dir()
        conversation = store.load(fill(store))
        out = tmp_path / "exports"
        out.mkdir()
        export_markdown(conversation, store.attachment_bytes, out, name="chat")
        export_html(conversation, store.attachment_bytes, out / "chat.html")
        json_path = export_json(conversation, store.attachment_bytes, out / "chat.json")
        import_json(json_path, store)  # and importing it back adds nothing either

    written = [p for p in out.rglob("*") if p.is_file()]
    assert len(written) == 6  # .md, three files beside it, .html, .json
    data_files = [p for p in paths.data_dir().rglob("*") if p.is_file()]
    for path in written + data_files:
        content = path.read_bytes()
        for secret in SECRETS:
            for form in (secret.encode(), base64.b64encode(secret.encode())):
                assert form not in content, f"{secret[:12]}… found in {path.name}"
