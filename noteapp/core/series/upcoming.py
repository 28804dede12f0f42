"""A meeting's upcoming starts in everyone's zone, with daylight-saving warnings and links:
the one entry point for ``noteapp schedule`` and the window."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple

from noteapp.core.errors import ScheduleError
from noteapp.core.schedule.recurrence import describe, occurrences, previous_occurrence
from noteapp.core.schedule.tzlinks import arewemeetingyet_url, timeanddate_url
from noteapp.core.schedule.zones import (
    DstWarning,
    LocalTime,
    dst_warnings,
    local_times,
    zone,
    zone_name,
)

if TYPE_CHECKING:
    from noteapp.core.series.model import Series


class Row(NamedTuple):
    start: datetime  # in the meeting's zone
    times: tuple[LocalTime, ...]  # one per Plan.zones, in that order


@dataclass(frozen=True)
class Plan:
    first: datetime
    rule: str | None  # None: a single meeting
    title: str
    duration: timedelta
    zones: tuple[str, ...]  # IANA names, the meeting's own first
    rows: tuple[Row, ...]
    warnings: tuple[DstWarning, ...]
    arewemeetingyet: str | None  # for the next meeting
    timeanddate: str | None
    description: str  # "every week", "a single meeting"

    @property
    def starts(self) -> tuple[datetime, ...]:
        return tuple(row.start for row in self.rows)


def plan(
    first: datetime,
    rule: str | None,
    *,
    zones: Sequence[str],
    count: int = 8,
    after: datetime | None = None,
    title: str = "",
    duration: timedelta = timedelta(hours=1),
) -> Plan:
    """The next ``count`` meetings after ``after`` (a single meeting is shown whatever
    ``after`` is), with local times in the meeting's zone and ``zones``, and the clock
    changes that move someone's local time between them or since the meeting before."""
    names = [zone_name(first.tzinfo)]
    for name in zones:
        key = zone(name).key
        if key not in names:
            names.append(key)
    starts = occurrences(first, rule, count=count, after=after) if rule else [first]
    rows = tuple(Row(start, tuple(local_times(start, names))) for start in starts)
    # The meeting before the first row counts too: "the clocks changed last Sunday,
    # when is today's call?" is the question this answers most often.
    earlier = previous_occurrence(first, rule, starts[0]) if rule and starts else None
    compared = [earlier, *starts] if earlier else starts
    nxt = starts[0] if starts else None
    return Plan(
        first=first,
        rule=rule,
        title=title,
        duration=duration,
        zones=tuple(names),
        rows=rows,
        warnings=tuple(dst_warnings(compared, names)),
        arewemeetingyet=arewemeetingyet_url(nxt, title, rule) if nxt else None,
        timeanddate=timeanddate_url(nxt, title, duration) if nxt else None,
        description=describe(rule) if rule else "a single meeting",
    )


def series_zones(series: Series) -> tuple[list[str], list[str]]:
    """The zones a series' table shows (its own, UTC, its listed zones, then each roster
    member's), and a message for each roster zone that is not a zone: one typo in a
    roster should not hide the whole table."""

    zones = [series.zone, "UTC", *series.zones]
    skipped = []
    for person in series.roster:
        if not person.zone:
            continue
        try:
            zones.append(zone(person.zone).key)
        except ScheduleError as exc:
            skipped.append(f"{person.name}'s zone is skipped: {exc}")
    return zones, skipped


def format_plan(plan: Plan) -> str:
    """A plain-text table (one row per meeting, one column per zone), then the warnings
    and the links."""
    start = plan.first
    head = f"{plan.title or 'Meeting'}: {plan.description}, {_minutes(plan.duration)}"
    if plan.rule:
        head += f", from {start:%a %Y-%m-%d %H:%M} {zone_name(start.tzinfo)}"
    lines = [head, ""]
    if not plan.rows:
        lines.append("No meetings in that range.")
    else:
        cells = [[_cell(t) for t in row.times] for row in plan.rows]
        widths = [
            max(len(c[i]) for c in [list(plan.zones), *cells]) for i in range(len(plan.zones))
        ]
        day = " " * len("Tue 2024-03-12")
        lines.append(
            "  ".join(
                [day, " | ".join(z.ljust(w) for z, w in zip(plan.zones, widths, strict=True))]
            ).rstrip()
        )
        for row, line in zip(plan.rows, cells, strict=True):
            body = " | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True))
            lines.append(f"{row.start:%a %Y-%m-%d}  {body}".rstrip())
    if plan.warnings:
        lines += ["", "Clock changes:"]
        lines += [f"  ! {warning.message}" for warning in plan.warnings]
    if plan.arewemeetingyet or plan.timeanddate:
        lines += ["", "Links for the next meeting:"]
        lines += [f"  {link}" for link in (plan.arewemeetingyet, plan.timeanddate) if link]
    return "\n".join(lines) + "\n"


def _cell(time: LocalTime) -> str:
    text = f"{time.when:%H:%M} {time.abbreviation}"
    return f"{text} {time.day_shift}" if time.day_shift else text


def _minutes(duration: timedelta) -> str:
    minutes = int(duration.total_seconds() // 60)
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours} h {rest} min"
    return f"{hours} h" if hours else f"{rest} min"
