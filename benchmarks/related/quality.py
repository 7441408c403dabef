"""How good are the related-story suggestions? Category agreement on the shared corpus.

The shared corpus (3,000 articles) is imported with ``newsdesk import jsonl`` after its
``category`` is stripped, so neither sections nor tags can help: only the text and the dates.
For a fixed sample of stories, the measure is the share of the top-3 suggestions whose
category (kept aside) equals the story's own. Plain TF-IDF over normalised stems reaches about
0.69 here.

The sample is every 10th story by id; ``--offset`` starts it further on (``--offset 5``: a
held-out sample, disjoint from the default one, for a tuning chosen on the default one).

Usage: python -m benchmarks.related.quality [--stories 300] [--offset K] [--limit N] [--db PATH]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks.corpus import SHARED_CORPUS, load_articles
from newsdesk.core.similarity import DEFAULT_TUNING, Tuning
from newsdesk.services.container import Services


def strip_categories(articles: list[dict[str, Any]], out: Path) -> dict[str, str]:
    """Write the articles without ``category``; return source id → category (the truth)."""
    truth: dict[str, str] = {}
    with out.open("w", encoding="utf-8") as handle:
        for article in articles:
            record = {k: v for k, v in article.items() if k not in ("category", "category_en")}
            truth[str(article["id"])] = article["category"]
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return truth


def build(db_path: Path, articles: list[dict[str, Any]]) -> dict[str, str]:
    """Import the corpus without categories through the real command line."""
    jsonl = db_path.with_suffix(".jsonl")
    truth = strip_categories(articles, jsonl)
    if not db_path.exists():
        subprocess.run(
            [sys.executable, "-m", "newsdesk", "--db", str(db_path), "import", "jsonl", str(jsonl)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return truth


def sample_ids(services: Services, stories: int, offset: int = 0) -> list[int]:
    ids = sorted(services.stories.ids(sort="id"))
    step = max(len(ids) // stories, 1)
    return ids[offset::step][:stories]


def measure(services: Services, truth: dict[str, str], ids: list[int], k: int = 3) -> float:
    """Mean share of the top-``k`` suggestions that have the story's category."""
    category = {}
    for story_id in services.stories.ids(sort="id"):
        category[story_id] = None
    with services.database.read() as session:
        from sqlalchemy import select

        from newsdesk.storage.models import ArticleRecord

        for story_id, source_id in session.execute(
            select(ArticleRecord.id, ArticleRecord.source_id)
        ):
            category[story_id] = truth.get(source_id)
    shares = []
    for story_id in ids:
        top = services.related.suggestions(story_id, limit=k)
        hits = sum(1 for s in top if category[s.story.id] == category[story_id])
        shares.append(hits / k)
    return sum(shares) / len(shares)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stories", type=int, default=300)
    parser.add_argument(
        "--offset", type=int, default=0, help="start the every-Nth sample at this index"
    )
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--db", type=Path, default=None, help="keep the database here")
    parser.add_argument("--sweep", action="store_true", help="try the tuning variants too")
    args = parser.parse_args(argv)
    articles = load_articles(SHARED_CORPUS)[: args.limit]
    folder = Path(tempfile.mkdtemp(prefix="newsdesk-related-"))
    db_path = args.db or folder / "quality.db"
    started = time.perf_counter()
    truth = build(db_path, articles)
    built = time.perf_counter() - started
    services = Services.open(f"sqlite:///{db_path}")
    ids = sample_ids(services, args.stories, args.offset)
    variants: list[tuple[str, Tuning]] = [("default", DEFAULT_TUNING)]
    if args.sweep:
        variants += [
            (
                "plain (no title boost, no recency)",
                replace(DEFAULT_TUNING, title_boost=1.0, recency_weight=0.0),
            ),
            ("no recency", replace(DEFAULT_TUNING, recency_weight=0.0)),
            ("title boost 2", replace(DEFAULT_TUNING, title_boost=2.0)),
            ("title boost 5", replace(DEFAULT_TUNING, title_boost=5.0)),
            ("20 query terms", replace(DEFAULT_TUNING, query_terms=20)),
            ("50 query terms", replace(DEFAULT_TUNING, query_terms=50)),
            ("recency 0.3", replace(DEFAULT_TUNING, recency_weight=0.3)),
            ("b 0.5", replace(DEFAULT_TUNING, b=0.5)),
        ]
    print(f"| variant | top-3 same category ({len(ids)} stories, offset {args.offset}) |")
    print("|---|---|")
    for name, tuning in variants:
        services.related.tuning = tuning
        share = measure(services, truth, ids)
        print(f"| {name} | {share:.3f} |", flush=True)
    print(f"\n(import of {len(articles)} stories: {built:.1f} s)")
    services.close()


if __name__ == "__main__":
    main()
