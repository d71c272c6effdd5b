"""What a first-time user sees before the first question: what the app does and how to start,
or, with nothing connected, that it is not connected and a Connect button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop import paths
from desktop.ui.conversation.theme import BODY_POINT_SIZE

BODY_WIDTH = 460  # a comfortable line for the body's two or three lines


def _centred(label: QLabel) -> QHBoxLayout:
    """`label` in a row of its own, centred, taking the row's room up to its maximum width
    (with an alignment flag instead, the layout would ignore the height the wrapped text
    needs and cut off its last line)."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(label, 100)
    row.addStretch(1)
    return row


class EmptyStateWidget(QWidget):
    """What a first-time user sees: what the app does and how to start.

    The main conversation's is laid out once, at fixed widths: its width holds the
    conversation pane as wide as its turns need (a plain scroll area does not), and a layout
    that followed the pane's width cost the streaming answers below it. A `compact` one, for a
    narrow column (a comparison's), wraps every text to the width it is given, with a
    smaller icon and title: its column's width never depends on it."""

    connect_clicked = Signal()
    """The Connect button, shown while nothing is connected."""

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")

        icon = QLabel(self)
        icon.setObjectName("emptyStateIcon")
        side = 64 if compact else 88
        icon.setPixmap(QIcon(str(paths.app_icon_path())).pixmap(side, side))
        icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        title = QLabel(self)
        self._title = title
        title.setObjectName("emptyStateTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        title_font = QFont(title.font())
        title_font.setPointSizeF(max(title_font.pointSizeF(), 9.0) * (1.6 if compact else 2.0))
        title_font.setWeight(QFont.Weight.DemiBold)
        title.setFont(title_font)

        body = QLabel(self)
        self._body = body
        body.setObjectName("emptyStateBody")
        body.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        if compact:
            body.setMaximumWidth(BODY_WIDTH)
        else:
            # A fixed width lets the wrapped label compute its height (fits the minimum window).
            body.setFixedWidth(BODY_WIDTH)
        body_font = QFont(body.font())
        body_font.setPointSizeF(BODY_POINT_SIZE)
        body.setFont(body_font)

        hint = QLabel(self.tr("Type a question or drop a photo to get started."), self)
        self._hint = hint
        hint.setObjectName("emptyStateHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        hint_font = QFont(hint.font())
        hint_font.setPointSizeF(BODY_POINT_SIZE - 0.5)
        hint.setFont(hint_font)

        layout = QVBoxLayout(self)
        margin = 16 if compact else 32
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(0)
        layout.addStretch(3)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16 if compact else 20)
        for label, space_after in ((title, 10), (body, 18), (hint, 0)):
            label.setWordWrap(compact or label is body)
            if label.wordWrap():
                layout.addLayout(_centred(label))
            else:
                layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            layout.addSpacing(space_after)
        self.connect_button = QPushButton(self.tr("Connect…"), self)
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.connect_button.clicked.connect(self.connect_clicked)
        layout.addWidget(self.connect_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(4)
        self.show_connected(True)

    def show_connected(self, connected: bool) -> None:
        """The welcome (connected), or "not connected" with its Connect button."""
        if connected:
            self._title.setText(self.tr("Ask Gemini anything"))
            self._body.setText(
                self.tr(
                    "Gemini Desktop sends your questions, photos and videos to Google's Gemini "
                    "models and shows the answers here as they are written."
                )
            )
        else:
            self._title.setText(self.tr("Not connected to Gemini"))
            self._body.setText(
                self.tr(
                    "Connect with a key from Google AI Studio, a Vertex AI project or "
                    "another server, then ask your first question."
                )
            )
        self._hint.setVisible(connected)
        self.connect_button.setVisible(not connected)

    def title_text(self) -> str:
        return self._title.text()
