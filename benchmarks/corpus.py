"""Build large, realistic story corpora from the shared Arabic news articles.

Benchmarks need 10,000 or 100,000 stories; the shared corpus has 3,000. Random letters would
lie about word lengths, clitics and paragraph sizes, so this recombines real text
deterministically: story i takes the headline of one article and its body paragraphs from a few
others (a seeded shuffle), keeps a real category, and gets a date spread over ten years. The same
``n`` and ``seed`` always give the same bytes.

Usage: python -m benchmarks.corpus OUT.jsonl N [--seed S]
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

SHARED_CORPUS = (
    Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "arabic_news.jsonl"
)


def load_articles(path: Path = SHARED_CORPUS) -> list[dict[str, Any]]:
    if not path.exists():
        raise SystemExit(f"the shared corpus is missing: {path}")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def generate(
    n: int, seed: int = 0, articles: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """``n`` stories as JSON Lines records: title, body, category, tags, author, date, url."""
    source = articles or load_articles()
    rng = random.Random(seed)
    paragraphs = [p for a in source for p in a["body"].split("\n") if len(p.split()) >= 4]
    words_by_category: dict[str, list[str]] = {}
    for a in source:
        words = [w for w in a["title"].split() if len(w) > 3]
        words_by_category.setdefault(a["category"], []).extend(words)
    start = date(2016, 1, 1)
    out = []
    for i in range(n):
        base = source[i % len(source)]
        body_paras = [base["body"].split("\n")[0], *rng.sample(paragraphs, rng.randint(2, 6))]
        pool = words_by_category[base["category"]]
        tags = sorted({rng.choice(pool).strip('،.:«»"') for _ in range(rng.randint(1, 3))})
        title = base["title"] if i < len(source) else f"{base['title']} ({i // len(source)})"
        out.append(
            {
                "title": title,
                "body": "\n".join(body_paras),
                "category": base["category"],
                "tags": [t for t in tags if t],
                "author": f"مراسل {i % 40 + 1}",
                "date": (start + timedelta(days=(i * 3653) // max(n, 1))).isoformat(),
                "url": f"https://bench.example.org/{i}",
                "status": "published" if i % 10 else "draft",
            }
        )
    return out


def write_corpus(path: Path, n: int, seed: int = 0) -> Path:
    """Write ``n`` generated stories to ``path`` as JSON Lines; return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for record in generate(n, seed):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    write_corpus(args.out, args.n, args.seed)


if __name__ == "__main__":
    main()
