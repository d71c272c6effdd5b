"""Counting a request's tokens on the loopback: each piece once, the sum right, a file too
large to count said so, a refused count an error."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from desktop.core.conversation import ChatSettings, NewAttachment
from desktop.core.errors import GeminiError
from desktop.core.image_detail import ImageDetail
from desktop.core.media import INLINE_FILE_LIMIT
from desktop.core.request import GenerationConfig, MediaResolution
from desktop.core.token_budget import FileTokens, TokenCount
from desktop.services import token_count
from desktop.services.chat_service import ChatService
from desktop.services.history import attachments
from desktop.services.token_count import NotCountable, TokenCounter
from tests.loopback import LoopbackServer, Scenario
from tests.photos import camera_photo, png_bytes

pytestmark = pytest.mark.asyncio
SETTINGS = ChatSettings(model="gemini-2.5-flash")
PHOTO_TOKENS = 258  # the loopback's price of a photo without a media resolution


def photo(name: str, seed: int) -> NewAttachment:
    return NewAttachment(camera_photo(640, 480, seed=seed), "image/jpeg", name)


async def count(
    service: ChatService,
    counter: TokenCounter,
    question: str,
    files: list[NewAttachment],
    settings: ChatSettings = SETTINGS,
) -> TokenCount:
    client = await service.connections.client()
    conversation = await service.load_current()
    return await counter.count(
        client, settings, conversation, service.history, question, files, ImageDetail.BALANCED
    )


def counts(server: LoopbackServer) -> list[dict[str, object]]:
    return [request.json for request in server.requests_for("gemini.count")]


async def test_adding_a_photo_to_ten_sends_that_photo_alone(
    service: ChatService, loopback_server: LoopbackServer
) -> None:
    counter = TokenCounter()
    photos = [photo(f"p{i}.jpg", seed=i) for i in range(10)]
    ten = await count(service, counter, "what are these", photos)
    sent_for_ten = len(counts(loopback_server))

    eleven = await count(service, counter, "what are these", [*photos, photo("new.jpg", 99)])

    assert ten.total == 3 + 10 * PHOTO_TOKENS
    assert eleven.total == ten.total + PHOTO_TOKENS
    assert eleven.files[-1] == FileTokens("new.jpg", PHOTO_TOKENS)
    assert sent_for_ten == 11  # the question, then each photo
    (new,) = counts(loopback_server)[sent_for_ten:]  # the question was counted already
    parts = new["generateContentRequest"]["contents"][0]["parts"]  # type: ignore[index]
    assert [list(part) for part in parts] == [["inlineData"]]
    assert counter.requests == 12


async def test_typing_recounts_the_question_only(
    service: ChatService, loopback_server: LoopbackServer
) -> None:
    counter = TokenCounter()
    [e async for e in service.send("an earlier question of six words", [], SETTINGS)]
    settings = ChatSettings(model="gemini-2.5-flash", system_instruction="be brief")
    files = [photo("a.jpg", 1)]
    first = await count(service, counter, "one", files, settings)
    before = len(counts(loopback_server))

    second = await count(service, counter, "one two three", files, settings)

    assert first.question == 1 and second.question == 3
    # The question, the answer's echo and the system instruction: counted once, kept.
    assert second.earlier == first.earlier > 6
    assert second.total == first.total + 2
    (recount,) = counts(loopback_server)[before:]
    request = recount["generateContentRequest"]
    assert request["contents"] == [  # type: ignore[index]
        {"role": "user", "parts": [{"text": "one two three"}]}
    ]


async def test_the_earlier_photos_and_the_system_instruction_count(
    service: ChatService, loopback_server: LoopbackServer
) -> None:
    [e async for e in service.send("look", [photo("old.jpg", 3)], SETTINGS)]
    counter = TokenCounter()

    result = await count(service, counter, "and now?", [], ChatSettings(model="gemini-2.5-flash"))

    # "look" + the echo of the answer + the old photo; the question apart.
    answer = service.history.load(service.conversation_id or 0).turns[-1].text
    assert result.earlier == 1 + len(answer.split()) + PHOTO_TOKENS
    assert result.question == 2 and result.files == ()


async def test_a_media_resolution_counts_the_photos_again(
    service: ChatService, loopback_server: LoopbackServer
) -> None:
    counter = TokenCounter()
    low = ChatSettings(
        model="gemini-2.5-flash",
        generation_config=GenerationConfig(media_resolution=MediaResolution.LOW),
    )
    default = await count(service, counter, "", [photo("a.jpg", 1)])
    lowered = await count(service, counter, "", [photo("a.jpg", 1)], low)

    assert (default.total, lowered.total) == (PHOTO_TOKENS, 280)


async def test_a_file_too_large_to_send_inline_is_not_counted(
    service: ChatService, loopback_server: LoopbackServer, tmp_path: Path
) -> None:
    video = tmp_path / "long.mp4"
    with video.open("wb") as file:
        file.truncate(INLINE_FILE_LIMIT + 1)

    with pytest.raises(NotCountable):
        await count(service, TokenCounter(), "hi", [NewAttachment(video, "video/mp4", "v")])

    assert counts(loopback_server) == []


async def test_a_refused_count_raises_quietly_and_is_not_kept(
    service: ChatService, loopback_server: LoopbackServer
) -> None:
    counter = TokenCounter()
    loopback_server.script_count_tokens(Scenario.rate_limited())

    with pytest.raises(GeminiError):
        await count(service, counter, "hello there", [])
    again = await count(service, counter, "hello there", [])

    assert again.total == 2 and counter.requests == 2


async def test_a_small_png_is_counted_as_sent(
    service: ChatService, loopback_server: LoopbackServer
) -> None:
    result = await count(
        service, TokenCounter(), "", [NewAttachment(png_bytes(), "image/png", "dot.png")]
    )

    assert result.files == (FileTokens("dot.png", PHOTO_TOKENS),)


async def test_a_files_own_resolution_counts_where_the_model_reads_it(
    service: ChatService, loopback_server: LoopbackServer
) -> None:
    counter = TokenCounter()
    sharp = NewAttachment(
        png_bytes(), "image/png", "dot.png", media_resolution="MEDIA_RESOLUTION_HIGH"
    )

    newer = await count(service, counter, "", [sharp], ChatSettings(model="gemini-3.8-flash"))
    older = await count(service, counter, "", [sharp], ChatSettings(model="gemini-2.5-flash"))

    # Gemini 3 and later take a part's own resolution; older models are not sent it.
    assert (newer.total, older.total) == (1120, PHOTO_TOKENS)


class HashSpy:
    """hashlib as a module of ours sees it, noting the size of each hash begun."""

    def __init__(self) -> None:
        self.sizes: list[int] = []

    def sha256(self, data: bytes = b"") -> Any:
        self.sizes.append(len(data))
        return hashlib.sha256(data)


async def test_a_pause_in_typing_reads_and_hashes_nothing_again(
    service: ChatService,
    loopback_server: LoopbackServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    earlier = "an earlier question of six words " * 200
    [e async for e in service.send(earlier, [photo("old.jpg", 2)], SETTINGS)]
    on_disk = tmp_path / "walk.jpg"
    on_disk.write_bytes(camera_photo(640, 480, seed=5))
    files = [photo("held.jpg", 1), NewAttachment(on_disk, "image/jpeg", "walk.jpg")]
    counter = TokenCounter()
    first = await count(service, counter, "one", files)

    statements: list[str] = []
    service.history.database.connection.set_trace_callback(statements.append)
    file_hashes, text_hashes = HashSpy(), HashSpy()
    monkeypatch.setattr(attachments, "hashlib", file_hashes)
    monkeypatch.setattr(token_count, "hashlib", text_hashes)
    second = await count(service, counter, "one two", files)

    assert second.total == first.total + 1
    assert statements == []  # the conversation was not read again
    assert file_hashes.sizes == []  # neither file, held or on disk, was hashed again
    assert text_hashes.sizes and max(text_hashes.sizes) < 1000  # the question alone

    # The conversation changed: read again, and its new turn counted.
    [e async for e in service.send("and one more", [], SETTINGS)]
    statements.clear()
    third = await count(service, counter, "one two", files)
    assert any("FROM conversations" in s for s in statements)
    assert third.earlier > second.earlier
    # The file on disk changed: hashed again (the held bytes are not).
    on_disk.write_bytes(camera_photo(640, 480, seed=6))
    await count(service, counter, "one two", files)
    assert len(file_hashes.sizes) == 1
    service.history.database.connection.set_trace_callback(None)
