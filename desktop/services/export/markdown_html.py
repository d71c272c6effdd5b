"""Answers as HTML for the web page export, rendered the way the window shows them.

The window renders Markdown with Qt's md4c in its GitHub dialect: CommonMark plus tables,
strikethrough, task lists and bare web addresses as links. markdown-it-py is a CommonMark
renderer with the same extensions (tables and strikethrough built in, task lists from
mdit-py-plugins, bare addresses through linkify-it-py), so the page shows what the screen did.

Safe: answers are untrusted, so raw HTML in one is shown as text, links keep only http,
https, mailto and #anchors, and images become links (the page loads nothing from the
network; its Content-Security-Policy would block it anyway).
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict
from mdit_py_plugins.tasklists import tasklists_plugin

_SAFE_URL = re.compile(r"^(?:https?://|mailto:|#)", re.IGNORECASE)


def render(markdown: str) -> str:
    """The HTML of `markdown` (a fragment: blocks without <html> or <body>)."""
    return str(_MARKDOWN.render(markdown))


def escape(text: str) -> str:
    return html.escape(text, quote=True)


def _is_safe_link(url: str) -> bool:
    return bool(_SAFE_URL.match(url.strip()))


def _link_open(
    renderer: RendererHTML,
    tokens: Sequence[Token],
    idx: int,
    options: OptionsDict,
    env: EnvType,
) -> str:
    tokens[idx].attrSet("rel", "noreferrer")
    return renderer.renderToken(tokens, idx, options, env)


def _image(
    renderer: RendererHTML,
    tokens: Sequence[Token],
    idx: int,
    options: OptionsDict,
    env: EnvType,
) -> str:
    """An image as a link to it, or as its text inside a link (no link in a link)."""
    token = tokens[idx]
    label = escape(renderer.renderInlineAsText(token.children or [], options, env))
    if _inside_link(tokens[:idx]):
        return label
    return f'<a href="{escape(str(token.attrGet("src")))}" rel="noreferrer">{label}</a>'


def _inside_link(tokens: Sequence[Token]) -> bool:
    depth = 0
    for token in tokens:
        depth += {"link_open": 1, "link_close": -1}.get(token.type, 0)
    return depth > 0


def _table_open(
    renderer: RendererHTML,
    tokens: Sequence[Token],
    idx: int,
    options: OptionsDict,
    env: EnvType,
) -> str:
    """Wide tables scroll inside their own box, not the page."""
    return '<div class="table">' + renderer.renderToken(tokens, idx, options, env)


def _table_close(
    renderer: RendererHTML,
    tokens: Sequence[Token],
    idx: int,
    options: OptionsDict,
    env: EnvType,
) -> str:
    return renderer.renderToken(tokens, idx, options, env) + "</div>\n"


def _tag(html_tag: str) -> Any:
    """A render rule that writes `html_tag` for a token pair (GitHub writes <del> for ~~)."""

    def rule(
        renderer: RendererHTML,
        tokens: Sequence[Token],
        idx: int,
        options: OptionsDict,
        env: EnvType,
    ) -> str:
        return f"<{html_tag}>" if tokens[idx].nesting == 1 else f"</{html_tag}>"

    return rule


def _markdown() -> MarkdownIt:
    options: dict[str, Any] = {"html": False, "linkify": True, "xhtmlOut": False}
    md = MarkdownIt("commonmark", options).enable(["table", "strikethrough", "linkify"])
    if md.linkify is None:
        raise ImportError("linkify-it-py is missing: bare web addresses would not be links")
    # md4c links bare http(s) addresses, not "notes.md" (a file name, and a Moldovan domain).
    md.linkify.set({"fuzzy_link": False})
    md.use(tasklists_plugin)
    md.validateLink = _is_safe_link  # type: ignore[method-assign]
    md.add_render_rule("link_open", _link_open)
    md.add_render_rule("image", _image)
    md.add_render_rule("table_open", _table_open)
    md.add_render_rule("table_close", _table_close)
    md.add_render_rule("s_open", _tag("del"))
    md.add_render_rule("s_close", _tag("del"))
    return md


_MARKDOWN = _markdown()
