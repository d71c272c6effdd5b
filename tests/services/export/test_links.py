"""A YouTube link in the exports: a link in Markdown and on the page, the address in JSON,
sent as fileData by the request the export carries, and restored by an import."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.core.answer import Answer
from desktop.core.conversation import (
    ChatSettings,
    Conversation,
    NewAttachment,
    conversation_request_contents,
    link_sha256,
)
from desktop.core.errors import FileProblemError
from desktop.services.export import (
    export_html,
    export_json,
    export_markdown,
    import_json,
    request_from_export,
)
from desktop.services.history import HistoryStore
from tests.services.export.conftest import RED_PHOTO
from tests.services.export.test_markdown_and_html import check
from tests.services.history.helpers import StepClock

LINK = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
NAME = "YouTube video dQw4w9WgXcQ"


def never(sha256: str) -> bytes:
    raise AssertionError(f"a link was loaded as a file: {sha256}")


@pytest.fixture
def with_link(store: HistoryStore) -> Conversation:
    conversation_id = store.create_conversation(ChatSettings(model="gemini-2.5-flash"))
    store.add_user_turn(
        conversation_id,
        "What happens in this video?",
        [
            NewAttachment(LINK, "video/mp4", NAME, clip_start=30.0, clip_end=62.5),
            NewAttachment(RED_PHOTO, "image/png", "frame.png"),
        ],
    )
    answer = store.start_model_turn(conversation_id)
    store.finish_model_turn(answer, Answer(text="A man sings.", finish_reason="STOP"))
    return store.load(conversation_id)


@pytest.fixture
def fresh(tmp_path: Path) -> Any:
    with HistoryStore.open(tmp_path / "other computer", clock=StepClock(1_800_000_000)) as store:
        yield store


def loader(store: HistoryStore) -> Any:
    """The store's reader, refusing to be asked for a link."""
    links = {ref.sha256 for ref in _refs(store)}

    def load(sha256: str) -> bytes:
        assert sha256 not in links, "a link was loaded as a file"
        return store.attachment_bytes(sha256)

    return load


def _refs(store: HistoryStore) -> list[Any]:
    return [
        ref
        for summary in store.list_conversations()
        for turn in store.load(summary.id).turns
        for ref in turn.attachments
        if ref.uri is not None
    ]


def test_markdown_links_to_the_video_and_saves_no_file_for_it(
    with_link: Conversation, store: HistoryStore, out: Path
) -> None:
    path = export_markdown(with_link, loader(store), out, name="Video")

    text = path.read_text(encoding="utf-8")
    assert f"[{NAME}](<{LINK}>) (from 0:30 to 1:02.5)" in text
    assert [p.name for p in (out / "Video files").iterdir()] == ["frame.png"]


def test_the_page_links_to_the_video_without_embedding_it(
    with_link: Conversation, store: HistoryStore, out: Path
) -> None:
    page = export_html(with_link, loader(store), out / "v.html").read_text("utf-8")

    checker = check(page)
    assert checker.links == [LINK]
    assert "iframe" not in checker.tags and "video" not in checker.tags
    assert "script" not in checker.tags and "object" not in checker.tags
    # Nothing is fetched: the only source is the photo inside the page.
    assert all(src.startswith("data:image/png;base64,") for src in checker.sources)
    assert "default-src 'none'; img-src data:" in page
    assert f'<a href="{LINK}" rel="noreferrer">{NAME}</a> · from 0:30 to 1:02.5' in page


def test_json_carries_the_link_and_the_request_sends_it_as_file_data(
    with_link: Conversation, store: HistoryStore, out: Path
) -> None:
    path = export_json(with_link, loader(store), out / "v.json")
    document = json.loads(path.read_text(encoding="utf-8"))

    (video, photo) = document["turns"][0]["attachments"]
    assert video == {
        "name": NAME,
        "mime_type": "video/mp4",
        "sha256": link_sha256(LINK),
        "size": 0,
        "clip_start": 30.0,
        "clip_end": 62.5,
        "uri": LINK,
    }
    assert "uri" not in photo and "missing" not in photo
    first = document["request"]["contents"][0]["parts"][0]
    assert first == {
        "fileData": {"mimeType": "video/mp4", "fileUri": LINK},
        "videoMetadata": {
            "startOffset": {"seconds": 30},
            "endOffset": {"seconds": 62, "nanos": 500000000},
        },
    }
    # Replay (describe --replay) sends the link too.
    replay = request_from_export(path)
    assert replay.contents[0].parts[0].file_uri == LINK


def test_importing_restores_the_link_and_the_next_request(
    with_link: Conversation, store: HistoryStore, fresh: HistoryStore, out: Path
) -> None:
    path = export_json(with_link, loader(store), out / "v.json")

    imported = fresh.load(import_json(path, fresh))

    assert imported.turns[0].attachments == with_link.turns[0].attachments
    video = imported.turns[0].attachments[0]
    assert (video.uri, video.size, video.clip_start, video.clip_end) == (LINK, 0, 30.0, 62.5)
    again = conversation_request_contents(imported, loader(fresh))
    assert again == conversation_request_contents(with_link, loader(store))
    body = imported.settings.request(again).to_body(vertex=True)
    assert body["contents"][0]["parts"][0]["fileData"] == {
        "mimeType": "video/mp4",
        "fileUri": LINK,
    }
    assert fresh.folder is not None
    assert len([p for p in (fresh.folder / "attachments").rglob("*") if p.is_file()]) == 1


def test_a_link_needs_no_bytes_and_no_hash_in_the_file(
    with_link: Conversation, store: HistoryStore, fresh: HistoryStore, out: Path
) -> None:
    path = export_json(with_link, loader(store), out / "v.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    del document["turns"][0]["attachments"][0]["sha256"]  # written by hand, say
    path.write_text(json.dumps(document), encoding="utf-8")

    imported = fresh.load(import_json(path, fresh))

    assert imported.turns[0].attachments[0].sha256 == link_sha256(LINK)


@pytest.mark.expected_log(r"^Refusing to import v.json: a link")
@pytest.mark.parametrize(
    "uri", ["javascript:alert(1)", "file:///etc/passwd", 'https://x.org/"><script>', 42]
)
def test_a_link_that_is_not_a_web_address_is_refused(
    with_link: Conversation, store: HistoryStore, fresh: HistoryStore, out: Path, uri: Any
) -> None:
    path = export_json(with_link, loader(store), out / "v.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    document["turns"][0]["attachments"][0]["uri"] = uri
    path.write_text(json.dumps(document), encoding="utf-8")

    with pytest.raises(FileProblemError) as caught:
        import_json(path, fresh)

    assert caught.value.status == "IMPORT_DAMAGED"
    assert fresh.list_conversations() == []


def test_an_unsafe_address_is_shown_but_never_linked(store: HistoryStore, out: Path) -> None:
    conversation_id = store.create_conversation()
    store.add_user_turn(
        conversation_id, "odd", [NewAttachment("javascript:alert(1)", "video/mp4", "odd link")]
    )
    conversation = store.load(conversation_id)

    page = export_html(conversation, never, out / "odd.html").read_text("utf-8")
    text = export_markdown(conversation, never, out).read_text("utf-8")

    assert check(page).links == [] and "odd link · javascript:alert(1)" in page
    assert "odd link: `javascript:alert(1)`" in text and "](" not in text
