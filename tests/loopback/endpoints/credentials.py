"""Credential checks for every endpoint: API keys, Bearer tokens, Cloud Storage's own
refusals, each answered with the body Google would send."""

from __future__ import annotations

import time
from dataclasses import dataclass

from tests.loopback import auth, upload_resources
from tests.loopback.endpoints.replies import error_reply
from tests.loopback.routing import RecordedRequest
from tests.loopback.state import LoopbackState
from tests.loopback.wire import Reply

AIPLATFORM = "aiplatform.googleapis.com"
GENERATIVELANGUAGE = "generativelanguage.googleapis.com"


@dataclass(frozen=True)
class AuthPolicy:
    """Which credentials an endpoint accepts and how it words refusals."""

    service: str
    keys: bool = True  # x-goog-api-key header or ?key=
    openai: bool = False  # generic Chat Completions: any Bearer key or token, OpenAI errors


class CredentialChecks(LoopbackState):
    """Mixed into LoopbackServer: whether a request's credentials are good, and if not,
    Google's refusal."""

    def _token_state(self, token: str) -> str:
        with self._lock:
            if token in self.static_tokens:
                return "valid"
            expiry = self.issued_tokens.get(token)
        if expiry is None:
            return "unknown"
        return "valid" if expiry > time.monotonic() else "expired"

    def _storage_auth(self, request: RecordedRequest, permission: str) -> Reply | None:
        """Cloud Storage's own 401 bodies: anonymous, or a token it does not accept."""
        authorization = request.headers.get("authorization", "")
        if authorization[:7].lower() != "bearer ":
            message = (
                f"Anonymous caller does not have {permission} access to the Google Cloud "
                f"Storage object. Permission '{permission}' denied on resource (or it may not "
                "exist)."
            )
            return error_reply(401, upload_resources.gcs_error(401, message, "required"))
        if self._token_state(authorization[7:].strip()) != "valid":
            return error_reply(
                401, upload_resources.gcs_error(401, "Invalid Credentials", "authError")
            )
        return None

    def _authenticate(
        self, request: RecordedRequest, policy: AuthPolicy, rpc: str, in_array: bool
    ) -> Reply | None:
        """None when the credentials are good, else the refusal Google would send."""
        key = request.headers.get("x-goog-api-key", request.query.get("key"))
        authorization = request.headers.get("authorization", "")
        bearer = authorization[7:].strip() if authorization[:7].lower() == "bearer " else None
        if policy.openai:
            if bearer is not None and (
                bearer in self.api_keys or self._token_state(bearer) == "valid"
            ):
                return None
            return error_reply(401, auth.openai_auth_error(bearer))

        method = f"google.cloud.aiplatform.v1.{rpc}" if policy.service == AIPLATFORM else rpc
        if key is not None and bearer is not None:
            return error_reply(400, auth.multiple_credentials(), in_array)
        if key is not None and policy.keys:
            refused = self.keys.refusal(key, policy.service, method)
            return error_reply(*refused, in_array) if refused is not None else None
        if bearer is not None:
            state = self._token_state(bearer)
            if state == "valid":
                return None
            reason = (
                "ACCESS_TOKEN_EXPIRED" if state == "expired" else "ACCESS_TOKEN_TYPE_UNSUPPORTED"
            )
            error = auth.unauthenticated(
                reason, policy.service, method, auth.INVALID_CREDENTIALS_MESSAGE
            )
            return error_reply(401, error, in_array)
        if policy.keys:
            return error_reply(403, auth.unregistered_caller(policy.service, method), in_array)
        message = auth.API_KEYS_UNSUPPORTED_MESSAGE if key else auth.MISSING_CREDENTIALS_MESSAGE
        error = auth.unauthenticated("CREDENTIALS_MISSING", policy.service, method, message)
        return error_reply(401, error, in_array)
