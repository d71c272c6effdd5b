"""The response-schema check the editor runs as you type: valid JSON, then a light look at the
OpenAPI subset Gemini reads. No widgets here, so it is quick to test.

Every problem names its line and column in plain words, so a person who has never seen a
parser message can find the spot.
"""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass
from json.decoder import scanstring
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

SCHEMA_TYPES = ("OBJECT", "ARRAY", "STRING", "NUMBER", "INTEGER", "BOOLEAN")

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class SchemaProblem:
    """What is wrong, and where (1-based line and column, in characters)."""

    message: str
    line: int
    column: int
    position: int  # offset in the text, for the editor's cursor and underline
    length: int = 1  # how many characters to underline
    field: str = ""  # the nearest named field, to say where in plain words

    def describe(self) -> str:
        if self.field:
            where = QCoreApplication.translate(
                "SchemaCheck", "Line %1, column %2, in “%4”: %3"
            ).replace("%4", self.field)
        else:
            where = QCoreApplication.translate("SchemaCheck", "Line %1, column %2: %3")
        return (
            where.replace("%1", str(self.line))
            .replace("%2", str(self.column))
            .replace("%3", self.message)
        )


@dataclass(frozen=True)
class SchemaResult:
    """The parsed schema (None when the text is empty or has a problem) and the problem."""

    schema: dict[str, Any] | None
    problem: SchemaProblem | None


def check_schema(text: str) -> SchemaResult:
    """Parse and check `text`; empty text (only spaces) means "no schema" and is fine."""
    if not text.strip():
        return SchemaResult(None, None)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        return SchemaResult(None, _problem(text, error.pos, _json_message(error)))
    except RecursionError:
        return SchemaResult(
            None,
            _problem(
                text,
                0,
                QCoreApplication.translate("SchemaCheck", "the schema is nested too deeply."),
            ),
        )
    if not isinstance(value, dict):
        return SchemaResult(
            None,
            _problem(
                text,
                _first_non_space(text),
                QCoreApplication.translate(
                    "SchemaCheck",
                    'the schema must be an object in curly braces, like { "type": "OBJECT" }.',
                ),
            ),
        )
    found = _structure_problem(value, ())
    if found is None:
        return SchemaResult(value, None)
    path, message = found
    start, end = _value_spans(text).get(path, (_first_non_space(text), len(text)))
    if text[start : start + 1] in ("{", "["):
        end = start + 1  # a whole object would be too much to underline: mark its start
    return SchemaResult(
        None, _problem(text, start, message, length=end - start, field=_field_name(path))
    )


def _field_name(path: Path) -> str:
    """The name of the innermost field on `path` ("" at the top level)."""
    for before, step in zip(reversed(path[:-1]), reversed(path[1:]), strict=True):
        if before == "properties" and isinstance(step, str):
            return step
    return ""


# -- JSON syntax ----------------------------------------------------------------------------------

# Python's parser messages, in words for someone who does not write JSON every day (marked
# for lupdate here, translated in _json_message).
_JSON_MESSAGES = (
    (
        "Expecting ',' delimiter",
        QT_TRANSLATE_NOOP("SchemaCheck", "a comma is missing between two entries."),
    ),
    (
        "Expecting property name enclosed in double quotes",
        QT_TRANSLATE_NOOP(
            "SchemaCheck",
            'a name in "double quotes" is expected here (or there is a comma too many).',
        ),
    ),
    (
        "Expecting ':' delimiter",
        QT_TRANSLATE_NOOP("SchemaCheck", "a colon (:) is missing after the name."),
    ),
    (
        "Expecting value",
        QT_TRANSLATE_NOOP("SchemaCheck", "a value is missing here (or there is a comma too many)."),
    ),
    (
        "Unterminated string",
        QT_TRANSLATE_NOOP("SchemaCheck", 'a text in quotes is not closed: add the closing ".'),
    ),
    (
        "Invalid control character",
        QT_TRANSLATE_NOOP(
            "SchemaCheck", "a text in quotes runs over a line break: close it first."
        ),
    ),
    (
        "Invalid \\escape",
        QT_TRANSLATE_NOOP(
            "SchemaCheck", "a backslash (\\) starts an unknown code: write \\\\ for a backslash."
        ),
    ),
    (
        "Extra data",
        QT_TRANSLATE_NOOP("SchemaCheck", "there is more text after the end of the schema."),
    ),
)


def _json_message(error: json.JSONDecodeError) -> str:
    for start, words in _JSON_MESSAGES:
        if error.msg.startswith(start):
            return QCoreApplication.translate("SchemaCheck", words)
    return QCoreApplication.translate("SchemaCheck", "this is not valid JSON (%1).").replace(
        "%1", error.msg
    )


