"""A saved question's file, opened in the app the system chooses for it: the history keeps
files under their SHA-256 without a name or an extension, so a copy named as the user
named it goes to a folder of the cache, where the system's viewer finds its type. A copy,
never a hard link: an editor that saves in place would change the history's file."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from desktop.core.conversation import AttachmentRef
from desktop.services.export.common import attachment_file_name
from desktop.services.file_parts import StoredFiles

OPENED_FOLDER = "opened"


def copy_to_open(files: StoredFiles, ref: AttachmentRef, cache: Path) -> Path:
    """The file of `ref` under its own name in `cache`/opened/<hash>/, made once. Raises
    FileProblemError (from the store) when the file has gone, OSError when the cache
    cannot be written. Blocks."""
    target = cache / OPENED_FOLDER / ref.sha256[:16] / attachment_file_name(ref)
    if target.is_file() and target.stat().st_size == ref.size:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    stored = files.attachment_path(ref.sha256)
    if stored is None:  # a conversation kept in memory
        partial.write_bytes(files.attachment_bytes(ref.sha256))
    else:
        shutil.copyfile(stored, partial)
    os.replace(partial, target)
    return target
