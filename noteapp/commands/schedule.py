"""``noteapp schedule``: a series' (or an ad hoc meeting's) next starts in everyone's zone,
the weeks when a clock change moves someone's local time, links, and an ``.ics`` file."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from noteapp.commands.output import fail

if TYPE_CHECKING:
    from noteapp.core.series.upcoming import Plan

HELP = "show a meeting's next starts in everyone's zone, with clock-change warnings"

EPILOG = """\
examples:
  noteapp schedule --series conda-forge
  noteapp schedule --start "2024-03-05 17:00" --zone UTC --every week \\
      --zones Europe/Berlin,America/New_York --from 2024-03-01
  noteapp schedule --start "2024-01-16 09:00" --zone America/Los_Angeles \\
      --every "third Tuesday" --ics call.ics

--every takes week, 2weeks, monthly, 'third Tuesday', 'last Thursday' or an RFC 5545
rule such as FREQ=MONTHLY;BYDAY=3TU.  Without --every the meeting happens once."""

_START = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})\s*")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = EPILOG
    parser.add_argument("--series", metavar="NAME", help="a series of the workspace or built in")
    parser.add_argument(
        "--workspace",
        type=Path,
        metavar="DIR",
        help="the workspace (default: $NOTEAPP_WORKSPACE or the user data folder)",
    )
    parser.add_argument("--start", metavar='"YYYY-MM-DD HH:MM"', help="the (first) meeting")
    parser.add_argument("--zone", metavar="ZONE", help="the zone of --start, e.g. Europe/Berlin")
    parser.add_argument("--every", metavar="CADENCE", help="week, 2weeks, 'third Tuesday', RRULE")
    parser.add_argument(
        "--zones",
        metavar="Z1,Z2",
        help="zones to show beside the meeting's (default: UTC, and a series' roster zones)",
    )
    parser.add_argument("--count", type=int, default=8, metavar="N", help="meetings (default 8)")
    parser.add_argument("--duration", type=int, metavar="MINUTES", help="default 60")
    parser.add_argument("--title", metavar="TEXT", help="the meeting's name in links and .ics")
    parser.add_argument("--ics", type=Path, metavar="FILE", help="write the series (or meeting)")
    parser.add_argument(
        "--from",
        dest="from_day",
        metavar="YYYY-MM-DD",
        help="show meetings on or after this day (default: today)",
    )


def run(args: argparse.Namespace) -> int:
    from noteapp.core.errors import NoteError

    try:
        plan, calendar = _build(args)
    except NoteError as exc:
        return fail(str(exc), 2)
    if args.ics is not None:
        try:
            _write(args.ics, calendar)
        except OSError as exc:
            from noteapp.commands.output import fail_os

            return fail_os(exc, args.ics)
    from noteapp.core.schedule.zone_abbreviations import reading
    from noteapp.core.series.upcoming import format_plan

    typed = [args.zone, *(args.zones or "").split(",")]
    readings = list(dict.fromkeys(r for name in typed if name and (r := reading(name))))
    if readings:  # say how "EST" was understood: New York's clock, summer time included
        print(f"Zones: {', '.join(readings)}.\n")
    sys.stdout.write(format_plan(plan))
    if args.ics is not None:
        print(f"\nCalendar written to {args.ics}")
    return 0


def _build(args: argparse.Namespace) -> tuple[Plan, bytes]:
    from noteapp.core.errors import ScheduleError
    from noteapp.core.schedule.ics import meeting_ics, series_ics
    from noteapp.core.schedule.recurrence import parse_cadence
    from noteapp.core.schedule.zones import zone
    from noteapp.core.series.upcoming import plan

    if args.count < 1:
        raise ScheduleError(f"--count must be at least 1, not {args.count}.")
    if args.duration is not None and args.duration < 1:
        raise ScheduleError(f"--duration must be at least 1 minute, not {args.duration}.")
    url = None
    if args.series:
        if args.start or args.zone or args.every:
            raise ScheduleError("--start, --zone and --every describe a meeting without a "
                                "series; leave them out with --series.")  # fmt: skip
        first, rule, title, duration, zones, url = _from_series(args.series, args.workspace)
    elif args.start:
        if not args.zone:
            raise ScheduleError("--start needs --zone, e.g. --zone UTC or --zone Europe/Berlin.")
        first = _start(args.start, zone(args.zone))
        rule = parse_cadence(args.every) if args.every else None
        title, duration, zones = "", timedelta(hours=1), ["UTC"]
    else:
        raise ScheduleError('give --series NAME, or --start "YYYY-MM-DD HH:MM" --zone ZONE.')
    if args.zones is not None:
        zones = [name.strip() for name in args.zones.split(",") if name.strip()]
    for name in zones:
        zone(name)  # an unknown zone stops here, before anything is printed or written
    if args.title is not None:
        title = args.title
    if args.duration is not None:
        duration = timedelta(minutes=args.duration)
    tz = first.tzinfo
    day = _day(args.from_day) if args.from_day else datetime.now(tz).date()
    after = datetime.combine(day, time.min, tzinfo=tz) - timedelta(microseconds=1)
    result = plan(first, rule, zones=zones, count=args.count, after=after, title=title,
                  duration=duration)  # fmt: skip
    calendar = b""
    if args.ics is not None:
        calendar = (
            series_ics(first, rule, duration, title, url=url)
            if rule
            else meeting_ics(first, duration, title, url=url)
        )
    return result, calendar


def _from_series(
    name: str, workspace: Path | None
) -> tuple[datetime, str, str, timedelta, list[str], str | None]:
    from noteapp.core.series.model import load_series
    from noteapp.core.series.upcoming import series_zones

    series = load_series(name, workspace)
    zones, skipped = series_zones(series)
    for message in skipped:
        print(f"noteapp: {message}", file=sys.stderr)
    return (series.first_start, series.rule, series.title, series.duration, zones,
            series.video)  # fmt: skip


def _start(text: str, tz: object) -> datetime:
    from noteapp.core.errors import ScheduleError

    match = _START.fullmatch(text)
    if not match:
        raise ScheduleError(f"--start '{text}' is not a date and time; write it as "
                            '"YYYY-MM-DD HH:MM", e.g. "2024-03-05 17:00".')  # fmt: skip
    try:
        return datetime(*(int(part) for part in match.groups()), tzinfo=tz)  # type: ignore[arg-type,misc]
    except ValueError as exc:
        raise ScheduleError(f"--start '{text.strip()}' does not exist ({exc}).") from None


def _day(text: str) -> date:
    from noteapp.core.errors import ScheduleError

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ScheduleError(f"--from '{text}' is not a real day; write it as YYYY-MM-DD, "
                            "e.g. 2024-03-01.") from None  # fmt: skip


def _write(path: Path, data: bytes) -> None:
    from noteapp.storage.atomic import atomic_write

    if path.is_dir():
        raise IsADirectoryError(21, "it is a folder", str(path))
    atomic_write(path, data)
