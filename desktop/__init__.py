"""Gemini Desktop: drop photos and videos in, get answers from Google's Gemini models."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("gemini-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
