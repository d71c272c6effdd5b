"""What an API key's form tells, and what it does not.

Google Cloud's standard keys start with "AIza"; AI Studio's newer auth keys and Vertex AI
express keys both start with "AQ.", so a key's form never says which service it belongs to
(Test connection asks the services instead). It does say whether a key is a standard one,
which the Gemini API stopped taking in 2026: that words its refusal.
"""

from __future__ import annotations

from enum import StrEnum

STANDARD_PREFIX = "AIza"


class KeyForm(StrEnum):
    """The form of the API key a request carried."""

    STANDARD = "standard"  # AIza…: Google Cloud's older standard keys
    OTHER = "other"  # AQ.… (AI Studio auth keys, Vertex AI express keys) or anything else


def key_form(key: str) -> KeyForm:
    return KeyForm.STANDARD if key.strip().startswith(STANDARD_PREFIX) else KeyForm.OTHER
