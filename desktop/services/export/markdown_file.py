"""A conversation as a Markdown file, its photos and files in a folder beside it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote

from desktop.core.conversation import AttachmentRef, Conversation, Turn
from desktop.core.units import size_text
from desktop.services.export.common import (
    Attachments,
    ExportLabels,
    LoadAttachment,
    attachment_file_name,
    cannot_write,
    clip_text,
    column_heading,
    footer_pieces,
    local_time,
    model_name,
    safe_file_name,
    sources,
    status_notes,
    unique_name,
    unique_path,
    web_link,
    write_atomic,
)


def export_markdown(
    conversation: Conversation,
    load_attachment: LoadAttachment,
    folder: Path,
    *,
    name: str | None = None,
    labels: ExportLabels = ExportLabels(),  # noqa: B008 - frozen, never changed
) -> Path:
    """Write `<title>.md` into `folder`, and its attachments into `<title> files/` beside it,
    linked by relative paths so the pair can be moved or zipped together. Returns the .md.

    `name` is the file name the user chose (with or without .md): that file is replaced.
    Without it the title names the file, and an existing file is never overwritten
    (`Title (2).md`). Answers stay Markdown as the model wrote them; thoughts go into a
    <details> block; each answer ends with its model version and token counts. A file
    missing from the history is mentioned by name. Raises FileProblemError when the folder
    cannot be written.
    """
    return export_markdown_columns(
        [conversation], load_attachment, folder, name=name, labels=labels
    )


def export_markdown_columns(
    columns: Sequence[Conversation],
    load_attachment: LoadAttachment,
    folder: Path,
    *,
    name: str | None = None,
    labels: ExportLabels = ExportLabels(),  # noqa: B008 - frozen, never changed
) -> Path:
    """As export_markdown; several conversations (the columns of a compare) go one after
    the other under the first one's title, each under a heading naming its column and
    model, their files in one folder."""
    title = columns[0].title
    if name is not None:
        stem = safe_file_name(name.removesuffix(".md"), labels.untitled)
        target = folder / f"{stem}.md"
    else:
        target = unique_path(folder / f"{safe_file_name(title, labels.untitled)}.md")
    files_folder = folder / f"{target.stem} {labels.attachments_folder}"
    attachments = Attachments(load_attachment)
    links = _AttachmentLinks(files_folder)
    try:
        if len(columns) == 1:
            lines = _document(columns[0], attachments, links, labels)
        else:
            lines = [f"# {_one_line(title or labels.untitled)}", ""]
            for number, column in enumerate(columns, start=1):
                heading = column_heading(column, number, labels)
                lines += _document(column, attachments, links, labels, heading=f"## {heading}")
        write_atomic(target, "\n".join(lines).encode("utf-8"))
    except OSError as exc:
        raise cannot_write(target, exc) from exc
    return target


class _AttachmentLinks:
    """Saves each stored file once into the attachments folder and links to it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._names: dict[str, str] = {}
        self._used: set[str] = set()

    def save(self, ref: AttachmentRef, data: bytes) -> str:
        if ref.sha256 not in self._names:
            name = unique_name(attachment_file_name(ref), self._used)
            self.folder.mkdir(exist_ok=True)
            write_atomic(self.folder / name, data)
            self._names[ref.sha256] = name
        # Percent-encoded: spaces and brackets in names would end a Markdown link early.
        return quote(f"{self.folder.name}/{self._names[ref.sha256]}")


def _document(
    conversation: Conversation,
    attachments: Attachments,
    links: _AttachmentLinks,
    labels: ExportLabels,
    *,
    heading: str | None = None,
) -> list[str]:
    title = conversation.title or labels.untitled
    meta = [labels.exported, local_time(conversation.updated_at)]
    if model := model_name(conversation.turns, conversation.settings.model):
        meta.append(model)
    heading = heading or f"# {_one_line(title)}"
    lines = [heading, "", f"*{' · '.join(meta)}*", ""]
    if system := conversation.settings.system_instruction:
        lines += [f"> **{labels.system_instruction}:**", ">"]
        lines += [f"> {line}".rstrip() for line in system.splitlines()]
        lines.append("")
    for turn in conversation.turns:
        lines += ["---", ""]
        if turn.role == "user":
            lines += _user_turn(turn, attachments, links, labels)
        else:
            lines += _model_turn(turn, labels)
    return lines


def _user_turn(
    turn: Turn, attachments: Attachments, links: _AttachmentLinks, labels: ExportLabels
) -> list[str]:
    lines = [f"**{labels.you}** · {local_time(turn.created_at)}", ""]
    if turn.text:
        lines += [turn.text, ""]
    for ref in turn.attachments:
        label = _link_text(ref.name)
        if ref.uri is not None:
            lines += [_link_line(ref, label, labels), ""]
            continue
        extra = [size_text(ref.size)]
        if clip := clip_text(ref, labels):
            extra.append(clip)
        data = attachments.get(ref)
        if data is None:
            lines += [f"*{label} ({labels.missing_file})*", ""]
        elif ref.is_image:
            lines += [f"![{label}]({links.save(ref, data)})", ""]
        else:
            lines += [f"[{label}]({links.save(ref, data)}) ({', '.join(extra)})", ""]
    return lines


def _link_line(ref: AttachmentRef, label: str, labels: ExportLabels) -> str:
    """A link (a YouTube video) as a Markdown link to its address; nothing is downloaded."""
    clip = clip_text(ref, labels)
    suffix = f" ({clip})" if clip else ""
    if (url := web_link(ref.uri)) is not None:
        return f"[{label}](<{url}>){suffix}"
    # Not a web address (a damaged import): shown, never made clickable.
    address = _one_line(ref.uri or "").replace("`", "'")
    return f"{label}: `{address}`{suffix}"


def _model_turn(turn: Turn, labels: ExportLabels) -> list[str]:
    lines = [f"**{labels.model}** · {local_time(turn.created_at)}", ""]
    if turn.thoughts:
        # Blank lines around the content let Markdown inside the block render.
        lines += ["<details>", f"<summary>{labels.thoughts}</summary>", ""]
        lines += [turn.thoughts.strip("\n"), "", "</details>", ""]
    if turn.text:
        lines += [turn.text.rstrip("\n"), ""]
    for note in status_notes(turn, labels):
        lines += [f"> {note}", ""]
    if found := sources(turn):
        lines += [f"{labels.sources}:", ""]
        lines += [f"- [{_link_text(title)}](<{url}>)" for title, url in found]
        lines.append("")
    if footer := footer_pieces(turn, labels):
        lines += [f"<sub>{' · '.join(footer)}</sub>", ""]
    return lines


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _link_text(name: str) -> str:
    """A file name inside [ ]: brackets and backslashes escaped."""
    return "".join("\\" + c if c in "[]\\*_`" else c for c in _one_line(name))
