"""The one shared HTTP client: system trust store, proxies from the environment, sane timeouts."""

from __future__ import annotations

import ssl

import httpx2
import truststore

from desktop import __version__

# `read` is the longest silence allowed between two chunks, not the whole answer: thinking
# models may think for minutes before the first byte.
TIMEOUT = httpx2.Timeout(connect=20.0, read=300.0, write=120.0, pool=30.0)
USER_AGENT = f"gemini-desktop/{__version__}"


def use_system_trust_store() -> None:
    """Make every TLS connection (google-auth's token refresh too) trust what the OS trusts,
    which also covers corporate TLS inspection. Call once at start-up."""
    truststore.inject_into_ssl()


def create_http_client(proxy: str | None = None) -> httpx2.AsyncClient:
    """`proxy` (a profile's manual proxy, since PAC files are not supported) wins over
    the environment's HTTPS_PROXY and NO_PROXY."""
    verify = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    limits = httpx2.Limits(max_connections=20, max_keepalive_connections=10)
    return httpx2.AsyncClient(
        transport=httpx2.AsyncHTTPTransport(verify=verify, limits=limits, proxy=proxy or None),
        verify=verify,  # also for the proxy routes httpx2 mounts from the environment
        timeout=TIMEOUT,
        trust_env=proxy is None,  # HTTPS_PROXY, NO_PROXY (mounted by httpx2 itself)
        headers={"user-agent": USER_AGENT, "x-goog-api-client": USER_AGENT},
    )
