"""What the three export formats share: words, file names, safe writing, attachment reading."""

from __future__ import annotations

import contextlib
import logging
import mimetypes
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.core.answer import Usage
from desktop.core.conversation import AttachmentRef, Conversation, Turn, TurnStatus
from desktop.core.errors import FileProblemError, HistoryUnavailableError
from desktop.core.finish import finish_note
from desktop.core.messages import Message

log = logging.getLogger(__name__)

LoadAttachment = Callable[[str], bytes]
"""Reads a stored attachment by its SHA-256 (HistoryStore.attachment_bytes)."""

FILE_NAME_LENGTH = 80
# Names Windows refuses whatever the extension (CON.md cannot be created).
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{n}" for n in range(1, 10)}
    | {f"LPT{n}" for n in range(1, 10)}
)
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


@dataclass(frozen=True)
class ExportLabels:
    """The words an export shows. Services cannot translate (no Qt here): the window passes
    these through tr(); the defaults are the English originals."""

    you: str = "You"
    model: str = "Gemini"
    untitled: str = "Conversation"
    exported: str = "Exported from Gemini Desktop"
    system_instruction: str = "Instructions"  # the Settings panel's name
    thoughts: str = "Thoughts"
    sources: str = "Sources"
    attachments_folder: str = "files"
    """`<title> files/`: the folder beside a Markdown export that holds its attachments."""
    missing_file: str = "missing from the history"
    stopped: str = "Stopped before the end."
    interrupted: str = "Interrupted: the app closed while this answer was arriving."
    streaming: str = "Still arriving when this was exported."
    failed: str = "This answer failed."
    tokens_in: str = "{n} tokens in"
    tokens_out: str = "{n} out"
    tokens_thinking: str = "{n} thinking"
    clip: str = "from {start} to {end}"
    column: str = "Column {n}"
    """A compare's column, in an export with all of them."""


def safe_file_name(text: str, fallback: str = "Conversation") -> str:
    """`text` as a file name every system accepts: no path separators or characters Windows
    refuses, no trailing dots or spaces, at most FILE_NAME_LENGTH characters."""
    name = unicodedata.normalize("NFC", text)
    name = _UNSAFE.sub(" ", name)
    name = " ".join(name.split())[:FILE_NAME_LENGTH].rstrip(" .")
    name = name.lstrip(".")  # no hidden files
    if not name:
        return fallback
    if name.split(".")[0].upper() in _RESERVED:
        name = f"{name} ({fallback})"
    return name


def attachment_file_name(ref: AttachmentRef) -> str:
    """A safe file name for an attachment that keeps its extension, adding one from its
    type when it has none ("Pasted image" becomes "Pasted image.png")."""
    stem, suffix = os.path.splitext(_UNSAFE.sub(" ", ref.name).strip())
    if not re.fullmatch(r"\.[A-Za-z0-9]{1,8}", suffix):
        stem, suffix = stem + suffix, mimetypes.guess_extension(ref.mime_type) or ""
    stem = safe_file_name(stem, f"file-{ref.sha256[:8]}")[: FILE_NAME_LENGTH - len(suffix)]
    return stem.rstrip(" .") + suffix.lower()


def unique_path(path: Path) -> Path:
    """`path`, or `name (2).ext`, `name (3).ext`… when something is already there."""
    if not path.exists():
        return path
    number = 2
    while True:
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
        if not candidate.exists():
            return candidate
        number += 1


