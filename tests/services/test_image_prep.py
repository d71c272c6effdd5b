"""Photos made ready to send: upright, sized to the chosen detail, without metadata."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from desktop.core.errors import FileProblemError
from desktop.core.image_detail import ImageDetail
from desktop.services.image_prep import prepare_image
from tests.photos import camera_photo as photo


def opened(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


@pytest.mark.parametrize(
    ("detail", "side"),
    [(ImageDetail.HIGH, 3072), (ImageDetail.BALANCED, 1536), (ImageDetail.LOW, 768)],
)
def test_each_detail_caps_the_long_side(detail: ImageDetail, side: int) -> None:
    prepared = prepare_image(photo(), "image/jpeg", detail)
    assert max(prepared.width, prepared.height) == side
    assert opened(prepared.data).size == (prepared.width, prepared.height)
    assert prepared.mime_type == "image/jpeg"


def test_the_default_sends_at_most_15_percent_of_a_12_megapixel_photo() -> None:
    original = photo()
    prepared = prepare_image(original, "image/jpeg")
    assert prepared.ratio <= 0.15, f"{prepared.ratio:.1%}"


def test_exif_orientation_is_applied_and_all_metadata_dropped() -> None:
    # Orientation 6: the camera was turned; the pixels are stored sideways.
    prepared = prepare_image(photo(400, 300, orientation=6, gps=True), "image/jpeg")
    assert (prepared.width, prepared.height) == (300, 400)  # upright now
    assert prepared.has_location
    assert dict(opened(prepared.data).getexif()) == {}  # no camera, no GPS, nothing


def test_original_keeps_the_bytes_and_says_location_goes_along() -> None:
    original = photo(400, 300, gps=True)
    prepared = prepare_image(original, "image/jpeg", ImageDetail.ORIGINAL)
    assert prepared.data == original and prepared.has_location


def test_transparent_png_and_line_art_stay_png() -> None:
    logo = Image.new("RGBA", (600, 400), (0, 0, 0, 0))
    logo.paste((80, 60, 200, 255), (100, 100, 500, 300))
    diagram = Image.new("RGB", (2400, 1600), "white")
    diagram.paste((0, 0, 0), (100, 100, 2300, 110))
    for source in (logo, diagram):
        out = io.BytesIO()
        source.save(out, format="PNG")
        prepared = prepare_image(out.getvalue(), "image/png")
        assert prepared.mime_type == "image/png"
        assert opened(prepared.data).mode == source.mode
    assert prepare_image(out.getvalue(), "image/png").width == 1536


def test_a_truncated_photo_is_named_as_damaged() -> None:
    data = photo(800, 600)
    with pytest.raises(FileProblemError, match=r"holiday\.jpg is damaged") as caught:
        prepare_image(data[: len(data) // 2], "image/jpeg", name="holiday.jpg")
    assert "save it again" in caught.value.hint


def test_not_an_image_at_all() -> None:
    with pytest.raises(FileProblemError, match="damaged"):
        prepare_image(b"%PDF-1.7 not a picture", "image/jpeg")
