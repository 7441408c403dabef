"""File → Export site…: choose a folder, base URL and theme; watch the export; cancel it.

The export runs in the app's export process (``services.export_job``), which renders with
one process per core as the command line does and stays for the next export with what it
read; a worker thread relays its progress steps, so the window stays responsive. Cancel
closes the step generator between two steps: the export leaves the previous site exactly as
it was (only the staging tree next to it was touched) and records the run as cancelled.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services.container import Services
from newsdesk.services.errors import REFUSED
from newsdesk.services.export_job import export_in_child
from newsdesk.services.publishing import ExportOutcome
from newsdesk.ui.messages import describe


class ExportWorker(QObject):
    """Runs one export generator and reports its steps as signals."""

    progressed = Signal(str, int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        services: Services,
        target: Path,
        base_url: str | None,
        theme: Path | None,
        feeds: bool,
    ) -> None:
        super().__init__()
        self.services = services
        self.target = target
        self.base_url = base_url
        self.theme = theme
        self.feeds = feeds
        self._cancel = False

    def cancel(self) -> None:
        # Read by the worker thread between steps; a plain flag is enough for one writer.
        self._cancel = True

    @Slot()
    def run(self) -> None:
        steps = export_in_child(
            self.services, self.target, base_url=self.base_url, theme=self.theme, feeds=self.feeds
        )
        try:
            while True:
                if self._cancel:
                    steps.close()
                    self.cancelled.emit()
                    return
                step = next(steps)
                self.progressed.emit(step.stage, step.done, step.total)
        except StopIteration as stop:
            self.finished.emit(stop.value)
        except (*REFUSED, OSError) as exc:
            self.failed.emit(describe(exc))


class ExportDialog(QDialog):
    """The site export: options, a progress bar, Export and Cancel."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export site"))
        self.setMinimumWidth(560)
        self._thread: QThread | None = None
        self._worker: ExportWorker | None = None
        self.outcome: ExportOutcome | None = None

        site = services.settings.site()
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(self.tr("An empty folder, or one exported before"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)

        self.base_url_edit = QLineEdit(site.base_url)
        self.base_url_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # an address
        self.theme_edit = QLineEdit()
        self.theme_edit.setPlaceholderText(self.tr("The default theme"))
        theme_browse = QPushButton(self.tr("Choose…"))
        theme_browse.clicked.connect(self.choose_theme)
        theme_row = QHBoxLayout()
        theme_row.addWidget(self.theme_edit, 1)
        theme_row.addWidget(theme_browse)
        for edit in (self.folder_edit, self.theme_edit):  # paths read left to right
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.feeds_check = QCheckBox(self.tr("Write the RSS, Atom and JSON feeds too"))
        self.feeds_check.setChecked(True)

        form = QFormLayout()
        form.addRow(self.tr("Output folder:"), folder_row)
        form.addRow(self.tr("Base URL:"), self.base_url_edit)
        form.addRow(self.tr("Theme folder:"), theme_row)
        form.addRow("", self.feeds_check)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status_label = QLabel(self.tr("Ready."))
        self.status_label.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.cancel_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

    # -- choosing -------------------------------------------------------------------------------

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Output folder"))
        if folder:
            self.folder_edit.setText(folder)

    def choose_theme(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Theme folder"))
        if folder:
            self.theme_edit.setText(folder)

    # -- running --------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        folder = self.folder_edit.text().strip()
        if not folder:
            self.status_label.setText(self.tr("Choose an output folder first."))
            return
        theme = self.theme_edit.text().strip()
        base_url = self.base_url_edit.text().strip()
        self.outcome = None
        self._worker = ExportWorker(
            self.services,
            Path(folder),
            base_url or None,
            Path(theme) if theme else None,
            self.feeds_check.isChecked(),
        )
        self._thread = QThread(self)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._worker.cancelled.connect(self._on_cancelled)
        self._set_running(True)
        self.status_label.setText(self.tr("Planning the site…"))
        self._thread.start()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Cancelling…"))

    def _set_running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        self.close_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        for widget in (self.folder_edit, self.base_url_edit, self.theme_edit, self.feeds_check):
            widget.setEnabled(not running)

    def _finish(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = None
        self._worker = None
        self._set_running(False)

    @Slot(str, int, int)
    def _on_progress(self, stage: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done if total else 0)
        if stage == "render":
            text = self.tr("Writing pages: %1 of %2")
            self.status_label.setText(text.replace("%1", str(done)).replace("%2", str(total)))
        elif stage == "commit":
            self.status_label.setText(self.tr("Swapping in the new site…"))

    @Slot(object)
    def _on_finished(self, outcome: ExportOutcome) -> None:
        self.outcome = outcome
        self._finish()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status_label.setText(
            self.tr("Done: %1 files written, %2 unchanged, %3 removed.")
            .replace("%1", str(outcome.written))
            .replace("%2", str(outcome.unchanged))
            .replace("%3", str(outcome.removed))
        )

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._finish()
        self.progress.setValue(0)
        text = self.tr("The export failed; the previous site is unchanged. %1")
        self.status_label.setText(text.replace("%1", message))

    @Slot()
    def _on_cancelled(self) -> None:
        self._finish()
        self.progress.setValue(0)
        self.status_label.setText(self.tr("Cancelled; the previous site is unchanged."))

    def reject(self) -> None:
        if self.running:  # Escape while exporting means Cancel, not "leave it running"
            self.cancel()
            return
        super().reject()
