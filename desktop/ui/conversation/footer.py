"""The end of an answer: why it ended (when unusual), the model, token usage and sources."""

from __future__ import annotations

import html
from enum import Enum

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.answer import Answer, Source, Usage
from desktop.core.finish import finish_note
from desktop.ui import icons
from desktop.ui.conversation.labels import make_wrapping
from desktop.ui.conversation.theme import Theme
from desktop.ui.message_words import words


class NoticeKind(Enum):
    WARNING = "warning"
    ERROR = "error"


class AnswerFooter(QWidget):
    """A notice line (coloured, with an icon) and a muted line of facts with source links."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerFooter")
        self._theme = theme
        self._notice_kind: NoticeKind | None = None
        self._answer: Answer | None = None

        self._notice = QWidget(self)
        self._notice.setObjectName("answerNotice")
        self._notice_icon = QLabel(self._notice)
        self._notice_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._notice_text = QLabel(self._notice)
        self._notice_text.setObjectName("answerNoticeText")
        self._notice_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        make_wrapping(self._notice_text)
        notice_layout = QHBoxLayout(self._notice)
        notice_layout.setContentsMargins(10, 7, 10, 7)
        notice_layout.setSpacing(8)
        notice_layout.addWidget(self._notice_icon, 0, Qt.AlignmentFlag.AlignTop)
        notice_layout.addWidget(self._notice_text, 1)
        self._notice.hide()

        self._facts = QLabel(self)
        self._facts.setObjectName("answerFacts")
        self._facts.setTextFormat(Qt.TextFormat.RichText)
        self._facts.setOpenExternalLinks(False)
        self._facts.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        make_wrapping(self._facts)
        font = QFont(theme.body_font)
        font.setPointSizeF(theme.body_font.pointSizeF() - 1.5)
        self._facts.setFont(font)
        self._facts.linkActivated.connect(self._on_facts_link_activated)
        self._facts.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self._notice)
        layout.addWidget(self._facts)

    # -- what the answer view shows ------------------------------------------------------------

    def restyle(self, theme: Theme) -> None:
        """The notice and the facts in `theme`'s colours (a switch between light and dark)."""
        self._theme = theme
        if self._notice_kind is not None:
            shown = not self._notice.isHidden()
            self.show_notice(self._notice_text.text(), self._notice_kind, shown=shown)
        if self._answer is not None:
            self._facts.setText(self._facts_html(self._answer))

    def show_notice(self, text: str, kind: NoticeKind, *, shown: bool = True) -> None:
        self._notice_kind = kind
        theme = self._theme
        color = theme.warning if kind is NoticeKind.WARNING else theme.error
        background = (
            theme.warning_background if kind is NoticeKind.WARNING else theme.error_background
        )
        self._notice.setProperty("kind", kind.value)
        self._notice.setStyleSheet(
            f"QWidget#answerNotice {{ background: {background.name()}; border-radius: 8px; }}"
        )
        glyph = "warning" if kind is NoticeKind.WARNING else "error"
        self._notice_icon.setPixmap(icons.pixmap(glyph, color, 16))
        self._notice_text.setText(text)
        self._notice.setVisible(shown)

    def set_notice_shown(self, shown: bool) -> None:
        """Show or hide the notice already set (a banner below says the same meanwhile)."""
        if self._notice_kind is not None:
            self._notice.setVisible(shown)

    def notice_text(self) -> str:
        return self._notice_text.text() if not self._notice.isHidden() else ""

    def show_answer(self, answer: Answer) -> None:
        """The finish note (when the ending was unusual) and the facts line."""
        note = finish_note(answer.finish_reason, answer.safety_ratings)
        if note:
            self.show_notice(words(note), NoticeKind.WARNING)
        self._answer = answer
        facts = self._facts_html(answer)
        self._facts.setText(facts)
        self._facts.setVisible(bool(facts))

    def facts_text(self) -> str:
        """The facts line as plain text."""
        if self._facts.isHidden():
            return ""
        document = QTextDocument()
        document.setHtml(self._facts.text())
        return document.toPlainText()

    def facts_html(self) -> str:
        return self._facts.text() if not self._facts.isHidden() else ""

    # -- composing -----------------------------------------------------------------------------

    def _facts_html(self, answer: Answer) -> str:
        parts: list[str] = []
        if answer.model_version:
            parts.append(html.escape(answer.model_version))
        usage = answer.token_usage
        if usage is not None:
            parts.append(html.escape(self._usage_text(usage)))
        line = " · ".join(parts)
        sources = answer.sources
        if sources:
            links = self._sources_html(sources)
            line = f"{line}<br>{links}" if line else links
        return line

    def _usage_text(self, usage: Usage) -> str:
        locale = QLocale()

        def number(value: int) -> str:
            return locale.toString(value)

        pieces: list[str] = []
        if usage.prompt is not None:
            pieces.append(self.tr("question %1").replace("%1", number(usage.prompt)))
        if usage.thinking is not None:
            pieces.append(self.tr("thinking %1").replace("%1", number(usage.thinking)))
        if usage.answer is not None:
            pieces.append(self.tr("answer %1").replace("%1", number(usage.answer)))
        # The punctuation is the language's too: "32 個權杖（問題 4，回答 28）".
        detail = self.tr(", ", "between the parts of a token count").join(pieces)
        if usage.total is not None:
            total = self.tr("%1 tokens").replace("%1", number(usage.total))
            if not detail:
                return total
            return (
                self.tr("%1 (%2)", "a token count and its parts")
                .replace("%1", total)
                .replace("%2", detail)
            )
        return self.tr("Tokens: %1").replace("%1", detail)

    def _sources_html(self, sources: list[Source]) -> str:
        link_color = self._theme.link.name()
        links = [
            f'<a href="{html.escape(source.url, quote=True)}" '
            f'style="color: {link_color}; text-decoration: none;">'
            f"{index}. {html.escape(source.label)}</a>"
            for index, source in enumerate(sources, start=1)
        ]
        label = html.escape(self.tr("Sources:"))
        return f"{label}&nbsp; " + " &nbsp; ".join(links)

    def _on_facts_link_activated(self, link: str) -> None:
        url = QUrl(link)
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
