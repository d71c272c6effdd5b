"""A small, safe Markdown-to-HTML renderer for answers in the web page export.

Services cannot use Qt's Markdown (md4c), and no Markdown library is a runtime dependency,
so this covers what Gemini writes: headings, paragraphs, bullet and numbered lists (nested,
with task boxes), block quotes, fenced code, GitHub tables, horizontal rules, and inline
code, bold, italics, strikethrough, links and bare URLs. It is not CommonMark; what it does
not understand stays visible as text.

Safe by construction: every piece of text is HTML-escaped, raw HTML in an answer is shown
as text, links keep only http, https, mailto and #anchors, and images in an answer become
links (the page loads nothing from the network). Every tag it opens it closes.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

MAX_DEPTH = 12  # quotes in lists in quotes…: deeper than this is shown as text

_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})[ \t]*([^`\s]*)[^`]*$")
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE = re.compile(r"^ {0,3}> ?(.*)$")
_ITEM = re.compile(r"^( {0,12})([-*+]|\d{1,9}[.)])(?:([ \t]+)(.*)|$)")
_TABLE_DELIMITER = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_TASK = re.compile(r"^\[([ xX])\][ \t]+")

_PLACEHOLDER = re.compile(r"\x00(\d+)\x00")
_CODE_SPAN = re.compile(r"(`+)(.+?)(?<!`)\1(?!`)", re.DOTALL)
_HARD_BREAK = re.compile(r"(?: {2,}|\\)\n")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^\s<>]+)>", re.IGNORECASE)
# A link target may hold one level of brackets: https://en.wikipedia.org/wiki/Mercury_(planet)
_TARGET = r"\(\s*<?((?:[^()\s<>]|\([^()\s<>]*\))*)>?(?:\s+\"[^\"]*\")?\s*\)"
_IMAGE = re.compile(r"!\[([^\]\n]*)\]" + _TARGET)
_LINK = re.compile(r"\[([^\]\n]+)\]" + _TARGET)
_BARE_URL = re.compile(
    r"(?<![\w/\"'=\x00])(https?://[^\s<>()\[\]\x00]*[^\s<>()\[\]\x00.,;:!?'\"*_~])", re.IGNORECASE
)
_SAFE_URL = re.compile(r"^(?:https?://|mailto:|#)", re.IGNORECASE)
_EMPHASIS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", re.DOTALL), "strong"),
    (re.compile(r"(?<![\w])__(?=\S)(.+?)(?<=\S)__(?![\w])", re.DOTALL), "strong"),
    (re.compile(r"\*(?=[^\s*])(.+?)(?<=[^\s*])\*", re.DOTALL), "em"),
    (re.compile(r"(?<![\w])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w])", re.DOTALL), "em"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~", re.DOTALL), "del"),
)


def render(markdown: str) -> str:
    """The HTML of `markdown` (a fragment: blocks without <html> or <body>)."""
    text = markdown.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "\ufffd")
    lines = [_expand_tabs(line) for line in text.split("\n")]
    return "\n".join(_blocks(lines, depth=0, tight=False))


def escape(text: str) -> str:
    return html.escape(text, quote=True)


def _expand_tabs(line: str) -> str:
    """Leading tabs as four spaces, so indentation can be measured."""
    stripped = line.lstrip(" \t")
    lead = line[: len(line) - len(stripped)]
    return lead.replace("\t", "    ") + stripped


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


# --- blocks ---------------------------------------------------------------------------------


def _blocks(lines: list[str], depth: int, tight: bool) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if fence := _FENCE.match(line):
            i = _code_block(lines, i, fence, out)
        elif heading := _HEADING.match(line):
            level = len(heading.group(1))
            out.append(f"<h{level}>{_inline(heading.group(2) or '')}</h{level}>")
            i += 1
        elif _RULE.match(line):
            out.append("<hr>")
            i += 1
        elif _QUOTE.match(line) and depth < MAX_DEPTH:
            i = _quote(lines, i, depth, out)
        elif _ITEM.match(line) and depth < MAX_DEPTH:
            i = _list(lines, i, depth, out)
        elif _is_table_start(lines, i):
            i = _table(lines, i, out)
        else:
            i = _paragraph(lines, i, out, tight)
    return out


def _starts_block(lines: list[str], i: int) -> bool:
    """Whether line i begins something other than more of a paragraph."""
    line = lines[i]
    if not line.strip():
        return True
    if _FENCE.match(line) or _HEADING.match(line) or _RULE.match(line) or _QUOTE.match(line):
        return True
    item = _ITEM.match(line)
    # A number inside a sentence ("in 2024. Then…") wrapped onto a new line is not a list,
    # so only a bullet or "1." interrupts a paragraph, as in CommonMark.
    if item and item.group(4) and (not item.group(2)[0].isdigit() or item.group(2)[:-1] == "1"):
        return True
    return _is_table_start(lines, i)


def _paragraph(lines: list[str], i: int, out: list[str], tight: bool) -> int:
    start = i
    i += 1
    while i < len(lines) and not _starts_block(lines, i):
        i += 1
    text = "\n".join(line.strip() if n else line.lstrip() for n, line in enumerate(lines[start:i]))
    body = _inline(text.rstrip() if not text.endswith("  ") else text)
    out.append(body if tight else f"<p>{body}</p>")
    return i


def _code_block(lines: list[str], i: int, fence: re.Match[str], out: list[str]) -> int:
    indent, marker, language = len(fence.group(1)), fence.group(2), fence.group(3)
    closing = re.compile(rf"^ {{0,3}}{re.escape(marker[0])}{{{len(marker)},}}[ \t]*$")
    body: list[str] = []
    i += 1
    while i < len(lines) and not closing.match(lines[i]):
        line = lines[i]
        body.append(line[min(indent, _indent(line)) :])
        i += 1
    code = escape("\n".join(body))
    language = re.sub(r"[^\w+#.-]", "", language)
    attribute = f' class="language-{escape(language)}"' if language else ""
    out.append(f"<pre><code{attribute}>{code}</code></pre>")
    return i + 1


def _quote(lines: list[str], i: int, depth: int, out: list[str]) -> int:
    inner: list[str] = []
    while i < len(lines) and (quoted := _QUOTE.match(lines[i])):
        inner.append(quoted.group(1))
        i += 1
    out.append("<blockquote>")
    out.extend(_blocks(inner, depth + 1, tight=False))
    out.append("</blockquote>")
    return i


@dataclass
class _Item:
    lines: list[str]
    loose: bool = False


def _list(lines: list[str], i: int, depth: int, out: list[str]) -> int:
    first = _ITEM.match(lines[i])
    assert first is not None
    base = len(first.group(1))
    ordered = first.group(2)[0].isdigit()
    delimiter = first.group(2)[-1]
    items: list[_Item] = []
    content_indent = 0
    while i < len(lines):
        line = lines[i]
        item = _ITEM.match(line)
        if item and _same_list(item, base, ordered, delimiter):
            text = item.group(4) or ""
            content_indent = len(item.group(1)) + len(item.group(2)) + len(item.group(3) or " ")
            if len(item.group(3) or "") > 4:  # "-     code": content starts one space in
                content_indent = len(item.group(1)) + len(item.group(2)) + 1
            items.append(_Item([text]))
            i += 1
            continue
        if not line.strip():
            # A blank line: the list goes on if what follows belongs to it.
            j = i
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j == len(lines):
                break
            following = _ITEM.match(lines[j])
            continues = _indent(lines[j]) >= content_indent or (
                following is not None and _same_list(following, base, ordered, delimiter)
            )
            if not continues:
                break
            items[-1].lines.extend([""] * (j - i))
            items[-1].loose = True
            i = j
            continue
        if _indent(line) >= content_indent:
            items[-1].lines.append(line[content_indent:])
        elif items[-1].lines[-1].strip() and not _starts_block(lines, i):
            items[-1].lines.append(line.strip())  # a lazy continuation of the paragraph
        else:
            break
        i += 1
    start = int(first.group(2)[:-1]) if ordered else 1
    tag = "ol" if ordered else "ul"
    out.append(f'<{tag} start="{start}">' if ordered and start != 1 else f"<{tag}>")
    loose = any(item.loose and any(line for line in item.lines[1:]) for item in items[:-1])
    out.extend(_list_item(entry, depth, loose) for entry in items)
    out.append(f"</{tag}>")
    return i


def _same_list(item: re.Match[str], base: int, ordered: bool, delimiter: str) -> bool:
    marker = item.group(2)
    return (
        abs(len(item.group(1)) - base) < 2
        and marker[0].isdigit() == ordered
        and marker[-1] == delimiter
    )


def _list_item(item: _Item, depth: int, loose: bool) -> str:
    lines = list(item.lines)
    box = ""
    if task := _TASK.match(lines[0]):
        checked = task.group(1) != " "
        box = '<span class="task">☑</span> ' if checked else '<span class="task">☐</span> '
        lines[0] = lines[0][task.end() :]
    body = "\n".join(_blocks(lines, depth + 1, tight=not loose))
    return f"<li>{box}{body}</li>"


def _split_row(line: str) -> list[str]:
    row = line.strip()
    if row.startswith("|"):
        row = row[1:]
    if row.endswith("|") and not row.endswith("\\|"):
        row = row[:-1]
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", row)]


def _is_table_start(lines: list[str], i: int) -> bool:
    if i + 1 >= len(lines) or "|" not in lines[i]:
        return False
    if not _TABLE_DELIMITER.match(lines[i + 1]) or "-" not in lines[i + 1]:
        return False
    return len(_split_row(lines[i])) == len(_split_row(lines[i + 1]))


def _table(lines: list[str], i: int, out: list[str]) -> int:
    header = _split_row(lines[i])
    aligns = []
    for marker in _split_row(lines[i + 1]):
        left, right = marker.startswith(":"), marker.endswith(":")
        aligns.append("center" if left and right else "right" if right else "left" if left else "")
    i += 2
    rows: list[list[str]] = []
    while i < len(lines) and lines[i].strip() and "|" in lines[i]:
        found = _split_row(lines[i])
        rows.append((found + [""] * len(header))[: len(header)])
        i += 1

    def cell(tag: str, text: str, align: str) -> str:
        style = f' style="text-align: {align}"' if align else ""
        return f"<{tag}{style}>{_inline(text)}</{tag}>"

    out.append('<div class="table"><table>')
    out.append(
        "<thead><tr>"
        + "".join(cell("th", t, a) for t, a in zip(header, aligns, strict=True))
        + "</tr></thead>"
    )
    if rows:
        out.append("<tbody>")
        for row in rows:
            cells = "".join(cell("td", t, a) for t, a in zip(row, aligns, strict=True))
            out.append(f"<tr>{cells}</tr>")
        out.append("</tbody>")
    out.append("</table></div>")
    return i


# --- inline ---------------------------------------------------------------------------------


class _Stash:
    """Finished HTML pieces, replaced by \\x00n\\x00 markers so later passes leave them be."""

    def __init__(self) -> None:
        self.pieces: list[str] = []

    def put(self, piece: str) -> str:
        self.pieces.append(piece)
        return f"\x00{len(self.pieces) - 1}\x00"

    def resolve(self, text: str) -> str:
        def replace(match: re.Match[str]) -> str:
            return self.resolve(self.pieces[int(match.group(1))])

        return _PLACEHOLDER.sub(replace, text)


def _inline(text: str) -> str:
    stash = _Stash()
    return stash.resolve(_inline_into(text, stash))


def _inline_into(text: str, stash: _Stash, *, links: bool = True) -> str:
    """`text` as HTML with stash markers in it; a link's label goes through here again,
    with the same stash (so the markers already in it stay valid) and without links
    (a link inside a link is not allowed, and a URL as its own label would recurse)."""

    def code(match: re.Match[str]) -> str:
        body = match.group(2).replace("\n", " ")
        if body.startswith(" ") and body.endswith(" ") and body.strip():
            body = body[1:-1]
        return stash.put(f"<code>{escape(body)}</code>")

    def link(label: str, url: str) -> str:
        inner = _inline_into(label, stash, links=False)
        if not _SAFE_URL.match(url):
            return stash.put(inner)
        return stash.put(f'<a href="{escape(url)}" rel="noreferrer">{inner}</a>')

    text = _CODE_SPAN.sub(code, text)
    text = _HARD_BREAK.sub(lambda m: stash.put("<br>\n"), text)
    text = _ESCAPE.sub(lambda m: stash.put(escape(m.group(1))), text)
    if links:
        text = _AUTOLINK.sub(lambda m: link(m.group(1), m.group(1)), text)
        text = _IMAGE.sub(lambda m: link(m.group(1) or m.group(2), m.group(2)), text)
        text = _LINK.sub(lambda m: link(m.group(1), m.group(2)), text)
        text = _BARE_URL.sub(lambda m: link(m.group(1), m.group(1)), text)
    return _emphasis(escape(text), stash)


def _emphasis(text: str, stash: _Stash) -> str:
    """Bold, italics and strikethrough, each finished span stashed whole, so spans that
    cross ("*a **b* c**") can never produce crossed tags."""
    for pattern, tag in _EMPHASIS:

        def wrap(match: re.Match[str], tag: str = tag) -> str:
            return stash.put(f"<{tag}>{_emphasis(match.group(1), stash)}</{tag}>")

        text = pattern.sub(wrap, text)
    return text
