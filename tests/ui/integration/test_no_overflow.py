"""The conversation never grows wider than its pane: many attachments, a long unbroken word,
a wide table, long code lines. Checked at the narrowest window (as narrow as the panels open
beside the conversation allow) and a usual one, with the Settings panel open, after sending
and after reopening the conversation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QScrollArea, QTextEdit, QWidget

from tests.loopback.server import Scenario
from tests.ui.integration.helpers import App

TABLE_COLUMNS = 30  # more than the narrowest pane (about 520 px) holds, a letter a column
WIDE_TABLE = "\n".join(
    [
        "| " + " | ".join(f"Column heading number {n}" for n in range(TABLE_COLUMNS)) + " |",
        "|" + "---|" * TABLE_COLUMNS,
        "| " + " | ".join(f"cell_{n}_without_any_space_in_it" for n in range(TABLE_COLUMNS)) + " |",
    ]
)
LONG_WORD = "Pneumonoultramicroscopicsilicovolcanoconiosis" * 6
ANSWER = (
    f"Here is a table:\n\n{WIDE_TABLE}\n\nAnd a word: {LONG_WORD}\n\n"
    "```python\nvalues = [" + ", ".join(str(n) for n in range(200)) + "]\n```\n\n"
    "See https://example.com/" + "a" * 300 + "\n"
)


def _attachments(folder: Path, count: int) -> list[Path]:
    folder.mkdir(exist_ok=True)
    files = []
    for n in range(count):
        path = folder / f"field_notes_from_the_long_walk_in_the_hills_part_{n:02d}.txt"
        path.write_text(f"Note {n}: the path was steep.\n", encoding="utf-8")
        files.append(path)
    return files


def _overflowing(scroll: QScrollArea) -> list[str]:
    """Widgets under the conversation that reach past the visible pane, and text views whose
    text is wider than themselves (cut off, since they do not scroll)."""
    viewport = scroll.viewport()
    right = viewport.width()
    found = []
    content = scroll.widget()
    if content.width() > right:
        found.append(f"the content is {content.width()} px in a {right} px pane")
    for widget in content.findChildren(QWidget):
        if not widget.isVisibleTo(content) or widget.width() == 0:
            continue
        edge = widget.mapTo(viewport, QPoint(widget.width(), 0)).x()
        if edge > right + 1:
            found.append(f"{widget.objectName() or type(widget).__name__} ends at {edge} > {right}")
        if isinstance(widget, QTextEdit):
            document_width = widget.document().size().width()
            bar = widget.horizontalScrollBar()
            if document_width > widget.viewport().width() + 1 and not bar.isVisible():
                found.append(
                    f"{widget.objectName()} holds {document_width:.0f} px of text in "
                    f"{widget.viewport().width()} px"
                )
    return found


def _check_widths(app: App) -> None:
    """At the narrowest and at 1280 px, nothing reaches past the pane and Edit & resend
    shows whole."""
    window = app.window
    scroll = window.conversation.findChild(QScrollArea, "conversationScroll")
    assert scroll is not None
    narrowest = window.minimumWidth()  # the conversation pane at its own minimum width
    assert narrowest < 1280
    for width in (narrowest, 1280):
        window.resize(width, 800)
        app.qtbot.waitUntil(lambda w=width: window.width() == w, timeout=2000)
        QApplication.processEvents()
        app.qtbot.wait(50)
        problems = _overflowing(scroll)
        assert problems == [], f"at {width} px: " + "\n".join(problems)
        if width == narrowest:  # the wide table scrolls sideways inside its answer
            answer_text = window.conversation.findChild(QTextEdit, "answerText")
            assert answer_text is not None
            assert answer_text.horizontalScrollBar().isVisible()
        edit = window.conversation.findChild(QWidget, "userEdit")
        assert edit is not None and edit.isVisible()
        scroll.ensureWidgetVisible(edit)
        QApplication.processEvents()
        visible = edit.visibleRegion().boundingRect()
        assert visible.width() == edit.width(), f"Edit & resend is cut off at {width} px"


def test_many_attachments_and_wide_content_stay_inside_the_pane(
    make_app: Callable[..., App], tmp_path: Path
) -> None:
    app = make_app()
    app.wait_until_started()
    app.window.dock.show()
    app.drop(*_attachments(tmp_path / "notes", 14))
    app.wait_for_attachments(14)
    app.server.script(Scenario(text=ANSWER, chunks=3))
    app.ask(f"What do these say? {LONG_WORD}")
    _check_widths(app)

    conversation_id = app.saved().id
    app.controller.conversation.new_chat()
    with app.qtbot.waitSignal(app.controller.conversation.conversation_shown, timeout=5000):
        app.controller.conversation.open_conversation(conversation_id)
    _check_widths(app)
