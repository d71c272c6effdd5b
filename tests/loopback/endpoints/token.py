"""OAuth's /token endpoint: JWT-bearer assertions, refresh-token and authorization-code
grants, and the test-facing knobs for issued tokens, service accounts and token faults."""

from __future__ import annotations

import secrets
import time
from typing import Any
from urllib.parse import parse_qsl

from tests.loopback import auth, oauth
from tests.loopback.auth import TokenError
from tests.loopback.routing import RecordedRequest
from tests.loopback.scenario import Scenario
from tests.loopback.state import LoopbackState
from tests.loopback.wire import Reply


class TokenEndpoint(LoopbackState):
    """Mixed into LoopbackServer: /token and the tokens it issues."""

    def issue_token(self) -> str:
        """A fresh access token valid for `token_lifetime` seconds, as /token would issue."""
        token = "ya29.loopback-" + secrets.token_urlsafe(24)
        with self._lock:
            self.issued_tokens[token] = time.monotonic() + self.token_lifetime
        return token

    def expire_all_tokens(self) -> None:
        """Every issued token is now expired (its next use gets 401 ACCESS_TOKEN_EXPIRED)."""
        with self._lock:
            for token in self.issued_tokens:
                self.issued_tokens[token] = 0.0

    def register_service_account(self, client_email: str, public_key_pem: bytes | str) -> None:
        """From now on, JWT assertions from this account must carry a valid RS256 signature."""
        pem = public_key_pem.encode() if isinstance(public_key_pem, str) else public_key_pem
        with self._lock:
            self.service_accounts[client_email] = pem

    def script_token_error(
        self,
        error: str = "invalid_grant",
        description: str = "Token has been expired or revoked.",
        status: int = 400,
    ) -> None:
        """The next /token request fails with {"error": error, "error_description": ...}."""
        with self._lock:
            self._token_failures.append(
                (status, {"error": error, "error_description": description})
            )

    def script_token_hang(self, seconds: float = 3600.0) -> None:
        """The next /token request gets no answer for `seconds` (its headers included)."""
        with self._lock:
            self._token_failures.append((0, {"hang": str(seconds)}))

    def issue_authorization_code(
        self,
        code_challenge: str,
        redirect_uri: str,
        client_id: str,
        *,
        client_secret: str | None = None,
        email: str = oauth.DEFAULT_EMAIL,
        scope: str = oauth.DEFAULT_GRANTED_SCOPE,
    ) -> str:
        """A one-use code, as Google's consent page hands it to `redirect_uri`.

        /token redeems it (`grant_type=authorization_code`) only with the same
        `redirect_uri` and `client_id` and a `code_verifier` whose S256 hash is
        `code_challenge`; with `client_secret` given, that secret too. The reply carries a
        new refresh token (then valid for refresh grants), `scope` and an unsigned
        id_token with `email`.
        """
        record = oauth.new_code(
            code_challenge,
            redirect_uri,
            client_id,
            client_secret=client_secret,
            email=email,
            scope=scope,
        )
        with self._lock:
            self.authorization_codes[record.code] = record
        return record.code

    def _token(self, request: RecordedRequest) -> Reply:
        request.route = "token"
        form = dict(parse_qsl(request.body.decode(errors="replace"), keep_blank_values=True))
        with self._lock:
            self.token_requests.append(form)
            failure = self._token_failures.popleft() if self._token_failures else None
        if failure is not None and failure[0] == 0:
            hang = Scenario(delay_before_headers=float(failure[1]["hang"]))
            return Reply.json(503, {"error": "hung"}, scenario=hang)
        if failure is not None:
            return Reply.json(failure[0], failure[1])
        grant = form.get("grant_type", "")
        try:
            if grant == auth.JWT_BEARER_GRANT:
                self._check_assertion(form.get("assertion", ""))
            elif grant == auth.REFRESH_TOKEN_GRANT:
                self._check_refresh_grant(form)
            elif grant == oauth.AUTHORIZATION_CODE_GRANT:
                return self._authorization_code_grant(form)
            else:
                raise TokenError("unsupported_grant_type", f"Invalid grant_type: {grant}")
        except TokenError as exc:
            return Reply.json(400, exc.body())
        body: dict[str, Any] = {
            "access_token": self.issue_token(),
            "expires_in": self.token_lifetime,
            "token_type": "Bearer",
        }
        if grant == auth.REFRESH_TOKEN_GRANT and form.get("scope"):
            body["scope"] = form["scope"]  # google-auth checks every requested scope was granted
        return Reply.json(200, body, headers={"Cache-Control": "no-cache, no-store, max-age=0"})

    def _authorization_code_grant(self, form: dict[str, str]) -> Reply:
        """Redeems a code from issue_authorization_code; raises TokenError as Google would."""
        with self._lock:
            record = oauth.redeem(self.authorization_codes, form)
            refresh_token = "1//loopback-" + secrets.token_urlsafe(32)
            self.refresh_tokens.add(refresh_token)
        body: dict[str, Any] = {
            "access_token": self.issue_token(),
            "expires_in": self.token_lifetime,
            "refresh_token": refresh_token,
            "scope": record.scope,
            "token_type": "Bearer",
            "id_token": oauth.id_token(record),
        }
        if self.omit_refresh_token:  # Google does this on a repeated consent
            del body["refresh_token"]
        return Reply.json(200, body, headers={"Cache-Control": "no-cache, no-store, max-age=0"})

    def _check_assertion(self, assertion: str) -> None:
        jwt = auth.parse_jwt(assertion)
        auth.check_claims(jwt)
        with self._lock:
            public_key = self.service_accounts.get(jwt.payload["iss"])
        if public_key is not None:
            auth.verify_rs256(public_key, jwt)

    def _check_refresh_grant(self, form: dict[str, str]) -> None:
        if not form.get("client_id"):
            raise TokenError("invalid_request", "Could not determine client ID from request.")
        if not form.get("client_secret"):
            raise TokenError("invalid_client", "The OAuth client was not found.")
        with self._lock:
            known = form.get("refresh_token") in self.refresh_tokens
        if not known:
            raise TokenError("invalid_grant", "Token has been expired or revoked.")
