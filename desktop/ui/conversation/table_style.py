"""A Markdown table as the answers show it: hairline borders, padded cells, a tinted bold
header row, and the header's first cell mended where Qt's importer breaks it.

Qt builds a table's frame only when the edit block that inserted it ends: the writer styles
tables in the scratch document Qt's importer made, before they are copied into the answer."""

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
HIDDEN_PROPERTY = QTextFormat.Property.UserProperty + 5
"""On a block to hide (block visibility is not copied with a fragment)."""


def style_tables(document: QTextDocument, theme: Theme) -> bool:
    """Style every table of `document` not styled yet. Changes formats only, never the
    text. Returns whether it marked blocks to hide (see _mend_header_cell)."""
    marked = False
    for table in _tables(document.rootFrame()):
        if not _styled(table):
            marked = style_table(table, theme) or marked
    return marked


def hide_marked_blocks(document: QTextDocument, start: int) -> None:
    """Hide the blocks from position `start` on that _mend_header_cell marked to hide.
    Block visibility is not part of a text format, so it does not come with a copied
    fragment; and it is set after the edit block that inserted the table (inside it,
    the table has no frame yet and a hidden block in it crashed Qt's layout)."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    try:
        block = document.findBlock(start)
        while block.isValid():
            if block.isVisible() and block.blockFormat().hasProperty(HIDDEN_PROPERTY):
                block.setVisible(False)
                document.markContentsDirty(block.position(), block.length())
            block = block.next()
    finally:
        cursor.endEditBlock()


def style_table(table: QTextTable, theme: Theme) -> bool:
    """Style `table`; returns whether it marked a block to hide."""
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
    marked = False
    for column in range(table.columns()):
        cell = table.cellAt(0, column)
        cell_format = cell.format()
        cell_format.setBackground(theme.table_header)
        cell.setFormat(cell_format)
        marked = _mend_header_cell(table, column) or marked
        cursor = cell.firstCursorPosition()
        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(bold)
    return marked


def _mend_header_cell(table: QTextTable, column: int) -> bool:
    """Qt's Markdown importer (6.x, md4c), given a table right after a block quote, opens the
    first header cell with an empty block and puts the name in a second one with a
    paragraph's margins and no weight: it shows plain and a line low. The empty block is
    marked to hide (not removed: the text must not move; hide_marked_blocks hides it) and
    the name's block takes its format. Returns whether it marked one."""
    cell = table.cellAt(0, column)
    first = cell.firstCursorPosition().block()
    last = cell.lastCursorPosition().block()
    if first.text() or first.blockNumber() == last.blockNumber():
        return False
    header = first.blockFormat()
    QTextCursor(first.next()).setBlockFormat(QTextBlockFormat(header))
    marked = QTextBlockFormat(header)
    marked.setProperty(HIDDEN_PROPERTY, True)
    QTextCursor(first).setBlockFormat(marked)
    return True


def _styled(table: QTextTable) -> bool:
    return table.format().hasProperty(TABLE_STYLED_PROPERTY)


def _tables(frame: QTextFrame) -> list[QTextTable]:
    found: list[QTextTable] = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            found.append(child)
        found.extend(_tables(child))
    return found
