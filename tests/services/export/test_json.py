"""JSON export and import on real history files: the round trip, the request it carries,
replay for `describe`, and the files it refuses."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from desktop.core.answer import Answer
from desktop.core.conversation import (
    ChatSettings,
    Conversation,
    NewAttachment,
    Turn,
    TurnStatus,
    conversation_request_contents,
)
from desktop.core.errors import FileProblemError, HistoryUnavailableError
from desktop.core.model_fit import fit_request
from desktop.services.export import (
    FORMAT,
    VERSION,
    export_json,
    import_json,
    read_export,
    request_from_export,
)
from desktop.services.history import HistoryStore
from tests.services.export.conftest import BLUE_PHOTO, RED_PHOTO, VIDEO, fill
from tests.services.history.helpers import StepClock
from tests.settings import EVERY_SETTING


def comparable(turn: Turn) -> dict[str, Any]:
    """Everything of a turn except its id and time (an import is dated when it happens)."""
    return {
        "role": turn.role,
        "text": turn.text,
        "thoughts": turn.thoughts,
        "status": turn.status,
        "finish_reason": turn.finish_reason,
        "usage": turn.usage,
        "model_version": turn.model_version,
        "error": turn.error,
        "details": turn.details,
        "attachments": turn.attachments,  # name, type, SHA-256, size, clip
    }


@pytest.fixture
def fresh(tmp_path: Path) -> Any:
    with HistoryStore.open(tmp_path / "other computer", clock=StepClock(1_800_000_000)) as store:
        yield store


def test_export_then_import_gives_back_the_same_conversation(
    conversation: Conversation, store: HistoryStore, fresh: HistoryStore, out: Path
) -> None:
    path = export_json(conversation, store.attachment_bytes, out / "chat.json")

    imported_id = import_json(path, fresh)

    imported = fresh.load(imported_id)
    assert imported.title == conversation.title
    assert imported.settings == conversation.settings == EVERY_SETTING
    assert [comparable(t) for t in imported.turns] == [comparable(t) for t in conversation.turns]
    statuses = [t.status for t in imported.turns]
    assert TurnStatus.STOPPED in statuses and TurnStatus.FAILED in statuses
    # The files themselves, by hash, in the other history.
    for turn in conversation.turns:
        for ref in turn.attachments:
            assert fresh.attachment_bytes(ref.sha256) == store.attachment_bytes(ref.sha256)
    assert {RED_PHOTO, BLUE_PHOTO, VIDEO} == {
        fresh.attachment_bytes(r.sha256) for t in imported.turns for r in t.attachments
    }
    assert imported.first_image_hash == hashlib.sha256(RED_PHOTO).hexdigest()
    # It continues where it stopped: the next request is the same.
    assert conversation_request_contents(
        imported, fresh.attachment_bytes
    ) == conversation_request_contents(conversation, store.attachment_bytes)
    # And it shows in the sidebar and is found by the search.
    assert [s.id for s in fresh.list_conversations()] == [imported_id]
    assert [hit.conversation.id for hit in fresh.search("tomatoes")] == [imported_id]


def test_a_renamed_title_survives_the_round_trip(
    store: HistoryStore, fresh: HistoryStore, out: Path
) -> None:
    conversation_id = fill(store)
    store.rename(conversation_id, "Colours of my holiday")
    path = export_json(store.load(conversation_id), store.attachment_bytes, out / "c.json")

    imported = fresh.load(import_json(path, fresh))

    assert imported.title == "Colours of my holiday"


def test_the_request_is_the_one_the_next_message_would_carry(
    conversation: Conversation, store: HistoryStore, out: Path
) -> None:
    path = export_json(conversation, store.attachment_bytes, out / "chat.json")
    document = json.loads(path.read_text(encoding="utf-8"))

    contents = conversation_request_contents(conversation, store.attachment_bytes)
    next_request = fit_request(conversation.settings.request(contents)).request
    assert document["request"] == next_request.to_body()
    assert document["format"] == FORMAT and document["version"] == VERSION
    assert document["settings"] == conversation.settings.to_dict()
    # Every attachment travels once, as base64 inline data, found again by its hash.
    inline = [
        part["inlineData"]
        for content in document["request"]["contents"]
        for part in content["parts"]
        if "inlineData" in part
    ]
    hashes = [hashlib.sha256(base64.b64decode(item["data"])).hexdigest() for item in inline]
    listed = [a["sha256"] for turn in document["turns"] for a in turn["attachments"]]
    assert hashes == listed
    assert [t["role"] for t in document["turns"]] == [t.role for t in conversation.turns]


def test_replay_asks_the_last_question_again_with_every_setting(
    conversation: Conversation, store: HistoryStore, out: Path
) -> None:
    path = export_json(conversation, store.attachment_bytes, out / "chat.json")
    body = json.loads(path.read_text(encoding="utf-8"))["request"]

    request = request_from_export(path)

    settings = conversation.settings
    assert request.model == settings.model
    assert request.system_instruction == settings.system_instruction
    assert request.generation_config == settings.generation_config
    assert request.safety_settings == settings.safety_settings
    assert request.google_search
    # The conversation ends with an unanswered "Try again please": that is sent again.
    assert request.contents[-1].role == "user"
    assert request.to_body() == body
    request.validate()


def test_replay_with_a_prompt_continues_the_conversation(
    conversation: Conversation, store: HistoryStore, out: Path
) -> None:
    path = export_json(conversation, store.attachment_bytes, out / "chat.json")
    body = json.loads(path.read_text(encoding="utf-8"))["request"]

    request = request_from_export(path, prompt="And the third photo?")

    expected = dict(body)
    expected["contents"] = [
        *body["contents"],
        {"role": "user", "parts": [{"text": "And the third photo?"}]},
    ]
    assert request.to_body() == expected


def test_replay_drops_the_answers_at_the_end(store: HistoryStore, out: Path) -> None:
    conversation_id = store.create_conversation(ChatSettings(model="gemini-2.5-pro"))
    store.add_user_turn(conversation_id, "Name a red fruit.")
    store.finish_model_turn(
        store.start_model_turn(conversation_id), error={"code": 503, "message": "Busy"}
    )
    answer = store.start_model_turn(conversation_id)
    store.finish_model_turn(answer, Answer(text="A tomato.", finish_reason="STOP"))
    path = export_json(store.load(conversation_id), store.attachment_bytes, out / "fruit.json")

    request = request_from_export(path)

    assert [c.role for c in request.contents] == ["user"]
    assert request.contents[0].parts[0].text == "Name a red fruit."
    assert request.model == "gemini-2.5-pro"


@pytest.mark.expected_log(r"photo.png could not be read for export")
def test_a_file_missing_from_the_history_is_marked_and_the_rest_imports(
    store: HistoryStore, fresh: HistoryStore, out: Path
) -> None:
    conversation = store.load(fill(store))
    lost = hashlib.sha256(BLUE_PHOTO).hexdigest()
    path = store.attachment_path(lost)
    assert path is not None
    path.unlink()

    exported = export_json(conversation, store.attachment_bytes, out / "c.json")
    document = json.loads(exported.read_text(encoding="utf-8"))
    marks = {a["sha256"]: a.get("missing", False) for a in document["turns"][0]["attachments"]}
    assert marks == {hashlib.sha256(RED_PHOTO).hexdigest(): False, lost: True}

    imported = fresh.load(import_json(exported, fresh))
    assert [a.name for a in imported.turns[0].attachments] == ["photo.png"]
    assert fresh.attachment_bytes(imported.turns[0].attachments[0].sha256) == RED_PHOTO


def test_a_conversation_exported_while_an_answer_streamed_imports_as_interrupted(
    store: HistoryStore, fresh: HistoryStore, out: Path
) -> None:
    conversation_id = store.create_conversation()
    store.add_user_turn(conversation_id, "Tell me a long story")
    streaming = store.start_model_turn(conversation_id)
    store.save_partial(streaming, "Once upon a time")
    path = export_json(store.load(conversation_id), store.attachment_bytes, out / "s.json")

    imported = fresh.load(import_json(path, fresh))

    assert imported.turns[-1].status is TurnStatus.INTERRUPTED
    assert imported.turns[-1].text == "Once upon a time"
    assert fresh.recover_interrupted() == []  # nothing was left streaming


# --- refusals -------------------------------------------------------------------------------


def _write(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.fixture
def good(conversation: Conversation, store: HistoryStore, out: Path) -> dict[str, Any]:
    path = export_json(conversation, store.attachment_bytes, out / "good.json")
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def refusal(path: Path, store: HistoryStore) -> FileProblemError:
    before = store.list_conversations()
    with pytest.raises(FileProblemError) as caught:
        import_json(path, store)
    assert store.list_conversations() == before, "nothing half-imported may stay"
    error = caught.value
    assert path.name in error.explanation
    assert error.hint
    assert "Traceback" not in error.user_text() and "{" not in error.user_text()
    return error


def test_refuses_garbage_naming_the_file(out: Path, fresh: HistoryStore) -> None:
    path = out / "holiday photos.json"
    path.write_bytes(bytes(range(256)) * 4)

    error = refusal(path, fresh)

    assert error.explanation == (
        "holiday photos.json is not a conversation exported by Gemini Desktop."
    )


@pytest.mark.parametrize(
    "document",
    [[1, 2, 3], {}, {"format": "something-else", "version": 1}, "text", None],
    ids=["a list", "an empty object", "another format", "a string", "null"],
)
def test_refuses_json_of_another_kind(out: Path, fresh: HistoryStore, document: Any) -> None:
    error = refusal(_write(out / "notes.json", document), fresh)

    assert error.status == "IMPORT_NOT_CONVERSATION"


def test_refuses_a_file_from_a_newer_version(
    out: Path, fresh: HistoryStore, good: dict[str, Any]
) -> None:
    error = refusal(_write(out / "future.json", {**good, "version": VERSION + 1}), fresh)

    assert error.status == "IMPORT_TOO_NEW"
    assert "newer version of Gemini Desktop" in error.explanation
    assert "Update Gemini Desktop" in error.hint
    with pytest.raises(FileProblemError, match=r"future\.json"):
        request_from_export(out / "future.json")


def _damage_version(document: dict[str, Any]) -> None:
    document["version"] = "1"


def _damage_role(document: dict[str, Any]) -> None:
    document["turns"][0]["role"] = "system"


def _damage_base64(document: dict[str, Any]) -> None:
    document["request"]["contents"][0]["parts"][0]["inlineData"]["data"] = "not base64!"


def _damage_lost_bytes(document: dict[str, Any]) -> None:
    del document["request"]["contents"][0]["parts"][0]


def _damage_turns(document: dict[str, Any]) -> None:
    document["turns"] = {"not": "a list"}


def _damage_text(document: dict[str, Any]) -> None:
    document["turns"][1]["text"] = ["not", "text"]


def _damage_sha(document: dict[str, Any]) -> None:
    document["turns"][0]["attachments"][0]["sha256"] = "../../etc/passwd"


def _damage_safety(document: dict[str, Any]) -> None:
    document["request"]["safetySettings"][0]["category"] = "HARM_CATEGORY_NONSENSE"


@pytest.mark.expected_log(r"^Refusing to import damaged.json")
@pytest.mark.parametrize(
    "damage",
    [
        _damage_version,
        _damage_role,
        _damage_base64,
        _damage_lost_bytes,
        _damage_turns,
        _damage_text,
        _damage_sha,
        _damage_safety,
    ],
)
def test_refuses_a_damaged_file(
    out: Path, fresh: HistoryStore, good: dict[str, Any], damage: Any
) -> None:
    damage(good)

    error = refusal(_write(out / "damaged.json", good), fresh)

    assert error.status == "IMPORT_DAMAGED"
    assert error.explanation.startswith("damaged.json is a Gemini Desktop conversation, but")
    assert error.server_message  # what exactly, for the log


def test_refuses_a_file_that_cannot_be_read(out: Path, fresh: HistoryStore) -> None:
    error = refusal(out / "gone.json", fresh)

    assert error.status == "IMPORT_UNREADABLE"
    assert error.explanation.startswith("gone.json could not be read")


def test_a_failing_history_leaves_no_half_imported_conversation(
    good: dict[str, Any], out: Path, fresh: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write(out / "good.json", good)
    calls = 0
    add_user_turn = fresh.add_user_turn

    def full_after_one(conversation_id: int, text: str, files: list[NewAttachment]) -> Turn:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise HistoryUnavailableError.disk_full("simulated")
        return add_user_turn(conversation_id, text, files)

    monkeypatch.setattr(fresh, "add_user_turn", full_after_one)

    with pytest.raises(HistoryUnavailableError):
        import_json(path, fresh)

    assert fresh.list_conversations() == []


def test_read_export_accepts_a_byte_order_mark(
    good: dict[str, Any], out: Path, conversation: Conversation
) -> None:
    path = out / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(good).encode("utf-8"))

    exported = read_export(path)

    assert exported.title == conversation.title
    assert len(exported.turns) == len(conversation.turns)
