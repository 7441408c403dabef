"""Domain rules that every layer shares: story statuses and the moves between them.

Pure Python on purpose: the services enforce these rules, the GUI only offers what they allow,
and the exporters read them to decide what a reader may see.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping


class Status(enum.StrEnum):
    """Where a story is in the newsroom's workflow."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    EDITING = "editing"
    READY = "ready"
    PUBLISHED = "published"
    CORRECTED = "corrected"
    KILLED = "killed"

    @property
    def is_public(self) -> bool:
        """True when readers may see the story (published, or published and corrected)."""
        return self in (Status.PUBLISHED, Status.CORRECTED)


#: The statuses readers may see, as stored (queries filter on these).
PUBLIC_STATUSES: tuple[str, ...] = tuple(s.value for s in Status if s.is_public)

#: The allowed moves. Forward along the desk's path, one step back where a story is returned
#: to its reporter or editor, and after publication only a correction or a kill. Killing is
#: final: a killed story keeps a tombstone page and never comes back to a list.
TRANSITIONS: Mapping[Status, frozenset[Status]] = {
    Status.DRAFT: frozenset({Status.SUBMITTED}),
    Status.SUBMITTED: frozenset({Status.EDITING, Status.DRAFT}),
    Status.EDITING: frozenset({Status.READY, Status.SUBMITTED, Status.DRAFT}),
    Status.READY: frozenset({Status.PUBLISHED, Status.EDITING}),
    Status.PUBLISHED: frozenset({Status.CORRECTED, Status.KILLED}),
    Status.CORRECTED: frozenset({Status.CORRECTED, Status.KILLED}),
    Status.KILLED: frozenset(),
}

#: The order statuses are shown in (navigator, filters, menus).
WORKFLOW_ORDER: tuple[Status, ...] = (
    Status.DRAFT,
    Status.SUBMITTED,
    Status.EDITING,
    Status.READY,
    Status.PUBLISHED,
    Status.CORRECTED,
    Status.KILLED,
)


def allowed_transitions(current: Status) -> frozenset[Status]:
    """The statuses a story in ``current`` may move to."""
    return TRANSITIONS[current]


def can_transition(current: Status, target: Status) -> bool:
    """Whether a story may move from ``current`` to ``target``."""
    return target in TRANSITIONS[current]


class RevisionKind(enum.StrEnum):
    """Why a revision snapshot was written."""

    MANUAL = "manual"
    AUTOSAVE = "autosave"
    STATUS = "status"
    RESTORE = "restore"
    IMPORT = "import"


class RelatedOrigin(enum.StrEnum):
    """How a related link came to be."""

    PINNED = "pinned"
    SUGGESTION = "suggestion"
    IMPORTED = "imported"


class DuplicatePolicy(enum.StrEnum):
    """What an import does with a story it has imported before (same source id or URL)."""

    SKIP = "skip"
    UPDATE = "update"
    NEW = "new"


#: Limits used by the editor's headline meter and by pre-publication checks.
HEADLINE_SOFT_LIMIT = 70
HEADLINE_HARD_LIMIT = 110