def unique_name(name: str, used: set[str]) -> str:
    """`name`, or `stem (2).ext`… when another file of this export already has it (case
    ignored: Windows and macOS would put both in one file)."""
    candidate = name
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        stem, suffix = name, ""
    number = 2
    while candidate.casefold() in used:
        candidate = f"{stem} ({number})" + (f".{suffix}" if suffix else "")
        number += 1
    used.add(candidate.casefold())
    return candidate


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file beside it, so a full disk or a crash
    never leaves half an export under the real name."""
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def cannot_write(path: Path, exc: OSError) -> FileProblemError:
    reason = exc.strerror or type(exc).__name__
    return FileProblemError(
        Message("export.cannot_write", file=path.name, reason=reason),
        hint=Message("export.cannot_write.hint"),
        status="EXPORT_FAILED",
        server_message=f"{type(exc).__name__}: {exc}",
    )


class Attachments:
    """Reads attachments for an export; a file gone missing from the history is noted,
    not fatal, so the rest of the conversation can still be exported. Bytes are not kept:
    a conversation full of videos would otherwise sit in memory twice."""

    def __init__(self, load: LoadAttachment) -> None:
        self._load = load
        self.missing: set[str] = set()

    def get(self, ref: AttachmentRef) -> bytes | None:
        """The file's bytes; None when it is missing, and for a link, which has none
        (callers show `ref.uri` instead; a link is never counted as missing)."""
        if ref.uri is not None or ref.sha256 in self.missing:
            return None
        try:
            return self._load(ref.sha256)
        except (FileProblemError, HistoryUnavailableError) as exc:
            log.warning("Attachment %s could not be read for export: %s", ref.name, exc)
            self.missing.add(ref.sha256)
            return None


def web_link(uri: str | None) -> str | None:
    """An attachment's link when it is a web address to show as a link (http or https,
    nothing to break a Markdown or HTML link), else None: an imported file could carry a
    `javascript:` address or worse."""
    if uri is None or not re.fullmatch(r"https?://[^\s<>\"'`\\]+", uri, re.IGNORECASE):
        return None
    return uri


def local_time(when: datetime) -> str:
    """A date and time in the computer's time zone, the same in every language."""
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def clock_time(seconds: float) -> str:
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    fraction = seconds - whole
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    return text + (f".{round(fraction * 10) % 10}" if fraction >= 0.05 else "")


def clip_text(ref: AttachmentRef, labels: ExportLabels) -> str | None:
    if ref.clip_start is None and ref.clip_end is None:
        return None
    start = clock_time(ref.clip_start or 0.0)
    end = clock_time(ref.clip_end) if ref.clip_end is not None else "…"
    return labels.clip.format(start=start, end=end)


def usage_text(usage: Usage | None, labels: ExportLabels) -> list[str]:
    """Token counts: in, out and thinking."""
    if usage is None:
        return []
    pieces = []
    for value, label in (
        (usage.prompt, labels.tokens_in),
        (usage.answer, labels.tokens_out),
        (usage.thinking, labels.tokens_thinking),
    ):
        if value is not None:
            pieces.append(label.format(n=f"{value:,}"))
    return pieces


def sources(turn: Turn) -> list[tuple[str, str]]:
    """(title, address) of the web pages an answer cites or was grounded on, each once;
    the address stands for the title when the page has none."""
    return [(source.title or source.url, source.url) for source in turn.answer().sources]


def footer_pieces(turn: Turn, labels: ExportLabels) -> list[str]:
    """Model version and token counts under an answer."""
    pieces = [turn.model_version] if turn.model_version else []
    return pieces + usage_text(turn.answer().token_usage, labels)


def status_notes(turn: Turn, labels: ExportLabels) -> list[str]:
    """Why an answer is unfinished or unusual, in plain sentences."""
    notes = []
    if turn.status is TurnStatus.STOPPED:
        notes.append(labels.stopped)
    elif turn.status is TurnStatus.INTERRUPTED:
        notes.append(labels.interrupted)
    elif turn.status is TurnStatus.STREAMING:
        notes.append(labels.streaming)
    elif turn.status is TurnStatus.FAILED:
        error = turn.error or {}
        message = " ".join(
            str(error[key]) for key in ("message", "hint") if isinstance(error.get(key), str)
        )
        notes.append(message or labels.failed)
    if note := finish_note(turn.finish_reason, turn.details.get("safety_ratings")):
        notes.append(note.english())
    if reason := turn.details.get("block_reason"):
        notes.append(str(turn.details.get("block_reason_message") or reason))
    return notes


def column_heading(conversation: Conversation, number: int, labels: ExportLabels) -> str:
    """'Column 2 · gemini-2.5-pro': a compare's column in an export of all of them, named
    by the model it asked (each answer's footer names the exact version)."""
    model = conversation.settings.model or model_name(conversation.turns, "")
    column = labels.column.format(n=number)
    return f"{column} · {model}" if model else column


def model_name(turns: tuple[Turn, ...], fallback: str) -> str:
    """The model that answered last, as the answers name it, else the chosen model."""
    for turn in reversed(turns):
        if turn.model_version:
            return turn.model_version
    return fallback
