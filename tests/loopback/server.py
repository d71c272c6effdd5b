"""LoopbackServer: a real HTTP/1.1 server on 127.0.0.1 that stands in for Google's endpoints.

This module holds its lifecycle, the route table and the dispatch of each request; the state
tests script and read is in state.py, the sockets and threads in transport.py, and each
endpoint group in endpoints/."""

from __future__ import annotations

import itertools
import re
import ssl
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from tests.loopback import batches, uploads
from tests.loopback.endpoints.batch_jobs import BatchEndpoints
from tests.loopback.endpoints.chat_completions import ChatEndpoints
from tests.loopback.endpoints.files_and_storage import UploadEndpoints
from tests.loopback.endpoints.generate import GenerateEndpoints
from tests.loopback.endpoints.model_lists import ModelListEndpoints
from tests.loopback.endpoints.replies import error_reply
from tests.loopback.endpoints.token import TokenEndpoint
from tests.loopback.routing import (
    EXPRESS_GENERATE,
    GEMINI_GENERATE,
    GEMINI_MODELS,
    OPENAI_CHAT,
    OPENAI_MODELS,
    TOKEN,
    VERTEX_CHAT,
    VERTEX_GENERATE,
    VERTEX_MODELS,
    RecordedRequest,
    lowercase_headers,
    parse_json,
)
from tests.loopback.scenario import Scenario, rpc_error
from tests.loopback.transport import Aborted, LoopbackHTTPServer
from tests.loopback.wire import Reply

__all__ = ["LoopbackServer", "RecordedRequest", "Scenario"]


class LoopbackServer(
    GenerateEndpoints,
    ModelListEndpoints,
    ChatEndpoints,
    TokenEndpoint,
    UploadEndpoints,
    BatchEndpoints,
):
    """Google's Gemini, Vertex AI, OAuth token and OpenAI-compatible endpoints on 127.0.0.1.

    Script replies with `script(Scenario(...))`; without one, generate, stream and chat
    requests get an echo of the prompt. Every request is recorded in `requests`.
    Issued-token expiry times in `issued_tokens` are `time.monotonic()` values.
    """

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.tls = tls  # a server-side context: serve https instead of http
        self._lock = threading.RLock()
        self._stopping = threading.Event()
        self._httpd: LoopbackHTTPServer | None = None
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
        self._httpd = LoopbackHTTPServer(self)
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
            raise Aborted

    def _respond(
        self, method: str, target: str, headers: Any, body: bytes, connection: int
    ) -> Reply:
        url = urlsplit(target)
        request = RecordedRequest(
            method=method,
            path=url.path,
            query=dict(parse_qsl(url.query, keep_blank_values=True)),
            headers=lowercase_headers(headers),
            body=body,
            json=parse_json(body),
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
        return error_reply(
            404, rpc_error(404, "NOT_FOUND", f"Method not found: {method} {url.path}")
        )
