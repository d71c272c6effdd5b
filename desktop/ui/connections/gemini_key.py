"""The Gemini API key form: a key from Google AI Studio."""

from __future__ import annotations

from desktop.core.connection import ApiKind
from desktop.core.profile import SignInKind
from desktop.ui.connections.key_form import KeyForm


class GeminiKeyForm(KeyForm):
    kind = SignInKind.GEMINI_API_KEY
    api = ApiKind.GEMINI

    def help_text(self) -> str:
        return self.tr(
            "Paste the key you created in Google AI Studio. It starts with “AQ.” (newer keys) "
            "or “AIza”."
        )

    def which_key_text(self) -> str:
        return self.tr(
            "This way needs a Gemini API key from Google AI Studio. A key from Vertex AI "
            "belongs under “Vertex AI express key”."
        )
