"""File → Import…: choose files, see what they hold and what is already here, then import.

The dialog is a thin caller of ``ImportService``: ``preview`` (a dry run) fills the file table,
the sample of headlines and the duplicates with their similarity; ``run`` imports with the
skip/update/new choice of each file. Both generators run on a worker thread and their progress
steps drive the bar. Cancel stops the generator between steps, which rolls back the file in
progress (the service's one transaction per file); files finished before it stay imported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services.errors import REFUSED
from newsdesk.services.imports import (
    DuplicatePolicy,
    FileReport,
    ImportPreview,
    ImportProgress,
    ImportReport,
    ImportService,
)
from newsdesk.ui.fonts import story_font
from newsdesk.ui.icons import icon
from newsdesk.ui.messages import describe


def _policy_label(policy: DuplicatePolicy) -> str:
    # Literal strings, so pyside6-lupdate finds them under the dialog's context.
    return {
        DuplicatePolicy.SKIP: QCoreApplication.translate("ImportDialog", "Skip duplicates"),
        DuplicatePolicy.UPDATE: QCoreApplication.translate(
            "ImportDialog", "Update the existing story"
        ),
        DuplicatePolicy.NEW: QCoreApplication.translate("ImportDialog", "Import as new stories"),
    }[policy]


def _reason_label(reason: str) -> str:
    return {
        "source id": QCoreApplication.translate("ImportDialog", "same source id"),
        "source URL": QCoreApplication.translate("ImportDialog", "same source URL"),
        "near-duplicate": QCoreApplication.translate("ImportDialog", "near-duplicate"),
    }.get(reason, reason)


def _refusal(report: FileReport) -> str:
    """Why a previewed file would be refused, in the interface's language."""
    return describe(report.refusal) if report.refusal is not None else report.error


