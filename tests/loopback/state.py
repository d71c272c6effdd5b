"""LoopbackState: what tests script and read on the loopback server (replies, keys, tokens,
models, recorded requests, uploads and batch jobs), and the queues endpoints take replies from."""

from __future__ import annotations

import threading
from collections import deque
from typing import TYPE_CHECKING

from tests.loopback import auth, batches, model_list, oauth, uploads
from tests.loopback.routing import RecordedRequest
from tests.loopback.scenario import RateLimit, Scenario


class LoopbackState:
    """Mixed into LoopbackServer (through its endpoint groups): the state `reset()` restores."""

    _lock: threading.RLock  # made by LoopbackServer, shared with its handler threads

    if TYPE_CHECKING:

        @property
        def base_url(self) -> str: ...  # LoopbackServer's

    def reset(self) -> None:
        """Clears scripts, recorded requests, issued tokens and counters; restores defaults."""
        with self._lock:
            # API keys by what the Gemini API and Vertex AI express make of them (auth.py).
            self.keys = auth.ApiKeys()
            self.static_tokens: set[str] = {"test-access-token"}
            self.refresh_tokens: set[str] = {"test-refresh-token"}
            # True: authorization-code replies leave the refresh token out, as Google does
            # when the user already consented and the app did not ask for consent again.
            self.omit_refresh_token: bool = False
            self.token_lifetime: int = 3600
            self.models: list[str] = list(model_list.DEFAULT_MODELS)
            # The most models one list page holds (Google's cap is 1000); lower it to page.
            self.model_page_limit: int = 1000
            # When True, generate calls for a model not in `models` get Google's 404.
            self.strict_models: bool = False
            # inputTokenLimit the Gemini API's list reports for a model, instead of its own.
            self.input_token_limits: dict[str, int] = {}
            self.issued_tokens: dict[str, float] = {}
            self.token_requests: list[dict[str, str]] = []
            self.service_accounts: dict[str, bytes] = {}
            self.handler_errors: list[BaseException] = []
            self.connection_count: int = 0
            self._requests: list[RecordedRequest] = []
            self._scenarios: deque[Scenario] = deque()
            self._always: Scenario | None = None
            # Replies for one model's requests, taken before the shared queue (compare).
            self._model_scenarios: dict[str, deque[Scenario]] = {}
            # Replies for model-list requests (HTTP errors only); empty: the real list.
            self._model_list_failures: deque[Scenario] = deque()
            # Replies for countTokens requests (HTTP errors only); empty: the count.
            self._count_failures: deque[Scenario] = deque()
            self._token_failures: deque[tuple[int, dict[str, str]]] = deque()
            # OAuth authorization-code grant (tests/loopback/oauth.py): codes by value.
            self.authorization_codes: dict[str, oauth.AuthorizationCode] = {}
            # Uploads (tests/loopback/uploads.py): File API files, buckets, objects, faults.
            self.uploads = uploads.Uploads(lambda: self.base_url)
            # Batch jobs (tests/loopback/batches.py): plans, jobs, their results files.
            self.batches = batches.Batches(self.uploads, lambda: self.base_url)
            # A quota on generate calls (429 with RetryInfo above it); None: no limit.
            self.rate_limit: RateLimit | None = None

    @property
    def api_keys(self) -> set[str]:
        """Keys both the Gemini API and Vertex AI express take (`keys.anywhere`)."""
        return self.keys.anywhere

    @api_keys.setter
    def api_keys(self, keys: set[str]) -> None:
        self.keys.anywhere = keys

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of every request received, in arrival order."""
        with self._lock:
            return list(self._requests)

    def requests_for(self, route: str) -> list[RecordedRequest]:
        """Recorded requests whose route equals `route` or starts with `route + "."`."""
        return [r for r in self.requests if r.route == route or r.route.startswith(route + ".")]

    def script(self, *scenarios: Scenario) -> None:
        """Queues replies; each generate, stream or chat request takes the next one."""
        with self._lock:
            self._scenarios.extend(scenarios)

    def script_for_model(self, model: str, *scenarios: Scenario) -> None:
        """Queues replies for requests to `model` only (its bare id, as "gemini-2.5-flash");
        they are taken before the shared queue, so columns of a compare can differ."""
        with self._lock:
            self._model_scenarios.setdefault(model, deque()).extend(scenarios)

    def script_always(self, scenario: Scenario | None) -> None:
        """Every generate, stream or chat request after the queued ones gets `scenario`
        (a 429 forever, say); None: back to echoing."""
        with self._lock:
            self._always = scenario

    def script_model_list(self, *failures: Scenario) -> None:
        """Queues HTTP error replies (Scenario.http_error) for the next model-list requests."""
        with self._lock:
            self._model_list_failures.extend(failures)

    def _next_model_list_failure(self) -> Scenario | None:
        with self._lock:
            return self._model_list_failures.popleft() if self._model_list_failures else None

    def script_count_tokens(self, *failures: Scenario) -> None:
        """Queues HTTP error replies (Scenario.http_error) for the next countTokens requests."""
        with self._lock:
            self._count_failures.extend(failures)

    def _next_count_failure(self) -> Scenario | None:
        with self._lock:
            return self._count_failures.popleft() if self._count_failures else None

    def _next_scenario(self, model: str = "") -> Scenario:
        with self._lock:
            own = self._model_scenarios.get(model.rsplit("/", 1)[-1])
            if own:
                return own.popleft()
            if self._scenarios:
                return self._scenarios.popleft()
            return self._always or Scenario()
