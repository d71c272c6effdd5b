"""How much of a photo's detail is sent: a setting the window shows before any service loads."""

from __future__ import annotations

from enum import StrEnum


class ImageDetail(StrEnum):
    ORIGINAL = "original"
    HIGH = "high"
    BALANCED = "balanced"
    LOW = "low"

    @property
    def long_side(self) -> int | None:
        return {"high": 3072, "balanced": 1536, "low": 768}.get(self.value)


DEFAULT_DETAIL = ImageDetail.BALANCED
