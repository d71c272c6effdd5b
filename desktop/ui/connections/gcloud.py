"""The gcloud form: the Google Cloud sign-in already on this computer (Application Default
Credentials), what was found, and the gcloud command that fixes what is missing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.profile import SignInKind
from desktop.services.adc import AdcInfo, AdcSource
from desktop.ui import icons
from desktop.ui.connections.facts import adc_kind_text, adc_problem_text
from desktop.ui.connections.form import ConnectionForm
from desktop.ui.connections.shared_fields import SharedFields
from desktop.ui.theme import accent_color, problem_color, success_color, warning_color

_LOGIN = "gcloud auth application-default login"


class GcloudForm(ConnectionForm):
    kind = SignInKind.GOOGLE_CLOUD

    detection_requested = Signal()
    """Look for the gcloud sign-in on this computer."""

    def __init__(self, shared: SharedFields, parent: QWidget) -> None:
        super().__init__(shared, parent)
        self._adc: AdcInfo | None = None
        self._checked = False
        box = self.box = QFrame(parent)
        box.setObjectName("adcBox")
        self._icon = QLabel(box)
        self._icon.setFixedSize(26, 26)
        self._title = QLabel(box)
        self._title.setObjectName("adcTitle")
        self._title.setWordWrap(True)
        title_font = QFont(self._title.font())
        title_font.setWeight(QFont.Weight.DemiBold)
        self._title.setFont(title_font)
        self._body = self._label("adcBody")
        self._warning = self._label("adcWarning")
        self._command = self._label("adcCommand")
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self._command.setFont(mono)
        self._copy = QPushButton(self.tr("Copy"), box)
        self._copy.setObjectName("adcCopyButton")
        self._copy.setAutoDefault(False)
        recheck = QPushButton(self.tr("Check again"), box)
        recheck.setObjectName("adcRecheckButton")
        recheck.setAutoDefault(False)
        title_row = QHBoxLayout()
        title_row.setSpacing(8)
        title_row.addWidget(self._title, 1)
        title_row.addWidget(recheck, 0, Qt.AlignmentFlag.AlignTop)
        command_row = QHBoxLayout()
        command_row.setSpacing(6)
        command_row.addWidget(self._command, 1)
        command_row.addWidget(self._copy, 0, Qt.AlignmentFlag.AlignVCenter)
        text = QVBoxLayout()
        text.setSpacing(6)
        text.addLayout(title_row)
        text.addWidget(self._body)
        text.addWidget(self._warning)
        text.addLayout(command_row)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(12)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        self._copy.clicked.connect(self._on_copy_clicked)
        recheck.clicked.connect(self._on_recheck_clicked)
        shared.project_edit.textChanged.connect(self._on_project_text_changed)

    def help_text(self) -> str:
        return self.tr(
            "Gemini Desktop uses the Google Cloud sign-in already on this computer. "
            "Choose which project pays for the requests."
        )

    def shown(self) -> None:
        super().shown()
        if not self._checked:
            self._on_recheck_clicked()

    def account(self) -> str | None:
        return self._adc.account if self._adc is not None else None

    def show_checking(self) -> None:
        self._icon.setPixmap(icons.pixmap("cloud", accent_color(self._icon.palette()), 22))
        self._title.setText(self.tr("Looking for a gcloud sign-in on this computer…"))
        for widget in (self._body, self._warning, self._command, self._copy):
            widget.hide()

    def set_adc(self, info: AdcInfo | None) -> None:
        """What the gcloud detection found (None: nothing)."""
        self._adc = info
        self._checked = True
        palette = self._icon.palette()
        for widget in (self._warning, self._command, self._copy):
            widget.hide()
        self._body.show()
        if info is None:
            self._icon.setPixmap(icons.pixmap("error", warning_color(palette), 22))
            self._title.setText(self.tr("No gcloud sign-in was found on this computer."))
            self._body.setText(
                self.tr(
                    "Install Google's gcloud tool, run this command in a terminal and sign in "
                    "in the browser; then click Check again."
                )
            )
            self._show_command(_LOGIN)
            return
        if info.problem is not None:
            self._icon.setPixmap(icons.pixmap("error", problem_color(palette), 22))
            self._title.setText(self.tr("The sign-in file cannot be used."))
            self._body.setText(f"{info.path}\n{adc_problem_text(info.problem)}")
            self._show_command(_LOGIN)
            return
        self._icon.setPixmap(icons.pixmap("check", success_color(palette), 22))
        kind = adc_kind_text(info)
        self._title.setText(self.tr("Found a sign-in: %1").replace("%1", info.account or kind))
        lines = [self.tr("Kind: %1").replace("%1", kind)]
        if info.source is AdcSource.GCLOUD:
            lines.append(self.tr("From gcloud: %1").replace("%1", str(info.path)))
        else:
            lines.append(
                self.tr("From GOOGLE_APPLICATION_CREDENTIALS: %1").replace("%1", str(info.path))
            )
        if info.project:
            lines.append(self.tr("Project: %1").replace("%1", info.project))
        self._body.setText("\n".join(lines))
        if not self.shared.project():
            self.shared.offer_project(info.project)
        self._refresh_warning()
        self.changed.emit()

    def adc_text(self) -> str:
        parts = [self._title.text(), self._body.text()]
        for label in (self._warning, self._command):
            if not label.isHidden():
                parts.append(label.text())
        return "\n".join(p for p in parts if p)

    def _on_project_text_changed(self, text: str) -> None:
        self._refresh_warning()

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._command.text())
        self._copy.setText(self.tr("Copied"))

    def _on_recheck_clicked(self) -> None:
        self.show_checking()
        self.detection_requested.emit()

    def _refresh_warning(self) -> None:
        info = self._adc
        if info is None or not info.lacks_quota_project:
            return
        project = self.shared.project() or "PROJECT"
        self._warning.setText(
            self.tr(
                "This sign-in has no quota project, so Google may answer “quota exceeded” or "
                "“API not enabled”. To fix it, run this command in a terminal:"
            )
        )
        self._warning.show()
        self._show_command(f"gcloud auth application-default set-quota-project {project}")

    def _show_command(self, command: str) -> None:
        self._command.setText(command)
        self._command.show()
        self._copy.setText(self.tr("Copy"))
        self._copy.show()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self.box)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label
