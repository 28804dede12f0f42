"""``noteapp people [--series NAME] [--json | --csv]``: attendance over time."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from noteapp.commands.archive_common import add_workspace_arguments

if TYPE_CHECKING:
    from noteapp.core.archive.people import Person, Variant
    from noteapp.storage.archive.attendance import MeetingCount

HELP = (
    "who attended which meetings, first and last seen, and names that are probably one "
    "person; --csv gives the attendance plot's data"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_workspace_arguments(parser)
    parser.add_argument(
        "--csv",
        action="store_true",
        help="one row per person present at a meeting: series,date,note,present,person",
    )


def run(args: argparse.Namespace) -> int:
    from noteapp.commands.archive_common import ArchiveError, open_workspace, series_name
    from noteapp.commands.output import fail

    try:
        with open_workspace(args) as workspace:
            series = series_name(workspace, args.series)
            if args.csv:
                return _csv(workspace.attendance(series=series))
            people = workspace.people(series=series)
            variants = workspace.variants(series=series)
    except ArchiveError as exc:
        return fail(str(exc), 2)
    if args.json:
        print(json.dumps(_json(people, variants), ensure_ascii=False, indent=2))
        return 0
    width = max((len(p.name) for p in people), default=4)
    print(f"{'name':{width}}  meetings  first       last        series")
    for person in people:
        if not person.meetings:
            continue
        first = person.first.isoformat() if person.first else "-"
        last = person.last.isoformat() if person.last else "-"
        where = ", ".join(f"{s or '.'} {n}" for s, n in person.series.most_common())
        print(f"{person.name:{width}}  {len(person.meetings):8}  {first:10}  {last:10}  {where}")
    if variants:
        print("\nProbably the same person:")
        for variant in variants:
            print(
                f"  {variant.other.name!r} is probably {variant.person.name!r} ({variant.reason})"
            )
    return 0


def _csv(counts: list[MeetingCount]) -> int:
    import csv
    import sys

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["series", "date", "note", "present", "person"])
    for meeting in counts:
        for person in meeting.people or ("",):
            row = [meeting.series, meeting.date.isoformat(), meeting.path, meeting.present]
            writer.writerow([*row, person])
    return 0


def _json(people: list[Person], variants: list[Variant]) -> dict[str, object]:
    return {
        "people": [
            {
                "name": p.name,
                "key": p.key,
                "spellings": dict(p.spellings),
                "handles": sorted(p.handles),
                "initials": sorted(p.initials),
                "meetings": len(p.meetings),
                "absent": p.absent,
                "first": p.first.isoformat() if p.first else None,
                "last": p.last.isoformat() if p.last else None,
                "series": dict(p.series),
                "attended": [
                    {"date": d.isoformat() if d else None, "note": n, "series": s}
                    for d, n, s in p.meetings
                ],
            }
            for p in people
        ],
        "variants": [
            {"name": v.person.name, "variant": v.other.name, "reason": v.reason} for v in variants
        ],
    }
