"""Crash recovery at start-up: every story with unsaved autosaved work, its difference, a choice.

Shown once when the main window opens, only when there is something to recover. Restoring is a
normal save (kind RESTORE, so the history shows where the text came from); discarding asks
first, because it is the one button here that throws words away.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from newsdesk.core.diff import FIRST_CHANGE_ANCHOR, diff_html, diff_stats, diff_words
from newsdesk.services.autosave import AutosaveService, Recoverable
from newsdesk.services.errors import REFUSED
from newsdesk.ui.fonts import story_font
from newsdesk.ui.icons import icon
from newsdesk.ui.messages import describe
from newsdesk.ui.story_list.model import format_time


def comparison_html(
    labels: tuple[str, str, str],
    old: dict[str, str],
    new: dict[str, str],
    *,
    context: int | None = 1,
) -> str:
    """Headline, dek and body diffs, each under its (translated) label.

    Unchanged fields are left out (the headline always names the story) and long unchanged
    stretches of the body folded, so the changes are what the reader sees first.
    """
    parts: list[str] = []
    for label, key in zip(labels, ("headline", "dek", "body"), strict=True):
        before, after = old.get(key, ""), new.get(key, "")
        if not before and not after:
            continue
        if before == after and key != "headline":
            continue
        folding = context if key == "body" else None
        parts.append(f"<h4>{label}</h4>{diff_html(before, after, context=folding)}")
    return "".join(parts)


def show_comparison(view: QTextBrowser, html: str) -> None:
    """Put ``html`` in ``view`` and scroll to its first change."""
    view.setHtml(html)
    view.scrollToAnchor(FIRST_CHANGE_ANCHOR)


def _fields(headline: str, dek: str, body: str) -> dict[str, str]:
    return {"headline": headline, "dek": dek, "body": body}


class RecoveryDialog(QDialog):
    """Lists the recoverable stories; restore or discard each, or decide later."""

    #: story id, after its autosaved copy was saved as the story.
    restored = Signal(int)
    discarded = Signal(int)

    def __init__(
        self, service: AutosaveService, items: list[Recoverable], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.service = service
        self.items = {item.story_id: item for item in items}
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.resize(960, 620)

        intro = QLabel(
            self.tr(
                "Newsdesk was closed before these stories were saved. Their last autosaved "
                "copy is shown against the saved story: restore it or discard it."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("recoveryList")
        self.list.setFont(story_font(11))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for item in items:
            row = QListWidgetItem(item.autosaved.headline or item.stored.headline)
            row.setData(Qt.ItemDataRole.UserRole, item.story_id)
            row.setToolTip(format_time(item.autosaved_at))
            self.list.addItem(row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.view = QTextBrowser()
        self.view.setObjectName("recoveryDiff")
        self.view.setFont(story_font(12))
        self.view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.view, 1)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([280, 680])

        self.restore_button = QPushButton(icon("recover"), self.tr("Restore"))
        self.restore_button.setObjectName("restoreButton")
        self.discard_button = QPushButton(icon("trash"), self.tr("Discard"))
        self.discard_button.setObjectName("discardButton")
        self.restore_button.clicked.connect(self.restore_current)
        self.discard_button.clicked.connect(self.discard_current)
        buttons = QDialogButtonBox()
        later = buttons.addButton(self.tr("Decide later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(self.discard_button)
        row.addStretch(1)
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)

        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        if self.list.count():
            self.list.setCurrentRow(0)

    def current(self) -> Recoverable | None:
        row = self.list.currentItem()
        return self.items.get(row.data(Qt.ItemDataRole.UserRole)) if row else None

    def _show_current(self) -> None:
        item = self.current()
        self.restore_button.setEnabled(item is not None)
        self.discard_button.setEnabled(item is not None)
        if item is None:
            self.view.clear()
            self.summary.clear()
            return
        stored, mine = item.stored, item.autosaved
        stats = diff_stats(diff_words(stored.body, mine.body))
        text = (
            self.tr(
                "Autosaved %1 · %2 words added, %3 removed, %4 respelt since the saved version."
            )
            .replace("%1", format_time(item.autosaved_at))
            .replace("%2", str(stats.inserted_words))
            .replace("%3", str(stats.deleted_words))
            .replace("%4", str(stats.respelt_words))
        )
        if item.conflicting:
            text += " " + self.tr(
                "Someone saved this story after your copy was opened: restoring saves your "
                "copy over theirs, which stays in the history."
            )
        self.summary.setText(text)
        show_comparison(
            self.view,
            comparison_html(
                (self.tr("Headline"), self.tr("Summary"), self.tr("Text")),
                _fields(stored.headline, stored.dek, stored.body),
                _fields(mine.headline, mine.dek, mine.body),
            ),
        )

    def _remove_current(self) -> None:
        row = self.list.currentRow()
        taken = self.list.takeItem(row)
        if taken is not None:
            self.items.pop(taken.data(Qt.ItemDataRole.UserRole), None)
        if self.list.count() == 0:
            self.accept()
        else:
            self._show_current()

    def restore_current(self) -> None:
        item = self.current()
        if item is None:
            return
        try:
            self.service.recover(item.story_id)
        except REFUSED as exc:
            QMessageBox.warning(self, self.tr("Recover unsaved work"), describe(exc))
            return
        self.restored.emit(item.story_id)
        self._remove_current()

    def discard_current(self) -> None:
        item = self.current()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard unsaved work"),
            self.tr("Throw away the autosaved copy of “%1”? This cannot be undone.").replace(
                "%1", item.autosaved.headline or item.stored.headline
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.discard(item.story_id)
        except REFUSED as exc:
            QMessageBox.warning(self, self.tr("Recover unsaved work"), describe(exc))
            return
        self.discarded.emit(item.story_id)
        self._remove_current()


def offer_recovery(service: AutosaveService, parent: QWidget | None = None) -> list[int]:
    """Show the recovery dialog if anything is recoverable; return the restored story ids."""
    try:
        items = service.recoverable()
    except REFUSED as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("RecoveryDialog", "Recover unsaved work"),
            describe(exc),
        )
        return []
    if not items:
        return []
    dialog = RecoveryDialog(service, items, parent)
    restored: list[int] = []
    dialog.restored.connect(restored.append)
    dialog.exec()
    return restored
