"""VTIMEZONE definitions that calendars expand right: yearly rules, not lists of dates.

A zone's offset changes are found in the zone database (zoneinfo) and grouped into runs
that follow one yearly rule ("the second Sunday of March at 02:00"); each run becomes a
STANDARD or DAYLIGHT component with ``RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU``, the form
Outlook, Google Calendar and vobject all expand (an RDATE list, which icalendar's own
``Timezone.from_tzinfo`` writes, is expanded wrongly by some of them).  A change that
follows no rule (a zone that moved its clocks once) is a component of its own.  The last
run has no end, so a series that runs past the range still gets the right offsets.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, NamedTuple

from noteapp.core.schedule.zones import transition

if TYPE_CHECKING:
    from icalendar import Timezone


class Change(NamedTuple):
    """One change of a zone's offset."""

    at: datetime  # the instant, in UTC
    before: timedelta  # the offset until then
    after: timedelta
    name: str  # the abbreviation from then on ("PDT"; "+0530" where there is none)
    dst: bool  # daylight-saving time from then on

    @property
    def local(self) -> datetime:
        """The wall time of the change on the clock it changes (RFC 5545's DTSTART)."""
        return (self.at + self.before).replace(tzinfo=None)


def changes(tz: tzinfo, start: datetime, end: datetime) -> list[Change]:
    """Every offset change of ``tz`` in [start, end) (zone changes fall on whole minutes)."""

    found: list[Change] = []
    low = start.astimezone(UTC)
    end = end.astimezone(UTC)
    offset = low.astimezone(tz).utcoffset()
    while low < end:
        high = min(low + timedelta(days=1), end)
        if high.astimezone(tz).utcoffset() != offset:
            moment = transition(low, high, tz) or high  # the first minute of the new offset
            moment = moment.replace(second=0, microsecond=0)
            local = moment.astimezone(tz)
            after = local.utcoffset() or timedelta(0)
            found.append(
                Change(moment, offset or timedelta(0), after, _name(local), bool(local.dst()))
            )
            offset = after
        low = high
    return found


def _name(local: datetime) -> str:
    name = local.tzname() or ""
    if name and name[0] not in "+-":
        return name
    minutes = int((local.utcoffset() or timedelta(0)).total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


class _Run(NamedTuple):
    first: Change
    times: int  # how many changes the run stands for
    byday: str | None  # "2SU", "-1SU"; None for a run of one
    last: Change


def _weeks(day: datetime) -> set[int]:
    """Which week of its month ``day`` is: 1..5 from the start, -1 for the last."""
    weeks = {(day.day - 1) // 7 + 1}
    if (day + timedelta(days=7)).month != day.month:
        weeks.add(-1)
    return weeks


_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _runs(found: list[Change]) -> list[_Run]:
    """Consecutive yearly changes of the same kind, on the same weekday of the same week
    of the same month at the same wall time, as one run each."""
    kinds: dict[tuple[timedelta, timedelta, str, bool], list[Change]] = {}
    for change in found:
        kinds.setdefault((change.before, change.after, change.name, change.dst), []).append(change)
    runs: list[_Run] = []
    for group in kinds.values():
        current = [group[0]]
        weeks = _weeks(group[0].local)
        for change in group[1:]:
            prev, local = current[-1].local, change.local
            same = (
                local.year == prev.year + 1
                and (local.month, local.weekday(), local.time())
                == (prev.month, prev.weekday(), prev.time())
                and weeks & _weeks(local)
            )
            if same:
                current.append(change)
                weeks &= _weeks(local)
                continue
            runs.append(_run(current, weeks))
            current, weeks = [change], _weeks(local)
        runs.append(_run(current, weeks))
    return sorted(runs, key=lambda run: run.first.at)


def _run(changes_: list[Change], weeks: set[int]) -> _Run:
    if len(changes_) == 1:
        return _Run(changes_[0], 1, None, changes_[0])
    from_start = sorted(w for w in weeks if 1 <= w <= 4)
    week = from_start[0] if from_start else -1
    day = _DAYS[changes_[0].local.weekday()]
    return _Run(changes_[0], len(changes_), f"{week}{day}", changes_[-1])


def vtimezone(tz: tzinfo, key: str, first: datetime, last: datetime) -> Timezone:
    """A VTIMEZONE for ``tz`` (named ``key``) right for every instant from ``first`` (the
    first event) to ``last`` and, by its last rules, after it."""
    # Imported here: icalendar costs ~136 ms to import; only this path needs it.
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

    # From a year before: the change in force at the first event is then included.
    start = first.astimezone(UTC) - timedelta(days=400)
    end = last.astimezone(UTC) + timedelta(days=400)
    found = changes(tz, start, end)
    calendar_tz = Timezone()
    calendar_tz.add("tzid", key)
    if not found:  # no changes: one observance since before the first event
        local = start.astimezone(tz)
        offset = local.utcoffset() or timedelta(0)
        fixed = Change(start, offset, offset, _name(local), bool(local.dst()))
        calendar_tz.add_component(_component(TimezoneStandard(), fixed, None, None))
        return calendar_tz
    for run in _runs(found):
        # A rule whose next change should have come before the end of the scan has
        # stopped (new rules, or no more summer time): it ends with its last change.
        stopped = run.last.at + timedelta(days=370) < end
        # UNTIL a day after the last change: the same set of changes by RFC 5545, and
        # also for readers (dateutil's, so vobject's) that compare it with wall times.
        until = run.last.at + timedelta(days=1) if stopped and run.byday else None
        component = TimezoneDaylight() if run.first.dst else TimezoneStandard()
        calendar_tz.add_component(_component(component, run.first, run.byday, until))
    return calendar_tz


def _component(component, change: Change, byday: str | None, until: datetime | None):
    component.add("dtstart", change.local)
    component.add("tzoffsetfrom", change.before)
    component.add("tzoffsetto", change.after)
    component.add("tzname", change.name)
    if byday is not None:
        rule: dict[str, object] = {
            "freq": "yearly",
            "bymonth": change.local.month,
            "byday": byday,
        }
        if until is not None:
            rule["until"] = until.replace(microsecond=0)
        component.add("rrule", rule)
    return component
