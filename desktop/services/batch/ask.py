"""What a batch asks of every file, and how each answer becomes the result's fields (the
columns of the CSV and the review table, the XMP properties).

A preset (alt text, caption, keywords, title) or a custom prompt gives one field; a JSON
schema asks for structured output, and its object's properties are the fields.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop.core.errors import InvalidRequestError
from desktop.core.messages import Message

FieldValue = str | list[str] | int | float | bool | None


class Preset(StrEnum):
    ALT_TEXT = "alt-text"
    CAPTION = "caption"
    KEYWORDS = "keywords"
    TITLE = "title"


# Sent to the model as they are (prompts are English, as describe's default prompt is).
PRESET_PROMPTS = {
    Preset.ALT_TEXT: (
        "Write alt text for this picture, for people who use a screen reader: one or two "
        "short sentences, at most 125 characters, saying what matters in it. Do not begin "
        'with "Image of", "Photo of" or "Picture of". Answer with the alt text only.'
    ),
    Preset.CAPTION: (
        "Write a caption for this picture as a photo editor would: one or two sentences "
        "saying who or what is shown, where, and what is happening, as far as can be seen. "
        "Answer with the caption only."
    ),
    Preset.KEYWORDS: (
        "List 10 to 25 keywords for this picture, for a photo library: subjects, setting, "
        "colours, mood and concepts, the most important first, each a word or a short "
        "phrase, separated by commas. Answer with the keywords only."
    ),
    Preset.TITLE: (
        "Write a short title for this picture, at most eight words, without quotation "
        "marks. Answer with the title only."
    ),
}

PRESET_FIELDS = {
    Preset.ALT_TEXT: "alt_text",
    Preset.CAPTION: "caption",
    Preset.KEYWORDS: "keywords",
    Preset.TITLE: "title",
}

CUSTOM_FIELD = "text"


@dataclass(frozen=True)
class Ask:
    """The question of a batch: its prompt, and the JSON schema of structured output."""

    prompt: str
    preset: Preset | None = None
    schema: Mapping[str, Any] | None = field(default=None, hash=False)
    context: bool = False
    """Send each photo's existing title and keywords along (services/batch/existing.py)."""

    @classmethod
    def of(
        cls,
        *,
        preset: Preset | None = None,
        prompt: str | None = None,
        schema: Mapping[str, Any] | None = None,
        context: bool = False,
    ) -> Ask:
        """A preset, a prompt, or a schema (with a prompt of its own or the preset's)."""
        if prompt is None:
            preset = preset or (None if schema is not None else Preset.ALT_TEXT)
            prompt = PRESET_PROMPTS[preset] if preset else _SCHEMA_PROMPT
        return cls(prompt, None if schema is not None else preset, schema, context)

    @property
    def columns(self) -> list[str]:
        """The result's fields, in order."""
        if self.schema is not None:
            return schema_columns(self.schema)
        return [PRESET_FIELDS[self.preset] if self.preset else CUSTOM_FIELD]

    def to_dict(self) -> dict[str, Any]:
        # "context" only when on: the batches saved before it keep their key (--resume).
        return {
            "prompt": self.prompt,
            "preset": self.preset and str(self.preset),
            "schema": None if self.schema is None else dict(self.schema),
        } | ({"context": True} if self.context else {})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Ask:
        """The ask `to_dict` wrote (a batch found again in the history)."""
        preset = data.get("preset")
        schema = data.get("schema")
        return cls(
            str(data.get("prompt") or ""),
            Preset(preset) if preset in {p.value for p in Preset} else None,
            schema if isinstance(schema, Mapping) else None,
            data.get("context") is True,
        )

    def fields_of(self, text: str, file: str) -> dict[str, FieldValue]:
        """The answer's fields; InvalidRequestError when structured output is not the
        object the schema describes (the text is kept with the failure)."""
        if self.schema is not None:
            return _structured_fields(text, self.columns, self.schema, file)
        column = self.columns[0]
        if self.preset is Preset.KEYWORDS:
            return {column: keyword_list(text)}
        return {column: text.strip()}


_SCHEMA_PROMPT = "Describe this picture, filling in every field of the requested JSON."


def schema_columns(schema: Mapping[str, Any]) -> list[str]:
    """An object schema's properties in their order (propertyOrdering first, as Gemini
    uses it); "value" for any other schema."""
    properties = schema.get("properties")
    if not isinstance(properties, Mapping) or not properties:
        return ["value"]
    ordering = [name for name in schema.get("propertyOrdering") or [] if name in properties]
    return ordering + [name for name in properties if name not in ordering]


def keyword_list(text: str) -> list[str]:
    """Keywords from an answer: a JSON array, or words separated by commas, semicolons or
    lines (list bullets and numbers dropped); each once, in order."""
    stripped = text.strip()
    items: list[Any]
    try:
        parsed = json.loads(stripped)
        items = parsed if isinstance(parsed, list) else re.split(r"[,;\n]", stripped)
    except ValueError:
        items = re.split(r"[,;\n]", stripped)
    keywords: list[str] = []
    seen: set[str] = set()
    for item in items:
        word = re.sub(r"^\s*(?:[-*•]|\d+[.)])\s*", "", str(item)).strip().strip("\"'").strip()
        if word and word.casefold() not in seen:
            seen.add(word.casefold())
            keywords.append(word)
    return keywords


def _structured_fields(
    text: str, columns: list[str], schema: Mapping[str, Any], file: str
) -> dict[str, FieldValue]:
    try:
        value = json.loads(text)
    except ValueError as exc:
        raise _not_json(file, str(exc)) from exc
    if columns == ["value"] and not isinstance(schema.get("properties"), Mapping):
        return {"value": _field_value(value)}
    if not isinstance(value, dict):
        raise _not_json(file, f"a {type(value).__name__}, not an object")
    return {column: _field_value(value.get(column)) for column in columns}


def _field_value(value: Any) -> FieldValue:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list) and all(isinstance(item, str | int | float) for item in value):
        return [str(item) for item in value]
    return json.dumps(value, ensure_ascii=False)


def _not_json(file: str, reason: str) -> InvalidRequestError:
    return InvalidRequestError(
        Message("batch.not_json", file=file),
        hint=Message("batch.not_json.hint"),
        status="NOT_JSON",
        server_message=reason,
    )
