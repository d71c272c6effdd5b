"""Where requests go: the API kind, project, region and base URL, and the URLs they make.

Pure data: credentials themselves live in services; this only says which kind is needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import quote


class ApiKind(StrEnum):
    VERTEX = "vertex"  # Vertex AI native generateContent
    GEMINI = "gemini"  # Gemini Developer API (AI Studio key)
    OPENAI = "openai"  # OpenAI-compatible Chat Completions (Vertex or any server)


DEFAULT_MODEL = "gemini-2.5-flash"
DEFAULT_LOCATION = "global"
GEMINI_BASE_URL = "https://generativelanguage.googleapis.com"


@dataclass(frozen=True)
class Connection:
    """One way to reach a model.

    Vertex with a project uses OAuth; Vertex without a project is express mode (API key).
    OpenAI with a project is Vertex's OpenAI-compatible endpoint; with only a base URL it
    is any OpenAI-compatible server.
    """

    api: ApiKind
    project: str | None = None
    location: str = DEFAULT_LOCATION
    base_url: str | None = None
    model: str = DEFAULT_MODEL
    # The Cloud Storage bucket large files are uploaded to first (Vertex AI with Google
    # credentials only: an API key cannot write to a bucket); None: only smaller files.
    bucket: str | None = None

    @property
    def uses_oauth(self) -> bool:
        return self.api in (ApiKind.VERTEX, ApiKind.OPENAI) and bool(self.project)

    @property
    def express_mode(self) -> bool:
        return self.api is ApiKind.VERTEX and not self.project

    @property
    def is_vertex(self) -> bool:
        return self.api is ApiKind.VERTEX or (self.api is ApiKind.OPENAI and bool(self.project))

    def root(self) -> str:
        """The scheme and host (plus any path prefix the user gave), without a trailing /."""
        if self.base_url:
            return self.base_url.rstrip("/")
        if self.api is ApiKind.GEMINI:
            return GEMINI_BASE_URL
        if self.location == "global" or self.express_mode:
            return "https://aiplatform.googleapis.com"
        return f"https://{self.location}-aiplatform.googleapis.com"

    def _vertex_parent(self, version: str = "v1") -> str:
        if self.express_mode:
            return f"{self.root()}/{version}"
        project, location = _segment(self.project or ""), _segment(self.location)
        return f"{self.root()}/{version}/projects/{project}/locations/{location}"

    def generate_url(self, model: str, *, stream: bool, sse: bool = True) -> str:
        method = "streamGenerateContent" if stream else "generateContent"
        query = "?alt=sse" if stream and sse else ""
        return f"{self.model_url(model)}:{method}{query}"

    def count_tokens_url(self, model: str) -> str:
        return f"{self.model_url(model)}:countTokens"

    def model_url(self, model: str) -> str:
        model_id = _segment(model.removeprefix("models/").removeprefix("publishers/google/models/"))
        if self.api is ApiKind.GEMINI:
            return f"{self.root()}/v1beta/models/{model_id}"
        return f"{self._vertex_parent()}/publishers/google/models/{model_id}"

    def batch_create_url(self, model: str) -> str:
        """Where a batch job is created: the Gemini API's batchGenerateContent of the model,
        or Vertex AI's batchPredictionJobs of the project and region."""
        if self.api is ApiKind.GEMINI:
            return f"{self.model_url(model)}:batchGenerateContent"
        return f"{self._vertex_parent()}/batchPredictionJobs"

    def batch_job_url(self, name: str) -> str:
        """A batch job by its full name ("batches/ID", "projects/P/locations/L/
        batchPredictionJobs/ID"); append ":cancel" to cancel it."""
        version = "v1beta" if self.api is ApiKind.GEMINI else "v1"
        return f"{self.root()}/{version}/{_segments(name)}"

    def file_download_url(self, name: str) -> str:
        """A Gemini API file Google made (a batch's results, "files/ID"), its bytes."""
        return f"{self.root()}/download/v1beta/{_segments(name)}:download?alt=media"

    def chat_completions_url(self) -> str:
        if self.project:
            return f"{self._vertex_parent()}/endpoints/openapi/chat/completions"
        # Any OpenAI-compatible server: the base URL already ends in its version (/v1).
        return f"{self.root()}/chat/completions"

    def chat_model_name(self, model: str) -> str:
        """Vertex's OpenAI endpoint wants `google/<id>`; other servers take the id as is."""
        if self.project and "/" not in model:
            return f"google/{model}"
        return model

    def list_models_url(self) -> str:
        if self.api is ApiKind.GEMINI:
            return f"{self.root()}/v1beta/models"
        if self.api is ApiKind.OPENAI and not self.project:
            return f"{self.root()}/models"
        return f"{self.root()}/v1beta1/publishers/google/models"


def _segments(path: str) -> str:
    """A resource name's segments, each one path segment."""
    return "/".join(_segment(part) for part in path.split("/"))


def _segment(value: str) -> str:
    """One path segment, so a stray slash or space cannot change the URL's meaning."""
    return quote(value, safe="-._~@")
