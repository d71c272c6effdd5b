"""A saved file copied out under its own name to be opened: from the folder, or from memory."""

from __future__ import annotations

from pathlib import Path

from desktop.core.conversation import NewAttachment
from desktop.services.history import HistoryStore
from desktop.services.opened_files import copy_to_open
from tests.photos import png_bytes


def test_a_saved_file_is_copied_out_once_under_its_name_with_a_type(tmp_path: Path) -> None:
    photo = png_bytes(colour=(20, 120, 40))
    with HistoryStore.open(tmp_path / "data") as store:
        conversation = store.create_conversation()
        turn = store.add_user_turn(
            conversation, "", [NewAttachment(photo, "image/png", "Pasted image")]
        )
        (ref,) = turn.attachments
        opened = copy_to_open(store, ref, tmp_path / "cache")
        assert opened.name == "Pasted image.png" and opened.read_bytes() == photo
        stored = store.attachment_path(ref.sha256)
        assert stored is not None and stored.stat().st_ino != opened.stat().st_ino  # a copy
        opened.write_bytes(b"changed by an editor")
        assert store.attachment_bytes(ref.sha256) == photo  # the history's file is untouched
        again = copy_to_open(store, ref, tmp_path / "cache")
        assert again == opened and again.read_bytes() == photo  # a wrong size: made again


def test_a_file_kept_in_memory_is_written_out(tmp_path: Path) -> None:
    store = HistoryStore.in_memory()
    try:
        conversation = store.create_conversation()
        turn = store.add_user_turn(
            conversation, "", [NewAttachment(b"plain words", "text/plain", "notes.txt")]
        )
        (ref,) = turn.attachments
        assert store.attachment_path(ref.sha256) is None
        opened = copy_to_open(store, ref, tmp_path / "cache")
        assert opened.name == "notes.txt" and opened.read_bytes() == b"plain words"
        assert not list(opened.parent.glob(".*partial"))
    finally:
        store.close()
