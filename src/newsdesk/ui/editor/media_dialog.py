"""The media library: every image of the newsroom, added by drag and drop or a file dialog.

One library for all stories: an image added for one story is there for the next, and adding the
same file twice finds the stored one (``MediaService`` addresses images by their SHA-256).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services.dto import MediaAsset
from newsdesk.services.errors import REFUSED
from newsdesk.services.media import MediaService
from newsdesk.ui.editor.text_edit import IMAGE_SUFFIXES
from newsdesk.ui.icons import icon
from newsdesk.ui.messages import describe

THUMB = 120


class MediaLibraryDialog(QDialog):
    """Browse, add and describe images; "Use" returns the chosen one in ``chosen``."""

    def __init__(self, media: MediaService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediaLibrary")
        self.setWindowTitle(self.tr("Media library"))
        self.resize(760, 520)
        self.setAcceptDrops(True)
        self.media = media
        self.chosen: MediaAsset | None = None
        self.assets: dict[str, MediaAsset] = {}

        self.grid = QListWidget()
        self.grid.setObjectName("mediaGrid")
        self.grid.setViewMode(QListWidget.ViewMode.IconMode)
        self.grid.setIconSize(QSize(THUMB, THUMB))
        self.grid.setGridSize(QSize(THUMB + 24, THUMB + 40))
        self.grid.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.grid.setMovement(QListWidget.Movement.Static)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setWordWrap(True)
        # Drops land on the dialog (files from outside), not as moves inside the grid.
        self.grid.setDragEnabled(False)
        self.grid.setAcceptDrops(False)
        self.hint = QLabel(self.tr("Drop image files here, or add them from disk."))
        self.hint.setObjectName("mediaHint")
        self.add_button = QPushButton(icon("image"), self.tr("Add images…"))
        self.caption = QLineEdit()
        self.caption.setObjectName("mediaCaption")
        self.credit = QLineEdit()
        self.credit.setObjectName("mediaCredit")
        self.alt = QLineEdit()
        self.alt.setObjectName("mediaAlt")
        self.details = QLabel()
        self.details.setObjectName("mediaDetails")
        self.save_details = QPushButton(self.tr("Save description"))

        side = QFormLayout()
        side.addRow(self.details)
        side.addRow(self.tr("Caption"), self.caption)
        side.addRow(self.tr("Credit"), self.credit)
        side.addRow(self.tr("Alt text"), self.alt)
        side.addRow(self.save_details)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMinimumWidth(260)

        buttons = QDialogButtonBox()
        self.use_button = buttons.addButton(self.tr("Use"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._use)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.add_button)
        middle = QHBoxLayout()
        middle.addWidget(self.grid, 1)
        middle.addWidget(side_widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(buttons)

        self.add_button.clicked.connect(self.add_from_dialog)
        self.grid.currentItemChanged.connect(lambda *_: self._show_selected())
        self.grid.itemDoubleClicked.connect(lambda _item: self._use())
        self.save_details.clicked.connect(self.save_description)
        self.reload()

    # -- content -----------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        self.grid.clear()
        self.assets = {}
        for asset in self.media.list():
            self.assets[asset.sha256] = asset
            pixmap = QPixmap()
            pixmap.loadFromData(asset.thumbnail)
            label = asset.caption or asset.filename or asset.sha256[:10]
            item = QListWidgetItem(QIcon(pixmap), label)
            item.setData(Qt.ItemDataRole.UserRole, asset.sha256)
            item.setToolTip(f"{asset.filename}\n{asset.width} × {asset.height}")
            self.grid.addItem(item)
            if asset.sha256 == select:
                self.grid.setCurrentItem(item)
        if select is None and self.grid.count():
            self.grid.setCurrentRow(0)
        self._show_selected()

    def selected(self) -> MediaAsset | None:
        item = self.grid.currentItem()
        if item is None:
            return None
        return self.assets.get(str(item.data(Qt.ItemDataRole.UserRole)))

    def _show_selected(self) -> None:
        asset = self.selected()
        for field in (self.caption, self.credit, self.alt, self.save_details, self.use_button):
            field.setEnabled(asset is not None)
        if asset is None:
            self.details.setText(self.tr("The library is empty."))
            for line in (self.caption, self.credit, self.alt):
                line.clear()
            return
        self.details.setText(
            f"{asset.filename or asset.sha256[:12]}\n{asset.width} × {asset.height} · "
            f"{asset.mime_type}"
        )
        self.caption.setText(asset.caption)
        self.credit.setText(asset.credit)
        self.alt.setText(asset.alt_text)

    def add_paths(self, paths: list[str]) -> list[MediaAsset]:
        """Add image files; a refused file is reported and the others still go in."""
        added: list[MediaAsset] = []
        problems: list[str] = []
        for path in paths:
            try:
                added.append(self.media.add_file(Path(path)))
            except REFUSED as error:
                problems.append(describe(error))
        if added:
            self.reload(select=added[-1].sha256)
        if problems:
            QMessageBox.warning(self, self.tr("Some images were not added"), "\n".join(problems))
        return added

    def add_from_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add images"),
            "",
            self.tr("Images (*.jpg *.jpeg *.png *.gif *.webp)"),
        )
        if paths:
            self.add_paths(paths)

    def save_description(self) -> None:
        asset = self.selected()
        if asset is None:
            return
        try:
            updated = self.media.update(
                asset.sha256,
                caption=self.caption.text(),
                credit=self.credit.text(),
                alt_text=self.alt.text(),
            )
        except REFUSED as error:
            QMessageBox.warning(self, self.tr("Not saved"), describe(error))
            return
        self.reload(select=updated.sha256)

    def _use(self) -> None:
        asset = self.selected()
        if asset is None:
            return
        if (self.caption.text(), self.credit.text(), self.alt.text()) != (
            asset.caption,
            asset.credit,
            asset.alt_text,
        ):
            self.save_description()
            asset = self.selected()
        self.chosen = asset
        self.accept()

    # -- drag and drop -----------------------------------------------------------------------

    @staticmethod
    def _image_paths(event: QDragEnterEvent | QDropEvent) -> list[str]:
        return [
            url.toLocalFile()
            for url in event.mimeData().urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(IMAGE_SUFFIXES)
        ]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._image_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._image_paths(event)
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)