def _problem(
    text: str, position: int, message: str, *, length: int = 1, field: str = ""
) -> SchemaProblem:
    position = max(0, min(position, len(text)))
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    return SchemaProblem(
        message=message,
        line=line,
        column=column,
        position=position,
        length=max(1, length),
        field=field,
    )


def _first_non_space(text: str) -> int:
    return len(text) - len(text.lstrip())


# -- Structure ------------------------------------------------------------------------------------


def _type_list() -> str:
    return ", ".join(SCHEMA_TYPES)


def _structure_problem(node: Any, path: Path) -> tuple[Path, str] | None:
    """The first problem in a schema node: where (a path of keys) and what."""
    if not isinstance(node, dict):
        return path, QCoreApplication.translate(
            "SchemaCheck", "each part of the schema must be an object in curly braces."
        )
    any_of = node.get("anyOf")
    if "anyOf" in node:
        if not isinstance(any_of, list) or not any_of:
            return (*path, "anyOf"), QCoreApplication.translate(
                "SchemaCheck", '"anyOf" must be a list of schemas in [ ].'
            )
        for index, option in enumerate(any_of):
            if found := _structure_problem(option, (*path, "anyOf", index)):
                return found
    kind = node.get("type")
    if "type" not in node:
        if "anyOf" in node:
            return None
        return path, QCoreApplication.translate(
            "SchemaCheck", '"type" is missing. Add one of: %1.'
        ).replace("%1", _type_list())
    if not isinstance(kind, str) or kind.upper() not in SCHEMA_TYPES:
        shown = json.dumps(kind, ensure_ascii=False)
        return (*path, "type"), (
            QCoreApplication.translate(
                "SchemaCheck", "%1 is not a type the model knows. Use one of: %2."
            )
            .replace("%1", shown)
            .replace("%2", _type_list())
        )
    if "properties" in node:
        properties = node["properties"]
        if not isinstance(properties, dict):
            return (*path, "properties"), QCoreApplication.translate(
                "SchemaCheck",
                '"properties" must be an object that names each field, like '
                '{ "name": { "type": "STRING" } }.',
            )
        for name, child in properties.items():
            if found := _structure_problem(child, (*path, "properties", name)):
                return found
    if "items" in node:
        items = node["items"]
        if not isinstance(items, dict):
            return (*path, "items"), QCoreApplication.translate(
                "SchemaCheck",
                '"items" must be an object that describes one entry, like { "type": "STRING" }.',
            )
        if found := _structure_problem(items, (*path, "items")):
            return found
    elif kind.upper() == "ARRAY":
        return (*path, "type"), QCoreApplication.translate(
            "SchemaCheck",
            'a list (ARRAY) needs "items" saying what each entry looks like, '
            'like "items": { "type": "STRING" }.',
        )
    required = node.get("required")
    if "required" in node and not (
        isinstance(required, list) and all(isinstance(name, str) for name in required)
    ):
        return (*path, "required"), QCoreApplication.translate(
            "SchemaCheck", '"required" must be a list of field names, like [ "name", "age" ].'
        )
    enum = node.get("enum")
    if "enum" in node and not (isinstance(enum, list) and enum):
        return (*path, "enum"), QCoreApplication.translate(
            "SchemaCheck", '"enum" must be a list of the allowed values, like [ "a", "b" ].'
        )
    return None


# -- Where each value starts ----------------------------------------------------------------------

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_SCALAR = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null|NaN|-?Infinity")


def _value_spans(text: str) -> dict[Path, tuple[int, int]]:
    """Where each value starts and ends, by its path of keys and list indexes.

    Only called on text json.loads accepted, so this walk can trust the syntax. Where a key
    repeats, the last one wins, as it does for json.loads.
    """
    spans: dict[Path, tuple[int, int]] = {}

    def skip(index: int) -> int:
        match = _WHITESPACE.match(text, index)
        return match.end() if match else index

    def value(index: int, path: Path) -> int:
        start = skip(index)
        end = parse(start, path)
        spans[path] = (start, end)
        return end

    def parse(index: int, path: Path) -> int:
        char = text[index]
        if char == "{":
            index = skip(index + 1)
            if text[index] == "}":
                return index + 1
            while True:
                key, index = scanstring(text, index + 1)
                index = skip(index)  # at ':'
                index = skip(value(index + 1, (*path, key)))
                if text[index] == "}":
                    return index + 1
                index = skip(index + 1)  # past ','
        if char == "[":
            index = skip(index + 1)
            if text[index] == "]":
                return index + 1
            position = 0
            while True:
                index = skip(value(index, (*path, position)))
                position += 1
                if text[index] == "]":
                    return index + 1
                index += 1
        if char == '"':
            return scanstring(text, index + 1)[1]
        match = _SCALAR.match(text, index)
        return match.end() if match else index + 1

    # Not expected after json.loads accepted the text; the spans are only a nicety.
    with contextlib.suppress(IndexError, ValueError):
        value(0, ())
    return spans
