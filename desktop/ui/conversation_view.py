"""The conversation area: an empty state for a fresh start, then the questions and answers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFrameFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedLayout,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import paths

BODY_POINT_SIZE = 11.0


def _blend(base: QColor, tint: QColor, amount: float) -> QColor:
    """`base` moved `amount` (0..1) of the way towards `tint`."""
    return QColor.fromRgbF(
        base.redF() + (tint.redF() - base.redF()) * amount,
        base.greenF() + (tint.greenF() - base.greenF()) * amount,
        base.blueF() + (tint.blueF() - base.blueF()) * amount,
    )


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def accent_color(palette: QPalette) -> QColor:
    """The blue-violet of the app icon, lighter on dark backgrounds so it stays readable."""
    return QColor("#9a8cff") if is_dark(palette) else QColor("#5a4fe0")


class EmptyStateWidget(QWidget):
    """What a first-time user sees: what the app does and how to start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")

        icon = QLabel(self)
        icon.setObjectName("emptyStateIcon")
        icon.setPixmap(QIcon(str(paths.app_icon_path())).pixmap(88, 88))
        icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        title = QLabel(self.tr("Ask Gemini anything"), self)
        title.setObjectName("emptyStateTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        title_font = QFont(title.font())
        title_font.setPointSizeF(max(title_font.pointSizeF(), 9.0) * 2.0)
        title_font.setWeight(QFont.Weight.DemiBold)
        title.setFont(title_font)

        body = QLabel(
            self.tr(
                "Gemini Desktop sends your questions, photos and videos to Google's Gemini "
                "models and shows the answers here as they are written."
            ),
            self,
        )
        body.setObjectName("emptyStateBody")
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # A fixed width lets the wrapped label compute its height (fits the minimum window).
        body.setFixedWidth(460)
        body_font = QFont(body.font())
        body_font.setPointSizeF(BODY_POINT_SIZE)
        body.setFont(body_font)

        hint = QLabel(self.tr("Type a question or drop a photo to get started."), self)
        hint.setObjectName("emptyStateHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        hint_font = QFont(hint.font())
        hint_font.setPointSizeF(BODY_POINT_SIZE - 0.5)
        hint.setFont(hint_font)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(0)
        layout.addStretch(3)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(20)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(10)
        # In a row of its own: with an alignment flag the layout would ignore the height the
        # wrapped text needs and cut off the last line.
        body_row = QHBoxLayout()
        body_row.addStretch(1)
        body_row.addWidget(body)
        body_row.addStretch(1)
        layout.addLayout(body_row)
        layout.addSpacing(18)
        layout.addWidget(hint, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(4)


class AnswerTurn:
    """One answer being written into the transcript; it owns its own insertion point.

    Its cursor moves along as text goes in, and Qt keeps it valid when later turns are
    added below, so an old turn can still be marked stopped after a new one has begun.
    """

    def __init__(self, view: ConversationView, cursor: QTextCursor) -> None:
        self._view = view
        self._cursor = cursor
        self._text: list[str] = []
        self._started = False
        self._finished = False

    @property
    def text(self) -> str:
        """The answer so far."""
        return "".join(self._text)

    @property
    def finished(self) -> bool:
        return self._finished

    def append(self, text: str) -> None:
        """Add streamed text to the end of the answer."""
        if self._finished or not text:
            return
        self._text.append(text)
        with self._view.keeping_scrolled_to_end():
            # The first insert replaces the selected "…" placeholder.
            self._cursor.insertText(text, self._view.body_format())
        self._started = True

    def finish(self) -> None:
        """The answer is complete."""
        if self._finished:
            return
        if not self._started:
            self._cursor.insertText(
                QCoreApplication.translate("AnswerTurn", "(no answer)"),
                self._view.note_format(),
            )
        self._finished = True

    def mark_stopped(self) -> None:
        """The user stopped the answer: keep what arrived and say so."""
        if self._finished:
            return
        note = QCoreApplication.translate("AnswerTurn", "(stopped)")
        with self._view.keeping_scrolled_to_end():
            if self._started and not self.text[-1:].isspace():
                self._cursor.insertText(" ", self._view.body_format())
            self._cursor.insertText(note, self._view.note_format())
        self._finished = True

    def fail(self, message: str) -> None:
        """Show why the answer could not be completed, inline and below what arrived."""
        if self._finished:
            return
        with self._view.keeping_scrolled_to_end():
            if not self._started:
                self._cursor.removeSelectedText()
            self._cursor.insertFrame(self._view.error_frame_format())
            self._cursor.insertText(message, self._view.error_format())
        self._finished = True


class ConversationView(QWidget):
    """Shows the empty state until the first question, then the transcript."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationView")

        self._empty_state = EmptyStateWidget(self)

        self._browser = QTextBrowser(self)
        self._browser.setObjectName("transcript")
        self._browser.setReadOnly(True)
        self._browser.setOpenExternalLinks(True)
        self._browser.setFrameShape(QTextBrowser.Shape.NoFrame)
        document = self._browser.document()
        document.setDocumentMargin(20)
        font = QFont(self._browser.font())
        font.setPointSizeF(BODY_POINT_SIZE)
        document.setDefaultFont(font)

        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self._empty_state)
        self._stack.addWidget(self._browser)
        self._stack.setCurrentWidget(self._empty_state)

    # -- public API -------------------------------------------------------------------------

    @property
    def browser(self) -> QTextBrowser:
        return self._browser

    def is_empty(self) -> bool:
        return self._stack.currentWidget() is self._empty_state

    def transcript_text(self) -> str:
        """The transcript as plain text (empty while the empty state shows)."""
        return "" if self.is_empty() else self._browser.toPlainText()

    def clear(self) -> None:
        """Forget the transcript and show the empty state again."""
        self._browser.clear()
        self._stack.setCurrentWidget(self._empty_state)

    def add_user_turn(self, text: str) -> None:
        """Show the user's question as a card."""
        first = self.is_empty()
        self._stack.setCurrentWidget(self._browser)
        with self.keeping_scrolled_to_end(force=True):
            cursor = self._end_cursor()
            frame = QTextFrameFormat()
            frame.setBackground(self._card_color())
            frame.setPadding(14)
            frame.setBorder(0)
            frame.setTopMargin(22)
            frame.setBottomMargin(10)
            if first:
                frame.setTopMargin(4)
            # A frame always follows a block of its own; keep that block out of sight.
            cursor.setBlockFormat(_spacer_block_format())
            cursor.insertFrame(frame)
            cursor.setCharFormat(self.label_format())
            cursor.insertText(self.tr("You"), self.label_format())
            cursor.insertBlock(self._body_block_format(), self.body_format())
            cursor.insertText(text, self.body_format())

    def begin_answer(self) -> AnswerTurn:
        """Start Gemini's answer below the last turn; a "…" shows until the first text."""
        self._stack.setCurrentWidget(self._browser)
        with self.keeping_scrolled_to_end(force=True):
            cursor = self._end_cursor()
            label_block = QTextBlockFormat()
            label_block.setTopMargin(6)
            label_block.setLeftMargin(14)
            label_block.setRightMargin(14)
            cursor.setBlockFormat(label_block)
            cursor.insertText("✦ " + self.tr("Gemini"), self.label_format())
            cursor.insertBlock(self._body_block_format(indent=True), self.body_format())
            start = cursor.position()
            cursor.insertText("…", self.note_format())
            end = cursor.position()
            # Later turns start in a block of their own below, never inside this answer.
            cursor.insertBlock(_spacer_block_format(), self.body_format())
        # Select the "…" so that the first text replaces it.
        answer_cursor = QTextCursor(self._browser.document())
        answer_cursor.setPosition(end)
        answer_cursor.setPosition(start, QTextCursor.MoveMode.KeepAnchor)
        return AnswerTurn(self, answer_cursor)

    # -- formats, shared with AnswerTurn ---------------------------------------------------------

    def body_format(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setForeground(self.palette().color(QPalette.ColorRole.Text))
        return fmt

    def label_format(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.DemiBold)
        fmt.setForeground(accent_color(self.palette()))
        return fmt

    def note_format(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontItalic(True)
        fmt.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        return fmt

    def error_format(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setForeground(QColor("#ffb4ab") if is_dark(self.palette()) else QColor("#a1261b"))
        return fmt

    def error_frame_format(self) -> QTextFrameFormat:
        base = self.palette().color(QPalette.ColorRole.Base)
        frame = QTextFrameFormat()
        frame.setBackground(
            _blend(base, QColor("#e5484d"), 0.16 if is_dark(self.palette()) else 0.09)
        )
        frame.setPadding(10)
        frame.setBorder(0)
        frame.setTopMargin(8)
        # Line up with the answer text above it.
        frame.setLeftMargin(14)
        frame.setRightMargin(14)
        return frame

    def keeping_scrolled_to_end(self, force: bool = False) -> _ScrollKeeper:
        """Context manager: follow new text if the reader was already at the end."""
        return _ScrollKeeper(self._browser, force)

    # -- helpers --------------------------------------------------------------------------------

    def _end_cursor(self) -> QTextCursor:
        cursor = QTextCursor(self._browser.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        return cursor

    def _card_color(self) -> QColor:
        base = self.palette().color(QPalette.ColorRole.Base)
        return _blend(base, accent_color(self.palette()), 0.10 if is_dark(self.palette()) else 0.07)

    def _body_block_format(self, indent: bool = False) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(4)
        fmt.setLineHeight(130, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        if indent:
            fmt.setLeftMargin(14)
            fmt.setRightMargin(14)
        return fmt


def _spacer_block_format() -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setLineHeight(1, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    return fmt


class _ScrollKeeper:
    def __init__(self, browser: QTextBrowser, force: bool) -> None:
        self._browser = browser
        self._force = force
        self._follow = False

    def __enter__(self) -> None:
        bar = self._browser.verticalScrollBar()
        self._follow = self._force or bar.value() >= bar.maximum() - 8

    def __exit__(self, *exc_info: object) -> None:
        if self._follow:
            bar = self._browser.verticalScrollBar()
            bar.setValue(bar.maximum())
