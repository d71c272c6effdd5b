"""What the connection dialog tells people: the ways to connect, the gcloud sign-in found on
this computer, and which kind of key was pasted. No widgets here."""

from __future__ import annotations

import configparser
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.core.buckets import BucketProblem, bucket_problem
from desktop.core.errors import AI_STUDIO_KEYS
from desktop.core.profile import SignInKind
from desktop.services import config
from desktop.services.uploads import bucket_name

log = logging.getLogger(__name__)

VERTEX_EXPRESS_KEYS = "https://console.cloud.google.com/vertex-ai/studio/settings/api-keys"
GCLOUD_ADC_HELP = "https://cloud.google.com/docs/authentication/set-up-adc-local-dev-environment"
SERVICE_ACCOUNTS_PAGE = "https://console.cloud.google.com/iam-admin/serviceaccounts"
OAUTH_CLIENTS_PAGE = "https://console.cloud.google.com/apis/credentials"

LOCATIONS = (
    "global",
    "us-central1",
    "us-east1",
    "us-east4",
    "us-east5",
    "us-south1",
    "us-west1",
    "us-west4",
    "northamerica-northeast1",
    "southamerica-east1",
    "europe-west1",
    "europe-west2",
    "europe-west3",
    "europe-west4",
    "europe-west6",
    "europe-west8",
    "europe-west9",
    "europe-north1",
    "europe-central2",
    "europe-southwest1",
    "asia-east1",
    "asia-east2",
    "asia-northeast1",
    "asia-northeast3",
    "asia-south1",
    "asia-southeast1",
    "australia-southeast1",
    "me-central1",
    "me-west1",
)

SUGGESTED_MODELS = ("gemini-2.5-flash", "gemini-2.5-pro", "gemini-2.5-flash-lite")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConnectionDialog", text)


@dataclass(frozen=True)
class Way:
    """One way to connect, as the dialog's cards show it."""

    kind: SignInKind
    icon: str
    title: str
    line: str
    link_text: str | None = None
    link_url: str | None = None
    default_name: str = ""


def ways() -> tuple[Way, ...]:
    return (
        Way(
            SignInKind.GEMINI_API_KEY,
            "key",
            _tr("Gemini API key"),
            _tr("The easiest start: a free key from Google AI Studio."),
            _tr("Get a key"),
            AI_STUDIO_KEYS,
            _tr("Google AI Studio"),
        ),
        Way(
            SignInKind.VERTEX_EXPRESS_KEY,
            "bolt",
            _tr("Vertex AI express key"),
            _tr("A key for Vertex AI, without setting up a full Google Cloud project."),
            _tr("Get a key"),
            VERTEX_EXPRESS_KEYS,
            _tr("Vertex AI express"),
        ),
        Way(
            SignInKind.GOOGLE_CLOUD,
            "cloud",
            _tr("Google Cloud with gcloud"),
            _tr("Uses the sign-in that Google's gcloud tool left on this computer."),
            _tr("How to sign in"),
            GCLOUD_ADC_HELP,
            _tr("Google Cloud"),
        ),
        Way(
            SignInKind.SERVICE_ACCOUNT,
            "file",
            _tr("Service-account key file"),
            _tr("A .json key file, usually sent by whoever runs your Google Cloud project."),
            _tr("Create a key"),
            SERVICE_ACCOUNTS_PAGE,
            _tr("Service account"),
        ),
        Way(
            SignInKind.GOOGLE_SIGN_IN,
            "account",
            _tr("Sign in with Google"),
            _tr("Your own Google account, with an OAuth client file from your project."),
            _tr("Create a client"),
            OAUTH_CLIENTS_PAGE,
            _tr("Google account"),
        ),
        Way(
            SignInKind.OPENAI_SERVER,
            "server",
            _tr("Any OpenAI-compatible server"),
            _tr("Another server that speaks the OpenAI API, such as a model on your network."),
            default_name=_tr("OpenAI-compatible server"),
        ),
    )


def way(kind: SignInKind) -> Way:
    return next(w for w in ways() if w.kind is kind)


# -- Which kind of key is this? ----------------------------------------------------------------


def key_kind_note(kind: SignInKind, key: str) -> str | None:
    """A plain sentence when the pasted text is clearly not the key `kind` wants, else None."""
    key = key.strip()
    if not key:
        return None
    if key.startswith("{"):
        return _tr(
            "This looks like the content of a key file, not a key. Choose "
            "“Service-account key file” and pick the file instead."
        )
    if key.startswith("ya29."):
        return _tr(
            "This is a temporary access token (it stops working within an hour), not an API key."
        )
    if key.startswith("GOCSPX-") or key.endswith(".apps.googleusercontent.com"):
        return _tr(
            "This belongs to an OAuth client, not an API key. Choose “Sign in with Google” "
            "and use the client's file."
        )
    if key.startswith("1//"):
        return _tr("This is a saved Google sign-in (a refresh token), not an API key.")
    if key.startswith("sk-") and kind is not SignInKind.OPENAI_SERVER:
        return _tr(
            "This looks like a key for an OpenAI-compatible server, not a Google key. Choose "
            "“Any OpenAI-compatible server”."
        )
    if key.startswith("AQ.") and kind is SignInKind.GEMINI_API_KEY:
        return _tr(
            "This looks like a Vertex AI key, not a Gemini API key. Choose “Vertex AI express key”."
        )
    if any(character.isspace() for character in key):
        return _tr("The key contains spaces or line breaks. Copy it again, without them.")
    return None


