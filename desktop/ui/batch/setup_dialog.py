"""File ▸ Describe a folder…: which photos (a folder, its subfolders or not, or files), the
list of what will be sent and what is left out with the reason, what to ask of each, and
the model and photo detail the Settings panel gives (changeable here). For a folder that
would take JOB_OFFER_MINUTES or more sent photo by photo, at the pace the model's per-minute
quota allowed last time, the offer to send it as one of Google's batch jobs, with why (or
why this connection cannot).

Widgets only: the BatchController lists the files (in a worker thread) and starts the batch."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.image_detail import ImageDetail
from desktop.services.batch.ask import Ask, Preset
from desktop.ui.batch.items_model import column_title
from desktop.ui.batch.job_words import offer_words
from desktop.ui.elided_label import ElidedLabel
from desktop.ui.parameters.texts import image_detail_choices, original_photo_warning

CUSTOM, SCHEMA = "custom", "schema"
SHOWN_FILES = 2000  # the list shows this many of each kind; the counts say the rest
JOB_OFFER_MINUTES = 15.0
"""A batch job is offered for a folder that would take this long sent photo by photo."""
ASSUMED_PACE = 10
"""Photos a minute, for a model no batch was sent photo by photo with yet: about what the
per-minute quota of a new project allows a Flash model (a paid project's lets more through,
and the pace measured then says so)."""


@dataclass(frozen=True)
class BatchChoice:
    sources: tuple[str, ...]
    recursive: bool
    ask: Ask
    detail: ImageDetail
    as_job: bool = False
    """Sent as one of Google's batch jobs."""


@dataclass(frozen=True)
class JobOffer:
    """Whether the connection can send a batch job; if not, why, in the user's words."""

    possible: bool
    why_not: str = ""
    engine: str = ""
    """The batch engine a job would go to: "gemini" or "vertex" (how long it may take)."""


@dataclass(frozen=True)
class ListedFile:
    path: Path
    reason: str | None = None
    """Why it is left out, in the user's words; None when it will be sent."""


