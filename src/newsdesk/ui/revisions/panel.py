"""The history panel: every revision of one story, a word diff between any two, and restore.

Selecting one revision compares it with the one before it (what that save changed); selecting
two compares them, older to newer. "Restore" writes the chosen revision back as a new revision
(kind RESTORE), so restoring is itself undoable from the same list.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsdesk.core.diff import diff_stats, diff_words
from newsdesk.services.dto import RevisionInfo, Story
from newsdesk.services.errors import REFUSED
from newsdesk.services.stories import StoryService
from newsdesk.ui.fonts import story_font
from newsdesk.ui.icons import icon
from newsdesk.ui.messages import describe
from newsdesk.ui.recovery import comparison_html, show_comparison
from newsdesk.ui.story_list.model import format_time


def kind_label(kind: str) -> str:
    """The revision kind in the interface language."""
    texts = {
        "manual": QCoreApplication.translate("RevisionPanel", "Saved"),
        "autosave": QCoreApplication.translate("RevisionPanel", "Autosave"),
        "status": QCoreApplication.translate("RevisionPanel", "Status change"),
        "restore": QCoreApplication.translate("RevisionPanel", "Restored"),
        "import": QCoreApplication.translate("RevisionPanel", "Imported"),
    }
    return texts.get(kind, kind)


def reason_label(reason: str) -> str:
    """The fixed reasons the services write, in the interface language; free text as is."""
    texts = {
        "saved": QCoreApplication.translate("RevisionPanel", "saved"),
        "created": QCoreApplication.translate("RevisionPanel", "created"),
        "autosave": QCoreApplication.translate("RevisionPanel", "autosave"),
        "recovered from autosave": QCoreApplication.translate(
            "RevisionPanel", "recovered from autosave"
        ),
    }
    return texts.get(reason, reason)


def _signed(n: int) -> str:
    return f"+{n}" if n > 0 else str(n)


class RevisionPanel(QWidget):
    """The revisions of one story with a diff view and a restore button."""

    #: The story after a revision was restored.
    restored = Signal(object)

    def __init__(self, stories: StoryService, story_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revisionPanel")
        self.stories = stories
        self.story_id = story_id
        self.revisions: list[RevisionInfo] = []

        self.tree = QTreeWidget()
        self.tree.setObjectName("revisionList")
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Author"),
                self.tr("Kind"),
                self.tr("Reason"),
                self.tr("Words"),
            ]
        )
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.view = QTextBrowser()
        self.view.setObjectName("revisionDiff")
        self.view.setFont(story_font(12))
        self.restore_button = QPushButton(icon("recover"), self.tr("Restore this revision"))
        self.restore_button.setObjectName("restoreRevisionButton")
        self.restore_button.clicked.connect(self.restore_selected)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setSizes([220, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.tree.itemSelectionChanged.connect(self._show_selection)
        self.reload()

    def reload(self) -> None:
        self.revisions = self.stories.revisions(self.story_id)
        self.tree.clear()
        for index, revision in enumerate(self.revisions):
            older = self.revisions[index + 1] if index + 1 < len(self.revisions) else None
            delta = revision.word_count - older.word_count if older else revision.word_count
            item = QTreeWidgetItem(
                [
                    format_time(revision.created_at),
                    revision.author,
                    kind_label(revision.kind),
                    reason_label(revision.reason),
                    f"{revision.word_count} ({_signed(delta)})",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setToolTip(3, revision.reason)
            self.tree.addTopLevelItem(item)
        if self.revisions:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def selected_indexes(self) -> list[int]:
        return sorted(item.data(0, Qt.ItemDataRole.UserRole) for item in self.tree.selectedItems())

    def select(self, *indexes: int) -> None:
        self.tree.clearSelection()
        for index in indexes:
            self.tree.topLevelItem(index).setSelected(True)

    def compared(self) -> tuple[RevisionInfo | None, RevisionInfo] | None:
        """(older, newer) for the current selection; older is None for the first revision."""
        chosen = self.selected_indexes()
        if not chosen:
            return None
        if len(chosen) == 1:
            index = chosen[0]
            older = self.revisions[index + 1] if index + 1 < len(self.revisions) else None
            return older, self.revisions[index]
        return self.revisions[chosen[-1]], self.revisions[chosen[0]]

    def _show_selection(self) -> None:
        pair = self.compared()
        self.restore_button.setEnabled(len(self.selected_indexes()) == 1)
        if pair is None:
            self.view.clear()
            self.summary.clear()
            return
        older, newer = pair
        old = older.snapshot if older else {}
        new = newer.snapshot
        stats = diff_stats(diff_words(str(old.get("body", "")), str(new.get("body", ""))))
        self.summary.setText(
            self.tr("%1 → %2: %3 words added, %4 removed, %5 respelt.")
            .replace("%1", format_time(older.created_at) if older else self.tr("empty"))
            .replace("%2", format_time(newer.created_at))
            .replace("%3", str(stats.inserted_words))
            .replace("%4", str(stats.deleted_words))
            .replace("%5", str(stats.respelt_words))
        )

        def fields(snapshot: dict[str, object]) -> dict[str, str]:
            return {key: str(snapshot.get(key) or "") for key in ("headline", "dek", "body")}

        show_comparison(
            self.view,
            comparison_html(
                (self.tr("Headline"), self.tr("Summary"), self.tr("Text")),
                fields(old),
                fields(new),
            ),
        )

    def restore_selected(self) -> Story | None:
        chosen = self.selected_indexes()
        if len(chosen) != 1:
            return None
        revision = self.revisions[chosen[0]]
        try:
            current = self.stories.get(self.story_id)
            story = self.stories.restore_revision(
                self.story_id, revision.id, expected_version=current.version
            )
        except REFUSED as exc:
            QMessageBox.warning(self, self.tr("Restore this revision"), describe(exc))
            return None
        self.reload()
        self.restored.emit(story)
        return story


class RevisionDialog(QDialog):
    """The panel in a window of its own, opened by the main window's "History…" action."""

    def __init__(self, stories: StoryService, story_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("revisionDialog")
        headline = stories.get(story_id).headline
        self.setWindowTitle(self.tr("History of “%1”").replace("%1", headline))
        self.resize(900, 680)
        self.panel = RevisionPanel(stories, story_id, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
