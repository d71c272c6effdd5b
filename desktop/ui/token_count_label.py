"""The composer's token count: "2,140 of 1,048,576 tokens", a quiet dash when it cannot be
counted, nothing where the connection has no counting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

DASH = "—"


class TokenCountLabel(QLabel):
    """Hidden until told what to show. Over the limit it takes the problem colour (the
    style sheet's `#tokenCount[over="true"]`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tokenCount")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setProperty("over", False)
        self.hide()

    def show_count(self, tokens: int, limit: int | None) -> None:
        """The request's tokens and, when the catalogue knows it, the model's input limit."""
        from desktop.ui.parameters.texts import whole_number  # not before the first frame

        locale = self.locale()
        if limit is None:
            # Qt puts the plain number in for %n; the grouped one replaces it.
            text = self.tr("%n tokens", "", tokens)
            text = text.replace(str(tokens), whole_number(locale, tokens))
        else:
            text = (
                self.tr("%1 of %2 tokens")
                .replace("%1", whole_number(locale, tokens))
                .replace("%2", whole_number(locale, limit))
            )
        self.setText(text)
        self.setToolTip(
            self.tr(
                "The tokens this question would use, the conversation before it and its "
                "files included, and the most this model takes."
            )
        )
        self._set_over(limit is not None and tokens > limit)
        self.show()

    def show_unknown(self) -> None:
        """Counting failed: a dash, no error (the reason is in the log)."""
        self.setText(DASH)
        self.setToolTip(self.tr("The tokens could not be counted just now."))
        self._set_over(False)
        self.show()

    def is_over(self) -> bool:
        return bool(self.property("over"))

    def _set_over(self, over: bool) -> None:
        if self.is_over() == over:
            return
        self.setProperty("over", over)
        # A dynamic property restyles only after a re-polish.
        self.style().unpolish(self)
        self.style().polish(self)
