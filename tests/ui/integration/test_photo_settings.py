"""Photos and video in the Settings panel, end to end: the image detail chosen there is the
size the photo reaches the server at, it is still chosen after a restart, and the media
resolution goes out in the request and is saved with the conversation."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from desktop.core.image_detail import DEFAULT_DETAIL, ImageDetail
from desktop.core.request import MediaResolution
from desktop.ui.parameters.inputs import ChoiceComboBox
from tests.ui.attachments import samples
from tests.ui.integration.conftest import close
from tests.ui.integration.helpers import App, inline_images


@pytest.fixture
def big_photo(tmp_path: Path) -> Path:
    """A real JPEG, 2000×1500: larger than every detail but Original lets through."""
    path = tmp_path / "files" / "street.jpg"
    path.parent.mkdir(exist_ok=True)
    return samples.write_image(path, 2000, 1500, "JPEG")


def choose(combo: ChoiceComboBox, value: object) -> None:
    combo.setCurrentIndex(combo.values().index(value))


def test_the_image_detail_sizes_the_photo_sent_and_survives_a_restart(
    make_app: Callable[..., App], big_photo: Path
) -> None:
    app = make_app()
    app.wait_until_started()
    assert app.controller.chat.image_detail is DEFAULT_DETAIL
    dock = app.window.dock
    dock.media_section.set_expanded(True)
    detail = dock.control("image_detail")
    resolution = dock.control("media_resolution")
    assert isinstance(detail, ChoiceComboBox) and isinstance(resolution, ChoiceComboBox)
    choose(detail, ImageDetail.LOW)
    choose(resolution, MediaResolution.HIGH)
    assert app.controller.chat.image_detail is ImageDetail.LOW

    app.drop(big_photo)
    app.wait_for_attachments(1)
    app.ask("What does the sign say?")

    body = app.streams()[-1]
    [(mime, data)] = inline_images(body)
    assert mime == "image/jpeg"
    with Image.open(io.BytesIO(data)) as sent:
        assert sent.size == (768, 576)
    assert body["generationConfig"]["mediaResolution"] == "MEDIA_RESOLUTION_HIGH"
    assert app.saved().settings.generation_config.media_resolution is MediaResolution.HIGH
    close(app)

    again = make_app()
    again.wait_until_started()
    assert again.window.dock.image_detail() is ImageDetail.LOW
    assert again.controller.chat.image_detail is ImageDetail.LOW


def test_original_sends_the_photo_as_taken_and_says_so(
    make_app: Callable[..., App], big_photo: Path
) -> None:
    app = make_app()
    app.wait_until_started()
    dock = app.window.dock
    dock.media_section.set_expanded(True)
    assert not dock.original_photo_warning.isVisible()
    detail = dock.control("image_detail")
    assert isinstance(detail, ChoiceComboBox)
    choose(detail, ImageDetail.ORIGINAL)
    assert dock.original_photo_warning.isVisible()
    assert app.controller.chat.image_detail is ImageDetail.ORIGINAL

    app.drop(big_photo)
    app.wait_for_attachments(1)
    app.ask("Where was this taken?")

    [(mime, data)] = inline_images(app.streams()[-1])
    assert (mime, data) == ("image/jpeg", big_photo.read_bytes())
