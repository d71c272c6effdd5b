"""LoopbackServer: a real HTTP/1.1 server on 127.0.0.1 that stands in for Google's endpoints."""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import json
import re
import secrets
import socket
import socketserver
import ssl
import struct
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from tests.loopback import auth, batches, chat, gemini, model_list, oauth, uploads, wire
from tests.loopback.auth import TokenError
from tests.loopback.gemini import InvalidRequest
from tests.loopback.scenario import RateLimit, Scenario, rpc_error
from tests.loopback.wire import Reply

__all__ = ["LoopbackServer", "RecordedRequest", "Scenario"]

_GENERATE_METHODS = "streamGenerateContent|generateContent|countTokens"
_MODEL = r"(?P<model>[^/:]+)"
_PROJECT = r"projects/(?P<project>[^/]+)/locations/(?P<location>[^/]+)"
_VERTEX_VERSION = r"(?P<version>v1|v1beta1)"
_GEMINI_VERSION = r"(?P<version>v1|v1beta|v1alpha)"

VERTEX_GENERATE = re.compile(
    rf"^/{_VERTEX_VERSION}/{_PROJECT}/publishers/google/models/{_MODEL}:(?P<method>{_GENERATE_METHODS})$"
)
EXPRESS_GENERATE = re.compile(
    rf"^/{_VERTEX_VERSION}/publishers/google/models/{_MODEL}:(?P<method>{_GENERATE_METHODS})$"
)
GEMINI_GENERATE = re.compile(
    rf"^/{_GEMINI_VERSION}/models/{_MODEL}:(?P<method>{_GENERATE_METHODS})$"
)
VERTEX_MODELS = re.compile(rf"^/{_VERTEX_VERSION}/publishers/google/models(?:/{_MODEL})?$")
GEMINI_MODELS = re.compile(rf"^/{_GEMINI_VERSION}/models(?:/{_MODEL})?$")
VERTEX_CHAT = re.compile(rf"^/{_VERTEX_VERSION}/{_PROJECT}/endpoints/openapi/chat/completions$")
OPENAI_CHAT = re.compile(r"^/v1/chat/completions$")
OPENAI_MODELS = re.compile(r"^/v1/models$")
TOKEN = re.compile(r"^/token$")

_AIPLATFORM = "aiplatform.googleapis.com"
_GENERATIVELANGUAGE = "generativelanguage.googleapis.com"
_ROUTE_SUFFIX = {
    "streamGenerateContent": "stream",
    "generateContent": "generate",
    "countTokens": "count",
}
_WWW_AUTHENTICATE = 'Bearer realm="https://accounts.google.com/", error="invalid_token"'


@dataclass
class RecordedRequest:
    """One request as the server received it.

    `route` names the endpoint that matched ("gemini.stream", "vertex.generate",
    "express.count", "vertex.models", "gemini.models", "vertex.chat", "openai.chat",
    "token" or "unknown"); `connection` numbers the TCP connections since start(), so
    keep-alive reuse is visible.
    """

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    json: Any | None
    route: str = "unknown"
    connection: int = 0
    raw_query: str = ""  # as sent: `query` keeps only the last value of a repeated name


@dataclass(frozen=True)
class _AuthPolicy:
    """Which credentials an endpoint accepts and how it words refusals."""

    service: str
    keys: bool = True  # x-goog-api-key header or ?key=
    openai: bool = False  # generic Chat Completions: any Bearer key or token, OpenAI errors


