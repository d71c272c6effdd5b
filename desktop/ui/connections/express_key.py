"""The Vertex AI express key form: a Vertex AI key, no project or region."""

from __future__ import annotations

from desktop.core.connection import ApiKind
from desktop.core.profile import SignInKind
from desktop.ui.connections.key_form import KeyForm


class ExpressKeyForm(KeyForm):
    kind = SignInKind.VERTEX_EXPRESS_KEY
    api = ApiKind.VERTEX

    def help_text(self) -> str:
        return self.tr(
            "Paste the API key from the Vertex AI Studio settings. It starts with “AQ.”. "
            "Express mode needs no project or region."
        )

    def which_key_text(self) -> str:
        return self.tr(
            "This way needs a Vertex AI key in express mode. A key from Google AI Studio "
            "belongs under “Gemini API key”."
        )
