"""Workflow rules: which status may follow which."""

from __future__ import annotations

import itertools

import pytest

from newsdesk.core.domain import TRANSITIONS, WORKFLOW_ORDER, Status, can_transition


def test_the_desk_path_is_allowed_step_by_step() -> None:
    path = [Status.DRAFT, Status.SUBMITTED, Status.EDITING, Status.READY, Status.PUBLISHED]
    for current, target in itertools.pairwise(path):
        assert can_transition(current, target)


@pytest.mark.parametrize(
    "current, target",
    [
        (Status.DRAFT, Status.PUBLISHED),
        (Status.DRAFT, Status.READY),
        (Status.PUBLISHED, Status.DRAFT),
        (Status.KILLED, Status.PUBLISHED),
        (Status.DRAFT, Status.KILLED),
    ],
)
def test_shortcuts_and_resurrections_are_refused(current: Status, target: Status) -> None:
    assert not can_transition(current, target)


def test_only_published_stories_are_corrected_or_killed() -> None:
    for status, targets in TRANSITIONS.items():
        if Status.KILLED in targets or (Status.CORRECTED in targets):
            assert status.is_public


def test_every_status_is_in_the_workflow_order() -> None:
    assert set(WORKFLOW_ORDER) == set(Status)
    assert not TRANSITIONS[Status.KILLED]
