"""``newsdesk import FORMAT PATH… [--dry-run] [--on-duplicate skip|update|new]``."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from newsdesk.cli.common import EXIT_BAD_INPUT, EXIT_OK, count
from newsdesk.core.domain import DuplicatePolicy

if TYPE_CHECKING:
    from newsdesk.services.container import Services
    from newsdesk.services.imports import ImportPreview, ImportProgress, ImportReport


def register(subparsers: Any) -> None:
    command = subparsers.add_parser(
        "import",
        help="import stories from files (one transaction per file)",
        description="Import stories. FORMAT is auto (sniffed from the file) or a reader name; "
        "a file that breaks is refused whole, with the place that broke it.",
    )
    command.add_argument(
        "format",
        metavar="FORMAT",
        help="auto, page, html, wxr, markdown, feed, ninjs, jsonl",
    )
    command.add_argument("paths", metavar="PATH", nargs="+", type=Path)
    command.add_argument(
        "--dry-run",
        action="store_true",
        help="preview: read every file, list counts, a sample and the duplicates found "
        "(with their similarity); write nothing",
    )
    command.add_argument(
        "--on-duplicate",
        choices=[p.value for p in DuplicatePolicy],
        default=DuplicatePolicy.SKIP.value,
        help="a story already imported (same source id or URL): skip it (default), update it, "
        "or import it as a new story",
    )
    command.add_argument(
        "--workers",
        type=count,
        metavar="N",
        default=None,
        help="processes analysing the text while the database is written (default: 1 on a "
        "machine with two cores or more; 0: none)",
    )
    command.add_argument("--json", action="store_true", help="print the report as JSON")
    command.set_defaults(handler=cmd_import)


def cmd_import(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    # The import's modules (readers, text analysis, the story service) are imported here,
    # not by ``newsdesk.cli``: every other command would pay for them at start-up.
    from newsdesk.services.imports import ImportFileError, ImportProgress, ImportReport, summarise
    from newsdesk.services.text_workers import default_workers

    services.imports.workers = default_workers() if args.workers is None else args.workers
    services.imports.alone = True  # this process reads nothing else while it imports
    if args.dry_run:
        return _preview(services, args, out)
    steps = services.imports.run(
        args.format,
        args.paths,
        on_duplicate=DuplicatePolicy(args.on_duplicate),
        dry_run=args.dry_run,
    )
    report: ImportReport | None = None
    started = time.monotonic()
    interactive = sys.stderr.isatty()
    try:
        for step in steps:
            if isinstance(step, ImportReport):
                report = step
            elif isinstance(step, ImportProgress):
                _progress(step, time.monotonic() - started, interactive)
    except ImportFileError as exc:
        if interactive:
            print(file=sys.stderr)
        # The files before the refused one are in the database: say so, and which were not.
        for line in () if args.json else summarise(ImportReport(exc.finished, False)):
            print(line, file=out)
        print(f"newsdesk: {exc}", file=sys.stderr)
        if exc.not_read:
            print("not imported: " + ", ".join(exc.not_read), file=sys.stderr)
        return EXIT_BAD_INPUT
    if interactive:
        print(file=sys.stderr)
    assert report is not None
    if args.json:
        json.dump(
            {
                "dry_run": report.dry_run,
                "added": report.added,
                "updated": report.updated,
                "duplicates_skipped": report.duplicates_skipped,
                "files": [
                    {
                        "path": f.path,
                        "format": f.format,
                        "added": f.added,
                        "updated": f.updated,
                        "duplicates_skipped": f.duplicates_skipped,
                        "skipped": dict(f.skipped),
                        "story_ids": f.story_ids,
                    }
                    for f in report.files
                ],
            },
            out,
            ensure_ascii=False,
            indent=2,
        )
        out.write("\n")
    else:
        for line in summarise(report):
            print(line, file=out)
    return EXIT_OK


def _progress(step: ImportProgress, elapsed: float, interactive: bool) -> None:
    total = f"/{step.total}" if step.total is not None else ""
    line = f"{Path(step.path).name}: {step.done}{total} stories ({elapsed:.1f} s) {step.message}"
    if interactive:
        print("\r" + line.ljust(78), end="", file=sys.stderr, flush=True)
    elif step.message:
        print(line, file=sys.stderr, flush=True)


def _preview(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    """The same summary the import dialog shows before anything is written."""
    from newsdesk.services.imports import ImportPreview, ImportProgress, summarise_preview

    preview: ImportPreview | None = None
    started = time.monotonic()
    interactive = sys.stderr.isatty()
    steps = services.imports.preview(
        args.format, args.paths, on_duplicate=DuplicatePolicy(args.on_duplicate)
    )
    for step in steps:
        if isinstance(step, ImportPreview):
            preview = step
        elif isinstance(step, ImportProgress):
            _progress(step, time.monotonic() - started, interactive)
    if interactive:
        print(file=sys.stderr)
    assert preview is not None
    if args.json:
        json.dump(_preview_json(preview), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for line in summarise_preview(preview):
            print(line, file=out)
    if preview.errors:
        for failed in preview.errors:
            print(failed.error, file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK


def _preview_json(preview: ImportPreview) -> dict[str, Any]:
    return {
        "dry_run": True,
        "added": preview.new,
        "updated": sum(f.updated for f in preview.files),
        "duplicates_skipped": sum(f.duplicates_skipped for f in preview.files),
        "stories": preview.stories,
        "duplicates_found": preview.duplicates_found,
        "files": [
            {
                "path": f.path,
                "format": f.format,
                "error": f.error or None,
                "added": f.added,
                "updated": f.updated,
                "duplicates_skipped": f.duplicates_skipped,
                "stories": f.stories,
                "duplicates_found": f.duplicates_found,
                "skipped": dict(f.skipped),
                "related_links": f.related_linked,
                "related_drafts": f.related_drafts,
                "sample": f.sample,
                "duplicates": [
                    {
                        "location": d.location,
                        "headline": d.headline,
                        "story_id": None if d.in_import else d.story_id,
                        "existing_headline": d.existing_headline,
                        "reason": d.reason,
                        "similarity": d.similarity,
                        "jaccard": d.jaccard,
                        "containment": d.containment,
                        "in_import": d.in_import,
                    }
                    for d in f.duplicates
                ],
            }
            for f in preview.files
        ],
    }
