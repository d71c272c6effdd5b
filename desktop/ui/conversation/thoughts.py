"""The model's thoughts: a collapsed section above the answer, opened on request."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QToolButton, QVBoxLayout, QWidget

from desktop.ui.conversation.streaming import StreamingRenderer
from desktop.ui.conversation.text_view import AnswerBrowser
from desktop.ui.conversation.theme import Theme


class ThoughtsSection(QWidget):
    """A toggle ("Thinking…" while thoughts stream, "Show thoughts" after) and the thoughts.

    The thoughts are rendered only once the section is opened: most people never open it.
    """

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thoughts")
        self._theme = theme
        self._pieces: list[str] = []
        self._thinking = True
        self._finished = False
        self._renderer: StreamingRenderer | None = None

        self._toggle = QToolButton(self)
        self._toggle.setObjectName("thoughtsToggle")
        self._toggle.setCheckable(True)
        self._toggle.setAutoRaise(True)
        self._toggle.setCursor(Qt.CursorShape.PointingHandCursor)
        self._toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._toggle.setArrowType(Qt.ArrowType.RightArrow)
        self._toggle.toggled.connect(self._on_toggle_toggled)

        self._body = QFrame(self)
        self._body.setObjectName("thoughtsBody")
        self._browser = AnswerBrowser(self._body)
        self._browser.setObjectName("thoughtsText")
        font = QFont(theme.body_font)
        font.setPointSizeF(theme.body_font.pointSizeF() - 1)
        self._browser.document().setDefaultFont(font)
        palette = self._browser.palette()
        palette.setColor(QPalette.ColorRole.Text, theme.muted)
        self._browser.setPalette(palette)
        body_layout = QVBoxLayout(self._body)
        body_layout.setContentsMargins(14, 2, 0, 6)
        body_layout.addWidget(self._browser)
        self._body.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._body)
        self._update_toggle()

    @property
    def browser(self) -> AnswerBrowser:
        return self._browser

    def restyle(self, theme: Theme) -> None:
        """In `theme`'s colours (a switch between light and dark): muted text, drawn again."""
        self._theme = theme
        palette = self._browser.palette()
        palette.setColor(QPalette.ColorRole.Text, theme.muted)
        self._browser.setPalette(palette)
        if self._renderer is not None:
            self._renderer.restyle(theme)

    def text(self) -> str:
        return "".join(self._pieces)

    def is_expanded(self) -> bool:
        return self._toggle.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        self._toggle.setChecked(expanded)

    def append(self, delta: str) -> None:
        if not delta or self._finished:
            return
        self._pieces.append(delta)
        if self._renderer is not None:
            self._renderer.append(delta)

    def set_thinking(self, thinking: bool) -> None:
        """Whether the model is still thinking (no answer text yet)."""
        if thinking != self._thinking:
            self._thinking = thinking
            self._update_toggle()

    def finish(self) -> None:
        self._finished = True
        self.set_thinking(False)
        if self._renderer is not None:
            self._renderer.finish()

    def plain_text(self) -> str:
        """The thoughts as the screen shows them (nothing while collapsed)."""
        if not self.is_expanded() or self._renderer is None:
            return ""
        self._renderer.flush()
        return self._renderer.writer.plain_text()

    def _update_toggle(self) -> None:
        self._toggle.setProperty("thinking", self._thinking)
        self._toggle.style().unpolish(self._toggle)
        self._toggle.style().polish(self._toggle)
        if self._thinking:
            self._toggle.setText(self.tr("Thinking…"))
        elif self.is_expanded():
            self._toggle.setText(self.tr("Hide thoughts"))
        else:
            self._toggle.setText(self.tr("Show thoughts"))
        self._toggle.setToolTip(self.tr("What the model considered before answering"))

    def _on_toggle_toggled(self, expanded: bool) -> None:
        self._toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        if expanded and self._renderer is None:
            self._renderer = StreamingRenderer(self._browser.document(), self._theme, self)
            self._renderer.append(self.text())
            if self._finished:
                self._renderer.finish()
        self._body.setVisible(expanded)
        self._update_toggle()
