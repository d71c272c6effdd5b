"""The environment variables the Google SDKs read choose the connection here too."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.core.connection import ApiKind
from desktop.core.errors import CredentialsError
from desktop.services.auth import ApiKeyAuth, GoogleCredentialsAuth
from desktop.services.config import (
    Overrides,
    environment_profile,
    load_google_credentials,
    make_auth,
    resolve,
)


def test_gemini_key_alone_means_the_gemini_api() -> None:
    resolved = resolve({"GEMINI_API_KEY": "k1"})
    assert resolved.connection.api is ApiKind.GEMINI and resolved.api_key == "k1"
    assert "k1" not in repr(resolved)


def test_google_api_key_wins_over_gemini_api_key_like_the_sdk() -> None:
    assert resolve({"GEMINI_API_KEY": "g", "GOOGLE_API_KEY": "o"}).api_key == "o"


def test_vertex_with_project_and_location() -> None:
    env = {
        "GOOGLE_GENAI_USE_VERTEXAI": "true",
        "GOOGLE_CLOUD_PROJECT": "p",
        "GOOGLE_CLOUD_LOCATION": "europe-west4",
        "GOOGLE_API_KEY": "ignored",
    }
    connection = resolve(env).connection
    assert (connection.api, connection.project, connection.location) == (
        ApiKind.VERTEX,
        "p",
        "europe-west4",
    )
    assert connection.uses_oauth and resolve(env).api_key is None


def test_vertex_without_project_is_express_mode() -> None:
    resolved = resolve({"GOOGLE_GENAI_USE_VERTEXAI": "1", "GOOGLE_API_KEY": "k"})
    assert resolved.connection.express_mode and resolved.api_key == "k"
    assert resolved.connection.location == "global"


def test_base_url_variables() -> None:
    assert (
        resolve({"GEMINI_API_KEY": "k", "GOOGLE_GEMINI_BASE_URL": "http://gem"}).connection.root()
        == "http://gem"
    )
    env = {
        "GOOGLE_GENAI_USE_VERTEXAI": "true",
        "GOOGLE_CLOUD_PROJECT": "p",
        "GOOGLE_VERTEX_BASE_URL": "http://vtx/",
    }
    assert resolve(env).connection.root() == "http://vtx"


def test_command_line_wins_over_environment() -> None:
    resolved = resolve(
        {"GEMINI_API_KEY": "k", "GOOGLE_CLOUD_PROJECT": "envp"},
        Overrides(api=ApiKind.VERTEX, project="clip", location="us-east5", model="gemini-x"),
    )
    connection = resolved.connection
    assert (connection.api, connection.project, connection.location, connection.model) == (
        ApiKind.VERTEX,
        "clip",
        "us-east5",
        "gemini-x",
    )


def test_the_bucket_for_large_files_from_gemini_desktop_bucket() -> None:
    vertex = {
        "GOOGLE_GENAI_USE_VERTEXAI": "true",
        "GOOGLE_CLOUD_PROJECT": "my-project",
        "GEMINI_DESKTOP_BUCKET": " gs://team-videos/uploads/ ",
    }
    profile, _ = environment_profile(vertex)
    assert profile.bucket == "team-videos" and profile.read_only
    assert profile.connection().bucket == "team-videos"
    assert environment_profile({**vertex, "GEMINI_DESKTOP_BUCKET": ""})[0].bucket is None
    unset = {k: v for k, v in vertex.items() if k != "GEMINI_DESKTOP_BUCKET"}
    assert environment_profile(unset)[0].bucket is None
    # An API key cannot write to a bucket: express mode and the Gemini API ignore it.
    express = {
        "GOOGLE_GENAI_USE_VERTEXAI": "true",
        "GOOGLE_API_KEY": "key",
        "GEMINI_DESKTOP_BUCKET": "b-1",
    }
    assert environment_profile(express)[0].bucket is None
    studio = {"GEMINI_API_KEY": "key", "GEMINI_DESKTOP_BUCKET": "team-videos"}
    assert environment_profile(studio)[0].bucket is None


def test_openai_server_from_openai_variables() -> None:
    resolved = resolve(
        {"OPENAI_BASE_URL": "http://localhost:11434/v1", "OPENAI_API_KEY": "sk"},
        Overrides(api=ApiKind.OPENAI),
    )
    assert (
        resolved.connection.chat_completions_url() == "http://localhost:11434/v1/chat/completions"
    )
    auth = make_auth(resolved, {})
    assert isinstance(auth, ApiKeyAuth)


@pytest.mark.parametrize(
    ("env", "overrides", "words"),
    [
        ({}, None, "GEMINI_API_KEY"),
        ({"GOOGLE_GENAI_USE_VERTEXAI": "true"}, None, "GOOGLE_CLOUD_PROJECT"),
        ({}, Overrides(api=ApiKind.GEMINI), "GEMINI_API_KEY"),
        ({}, Overrides(api=ApiKind.OPENAI), "OPENAI_BASE_URL"),
    ],
)
def test_missing_configuration_says_what_to_set(
    env: dict[str, str], overrides: Overrides | None, words: str
) -> None:
    with pytest.raises(CredentialsError) as caught:
        resolve(env, overrides)
    assert words in caught.value.hint


def test_service_account_file_from_google_application_credentials(
    loopback_service_account_file: Path,
) -> None:
    env = {
        "GOOGLE_APPLICATION_CREDENTIALS": str(loopback_service_account_file),
        "GOOGLE_CLOUD_PROJECT": "p",
    }
    auth = make_auth(resolve(env), env)
    assert isinstance(auth, GoogleCredentialsAuth)
    assert auth.credentials.service_account_email.endswith("iam.gserviceaccount.com")


def test_gcloud_adc_file_is_found_without_the_metadata_probe(
    tmp_path: Path, loopback_authorized_user: dict[str, Any]
) -> None:
    (tmp_path / "application_default_credentials.json").write_text(
        json.dumps(loopback_authorized_user)
    )
    credentials = load_google_credentials({"CLOUDSDK_CONFIG": str(tmp_path)})
    assert credentials.refresh_token == loopback_authorized_user["refresh_token"]


def test_no_sign_in_anywhere_says_how_to_sign_in(tmp_path: Path) -> None:
    with pytest.raises(CredentialsError, match="No Google Cloud sign-in"):
        load_google_credentials({"CLOUDSDK_CONFIG": str(tmp_path)})


def test_broken_credentials_file_is_named(tmp_path: Path) -> None:
    broken = tmp_path / "key.json"
    broken.write_text("{not json")
    with pytest.raises(CredentialsError, match=r"key\.json"):
        load_google_credentials({"GOOGLE_APPLICATION_CREDENTIALS": str(broken)})
