"""What a 12-megapixel photo costs to send: bytes at each detail, and preparation time.

Target: at the default detail, at most 15% of the original file. Prints the figures; the
normal run asserts only that every photo came out sized right.
"""

from __future__ import annotations

import statistics
import time

import pytest

from desktop.core.image_detail import DEFAULT_DETAIL, ImageDetail
from desktop.services.image_prep import prepare_image
from tests.photos import camera_photo

PHOTOS = 5


def test_photo_preparation(capsys: pytest.CaptureFixture[str]) -> None:
    originals = [camera_photo(seed=seed) for seed in range(PHOTOS)]
    lines = []
    for detail in (ImageDetail.HIGH, ImageDetail.BALANCED, ImageDetail.LOW):
        ratios, seconds = [], []
        for data in originals:
            start = time.process_time()
            prepared = prepare_image(data, "image/jpeg", detail)
            seconds.append(time.process_time() - start)
            ratios.append(prepared.ratio)
            assert max(prepared.width, prepared.height) == detail.long_side
        default = " (default)" if detail is DEFAULT_DETAIL else ""
        lines.append(
            f"{detail.value}{default}: {statistics.mean(ratios):.1%} of the original "
            f"(worst {max(ratios):.1%}), {statistics.median(seconds) * 1000:.0f} ms CPU per photo"
        )
    size = statistics.mean(len(d) for d in originals) / 1e6
    with capsys.disabled():
        print(
            f"\n[benchmark] 4032x3024 JPEG photos of {size:.1f} MB, target <= 15% at the default:"
        )
        for line in lines:
            print(f"[benchmark]   {line}")
