"""``newsdesk tags list|rename|merge|delete|duplicates``: the tag manager from a shell."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any, TextIO

from newsdesk.cli.common import EXIT_OK, iso

if TYPE_CHECKING:
    from newsdesk.services.container import Services
    from newsdesk.services.tags import DuplicateGroup, TagInfo


def tag_json(tag: TagInfo) -> dict[str, Any]:
    return {
        "id": tag.id,
        "name": tag.name,
        "slug": tag.slug,
        "hidden": tag.hidden,
        "description": tag.description,
        "stories": tag.stories,
        "main_stories": tag.main_stories,
        "public_stories": tag.public_stories,
        "last_used": iso(tag.last_used),
    }


def group_json(group: DuplicateGroup) -> dict[str, Any]:
    return {
        "target": tag_json(group.target),
        "sources": [tag_json(t) for t in group.sources],
        "reason": group.reason,
    }


def _tag_ref(value: str) -> int | str:
    """A tag given on the command line: a number is an id, anything else a name or slug."""
    return int(value) if value.isdigit() else value


def register(subparsers: Any) -> None:
    tags = subparsers.add_parser("tags", help="list, rename, merge and de-duplicate tags")
    actions = tags.add_subparsers(dest="tags_action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="every tag with its usage, most used first")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)

    rename = actions.add_parser("rename", help="rename a tag (id, name or slug)")
    rename.add_argument("old")
    rename.add_argument("new")
    rename.add_argument(
        "--change-slug",
        action="store_true",
        help="also change the slug of a tag that published stories carry (its address changes)",
    )
    rename.add_argument("--json", action="store_true")
    rename.set_defaults(handler=cmd_rename)

    merge = actions.add_parser("merge", help="fold SOURCE tags into TARGET")
    merge.add_argument("target")
    merge.add_argument("sources", metavar="SOURCE", nargs="+")
    merge.add_argument("--json", action="store_true")
    merge.set_defaults(handler=cmd_merge)

    delete = actions.add_parser("delete", help="delete a tag from every story")
    delete.add_argument("tag")
    delete.add_argument("--json", action="store_true")
    delete.set_defaults(handler=cmd_delete)

    dupes = actions.add_parser(
        "duplicates", help="groups of tags that differ only in spelling, a clitic or a typo"
    )
    dupes.add_argument("--json", action="store_true")
    dupes.set_defaults(handler=cmd_duplicates)


def _dump(value: Any, out: TextIO) -> None:
    json.dump(value, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _line(tag: TagInfo) -> str:
    last = tag.last_used.strftime("%Y-%m-%d") if tag.last_used else "-"
    hidden = "  [hidden]" if tag.hidden else ""
    figures = f"{tag.id:>6}  {tag.stories:>6}  {tag.main_stories:>6}  {last:<10}"
    return f"{figures}  {tag.name} ({tag.slug}){hidden}"


def cmd_list(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    tags = services.tags.all()
    if args.json:
        _dump([tag_json(t) for t in tags], out)
        return EXIT_OK
    print(f"{'id':>6}  {'stories':>6}  {'main':>6}  {'last use':<10}  name (slug)", file=out)
    for tag in tags:
        print(_line(tag), file=out)
    print(f"-- {len(tags)} tags", file=out)
    return EXIT_OK


def cmd_rename(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    tag = services.tags.rename(_tag_ref(args.old), args.new, change_slug=args.change_slug)
    if args.json:
        _dump(tag_json(tag), out)
    else:
        print(f"renamed: {tag.name} ({tag.slug}), {tag.stories} stories", file=out)
    return EXIT_OK


def cmd_merge(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    tag = services.tags.merge(_tag_ref(args.target), [_tag_ref(s) for s in args.sources])
    if args.json:
        _dump(tag_json(tag), out)
    else:
        print(f"merged into {tag.name} ({tag.slug}): {tag.stories} stories", file=out)
    return EXIT_OK


def cmd_delete(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    left = services.tags.delete(_tag_ref(args.tag))
    if args.json:
        _dump({"deleted": args.tag, "stories": left}, out)
    else:
        print(f"deleted {args.tag}: {left} stories no longer carry it", file=out)
    return EXIT_OK


def cmd_duplicates(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    groups = services.tags.duplicates()
    if args.json:
        _dump([group_json(g) for g in groups], out)
        return EXIT_OK
    for group in groups:
        others = "، ".join(f"{t.name} ({t.stories})" for t in group.sources)
        print(
            f"{group.target.name} ({group.target.stories}) ← {others}  [{group.reason}]",
            file=out,
        )
    print(f"-- {len(groups)} groups", file=out)
    return EXIT_OK
