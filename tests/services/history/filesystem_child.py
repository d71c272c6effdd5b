"""Run by test_failures.py inside a private mount namespace, on a tiny tmpfs mounted at
argv[1]: fills the disk for real, frees some of it, then remounts it read-only, and prints
what the history store did as one JSON object."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from desktop.services.history import HistoryStore


def main(mount: Path) -> dict[str, Any]:
    report: dict[str, Any] = {}
    folder = mount / "data"
    ballast = mount / "ballast"
    ballast.write_bytes(b"\0" * 600_000)  # room to free later, as the user would
    store = HistoryStore.open(folder)
    report["persistent_at_start"] = store.persistent
    conversation = store.create_conversation()
    store.add_user_turn(conversation, "The first prompt")
    saved = 1
    block = "lorem ipsum dolor " * 4000  # 72 kB a turn
    for _ in range(1000):
        store.add_user_turn(conversation, block)
        if not store.persistent:
            break
        saved += 1
    error = store.take_notice()
    report["full_database"] = error.status if error else None
    report["saved_turns"] = saved
    photo = b"\x89PNG" + bytes(range(256)) * 400  # 100 kB
    turn = store.add_user_turn(conversation, "photo", [(photo, "image/png", "big.png")])
    report["photo_in_memory"] = store.attachment_path(turn.attachments[0].sha256) is None
    report["turns_in_memory"] = len(store.load(conversation).turns)

    ballast.unlink()
    store.add_user_turn(conversation, "After some space was freed")
    report["persistent_after_freeing"] = store.persistent
    report["integrity"] = store.integrity_check()
    store.close()

    subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
    store = HistoryStore.open(folder)
    report["read_only_persistent"] = store.persistent
    report["read_only_notice"] = store.notice
    report["read_only_titles"] = [s.title for s in store.list_conversations()]
    turns = store.load(conversation).turns
    report["read_only_turns"] = len(turns)
    report["read_only_photo"] = store.attachment_bytes(turns[-2].attachments[0].sha256) == photo
    new = store.create_conversation()
    store.add_user_turn(new, "Kept in memory", [(b"\x89PNG tiny", "image/png", "t.png")])
    report["read_only_titles_after"] = [s.title for s in store.list_conversations()]
    store.close()
    return report


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
