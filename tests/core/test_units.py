"""One rule for bytes in words, wherever a size is shown (core/units.py)."""

from __future__ import annotations

import pytest

from desktop.core.units import size_parts, size_text

KB = 1024
MB = KB * KB
GB = KB * MB


@pytest.mark.parametrize(
    ("size", "text"),
    [
        (0, "0 bytes"),
        (1, "1 byte"),
        (1023, "1023 bytes"),
        (KB, "1 KB"),
        (24_000, "23.4 KB"),
        (800_000, "781 KB"),
        (MB - 1, "1 MB"),  # never "1024 KB"
        (2_516_582, "2.4 MB"),
        (14_900_000, "14.2 MB"),
        (int(14.94 * MB), "14.9 MB"),
        (int(99.96 * MB), "100 MB"),  # never "100.0 MB"
        (150 * MB, "150 MB"),
        (GB - 1, "1 GB"),
        (2 * GB, "2 GB"),
        (int(2.3 * GB), "2.3 GB"),
        (5000 * GB, "4.9 TB"),
    ],
)
def test_size_text(size: int, text: str) -> None:
    assert size_text(size) == text


def test_size_parts_keep_the_unit_apart_for_translation() -> None:
    assert size_parts(int(14.94 * MB)) == ("14.9", "MB")
    assert size_parts(1) == ("1", "byte")
