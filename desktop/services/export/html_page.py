"""A conversation as one self-contained web page that looks like the app.

Photos are embedded as data: addresses, so the single file can be mailed or archived and
still shows them; other files are listed by name and size, a YouTube video as a link to it
(never embedded). A Content-Security-Policy lets the page load nothing at all (no scripts,
no remote images, no fonts): the only addresses in it are links to follow, those the
answers contain and those of the videos the user sent.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from pathlib import Path

from desktop.core.conversation import AttachmentRef, Conversation, Turn
from desktop.core.units import size_text
from desktop.services.export import markdown_html
from desktop.services.export.common import (
    Attachments,
    ExportLabels,
    LoadAttachment,
    cannot_write,
    clip_text,
    column_heading,
    footer_pieces,
    local_time,
    model_name,
    sources,
    status_notes,
    web_link,
    write_atomic,
)
from desktop.services.export.markdown_html import escape

# Image types a browser shows; HEIC and others are listed like any other file.
BROWSER_IMAGES = frozenset({"image/jpeg", "image/png", "image/webp", "image/gif", "image/avif"})
CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"

# The app's colours (desktop/ui/conversation/theme.py): the icon's blue-violet accent, a
# tinted card for the user's question, calm greys, the same again for dark mode.
STYLE = """
:root {
  color-scheme: light dark;
  --base: #ffffff; --text: #1d1d24; --muted: #6e6e7a; --accent: #5a4fe0;
  --link: #2457c5; --border: rgba(24, 28, 60, 0.12); --card: #f4f3fd;
  --code: #f3f4f8; --code-border: #e2e3ea; --inline-code: #eeeef1;
  --quote: #4a4a55; --quote-bar: #aca7ef; --table-head: #f4f4f6;
  --note: #8a5300; --note-bg: #fcf1dc; --error: #a1261b; --error-bg: #fcecec;
}
@media (prefers-color-scheme: dark) {
  :root {
    --base: #1e1f24; --text: #e6e6ea; --muted: #9c9ca6; --accent: #9a8cff;
    --link: #8fb4ff; --border: rgba(255, 255, 255, 0.13); --card: #2b2a3a;
    --code: #272822; --code-border: #3a3b36; --inline-code: #34353b;
    --quote: #c4c4cc; --quote-bar: #6b62b5; --table-head: #2a2b30;
    --note: #f2b84b; --note-bg: #3a3222; --error: #ffb4ab; --error-bg: #3d2527;
  }
}
* { box-sizing: border-box; }
html { background: var(--base); }
body {
  margin: 0; color: var(--text); background: var(--base);
  font: 15px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, "Noto Sans",
    sans-serif;
  -webkit-text-size-adjust: 100%;
}
main { max-width: 760px; margin: 0 auto; padding: 40px 24px 64px; }
header { margin-bottom: 28px; }
h1.title { font-size: 1.6em; font-weight: 600; line-height: 1.3; margin: 0 0 6px; }
.meta, .label, .footer { color: var(--muted); font-size: 0.87em; }
.system {
  border-left: 3px solid var(--quote-bar); padding: 2px 0 2px 14px; margin: 0 0 28px;
  color: var(--quote); white-space: pre-wrap;
}
.system strong { display: block; color: var(--muted); font-size: 0.87em; }
.turn { margin: 0 0 28px; }
.label { margin: 0 0 6px; font-weight: 600; letter-spacing: 0.01em; }
.model .label::before {
  content: ""; display: inline-block; width: 8px; height: 8px; margin-right: 8px;
  border-radius: 50%; background: var(--accent); vertical-align: 1px;
}
.card { background: var(--card); border-radius: 14px; padding: 10px 16px 14px; }
.prompt { white-space: pre-wrap; overflow-wrap: anywhere; }
.images { display: flex; flex-wrap: wrap; gap: 8px; margin: 4px 0 10px; }
.images img {
  display: block; max-width: 100%; max-height: 320px; border-radius: 10px;
  border: 1px solid var(--border); background: var(--base);
}
.files { display: flex; flex-wrap: wrap; gap: 6px; margin: 4px 0 10px; padding: 0;
  list-style: none; }
.files li {
  border: 1px solid var(--border); border-radius: 999px; padding: 2px 12px;
  font-size: 0.87em; background: var(--base);
}
.files .missing { color: var(--muted); font-style: italic; }
.answer { overflow-wrap: break-word; }
.answer > :first-child { margin-top: 0; }
.answer h1, .answer h2, .answer h3, .answer h4, .answer h5, .answer h6 {
  line-height: 1.3; margin: 1.2em 0 0.5em; font-weight: 600; }
