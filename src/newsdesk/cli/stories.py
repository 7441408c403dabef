"""Story commands: demo, list, show."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any, TextIO

from newsdesk.cli.common import EXIT_OK, count, iso
from newsdesk.core.domain import Status

if TYPE_CHECKING:
    from newsdesk.services.container import Services
    from newsdesk.services.dto import Story, StoryFilter, StorySummary


def summary_json(item: StorySummary) -> dict[str, Any]:
    return {
        "id": item.id,
        "uuid": str(item.uuid),
        "headline": item.headline,
        "status": item.status.value,
        "priority": item.priority,
        "section": item.section or None,
        "authors": list(item.authors),
        "main_tag": item.main_tag or None,
        "word_count": item.word_count,
        "updated_at": iso(item.updated_at),
        "published_at": iso(item.published_at),
        "trashed": item.trashed,
    }


def story_json(story: Story) -> dict[str, Any]:
    return {
        "id": story.id,
        "uuid": str(story.uuid),
        "headline": story.headline,
        "kicker": story.kicker,
        "dek": story.dek,
        "slug": story.slug,
        "status": story.status.value,
        "language": story.language,
        "section": (
            {"id": story.section.id, "name": story.section.name, "slug": story.section.slug}
            if story.section
            else None
        ),
        "authors": [{"id": a.id, "name": a.name, "slug": a.slug} for a in story.authors],
        "tags": [{"id": t.id, "name": t.name, "slug": t.slug} for t in story.tags],
        "related": [
            {"id": r.id, "headline": r.headline, "status": r.status.value, "origin": r.origin}
            for r in story.related
        ],
        "corrections": [
            {"text": c.text, "created_at": iso(c.created_at)} for c in story.corrections
        ],
        "dateline": story.dateline,
        "priority": story.priority,
        "excerpt": story.excerpt,
        "body": story.body,
        "word_count": story.word_count,
        "source_url": story.source_url or None,
        "embargo_until": iso(story.embargo_until),
        "publish_at": iso(story.publish_at),
        "created_at": iso(story.created_at),
        "updated_at": iso(story.updated_at),
        "published_at": iso(story.published_at),
        "trashed_at": iso(story.trashed_at),
        "version": story.version,
    }


def story_markdown(story: Story) -> str:
    """The story as a Markdown document with its metadata in YAML-style front matter."""
    lines = ["---", f"id: {story.id}", f"uuid: {story.uuid}", f"status: {story.status.value}"]
    lines.append(f"headline: {json.dumps(story.headline, ensure_ascii=False)}")
    if story.dek:
        lines.append(f"dek: {json.dumps(story.dek, ensure_ascii=False)}")
    if story.section:
        lines.append(f"section: {story.section.slug}")
    if story.authors:
        lines.append(f"authors: {json.dumps([a.name for a in story.authors], ensure_ascii=False)}")
    if story.tags:
        lines.append(f"tags: {json.dumps([t.name for t in story.tags], ensure_ascii=False)}")
    if story.published_at:
        lines.append(f"published: {iso(story.published_at)}")
    lines += ["---", "", f"# {story.headline}", "", story.body.rstrip(), ""]
    return "\n".join(lines)


def _parse_day(value: str) -> datetime:
    try:
        return datetime.combine(date.fromisoformat(value), time(0), tzinfo=UTC)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2026-11-28") from None


def _status(value: str) -> Status:
    try:
        return Status(value)
    except ValueError:
        choices = ", ".join(s.value for s in Status)
        raise argparse.ArgumentTypeError(f"{value!r} is not a status ({choices})") from None


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--status", type=_status, action="append", help="repeat for several")
    parser.add_argument("--section", help="section slug or name")
    parser.add_argument("--tag", help="tag slug or name")
    parser.add_argument("--author", help="author slug or name")
    parser.add_argument("--from", dest="date_from", type=_parse_day, help="YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", type=_parse_day, help="YYYY-MM-DD (exclusive)")
    parser.add_argument("--trash", action="store_true", help="only stories in the trash")


def checked_filter(services: Services, args: argparse.Namespace) -> StoryFilter:
    """The filter of the command line, refused (``NotFoundError``, exit status 1) when it
    names a section, tag or author that does not exist: it would list nothing."""
    story_filter = filter_from_args(args)
    services.taxonomy.check_filter(story_filter)
    return story_filter


def filter_from_args(args: argparse.Namespace) -> StoryFilter:
    # Imported here, as in ``cmd_demo``: ``newsdesk.cli`` imports every command module, and
    # the story service's modules would be paid for by every command (the site export).
    from newsdesk.services.dto import StoryFilter

    return StoryFilter(
        statuses=tuple(args.status or ()),
        section=args.section,
        tag=args.tag,
        author=args.author,
        date_from=args.date_from,
        date_to=args.date_to,
        trash=args.trash,
    )


def register(subparsers: Any) -> None:
    """Add the story commands to the top-level parser."""
    demo = subparsers.add_parser("demo", help="fill the database with the demo newsroom")
    demo.set_defaults(handler=cmd_demo)

    listing = subparsers.add_parser("list", help="list stories (newest change first)")
    add_filter_arguments(listing)
    listing.add_argument("--limit", type=count, help="at most N stories (default: all)")
    listing.add_argument("--sort", default="updated", help="updated, published, headline, …")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=cmd_list)

    show = subparsers.add_parser("show", help="print one story")
    show.add_argument("id", type=int)
    fmt = show.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--markdown", action="store_true")
    show.set_defaults(handler=cmd_show)


def cmd_demo(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    from newsdesk.services.demo import fill_demo

    report = fill_demo(services.database, user=services.user or "demo")
    if report.stories_added:
        print(
            f"demo newsroom: {report.stories_added} stories, {report.sections_added} sections, "
            f"{report.authors_added} authors added",
            file=out,
        )
    else:
        print(f"demo newsroom already present ({report.stories_present} stories)", file=out)
    return EXIT_OK


def cmd_list(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    page = services.stories.page(checked_filter(services, args), sort=args.sort, limit=args.limit)
    if args.json:
        json.dump([summary_json(item) for item in page.items], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    for item in page.items:
        when = (item.published_at or item.updated_at).astimezone(UTC).strftime("%Y-%m-%d %H:%M")
        print(f"{item.id:>6}  {item.status.value:<9}  {when}  {item.headline}", file=out)
    shown = len(page.items)
    print(f"-- {shown} of {page.total} stories", file=out)
    return EXIT_OK


def cmd_show(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    story = services.stories.get(args.id)
    if args.json:
        json.dump(story_json(story), out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif args.markdown:
        out.write(story_markdown(story))
    else:
        print(story.headline, file=out)
        meta = [story.status.value]
        if story.section:
            meta.append(story.section.name)
        if story.authors:
            meta.append("، ".join(a.name for a in story.authors))
        print(" · ".join(meta), file=out)
        if story.dek:
            print(f"\n{story.dek}", file=out)
        print(f"\n{story.body.rstrip()}", file=out)
    return EXIT_OK
