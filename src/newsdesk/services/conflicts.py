"""Resolving a save conflict: two desks saved the same story; nothing is overwritten silently.

``StoryService.save`` refuses a stale copy with ``ConflictError``. The editor hands that error and
its own copy here; :meth:`ConflictService.open_case` loads the stored version ("theirs") and, when
the revision the editor started from still exists, that base too, and prepares a merged copy:
a three-way paragraph merge with the base, else theirs plus my paragraphs that theirs lacks.

Each way out is one explicit call, and each still names the version it was shown, so a third save
arriving while the dialog is open raises ``ConflictError`` again instead of being lost.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from newsdesk.core.merge import MergeResult, merge3, merge_without_base
from newsdesk.services.dto import Story, StoryInput
from newsdesk.services.snapshots import snapshot_to_input
from newsdesk.services.stories import StoryService

#: What the copy's headline gets, so the desk can tell the two stories apart in the list.
COPY_SUFFIX = " (نسخة)"


@dataclass(frozen=True, slots=True)
class ConflictCase:
    story_id: int
    #: The editor's copy.
    mine: StoryInput
    #: The story as stored now (its ``version`` is what a resolution saves over).
    theirs: Story
    #: The version the editor's copy was loaded at, when its revision still exists.
    base: StoryInput | None
    base_version: int
    #: The prefilled merge: my and their changes together.
    merged: StoryInput
    #: Paragraphs both sides changed differently, marked in ``merged.body``.
    merge_conflicts: int

    @property
    def theirs_input(self) -> StoryInput:
        return self.theirs.to_input()


def _merge_field(base: Any, theirs: Any, mine: Any) -> Any:
    """Three-way rule for one field: whoever changed it wins; when both did, theirs is kept
    (the dialog shows mine beside it)."""
    if mine == theirs:
        return mine
    if base is not None and theirs == base:
        return mine
    return theirs


class ConflictService:
    def __init__(self, stories: StoryService) -> None:
        self.stories = stories

    def open_case(self, story_id: int, mine: StoryInput, base_version: int) -> ConflictCase:
        theirs = self.stories.get(story_id)
        revision = self.stories.revision_at_version(story_id, base_version)
        base = (
            snapshot_to_input(revision.snapshot, theirs.to_input())
            if revision is not None
            else None
        )
        theirs_input = theirs.to_input()
        result: MergeResult
        if base is not None:
            result = merge3(base.body, theirs_input.body, mine.body)
        else:
            result = merge_without_base(theirs_input.body, mine.body)
        merged_values = {
            f.name: _merge_field(
                getattr(base, f.name) if base is not None else None,
                getattr(theirs_input, f.name),
                getattr(mine, f.name),
            )
            for f in fields(StoryInput)
            if f.name != "body"
        }
        merged = StoryInput(body=result.text, **merged_values)
        return ConflictCase(
            story_id=story_id,
            mine=mine,
            theirs=theirs,
            base=base,
            base_version=base_version,
            merged=merged,
            merge_conflicts=result.conflicts,
        )

    @staticmethod
    def _frozen_slug(case: ConflictCase, data: StoryInput) -> StoryInput:
        """Published meanwhile: keep the slug readers already link to."""
        return replace(data, slug=case.theirs.slug) if case.theirs.status.is_public else data

    def keep_mine(self, case: ConflictCase) -> Story:
        """Save my copy over theirs (theirs stays in the history as a revision)."""
        return self.stories.save(
            case.story_id,
            self._frozen_slug(case, case.mine),
            expected_version=case.theirs.version,
            reason=f"kept my copy over version {case.theirs.version} after a conflict",
        )

    def keep_theirs(self, case: ConflictCase) -> Story:
        """Drop my copy: the stored story, freshly read, for the editor to reload."""
        return self.stories.get(case.story_id)

    def save_merged(self, case: ConflictCase, merged: StoryInput) -> Story:
        """Save the merge the user edited over the version the dialog showed."""
        return self.stories.save(
            case.story_id,
            self._frozen_slug(case, merged),
            expected_version=case.theirs.version,
            reason=f"merged with version {case.theirs.version} after a conflict",
        )

    def save_copy(self, case: ConflictCase) -> Story:
        """Keep both: my copy becomes a new draft story; the stored one is untouched."""
        headline = case.mine.headline.strip() or case.theirs.headline
        copy = replace(
            case.mine,
            headline=(headline + COPY_SUFFIX)[:500],
            slug="",
            source_id="",
        )
        return self.stories.create(
            copy, reason=f"copy of story {case.story_id}, saved during a conflict"
        )
