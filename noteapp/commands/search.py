"""``noteapp search QUERY [--series NAME] [--since DATE] [--until DATE] [--person P]``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from noteapp.commands.archive_common import add_workspace_arguments, day

if TYPE_CHECKING:
    from noteapp.storage.archive.search import Hit

HELP = "full-text search over every note of the workspace (ranked, with the matching line)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "query", nargs="+", metavar="QUERY", help='words, "a phrase", pre*, OR, NOT'
    )
    add_workspace_arguments(parser)
    parser.add_argument("--since", type=day, metavar="DATE", help="meetings on or after DATE")
    parser.add_argument("--until", type=day, metavar="DATE", help="meetings on or before DATE")
    parser.add_argument(
        "--person", metavar="NAME", help="meetings NAME attended (name, handle, initials)"
    )
    parser.add_argument("--limit", type=int, default=20, metavar="N", help="at most N hits (20)")


def run(args: argparse.Namespace) -> int:
    from noteapp.commands.archive_common import ArchiveError, open_workspace, series_name
    from noteapp.commands.output import fail

    try:
        with open_workspace(args) as workspace:
            results = workspace.search(
                " ".join(args.query),
                series=series_name(workspace, args.series),
                since=args.since,
                until=args.until,
                person=args.person,
                limit=args.limit,
            )
            root = workspace.root
    except ArchiveError as exc:
        return fail(str(exc), 2)
    if results.message:
        print(f"noteapp: {results.message}", file=sys.stderr)
    if args.json:
        print(json.dumps([_json(hit, root) for hit in results.hits], ensure_ascii=False, indent=2))
        return 0 if results.hits else 1
    for hit in results.hits:
        when = hit.date.isoformat() if hit.date else "—" * 10
        print(f"{when}  {hit.path}:{hit.line}  {hit.plain_snippet()}")
    if not results.hits:
        print("no matches")
    return 0 if results.hits else 1


def _json(hit: Hit, root: Path) -> dict[str, object]:
    return {
        "path": hit.path,
        "file": str(root / hit.path),
        "line": hit.line,
        "date": hit.date.isoformat() if hit.date else None,
        "series": hit.series,
        "title": hit.title,
        "snippet": hit.plain_snippet("", ""),
        "marked": hit.plain_snippet(),
        "rank": hit.rank,
    }
