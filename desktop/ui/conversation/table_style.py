"""A Markdown table as the answers show it: hairline borders, padded cells, a tinted bold
header row, and the header's first cell mended where Qt's importer breaks it.

Qt builds a table's frame only when the edit block that inserted it ends, so the writer
styles new tables after each edit (`style_new_tables`), never inside it."""

from __future__ import annotations

from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextFrameFormat,
    QTextTable,
)

from desktop.ui.conversation.theme import Theme

TABLE_STYLED_PROPERTY = QTextFormat.Property.UserProperty + 4


def style_new_tables(document: QTextDocument, theme: Theme) -> int:
    """Style every table of `document` not styled yet; returns how many. Changes formats
    only, never the text: the writer's positions stay right."""
    tables = [t for t in _tables(document.rootFrame()) if not _styled(t)]
    if not tables:
        return 0
    cursor = QTextCursor(document)
    cursor.beginEditBlock()  # one layout pass for them all
    try:
        for table in tables:
            style_table(document, table, theme)
    finally:
        cursor.endEditBlock()
    return len(tables)


def style_table(document: QTextDocument, table: QTextTable, theme: Theme) -> None:
    fmt = table.format()
    fmt.setBorder(1)
    fmt.setBorderBrush(theme.table_border)
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    fmt.setBorderCollapse(True)
    fmt.setCellPadding(7)
    fmt.setCellSpacing(0)
    fmt.setTopMargin(8)
    fmt.setBottomMargin(10)
    fmt.setProperty(TABLE_STYLED_PROPERTY, True)
    table.setFormat(fmt)
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    for column in range(table.columns()):
        cell = table.cellAt(0, column)
        cell_format = cell.format()
        cell_format.setBackground(theme.table_header)
        cell.setFormat(cell_format)
        _mend_header_cell(document, table, column)
        cursor = cell.firstCursorPosition()
        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(bold)


def _mend_header_cell(document: QTextDocument, table: QTextTable, column: int) -> None:
    """Qt's Markdown importer (6.x, md4c), given a table right after a block quote, opens the
    first header cell with an empty block and puts the name in a second one with a
    paragraph's margins and no weight: it shows plain and a line low. The empty block is
    hidden (not removed: the text must not move) and the name's block takes its format."""
    cell = table.cellAt(0, column)
    first = cell.firstCursorPosition().block()
    last = cell.lastCursorPosition().block()
    if first.text() or first.blockNumber() == last.blockNumber():
        return
    first.setVisible(False)
    header = first.blockFormat()
    cursor = QTextCursor(first.next())
    cursor.setBlockFormat(QTextBlockFormat(header))
    # Not table.document(): PySide wraps that pointer anew, and the wrapper, once collected,
    # took the document with it ("Internal C++ object already deleted").
    document.markContentsDirty(first.position(), first.length())


def _styled(table: QTextTable) -> bool:
    return table.format().hasProperty(TABLE_STYLED_PROPERTY)


def _tables(frame: QTextFrame) -> list[QTextTable]:
    found: list[QTextTable] = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            found.append(child)
        found.extend(_tables(child))
    return found
