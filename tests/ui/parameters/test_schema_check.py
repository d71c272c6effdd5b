"""The response-schema check: JSON problems and schema problems, each with its line and column."""

from __future__ import annotations

import pytest

from desktop.ui.parameters.schema_check import check_schema


def test_empty_text_means_no_schema() -> None:
    assert check_schema("").schema is None
    assert check_schema("  \n ").problem is None


@pytest.mark.parametrize(
    ("text", "line", "column", "words"),
    [
        ('{"type": "OBJECT" "items": {}}', 1, 19, "comma is missing"),
        ('{"type": "OBJECT",}', 1, 19, "double quotes"),
        ('{type: "OBJECT"}', 1, 2, "double quotes"),
        ('{"type" "OBJECT"}', 1, 9, "colon"),
        ('{"type": }', 1, 10, "value is missing"),
        ('{"type": "OBJECT', 1, 10, "not closed"),
        ('{"type": "STRING"} x', 1, 20, "more text after the end"),
        ("\n\n  [", 3, 4, "value is missing"),
    ],
)
def test_json_problems_name_their_place(text: str, line: int, column: int, words: str) -> None:
    problem = check_schema(text).problem
    assert problem is not None
    assert (problem.line, problem.column) == (line, column), problem
    assert words in problem.message


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('["OBJECT"]', "must be an object in curly braces"),
        ('{"properties": {}}', '"type" is missing'),
        ('{"type": "DATE"}', '"DATE" is not a type the model knows'),
        ('{"type": 5}', "5 is not a type the model knows"),
        ('{"type": "OBJECT", "properties": []}', '"properties" must be an object'),
        ('{"type": "OBJECT", "properties": {"a": "STRING"}}', "must be an object in curly braces"),
        ('{"type": "ARRAY", "items": "STRING"}', '"items" must be an object'),
        ('{"type": "ARRAY"}', 'needs "items"'),
        ('{"type": "OBJECT", "required": "name"}', '"required" must be a list'),
        ('{"type": "STRING", "enum": []}', '"enum" must be a list'),
        ('{"anyOf": {}}', '"anyOf" must be a list'),
        ('{"anyOf": [{"type": "STRING"}, {"type": "TEXT"}]}', '"TEXT" is not a type'),
    ],
)
def test_schema_problems_are_named(text: str, words: str) -> None:
    result = check_schema(text)
    assert result.schema is None
    assert result.problem is not None
    assert words in result.problem.message, result.problem.message


def test_the_problem_points_at_the_wrong_value() -> None:
    text = '{\n  "type": "OBJECT",\n  "properties": {\n    "tags": {"type": "ARRAY", "items": {"type": "TXT"}}\n  }\n}'
    problem = check_schema(text).problem
    assert problem is not None
    assert (problem.line, problem.column) == (4, 49)
    assert text[problem.position : problem.position + problem.length] == '"TXT"'
    assert problem.field == "tags"
    assert problem.describe().startswith("Line 4, column 49, in “tags”: ")


def test_a_missing_type_points_at_its_object() -> None:
    text = '{"type": "OBJECT", "properties": {"a": {"description": "x"}}}'
    problem = check_schema(text).problem
    assert problem is not None
    assert text[problem.position] == "{"
    assert problem.position == text.index('{"description"')


@pytest.mark.parametrize(
    "text",
    [
        '{"type": "object", "properties": {"n": {"type": "integer"}}}',
        '{"type": "ARRAY", "items": {"type": "OBJECT", "properties": {"ok": {"type": "BOOLEAN"}}}}',
        '{"type": "STRING", "enum": ["red", "green"]}',
        '{"anyOf": [{"type": "STRING"}, {"type": "NUMBER"}]}',
        '{"type": "OBJECT", "properties": {}, "required": [], "propertyOrdering": ["a"]}',
    ],
)
def test_valid_schemas_pass(text: str) -> None:
    result = check_schema(text)
    assert result.problem is None
    assert isinstance(result.schema, dict)


def test_columns_count_characters_not_bytes() -> None:
    problem = check_schema('{"description": "café ☕", "type": "X"}').problem
    assert problem is not None
    assert problem.column == 35
