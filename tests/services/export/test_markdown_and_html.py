"""Markdown with its files beside it, and the self-contained web page."""

from __future__ import annotations

import base64
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest

from desktop.core.conversation import Conversation, NewAttachment
from desktop.core.errors import FileProblemError
from desktop.services.export import ExportLabels, export_html, export_markdown
from desktop.services.export.markdown_html import render
from desktop.services.history import HistoryStore
from tests.services.export.conftest import (
    ANSWER,
    BLUE_PHOTO,
    RED_PHOTO,
    SOURCES_URL,
    THOUGHTS,
    VIDEO,
    outline,
)

SCRIPT_PROMPT = 'Is <script>alert("hi")</script> safe? & what about <img src=x onerror=alert(1)>'

# --- Markdown -------------------------------------------------------------------------------


def test_markdown_keeps_the_files_beside_it_with_working_relative_links(
    conversation: Conversation, store: HistoryStore, out: Path
) -> None:
    path = export_markdown(conversation, store.attachment_bytes, out, name="Colours")

    assert path == out / "Colours.md"
    text = path.read_text(encoding="utf-8")
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert len(images) == 2
    assert [(path.parent / unquote(link)).read_bytes() for link in images] == [
        RED_PHOTO,
        BLUE_PHOTO,
    ]
    # Two photos with one name: both kept, the second renamed.
    assert sorted(p.name for p in (out / "Colours files").iterdir()) == [
        "holiday clip.mp4",
        "photo (2).png",
        "photo.png",
    ]
    video = re.search(r"\[holiday clip\.mp4\]\(([^)]+)\)", text)
    assert video and (path.parent / unquote(video.group(1))).read_bytes() == VIDEO
    assert all(not Path(unquote(link)).is_absolute() for link in images)


def test_markdown_keeps_the_answer_and_puts_thoughts_and_facts_around_it(
    conversation: Conversation, store: HistoryStore, out: Path
) -> None:
    text = export_markdown(conversation, store.attachment_bytes, out).read_text(encoding="utf-8")

    assert ANSWER.strip() in text  # as the model wrote it
    thoughts = re.search(
        r"<details>\n<summary>Thoughts</summary>\n\n(.*?)\n\n</details>", text, re.S
    )
    assert thoughts and thoughts.group(1) == THOUGHTS
    assert "<sub>gemini-2.5-flash-001 · 1,290 tokens in · 87 out</sub>" in text
    assert f"- [Colours](<{SOURCES_URL}>)" in text
    assert "> Stopped before the end." in text
    assert "> The connection dropped. Send again to get the whole answer." in text
    assert "from 0:01.5 to 0:04.2" in text
    assert text.startswith(f"# {conversation.title}\n")
    assert "> Answer like a friendly museum guide.\n> Be brief." in text


def test_markdown_names_the_file_after_the_title_and_never_overwrites(
    store: HistoryStore, out: Path
) -> None:
    conversation_id = store.create_conversation()
    store.add_user_turn(conversation_id, 'Trip: Paris/Rome? "Best" <food>')
    conversation = store.load(conversation_id)

    first = export_markdown(conversation, store.attachment_bytes, out)
    second = export_markdown(conversation, store.attachment_bytes, out)

    assert first.name == "Trip Paris Rome Best food.md"
    assert second.name == "Trip Paris Rome Best food (2).md"
    assert not list(out.glob("* files"))  # no attachments, no folder


def test_markdown_uses_translated_words(
    conversation: Conversation, store: HistoryStore, out: Path
) -> None:
    labels = ExportLabels(
        you="Sie", model="Gemini", thoughts="Gedanken", attachments_folder="Dateien"
    )

    path = export_markdown(conversation, store.attachment_bytes, out, name="Farben", labels=labels)

    text = path.read_text(encoding="utf-8")
    assert "**Sie** ·" in text and "<summary>Gedanken</summary>" in text
    assert (out / "Farben Dateien" / "photo.png").read_bytes() == RED_PHOTO


@pytest.mark.expected_log(r"photo.png could not be read for export")
def test_a_file_missing_from_the_history_is_named_not_fatal(
    conversation: Conversation, store: HistoryStore, out: Path
) -> None:
    def load(sha256: str) -> bytes:
        if store.attachment_bytes(sha256) == BLUE_PHOTO:
            raise FileProblemError("missing", hint="attach it again")
        return store.attachment_bytes(sha256)

    md = export_markdown(conversation, load, out, name="m").read_text(encoding="utf-8")
    page = export_html(conversation, load, out / "m.html").read_text(encoding="utf-8")

    assert "*photo.png (missing from the history)*" in md
    assert "photo.png (missing from the history)" in page
    assert sorted(p.name for p in (out / "m files").iterdir()) == ["holiday clip.mp4", "photo.png"]


