"""A real history with one full conversation: two photos, a video clip, a Markdown answer
with thoughts and sources, a stopped answer and a failed one, and every setting set."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

from desktop.core.answer import Answer
from desktop.core.conversation import ChatSettings, Conversation, NewAttachment, TurnStatus
from desktop.core.errors import NetworkError
from desktop.services.history import HistoryStore
from tests.photos import png_bytes
from tests.services.history.helpers import StepClock
from tests.settings import EVERY_SETTING

RED_PHOTO = png_bytes(6, 4, (200, 30, 30))
BLUE_PHOTO = png_bytes(4, 6, (30, 60, 200))
VIDEO = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64
PROMPT = "What are these two photos of? Keep it short <b>please</b>."
ANSWER = """## Two photos

The first is **red**, the second *blue*. See [colour theory](https://en.wikipedia.org/wiki/Color_theory).

| Photo | Colour |
|-------|:------:|
| 1     | red    |
| 2     | blue   |

- tomatoes
- the sea
  - on a calm day

```python
print("<not a tag>")
```
"""
THOUGHTS = "The user sent two solid-colour images.\n\nI should **name the colours**."
SOURCES_URL = "https://example.org/colours"


def fill(store: HistoryStore, settings: ChatSettings | None = None) -> int:
    """The conversation, saved through the store's own methods as the window saves it."""
    conversation = store.create_conversation(settings or EVERY_SETTING)
    store.add_user_turn(
        conversation,
        PROMPT,
        [
            NewAttachment(RED_PHOTO, "image/png", "photo.png"),
            NewAttachment(BLUE_PHOTO, "image/png", "photo.png"),  # same name, other file
        ],
    )
    answer = store.start_model_turn(conversation)
    store.finish_model_turn(
        answer,
        Answer(
            text=ANSWER,
            thoughts=THOUGHTS,
            finish_reason="STOP",
            usage={"promptTokenCount": 1290, "candidatesTokenCount": 87, "totalTokenCount": 1377},
            model_version="gemini-2.5-flash-001",
            citations=[{"uri": SOURCES_URL, "title": "Colours"}],
            safety_ratings=[{"category": "HARM_CATEGORY_HARASSMENT", "probability": "LOW"}],
        ),
    )
    store.add_user_turn(
        conversation,
        "And this clip?",
        [NewAttachment(VIDEO, "video/mp4", "holiday clip.mp4", clip_start=1.5, clip_end=4.25)],
    )
    stopped = store.start_model_turn(conversation)
    store.save_partial(stopped, "It shows a beach and")
    store.finish_model_turn(
        stopped,
        Answer(text="It shows a beach and", model_version="gemini-2.5-flash-001"),
        status=TurnStatus.STOPPED,
    )
    store.add_user_turn(conversation, "Try again please")
    failed = store.start_model_turn(conversation)
    store.finish_model_turn(
        failed,
        error=NetworkError("The connection dropped.", hint="Send again to get the whole answer."),
    )
    return conversation


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore.open(tmp_path / "data", clock=StepClock()) as opened:
        yield opened


@pytest.fixture
def conversation(store: HistoryStore) -> Conversation:
    return store.load(fill(store))


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


class _Outline(HTMLParser):
    VOID = frozenset({"br", "hr", "img", "input"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "input":
            tag += "[x]" if "checked" in dict(attrs) else "[ ]"
        self.parts.append(tag if tag.split("[")[0] in self.VOID else f"{tag}(")

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.VOID:
            self.parts.append(")")

    def handle_data(self, data: str) -> None:
        if text := " ".join(data.split()):
            self.parts.append(text)


def outline(html: str) -> str:
    """The structure of `html` without its layout whitespace or attributes (an input keeps
    its checked state): "<ul><li><p>a</p></li></ul>" is "ul(li(p(a)))"."""
    parser = _Outline()
    parser.feed(html)
    parser.close()
    return " ".join(parser.parts).replace("( ", "(").replace(" )", ")")
