"""The HTTP/1.1 transport under LoopbackServer: one thread per connection, sockets tracked so
stop() can close them, request bodies read, and connections reset on purpose."""

from __future__ import annotations

import contextlib
import socket
import socketserver
import struct
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import TYPE_CHECKING, Any

from tests.loopback import wire
from tests.loopback.scenario import rpc_error
from tests.loopback.wire import Reply

if TYPE_CHECKING:
    from tests.loopback.server import LoopbackServer


class Aborted(Exception):
    """Ends the handler: the connection is dropped without a normal close."""


class LoopbackHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Google's front end announces itself like this.
    server_version = "scaffolding on HTTPServer2"
    sys_version = ""
    # Idle keep-alive connections give up after this; stop() closes them sooner.
    timeout = 30
    server: LoopbackHTTPServer

    def setup(self) -> None:
        super().setup()
        # Without TCP_NODELAY, Nagle plus delayed ACKs hold small fragments back ~40 ms.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def handle(self) -> None:
        try:
            super().handle()
        except Aborted:
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
        raise Aborted

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


class LoopbackHTTPServer(HTTPServer):
    """One daemon thread per connection, with the sockets tracked so stop() can close them."""

    request_queue_size = 128

    def __init__(self, owner: LoopbackServer) -> None:
        self.owner = owner
        self._lock = threading.Lock()
        self._open: dict[socket.socket, int] = {}
        self._aborted: set[socket.socket] = set()
        self._threads: set[threading.Thread] = set()
        super().__init__(("127.0.0.1", 0), LoopbackHandler)

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
