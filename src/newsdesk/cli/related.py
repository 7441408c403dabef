"""``newsdesk related ID [--json] [--limit N]``: pinned related stories, then suggestions."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any, TextIO

from newsdesk.cli.common import EXIT_OK, EXIT_USAGE, whole_number
from newsdesk.core.similarity import ScoreParts

if TYPE_CHECKING:
    from newsdesk.services.container import Services


def parts_json(parts: ScoreParts) -> dict[str, Any]:
    return {
        "shared_tags": parts.shared_tags,
        "shared_terms": parts.shared_terms,
        "same_section": parts.same_section,
        "days_apart": parts.days_apart,
        "text": round(parts.text, 4),
        "tags": round(parts.tags, 4),
        "section": round(parts.section, 4),
        "recency": round(parts.recency, 4),
        "total": round(parts.total, 4),
    }


def register(subparsers: Any) -> None:
    command = subparsers.add_parser(
        "related",
        help="a story's pinned related stories, then suggestions with their score parts",
    )
    command.add_argument("id", type=int, nargs="?", help="the story")
    command.add_argument("--limit", type=whole_number(1), default=5, help="suggestions (default 5)")
    command.add_argument("--json", action="store_true")
    command.add_argument(
        "--reindex", action="store_true", help="rebuild the term index suggestions use"
    )
    command.set_defaults(handler=cmd_related)


def cmd_related(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    if args.reindex:
        from newsdesk.services.related import IndexProgress  # the database's code: not for --help

        for step in services.related.reindex():
            if isinstance(step, IndexProgress):
                print(f"\rindexed {step.done}/{step.total}", end="", file=sys.stderr)
        print(file=sys.stderr)
        if args.id is None:
            return EXIT_OK
    if args.id is None:
        print("newsdesk related: give a story id (or --reindex)", file=sys.stderr)
        return EXIT_USAGE
    pinned = services.related.pinned(args.id)
    suggestions = services.related.suggestions(args.id, limit=args.limit)
    if args.json:
        json.dump(
            {
                "id": args.id,
                "pinned": [
                    {
                        "id": p.story.id,
                        "headline": p.story.headline,
                        "status": p.story.status.value,
                        "origin": p.origin,
                    }
                    for p in pinned
                ],
                "suggestions": [
                    {
                        "id": s.story.id,
                        "headline": s.story.headline,
                        "status": s.story.status.value,
                        "score": round(s.score, 4),
                        "explanation": s.explanation,
                        "parts": parts_json(s.parts),
                    }
                    for s in suggestions
                ],
            },
            out,
            ensure_ascii=False,
            indent=2,
        )
        out.write("\n")
        return EXIT_OK
    print("pinned:", file=out)
    for p in pinned:
        print(f"  {p.story.id:>6}  {p.origin:<10}  {p.story.headline}", file=out)
    if not pinned:
        print("  (none)", file=out)
    print("suggestions:", file=out)
    for s in suggestions:
        print(f"  {s.story.id:>6}  {s.score:5.3f}  {s.story.headline}", file=out)
        print(f"          {s.explanation}", file=out)
    if not suggestions:
        print("  (none)", file=out)
    return EXIT_OK