class _Aborted(Exception):
    """Ends the handler: the connection is dropped without a normal close."""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Google's front end announces itself like this.
    server_version = "scaffolding on HTTPServer2"
    sys_version = ""
    # Idle keep-alive connections give up after this; stop() closes them sooner.
    timeout = 30
    server: _HTTPServer

    def setup(self) -> None:
        super().setup()
        # Without TCP_NODELAY, Nagle plus delayed ACKs hold small fragments back ~40 ms.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def handle(self) -> None:
        try:
            super().handle()
        except _Aborted:
            self.close_connection = True
        except OSError:
            # The client went away (reset, broken pipe) or stop() shut the socket down:
            # normal for a test server, and nothing may reach stderr.
            self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:
        """Silenced: requests are recorded and tests check for clean output."""

    def do_GET(self) -> None:
        self._dispatch()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_GET

    # wire.Connection
    def write(self, data: bytes) -> None:
        self.wfile.write(data)

    def abort(self) -> None:
        self.server.mark_aborted(self.connection)
        raise _Aborted

    def peer_gone(self) -> bool:
        try:
            return self.connection.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
        except BlockingIOError:
            return False  # open, nothing to read
        except OSError:
            return True

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked_body()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _read_chunked_body(self) -> bytes:
        body = bytearray()
        while True:
            size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return bytes(body)
            body += self.rfile.read(size)
            self.rfile.readline()

    def _dispatch(self) -> None:
        owner = self.server.owner
        connection = self.server.connection_id(self.connection)
        # Uploads (tests/loopback/uploads.py): a scripted reset part-way through a chunk.
        drop = owner.uploads.take_drop(self.command, self.path, self.headers)
        if drop is not None and drop.after_bytes is not None:
            length = int(self.headers.get("Content-Length") or 0)
            partial = self.rfile.read(min(drop.after_bytes, length))
            owner._receive_partial(self.command, self.path, self.headers, partial, connection)
            self.abort()
        body = self._read_body()
        try:
            reply = owner._respond(self.command, self.path, self.headers, body, connection)
        except Exception as exc:  # a bug in the loopback: answer 500 and keep it for the test
            owner._record_error(exc)
            reply = Reply.json(500, {"error": rpc_error(500, "INTERNAL", f"loopback bug: {exc!r}")})
        if drop is not None and drop.silent:  # uploads: stored, and no answer ever comes
            while not self.peer_gone():
                owner._wait(0.05)
            self.abort()
        if drop is not None:  # uploads: the whole chunk was stored; reset instead of answering
            reply = Reply(0, abort_before=True)
        wire.send_reply(self, reply, owner._wait)


class _HTTPServer(HTTPServer):
    """One daemon thread per connection, with the sockets tracked so stop() can close them."""

    request_queue_size = 128

    def __init__(self, owner: LoopbackServer) -> None:
        self.owner = owner
        self._lock = threading.Lock()
        self._open: dict[socket.socket, int] = {}
        self._aborted: set[socket.socket] = set()
        self._threads: set[threading.Thread] = set()
        super().__init__(("127.0.0.1", 0), _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind calls getfqdn(), a reverse DNS lookup that can stall offline.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = "127.0.0.1", self.server_address[1]

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self._serve_connection,
            args=(request, client_address),
            name="loopback-connection",
            daemon=True,
        )
        with self._lock:
            self._open[request] = self.owner._connection_opened()
            self._threads.add(thread)
        thread.start()

    def _serve_connection(self, request: socket.socket, client_address: Any) -> None:
        connection = request
        try:
            if self.owner.tls is not None:
                # The handshake runs here, in the connection's thread; wrapping detaches
                # `request`, so the TLS socket is closed on its own below.
                connection = self.owner.tls.wrap_socket(request, server_side=True)
            self.finish_request(connection, client_address)
        except OSError:
            pass  # the peer vanished during setup or teardown, or refused our certificate
        except Exception as exc:
            self.owner._record_error(exc)
        finally:
            self.shutdown_request(request)
            if connection is not request:
                connection.close()
            with self._lock:
                self._open.pop(request, None)
                self._threads.discard(threading.current_thread())

    def open_connections(self) -> int:
        with self._lock:
            return len(self._open)

    def open_connection_ids(self) -> set[int]:
        with self._lock:
            return set(self._open.values())

    def connection_id(self, sock: socket.socket) -> int:
        with self._lock:
            return self._open.get(sock, 0)

    def mark_aborted(self, sock: socket.socket) -> None:
        """Makes the coming close() send RST instead of FIN (SO_LINGER with a zero timeout)."""
        linger = struct.pack("HH" if sys.platform == "win32" else "ii", 1, 0)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
        with self._lock:
            self._aborted.add(sock)

    def shutdown_request(self, request: Any) -> None:
        with self._lock:
            aborted = request in self._aborted
            self._aborted.discard(request)
        if aborted:
            request.close()  # no shutdown(SHUT_WR) first: that would send a FIN
        else:
            super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # The default prints a traceback to stderr; keep it for the test instead.
        exc = sys.exc_info()[1]
        if exc is not None and not isinstance(exc, OSError):
            self.owner._record_error(exc)

    def close_connections(self, timeout: float) -> None:
        """Wakes every connection thread by shutting its socket down, then waits for them."""
        with self._lock:
            sockets, threads = list(self._open), list(self._threads)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        deadline = time.monotonic() + timeout
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))


