"""A loopback HTTP server that speaks Google's Gemini, Vertex AI, OAuth and OpenAI wire formats."""

from tests.loopback.server import LoopbackServer, RecordedRequest, Scenario

__all__ = ["LoopbackServer", "RecordedRequest", "Scenario"]
