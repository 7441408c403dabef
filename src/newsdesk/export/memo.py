"""What one site plan leaves for the next, so that a plan after a small change redoes little.

``site.plan_site`` fingerprints every output of the site (33,000 at 10,000 stories; about half
a second). After an export that reloaded only the stories that changed, almost every output has
the inputs it had last time. The memo keeps, from the last plan:

- each story's card and page signatures, with the story object they were computed from (an
  unchanged story is the very same object, so its signatures are not computed again);
- the jobs of the outputs that show stories (article pages; front pages; the pages of each
  section, tag, author and month; the feeds of each scope), with the stories they show and
  what else they were planned from.

Jobs are taken as they were when the plan's *world* is the same (export version, theme, site
settings, sections, feeds on or off, and every public story's id in the site's order), they
show the same stories, none of whose signatures changed, and the rest is equal. Anything else
is planned afresh, so a memo can only save time, never change a fingerprint (tested against
plans made without one).

The memo is kept in the export snapshot (``export.snapshot``) between exports, so that a new
process plans only the groups a change reaches, as an exporter that stays running does
(``newsdesk export site --watch``). Jobs are named tuples, which unpickle quickly: at 10,000
stories the 33,000 jobs load in about 0.14 s where planning them again took about 0.3 s more
than a plan with them. After a small change only the groups planned afresh are written
(``changed_jobs``, in the snapshot's patch).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from newsdesk.export.model import Article

#: A group's place in ``PlanMemo.jobs``: (group, place).
Place = tuple[str, Any]


class Job(NamedTuple):
    """One output of a site plan (``site.plan_site``)."""

    path: str
    kind: str
    key: tuple[Any, ...]
    fingerprint: str
    #: Body hashes the rendering needs.
    bodies: tuple[str, ...] = ()

    def __reduce__(self) -> tuple[Any, ...]:
        # Unpickled by ``tuple.__new__`` in C: a named tuple's own ``__new__`` is a Python
        # function, called for each of the 33,000 jobs of a snapshot (a third of its time).
        return (tuple.__new__, (Job, tuple(self)))


@dataclass(slots=True)
class PlanMemo:
    #: Story id → (the story, its card signature, its page signature).
    signatures: dict[int, tuple[Article, str, str]] = field(default_factory=dict)
    #: What the jobs below were planned in (see the module's docstring).
    world: tuple[Any, ...] = ()
    #: The jobs by group ("article", "front", "section", "tag", "feed", …) and place in it
    #: (see ``site.SitePlan.earlier_group``).
    jobs: dict[str, dict[Any, Any]] = field(default_factory=dict)
    #: The jobs as the whole snapshot on disk holds them (None: not on disk), which
    #: ``changed_jobs`` compares with. Not pickled.
    saved: dict[str, dict[Any, Any]] | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        return (PlanMemo, (self.signatures, self.world, self.jobs))

    def changed_jobs(self, most: int) -> dict[Place, Any] | None:
        """The groups whose jobs differ from ``saved``: each one's entry, or None for a
        group that is gone; None when there are more than ``most`` or nothing is saved.

        Cheap: a plan takes an unchanged group's entry as the very object it had, so an
        identity test tells a group planned afresh."""
        saved = self.saved
        if saved is None:
            return None
        changed: dict[Place, Any] = {}
        for group, places in self.jobs.items():
            before = saved.get(group, {})
            for place, entry in places.items():
                if before.get(place) is not entry:
                    changed[(group, place)] = entry
            if len(changed) > most:
                return None
        for group, places in saved.items():
            now = self.jobs.get(group, {})
            changed.update(((group, place), None) for place in places if place not in now)
        return changed if len(changed) <= most else None

    def with_changes(self, world: tuple[Any, ...], changed: dict[Place, Any]) -> PlanMemo:
        """This memo (as the whole snapshot holds it) with ``changed_jobs`` of a later plan
        applied: the memo that plan left, remembering what is on disk."""
        assert self.saved is not None
        jobs = {group: dict(places) for group, places in self.saved.items()}
        for (group, place), entry in changed.items():
            if entry is None:
                jobs.get(group, {}).pop(place, None)
            else:
                jobs.setdefault(group, {})[place] = entry
        return PlanMemo(self.signatures, world, jobs, self.saved)
