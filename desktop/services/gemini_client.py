"""The Gemini client: one shared httpx2 client, three wire protocols, one interface.

`stream()` yields TextDelta and ThoughtDelta as they arrive, Retrying while nothing has been
shown and a retry is worth it, and Completed with the whole Answer at the end. Failures
raise GeminiError subclasses carrying what was received so far in `error.partial`.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx2

from desktop.core.answer import Answer
from desktop.core.answer_stream import (
    Accumulator,
    AnswerAccumulator,
    Completed,
    Retrying,
    StreamEvent,
    TextDelta,
    ThoughtDelta,
)
from desktop.core.connection import ApiKind, Connection
from desktop.core.error_classifier import Asked, error_from_response
from desktop.core.errors import (
    GeminiError,
    InvalidRequestError,
    NetworkError,
    ProtocolError,
    StalledError,
    is_rate_limit,
)
from desktop.core.messages import Message, Seconds
from desktop.core.model_fit import fit_request
from desktop.core.model_info import ModelInfo
from desktop.core.openai_compat import ChatChunkAccumulator, chat_body
from desktop.core.request import GenerateRequest
from desktop.core.retry import RetryPolicy, Tries
from desktop.core.stream_decoder import DONE, make_decoder
from desktop.services.auth import ApiKeyAuth, refresh_timed_out
from desktop.services.http import (
    Stalled,
    StallWatch,
    create_http_client,
    retry_policy,
    sleep_full,
    stall_timeout,
)
from desktop.services.reader_thread import HomeLoopAuth, MakeHttp, ReaderThread
from desktop.services.uploads.choose import Uploader

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]
LIST_PAGE_SIZE = 100
MAX_LIST_PAGES = 50  # a server that never stops paging must not hang the model list


class GeminiClient:
    def __init__(
        self,
        connection: Connection,
        auth: httpx2.Auth,
        *,
        http: httpx2.AsyncClient | None = None,
        owns_http: bool | None = None,
        retry: RetryPolicy | None = None,
        sleep: Sleep = sleep_full,
        sse: bool = True,
        uploader: Uploader | None = None,
        stall: float | None = None,
        read_with: MakeHttp | None = None,
    ) -> None:
        """`read_with` makes the HTTP client of the thread answers are read in (by default
        `create_http_client` when no `http` is given; None with an `http`: read on the
        caller's loop). A sign-in's token refresh still runs on the caller's loop."""
        self.connection = connection
        self.uploader = uploader
        """Where files too large to send inline go; None when they have no way in."""
        self._auth = auth
        self._owns_http = http is None if owns_http is None else owns_http
        self._http = http or create_http_client()
        make_http = read_with or (create_http_client if http is None else None)
        self._reader = ReaderThread(make_http) if make_http is not None else None
        self._retry = retry or retry_policy()
        self._sleep = sleep
        self._sse = sse  # False: Google's JSON-array streaming instead of server-sent events
        # The longest wait for a complete event (headers, token refresh and thinking included).
        self._stall = stall_timeout() if stall is None else stall
        host = httpx2.URL(connection.root()).host
        # Errors name who could not be reached: a local model server is not "Google".
        # Who could not be reached, for the network errors' words (None: Google).
        self._peer: str | None = None if host.endswith(".googleapis.com") else host

    @property
    def http(self) -> httpx2.AsyncClient:
        """The HTTP client requests go through (for calls of other Google APIs)."""
        return self._http

    @property
    def auth(self) -> httpx2.Auth:
        """The credentials requests carry."""
        return self._auth

    async def aclose(self) -> None:
        if self._reader is not None:
            await self._reader.close()
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> GeminiClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    # --- generate ------------------------------------------------------------------------

    async def stream(
        self, request: GenerateRequest, *, hand_back_rate_limits: bool = False
    ) -> AsyncIterator[StreamEvent]:
        """Stream one answer, retrying only while nothing has been shown.

        With a reader thread, the answer is read and decoded there and its events come in
        batches; deltas that piled up meanwhile come joined (fewer, longer deltas).
        `hand_back_rate_limits`: a 429 ends the stream with its Retrying event, not tried
        again here; the caller sends again itself (a batch run, which halves its limit)."""
        request.validate()
        reader = self._reader
        if reader is None:
            async for event in self._stream(
                request, self._http, auth=self._auth, hand_back=hand_back_rate_limits
            ):
                yield event
            return
        auth = self._auth
        if not isinstance(auth, ApiKeyAuth):  # a sign-in refreshes on this loop
            auth = HomeLoopAuth(auth, asyncio.get_running_loop())
        produce = functools.partial(
            self._stream, request, auth=auth, hand_back=hand_back_rate_limits
        )
        async with contextlib.aclosing(reader.stream(produce)) as batches:
            async for batch in batches:
                for event in _joined(batch):
                    yield event

    async def _stream(
        self,
        request: GenerateRequest,
        http: httpx2.AsyncClient,
        *,
        auth: httpx2.Auth,
        hand_back: bool = False,
    ) -> AsyncIterator[StreamEvent]:
        tries = self._retry.start()
        while True:
            shown = False
            try:
                async for event in self._stream_once(request, http, auth):
                    shown = True
                    yield event
                return
            except GeminiError as error:
                delay = None if shown else self._retry_delay(error, tries)
                if delay is None:
                    raise
                yield Retrying(error, delay, tries.attempt, self._retry.attempts)
                if hand_back and is_rate_limit(error):
                    # Ended here, not left to the caller's closing the stream: in the
                    # reader thread this runs ahead of the caller, and a busy caller
                    # closed it only after the next try had gone (Google answered twice).
                    return
                await self._sleep(delay)

    async def generate(self, request: GenerateRequest) -> Answer:
        """The whole answer in one reply (no streaming)."""
        request.validate()
        tries = self._retry.start()
        while True:
            try:
                return await self._generate_once(request)
            except GeminiError as error:
                delay = self._retry_delay(error, tries)
                if delay is None:
                    raise
                await self._sleep(delay)

    @staticmethod
    def _retry_delay(error: GeminiError, tries: Tries) -> float | None:
        attempt = tries.attempt
        delay = tries.next_wait(error)
        if delay is not None:
            log.warning("Attempt %d failed (%s); retrying in %.1f s", attempt, _brief(error), delay)
        elif error.retryable:
            log.info(
                "Attempt %d failed (%s); giving up after %.1f s of waiting",
                attempt,
                _brief(error),
                tries.waited,
            )
        return delay

    async def _stream_once(
        self, request: GenerateRequest, http: httpx2.AsyncClient, auth: httpx2.Auth
    ) -> AsyncIterator[TextDelta | ThoughtDelta | Completed]:
        url, body, accumulator = self._prepare(request, stream=True)
        sse = self._sse or self.connection.api is ApiKind.OPENAI
        decoder = make_decoder(sse)
        watch = StallWatch(self._stall)
        try:
            send = http.send(http.build_request("POST", url, json=body), auth=auth, stream=True)
            response = await watch.wait(send)
            try:
                if response.status_code >= 400:
                    raise await watch.wait(_error_from(response, self._asked(request.model)))
                if _is_web_page(response):
                    raise self._web_page(response)
                # Closed here, on the loop: a stall cancels it mid-read, and left to the
                # garbage collector it would close outside any loop ("Exception ignored").
                async with contextlib.aclosing(response.aiter_bytes()) as chunks:
                    while (chunk := await watch.wait(anext(chunks, None))) is not None:
                        for payload in decoder.feed(chunk):
                            watch.restart()
                            for delta in _feed(accumulator, payload):
                                yield delta
                for payload in decoder.close():
                    for delta in _feed(accumulator, payload):
                        yield delta
            finally:
                await response.aclose()
        except GeminiError as error:
            raise accumulator.fail(error) from error.__cause__
        except httpx2.TransportError as exc:
            raise accumulator.fail(
                network_error(exc, started=accumulator.received, peer=self._peer)
            ) from exc
        except Stalled as exc:
            stalled = self._stalled(started=accumulator.received, auth=auth)
            raise accumulator.fail(stalled) from exc
        finally:
            watch.close()
        yield Completed(accumulator.finish())

    async def _generate_once(self, request: GenerateRequest) -> Answer:
        url, body, accumulator = self._prepare(request, stream=False)
        response = await self._send("POST", url, json=body, model=request.model)
        payload = _json(response)
        _feed(accumulator, payload)
        return accumulator.finish()

    def _prepare(
        self, request: GenerateRequest, *, stream: bool
    ) -> tuple[str, dict[str, Any], Accumulator]:
        url, body = wire_request(self.connection, request, stream=stream, sse=self._sse)
        asked = self._asked(_model_of(request))
        if self.connection.api is ApiKind.OPENAI:
            return url, body, ChatChunkAccumulator(asked)
        return url, body, AnswerAccumulator(asked)

    def _asked(self, model: str | None = None) -> Asked:
        """Who answers this request, so an error's advice fits (see `Asked`)."""
        key = self._auth.google_key_form if isinstance(self._auth, ApiKeyAuth) else None
        return Asked(
            gemini_api=not self.connection.is_vertex, host=self._peer, model=model, key=key
        )

    # --- models and tokens ---------------------------------------------------------------

    async def list_models(self) -> list[ModelInfo]:
        """Every model the connection offers, all pages."""
        connection = self.connection
        url = connection.list_models_url()
        if connection.api is ApiKind.OPENAI and not connection.project:
            data = _json(await self._send("GET", url))
            return [ModelInfo.from_openai(item) for item in data.get("data") or []]
        key, parse = (
            ("models", ModelInfo.from_gemini)
            if connection.api is ApiKind.GEMINI
            else ("publisherModels", ModelInfo.from_vertex)
        )
        models: list[ModelInfo] = []
        token = ""
        for _ in range(MAX_LIST_PAGES):
            params = {"pageSize": str(LIST_PAGE_SIZE)}
            if token:
                params["pageToken"] = token
            page = _json(await self._send("GET", url, params=params))
            models.extend(parse(item) for item in page.get(key) or [])
            token = page.get("nextPageToken") or ""
            if not token:
                break
        return models

    async def count_tokens(self, request: GenerateRequest, *, quiet: bool = False) -> int:
        """How many input tokens the request would use (countTokens; nothing is generated).
        Raises InvalidRequestError on an OpenAI-compatible connection (it has no counting).
        `quiet`: a refusal's body is logged at INFO, not WARNING (a count the window takes
        as it types, whose failure it only shows as a dash)."""
        connection = self.connection
        if connection.api is ApiKind.OPENAI:
            raise InvalidRequestError(
                Message("client.count_tokens_openai"),
                hint=Message("client.count_tokens_openai.hint"),
            )
        url = connection.count_tokens_url(_model_of(request))
        body = count_tokens_body(connection, request)
        level = logging.INFO if quiet else logging.WARNING
        response = await self._send("POST", url, json=body, model=request.model, level=level)
        return int(_json(response).get("totalTokens", 0))

    async def call(self, method: str, url: str, **kwargs: Any) -> dict[str, Any]:
        """One request to another of the connection's endpoints (batch jobs, say), with
        the credentials, stall limit and error words of generate: its JSON object."""
        return _json(await self._send(method, url, **kwargs))

    async def download(self, url: str) -> bytes:
        """The bytes of a file on the connection's host (a batch job's results)."""
        return (await self._send("GET", url)).content

    async def _send(
        self,
        method: str,
        url: str,
        *,
        model: str | None = None,
        level: int = logging.WARNING,
        **kwargs: Any,
    ) -> httpx2.Response:
        # A whole reply is one event: the stall limit bounds all of it.
        request = self._http.request(method, url, auth=self._auth, **kwargs)
        try:
            with StallWatch(self._stall) as watch:
                response = await watch.wait(request)
        except httpx2.TransportError as exc:
            raise network_error(exc, started=False, peer=self._peer) from exc
        except Stalled as exc:
            raise self._stalled(started=False) from exc
        if response.status_code >= 400:
            raise await _error_from(response, self._asked(model), level)
        if _is_web_page(response):
            raise self._web_page(response)
        return response

    def _web_page(self, response: httpx2.Response) -> ProtocolError:
        # A captive portal's sign-in form or a proxy's page, sent with 200: not garbled
        # Gemini, and trying again will not help until the user acts.
        explanation = (
            Message("net.web_page_google")
            if self._peer is None
            else Message("net.web_page_server", host=self._peer)
        )
        return ProtocolError(
            explanation,
            hint=Message("net.web_page.hint"),
            server_message=f"{response.headers.get('content-type')}, {response.status_code}",
        )

    def _stalled(self, *, started: bool, auth: httpx2.Auth | None = None) -> StalledError:
        # The wait may have been on Google's sign-in service (a token refresh hanging in
        # its worker thread), not on the server that answers.
        if getattr(auth or self._auth, "refreshing", False):
            return refresh_timed_out(self._stall)
        return stalled_error(self._stall, started=started, peer=self._peer)


JOIN_LIMIT = 65_536
"""Deltas of a batch are joined up to this many characters (a huge answer stays in steps)."""


def _joined(batch: list[StreamEvent]) -> list[StreamEvent]:
    """The batch with runs of text (or thought) deltas joined into one delta each."""
    events: list[StreamEvent] = []
    pieces: list[str] = []
    kind: type[TextDelta] | type[ThoughtDelta] | None = None
    size = 0
    for event in batch:
        if isinstance(event, TextDelta | ThoughtDelta):
            if type(event) is kind and size + len(event.text) <= JOIN_LIMIT:
                pieces.append(event.text)
                size += len(event.text)
                continue
            if kind is not None:
                events.append(kind("".join(pieces)))
            kind, pieces, size = type(event), [event.text], len(event.text)
            continue
        if kind is not None:
            events.append(kind("".join(pieces)))
            kind, pieces = None, []
        events.append(event)
    if kind is not None:
        events.append(kind("".join(pieces)))
    return events


def wire_request(
    connection: Connection, request: GenerateRequest, *, stream: bool, sse: bool = True
) -> tuple[str, dict[str, Any]]:
    """The URL and JSON body `request` goes out as on `connection`: the one place both are
    made, for sending and for the code samples that show what is sent."""
    model = _model_of(request)
    # What the model ignores or refuses is not sent (a level or a budget, never both).
    request = fit_request(request).request
    if connection.api is ApiKind.OPENAI:
        body = chat_body(
            request, connection.chat_model_name(model), stream=stream, vertex=connection.is_vertex
        )
        return connection.chat_completions_url(), body
    url = connection.generate_url(model, stream=stream, sse=sse)
    return url, request.to_body(vertex=connection.api is ApiKind.VERTEX)


def count_tokens_body(connection: Connection, request: GenerateRequest) -> dict[str, Any]:
    """The countTokens body for what `request` sends: its contents, system instruction and
    tools, and the media resolution (it sets what a photo costs); the other settings do not
    change the input's count. The Gemini API takes these only inside a whole
    generateContentRequest naming its model (its countTokens has no systemInstruction of
    its own); Vertex AI takes them as they are."""
    # What the model ignores or refuses is not sent (a part's own resolution, say).
    full = fit_request(request).request.to_body(vertex=connection.api is ApiKind.VERTEX)
    names = ("contents", "systemInstruction", "tools")
    body: dict[str, Any] = {name: full[name] for name in names if name in full}
    resolution = full.get("generationConfig", {}).get("mediaResolution")
    if resolution is not None:
        body["generationConfig"] = {"mediaResolution": resolution}
    if connection.api is ApiKind.VERTEX:
        return body
    model = _model_of(request).removeprefix("models/")
    return {"generateContentRequest": {"model": f"models/{model}", **body}}


def _feed(accumulator: Accumulator, payload: Any) -> list[TextDelta | ThoughtDelta]:
    return [] if payload is DONE else accumulator.feed(payload)


async def _error_from(
    response: httpx2.Response, asked: Asked, level: int = logging.WARNING
) -> GeminiError:
    raw = await response.aread()
    # The raw body goes to the log only; it never holds credentials (they travel in headers).
    log.log(level, "HTTP %d from %s: %s", response.status_code, response.url.path, raw[:2000])
    return error_from_response(response.status_code, raw, response.headers, asked)


def _is_web_page(response: httpx2.Response) -> bool:
    return response.headers.get("content-type", "").lower().startswith("text/html")


def _json(response: httpx2.Response) -> dict[str, Any]:
    try:
        data = response.json()
    except ValueError as exc:
        raise ProtocolError(
            Message("stream.unreadable"),
            hint=Message("client.unreadable.hint"),
            server_message=response.text[:300],
        ) from exc
    if isinstance(data, list) and data and isinstance(data[0], dict):
        data = data[0]
    if not isinstance(data, dict):
        raise ProtocolError(
            Message("stream.unreadable"),
            hint=Message("client.unreadable.hint"),
            server_message=repr(data)[:300],
        )
    return data


def network_error(
    exc: httpx2.TransportError, *, started: bool, peer: str | None = None
) -> NetworkError:
    """Plain words for a transport failure; `peer` is the host that could not be reached,
    None for Google."""

    def about(what: str) -> Message:
        if peer is None:
            return Message(f"net.{what}_google")
        return Message(f"net.{what}_server", host=peer)

    if isinstance(exc, httpx2.ConnectError) and _caused_by(exc, ssl.SSLError):
        explanation, hint = about("tls"), Message("net.tls.hint")
    elif isinstance(exc, httpx2.ConnectError | httpx2.ConnectTimeout):
        explanation, hint = about("unreachable"), Message("net.unreachable.hint")
    elif isinstance(exc, httpx2.TimeoutException):
        explanation, hint = about("timeout"), Message("api.server_error.hint")
    elif started:
        explanation, hint = Message("net.broke_mid_answer"), Message("stream.cut_off.hint")
    else:
        explanation, hint = about("broke"), Message("api.server_error.hint")
    return NetworkError(explanation, hint=hint, server_message=f"{type(exc).__name__}: {exc}")


def stalled_error(stall: float, *, started: bool, peer: str | None = None) -> StalledError:
    """Plain words for a request that received no complete event for `stall` seconds."""
    wait = Seconds(stall)
    if started:
        explanation = Message("net.stalled_mid_answer", wait=wait)
        hint = Message("net.stalled_mid_answer.hint")
    else:
        explanation = (
            Message("net.stalled_google", wait=wait)
            if peer is None
            else Message("net.stalled_server", host=peer, wait=wait)
        )
        hint = Message("net.stalled.hint")
    return StalledError(explanation, hint=hint, server_message=f"no complete event for {stall:g} s")


def _caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    """Whether `kind` is anywhere in the chain of causes (httpx2 wraps httpcore2's errors)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, kind):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def _brief(error: GeminiError) -> str:
    return f"{type(error).__name__} {error.code or ''} {error.status or ''}".strip()


def _model_of(request: GenerateRequest) -> str:
    # The caller resolves the model once (ChatService: the chosen one, else the
    # connection's); a request without one is a bug, not a default to fill in here.
    if not request.model:
        raise ValueError("the request names no model")
    return request.model
