"""The web page's answers render as CommonMark with GitHub's tables, strikethrough and task
lists, as the window's md4c does, in cases the old hand-written renderer got wrong."""

from __future__ import annotations

import pytest

from desktop.services.export.markdown_html import render
from tests.services.export.conftest import outline


@pytest.mark.parametrize(
    ("markdown", "structure"),
    [
        # A list item's own paragraphs and indented code stay inside the item.
        (
            "- item\n\n      code in item\n- next",
            "ul(li(p(item) pre(code(code in item))) li(p(next)))",
        ),
        (
            "1. one\n   - two\n     1. three\n\n        more of three",
            "ol(li(one ul(li(two ol(li(p(three) p(more of three)))))))",
        ),
        # Not indented enough to belong to "1.": a list of its own after it.
        ("1. a\n  - b", "ol(li(a)) ul(li(b))"),
        ("* a\n\n  more of a\n* b", "ul(li(p(a) p(more of a)) li(p(b)))"),
    ],
)
def test_nested_lists(markdown: str, structure: str) -> None:
    assert outline(render(markdown)) == structure


@pytest.mark.parametrize(
    ("markdown", "structure"),
    [
        ("[**bold** and *it*](https://x.org)", "p(a(strong(bold) and em(it)))"),
        ("*see [the_page](https://x.org/a_b_c) now*", "p(em(see a(the_page) now))"),
        ("***both*** and ***both** just*", "p(em(strong(both)) and em(strong(both) just))"),
        # An image inside a link: its text, never a link inside a link.
        ("[![a photo](https://x.org/i.png)](https://y.org)", "p(a(a photo))"),
        ("[a](<https://x.org/with space>)", "p(a(a))"),
    ],
)
def test_emphasis_and_images_inside_links(markdown: str, structure: str) -> None:
    assert outline(render(markdown)) == structure


def test_a_link_keeps_its_address_and_opens_without_a_referrer() -> None:
    html = render("[a](<https://x.org/with space>) and https://example.org/a_b_c.")
    assert 'href="https://x.org/with%20space" rel="noreferrer"' in html
    assert '<a href="https://example.org/a_b_c" rel="noreferrer">' in html
    assert "notes.md" in render("see notes.md") and "<a" not in render("see notes.md")


def test_tables_with_pipes_in_code_and_alignment() -> None:
    html = render(
        "| Name | Shell |\n|:---|:-:|\n| pipe | `a \\| b` |\n| or | `x \\|\\| y` |\n| short |"
    )
    assert outline(html) == (
        "div(table(thead(tr(th(Name) th(Shell)))"
        " tbody(tr(td(pipe) td(code(a | b))) tr(td(or) td(code(x || y))) tr(td(short) td()))))"
    )
    assert '<td style="text-align:center"><code>a | b</code></td>' in html


def test_html_in_the_answer_is_shown_as_text() -> None:
    markdown = '<div onclick="x()">\nblock\n</div>\n\nan <b>inline</b> <!-- note --> tag'
    html = render(markdown)
    assert outline(html) == (
        'p(<div onclick="x()"> block </div>) p(an <b>inline</b> <!-- note --> tag)'
    )
    assert "<div" not in html and "<b>" not in html


def test_setext_headings_entities_and_indented_code() -> None:
    html = render("Title\n=====\n\nSub\n---\n\n&copy; &amp; &lt;\n\n    indented code")
    assert outline(html) == "h1(Title) h2(Sub) p(© & <) pre(code(indented code))"


def test_task_lists() -> None:
    html = render("- [ ] open\n- [x] done\n  - [X] nested\n\n1. [ ] numbered")
    assert outline(html) == (
        "ul(li(input[ ] open) li(input[x] done ul(li(input[x] nested)))) ol(li(input[ ] numbered))"
    )
    assert html.count('disabled="disabled"') == 4
    assert outline(render("- [x]no space")) == "ul(li([x]no space))"
