"""The pieces of the connection dialog: a selectable card per way to connect, a place to drop a
key file, and the panel that says in plain words how a test or a save went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QFont,
    QMouseEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import icons
from desktop.ui.connections.facts import Way
from desktop.ui.theme import accent_color, success_color

ICON_SIZE = 22


def link_html(url: str, text: str, palette: QPalette) -> str:
    """A link in the accent colour, without the underline of a 1990s web page."""
    color = accent_color(palette).name()
    words = "&nbsp;".join(text.split())  # "Get a key ↗" never breaks across lines
    return f'<a href="{url}" style="color:{color}; text-decoration:none;">{words}&nbsp;↗</a>'


def local_json_files(urls: list[QUrl]) -> list[Path]:
    """The local files among dropped URLs (a key file is JSON, but its name may not say so)."""
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile() and url.toLocalFile()]


def set_state(widget: QWidget, name: str, value: object) -> None:
    """Set a dynamic property the style sheet selects on, and re-apply the style."""
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


class WayCard(QFrame):
    """One way to connect: icon, title (a radio button), one plain line and a link.

    Clicking anywhere on the card selects it; the link opens in the browser."""

    def __init__(self, way: Way, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.way = way
        self.setObjectName("wayCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self._icon = QLabel(self)
        self._icon.setObjectName("wayIcon")
        self._icon.setFixedSize(38, 38)
        self._icon.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.radio = QRadioButton(way.title, self)
        self.radio.setObjectName("wayTitle")
        title_font = QFont(self.radio.font())
        title_font.setWeight(QFont.Weight.DemiBold)
        self.radio.setFont(title_font)
        self.radio.setAccessibleDescription(way.line)

        line = QLabel(way.line, self)
        line.setObjectName("wayLine")
        line.setWordWrap(True)

        title_row = QHBoxLayout()
        title_row.setContentsMargins(0, 0, 0, 0)
        title_row.setSpacing(8)
        title_row.addWidget(self.radio)
        title_row.addStretch(1)
        self.link: QLabel | None = None
        if way.link_url and way.link_text:
            self.link = QLabel(link_html(way.link_url, way.link_text, self.palette()), self)
            self.link.setObjectName("wayLink")
            self.link.setOpenExternalLinks(True)
            self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            self.link.setToolTip(way.link_url)
            title_row.addWidget(self.link)
        text = QVBoxLayout()
        text.setSpacing(3)
        text.setContentsMargins(0, 0, 0, 0)
        text.addLayout(title_row)
        text.addWidget(line)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 9, 12, 9)
        layout.setSpacing(12)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)

        self.radio.toggled.connect(self._on_radio_toggled)
        self._refresh_icon()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.radio.setChecked(True)
            self.radio.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            return
        super().mousePressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._refresh_icon()

    def _on_radio_toggled(self, checked: bool) -> None:
        set_state(self, "selected", checked)
        self._refresh_icon()

    def _refresh_icon(self) -> None:
        palette = self.palette()
        color = accent_color(palette)
        if self.radio.isChecked():
            color = QColor("white")
        self._icon.setPixmap(icons.pixmap(self.way.icon, color, ICON_SIZE))
        set_state(self._icon, "selected", self.radio.isChecked())


class DropZone(QFrame):
    """A dashed box that takes a dropped file or offers a button to choose one."""

    file_dropped = Signal(str)
    choose_clicked = Signal()

    def __init__(self, prompt: str, button_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropZone")
        self.setAcceptDrops(True)

        self._icon = QLabel(self)
        self._icon.setFixedSize(28, 28)
        self._icon.setPixmap(icons.pixmap("upload", accent_color(self.palette()), 24))

        self._title = QLabel(prompt, self)
        self._title.setObjectName("dropZoneTitle")
        self._title.setWordWrap(True)
        self._detail = QLabel(self)
        self._detail.setObjectName("dropZoneDetail")
        self._detail.setWordWrap(True)
        self._detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._detail.hide()

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self._title)
        text.addWidget(self._detail)

        self.button = QPushButton(button_text, self)
        self.button.setObjectName("chooseFileButton")
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.setAutoDefault(False)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(12)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.button.clicked.connect(self._on_button_clicked)

    def show_empty(self, prompt: str, button_text: str) -> None:
        self._icon.setPixmap(icons.pixmap("upload", accent_color(self.palette()), 24))
        self._title.setText(prompt)
        self._detail.hide()
        self.button.setText(button_text)
        set_state(self, "loaded", False)

    def show_loaded(self, title: str, detail: str, button_text: str) -> None:
        self._icon.setPixmap(icons.pixmap("check", success_color(self.palette()), 24))
        self._title.setText(title)
        self._detail.setText(detail)
        self._detail.setVisible(bool(detail))
        self.button.setText(button_text)
        set_state(self, "loaded", True)

    def title_text(self) -> str:
        return self._title.text()

    def detail_text(self) -> str:
        return self._detail.text() if self._detail.isVisible() else ""

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_json_files(event.mimeData().urls()):
            event.acceptProposedAction()
            set_state(self, "dragging", True)
            return
        event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        set_state(self, "dragging", False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        set_state(self, "dragging", False)
        files = local_json_files(event.mimeData().urls())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.file_dropped.emit(str(files[0]))

    def _on_button_clicked(self) -> None:
        self.choose_clicked.emit()


class ResultPanel(QFrame):
    """One plain result: busy, connected, or what went wrong with one button to fix it."""

    action_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultPanel")
        self._state = "idle"

        self._badge = QLabel(self)
        self._badge.setObjectName("resultBadge")
        self._badge.setFixedSize(26, 26)
        self._badge.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self._title = QLabel(self)
        self._title.setObjectName("resultTitle")
        self._title.setWordWrap(True)
        self._title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_font = QFont(self._title.font())
        title_font.setWeight(QFont.Weight.DemiBold)
        self._title.setFont(title_font)

        self._body = QLabel(self)
        self._body.setObjectName("resultBody")
        self._body.setWordWrap(True)
        self._body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._body.setTextFormat(Qt.TextFormat.PlainText)

        self._progress = QProgressBar(self)
        self._progress.setObjectName("resultProgress")
        self._progress.setRange(0, 0)
        self._progress.setTextVisible(False)
        self._progress.setFixedHeight(4)

        self.button = QPushButton(self)
        self.button.setObjectName("resultAction")
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.setAutoDefault(False)

        text = QVBoxLayout()
        text.setSpacing(4)
        text.setContentsMargins(0, 2, 0, 0)
        text.addWidget(self._title)
        text.addWidget(self._body)
        text.addWidget(self._progress)
        button_row = QHBoxLayout()
        button_row.setContentsMargins(0, 6, 0, 0)
        button_row.addWidget(self.button)
        button_row.addStretch(1)
        text.addLayout(button_row)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(12)
        layout.addWidget(self._badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)

        self.button.clicked.connect(self._on_button_clicked)
        self.clear()

    @property
    def state(self) -> str:
        """ "idle", "busy", "success", "problem" or "note"."""
        return self._state

    def title_text(self) -> str:
        return self._title.text()

    def body_text(self) -> str:
        return self._body.text()

    def text(self) -> str:
        return " ".join(part for part in (self._title.text(), self._body.text()) if part)

    def clear(self) -> None:
        self._set("idle", "", "", None)
        self.hide()

    def show_busy(self, title: str, body: str = "") -> None:
        self._set("busy", title, body, None)
        self._badge.clear()
        self._progress.show()

    def show_success(self, title: str, body: str = "", button: str | None = None) -> None:
        self._set("success", title, body, button)
        self._badge.setPixmap(icons.pixmap("check", "white", 18))

    def show_problem(self, title: str, body: str = "", button: str | None = None) -> None:
        self._set("problem", title, body, button)
        self._badge.setPixmap(icons.pixmap("error", "white", 20))

    def show_note(self, title: str, body: str = "", button: str | None = None) -> None:
        self._set("note", title, body, button)
        self._badge.setPixmap(icons.pixmap("error", "white", 20))

    def _set(self, state: str, title: str, body: str, button: str | None) -> None:
        self._state = state
        self._title.setText(title)
        self._body.setText(body)
        self._body.setVisible(bool(body))
        self._progress.hide()
        self.button.setVisible(button is not None)
        self.button.setText(button or "")
        set_state(self, "state", state)
        set_state(self._badge, "state", state)
        self.show()

    def _on_button_clicked(self) -> None:
        self.action_clicked.emit()
