"""The fault matrix is whole: every case once, each played by a test that exists. Run with
-s, this prints the matrix as the table the closing note of issue #13 quotes."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

from tests.faults.cases import CASES, FaultCase

REPO_ROOT = Path(__file__).resolve().parents[2]


def functions_in(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test")
    }


def test_every_case_appears_once_and_names_a_test_that_exists() -> None:
    assert [id for id, count in Counter(case.id for case in CASES).items() if count > 1] == []
    for case in CASES:
        path, _, function = case.test.partition("::")
        assert path.startswith("tests/faults/"), f"{case.id}: its test is outside the suite"
        assert function.split("[")[0] in functions_in(REPO_ROOT / path), case.test


def cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def table(cases: list[FaultCase]) -> str:
    lines = [
        "| case | fault | what the user sees | ends | requests sent | time to give up |",
        "|---|---|---|---|---|---|",
    ]
    for case in cases:
        requests = "–" if case.requests is None else case.requests
        row = (case.id, case.fault, case.sees, case.ends, requests, case.gives_up)
        lines.append("| " + " | ".join(cell(value) for value in row) + " |")
    return "\n".join(lines)


def test_print_the_matrix() -> None:
    printed = table(CASES)
    print("\n" + printed)
    assert printed.count("\n") == len(CASES) + 1
