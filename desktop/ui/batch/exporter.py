"""Export of a batch's results with the writers the terminal uses too: CSV (with a
byte-order mark) or JSON Lines through write_results, XMP sidecars (merged into those
already there) through write_sidecars. The sidecars' naming is asked once per batch, the
one already beside the photos chosen at first. Files are written in a worker thread."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.batch.export import write_results
from desktop.services.batch.xmp import Naming, naming_in_use, write_sidecars
from desktop.services.history.batches import BatchItem, ItemStatus
from desktop.ui.batch.batch_window import BatchWindow, ExportKind
from desktop.ui.batch.items_model import BatchItemsModel
from desktop.ui.tasks import TaskHolder, crash_route


class NamingDialog(QDialog):
    """How the sidecars are named, asked once for the batch."""

    def __init__(self, suggested: Naming, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("xmpNamingDialog")
        self.setWindowTitle(self.tr("XMP sidecars"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("How should the sidecar files be named?"), self))
        self.lightroom = QRadioButton(self.tr("photo.xmp (Lightroom, Capture One, DxO)"), self)
        self.digikam = QRadioButton(self.tr("photo.jpg.xmp (digiKam, darktable)"), self)
        (self.digikam if suggested is Naming.DIGIKAM else self.lightroom).setChecked(True)
        layout.addWidget(self.lightroom)
        layout.addWidget(self.digikam)
        note = QLabel(
            self.tr(
                "Sidecars already there are added to, never replaced; the photos are not changed."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def naming(self) -> Naming:
        return Naming.DIGIKAM if self.digikam.isChecked() else Naming.LIGHTROOM


class BatchExporter(QObject):
    def __init__(
        self, window: BatchWindow, model: BatchItemsModel, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._model = model
        self.naming: Naming | None = None
        self._task = TaskHolder("batch-export", on_error=crash_route(window.show_notice))
        self.dialog: QDialog | None = None
        window.export_requested.connect(self._on_window_export_requested)

    @property
    def task(self) -> TaskHolder:
        return self._task

    def rows(self) -> list[BatchItem]:
        """The answered rows (the approved ones only when the window asks for that)."""
        if self._window.approved_only_action.isChecked():
            return self._model.approved_items()
        return [i for i in self._model.items() if i.status is ItemStatus.DONE]

    def export_file(self, path: Path) -> None:
        self._task.start(self._write_file(path))

    def export_sidecars(self, naming: Naming) -> None:
        self.naming = naming
        self._task.start(self._write_sidecars(naming))

    async def _write_file(self, path: Path) -> None:
        count = await asyncio.to_thread(write_results, path, self._model.columns, self.rows())
        self._window.show_notice(
            self.tr("%1 results saved in %2.")
            .replace("%1", QLocale().toString(count))
            .replace("%2", path.name)
        )

    async def _write_sidecars(self, naming: Naming) -> None:
        written, problems = await asyncio.to_thread(write_sidecars, self.rows(), naming)
        text = self.tr("%1 XMP sidecars written beside the photos.").replace(
            "%1", QLocale().toString(written)
        )
        if problems:
            why = [f"{Path(item.path).name}: {error}" for item, error in problems[:3]]
            text += " " + self.tr("Not written: %1").replace("%1", "; ".join(why))
        self._window.show_notice(text)

    async def _ask_naming(self) -> None:
        photos = [Path(i.path) for i in self.rows()]
        suggested = await asyncio.to_thread(naming_in_use, photos)
        dialog = NamingDialog(suggested, self._window)
        dialog.accepted.connect(lambda: self.export_sidecars(dialog.naming()))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _on_window_export_requested(self, kind: str) -> None:
        if ExportKind(kind) is ExportKind.XMP:
            if self.naming is not None:
                self.export_sidecars(self.naming)
            else:
                self._task.start(self._ask_naming())
            return
        self._ask_file(ExportKind(kind))

    def _ask_file(self, kind: ExportKind) -> None:
        csv = kind is ExportKind.CSV
        dialog = QFileDialog(self._window, self.tr("Export the results"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("CSV (*.csv)") if csv else self.tr("JSON Lines (*.jsonl)"))
        dialog.setDefaultSuffix("csv" if csv else "jsonl")
        first = next(iter(self._model.items()), None)
        if first is not None:
            folder = Path(first.path).parent
            dialog.setDirectory(str(folder))
            dialog.selectFile(f"{folder.name or 'results'}.{'csv' if csv else 'jsonl'}")
        on_chosen: Callable[[str], None] = lambda name: self.export_file(Path(name))  # noqa: E731
        dialog.fileSelected.connect(on_chosen)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
