"""Tests for Gemini Desktop."""