def test_an_unwritable_folder_is_a_plain_message(
    conversation: Conversation, store: HistoryStore, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x")

    with pytest.raises(FileProblemError) as caught:
        export_html(conversation, store.attachment_bytes, not_a_folder / "c.html")

    assert caught.value.explanation.startswith("c.html could not be saved")
    assert caught.value.status == "EXPORT_FAILED"


# --- the web page ---------------------------------------------------------------------------

VOID = {"meta", "img", "br", "hr", "link", "input"}


class PageChecker(HTMLParser):
    """Tags must nest and close; collects every address the page would load or link."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.sources: list[str] = []
        self.links: list[str] = []
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        values = dict(attrs)
        if src := values.get("src"):
            self.sources.append(src)
        if href := values.get("href"):
            self.links.append(href)
        if any(name.startswith("on") for name, _ in attrs):
            self.problems.append(f"event handler on <{tag}>")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def check(page: str) -> PageChecker:
    checker = PageChecker()
    checker.feed(page)
    checker.close()
    assert checker.problems == []
    assert checker.stack == [], f"left open: {checker.stack}"
    return checker


def test_the_page_is_self_contained(
    conversation: Conversation, store: HistoryStore, out: Path
) -> None:
    page = export_html(conversation, store.attachment_bytes, out / "c.html").read_text("utf-8")

    checker = check(page)
    assert page.startswith("<!DOCTYPE html>")
    assert "script" not in checker.tags and "link" not in checker.tags
    assert "iframe" not in checker.tags and "object" not in checker.tags
    # Photos are inside the file.
    assert len(checker.sources) == 2
    embedded = [base64.b64decode(src.split(",", 1)[1]) for src in checker.sources]
    assert all(src.startswith("data:image/png;base64,") for src in checker.sources)
    assert embedded == [RED_PHOTO, BLUE_PHOTO]
    # The only addresses are the answer's own links and sources.
    assert set(checker.links) == {"https://en.wikipedia.org/wiki/Color_theory", SOURCES_URL}
    urls = set(re.findall(r"https?://[^\s\"'<>)]+", page))
    assert urls == {"https://en.wikipedia.org/wiki/Color_theory", SOURCES_URL}
    assert "url(" not in page and "@import" not in page
    assert "default-src 'none'" in page  # and the browser is told to load nothing else
    # The video is listed, not embedded.
    assert "holiday clip.mp4 · 88 bytes · from 0:01.5 to 0:04.2" in "".join(checker.text)


def test_the_page_renders_the_answer_and_keeps_thoughts_folded(
    conversation: Conversation, store: HistoryStore, out: Path
) -> None:
    page = export_html(conversation, store.attachment_bytes, out / "c.html").read_text("utf-8")

    assert "<h2>Two photos</h2>" in page
    assert "<strong>red</strong>" in page and "<em>blue</em>" in page
    assert '<th style="text-align:center">Colour</th>' in page
    assert '<pre><code class="language-python">print(&quot;&lt;not a tag&gt;&quot;)' in page
    assert '<details class="thoughts">\n<summary>Thoughts</summary>' in page
    assert "<strong>name the colours</strong>" in page
    assert "gemini-2.5-flash-001 · 1,290 tokens in · 87 out" in page
    assert "prefers-color-scheme: dark" in page


def test_the_page_escapes_what_the_user_typed(store: HistoryStore, out: Path) -> None:
    conversation_id = store.create_conversation()
    store.add_user_turn(
        conversation_id, SCRIPT_PROMPT, [NewAttachment(RED_PHOTO, "image/png", '"><script>.png')]
    )
    store.rename(conversation_id, "</title><script>alert(2)</script>")
    conversation = store.load(conversation_id)

    page = export_html(conversation, store.attachment_bytes, out / "x.html").read_text("utf-8")

    checker = check(page)
    assert "script" not in checker.tags and "img" in checker.tags
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt;" in page
    assert SCRIPT_PROMPT in "".join(checker.text)  # shown as the user typed it


@pytest.mark.parametrize(
    "markdown",
    [
        "<script>alert(1)</script>",
        "[click](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        '![x](https://tracker.example/pixel.png "t")',
        "*a **b* c**",
        "**unclosed and *mixed",
        "> quote\n- list in text\n```\nopen fence",
        "| a | b |\n|---|---|\n| <b> | `|` |\n| only one |",
        "1. one\n   - two\n     > three\n     > ```\n     > code",
        '<a href="https://x.example">raw</a>',
        "`code` **`bold code`** [**bold link**](https://ok.example)",
        "\x00 strange \x00 bytes \ufffd",
        "\\*not italic\\* and \\<b\\>",
        "- [ ] open\n- [x] done",
        "# ",
        "",
    ],
)
def test_the_answer_renderer_is_safe_and_balanced(markdown: str) -> None:
    html = render(markdown)

    checker = check(f"<div>{html}</div>")
    assert "script" not in checker.tags and "img" not in checker.tags
    assert all(link.startswith(("https://", "http://", "mailto:", "#")) for link in checker.links)
    assert "javascript" not in "".join(checker.links).lower()


def test_the_answer_renderer_knows_what_gemini_writes() -> None:
    html = render(
        "# Title\n\nText with `code`, **bold**, *italic*, ~~gone~~ and https://example.org.\n\n"
        "1. first\n2. second\n   - nested\n\n"
        "3) other list\n\n> quoted *words*\n\n---\n\n"
        "- [x] done\n\n[Mercury](https://en.wikipedia.org/wiki/Mercury_(planet))"
    )

    assert outline(html) == (
        "h1(Title) p(Text with code(code) , strong(bold) , em(italic) , del(gone) and"
        " a(https://example.org) .) ol(li(first) li(second ul(li(nested))))"
        " ol(li(other list)) blockquote(p(quoted em(words))) hr ul(li(input[x] done))"
        " p(a(Mercury))"
    )
    assert '<a href="https://example.org" rel="noreferrer">https://example.org</a>.' in html
    assert '<ol start="3">' in html
    assert 'href="https://en.wikipedia.org/wiki/Mercury_(planet)"' in html
