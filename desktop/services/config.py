"""A connection and its credentials from the environment variables the Google SDKs read.

GOOGLE_GENAI_USE_VERTEXAI, GOOGLE_CLOUD_PROJECT, GOOGLE_CLOUD_LOCATION, GEMINI_API_KEY /
GOOGLE_API_KEY, GOOGLE_APPLICATION_CREDENTIALS, GOOGLE_VERTEX_BASE_URL and
GOOGLE_GEMINI_BASE_URL mean here what they mean to google-genai; OPENAI_BASE_URL and
OPENAI_API_KEY what they mean to openai; GEMINI_DESKTOP_BUCKET is this app's own (the
Cloud Storage bucket for large files). Command-line values win over the environment.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import google.auth
import google.auth.exceptions
import google.oauth2.credentials
import httpx2
from google.oauth2 import service_account

from desktop.core.buckets import bucket_problem
from desktop.core.connection import DEFAULT_LOCATION, DEFAULT_MODEL, ApiKind, Connection
from desktop.core.errors import CredentialsError
from desktop.core.messages import Message
from desktop.core.profile import ENVIRONMENT_PROFILE_ID, Profile, SignInKind
from desktop.log import register_secret
from desktop.services.auth import ApiKeyAuth, GoogleCredentialsAuth
from desktop.services.key_files import parse_service_account
from desktop.services.uploads.gcs import bucket_name

log = logging.getLogger(__name__)

BUCKET_ENV = "GEMINI_DESKTOP_BUCKET"  # the Environment profile's Cloud Storage bucket
CLOUD_PLATFORM_SCOPE = "https://www.googleapis.com/auth/cloud-platform"
GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"
_TRUE = {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Overrides:
    """Values given on the command line or by a profile; None means "from the environment"."""

    api: ApiKind | None = None
    project: str | None = None
    location: str | None = None
    model: str | None = None
    base_url: str | None = None
    api_key: str | None = None


@dataclass(frozen=True)
class ResolvedConnection:
    connection: Connection
    api_key: str | None = None

    def __repr__(self) -> str:  # never print the key
        return f"ResolvedConnection({self.connection!r}, api_key={'set' if self.api_key else None})"


def resolve(
    env: Mapping[str, str] | None = None, overrides: Overrides | None = None
) -> ResolvedConnection:
    """Decide the API, project, region, base URL and key, or say what is missing."""
    env = os.environ if env is None else env
    given = overrides or Overrides()
    for name, url in (
        ("--base-url", given.base_url),
        ("GOOGLE_GEMINI_BASE_URL", env.get("GOOGLE_GEMINI_BASE_URL")),
        ("GOOGLE_VERTEX_BASE_URL", env.get("GOOGLE_VERTEX_BASE_URL")),
        ("OPENAI_BASE_URL", env.get("OPENAI_BASE_URL")),
    ):
        if url:
            check_base_url(name, url)
    key = given.api_key or env.get("GOOGLE_API_KEY") or env.get("GEMINI_API_KEY") or None
    project = given.project or env.get("GOOGLE_CLOUD_PROJECT") or None
    location = given.location or env.get("GOOGLE_CLOUD_LOCATION") or DEFAULT_LOCATION
    model = given.model or DEFAULT_MODEL
    api = given.api or _api_from(env, key, project)

    if api is ApiKind.GEMINI:
        if not key:
            raise _missing("no_gemini_key")
        base = given.base_url or env.get("GOOGLE_GEMINI_BASE_URL")
        return ResolvedConnection(Connection(api, base_url=base or None, model=model), key)

    if api is ApiKind.OPENAI and not project:
        base = given.base_url or env.get("OPENAI_BASE_URL")
        if not base:
            raise _missing("no_openai_server")
        server_key = given.api_key or env.get("OPENAI_API_KEY") or None
        return ResolvedConnection(Connection(api, base_url=base, model=model), server_key)

    base = given.base_url or env.get("GOOGLE_VERTEX_BASE_URL") or None
    if project:
        # Like google-genai: a project in the environment wins over a key in the environment.
        connection = Connection(api, project=project, location=location, base_url=base, model=model)
        return ResolvedConnection(connection, given.api_key)
    if key:  # Vertex AI express mode
        return ResolvedConnection(
            Connection(api, location=location, base_url=base, model=model), key
        )
    raise _missing("no_project")


def check_base_url(name: str, url: str) -> None:
    """Refuse an address that cannot work before anything is sent to it."""
    try:
        parsed = httpx2.URL(url)
    except (httpx2.InvalidURL, ValueError, TypeError) as exc:
        raise _bad_url(name, url) from exc
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise _bad_url(name, url)


def _bad_url(name: str, url: str) -> CredentialsError:
    return CredentialsError(
        Message("config.bad_url", url=repr(url), name=name),
        hint=Message("config.bad_url.hint"),
        status="BAD_BASE_URL",
    )


def _api_from(env: Mapping[str, str], key: str | None, project: str | None) -> ApiKind:
    if env.get("GOOGLE_GENAI_USE_VERTEXAI", "").strip().lower() in _TRUE:
        return ApiKind.VERTEX
    if key:
        return ApiKind.GEMINI
    if project:
        return ApiKind.VERTEX
    raise _missing("no_connection")


def _missing(what: str) -> CredentialsError:
    return CredentialsError(
        Message(f"config.{what}"), hint=Message(f"config.{what}.hint"), status="NOT_CONFIGURED"
    )


def profile_for(resolved: ResolvedConnection, name: str = "Environment") -> Profile:
    """The read-only profile that stands for a connection taken from the environment."""
    connection = resolved.connection
    if connection.api is ApiKind.GEMINI:
        sign_in = SignInKind.GEMINI_API_KEY
    elif connection.express_mode:
        sign_in = SignInKind.VERTEX_EXPRESS_KEY
    elif connection.api is ApiKind.OPENAI and not connection.project:
        sign_in = SignInKind.OPENAI_SERVER
    else:
        sign_in = SignInKind.GOOGLE_CLOUD
    return Profile(
        id=ENVIRONMENT_PROFILE_ID,
        name=name,
        sign_in=sign_in,
        api=connection.api,
        project=connection.project,
        location=connection.location,
        model=connection.model,
        base_url=connection.base_url,
        read_only=True,
    )


def environment_profile(
    env: Mapping[str, str] | None = None, overrides: Overrides | None = None
) -> tuple[Profile, str | None]:
    """The "Environment" profile and its key, from the variables the Google SDKs read, and
    GEMINI_DESKTOP_BUCKET: the Cloud Storage bucket for large files (Vertex AI with Google
    credentials only; elsewhere it is ignored)."""
    env = os.environ if env is None else env
    resolved = resolve(env, overrides)
    profile = profile_for(resolved)
    bucket = bucket_name(env.get(BUCKET_ENV, ""))
    if not bucket:
        return profile, resolved.api_key
    connection = profile.connection()
    if not (connection.api is ApiKind.VERTEX and connection.uses_oauth):
        log.info(
            "%s is ignored: only Vertex AI with Google credentials uploads to a bucket", BUCKET_ENV
        )
        return profile, resolved.api_key
    if (problem := bucket_problem(bucket)) is not None:
        # Kept all the same: Google's refusal, when a file is sent, names what to change.
        log.warning("%s=%r breaks Cloud Storage's naming rules (%s)", BUCKET_ENV, bucket, problem)
    return profile.with_changes(bucket=bucket), resolved.api_key


def make_auth(resolved: ResolvedConnection, env: Mapping[str, str] | None = None) -> httpx2.Auth:
    """The auth flow for a connection from the environment (see auth_for)."""
    return auth_for(profile_for(resolved), resolved.api_key, env)


def auth_for(
    profile: Profile, secret: str | None, env: Mapping[str, str] | None = None
) -> httpx2.Auth:
    """The auth flow for a profile and its secret. Reads files and parses keys: call it off
    the GUI thread (asyncio.to_thread)."""
    if secret:
        register_secret(secret)
    kind = profile.sign_in
    if kind is SignInKind.GOOGLE_CLOUD:
        if secret:  # an access token handed over directly (OpenAI-compatible samples do this)
            return ApiKeyAuth(secret, header="authorization")
        return GoogleCredentialsAuth(load_google_credentials(env))
    if kind is SignInKind.SERVICE_ACCOUNT:
        key = parse_service_account(
            _required(secret, profile), Message("key_file.key_of", profile=profile.name)
        )
        register_secret(str(key.info["private_key"]))
        return GoogleCredentialsAuth(
            service_account.Credentials.from_service_account_info(  # type: ignore[no-untyped-call]
                key.info, scopes=[CLOUD_PLATFORM_SCOPE]
            )
        )
    if kind is SignInKind.GOOGLE_SIGN_IN:
        return GoogleCredentialsAuth(_user_credentials(_required(secret, profile), profile))
    if kind is SignInKind.OPENAI_SERVER:
        return ApiKeyAuth(secret, header="authorization") if secret else httpx2.Auth()
    return ApiKeyAuth(_required(secret, profile))


def _required(secret: str | None, profile: Profile) -> str:
    if not secret:
        raise CredentialsError(
            Message("config.secret_missing", profile=profile.name),
            hint=Message("config.secret_missing.hint"),
            status="SECRET_MISSING",
        )
    return secret


def _user_credentials(secret: str, profile: Profile) -> Any:
    try:
        info = json.loads(secret)
        credentials = google.oauth2.credentials.Credentials(  # type: ignore[no-untyped-call]
            token=None,
            refresh_token=info["refresh_token"],
            client_id=info["client_id"],
            client_secret=info["client_secret"],
            token_uri=info.get("token_uri") or GOOGLE_TOKEN_URI,
            scopes=[CLOUD_PLATFORM_SCOPE],
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise CredentialsError(
            Message("config.bad_sign_in", profile=profile.name),
            hint=Message("config.bad_sign_in.hint"),
            status="BAD_SIGN_IN",
        ) from exc
    register_secret(info["client_secret"])
    return credentials


def load_google_credentials(env: Mapping[str, str] | None = None) -> Any:
    """Application Default Credentials without the metadata-server probe (a desktop app
    should not wait seconds on a server that only exists inside Google Cloud)."""
    env = os.environ if env is None else env
    path = env.get("GOOGLE_APPLICATION_CREDENTIALS")
    if path:
        return _load_file(Path(path), "GOOGLE_APPLICATION_CREDENTIALS")
    gcloud_file = gcloud_adc_path(env)
    if gcloud_file.is_file():
        return _load_file(gcloud_file, "gcloud")
    raise CredentialsError(
        Message("config.no_gcloud"),
        hint=Message("config.no_gcloud.hint"),
        status="NOT_SIGNED_IN",
    )


def gcloud_adc_path(env: Mapping[str, str]) -> Path:
    """Where `gcloud auth application-default login` writes (CLOUDSDK_CONFIG moves it)."""
    if config := env.get("CLOUDSDK_CONFIG"):
        folder = Path(config)
    elif sys.platform == "win32":
        folder = Path(env.get("APPDATA", str(Path.home()))) / "gcloud"
    else:
        folder = Path.home() / ".config" / "gcloud"
    return folder / "application_default_credentials.json"


def _load_file(path: Path, source: str) -> Any:
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            credentials, _project = google.auth.load_credentials_from_file(  # type: ignore[no-untyped-call]
                str(path), scopes=[CLOUD_PLATFORM_SCOPE]
            )
    except (google.auth.exceptions.DefaultCredentialsError, OSError, ValueError) as exc:
        raise CredentialsError(
            Message("config.bad_credentials_file", path=str(path), source=source),
            hint=Message("config.bad_credentials_file.hint"),
            status="BAD_CREDENTIALS_FILE",
            server_message=str(exc),
        ) from exc
    for warning in caught:
        if issubclass(warning.category, DeprecationWarning):
            # google-auth 2.4x deprecates its generic loader for files of unknown origin; a
            # developer's note, not the user's (it went to stderr on every Vertex AI send).
            log.debug("google-auth: %s", warning.message)
            continue
        # gcloud user credentials without a quota project: Google may answer "quota
        # exceeded" or "API not enabled". Said once in the log; the settings UI shows it.
        log.warning("google-auth: %s", warning.message)
    return credentials
