"""Markdown answers for the conversation tests and the render benchmark: every construct a model
writes (headings, loose and tight lists, tables, links, quotes, fenced and nested code)."""

from __future__ import annotations

import random

_WORDS = [
    "the",
    "quick",
    "brown",
    "fox",
    "jumps",
    "over",
    "a",
    "lazy",
    "dog",
    "near",
    "river",
    "mountain",
    "light",
    "stream",
    "answer",
    "model",
    "window",
    "garden",
    "yellow",
    "simple",
    "careful",
    "example",
    "value",
    "result",
    "function",
    "number",
    "system",
    "table",
]

_CODE = {
    "python": (
        "def total(values: list[int]) -> int:\n"
        '    """Add the numbers up."""\n'
        "    result = 0\n"
        "{body}"
        "    return result"
    ),
    "javascript": (
        "function total(values) {{\n"
        "  // Add the numbers up.\n"
        "  let result = 0;\n"
        "{body}"
        "  return result;\n"
        "}}"
    ),
    "bash": '#!/usr/bin/env bash\nset -euo pipefail\n{body}echo "done"',
    "json": '{{\n  "name": "example",\n  "values": [\n{body}    0\n  ]\n}}',
}
_LINES = {
    "python": "    result += values[{i}] * {n}  # step {i}\n",
    "javascript": "  result += values[{i}] * {n}; // step {i}\n",
    "bash": 'cp "file-{i}.txt" "backup/file-{n}.txt"  # copy {i}\n',
    "json": "    {n},\n",
}


def _sentence(r: random.Random, words: int = 0) -> str:
    count = words or r.randint(7, 18)
    picked = [r.choice(_WORDS) for _ in range(count)]
    picked[r.randrange(count)] = f"**{r.choice(_WORDS)}**"
    picked[r.randrange(count)] = f"`{r.choice(_WORDS)}()`"
    if r.random() < 0.35:
        word = r.choice(_WORDS)
        picked[r.randrange(count)] = f"[{word}](https://example.com/{word})"
    if r.random() < 0.25:
        picked[r.randrange(count)] = f"*{r.choice(_WORDS)}*"
    return " ".join(picked).capitalize() + "."


def _code(r: random.Random, language: str, indent: str = "") -> str:
    body = "".join(
        _LINES[language].format(i=i, n=r.randint(1, 99)) for i in range(r.randint(4, 22))
    )
    code = _CODE[language].format(body=body)
    fenced = f"```{language}\n{code}\n```"
    return "\n".join(indent + line if line else line for line in fenced.split("\n"))


def _section(r: random.Random, number: int) -> str:
    kind = number % 8
    parts = [
        f"## {number}. {' '.join(r.choice(_WORDS) for _ in range(3)).title()}",
        " ".join(_sentence(r) for _ in range(r.randint(2, 5))),
    ]
    if kind in (0, 4):
        items = []
        for _ in range(r.randint(3, 6)):
            item = f"- {_sentence(r, 8)}"
            if r.random() < 0.3:
                item += f"\n  - {_sentence(r, 5)}"
            items.append(item)
        parts.append("\n".join(items))
    if kind in (1, 5):
        rows = "\n".join(
            f"| {r.choice(_WORDS)} | {r.randint(1, 999)} | {_sentence(r, 5)} |"
            for _ in range(r.randint(3, 8))
        )
        parts.append(f"| Name | Value | Notes |\n|---|---:|---|\n{rows}")
    if kind in (2, 3, 6, 7):
        parts.append(_code(r, r.choice(list(_CODE))))
    if kind == 3:
        parts.append(f"> {_sentence(r)}\n> {_sentence(r)}")
    if kind == 6:
        # A loose numbered list with a code block inside an item, as models like to write.
        parts.append(
            f"1. {_sentence(r, 6)}\n\n{_code(r, 'bash', '   ')}\n\n2. {_sentence(r, 6)}\n\n"
            f"3. {_sentence(r, 6)}"
        )
    if kind == 7:
        parts.append("### " + " ".join(r.choice(_WORDS) for _ in range(4)).title())
        parts.append("\n".join(f"{i}. {_sentence(r, 7)}" for i in range(1, r.randint(3, 6))))
        parts.append("---")
    parts.append(" ".join(_sentence(r) for _ in range(r.randint(1, 4))))
    return "\n\n".join(parts)


def long_answer(size: int, seed: int = 7) -> str:
    """About `size` characters of varied Markdown (the same text for the same arguments)."""
    r = random.Random(seed)
    sections = ["# A long answer\n\nAn introduction with a [link](https://example.com) first."]
    length = len(sections[0])
    number = 0
    while length < size:
        number += 1
        section = _section(r, number)
        sections.append(section)
        length += len(section) + 2
    return "\n\n".join(sections) + "\n"


MIXED_ANSWER = """# Reading a CSV file

Python's [csv module](https://docs.python.org/3/library/csv.html) reads the file **row by
row**; `csv.DictReader` gives each row as a dictionary.

## Steps

1. Open the file with `newline=""`.
2. Read the rows.

   Each row is a dictionary keyed by the header.

3. Average the column.

- tight item one
- tight item two
  - nested item

```python
import csv
from statistics import mean


def column_average(path: str, column: str) -> float:
    with open(path, newline="", encoding="utf-8") as f:
        return mean(float(row[column]) for row in csv.DictReader(f) if row[column])
```

| Month | Orders | Total |
|-------|-------:|------:|
| January | 112 | 1,640.00 |
| February | 98 | 1,512.50 |

> A quote that spans
> two lines, with `code` in it.

Text after a rule:

---

```
plain code without a language
```

Done. See <https://example.org/more> for more.
"""
