"""The same request and answer over the OpenAI-compatible Chat Completions API.

Used for Vertex AI's `endpoints/openapi` and for any OpenAI-compatible server (local model
servers). Settings the protocol has no field for (top-K, safety, labels) are left out.
"""

from __future__ import annotations

import base64
from typing import Any

from desktop.core.answer_stream import Accumulator, TextDelta, ThoughtDelta
from desktop.core.request import Content, GenerateRequest, Part

_SNAKE_THINKING = {
    "includeThoughts": "include_thoughts",
    "thinkingBudget": "thinking_budget",
    "thinkingLevel": "thinking_level",
}
_AUDIO_FORMATS = {"audio/wav": "wav", "audio/x-wav": "wav", "audio/mpeg": "mp3", "audio/mp3": "mp3"}


def chat_body(
    request: GenerateRequest, model: str, *, stream: bool, vertex: bool
) -> dict[str, Any]:
    """The chat.completions request body; `model` is already prefixed (`google/...`)."""
    messages: list[dict[str, Any]] = []
    if request.system_instruction:
        messages.append({"role": "system", "content": request.system_instruction})
    messages.extend(_message(content) for content in request.contents)
    body: dict[str, Any] = {"model": model, "messages": messages}
    config = request.generation_config
    optional = {
        "temperature": config.temperature,
        "top_p": config.top_p,
        "max_tokens": config.max_output_tokens,
        "n": config.candidate_count,
        "presence_penalty": config.presence_penalty,
        "frequency_penalty": config.frequency_penalty,
        "seed": config.seed,
        "stop": list(config.stop_sequences) or None,
        "logprobs": config.response_logprobs,
        "top_logprobs": config.logprobs,
    }
    body.update({k: v for k, v in optional.items() if v is not None})
    if config.response_schema is not None:
        body["response_format"] = {
            "type": "json_schema",
            "json_schema": {"name": "answer", "schema": config.response_schema},
        }
    elif config.response_mime_type == "application/json":
        body["response_format"] = {"type": "json_object"}
    if vertex and config.thinking is not None and (thinking := config.thinking.to_body()):
        # Vertex reads Gemini-only settings from extra_body.google, in snake_case.
        body["extra_body"] = {
            "google": {"thinking_config": {_SNAKE_THINKING[k]: v for k, v in thinking.items()}}
        }
    if stream:
        body["stream"] = True
        body["stream_options"] = {"include_usage": True}
    return body


def _message(content: Content) -> dict[str, Any]:
    role = "assistant" if content.role == "model" else "user"
    parts = [p for p in content.parts if not p.thought]
    if all(p.text is not None for p in parts):
        return {"role": role, "content": "".join(p.text or "" for p in parts)}
    return {"role": role, "content": [_content_part(p) for p in parts]}


def _content_part(part: Part) -> dict[str, Any]:
    if part.text is not None:
        return {"type": "text", "text": part.text}
    if part.file_uri is not None:
        # Vertex's reference sample passes a Cloud Storage URI as a bare string.
        if part.file_uri.startswith("gs://"):
            return {"type": "image_url", "image_url": part.file_uri}
        return {"type": "image_url", "image_url": {"url": part.file_uri}}
    data = base64.b64encode(part.data or b"").decode("ascii")
    audio_format = _AUDIO_FORMATS.get(part.mime_type or "")
    if audio_format:
        return {"type": "input_audio", "input_audio": {"data": data, "format": audio_format}}
    return {"type": "image_url", "image_url": {"url": f"data:{part.mime_type};base64,{data}"}}


class ChatChunkAccumulator(Accumulator):
    """chat.completion.chunk payloads into the same deltas and Answer as the native API."""

    def _feed(self, chunk: dict[str, Any]) -> list[TextDelta | ThoughtDelta]:
        if usage := chunk.get("usage"):
            self.answer.usage = usage
        if model := chunk.get("model"):
            self.answer.model_version = model
        deltas: list[TextDelta | ThoughtDelta] = []
        for choice in chunk.get("choices") or []:
            if choice.get("index", 0) != 0:
                continue
            delta = choice.get("delta") or choice.get("message") or {}
            # Local servers (vLLM, llama.cpp, Ollama) send reasoning under one of these names.
            thought = delta.get("reasoning_content") or delta.get("reasoning")
            if isinstance(thought, str) and thought:
                self._add_thought(thought, deltas)
            text = delta.get("content")
            if isinstance(text, str) and text:
                self._add_text(text, deltas)
            if reason := choice.get("finish_reason"):
                self.answer.finish_reason = reason
        return deltas
