"""Run by test_failures.py inside a private mount namespace, on a tiny tmpfs mounted at
argv[1]: fills the disk for real, then remounts it read-only, and prints what the history
store did as one JSON object."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from desktop.core.errors import HistoryUnavailableError
from desktop.services.history import HistoryStore


def main(mount: Path) -> dict[str, Any]:
    report: dict[str, Any] = {}
    folder = mount / "data"
    store = HistoryStore.open(folder)
    report["persistent_at_start"] = store.persistent
    conversation = store.create_conversation()
    store.add_user_turn(conversation, "The first prompt")
    saved = 1
    block = "lorem ipsum dolor " * 4000  # 72 kB a turn
    try:
        for _ in range(1000):
            store.add_user_turn(conversation, block)
            saved += 1
    except HistoryUnavailableError as error:
        report["full_database"] = error.status
    report["saved_turns"] = saved
    report["turns_after_full"] = len(store.load(conversation).turns)
    try:
        store.add_user_turn(
            conversation, "photo", [(b"\x89PNG" + b"\x00" * 3_000_000, "image/png", "big.png")]
        )
        report["full_attachment"] = None
    except HistoryUnavailableError as error:
        report["full_attachment"] = error.status
    report["integrity"] = store.integrity_check()
    store.close()

    subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
    store = HistoryStore.open(folder)
    report["read_only_persistent"] = store.persistent
    report["read_only_notice"] = store.notice
    report["read_only_titles"] = [s.title for s in store.list_conversations()]
    report["read_only_turns"] = len(store.load(conversation).turns)
    new = store.create_conversation()
    store.add_user_turn(new, "Kept in memory", [(b"\x89PNG tiny", "image/png", "t.png")])
    report["read_only_titles_after"] = [s.title for s in store.list_conversations()]
    store.close()
    return report


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
