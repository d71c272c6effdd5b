"""What the connection dialog tells people: the ways to connect, which kind of key was pasted,
what is wrong with a bucket name, a key file or the gcloud sign-in. No widgets here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.profile import SignInKind

if TYPE_CHECKING:
    from desktop.services.adc import AdcInfo, AdcProblem
    from desktop.services.key_files import KeyFileProblem

# The services are imported inside the functions that need them: the main window shows the
# ways' icons before any service (google-auth, keyring) is loaded; the bucket rules and the
# errors' links too, not to load core's request model with the window (issue 17).

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
    from desktop.core.errors import AI_STUDIO_KEYS

    return (
        Way(
            SignInKind.GEMINI_API_KEY,
            "key",
            QCoreApplication.translate("ConnectionDialog", "Gemini API key"),
            QCoreApplication.translate(
                "ConnectionDialog", "The easiest start: a free key from Google AI Studio."
            ),
            QCoreApplication.translate("ConnectionDialog", "Get a key"),
            AI_STUDIO_KEYS,
            QCoreApplication.translate("ConnectionDialog", "Google AI Studio"),
        ),
        Way(
            SignInKind.VERTEX_EXPRESS_KEY,
            "bolt",
            QCoreApplication.translate("ConnectionDialog", "Vertex AI express key"),
            QCoreApplication.translate(
                "ConnectionDialog",
                "A key for Vertex AI, without setting up a full Google Cloud project.",
            ),
            QCoreApplication.translate("ConnectionDialog", "Get a key"),
            VERTEX_EXPRESS_KEYS,
            QCoreApplication.translate("ConnectionDialog", "Vertex AI express"),
        ),
        Way(
            SignInKind.GOOGLE_CLOUD,
            "cloud",
            QCoreApplication.translate("ConnectionDialog", "Google Cloud with gcloud"),
            QCoreApplication.translate(
                "ConnectionDialog",
                "Uses the sign-in that Google's gcloud tool left on this computer.",
            ),
            QCoreApplication.translate("ConnectionDialog", "How to sign in"),
            GCLOUD_ADC_HELP,
            QCoreApplication.translate("ConnectionDialog", "Google Cloud"),
        ),
        Way(
            SignInKind.SERVICE_ACCOUNT,
            "file",
            QCoreApplication.translate("ConnectionDialog", "Service-account key file"),
            QCoreApplication.translate(
                "ConnectionDialog",
                "A .json key file, usually sent by whoever runs your Google Cloud project.",
            ),
            QCoreApplication.translate("ConnectionDialog", "Create a key"),
            SERVICE_ACCOUNTS_PAGE,
            QCoreApplication.translate("ConnectionDialog", "Service account"),
        ),
        Way(
            SignInKind.GOOGLE_SIGN_IN,
            "account",
            QCoreApplication.translate("ConnectionDialog", "Sign in with Google"),
            QCoreApplication.translate(
                "ConnectionDialog",
                "Your own Google account, with an OAuth client file from your project.",
            ),
            QCoreApplication.translate("ConnectionDialog", "Create a client"),
            OAUTH_CLIENTS_PAGE,
            QCoreApplication.translate("ConnectionDialog", "Google account"),
        ),
        Way(
            SignInKind.OPENAI_SERVER,
            "server",
            QCoreApplication.translate("ConnectionDialog", "Any OpenAI-compatible server"),
            QCoreApplication.translate(
                "ConnectionDialog",
                "Another server that speaks the OpenAI API, such as a model on your network.",
            ),
            default_name=QCoreApplication.translate("ConnectionDialog", "OpenAI-compatible server"),
        ),
    )


def way(kind: SignInKind) -> Way:
    return next(w for w in ways() if w.kind is kind)


# -- Which kind of key is this? ----------------------------------------------------------------


def key_kind_note(kind: SignInKind, key: str) -> str | None:
    """A plain sentence when the pasted text is clearly not the key `kind` wants, else None.

    Nothing here tells a Gemini API key from a Vertex AI express key: AI Studio's newer keys
    and express keys both start with "AQ.", and older Gemini API keys with "AIza"."""
    key = key.strip()
    if not key:
        return None
    if key.startswith("{"):
        return QCoreApplication.translate(
            "ConnectionDialog",
            "This looks like the content of a key file, not a key. Choose "
            "“Service-account key file” and pick the file instead.",
        )
    if key.startswith("ya29."):
        return QCoreApplication.translate(
            "ConnectionDialog",
            "This is a temporary access token (it stops working within an hour), not an API key.",
        )
    if key.startswith("GOCSPX-") or key.endswith(".apps.googleusercontent.com"):
        return QCoreApplication.translate(
            "ConnectionDialog",
            "This belongs to an OAuth client, not an API key. Choose “Sign in with Google” "
            "and use the client's file.",
        )
    if key.startswith("1//"):
        return QCoreApplication.translate(
            "ConnectionDialog", "This is a saved Google sign-in (a refresh token), not an API key."
        )
    if key.startswith("sk-") and kind is not SignInKind.OPENAI_SERVER:
        return QCoreApplication.translate(
            "ConnectionDialog",
            "This looks like a key for an OpenAI-compatible server, not a Google key. Choose "
            "“Any OpenAI-compatible server”.",
        )
    if any(character.isspace() for character in key):
        return QCoreApplication.translate(
            "ConnectionDialog",
            "The key contains spaces or line breaks. Copy it again, without them.",
        )
    return None


def suggested_kind(kind: SignInKind, key: str) -> SignInKind | None:
    """The way a pasted key clearly belongs to, when that is another key way."""
    key = key.strip()
    if key.startswith("sk-") and kind is not SignInKind.OPENAI_SERVER:
        return SignInKind.OPENAI_SERVER
    return None


# -- The Cloud Storage bucket for large files --------------------------------------------------


def bucket_note(text: str) -> str | None:
    """A plain sentence naming what is wrong with a typed bucket name, or None when Cloud
    Storage would take it (or the field is empty: no bucket)."""
    from desktop.core.buckets import BucketProblem, bucket_problem
    from desktop.services.uploads import bucket_name

    name = bucket_name(text)
    problem = bucket_problem(name)
    if problem is None:
        return None
    return {
        BucketProblem.ADDRESS: QCoreApplication.translate(
            "ConnectionDialog", "Type only the bucket's name, such as my-bucket, not a web address."
        ),
        BucketProblem.UPPERCASE: QCoreApplication.translate(
            "ConnectionDialog", "Bucket names use lowercase letters only: “%1”."
        ).replace("%1", name.lower()),
        BucketProblem.CHARACTERS: QCoreApplication.translate(
            "ConnectionDialog",
            "A bucket name may contain only lowercase letters, digits, dashes (-), "
            "underscores (_) and dots (.).",
        ),
        BucketProblem.ENDS: QCoreApplication.translate(
            "ConnectionDialog", "A bucket name starts and ends with a letter or a digit."
        ),
        BucketProblem.LENGTH: QCoreApplication.translate(
            "ConnectionDialog",
            "A bucket name has 3 to 63 characters (with dots, up to 222, and at most 63 "
            "between two dots).",
        ),
        BucketProblem.IP_ADDRESS: QCoreApplication.translate(
            "ConnectionDialog", "A bucket name cannot be an IP address."
        ),
        BucketProblem.GOOGLE: QCoreApplication.translate(
            "ConnectionDialog",
            "A bucket name cannot begin with “goog” or contain “google” (or a look-alike "
            "such as “g00gle”).",
        ),
    }[problem]


# -- The gcloud sign-in on this computer -------------------------------------------------------


def adc_kind_text(info: AdcInfo) -> str:
    """Which kind of sign-in gcloud (or GOOGLE_APPLICATION_CREDENTIALS) left, in words."""
    if info.kind == "authorized_user":
        return QCoreApplication.translate(
            "ConnectionDialog", "your Google account, signed in with gcloud"
        )
    if info.kind == "service_account":
        return QCoreApplication.translate("ConnectionDialog", "a service account")
    if info.kind == "external_account":
        return QCoreApplication.translate(
            "ConnectionDialog", "an account from another identity provider"
        )
    if info.kind == "impersonated_service_account":
        return QCoreApplication.translate(
            "ConnectionDialog", "a service account, used through your account"
        )
    return info.kind or QCoreApplication.translate("ConnectionDialog", "an unknown kind of sign-in")


def adc_problem_text(problem: AdcProblem) -> str:
    from desktop.services.adc import AdcProblem

    if problem is AdcProblem.MISSING:
        return QCoreApplication.translate("ConnectionDialog", "The file does not exist.")
    return QCoreApplication.translate("ConnectionDialog", "The file cannot be read as a sign-in.")


# -- A key file that cannot be used ------------------------------------------------------------


def key_file_problem_text(problem: KeyFileProblem, file_name: str) -> tuple[str, str]:
    """What is wrong with a picked or dropped file, and what to do: (explanation, hint)."""
    from desktop.services.key_files import KeyFileProblem

    name = f"“{file_name}”"
    get_a_key = QCoreApplication.translate(
        "ConnectionDialog",
        "In Google Cloud Console, open IAM → Service accounts → Keys and add a JSON key.",
    )
    get_a_client = QCoreApplication.translate(
        "ConnectionDialog",
        "In Google Cloud Console, open APIs & Services → Credentials, create an OAuth client "
        "of type Desktop app and download its JSON.",
    )
    texts = {
        KeyFileProblem.UNREADABLE: (
            QCoreApplication.translate("ConnectionDialog", "%1 could not be read."),
            QCoreApplication.translate(
                "ConnectionDialog", "Check that the file still exists and that you may open it."
            ),
        ),
        KeyFileProblem.TOO_LARGE: (
            QCoreApplication.translate("ConnectionDialog", "%1 is too large to be a key file."),
            QCoreApplication.translate(
                "ConnectionDialog", "Choose the small .json file you downloaded from Google Cloud."
            ),
        ),
        KeyFileProblem.NOT_JSON: (
            QCoreApplication.translate(
                "ConnectionDialog", "%1 is not a key file (it is not JSON)."
            ),
            get_a_key,
        ),
        KeyFileProblem.NOT_A_KEY_FILE: (
            QCoreApplication.translate("ConnectionDialog", "%1 is not a key file."),
            get_a_key,
        ),
        KeyFileProblem.PERSONAL_SIGN_IN: (
            QCoreApplication.translate(
                "ConnectionDialog",
                "%1 holds a personal Google sign-in, not a service-account key.",
            ),
            QCoreApplication.translate(
                "ConnectionDialog",
                "Choose “Google Cloud (gcloud)” instead, or ask for a service-account key.",
            ),
        ),
        KeyFileProblem.INCOMPLETE_KEY: (
            QCoreApplication.translate(
                "ConnectionDialog", "%1 is not a complete service-account key."
            ),
            get_a_key,
        ),
        KeyFileProblem.NOT_A_CLIENT_FILE: (
            QCoreApplication.translate(
                "ConnectionDialog", "This file is not an OAuth client file from Google."
            ),
            get_a_client,
        ),
        KeyFileProblem.NOT_A_DESKTOP_CLIENT: (
            QCoreApplication.translate(
                "ConnectionDialog", "This file is not an OAuth client file for a desktop app."
            ),
            get_a_client,
        ),
        KeyFileProblem.WEB_CLIENT: (
            QCoreApplication.translate(
                "ConnectionDialog", "This file is for a web application, not a desktop app."
            ),
            get_a_client,
        ),
        KeyFileProblem.SERVICE_ACCOUNT_KEY: (
            QCoreApplication.translate(
                "ConnectionDialog",
                "This file is a service-account key, not an OAuth client for a desktop app.",
            ),
            QCoreApplication.translate(
                "ConnectionDialog",
                "Use it under “Service account key”, or download a Desktop app OAuth client.",
            ),
        ),
        KeyFileProblem.CLIENT_WITHOUT_ID: (
            QCoreApplication.translate(
                "ConnectionDialog", "This OAuth client file has no client ID."
            ),
            get_a_client,
        ),
        KeyFileProblem.CLIENT_WITHOUT_SECRET: (
            QCoreApplication.translate(
                "ConnectionDialog", "This OAuth client file has no client secret."
            ),
            get_a_client,
        ),
        KeyFileProblem.CLIENT_BAD_ADDRESS: (
            QCoreApplication.translate(
                "ConnectionDialog", "This OAuth client file has a broken Google address in it."
            ),
            get_a_client,
        ),
    }
    explanation, hint = texts[problem]
    return explanation.replace("%1", name), hint
