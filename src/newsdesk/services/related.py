"""Related stories: the pinned list, explained suggestions, and the You Missed rule.

Suggestions compare normalised light stems of headline, dek and body with BM25 over the whole
newsroom (term index in ``storage/terms.py``, document frequencies kept on save), then add what
a desk editor would weigh: shared tags, the same section, closeness in time. Each suggestion
carries its :class:`~newsdesk.core.similarity.ScoreParts`, so the panel and the CLI can say
why ("3 shared tags, 5 shared terms, same section, 2 days apart").

For the site export (``you_missed`` and ``pinned``): both return :class:`StoryLink` rows in
page order and apply the public-only rules themselves, so the export and the preview agree.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from newsdesk.core import text
from newsdesk.core.domain import RelatedOrigin, Status
from newsdesk.core.similarity import (
    DEFAULT_TUNING,
    ScoreParts,
    Tuning,
    count_terms,
    query_weights,
    score_parts,
    terms_of,
)
from newsdesk.core.you_missed import you_missed as you_missed_rule
from newsdesk.services.errors import NotFoundError, ValidationError
from newsdesk.services.settings import SettingsService
from newsdesk.storage import publishing_queries, related_queries, terms
from newsdesk.storage.db import Database
from newsdesk.storage.models import utcnow

if TYPE_CHECKING:
    from newsdesk.services.stories import StoryService

#: Stories sharing a tag that are scored even when their text shares little (newest first).
TAG_CANDIDATES = 60
#: How many stories one indexing transaction takes when catching up.
INDEX_BATCH = 500
EXCERPT_CHARS = 160


@dataclass(frozen=True, slots=True)
class StoryLink:
    """A story as a linked headline: what Related Posts, You Missed and the panel show."""

    id: int
    uuid: uuid.UUID
    headline: str
    slug: str
    #: The stored excerpt, else the dek, else the start of the body; ends with "…" when cut.
    excerpt: str
    status: Status
    section: str | None
    published_at: datetime | None
    featured_media_id: int | None


@dataclass(frozen=True, slots=True)
class PinnedStory:
    story: StoryLink
    #: "pinned", "suggestion" (accepted from the suggestions) or "imported".
    origin: str


@dataclass(frozen=True, slots=True)
class Suggestion:
    story: StoryLink
    parts: ScoreParts

    @property
    def score(self) -> float:
        return self.parts.total

    @property
    def explanation(self) -> str:
        return self.parts.sentence()


@dataclass(frozen=True, slots=True)
class IndexProgress:
    done: int
    total: int


_MARKUP_RE = re.compile(r"!?\[([^\]]*)\]\([^)]*\)|[*_`#>]+|^\s*[-+]\s+", re.MULTILINE)


def plain_excerpt(row: dict[str, Any], max_chars: int = EXCERPT_CHARS) -> str:
    if row["excerpt"]:
        return str(row["excerpt"])
    source = row["dek"] or next((p for p in str(row["body"]).split("\n\n") if p.strip()), "")
    return text.excerpt(_MARKUP_RE.sub(lambda m: m.group(1) or "", source), max_chars)


def _link(row: dict[str, Any]) -> StoryLink:
    return StoryLink(
        id=row["id"],
        uuid=row["uuid"],
        headline=row["headline"],
        slug=row["slug"],
        excerpt=plain_excerpt(row),
        status=Status(row["status"]),
        section=row["section"],
        published_at=row["published_at"],
        featured_media_id=row["featured_media_id"],
    )


class RelatedService:
    def __init__(
        self,
        database: Database,
        stories: StoryService | Callable[[], StoryService],
        settings: SettingsService,
        *,
        clock: Callable[[], datetime] = utcnow,
        tuning: Tuning = DEFAULT_TUNING,
    ) -> None:
        """``stories``: the story service, or what makes it when first needed (the site
        export uses only ``you_missed_batch``, and would import the story service for
        nothing: 0.04 s of an export after one change)."""
        self.db = database
        self._stories = stories
        self.settings = settings
        self.clock = clock
        self.tuning = tuning
        #: Set once ``ensure_index`` has found (or made) the term index complete.
        self._index_current = False

    @property
    def stories(self) -> StoryService:
        if callable(self._stories):
            self._stories = self._stories()
        return self._stories

    # -- pinned --------------------------------------------------------------------------------

    def pinned(self, story_id: int, *, public_only: bool = False) -> list[PinnedStory]:
        """The story's related stories in their order.

        ``public_only`` (what a site export wants) leaves out what readers may not see:
        unpublished, killed, trashed or embargoed targets.
        """
        now = self.clock()
        with self.db.read() as session:
            self._require(session, story_id)
            links = related_queries.pinned_links(session, story_id)
            rows = related_queries.link_rows(session, [t for t, _ in links])
        out = []
        for target_id, origin in links:
            row = rows.get(target_id)
            if row is None:
                continue
            if public_only and not self._readable(row, now):
                continue
            out.append(PinnedStory(_link(row), origin))
        return out

    def pin(
        self,
        story_id: int,
        target_id: int,
        *,
        origin: RelatedOrigin = RelatedOrigin.PINNED,
        both_ways: bool = False,
    ) -> list[PinnedStory]:
        """Add ``target_id`` at the end of the related list (and, ``both_ways``, the reverse)."""
        if story_id == target_id:
            raise ValidationError("a story cannot be related to itself", code="related.self")
        current = [p.story.id for p in self.pinned(story_id)]
        if target_id not in current:
            self.stories.set_related(story_id, [*current, target_id], origin)
        if both_ways:
            back = [p.story.id for p in self.pinned(target_id)]
            if story_id not in back:
                self.stories.set_related(target_id, [*back, story_id], origin)
        return self.pinned(story_id)

    def accept(
        self, story_id: int, target_id: int, *, both_ways: bool = False
    ) -> list[PinnedStory]:
        """Pin a suggestion; the link remembers it came from the suggestions."""
        return self.pin(story_id, target_id, origin=RelatedOrigin.SUGGESTION, both_ways=both_ways)

    def unpin(self, story_id: int, target_id: int, *, both_ways: bool = False) -> list[PinnedStory]:
        current = [p.story.id for p in self.pinned(story_id)]
        if target_id in current:
            self.stories.set_related(story_id, [i for i in current if i != target_id])
        if both_ways:
            back = [p.story.id for p in self.pinned(target_id)]
            if story_id in back:
                self.stories.set_related(target_id, [i for i in back if i != story_id])
        return self.pinned(story_id)

    def reorder(self, story_id: int, target_ids: Sequence[int]) -> list[PinnedStory]:
        """Put the pinned stories in this order (the same stories, rearranged)."""
        current = [p.story.id for p in self.pinned(story_id)]
        if sorted(current) != sorted(target_ids):
            raise ValidationError(
                "a new order must list the same related stories", code="related.bad_order"
            )
        self.stories.set_related(story_id, list(target_ids))
        return self.pinned(story_id)

    def find(self, query: str, *, exclude: Sequence[int] = (), limit: int = 20) -> list[StoryLink]:
        """Stories whose headline or dek holds every word of ``query`` (spelling-tolerant).

        For the panel's add-by-search box: the words are matched as normalised light stems,
        so hamza, ة/ه and clitics do not matter. Newest first; trashed and killed left out.
        """
        wanted = terms_of(query)
        if not wanted:
            return []
        self.ensure_index()
        with self.db.read() as session:
            ids = related_queries.headline_matches(session, wanted, exclude, limit)
            rows = related_queries.link_rows(session, ids)
        return [_link(rows[i]) for i in ids if i in rows]

    # -- suggestions ---------------------------------------------------------------------------

    def suggestions(self, story_id: int, *, limit: int = 5) -> list[Suggestion]:
        """The best stories to relate, best first, each with its explained score.

        Never the story itself, stories already pinned, killed, trashed or embargoed stories;
        for a public story only public stories (what its readers could follow).
        """
        if limit < 1:
            raise ValidationError("ask for at least one suggestion", code="related.no_limit")
        self.ensure_index()
        tuning = self.tuning
        now = self.clock()
        with self.db.read() as session:
            facts = related_queries.story_facts(session, story_id)
            if facts is None:
                raise NotFoundError(
                    "no story with id {story_id}", code="story.not_found", story_id=story_id
                )
            pinned_ids = [t for t, _ in related_queries.pinned_links(session, story_id)]
            counts = count_terms(facts["headline"], facts["dek"], facts["body"])
            documents, avg_length = terms.totals(session)
            dfs, stop = terms.term_statistics(session, counts.terms())
            weights, self_score = query_weights(
                counts, dfs, documents, avg_length, tuning, leave_out=stop
            )
            clauses = terms.candidate_clauses(
                story_id,
                public_only=Status(facts["status"]).is_public,
                now=now,
                exclude=pinned_ids,
            )
            by_text = terms.text_candidates(session, weights, avg_length, clauses, tuning)
            by_tag = terms.tag_candidates(session, facts["tag_ids"], clauses, TAG_CANDIDATES)
            text_scores = {i: (score, shared) for i, score, shared in by_text}
            pool = list(dict.fromkeys([*text_scores, *by_tag]))
            details = terms.candidate_facts(session, pool, facts["tag_ids"])
            scored: list[tuple[ScoreParts, int]] = []
            for candidate in pool:
                if candidate not in details:
                    continue
                section_id, stamp, shared_tags = details[candidate]
                score, shared_terms = text_scores.get(candidate, (0.0, 0))
                parts = score_parts(
                    text_score=score,
                    self_score=self_score,
                    shared_terms=shared_terms,
                    shared_tags=shared_tags,
                    story_tags=len(facts["tag_ids"]),
                    same_section=section_id is not None and section_id == facts["section_id"],
                    days_apart=(stamp - facts["stamp"]).total_seconds() / 86400,
                    tuning=tuning,
                )
                scored.append((parts, candidate))
            scored.sort(key=lambda item: (-item[0].total, item[1]))
            best = scored[:limit]
            rows = related_queries.link_rows(session, [c for _, c in best])
        return [Suggestion(_link(rows[c]), parts) for parts, c in best if c in rows]

    # -- You Missed ----------------------------------------------------------------------------

    def you_missed(self, story_id: int | None = None, n: int | None = None) -> list[StoryLink]:
        """The You Missed block for the page of ``story_id`` (None: a page without a story).

        The latest ``n`` public stories (default: the ``you_missed_count`` setting, 6), newest
        first, leaving out the story on the page, its related stories and — unless the
        ``you_missed_exclude_lead`` setting is off — the front page's lead story. The rule
        itself is ``core.you_missed``, shared with the site export (``you_missed_batch``).
        """
        site = self.settings.site()
        count = site.you_missed_count if n is None else n
        if count < 0:
            raise ValidationError(
                "the You Missed block cannot hold a negative number of stories",
                code="related.negative_missed",
            )
        if count == 0:
            return []
        now = self.clock()
        with self.db.read() as session:
            exclude: set[int] = set()
            if story_id is not None:
                self._require(session, story_id)
                exclude.add(story_id)
                exclude.update(t for t, _ in related_queries.pinned_links(session, story_id))
            if site.you_missed_exclude_lead:
                lead = publishing_queries.front_page_lead(session, now)
                if lead is not None:
                    exclude.add(lead)
            newest = publishing_queries.newest_public_ids(session, now, count + len(exclude))
            ids = you_missed_rule(newest, exclude, count)
            rows = related_queries.link_rows(session, ids)
        return [_link(rows[i]) for i in ids if i in rows]

    def you_missed_batch(
        self,
        newest_first: Sequence[int],
        related: Mapping[int, Sequence[int]],
        only: Sequence[int] | None = None,
        *,
        now: datetime | None = None,
    ) -> dict[int, tuple[int, ...]]:
        """You Missed for many pages at once (the site export): story id → ids, by one rule.

        ``newest_first`` are the public stories' ids, newest first (the export has them
        already); ``related`` the related ids of each story. Gives what ``you_missed(story)``
        gives for each of them (or for those of ``only``: an export that reloads a few
        stories), with one settings read and one query for the lead.
        """
        site = self.settings.site()
        count = max(0, site.you_missed_count)
        lead: int | None = None
        if site.you_missed_exclude_lead:
            with self.db.read() as session:
                lead = publishing_queries.front_page_lead(session, now or self.clock())
        shared = () if lead is None else (lead,)
        chosen: dict[int, tuple[int, ...]] = {}
        for story_id in newest_first if only is None else only:
            exclude = {story_id, *shared, *related.get(story_id, ())}
            # The rule stops after ``count`` finds: the whole list is never walked.
            chosen[story_id] = you_missed_rule(newest_first, exclude, count)
        return chosen

    # -- the term index ------------------------------------------------------------------------

    def ensure_index(self) -> int:
        """Index stories the term index does not know yet (saved before it existed).

        Checked once per service: every save indexes its story in its own transaction, so once
        the index has caught up it cannot fall behind (counting 100,000 stories on every call
        cost about a quarter of a suggestion's time).
        """
        if self._index_current:
            return 0
        with self.db.read() as session:
            documents, _ = terms.totals(session)
            behind = documents < terms.article_count(session)
        added = sum(1 for _ in self._index_missing()) if behind else 0
        self._index_current = True
        return added

    def reindex(self) -> Iterator[IndexProgress]:
        """Rebuild the whole term index, yielding progress (the CLI prints it)."""
        with self.db.write() as session:
            terms.clear(session)
        yield from self._index_missing()

    def _index_missing(self) -> Iterator[IndexProgress]:
        with self.db.read() as session:
            missing = terms.missing_articles(session)
        total = len(missing)
        for start in range(0, total, INDEX_BATCH):
            batch = missing[start : start + INDEX_BATCH]
            with self.db.write() as session:
                for article_id, headline, dek, body in terms.article_texts(session, batch):
                    terms.index_article(session, article_id, headline, dek, body)
            yield IndexProgress(min(start + INDEX_BATCH, total), total)

    # -- helpers -------------------------------------------------------------------------------

    @staticmethod
    def _require(session: Any, story_id: int) -> None:
        if not related_queries.exists(session, story_id):
            raise NotFoundError(
                "no story with id {story_id}", code="story.not_found", story_id=story_id
            )

    @staticmethod
    def _readable(row: dict[str, Any], now: datetime) -> bool:
        return (
            Status(row["status"]).is_public
            and row["trashed_at"] is None
            and (row["published_at"] is None or row["published_at"] <= now)
            and (row["embargo_until"] is None or row["embargo_until"] <= now)
        )
