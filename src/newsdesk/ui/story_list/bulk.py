"""Bulk actions on the selected stories: status, tags, section.

Every action goes through one service call (one transaction) and then tells the list which
stories changed, so only their rows are rebuilt. A status move that the workflow refuses for
some stories moves the others and lists the refused ones with the reason, in the interface's
language.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from newsdesk.core.domain import WORKFLOW_ORDER, Status, can_transition
from newsdesk.services.container import Services
from newsdesk.services.dto import TransitionReport
from newsdesk.services.errors import REFUSED
from newsdesk.ui.icons import icon
from newsdesk.ui.messages import describe
from newsdesk.ui.story_list.model import status_label

# Statuses a bulk move offers. "Corrected" needs a note for readers per story: the editor's job.
BULK_STATUSES = tuple(s for s in WORKFLOW_ORDER if s is not Status.CORRECTED)
# Refused stories listed by name in the report; the rest are counted.
LISTED_REFUSALS = 15
TAG_SEPARATORS = re.compile(r"[,،;؛\n]")


def split_tag_names(text: str) -> list[str]:
    """Tag names typed in one line, separated by Latin or Arabic commas or semicolons."""
    return [name.strip() for name in TAG_SEPARATORS.split(text) if name.strip()]


class BulkActions(QObject):
    """The actions and the status submenu; ``changed`` carries the ids that were written."""

    changed = Signal(list)
    message = Signal(str)

    def __init__(
        self, services: Services, selected_ids: Callable[[], list[int]], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.selected_ids = selected_ids
        self.widget = parent
        self.status_menu = QMenu(self.tr("Change status"), parent)
        self.status_menu.setIcon(icon("editing"))
        self.status_actions: dict[Status, QAction] = {}
        for status in BULK_STATUSES:
            action = QAction(icon(status.value), status_label(status), self)
            action.triggered.connect(lambda _=False, s=status: self.change_status(s))
            self.status_menu.addAction(action)
            self.status_actions[status] = action
        self.add_tags_action = QAction(icon("tag"), self.tr("Add tags…"), self)
        self.add_tags_action.triggered.connect(self.add_tags)
        self.remove_tags_action = QAction(icon("tag_remove"), self.tr("Remove a tag…"), self)
        self.remove_tags_action.triggered.connect(self.remove_tag)
        self.section_action = QAction(icon("section"), self.tr("Move to section…"), self)
        self.section_action.triggered.connect(self.move_to_section)

    def actions(self) -> list[QAction]:
        return [self.add_tags_action, self.remove_tags_action, self.section_action]

    def set_selection_size(self, count: int) -> None:
        self.status_menu.setEnabled(count > 0)
        for action in (*self.actions(), *self.status_actions.values()):
            action.setEnabled(count > 0)

    # -- the actions ------------------------------------------------------------------------

    def change_status(self, target: Status) -> TransitionReport | None:
        ids = self.selected_ids()
        if not ids:
            return None
        report = self._run(lambda: self.services.stories.change_status_many(ids, target))
        if report is None:
            return None
        self._done(report)
        self.message.emit(
            self.tr("%n stories moved to “%1”", "", len(report.changed)).replace(
                "%1", status_label(target)
            )
        )
        if report.refused:
            self.show_refused(report, target)
        return report

    def add_tags(self) -> TransitionReport | None:
        ids = self.selected_ids()
        if not ids:
            return None
        text, ok = QInputDialog.getText(
            self.widget,
            self.tr("Add tags"),
            self.tr("Tags to add to %n stories (separate them with commas):", "", len(ids)),
        )
        names = split_tag_names(text) if ok else []
        if not names:
            return None
        report = self._run(lambda: self.services.stories.add_tags_many(ids, names))
        if report is not None:
            self._done(report)
            self.message.emit(self.tr("Tags added to %n stories", "", len(report.changed)))
        return report

    def remove_tag(self) -> TransitionReport | None:
        ids = self.selected_ids()
        if not ids:
            return None
        tags = self._run(lambda: self.services.stories.tags_of(ids))
        if not tags:
            self.message.emit(self.tr("The selected stories have no tags"))
            return None
        name, ok = QInputDialog.getItem(
            self.widget,
            self.tr("Remove a tag"),
            self.tr("Tag to remove from %n stories:", "", len(ids)),
            [t.name for t in tags],
            0,
            False,
        )
        if not ok or not name:
            return None
        report = self._run(lambda: self.services.stories.remove_tags_many(ids, [name]))
        if report is not None:
            self._done(report)
            self.message.emit(self.tr("Tag removed from %n stories", "", len(report.changed)))
        return report

    def move_to_section(self) -> TransitionReport | None:
        ids = self.selected_ids()
        if not ids:
            return None
        sections = self.services.taxonomy.sections()
        none = self.tr("(no section)")
        name, ok = QInputDialog.getItem(
            self.widget,
            self.tr("Move to section"),
            self.tr("Section for %n stories:", "", len(ids)),
            [s.name for s in sections] + [none],
            0,
            False,
        )
        if not ok or not name:
            return None
        slug = next((s.slug for s in sections if s.name == name), None)
        report = self._run(lambda: self.services.stories.move_to_section_many(ids, slug))
        if report is not None:
            self._done(report)
            self.message.emit(self.tr("%n stories moved", "", len(report.changed)))
        return report

    # -- helpers ----------------------------------------------------------------------------

    def _run(self, call):  # type: ignore[no-untyped-def]
        try:
            return call()
        except REFUSED as exc:
            QMessageBox.warning(self.widget, self.tr("Not done"), describe(exc))
            return None

    def _done(self, report: TransitionReport) -> None:
        if report.changed:
            self.changed.emit(list(report.changed))

    def refusal_reason(self, story_id: int, target: Status, service_reason: str) -> str:
        """Why ``story_id`` did not move, said in the interface's language."""
        found = self.services.stories.summaries([story_id])
        if not found:
            return self.tr("the story no longer exists")
        story = found[0]
        if story.trashed:
            return self.tr("it is in the trash: restore it first")
        if not can_transition(story.status, target):
            return (
                self.tr("a story that is “%1” cannot become “%2”")
                .replace("%1", status_label(story.status))
                .replace("%2", status_label(target))
            )
        return service_reason

    def show_refused(self, report: TransitionReport, target: Status) -> QMessageBox:
        """List the stories that did not move, and why."""
        headlines = {
            s.id: s.headline
            for s in self.services.stories.summaries(
                [sid for sid, _ in report.refused[:LISTED_REFUSALS]]
            )
        }
        lines = [
            f"• {headlines.get(sid, f'#{sid}')} — {self.refusal_reason(sid, target, reason)}"
            for sid, reason in report.refused[:LISTED_REFUSALS]
        ]
        hidden = len(report.refused) - len(lines)
        if hidden > 0:
            lines.append(self.tr("… and %n more", "", hidden))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Some stories did not move"),
            self.tr("%n stories could not become “%1”:", "", len(report.refused)).replace(
                "%1", status_label(target)
            ),
            QMessageBox.StandardButton.Ok,
            self.widget,
        )
        box.setInformativeText("\n".join(lines))
        box.setObjectName("refusedReport")
        box.exec()
        return box