class BatchSetupDialog(QDialog):
    listing_requested = Signal()
    """The sources or the subfolder option changed: list the files again."""
    settings_panel_requested = Signal()
    start_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchSetupDialog")
        self.setWindowTitle(self.tr("Describe a folder"))
        self.resize(760, 640)
        self._sources: list[Path] = []
        self._schema: dict[str, Any] | None = None
        self._sendable = 0
        self._file_dialog: QFileDialog | None = None
        self._job_offer = JobOffer(False)
        self._pace: int | None = None

        # What was chosen: the folder's name as the heading, its whole path on a quieter line
        # under it (both shortened in the middle to fit, the whole in their tooltips).
        self.source_name = ElidedLabel(
            self.tr("No folder or files chosen yet."), Qt.TextElideMode.ElideMiddle, self
        )
        self.source_name.setObjectName("batchSourceName")
        font = self.source_name.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.source_name.setFont(font)
        self.source_path = ElidedLabel("", Qt.TextElideMode.ElideMiddle, self)
        self.source_path.setObjectName("batchSourcePath")
        self.source_path.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.source_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source_path.hide()
        folder_button = QPushButton(self.tr("Choose a folder…"), self)
        files_button = QPushButton(self.tr("Choose files…"), self)
        folder_button.clicked.connect(self._on_folder_button_clicked)
        files_button.clicked.connect(self._on_files_button_clicked)
        self.subfolders = QCheckBox(self.tr("Include subfolders"), self)
        self.subfolders.toggled.connect(self._on_subfolders_toggled)
        choose = QHBoxLayout()
        choose.addWidget(folder_button)
        choose.addWidget(files_button)
        choose.addWidget(self.subfolders)
        choose.addStretch(1)

        self.listing = QTreeWidget(self)
        self.listing.setObjectName("batchListing")
        self.listing.setHeaderLabels([self.tr("File"), self.tr("Why it is left out")])
        self.listing.setRootIsDecorated(True)
        self.listing.setUniformRowHeights(True)
        self.listing.setColumnWidth(0, 300)
        self.summary = QLabel(self)
        self.summary.setObjectName("batchListingSummary")

        self.ask_box = QComboBox(self)
        self.ask_box.setObjectName("batchAskBox")
        for words, data in (
            (self.tr("Alt text (short, for screen readers)"), Preset.ALT_TEXT.value),
            (column_title("caption"), Preset.CAPTION.value),
            (column_title("keywords"), Preset.KEYWORDS.value),
            (column_title("title"), Preset.TITLE.value),
            (self.tr("Your own question"), CUSTOM),
            (self.tr("The fields of a JSON schema"), SCHEMA),
        ):
            self.ask_box.addItem(words, data)
        self.ask_box.currentIndexChanged.connect(self._on_ask_box_changed)
        self.prompt_edit = QPlainTextEdit(self)
        self.prompt_edit.setPlaceholderText(self.tr("What to ask of every photo"))
        self.prompt_edit.setFixedHeight(70)
        self.prompt_edit.textChanged.connect(self._update_start)
        self.schema_button = QPushButton(self.tr("Choose a schema file…"), self)
        self.schema_button.clicked.connect(self._on_schema_button_clicked)
        self.schema_label = QLabel(self)
        self.schema_label.setWordWrap(True)
        schema_row = QHBoxLayout()
        schema_row.addWidget(self.schema_button)
        schema_row.addWidget(self.schema_label, 1)
        self._schema_row = QWidget(self)
        self._schema_row.setLayout(schema_row)
        schema_row.setContentsMargins(0, 0, 0, 0)

        self.model_label = QLabel(self)
        self.model_label.setObjectName("batchModelLabel")
        change = QPushButton(self.tr("Change in the Settings panel…"), self)
        change.clicked.connect(self.settings_panel_requested)
        model_row = QHBoxLayout()
        model_row.addWidget(self.model_label, 1)
        model_row.addWidget(change)
        self.detail_box = QComboBox(self)
        for label, value, tip in image_detail_choices():
            self.detail_box.addItem(label, value.value)
            self.detail_box.setItemData(
                self.detail_box.count() - 1, tip, Qt.ItemDataRole.ToolTipRole
            )
        self.detail_box.currentIndexChanged.connect(self._on_detail_box_changed)
        self.context_box = QCheckBox(
            self.tr("Send each photo's existing title and keywords along, as a hint"), self
        )
        self.context_box.setObjectName("batchContextBox")
        self.location_note = QLabel(self)
        self.location_note.setWordWrap(True)
        self.location_note.setObjectName("batchLocationNote")
        self.job_box = QCheckBox(
            self.tr("Send as a batch job: half the price, usually done within hours"),
            self,
        )
        self.job_box.setObjectName("batchJobBox")
        self.job_box.toggled.connect(self._update_start)
        self.job_note = QLabel(self)
        self.job_note.setObjectName("batchJobNote")
        self.job_note.setWordWrap(True)
        # The box and why it is offered read as one: the note starts under the box's words.
        self._job_row = QWidget(self)
        job_layout = QVBoxLayout(self._job_row)
        job_layout.setContentsMargins(0, 0, 0, 0)
        job_layout.setSpacing(2)
        job_layout.addWidget(self.job_box)
        job_layout.addWidget(self.job_note)
        style = self.job_box.style()
        indent = style.pixelMetric(style.PixelMetric.PM_IndicatorWidth) + style.pixelMetric(
            style.PixelMetric.PM_CheckBoxLabelSpacing
        )
        self.job_note.setContentsMargins(indent, 0, 0, 0)

        form = QFormLayout()
        form.addRow(self.tr("Ask for"), self.ask_box)
        form.addRow("", self.prompt_edit)
        form.addRow("", self._schema_row)
        form.addRow(self.tr("Model"), model_row)
        form.addRow(self.tr("Photo detail"), self.detail_box)
        form.addRow("", self.context_box)
        form.addRow("", self.location_note)
        form.addRow("", self._job_row)

        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton(
            self.tr("Describe"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start_requested)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.source_name)
        layout.addWidget(self.source_path)
        layout.addLayout(choose)
        layout.addWidget(self.listing, 1)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._on_ask_box_changed()
        self._on_detail_box_changed()

    # -- what the controller asks and tells ------------------------------------------------------

    def set_sources(self, paths: list[Path]) -> None:
        self._sources = list(paths)
        if paths:
            self._show_sources(paths)
        self.listing_requested.emit()

    def _show_sources(self, paths: list[Path]) -> None:
        if len(paths) == 1:
            name = paths[0].name or str(paths[0])  # a drive's or the root's name is its path
            where = str(paths[0])
        else:
            name = self.tr("%n files and folders", "", len(paths))
            where = ", ".join(p.name or str(p) for p in paths)
        whole = "\n".join(str(p) for p in paths[:20])
        self.source_name.set_full_text(name)
        self.source_name.setToolTip(whole)
        self.source_path.set_full_text(where)
        self.source_path.setToolTip(whole)
        self.source_path.show()

    def sources(self) -> list[Path]:
        return list(self._sources)

    def set_listing(self, files: list[ListedFile]) -> None:
        """What will be sent and what is left out (with why)."""
        self.listing.clear()
        sent = [f for f in files if f.reason is None]
        left = [f for f in files if f.reason is not None]
        self._sendable = len(sent)
        locale = QLocale()
        send_node = QTreeWidgetItem(
            [self.tr("Will be sent: %1").replace("%1", locale.toString(len(sent)))]
        )
        left_node = QTreeWidgetItem(
            [self.tr("Left out: %1").replace("%1", locale.toString(len(left)))]
        )
        for node, group in ((send_node, sent), (left_node, left)):
            node.addChildren(
                [
                    QTreeWidgetItem([shown.path.name, shown.reason or ""])
                    for shown in group[:SHOWN_FILES]
                ]
            )
            for child in range(node.childCount()):
                node.child(child).setToolTip(0, str(group[child].path))
        self.listing.addTopLevelItems([send_node, left_node])
        left_node.setExpanded(True)
        send_node.setExpanded(len(sent) <= 50)
        self.summary.setText(
            self.tr("Photos and videos to send: %1 · Files left out: %2")
            .replace("%1", locale.toString(len(sent)))
            .replace("%2", locale.toString(len(left)))
        )
        self._update_start()

    def set_job_offer(self, offer: JobOffer) -> None:
        self._job_offer = offer
        self._update_start()

    def set_pace(self, pace: int | None) -> None:
        """Photos a minute the model's quota let through last time; None: not known yet."""
        self._pace = pace
        self._update_start()

    def pace(self) -> int:
        return self._pace or ASSUMED_PACE

    def job_offered(self) -> bool:
        """The folder would take long enough photo by photo for the offer to show."""
        return self._sendable > 0 and self._sendable / self.pace() >= JOB_OFFER_MINUTES

    def set_model_text(self, text: str) -> None:
        self.model_label.setText(text)

    def set_detail(self, detail: ImageDetail) -> None:
        index = self.detail_box.findData(detail.value)
        if index >= 0 and index != self.detail_box.currentIndex():
            self.detail_box.setCurrentIndex(index)

    def detail(self) -> ImageDetail:
        return ImageDetail(self.detail_box.currentData())

    def set_schema(self, schema: dict[str, Any] | None, problem: str = "") -> None:
        self._schema = schema
        if schema is None:
            self.schema_label.setText(problem)
        else:
            columns = Ask.of(schema=schema).columns
            self.schema_label.setText(
                self.tr("Columns: %1").replace("%1", ", ".join(column_title(c) for c in columns))
            )
        self._update_start()

    def choice(self) -> BatchChoice:
        kind = self.ask_box.currentData()
        context = self.context_box.isChecked()
        if kind == SCHEMA:
            ask = Ask.of(schema=self._schema, context=context)
        elif kind == CUSTOM:
            ask = Ask.of(prompt=self.prompt_edit.toPlainText().strip(), context=context)
        else:
            ask = Ask.of(preset=Preset(kind), context=context)
        sources = tuple(str(p.absolute()) for p in self._sources)
        as_job = self.job_box.isChecked() and self._job_row.isVisibleTo(self)
        return BatchChoice(sources, self.subfolders.isChecked(), ask, self.detail(), as_job)

    # -- slots -----------------------------------------------------------------------------------

    def _update_start(self) -> None:
        kind = self.ask_box.currentData()
        ready = self._sendable > 0
        if kind == CUSTOM:
            ready = ready and bool(self.prompt_edit.toPlainText().strip())
        if kind == SCHEMA:
            ready = ready and self._schema is not None
        self.start_button.setEnabled(ready)
        offered = self.job_offered()
        offer = self._job_offer
        self._job_row.setVisible(offered)
        self.job_box.setEnabled(offer.possible)
        if not offer.possible:
            self.job_box.setChecked(False)
        if offered:
            why = offer_words(
                self._sendable, self.pace(), measured=self._pace is not None, engine=offer.engine
            )
            self.job_note.setText(why if offer.possible else f"{why}\n{offer.why_not}")
        self.start_button.setText(
            self.tr("Send as a batch job") if self.job_box.isChecked() else self.tr("Describe")
        )

    def _on_ask_box_changed(self) -> None:
        kind = self.ask_box.currentData()
        self.prompt_edit.setVisible(kind == CUSTOM)
        self._schema_row.setVisible(kind == SCHEMA)
        self._update_start()

    def _on_detail_box_changed(self) -> None:
        original = self.detail() is ImageDetail.ORIGINAL
        self.location_note.setText(
            original_photo_warning()
            if original
            else self.tr("The photos' location (GPS) and camera details stay on this computer.")
        )

    def _on_subfolders_toggled(self) -> None:
        if self._sources:
            self.listing_requested.emit()

    def _on_folder_button_clicked(self) -> None:
        dialog = self._new_file_dialog(self.tr("Choose a folder"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.open()

    def _on_files_button_clicked(self) -> None:
        dialog = self._new_file_dialog(self.tr("Choose photos and videos"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.open()

    def _on_schema_button_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose a JSON schema"))
        dialog.setNameFilter(self.tr("JSON schema (*.json)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.read_schema)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def read_schema(self, name: str) -> None:
        """A schema file the user chose (small: read here)."""
        try:
            data = json.loads(Path(name).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.set_schema(None, self.tr("This file is not a JSON schema that can be read."))
            return
        if not isinstance(data, dict):
            self.set_schema(None, self.tr("This file is not a JSON schema that can be read."))
            return
        self.set_schema(data)

    def _new_file_dialog(self, title: str) -> QFileDialog:
        dialog = QFileDialog(self, title)
        if self._sources:
            dialog.setDirectory(str(self._sources[0].parent))
        dialog.filesSelected.connect(lambda names: self.set_sources([Path(n) for n in names]))
        dialog.finished.connect(dialog.deleteLater)
        self._file_dialog = dialog
        return dialog