class GeneratorWorker(QThread):
    """Drives a progress generator off the GUI thread; cancel closes it between steps.

    Signals carry only plain Qt types (text and numbers); the final value waits in ``result``
    for the GUI thread to pick up when ``done`` arrives, so no Python object is handed from
    one thread's event queue to the other's.
    """

    stepped = Signal(str, int, int)
    done = Signal()
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, make: Callable[[], Iterator[Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self._cancel = False
        self.result: Any = None

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:
        steps = self._make()
        last: Any = None
        try:
            for step in steps:
                if self._cancel:
                    steps.close()  # GeneratorExit inside the transaction: the file rolls back
                    self.cancelled.emit()
                    return
                last = step
                if isinstance(step, ImportProgress):
                    self.stepped.emit(
                        step.path, step.done, -1 if step.total is None else step.total
                    )
        except REFUSED as exc:
            self.failed.emit(describe(exc))
            return
        except Exception as exc:  # a bug must not die silently on a thread
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.result = last
        self.done.emit()


class ImportDialog(QDialog):
    """Choose files and a format, preview, choose what duplicates become, import."""

    imported = Signal(object)

    COLUMNS = 6

    def __init__(self, imports: ImportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.imports = imports
        self.paths: list[Path] = []
        self.preview_result: ImportPreview | None = None
        self.report: ImportReport | None = None
        self.worker: GeneratorWorker | None = None
        self.setWindowTitle(self.tr("Import stories"))
        self.resize(900, 620)

        self.format_box = QComboBox()
        self.format_box.setObjectName("importFormat")
        self.format_box.addItem(self.tr("Recognise automatically"), "auto")
        for name in imports.registry.names():
            reader = imports.registry.get(name)
            self.format_box.addItem(f"{name} — {reader.description}", name)
        self.policy_box = QComboBox()
        self.policy_box.setObjectName("importPolicy")
        for policy in DuplicatePolicy:
            self.policy_box.addItem(_policy_label(policy), policy.value)
        self.policy_box.currentIndexChanged.connect(self._apply_global_policy)

        self.add_button = QPushButton(icon("open"), self.tr("Add files…"))
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(icon("trash"), self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)

        self.files = QTableWidget(0, self.COLUMNS)
        self.files.setObjectName("importFiles")
        self.files.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Format"),
                self.tr("Stories"),
                self.tr("New"),
                self.tr("Duplicates"),
                self.tr("Duplicates become"),
            ]
        )
        self.files.verticalHeader().hide()
        self.files.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.files.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.files.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.files.itemSelectionChanged.connect(self._show_file_details)

        self.sample = QListWidget()
        self.sample.setObjectName("importSample")
        self.sample.setFont(story_font(11))
        self.sample.setWordWrap(True)
        self.sample.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.duplicates = QTableWidget(0, 4)
        self.duplicates.setObjectName("importDuplicates")
        self.duplicates.setHorizontalHeaderLabels(
            [
                self.tr("Imported story"),
                self.tr("Already here"),
                self.tr("Why"),
                self.tr("Similarity"),
            ]
        )
        self.duplicates.verticalHeader().hide()
        self.duplicates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.duplicates.setFont(story_font(11))
        dup_header = self.duplicates.horizontalHeader()
        dup_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        dup_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        dup_header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        dup_header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)

        self.summary = QLabel(self.tr("Add the files to import, then preview them."))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setVisible(False)

        self.buttons = QDialogButtonBox()
        self.preview_button = self.buttons.addButton(
            self.tr("Preview"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.preview_button.setIcon(icon("search"))
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setIcon(icon("import"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.preview_button.clicked.connect(self.start_preview)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)

        options = QFormLayout()
        options.addRow(self.tr("Format:"), self.format_box)
        options.addRow(self.tr("Duplicates:"), self.policy_box)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.add_button)
        file_buttons.addWidget(self.remove_button)
        file_buttons.addStretch(1)
        file_buttons.addLayout(options)

        sample_box = QGroupBox(self.tr("Sample headlines"))
        QVBoxLayout(sample_box).addWidget(self.sample)
        duplicates_box = QGroupBox(self.tr("Duplicates found"))
        QVBoxLayout(duplicates_box).addWidget(self.duplicates)
        details = QSplitter()
        details.addWidget(sample_box)
        details.addWidget(duplicates_box)
        details.setStretchFactor(0, 2)
        details.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.addLayout(file_buttons)
        layout.addWidget(self.files, 2)
        layout.addWidget(details, 3)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self._set_busy(False)

    # -- files ----------------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose files to import"),
            "",
            self.tr(
                "Stories (*.txt *.html *.htm *.xml *.md *.markdown *.rss *.atom *.json "
                "*.jsonl);;All files (*)"
            ),
        )
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            if path in self.paths:
                continue
            self.paths.append(path)
            row = self.files.rowCount()
            self.files.insertRow(row)
            item = QTableWidgetItem(path.name)
            item.setToolTip(str(path))
            self.files.setItem(row, 0, item)
            for column in range(1, self.COLUMNS - 1):
                self.files.setItem(row, column, QTableWidgetItem(""))
            choice = QComboBox()
            for policy in DuplicatePolicy:
                choice.addItem(_policy_label(policy), policy.value)
            choice.setCurrentIndex(self.policy_box.currentIndex())
            self.files.setCellWidget(row, self.COLUMNS - 1, choice)
        self.preview_result = None
        self._set_busy(False)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.files.selectedIndexes()}, reverse=True)
        for row in rows:
            self.files.removeRow(row)
            del self.paths[row]
        self.preview_result = None
        self._set_busy(False)

    def policies(self) -> dict[str, DuplicatePolicy]:
        """What duplicates become, per file (the table's choices)."""
        out = {}
        for row, path in enumerate(self.paths):
            choice = self.files.cellWidget(row, self.COLUMNS - 1)
            assert isinstance(choice, QComboBox)
            out[str(path)] = DuplicatePolicy(choice.currentData())
        return out

    def _apply_global_policy(self, index: int) -> None:
        for row in range(self.files.rowCount()):
            choice = self.files.cellWidget(row, self.COLUMNS - 1)
            if isinstance(choice, QComboBox):
                choice.setCurrentIndex(index)

    def selected_format(self) -> str:
        return str(self.format_box.currentData())

    # -- preview and import -----------------------------------------------------------------

    def start_preview(self) -> None:
        if not self.paths:
            return
        fmt, paths, policies = self.selected_format(), list(self.paths), self.policies()
        self._start(lambda: self.imports.preview(fmt, paths, policies=policies), self._preview_done)
        self.summary.setText(self.tr("Reading the files…"))

    def start_import(self) -> None:
        if not self.paths:
            return
        fmt, paths, policies = self.selected_format(), list(self.paths), self.policies()
        self._start(lambda: self.imports.run(fmt, paths, policies=policies), self._import_done)
        self.summary.setText(self.tr("Importing…"))

    def cancel(self) -> None:
        if self.worker is not None and self.worker.isRunning():
            self.worker.cancel()
            self.summary.setText(self.tr("Cancelling: the file in progress is rolled back…"))
        else:
            self.reject()

    def _start(self, make: Callable[[], Iterator[Any]], done: Callable[[Any], None]) -> None:
        worker = GeneratorWorker(make, self)
        worker.stepped.connect(self._on_step)
        worker.done.connect(lambda: done(worker.result))
        worker.failed.connect(self._on_failed)
        worker.cancelled.connect(self._on_cancelled)
        self.worker = worker
        self.progress.setRange(0, 0)
        self._set_busy(True)
        worker.start()

    def _on_step(self, path: str, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)
        self.progress.setFormat(f"{Path(path).name}: %v / %m")

    def _on_failed(self, message: str) -> None:
        self._set_busy(False)
        self.summary.setText(
            self.tr("Nothing from the file was imported: %1").replace("%1", message)
        )

    def _on_cancelled(self) -> None:
        self._set_busy(False)
        self.summary.setText(
            self.tr("Cancelled. The file in progress was rolled back; files before it stay.")
        )
        self.imported.emit(None)

    def _preview_done(self, result: object) -> None:
        self._set_busy(False)
        if not isinstance(result, ImportPreview):
            return
        self.preview_result = result
        for row, report in enumerate(result.files):
            self._fill_row(row, report)
        if self.files.rowCount():
            self.files.setCurrentCell(0, 0)  # selectRow silently fails in right-to-left
        self._show_file_details()
        text = self.tr("%n stories in the files", "", result.stories)
        text += " · " + self.tr("%n new", "", result.new)
        text += " · " + self.tr("%n duplicates", "", result.duplicates_found)
        if result.errors:
            text += " · " + self.tr("%n files would be refused", "", len(result.errors))
        self.summary.setText(text)

    def _fill_row(self, row: int, report: FileReport) -> None:
        values = [
            report.format,
            str(report.stories),
            str(report.added),
            str(report.duplicates_found),
        ]
        for column, value in enumerate(values, start=1):
            item = QTableWidgetItem(value)
            if report.error:
                item.setToolTip(_refusal(report))
            self.files.setItem(row, column, item)
        if report.error:
            self.files.item(row, 1).setText(self.tr("refused"))

    def _show_file_details(self) -> None:
        self.sample.clear()
        self.duplicates.setRowCount(0)
        if self.preview_result is None:
            return
        rows = {i.row() for i in self.files.selectedIndexes()} or {0}
        row = min(rows)
        if row >= len(self.preview_result.files):
            return
        report = self.preview_result.files[row]
        if report.error:
            self.sample.addItem(_refusal(report))
            return
        self.sample.addItems(report.sample)
        self.duplicates.setRowCount(len(report.duplicates))
        for line, match in enumerate(report.duplicates):
            existing = (
                self.tr("an earlier story of this import")
                if match.in_import
                else match.existing_headline
            )
            cells = [
                match.headline,
                existing,
                _reason_label(match.reason),
                f"{match.similarity:.0%}",
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.duplicates.setItem(line, column, item)
            if not match.in_import:
                self.duplicates.item(line, 1).setToolTip(
                    self.tr("Story %1: %2")
                    .replace("%1", str(match.story_id))
                    .replace("%2", match.existing_headline)
                )
            self.duplicates.item(line, 3).setToolTip(
                self.tr("Jaccard %1 · containment %2")
                .replace("%1", f"{match.jaccard:.0%}")
                .replace("%2", f"{match.containment:.0%}")
            )

    def _import_done(self, result: object) -> None:
        self._set_busy(False)
        if not isinstance(result, ImportReport):
            return
        self.report = result
        text = self.tr("%n stories imported", "", result.added)
        if result.updated:
            text += " · " + self.tr("%n updated", "", result.updated)
        if result.duplicates_skipped:
            text += " · " + self.tr("%n duplicates skipped", "", result.duplicates_skipped)
        self.summary.setText(text)
        self.imported.emit(result)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.close_button.setEnabled(not busy)
        for widget in (
            self.preview_button,
            self.import_button,
            self.add_button,
            self.remove_button,
            self.format_box,
            self.policy_box,
            self.files,
        ):
            widget.setEnabled(
                not busy
                and (
                    bool(self.paths)
                    or widget in (self.add_button, self.format_box, self.policy_box, self.files)
                )
            )

    def closeEvent(self, event) -> None:
        if self.worker is not None and self.worker.isRunning():
            self.worker.cancel()
            self.worker.wait()
        super().closeEvent(event)

    def reject(self) -> None:
        if self.worker is not None and self.worker.isRunning():
            self.worker.cancel()
            self.worker.wait()
        super().reject()
