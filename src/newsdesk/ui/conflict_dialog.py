"""The save-conflict dialog: my copy and the stored one side by side, and four ways out.

Opened by the editor's ``_on_conflict(error, mine)``. Mine is the editor's ``StoryInput``, theirs
the story as stored now; each side shows its headline, summary and text with the word diff
against the other. The merge box is prefilled by ``ConflictService.open_case`` (a three-way
paragraph merge when the base revision exists) and stays editable. Every way out names the
version the dialog showed: if a third save lands meanwhile the dialog reloads instead of
overwriting it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from newsdesk.core.merge import CONFLICT_MINE
from newsdesk.services.conflicts import ConflictCase, ConflictService
from newsdesk.services.dto import Story, StoryInput
from newsdesk.services.errors import REFUSED, ConflictError
from newsdesk.ui.fonts import story_font
from newsdesk.ui.messages import describe
from newsdesk.ui.recovery import comparison_html, show_comparison
from newsdesk.ui.story_list.model import format_time
from newsdesk.ui.story_pane import apply_paragraph_directions


def _fields(data: StoryInput) -> dict[str, str]:
    return {"headline": data.headline, "dek": data.dek, "body": data.body}


class ConflictDialog(QDialog):
    """Resolve one conflict. ``result_story`` holds what the editor should show afterwards."""

    MERGED = "merged"
    MINE = "mine"
    THEIRS = "theirs"
    COPY = "copy"

    def __init__(
        self, service: ConflictService, case: ConflictCase, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.service = service
        self.case = case
        self.choice: str | None = None
        self.result_story: Story | None = None
        self.setWindowTitle(self.tr("This story was changed elsewhere"))
        self.resize(1100, 760)

        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.mine_view = QTextBrowser()
        self.mine_view.setObjectName("mineView")
        self.theirs_view = QTextBrowser()
        self.theirs_view.setObjectName("theirsView")
        for view in (self.mine_view, self.theirs_view):
            view.setFont(story_font(12))
        mine_box = QWidget()
        mine_layout = QVBoxLayout(mine_box)
        mine_layout.setContentsMargins(0, 0, 0, 0)
        mine_layout.addWidget(QLabel(self.tr("My copy (changes against theirs)")))
        mine_layout.addWidget(self.mine_view)
        theirs_box = QWidget()
        theirs_layout = QVBoxLayout(theirs_box)
        theirs_layout.setContentsMargins(0, 0, 0, 0)
        self.theirs_label = QLabel()
        theirs_layout.addWidget(self.theirs_label)
        theirs_layout.addWidget(self.theirs_view)
        sides = QSplitter()
        sides.addWidget(mine_box)
        sides.addWidget(theirs_box)

        merge_box = QWidget()
        grid = QGridLayout(merge_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.merge_label = QLabel()
        self.merge_label.setWordWrap(True)
        self.merged_headline = QLineEdit()
        self.merged_headline.setObjectName("mergedHeadline")
        self.merged_headline.setFont(story_font(13))
        # Plain text (the merge is Markdown), with each paragraph's direction set from its
        # first strong letter, as in the editor.
        self.merged_body = QTextEdit()
        self.merged_body.setAcceptRichText(False)
        self.merged_body.setObjectName("mergedBody")
        self.merged_body.setFont(story_font(12))
        grid.addWidget(self.merge_label, 0, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Headline")), 1, 0)
        grid.addWidget(self.merged_headline, 1, 1)
        grid.addWidget(self.merged_body, 2, 0, 1, 2)
        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(sides)
        outer.addWidget(merge_box)
        outer.setSizes([400, 300])

        self.merge_button = QPushButton(self.tr("Save the merge"))
        self.merge_button.setObjectName("saveMergeButton")
        self.mine_button = QPushButton(self.tr("Keep mine"))
        self.mine_button.setObjectName("keepMineButton")
        self.theirs_button = QPushButton(self.tr("Keep theirs"))
        self.theirs_button.setObjectName("keepTheirsButton")
        self.copy_button = QPushButton(self.tr("Save mine as a copy"))
        self.copy_button.setObjectName("saveCopyButton")
        self.cancel_button = QPushButton(self.tr("Back to editing"))
        self.merge_button.clicked.connect(lambda: self._resolve(self.MERGED))
        self.mine_button.clicked.connect(lambda: self._resolve(self.MINE))
        self.theirs_button.clicked.connect(lambda: self._resolve(self.THEIRS))
        self.copy_button.clicked.connect(lambda: self._resolve(self.COPY))
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.merge_button, self.mine_button, self.theirs_button, self.copy_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(outer, 1)
        layout.addLayout(row)
        self._show_case()

    def _show_case(self) -> None:
        case = self.case
        theirs = case.theirs_input
        self.explanation.setText(
            self.tr(
                "Someone saved this story (version %1, %2) after you opened it (version %3). "
                "Nothing has been overwritten: choose what to keep."
            )
            .replace("%1", str(case.theirs.version))
            .replace("%2", format_time(case.theirs.updated_at))
            .replace("%3", str(case.base_version))
        )
        self.theirs_label.setText(
            self.tr("Saved version %1 (changes against mine)").replace(
                "%1", str(case.theirs.version)
            )
        )
        labels = (self.tr("Headline"), self.tr("Summary"), self.tr("Text"))
        show_comparison(
            self.mine_view, comparison_html(labels, _fields(theirs), _fields(case.mine))
        )
        show_comparison(
            self.theirs_view, comparison_html(labels, _fields(case.mine), _fields(theirs))
        )
        if case.base is None:
            merge_text = self.tr(
                "Merged copy: their text with my paragraphs that it lacks. Edit it freely."
            )
        elif case.merge_conflicts:
            merge_text = self.tr(
                "Merged copy: %n paragraph(s) were changed on both sides and are marked; "
                "edit them before saving.",
                "",
                case.merge_conflicts,
            )
        else:
            merge_text = self.tr("Merged copy: both sets of changes combined. Edit it freely.")
        self.merge_label.setText(merge_text)
        self.merged_headline.setText(case.merged.headline)
        self.merged_body.setPlainText(case.merged.body)
        apply_paragraph_directions(self.merged_body.document())

    def merged_input(self) -> StoryInput:
        return replace(
            self.case.merged,
            headline=self.merged_headline.text(),
            body=self.merged_body.toPlainText(),
        )

    def _resolve(self, choice: str) -> None:
        if choice == self.MERGED and CONFLICT_MINE in self.merged_body.toPlainText():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("The merge still holds conflict marks. Save it anyway?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            if choice == self.MERGED:
                story = self.service.save_merged(self.case, self.merged_input())
            elif choice == self.MINE:
                story = self.service.keep_mine(self.case)
            elif choice == self.THEIRS:
                story = self.service.keep_theirs(self.case)
            else:
                story = self.service.save_copy(self.case)
        except ConflictError:
            # A third save landed while the dialog was open: show it, never overwrite it.
            self.case = self.service.open_case(
                self.case.story_id, self.case.mine, self.case.base_version
            )
            self._show_case()
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr("The story was saved again meanwhile; the dialog now shows that version."),
            )
            return
        except REFUSED as exc:
            QMessageBox.warning(self, self.windowTitle(), describe(exc))
            return
        self.choice = choice
        self.result_story = story
        self.accept()


def resolve_conflict(
    service: ConflictService,
    error: ConflictError,
    mine: StoryInput,
    base_version: int,
    parent: QWidget | None = None,
) -> tuple[str | None, Story | None]:
    """Open the dialog for ``error`` (the editor's ``_on_conflict`` calls this).

    Returns (choice, story): the editor reloads ``story`` when the choice is mine, theirs or
    merged (its new ``base_version`` is ``story.version``) and opens the copy in a new tab when
    it is ``copy``; (None, None) means "back to editing", nothing written.
    """
    case = service.open_case(error.story_id, mine, base_version)
    dialog = ConflictDialog(service, case, parent)
    dialog.exec()
    return dialog.choice, dialog.result_story
