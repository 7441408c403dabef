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

The signatures are kept in the export snapshot (``export.snapshot``) between exports; the jobs
only in memory, by an exporter that stays running (``newsdesk export site --watch``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsdesk.export.model import Article


@dataclass(slots=True)
class PlanMemo:
    #: Story id → (the story, its card signature, its page signature).
    signatures: dict[int, tuple[Article, str, str]] = field(default_factory=dict)
    #: What the jobs below were planned in (see the module's docstring).
    world: tuple[Any, ...] = ()
    #: The jobs by group ("article", "front", "section", "tag", "feed", …) and place in it
    #: (see ``site.SitePlan.earlier_group``). Kept in memory only.
    jobs: dict[str, dict[Any, Any]] = field(default_factory=dict)

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled (the export snapshot) with the signatures only: the jobs would double the
        # snapshot (5 MB at 10,000 stories), and reading and writing them costs a process
        # more than planning them again saves. An exporter that stays running keeps them.
        return (PlanMemo, (self.signatures,))