.answer h1 { font-size: 1.35em; } .answer h2 { font-size: 1.2em; }
.answer h3 { font-size: 1.08em; } .answer h4, .answer h5, .answer h6 { font-size: 1em; }
.answer p, .answer ul, .answer ol, .answer pre, .answer blockquote, .answer .table {
  margin: 0 0 0.9em; }
.answer ul, .answer ol { padding-left: 1.6em; }
.answer li > ul, .answer li > ol { margin: 0.2em 0; }
.answer .task-list-item { list-style: none; }
.answer .task-list-item-checkbox { margin: 0 0.45em 0 -1.35em; accent-color: var(--accent); }
a { color: var(--link); text-decoration: none; }
a:hover { text-decoration: underline; }
code, pre {
  font-family: ui-monospace, "SF Mono", "Cascadia Mono", "DejaVu Sans Mono", Menlo,
    Consolas, monospace; font-size: 0.9em;
}
code { background: var(--inline-code); border-radius: 4px; padding: 0.1em 0.35em; }
pre {
  background: var(--code); border: 1px solid var(--code-border); border-radius: 10px;
  padding: 12px 14px; overflow-x: auto; line-height: 1.45;
}
pre code { background: none; padding: 0; font-size: 1em; }
blockquote {
  margin-left: 0; padding: 0 0 0 14px; border-left: 3px solid var(--quote-bar);
  color: var(--quote);
}
hr { border: none; border-top: 1px solid var(--border); margin: 1.4em 0; }
.table { overflow-x: auto; }
table { border-collapse: collapse; font-size: 0.95em; }
th, td { border: 1px solid var(--border); padding: 6px 10px; vertical-align: top; }
th { background: var(--table-head); font-weight: 600; }
details.thoughts {
  margin: 0 0 12px; padding: 6px 12px; border-radius: 10px;
  border: 1px solid var(--border); color: var(--muted);
}
details.thoughts summary { cursor: pointer; font-size: 0.87em; font-weight: 600; }
details.thoughts .answer { margin-top: 8px; font-size: 0.95em; }
.note { margin: 0 0 10px; padding: 7px 12px; border-radius: 8px; font-size: 0.93em;
  color: var(--note); background: var(--note-bg); }
.note.error { color: var(--error); background: var(--error-bg); }
.sources { margin: 0 0 6px; padding: 0; list-style: none; font-size: 0.87em; }
.sources li { display: inline; }
.sources li + li::before { content: " · "; color: var(--muted); }
.footer { margin: 4px 0 0; }
main.wide { max-width: none; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 24px; }
h2.column { font-size: 1.05em; margin: 0 0 12px; }
@media print {
  main { max-width: none; padding: 0; }
  details.thoughts { display: none; }
}
"""


def export_html(
    conversation: Conversation,
    load_attachment: LoadAttachment,
    path: Path,
    *,
    labels: ExportLabels = ExportLabels(),  # noqa: B008 - frozen, never changed
) -> Path:
    """Write the conversation to `path` as one HTML file (replaced if it exists) and
    return it. Raises FileProblemError when it cannot be written."""
    return export_html_columns([conversation], load_attachment, path, labels=labels)


def export_html_columns(
    columns: Sequence[Conversation],
    load_attachment: LoadAttachment,
    path: Path,
    *,
    labels: ExportLabels = ExportLabels(),  # noqa: B008 - frozen, never changed
) -> Path:
    """As export_html, for a compare's columns side by side."""
    page = html_columns_document(columns, load_attachment, labels=labels)
    try:
        write_atomic(path, page.encode("utf-8"))
    except OSError as exc:
        raise cannot_write(path, exc) from exc
    return path


def html_document(
    conversation: Conversation,
    load_attachment: LoadAttachment,
    *,
    labels: ExportLabels = ExportLabels(),  # noqa: B008 - frozen, never changed
) -> str:
    """The page itself, as text."""
    return html_columns_document([conversation], load_attachment, labels=labels)


def html_columns_document(
    columns: Sequence[Conversation],
    load_attachment: LoadAttachment,
    *,
    labels: ExportLabels = ExportLabels(),  # noqa: B008 - frozen, never changed
) -> str:
    """The page of one conversation, or of a compare's columns side by side (each under
    a heading naming its column and model), as text."""
    attachments = Attachments(load_attachment)
    conversation = columns[0]
    title = conversation.title or labels.untitled
    meta = [labels.exported, local_time(conversation.updated_at)]
    if len(columns) == 1 and (model := model_name(conversation.turns, conversation.settings.model)):
        meta.append(model)
    parts = [
        "<!DOCTYPE html>",
        "<html>",
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="Gemini Desktop">',
        f"<title>{escape(title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        "<main>" if len(columns) == 1 else '<main class="wide">',
        "<header>",
        f'<h1 class="title">{escape(title)}</h1>',
        f'<p class="meta">{escape(" · ".join(meta))}</p>',
        "</header>",
    ]
    if len(columns) == 1:
        parts += _conversation(conversation, attachments, labels)
    else:
        parts.append('<div class="columns">')
        for number, column in enumerate(columns, start=1):
            heading = escape(column_heading(column, number, labels))
            parts += ["<section>", f'<h2 class="column">{heading}</h2>']
            parts += [*_conversation(column, attachments, labels), "</section>"]
        parts.append("</div>")
    parts += ["</main>", "</body>", "</html>", ""]
    return "\n".join(parts)


