"""``noteapp actions [--owner X] [--open] [--stale N] [--series NAME] [--json]``."""

from __future__ import annotations

import argparse
import json
from itertools import groupby

from noteapp.commands.archive_common import add_workspace_arguments

HELP = (
    "every action item across the series: owner, first meeting, the meetings it was "
    "carried through, age and state"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_workspace_arguments(parser)
    parser.add_argument("--owner", metavar="NAME", help="items NAME owns (name, initials, handle)")
    parser.add_argument("--open", action="store_true", help="only items not done")
    parser.add_argument(
        "--stale", type=int, metavar="N", help="only items open for more than N meetings"
    )


def run(args: argparse.Namespace) -> int:
    from noteapp.commands.archive_common import ArchiveError, open_workspace, series_name
    from noteapp.commands.output import fail

    try:
        with open_workspace(args) as workspace:
            items = workspace.actions(
                owner=args.owner,
                open=args.open,
                series=series_name(workspace, args.series),
                stale=args.stale,
            )
    except ArchiveError as exc:
        return fail(str(exc), 2)
    if args.json:
        print(json.dumps([item.as_json() for item in items], ensure_ascii=False, indent=2))
        return 0
    if not items:
        print("no action items")
    for series, group in groupby(items, key=lambda item: item.series):
        found = list(group)
        still = sum(not item.done for item in found)
        print(f"{series or '.'}: {len(found)} items, {still} open")
        for item in found:
            owners = ", ".join(item.owners) or "nobody named"
            print(f"  [{'x' if item.done else ' '}] {item.text}")
            carried = ", ".join(d.isoformat() for _n, d in item.carried_through) or "none"
            print(
                f"      owner {owners}; first {item.first} ({item.origin}); carried through "
                f"{len(item.carried_through)}: {carried}; "
                f"{'done after' if item.done else 'open for'} {item.age} meetings; "
                f"{'done' if item.done else 'open'} in {item.newest}:{item.lines[0]}"
            )
    return 0