def suggested_kind(kind: SignInKind, key: str) -> SignInKind | None:
    """The way a pasted key clearly belongs to, when that is another key way."""
    key = key.strip()
    if key.startswith("sk-") and kind is not SignInKind.OPENAI_SERVER:
        return SignInKind.OPENAI_SERVER
    if key.startswith("AQ.") and kind is SignInKind.GEMINI_API_KEY:
        return SignInKind.VERTEX_EXPRESS_KEY
    return None


# -- The Cloud Storage bucket for large files --------------------------------------------------


def bucket_note(text: str) -> str | None:
    """A plain sentence naming what is wrong with a typed bucket name, or None when Cloud
    Storage would take it (or the field is empty: no bucket)."""
    name = bucket_name(text)
    problem = bucket_problem(name)
    if problem is None:
        return None
    return {
        BucketProblem.ADDRESS: _tr(
            "Type only the bucket's name, such as my-bucket, not a web address."
        ),
        BucketProblem.UPPERCASE: _tr("Bucket names use lowercase letters only: “%1”.").replace(
            "%1", name.lower()
        ),
        BucketProblem.CHARACTERS: _tr(
            "A bucket name may contain only lowercase letters, digits, dashes (-), "
            "underscores (_) and dots (.)."
        ),
        BucketProblem.ENDS: _tr("A bucket name starts and ends with a letter or a digit."),
        BucketProblem.LENGTH: _tr(
            "A bucket name has 3 to 63 characters (with dots, up to 222, and at most 63 "
            "between two dots)."
        ),
        BucketProblem.IP_ADDRESS: _tr("A bucket name cannot be an IP address."),
        BucketProblem.GOOGLE: _tr(
            "A bucket name cannot begin with “goog” or contain “google” (or a look-alike "
            "such as “g00gle”)."
        ),
    }[problem]


# -- The gcloud sign-in on this computer -------------------------------------------------------


@dataclass(frozen=True)
class AdcInfo:
    """Application Default Credentials found on this computer, in words the dialog shows."""

    path: Path
    source: str  # "gcloud" or "GOOGLE_APPLICATION_CREDENTIALS"
    kind: str  # the file's "type": authorized_user, service_account, external_account, ...
    account: str | None = None
    project: str | None = None
    quota_project: str | None = None
    problem: str | None = None  # set when the file exists but cannot be used

    @property
    def is_user(self) -> bool:
        return self.kind == "authorized_user"

    @property
    def lacks_quota_project(self) -> bool:
        return self.problem is None and self.is_user and not self.quota_project

    def kind_text(self) -> str:
        return {
            "authorized_user": _tr("your Google account, signed in with gcloud"),
            "service_account": _tr("a service account"),
            "external_account": _tr("an account from another identity provider"),
            "impersonated_service_account": _tr("a service account, used through your account"),
        }.get(self.kind, self.kind or _tr("an unknown kind of sign-in"))


def detect_adc(env: Mapping[str, str]) -> AdcInfo | None:
    """The sign-in google-auth would use, without the metadata-server probe; None if there is
    none. Reads files: call it off the GUI thread."""
    named = env.get("GOOGLE_APPLICATION_CREDENTIALS")
    if named:
        path, source = Path(named), "GOOGLE_APPLICATION_CREDENTIALS"
    else:
        path, source = config.gcloud_adc_path(env), "gcloud"
        if not path.is_file():
            return None
    gcloud = _gcloud_settings(path.parent if source == "gcloud" else _gcloud_folder(env))
    env_project = env.get("GOOGLE_CLOUD_PROJECT") or None
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(info, dict):
            raise ValueError("not an object")
    except FileNotFoundError:
        return AdcInfo(path, source, "", problem=_tr("The file does not exist."))
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        log.info("Cannot read the credentials file %s: %s", path, type(exc).__name__)
        return AdcInfo(path, source, "", problem=_tr("The file cannot be read as a sign-in."))
    kind = str(info.get("type") or "")
    quota = info.get("quota_project_id") if isinstance(info.get("quota_project_id"), str) else None
    account: str | None = None
    for field in ("client_email", "account", "service_account_impersonation_url"):
        value = info.get(field)
        if isinstance(value, str) and value:
            account = value.rsplit("/", 1)[-1].removesuffix(":generateAccessToken")
            break
    if account is None and kind == "authorized_user":
        account = gcloud.get("account")
    file_project = info.get("project_id") if isinstance(info.get("project_id"), str) else None
    project = env_project or quota or file_project or gcloud.get("project")
    return AdcInfo(path, source, kind, account or None, project or None, quota or None)


def _gcloud_folder(env: Mapping[str, str]) -> Path:
    return config.gcloud_adc_path(env).parent


def _gcloud_settings(folder: Path) -> dict[str, str]:
    """The account and project of gcloud's active configuration, if it has them."""
    try:
        active = (folder / "active_config").read_text(encoding="utf-8").strip() or "default"
    except OSError:
        active = "default"
    parser = configparser.ConfigParser()
    try:
        parser.read(folder / "configurations" / f"config_{active}", encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError):
        return {}
    if not parser.has_section("core"):
        return {}
    return {
        key: parser.get("core", key)
        for key in ("account", "project")
        if parser.has_option("core", key)
    }
