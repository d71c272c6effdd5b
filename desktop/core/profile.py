"""A profile: one saved way to connect (how to sign in, which project, region and model).

Profiles hold no secrets: the key, key file or refresh token that goes with one is kept
apart, in the operating system's keyring, under the profile's id.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from enum import StrEnum
from typing import Any

from desktop.core.connection import DEFAULT_LOCATION, DEFAULT_MODEL, ApiKind, Connection

ENVIRONMENT_PROFILE_ID = "environment"


class SignInKind(StrEnum):
    GEMINI_API_KEY = "gemini_api_key"  # a key from Google AI Studio
    VERTEX_EXPRESS_KEY = "vertex_express_key"  # a Vertex AI express-mode key
    GOOGLE_CLOUD = "google_cloud"  # Application Default Credentials left by gcloud
    SERVICE_ACCOUNT = "service_account"  # a service-account key file, kept in the keyring
    GOOGLE_SIGN_IN = "google_sign_in"  # installed-app OAuth; the refresh token in the keyring
    OPENAI_SERVER = "openai_server"  # any OpenAI-compatible server, with an optional key

    @property
    def needs_secret(self) -> bool:
        return self is not SignInKind.GOOGLE_CLOUD

    @property
    def needs_project(self) -> bool:
        return self in (
            SignInKind.GOOGLE_CLOUD,
            SignInKind.SERVICE_ACCOUNT,
            SignInKind.GOOGLE_SIGN_IN,
        )


_PROJECT_KINDS = frozenset(
    {SignInKind.GOOGLE_CLOUD, SignInKind.SERVICE_ACCOUNT, SignInKind.GOOGLE_SIGN_IN}
)


@dataclass(frozen=True)
class Profile:
    id: str
    name: str
    sign_in: SignInKind
    api: ApiKind
    project: str | None = None
    location: str = DEFAULT_LOCATION
    model: str = DEFAULT_MODEL
    base_url: str | None = None
    proxy: str | None = None
    account: str | None = None  # what to show: an e-mail or service-account address
    # The Cloud Storage bucket large files are uploaded to (Vertex AI with Google sign-in
    # only). Profiles saved before it existed have no such key and load with None.
    bucket: str | None = None
    read_only: bool = False  # the Environment profile: shown, used, never written

    @classmethod
    def new(cls, name: str, sign_in: SignInKind, **fields: Any) -> Profile:
        import uuid  # here, not at the top: it brings `platform`, not needed before the window

        api = fields.pop("api", None) or default_api(sign_in)
        return cls(id=uuid.uuid4().hex, name=name, sign_in=sign_in, api=api, **fields)

    def connection(self) -> Connection:
        # An express-mode key and an OpenAI server have no project (nor a bucket, which
        # only Google credentials can write to), whatever was typed.
        project = self.project if self.sign_in.needs_project else None
        bucket = self.bucket if self.sign_in.needs_project else None
        return Connection(
            self.api,
            project=project,
            location=self.location or DEFAULT_LOCATION,
            base_url=self.base_url or None,
            model=self.model or DEFAULT_MODEL,
            bucket=bucket or None,
        )

    def with_changes(self, **fields: Any) -> Profile:
        return replace(self, **fields)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["sign_in"], data["api"] = str(self.sign_in), str(self.api)
        data.pop("read_only")
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Profile:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["sign_in"] = SignInKind(known["sign_in"])
        known["api"] = ApiKind(known["api"])
        known.pop("read_only", None)
        return cls(**known)


def default_api(sign_in: SignInKind) -> ApiKind:
    if sign_in is SignInKind.GEMINI_API_KEY:
        return ApiKind.GEMINI
    if sign_in is SignInKind.OPENAI_SERVER:
        return ApiKind.OPENAI
    return ApiKind.VERTEX