class LoopbackServer:
    """Google's Gemini, Vertex AI, OAuth token and OpenAI-compatible endpoints on 127.0.0.1.

    Script replies with `script(Scenario(...))`; without one, generate, stream and chat
    requests get an echo of the prompt. Every request is recorded in `requests`.
    Issued-token expiry times in `issued_tokens` are `time.monotonic()` values.
    """

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.tls = tls  # a server-side context: serve https instead of http
        self._lock = threading.RLock()
        self._stopping = threading.Event()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        # Connection numbers keep growing across reset() so they never repeat.
        self._connection_ids = itertools.count(1)
        self.reset()
        self._routes: list[tuple[str, re.Pattern[str], Callable[..., Reply]]] = [
            ("POST", VERTEX_GENERATE, lambda r, m: self._generate(r, m, "vertex")),
            ("POST", EXPRESS_GENERATE, lambda r, m: self._generate(r, m, "express")),
            ("POST", GEMINI_GENERATE, lambda r, m: self._generate(r, m, "gemini")),
            # Before Gemini's /v1/models: one port plays both servers, told apart by the
            # credential (an OpenAI client sends its key as a Bearer token).
            ("GET", OPENAI_MODELS, self._models_of_either_server),
            ("GET", VERTEX_MODELS, lambda r, m: self._models(r, m, vertex=True)),
            ("GET", GEMINI_MODELS, lambda r, m: self._models(r, m, vertex=False)),
            ("POST", VERTEX_CHAT, lambda r, m: self._chat(r, vertex=True)),
            ("POST", OPENAI_CHAT, lambda r, m: self._chat(r, vertex=False)),
            ("POST", TOKEN, lambda r, m: self._token(r)),
            # Uploads (tests/loopback/uploads.py): the Gemini File API and Cloud Storage.
            ("POST", uploads.FILES_UPLOAD, self._files_upload),
            ("GET", uploads.FILES_RESOURCE, self._files_resource),
            ("DELETE", uploads.FILES_RESOURCE, self._files_resource),
            ("POST", uploads.GCS_UPLOAD, self._gcs_upload),
            ("PUT", uploads.GCS_UPLOAD, self._gcs_upload),
            ("GET", uploads.GCS_OBJECT, self._gcs_object),
            ("GET", uploads.GCS_PERMISSIONS, self._gcs_permissions),
            # Batch jobs (tests/loopback/batches.py): the Gemini API's Batch API.
            ("POST", batches.GEMINI_CREATE, self._batch_create),
            ("GET", batches.GEMINI_BATCH, self._batch_resource),
            ("POST", batches.GEMINI_BATCH, self._batch_resource),
            ("GET", batches.FILES_DOWNLOAD, self._files_download),
            # Vertex AI batch prediction, its output read from Cloud Storage.
            ("POST", batches.VERTEX_JOBS, self._vertex_jobs),
            ("GET", batches.VERTEX_JOBS, self._vertex_jobs),
            ("GET", uploads.GCS_LIST, self._gcs_list),
        ]

    # Lifecycle

    def start(self) -> LoopbackServer:
        """Binds 127.0.0.1 on a free port and serves from a daemon thread."""
        if self._httpd is not None:
            return self
        self._stopping.clear()
        self._httpd = _HTTPServer(self)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="loopback-server",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stops accepting, drops open connections and closes every socket."""
        httpd, thread = self._httpd, self._thread
        if httpd is None or thread is None:
            return
        self._stopping.set()
        httpd.shutdown()
        httpd.close_connections(timeout=5)
        httpd.server_close()
        thread.join()
        self._httpd = self._thread = None

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """ "http://127.0.0.1:PORT" (https with a TLS context), no trailing slash."""
        if self._httpd is None:
            raise RuntimeError("LoopbackServer is not started")
        scheme = "https" if self.tls is not None else "http"
        return f"{scheme}://127.0.0.1:{self._httpd.server_port}"

    @property
    def open_connection_count(self) -> int:
        """TCP connections the server holds open right now (idle keep-alive ones included)."""
        return self._httpd.open_connections() if self._httpd is not None else 0

    def is_connection_open(self, connection: int) -> bool:
        """Whether the connection a RecordedRequest arrived on (its `connection`) is open."""
        return self._httpd is not None and connection in self._httpd.open_connection_ids()

    # Test-facing state

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

    # Internals used by the handler threads

    def _connection_opened(self) -> int:
        with self._lock:
            self.connection_count += 1
            return next(self._connection_ids)

    def _record_error(self, exc: BaseException) -> None:
        with self._lock:
            self.handler_errors.append(exc)

    def _wait(self, seconds: float) -> None:
        if self._stopping.wait(seconds):
            raise _Aborted

    def _next_scenario(self, model: str = "") -> Scenario:
        with self._lock:
            own = self._model_scenarios.get(model.rsplit("/", 1)[-1])
            if own:
                return own.popleft()
            if self._scenarios:
                return self._scenarios.popleft()
            return self._always or Scenario()

    def _token_state(self, token: str) -> str:
        with self._lock:
            if token in self.static_tokens:
                return "valid"
            expiry = self.issued_tokens.get(token)
        if expiry is None:
            return "unknown"
        return "valid" if expiry > time.monotonic() else "expired"

    def _respond(
        self, method: str, target: str, headers: Any, body: bytes, connection: int
    ) -> Reply:
        url = urlsplit(target)
        request = RecordedRequest(
            method=method,
            path=url.path,
            query=dict(parse_qsl(url.query, keep_blank_values=True)),
            headers=_lowercase_headers(headers),
            body=body,
            json=_parse_json(body),
            connection=connection,
            raw_query=url.query,
        )
        with self._lock:
            self._requests.append(request)
        path = unquote(url.path)
        for http_method, pattern, handler in self._routes:
            match = pattern.match(path)
            if match and http_method == method:
                return handler(request, match)
        return _error(404, rpc_error(404, "NOT_FOUND", f"Method not found: {method} {url.path}"))

    # Endpoints

    def _generate(self, request: RecordedRequest, match: re.Match[str], api: str) -> Reply:
        method, model = match["method"], match["model"]
        stream = method == "streamGenerateContent"
        sse = request.query.get("alt") == "sse"
        vertex = api != "gemini"
        request.route = f"{api}.{_ROUTE_SUFFIX[method]}"
        in_array = stream and not sse  # Google wraps errors of JSON-array streams in a list
        service = _AIPLATFORM if vertex else _GENERATIVELANGUAGE
        policy = _AuthPolicy(service=service, keys=api != "vertex")
        denied = self._authenticate(request, policy, _rpc_method(api, match), in_array)
        if denied is not None:
            return denied
        if self.strict_models and model not in self.models:
            return _error(404, _model_not_found(match, api), in_array)
        try:
            if method == "countTokens" and isinstance(request.json, dict):
                gemini.check_count_request(request.json, vertex=vertex)
            body = gemini.validate_generate_request(request.json, vertex=vertex)
        except InvalidRequest as exc:
            return _error(400, rpc_error(400, "INVALID_ARGUMENT", str(exc)), in_array)
        # Uploads: fileData must name an ACTIVE uploaded file or an existing object.
        refused = self.uploads.check_file_data(body)
        if refused is not None:
            return _error(refused[0], refused[1], in_array)
        if method == "countTokens":
            if (failure := self._next_count_failure()) is not None:
                return _scenario_error(failure, in_array=False)
            return Reply.json(200, gemini.count_tokens_response(body, vertex=vertex))
        refused = self.rate_limit.admit() if self.rate_limit is not None else None
        if refused is not None:
            request.route += ".refused"
            return _scenario_error(refused, in_array)
        scenario = self._next_scenario(model)
        return _gemini_reply(body, scenario, vertex=vertex, stream=stream, sse=sse)

    def _models(self, request: RecordedRequest, match: re.Match[str], *, vertex: bool) -> Reply:
        request.route = "vertex.models" if vertex else "gemini.models"
        policy = _AuthPolicy(service=_AIPLATFORM if vertex else _GENERATIVELANGUAGE)
        rpc = "ModelGardenService.ListPublisherModels" if vertex else "ModelService.ListModels"
        denied = self._authenticate(request, policy, rpc, in_array=False)
        if denied is not None:
            return denied
        if (failure := self._next_model_list_failure()) is not None:
            return _error(failure.http_status(), failure.error_body())
        resource = model_list.vertex_publisher_model if vertex else self._gemini_model
        if match["model"]:
            if match["model"] not in self.models:
                return _error(404, _model_not_found(match, "vertex" if vertex else "gemini"))
            return Reply.json(200, resource(match["model"]))
        try:
            page, next_token = model_list.paginate(
                self.models,
                request.query.get("pageSize"),
                request.query.get("pageToken"),
                default_size=100 if vertex else 50,
                max_size=self.model_page_limit,
            )
        except InvalidRequest as exc:
            return _error(400, rpc_error(400, "INVALID_ARGUMENT", str(exc)))
        body: dict[str, Any] = {
            "publisherModels" if vertex else "models": [resource(m) for m in page]
        }
        if next_token:
            body["nextPageToken"] = next_token
        return Reply.json(200, body)

    def _gemini_model(self, model_id: str) -> dict[str, Any]:
        resource = model_list.gemini_model(model_id)
        if model_id in self.input_token_limits:
            resource["inputTokenLimit"] = self.input_token_limits[model_id]
        return resource

    def _models_of_either_server(self, request: RecordedRequest, match: re.Match[str]) -> Reply:
        bearer = request.headers.get("authorization", "")[7:].strip()
        if "x-goog-api-key" in request.headers or "key" in request.query or not bearer:
            return self._models(request, GEMINI_MODELS.match(request.path), vertex=False)  # type: ignore[arg-type]
        if bearer not in self.api_keys and bearer not in self.static_tokens:
            return self._models(request, GEMINI_MODELS.match(request.path), vertex=False)  # type: ignore[arg-type]
        return self._openai_models(request)

    def _openai_models(self, request: RecordedRequest) -> Reply:
        """GET /v1/models of an OpenAI-compatible server (no paging)."""
        request.route = "openai.models"
        policy = _AuthPolicy(service=_AIPLATFORM, keys=False, openai=True)
        denied = self._authenticate(request, policy, "Models.List", False)
        if denied is not None:
            return denied
        if (failure := self._next_model_list_failure()) is not None:
            return _error(failure.http_status(), failure.error_body())
        data = [
            {"id": m, "object": "model", "created": 0, "owned_by": "loopback"} for m in self.models
        ]
        return Reply.json(200, {"object": "list", "data": data})

    def _chat(self, request: RecordedRequest, *, vertex: bool) -> Reply:
        request.route = "vertex.chat" if vertex else "openai.chat"
        policy = _AuthPolicy(service=_AIPLATFORM, keys=False, openai=not vertex)
        denied = self._authenticate(request, policy, "PredictionService.ChatCompletions", False)
        if denied is not None:
            return denied
        try:
            body = chat.validate_chat_request(request.json)
        except InvalidRequest as exc:
            if vertex:
                return _error(400, rpc_error(400, "INVALID_ARGUMENT", str(exc)))
            return _error(400, {"message": str(exc), "type": "invalid_request_error", "code": None})
        scenario = self._next_scenario(str(body.get("model") or ""))
        return _chat_reply(body, scenario, vertex=vertex)

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

    # Uploads (tests/loopback/uploads.py) -------------------------------------------------

    def _files_upload(self, request: RecordedRequest, match: re.Match[str]) -> Reply:
        if "upload_id" in request.query:
            # The session URL is the credential here, as at Google: no key needed.
            command = request.headers.get("x-goog-upload-command", "").lower()
            request.route = "files.query" if "query" in command else "files.upload"
            failure = self.uploads.take_failure(request.route)
            return failure or self.uploads.files_session(
                request.query, request.headers, request.body
            )
        request.route = "files.start"
        rpc = f"google.ai.generativelanguage.{match['version']}.FileService.CreateFile"
        denied = self._authenticate(request, _AuthPolicy(service=_GENERATIVELANGUAGE), rpc, False)
        if denied is not None:
            return denied
        failure = self.uploads.take_failure(request.route)
        return failure or self.uploads.files_start(
            request.query, request.headers, request.json, match["version"]
        )

    def _files_resource(self, request: RecordedRequest, match: re.Match[str]) -> Reply:
        request.route = "files.get" if request.method == "GET" else "files.delete"
        name = "GetFile" if request.method == "GET" else "DeleteFile"
        rpc = f"google.ai.generativelanguage.{match['version']}.FileService.{name}"
        denied = self._authenticate(request, _AuthPolicy(service=_GENERATIVELANGUAGE), rpc, False)
        if denied is not None:
            return denied
        failure = self.uploads.take_failure(request.route)
        if failure is not None:
            return failure
        if request.method == "DELETE":
            return self.uploads.files_delete(match["id"])
        return self.uploads.files_get(match["id"])

    def _gcs_upload(self, request: RecordedRequest, match: re.Match[str]) -> Reply:
        if "upload_id" in request.query:
            status = request.headers.get("content-range", "").startswith("bytes */")
            request.route = "gcs.status" if status else "gcs.upload"
            failure = self.uploads.take_failure(request.route)
            return failure or self.uploads.gcs_session(request.query, request.headers, request.body)
        request.route = "gcs.start"
        denied = self._storage_auth(request, "storage.objects.create")
        if denied is not None:
            return denied
        failure = self.uploads.take_failure(request.route)
        return failure or self.uploads.gcs_start(
            match["bucket"], request.query, request.headers, request.json
        )

    def _gcs_object(self, request: RecordedRequest, match: re.Match[str]) -> Reply:
        media = request.query.get("alt") == "media"
        request.route = "gcs.media" if media else "gcs.object"
        denied = self._storage_auth(request, "storage.objects.get")
        if denied is not None:
            return denied
        failure = self.uploads.take_failure(request.route)
        if failure is not None:
            return failure
        if media:
            return self.uploads.gcs_media(match["bucket"], match["object"])
        return self.uploads.gcs_object(match["bucket"], match["object"])

    def _gcs_permissions(self, request: RecordedRequest, match: re.Match[str]) -> Reply:
        request.route = "gcs.permissions"
        denied = self._storage_auth(request, "storage.buckets.testIamPermissions")
        if denied is not None:
            return denied
        failure = self.uploads.take_failure(request.route)
        permissions = [v for k, v in parse_qsl(request.raw_query) if k == "permissions"]
        return failure or self.uploads.gcs_test_permissions(match["bucket"], permissions)

    # Batch jobs (tests/loopback/batches.py) ---------------------------------------------

    def _batch_create(self, request: RecordedRequest, match: re.Match[str]) -> Reply:
        request.route = "batches.create"
        rpc = f"google.ai.generativelanguage.{match['version']}.GenerativeService.BatchGenerateContent"
        denied = self._authenticate(request, _AuthPolicy(service=_GENERATIVELANGUAGE), rpc, False)
        if denied is not None:
            return denied
        if self.strict_models and match["model"] not in self.models:
            return _error(404, _model_not_found(match, "gemini"))
        failure = self.uploads.take_failure(request.route)
        return failure or self.batches.gemini_create(match["model"], request.json)

    def _batch_resource(self, request: RecordedRequest, match: re.Match[str]) -> Reply:
        cancel = bool(match["cancel"])
        if cancel != (request.method == "POST"):
            return _error(404, rpc_error(404, "NOT_FOUND", "Method not found."))
        request.route = "batches.cancel" if cancel else "batches.get"
        name = "CancelOperation" if cancel else "GetOperation"
        rpc = f"google.ai.generativelanguage.{match['version']}.BatchService.{name}"
        denied = self._authenticate(request, _AuthPolicy(service=_GENERATIVELANGUAGE), rpc, False)
        if denied is not None:
            return denied
        failure = self.uploads.take_failure(request.route)
        if failure is not None:
            return failure
        if cancel:
            return self.batches.gemini_cancel(match["id"])
        return self.batches.gemini_get(match["id"])

    def _vertex_jobs(self, request: RecordedRequest, match: re.Match[str]) -> Reply:
        job_id, cancel = match["id"], bool(match["cancel"])
        if request.method == "GET" and job_id and not cancel:
            request.route, rpc = "vertex_jobs.get", "GetBatchPredictionJob"
        elif request.method == "POST" and cancel:
            request.route, rpc = "vertex_jobs.cancel", "CancelBatchPredictionJob"
        elif request.method == "POST" and not job_id:
            request.route, rpc = "vertex_jobs.create", "CreateBatchPredictionJob"
        else:
            return _error(404, rpc_error(404, "NOT_FOUND", "Method not found."))
        policy = _AuthPolicy(service=_AIPLATFORM, keys=False)
        denied = self._authenticate(request, policy, f"JobService.{rpc}", False)
        if denied is not None:
            return denied
        failure = self.uploads.take_failure(request.route)
        if failure is not None:
            return failure
        if request.route == "vertex_jobs.create":
            return self.batches.vertex_create(match["location"], request.json)
        if cancel:
            return self.batches.vertex_cancel(job_id)
        return self.batches.vertex_get(job_id)

    def _gcs_list(self, request: RecordedRequest, match: re.Match[str]) -> Reply:
        request.route = "gcs.list"
        denied = self._storage_auth(request, "storage.objects.list")
        if denied is not None:
            return denied
        failure = self.uploads.take_failure(request.route)
        return failure or self.uploads.gcs_list(match["bucket"], request.query.get("prefix", ""))

    def _files_download(self, request: RecordedRequest, match: re.Match[str]) -> Reply:
        request.route = "files.download"
        rpc = f"google.ai.generativelanguage.{match['version']}.FileService.DownloadFile"
        denied = self._authenticate(request, _AuthPolicy(service=_GENERATIVELANGUAGE), rpc, False)
        if denied is not None:
            return denied
        failure = self.uploads.take_failure(request.route)
        return failure or self.batches.download(match["id"], request.query.get("alt"))

    def _storage_auth(self, request: RecordedRequest, permission: str) -> Reply | None:
        """Cloud Storage's own 401 bodies: anonymous, or a token it does not accept."""
        authorization = request.headers.get("authorization", "")
        if authorization[:7].lower() != "bearer ":
            message = (
                f"Anonymous caller does not have {permission} access to the Google Cloud "
                f"Storage object. Permission '{permission}' denied on resource (or it may not "
                "exist)."
            )
            return _error(401, uploads.gcs_error(401, message, "required"))
        if self._token_state(authorization[7:].strip()) != "valid":
            return _error(401, uploads.gcs_error(401, "Invalid Credentials", "authError"))
        return None

    def _receive_partial(
        self, method: str, target: str, headers: Any, body: bytes, connection: int
    ) -> None:
        """Records a chunk request cut short by a scripted reset, and keeps what arrived."""
        url = urlsplit(target)
        lowered = _lowercase_headers(headers)
        request = RecordedRequest(
            method=method,
            path=url.path,
            query=dict(parse_qsl(url.query, keep_blank_values=True)),
            headers=lowered,
            body=body,
            json=None,
            route="gcs.upload" if url.path.startswith("/upload/storage/") else "files.upload",
            connection=connection,
        )
        with self._lock:
            self._requests.append(request)
        self.uploads.receive_partial(target, lowered, body)

    def _authenticate(
        self, request: RecordedRequest, policy: _AuthPolicy, rpc: str, in_array: bool
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
            return _error(401, auth.openai_auth_error(bearer))

        method = f"google.cloud.aiplatform.v1.{rpc}" if policy.service == _AIPLATFORM else rpc
        if key is not None and bearer is not None:
            return _error(400, auth.multiple_credentials(), in_array)
        if key is not None and policy.keys:
            refused = self.keys.refusal(key, policy.service, method)
            return _error(*refused, in_array) if refused is not None else None
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
            return _error(401, error, in_array)
        if policy.keys:
            return _error(403, auth.unregistered_caller(policy.service, method), in_array)
        message = auth.API_KEYS_UNSUPPORTED_MESSAGE if key else auth.MISSING_CREDENTIALS_MESSAGE
        error = auth.unauthenticated("CREDENTIALS_MISSING", policy.service, method, message)
        return _error(401, error, in_array)


def _lowercase_headers(headers: Any) -> dict[str, str]:
    result: dict[str, str] = {}
    for name, value in headers.items():
        name = name.lower()
        result[name] = f"{result[name]}, {value}" if name in result else value
    return result


def _parse_json(body: bytes) -> Any | None:
    if body.lstrip()[:1] not in (b"{", b"["):
        return None
    try:
        return json.loads(body)
    except ValueError:
        return None


def _error(status: int, error: dict[str, Any], in_array: bool = False) -> Reply:
    """{"error": ...}, or [{"error": ...}] as Google sends it for JSON-array streams."""
    body: Any = [{"error": error}] if in_array else {"error": error}
    headers = {"WWW-Authenticate": _WWW_AUTHENTICATE} if status == 401 else {}
    return Reply.json(status, body, headers=headers)


def _scenario_error(
    scenario: Scenario, in_array: bool, error: dict[str, Any] | None = None
) -> Reply:
    """The scenario's HTTP error; a given `error` replaces the body and sets the status."""
    if error is None:
        status, error = scenario.http_status(), scenario.error_body()
    else:
        code = error.get("code")
        status = code if isinstance(code, int) and code >= 400 else scenario.http_status()
    if scenario.error_in_array is not None:
        in_array = scenario.error_in_array
    reply = _error(status, error, in_array)
    reply.scenario = scenario
    return reply


def _rpc_method(api: str, match: re.Match[str]) -> str:
    name = match["method"][0].upper() + match["method"][1:]
    if api == "gemini":
        return f"google.ai.generativelanguage.{match['version']}.GenerativeService.{name}"
    return f"PredictionService.{name}"


def _model_not_found(match: re.Match[str], api: str) -> dict[str, Any]:
    model, version = match["model"], match["version"]
    if api == "gemini":
        method = match.groupdict().get("method") or "generateContent"
        message = (
            f"models/{model} is not found for API version {version}, or is not supported for "
            f"{method}. Call ListModels to see the list of available models and their "
            "supported methods."
        )
    else:
        name = f"publishers/google/models/{model}"
        if match.groupdict().get("project"):
            name = f"projects/{match['project']}/locations/{match['location']}/{name}"
        message = (
            f"Publisher Model `{name}` was not found or your project does not have access to it. "
            "Please ensure you are using a valid model version. For more information, see: "
            "https://cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versions"
        )
    return rpc_error(404, "NOT_FOUND", message)


def _body_reply(
    scenario: Scenario, content_type: str, pieces: list[bytes], *, streamed: bool
) -> Reply:
    """A 200 reply; reset_after_events counts events for streams and halves a plain body."""
    reset_after = scenario.reset_after_events
    if not streamed and reset_after:
        body = b"".join(pieces)
        pieces, reset_after = [body[: len(body) // 2], body[len(body) // 2 :]], 1
    return Reply(
        200, content_type, pieces, streamed=streamed, reset_after=reset_after, scenario=scenario
    )


def _gemini_reply(
    request: dict[str, Any], scenario: Scenario, *, vertex: bool, stream: bool, sse: bool
) -> Reply:
    if scenario.reset_before_response:
        return Reply(0, abort_before=True, scenario=scenario)
    if scenario.body is not None:  # not Google: a proxy's page, a portal's login form
        return Reply(scenario.status, scenario.content_type, [scenario.body], scenario=scenario)
    if scenario.is_http_error:
        return _scenario_error(scenario, in_array=stream and not sse)
    cut = scenario.error_after_events
    if cut is not None and not stream:
        # A plain JSON reply cannot fail half-way: it fails as a whole.
        return _scenario_error(scenario, in_array=False, error=scenario.stream_error())
    events = gemini.build_events(request, scenario, vertex=vertex)
    if not stream:
        return _body_reply(
            scenario, wire.JSON, [wire.pretty(gemini.merge_events(events))], streamed=False
        )
    error = None if cut is None else {"error": scenario.stream_error()}
    kept = events if cut is None else events[:cut]
    if sse:
        return _body_reply(
            scenario,
            wire.SSE,
            wire.gemini_sse(kept, scenario.line_ending, error, scenario.garbled_event),
            streamed=True,
        )
    return _body_reply(scenario, wire.JSON, wire.json_array(kept, error), streamed=True)


def _chat_reply(request: dict[str, Any], scenario: Scenario, *, vertex: bool) -> Reply:
    if scenario.reset_before_response:
        return Reply(0, abort_before=True, scenario=scenario)
    if scenario.is_http_error:
        if scenario.error is None and not vertex:
            # The generic endpoint speaks OpenAI's error shape by default.
            message = f"HTTP {scenario.status} from loopback."
            error: dict[str, Any] = {"message": message, "type": "server_error"}
            error |= {"param": None, "code": None}
            scenario = dataclasses.replace(scenario, error=error)
        return _scenario_error(scenario, in_array=False)
    cut = scenario.error_after_events
    if cut is not None and not request.get("stream"):
        return _scenario_error(scenario, in_array=False, error=scenario.stream_error())
    reply = chat.ChatReply(request, scenario, vertex=vertex)
    if not request.get("stream"):
        return _body_reply(scenario, wire.JSON, [wire.pretty(reply.completion())], streamed=False)
    chunks = reply.chunks()
    stream_error = None if cut is None else {"error": scenario.stream_error()}
    kept = chunks if cut is None else chunks[:cut]
    return _body_reply(
        scenario, wire.SSE, wire.openai_sse(kept, scenario.line_ending, stream_error), streamed=True
    )
