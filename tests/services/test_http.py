"""The app's HTTP client: a kept-alive connection, TLS with trusted and untrusted
certificates, and timeouts and resets as plain errors."""

from __future__ import annotations

import datetime
import ipaddress
import ssl
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from desktop.core.answer_stream import Completed
from desktop.core.connection import ApiKind, Connection
from desktop.core.errors import NetworkError
from desktop.core.request import GenerateRequest, user_message
from desktop.core.retry import NO_RETRY
from desktop.services.auth import ApiKeyAuth
from desktop.services.gemini_client import GeminiClient
from desktop.services.http import create_http_client
from tests.loopback import LoopbackServer, Scenario

pytestmark = pytest.mark.asyncio
REQUEST = GenerateRequest(model="gemini-2.5-flash", contents=(user_message("over TLS"),))


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, made here (no files, no network)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "loopback test")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("tls")
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


@pytest.fixture
def tls_server(certificate: tuple[Path, Path]) -> Iterator[LoopbackServer]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*certificate)
    with LoopbackServer(tls=context) as server:
        yield server
        assert not server.handler_errors


def client_for(server: LoopbackServer, http: httpx2.AsyncClient) -> GeminiClient:
    connection = Connection(ApiKind.GEMINI, base_url=server.base_url)
    return GeminiClient(
        connection, ApiKeyAuth("test-api-key"), http=http, owns_http=True, retry=NO_RETRY
    )


async def test_the_app_client_streams_and_keeps_its_connection(
    loopback_server: LoopbackServer,
) -> None:
    async with client_for(loopback_server, create_http_client()) as client:
        events = [event async for event in client.stream(REQUEST)]
        await client.generate(REQUEST)
    assert isinstance(events[-1], Completed) and "over TLS" in events[-1].answer.text
    assert len({r.connection for r in loopback_server.requests}) == 1  # kept alive and reused


async def test_streaming_over_tls_with_a_trusted_certificate(
    tls_server: LoopbackServer, certificate: tuple[Path, Path]
) -> None:
    trusted = ssl.create_default_context(cafile=str(certificate[0]))
    http = httpx2.AsyncClient(verify=trusted)
    async with client_for(tls_server, http) as client:
        events = [event async for event in client.stream(REQUEST)]
    assert tls_server.base_url.startswith("https://")
    assert isinstance(events[-1], Completed) and "over TLS" in events[-1].answer.text


async def test_an_untrusted_certificate_is_a_plain_secure_connection_error(
    tls_server: LoopbackServer,
) -> None:
    async with client_for(tls_server, create_http_client()) as client:
        with pytest.raises(NetworkError) as caught:
            [event async for event in client.stream(REQUEST)]
    assert "secure connection" in caught.value.explanation
    assert "CERTIFICATE_VERIFY_FAILED" in (caught.value.server_message or "")


async def test_a_silent_server_is_a_read_timeout(loopback_server: LoopbackServer) -> None:
    loopback_server.script(Scenario(text="slow", chunks=2, drip_delay=1.0))
    http = httpx2.AsyncClient(timeout=httpx2.Timeout(5.0, read=0.2))
    async with client_for(loopback_server, http) as client:
        with pytest.raises(NetworkError, match="stopped answering"):
            [event async for event in client.stream(REQUEST)]


async def test_a_reset_is_a_read_error_with_the_text_kept(loopback_server: LoopbackServer) -> None:
    loopback_server.script(Scenario(text="one two three four", chunks=4, reset_after_events=2))
    async with client_for(loopback_server, create_http_client()) as client:
        with pytest.raises(NetworkError) as caught:
            [event async for event in client.stream(REQUEST)]
    assert caught.value.partial is not None and caught.value.partial.text
