"""Gemini Desktop: drop photos and videos in, get answers from Google's Gemini models."""

from __future__ import annotations

from functools import cache


@cache
def _installed_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("gemini-desktop")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0"


def __getattr__(name: str) -> str:
    # `__version__` is read on first use: importlib.metadata (with the email package it
    # brings) costs a tenth of the window's start-up, and the window does not show it.
    if name == "__version__":
        return _installed_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