def _conversation(
    conversation: Conversation, attachments: Attachments, labels: ExportLabels
) -> list[str]:
    parts = []
    if system := conversation.settings.system_instruction:
        parts.append(
            f'<div class="system"><strong>{escape(labels.system_instruction)}</strong>'
            f"{escape(system)}</div>"
        )
    for turn in conversation.turns:
        if turn.role == "user":
            parts += _user_turn(turn, attachments, labels)
        else:
            parts += _model_turn(turn, labels)
    return parts


def _user_turn(turn: Turn, attachments: Attachments, labels: ExportLabels) -> list[str]:
    parts = [
        '<section class="turn user">',
        f'<p class="label">{escape(labels.you)} · {escape(local_time(turn.created_at))}</p>',
        '<div class="card">',
    ]
    images: list[str] = []
    files: list[str] = []
    for ref in turn.attachments:
        if ref.uri is not None:
            files.append(_link(ref, labels))
            continue
        data = attachments.get(ref)
        if data is None:
            files.append(
                f'<li class="missing">{escape(ref.name)} ({escape(labels.missing_file)})</li>'
            )
        elif ref.mime_type in BROWSER_IMAGES:
            images.append(_image(ref, data))
        else:
            files.append(f"<li>{escape(_file_text(ref, labels))}</li>")
    if images:
        parts += ['<div class="images">', *images, "</div>"]
    if files:
        parts += ['<ul class="files">', *files, "</ul>"]
    if turn.text:
        parts.append(f'<div class="prompt">{escape(turn.text)}</div>')
    parts += ["</div>", "</section>"]
    return parts


def _image(ref: AttachmentRef, data: bytes) -> str:
    encoded = base64.b64encode(data).decode("ascii")
    return (
        f'<img src="data:{escape(ref.mime_type)};base64,{encoded}" alt="{escape(ref.name)}" '
        f'title="{escape(ref.name)}">'
    )


def _link(ref: AttachmentRef, labels: ExportLabels) -> str:
    """A link (a YouTube video) as a plain link: no player, nothing fetched from YouTube
    (the Content-Security-Policy would block it anyway)."""
    clip = clip_text(ref, labels)
    after = f" · {escape(clip)}" if clip else ""
    if (url := web_link(ref.uri)) is not None:
        return (
            f'<li class="link"><a href="{escape(url)}" rel="noreferrer">{escape(ref.name)}</a>'
            f"{after}</li>"
        )
    return f'<li class="link">{escape(ref.name)} · {escape(ref.uri or "")}{after}</li>'


def _file_text(ref: AttachmentRef, labels: ExportLabels) -> str:
    pieces = [ref.name, size_text(ref.size)]
    if clip := clip_text(ref, labels):
        pieces.append(clip)
    return " · ".join(pieces)


def _model_turn(turn: Turn, labels: ExportLabels) -> list[str]:
    parts = [
        '<section class="turn model">',
        f'<p class="label">{escape(labels.model)} · {escape(local_time(turn.created_at))}</p>',
    ]
    if turn.thoughts:
        parts += [
            '<details class="thoughts">',
            f"<summary>{escape(labels.thoughts)}</summary>",
            f'<div class="answer">{markdown_html.render(turn.thoughts)}</div>',
            "</details>",
        ]
    if turn.text:
        parts.append(f'<div class="answer">{markdown_html.render(turn.text)}</div>')
    notes = status_notes(turn, labels)
    failed = turn.error is not None
    for index, note in enumerate(notes):
        kind = "note error" if failed and index == 0 else "note"
        parts.append(f'<p class="{kind}">{escape(note)}</p>')
    if found := sources(turn):
        links = "".join(
            f'<li><a href="{escape(url)}" rel="noreferrer">{escape(title)}</a></li>'
            for title, url in found
        )
        parts.append(
            f'<p class="footer">{escape(labels.sources)}:</p><ul class="sources">{links}</ul>'
        )
    if footer := footer_pieces(turn, labels):
        parts.append(f'<p class="footer">{escape(" · ".join(footer))}</p>')
    parts.append("</section>")
    return parts
