"""``newsdesk import FORMAT PATH… [--dry-run] [--on-duplicate skip|update|new]``."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from newsdesk.cli.common import EXIT_OK
from newsdesk.services.container import Services
from newsdesk.services.imports import DuplicatePolicy, ImportProgress, ImportReport, summarise


def register(subparsers: Any) -> None:
    command = subparsers.add_parser(
        "import",
        help="import stories from files (one transaction per file)",
        description="Import stories. FORMAT is auto (sniffed from the file) or a reader name; "
        "a file that breaks is refused whole, with the place that broke it.",
    )
    command.add_argument("format", metavar="FORMAT", help="auto, jsonl, …")
    command.add_argument("paths", metavar="PATH", nargs="+", type=Path)
    command.add_argument("--dry-run", action="store_true", help="read and count; write nothing")
    command.add_argument(
        "--on-duplicate",
        choices=[p.value for p in DuplicatePolicy],
        default=DuplicatePolicy.SKIP.value,
        help="a story already imported (same source id or URL): skip it (default), update it, "
        "or import it as a new story",
    )
    command.add_argument("--json", action="store_true", help="print the report as JSON")
    command.set_defaults(handler=cmd_import)


def cmd_import(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    steps = services.imports.run(
        args.format,
        args.paths,
        on_duplicate=DuplicatePolicy(args.on_duplicate),
        dry_run=args.dry_run,
    )
    report: ImportReport | None = None
    started = time.monotonic()
    interactive = sys.stderr.isatty()
    for step in steps:
        if isinstance(step, ImportReport):
            report = step
        elif isinstance(step, ImportProgress):
            _progress(step, time.monotonic() - started, interactive)
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
