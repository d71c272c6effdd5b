"""The dialog's frame: its header, its bar of saved connections, the cards of the ways to
connect and its footer of buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.profile import Profile, SignInKind
from desktop.ui import icons
from desktop.ui.connections.facts import way, ways
from desktop.ui.connections.widgets import WayCard
from desktop.ui.theme import accent_color


class DialogHeader(QFrame):
    """The title: a welcome on the first run, else the settings' own."""

    def __init__(self, parent: QWidget, *, first_run: bool) -> None:
        super().__init__(parent)
        self.setObjectName("dialogHeader")
        title = QLabel(self)
        title.setObjectName("dialogTitle")
        title_font = QFont(title.font())
        title_font.setPointSizeF(max(title_font.pointSizeF(), 9.0) * 1.6)
        title_font.setWeight(QFont.Weight.DemiBold)
        title.setFont(title_font)
        subtitle = QLabel(self)
        subtitle.setObjectName("dialogSubtitle")
        subtitle.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 14)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        if first_run:
            title.setText(self.tr("Welcome to Gemini Desktop"))
            subtitle.setText(
                self.tr(
                    "First, choose how Gemini Desktop should connect to Google's Gemini models. "
                    "You can change this, or add other ways, later in Connection settings."
                )
            )
        else:
            title.setText(self.tr("Connection settings"))
            subtitle.setText(self.tr("Change a saved connection, or add another way to connect."))


class ProfileBar(QFrame):
    """The saved connections to edit (hidden while there are none), New and Delete."""

    profile_chosen = Signal(str)
    """A saved profile's id."""
    new_clicked = Signal()
    delete_clicked = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("profileBar")
        label = QLabel(self.tr("Saved connection:"), self)
        self._combo = QComboBox(self)
        self._combo.setObjectName("savedProfiles")
        self._combo.setMinimumWidth(260)
        self._combo.setPlaceholderText(self.tr("New connection"))
        label.setBuddy(self._combo)
        new_button = QPushButton(self.tr("New connection"), self)
        new_button.setObjectName("newProfileButton")
        new_button.setAutoDefault(False)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setObjectName("deleteProfileButton")
        self.delete_button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(28, 0, 28, 10)
        layout.setSpacing(8)
        layout.addWidget(label)
        layout.addWidget(self._combo)
        layout.addWidget(new_button)
        layout.addStretch(1)
        layout.addWidget(self.delete_button)
        self.hide()
        self._combo.activated.connect(self._on_combo_activated)
        new_button.clicked.connect(self.new_clicked)
        self.delete_button.clicked.connect(self.delete_clicked)

    def set_profiles(self, profiles: list[Profile]) -> None:
        self._combo.clear()
        for profile in profiles:
            self._combo.addItem(
                icons.icon(way(profile.sign_in).icon, accent_color(self.palette()), 16),
                profile.name,
                profile.id,
            )
        self.setVisible(bool(profiles))

    def show_current(self, profile_id: str | None) -> None:
        """Select the profile being edited (None: a new one)."""
        self._combo.setCurrentIndex(self._combo.findData(profile_id) if profile_id else -1)

    def _on_combo_activated(self, index: int) -> None:
        self.profile_chosen.emit(self._combo.itemData(index))


class DialogFooter(QFrame):
    """Test connection on the left; Cancel and Save on the right."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("dialogFooter")
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_button.setObjectName("testButton")
        self.test_button.setAutoDefault(False)
        self.test_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAutoDefault(False)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(28, 12, 28, 18)
        layout.setSpacing(10)
        layout.addWidget(self.test_button)
        layout.addStretch(1)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.save_button)


class KeyringBar(QFrame):
    """Above the footer, before Save: this computer cannot keep keys beyond this session,
    with the one way on ("Use for this session only")."""

    session_only_clicked = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("keyringBar")
        self._text = QLabel(self)
        self._text.setObjectName("keyringText")
        self._text.setWordWrap(True)
        self.button = QPushButton(self.tr("Use for this session only"), self)
        self.button.setObjectName("sessionOnlyButton")
        self.button.setAutoDefault(False)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(28, 10, 28, 10)
        layout.setSpacing(14)
        layout.addWidget(self._text, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.session_only_clicked)
        self.hide()

    def show_problem(self, text: str) -> None:
        self._text.setText(text)
        self.button.show()
        self.show()

    def show_session_only(self) -> None:
        self._text.setText(
            self.tr(
                "Connections you save now are kept for this session only: Gemini Desktop "
                "forgets them when it closes."
            )
        )
        self.button.hide()
        self.show()

    def text(self) -> str:
        return self._text.text()


class WaysPane(QWidget):
    """One card per way of connecting; exactly one is chosen."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("waysPane")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(7)
        caption = QLabel(self.tr("HOW TO CONNECT"), self)
        caption.setObjectName("sectionCaption")
        layout.addWidget(caption)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.cards: dict[SignInKind, WayCard] = {}
        for item in ways():
            card = WayCard(item, self)
            self.cards[item.kind] = card
            self._group.addButton(card.radio)
            layout.addWidget(card)
        layout.addStretch(1)


def scroll_area(content: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return area
