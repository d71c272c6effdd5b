"""Help ▸ About: the app's name, version and licence, the versions of Qt, PySide6 and
Python it runs on, and the libraries it carries with their licences."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.services.bundled_licences import app_licence, bundled_libraries


def runtime_versions() -> str:
    """ "Qt 6.11.3 · PySide6 6.11.3 · Python 3.11.2" (names and numbers: not translated)."""
    return f"Qt {qVersion()} · PySide6 {PySide6.__version__} · Python {platform.python_version()}"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Gemini Desktop"))
        self.resize(560, 520)

        title = QLabel(self.tr("Gemini Desktop"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.version_label = QLabel(self.tr("Version %1").replace("%1", __version__), self)
        self.version_label.setObjectName("aboutVersion")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        blurb = QLabel(
            self.tr("Ask Google's Gemini models about your questions, photos and videos."), self
        )
        blurb.setWordWrap(True)
        self.runtime_label = QLabel(runtime_versions(), self)
        self.runtime_label.setObjectName("aboutRuntime")
        self.runtime_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.licence_label = QLabel(
            self.tr("Licensed under %1.").replace("%1", app_licence()), self
        )
        self.licence_label.setObjectName("aboutLicence")
        libraries_title = QLabel(self.tr("Libraries it includes, and their licences"), self)

        self.libraries = QTreeWidget(self)
        self.libraries.setObjectName("aboutLibraries")
        self.libraries.setRootIsDecorated(False)
        self.libraries.setHeaderLabels([self.tr("Library"), self.tr("Version"), self.tr("Licence")])
        self.libraries.setAccessibleName(libraries_title.text())
        for library in bundled_libraries():
            QTreeWidgetItem(
                self.libraries,
                [library.name, library.version, library.licence or self.tr("see its files")],
            )
        header = self.libraries.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(self.version_label)
        layout.addWidget(blurb)
        layout.addWidget(self.runtime_label)
        layout.addWidget(self.licence_label)
        layout.addSpacing(8)
        layout.addWidget(libraries_title)
        layout.addWidget(self.libraries, 1)
        layout.addWidget(buttons)

    def library_rows(self) -> list[tuple[str, str, str]]:
        rows = []
        for index in range(self.libraries.topLevelItemCount()):
            item = self.libraries.topLevelItem(index)
            rows.append((item.text(0), item.text(1), item.text(2)))
        return rows
