"""``newsdesk search QUERY [filters] [--limit N] [--json]`` and ``newsdesk reindex``."""

from __future__ import annotations

import argparse
import json
import time
from typing import TYPE_CHECKING, Any, TextIO

from newsdesk.cli.common import EXIT_OK, count
from newsdesk.cli.stories import add_filter_arguments, checked_filter

if TYPE_CHECKING:
    from newsdesk.services.container import Services


def register(subparsers: Any) -> None:
    search = subparsers.add_parser(
        "search",
        help="full-text search, best match first",
        description="Search headlines, deks, bodies and tags in any spelling: hamza, ة/ه, "
        "tashkeel and clitics (و ب ال …) do not matter. دمش* is a prefix, "
        '"two words" a phrase, -word leaves stories out. Matched words are shown **like this**.',
    )
    search.add_argument("query", metavar="QUERY")
    add_filter_arguments(search)
    search.add_argument("--limit", type=count, default=20, help="at most N hits (default 20)")
    search.add_argument("--offset", type=count, default=0, help="skip the first N hits")
    search.add_argument("--json", action="store_true", help="machine-readable output")
    search.set_defaults(handler=cmd_search)

    reindex = subparsers.add_parser("reindex", help="rebuild the search index from the stories")
    reindex.set_defaults(handler=cmd_reindex)


def cmd_search(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    results = services.search.search(
        args.query, checked_filter(services, args), limit=max(args.limit, 1), offset=args.offset
    )
    if args.json:
        json.dump(
            {
                "query": args.query,
                "total": results.total,
                "total_exact": results.total_exact,
                "offset": args.offset,
                "hits": [
                    {
                        "id": hit.id,
                        "headline": hit.headline,
                        "score": round(hit.score, 6),
                        "snippet": hit.snippet,
                    }
                    for hit in results.hits
                ],
            },
            out,
            ensure_ascii=False,
            indent=2,
        )
        out.write("\n")
        return EXIT_OK
    for hit in results.hits:
        print(f"{hit.id:>6}  {hit.score:7.3f}  {hit.headline}", file=out)
        if hit.snippet:
            print(f"        {hit.snippet}", file=out)
    print(f"-- {len(results.hits)} of {results.total_text()} stories", file=out)
    return EXIT_OK


def cmd_reindex(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    started = time.monotonic()
    count = services.search.reindex()
    print(f"indexed {count} stories in {time.monotonic() - started:.1f} s", file=out)
    return EXIT_OK
