"""The tag manager: every tag with its figures; rename, merge, delete, hide, describe; duplicates.

Each action is one ``TagService`` call; the table is rebuilt from the service afterwards so what
is shown is what is stored. Questions (new name, confirmation) go through small methods the tests
replace, so no modal box blocks a test run.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services.container import Services
from newsdesk.services.errors import REFUSED
from newsdesk.services.tags import DuplicateGroup, TagInfo
from newsdesk.ui.fonts import story_font
from newsdesk.ui.icons import icon
from newsdesk.ui.messages import describe

COLUMNS = ("name", "slug", "stories", "main", "last_used", "hidden")


class TagManagerDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagManager")
        self.setWindowTitle(self.tr("Tags"))
        self.services = services
        self.tags: list[TagInfo] = []
        self.groups: list[DuplicateGroup] = []

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("tagTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Tag"),
                self.tr("Slug"),
                self.tr("Stories"),
                self.tr("Main tag of"),
                self.tr("Last used"),
                self.tr("Hidden"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setFont(story_font(11))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.new_button = QPushButton(icon("add"), self.tr("New…"))
        self.rename_button = QPushButton(icon("rename"), self.tr("Rename…"))
        self.merge_button = QPushButton(icon("merge"), self.tr("Merge selected…"))
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete…"))
        self.new_button.clicked.connect(self.ask_create)
        self.rename_button.clicked.connect(self.ask_rename)
        self.merge_button.clicked.connect(self.ask_merge)
        self.delete_button.clicked.connect(self.ask_delete)

        self.description = QPlainTextEdit()
        self.description.setObjectName("tagDescription")
        self.description.setPlaceholderText(self.tr("Description of the selected tag"))
        self.description.setMaximumHeight(70)
        self.save_description_button = QPushButton(self.tr("Save description"))
        self.save_description_button.clicked.connect(self.save_description)

        tags_page = QWidget()
        tags_layout = QVBoxLayout(tags_page)
        tags_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        for button in (self.new_button, self.rename_button, self.merge_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        tags_layout.addLayout(row)
        description_row = QHBoxLayout()
        description_row.addWidget(self.description, 1)
        description_row.addWidget(self.save_description_button)
        tags_layout.addLayout(description_row)

        self.duplicate_tree = QTreeWidget()
        self.duplicate_tree.setObjectName("duplicateTree")
        self.duplicate_tree.setHeaderLabels([self.tr("Keep"), self.tr("Stories"), self.tr("Why")])
        self.duplicate_tree.setFont(story_font(11))
        self.duplicate_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.merge_group_button = QPushButton(icon("merge"), self.tr("Merge this group"))
        self.merge_group_button.clicked.connect(self.merge_current_group)
        duplicates_page = QWidget()
        duplicates_layout = QVBoxLayout(duplicates_page)
        duplicates_layout.addWidget(
            QLabel(self.tr("Tags that differ only in spelling, a clitic or one letter."))
        )
        duplicates_layout.addWidget(self.duplicate_tree, 1)
        merge_row = QHBoxLayout()
        merge_row.addStretch(1)
        merge_row.addWidget(self.merge_group_button)
        duplicates_layout.addLayout(merge_row)

        self.tabs = QTabWidget()
        self.tabs.addTab(tags_page, icon("tags"), self.tr("Tags"))
        self.tabs.addTab(duplicates_page, icon("duplicates"), self.tr("Duplicates"))
        self.message = QLabel()
        self.message.setObjectName("tagMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(820, 560)
        self.reload()

    # -- data ----------------------------------------------------------------------------------

    def reload(self) -> None:
        self.tags = self.services.tags.all()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.tags))
        for row, tag in enumerate(self.tags):
            last = tag.last_used.strftime("%Y-%m-%d") if tag.last_used else "—"
            values = (tag.name, tag.slug, str(tag.stories), str(tag.main_stories), last)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, tag.id)
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
            self.table.item(row, 0).setIcon(icon("tag"))
            hidden = QTableWidgetItem()
            hidden.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            hidden.setCheckState(Qt.CheckState.Checked if tag.hidden else Qt.CheckState.Unchecked)
            hidden.setData(Qt.ItemDataRole.UserRole, tag.id)
            self.table.setItem(row, 5, hidden)
        self.table.blockSignals(False)
        self.groups = self.services.tags.duplicates()
        self.duplicate_tree.clear()
        reasons = {
            "spelling": self.tr("spelling"),
            "clitic": self.tr("clitic"),
            "typo": self.tr("one letter"),
        }
        for group in self.groups:
            top = QTreeWidgetItem(
                [group.target.name, str(group.target.stories), reasons[group.reason]]
            )
            top.setIcon(0, icon("main-tag"))
            for source in group.sources:
                top.addChild(QTreeWidgetItem([source.name, str(source.stories), ""]))
            self.duplicate_tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.tabs.setTabText(1, self.tr("Duplicates (%1)").replace("%1", str(len(self.groups))))

    def selected_tags(self) -> list[TagInfo]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.tags[r] for r in rows]

    def select_tag(self, tag_id: int) -> None:
        from PySide6.QtCore import QItemSelectionModel

        for row, tag in enumerate(self.tags):
            if tag.id == tag_id:
                self.table.selectionModel().select(
                    self.table.model().index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    # -- questions (replaced in tests) ---------------------------------------------------------

    def ask_text(self, title: str, label: str, value: str = "") -> str | None:
        text, ok = QInputDialog.getText(self, title, label, text=value)
        return text if ok else None

    def confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    # -- actions -------------------------------------------------------------------------------

    def _run(self, action, done: str = "") -> bool:  # type: ignore[no-untyped-def]
        try:
            action()
        except REFUSED as exc:
            self.message.setText(describe(exc))
            return False
        self.reload()
        self.message.setText(done)
        return True

    def ask_create(self) -> None:
        name = self.ask_text(self.tr("New tag"), self.tr("Name:"))
        if name:
            self._run(lambda: self.services.tags.create(name), self.tr("Tag created."))

    def ask_rename(self) -> None:
        selected = self.selected_tags()
        if len(selected) != 1:
            self.message.setText(self.tr("Select one tag to rename."))
            return
        tag = selected[0]
        name = self.ask_text(self.tr("Rename tag"), self.tr("New name:"), tag.name)
        if not name or name == tag.name:
            return
        change_slug = False
        if tag.public_stories:
            change_slug = self.confirm(
                self.tr("Rename tag"),
                self.tr(
                    "Published stories carry this tag, so its page address is public. "
                    "Change the address too?"
                ),
            )
        self._run(
            lambda: self.services.tags.rename(tag.id, name, change_slug=change_slug),
            self.tr("Tag renamed."),
        )

    def ask_merge(self) -> None:
        selected = self.selected_tags()
        if len(selected) < 2:
            self.message.setText(self.tr("Select two tags or more to merge."))
            return
        target = max(selected, key=lambda t: (t.stories, -t.id))
        names = "، ".join(t.name for t in selected if t.id != target.id)
        question = self.tr("Merge %1 into %2?").replace("%1", names).replace("%2", target.name)
        if self.confirm(self.tr("Merge tags"), question):
            self._run(
                lambda: self.services.tags.merge(
                    target.id, [t.id for t in selected if t.id != target.id]
                ),
                self.tr("Tags merged."),
            )

    def ask_delete(self) -> None:
        selected = self.selected_tags()
        if len(selected) != 1:
            self.message.setText(self.tr("Select one tag to delete."))
            return
        tag = selected[0]
        question = self.tr("Delete %1? %n stories will no longer carry it.", "", tag.stories)
        if self.confirm(self.tr("Delete tag"), question.replace("%1", tag.name)):
            left: list[int] = []
            self._run(lambda: left.append(self.services.tags.delete(tag.id)))
            if left:
                self.message.setText(self.tr("Tag deleted from %n stories.", "", left[0]))

    def merge_current_group(self) -> None:
        item = self.duplicate_tree.currentItem()
        if item is None:
            return
        while item.parent() is not None:
            item = item.parent()
        group = self.groups[self.duplicate_tree.indexOfTopLevelItem(item)]
        self._run(
            lambda: self.services.tags.merge(group.target.id, [t.id for t in group.sources]),
            self.tr("Tags merged."),
        )

    def save_description(self) -> None:
        selected = self.selected_tags()
        if len(selected) == 1:
            text = self.description.toPlainText()
            tag_id = selected[0].id
            self._run(lambda: self.services.tags.update(tag_id, description=text))
            self.select_tag(tag_id)

    def _selection_changed(self) -> None:
        selected = self.selected_tags()
        self.description.setPlainText(selected[0].description if len(selected) == 1 else "")

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 5:
            return
        tag_id = item.data(Qt.ItemDataRole.UserRole)
        hidden = item.checkState() == Qt.CheckState.Checked
        self._run(lambda: self.services.tags.update(tag_id, hidden=hidden))
