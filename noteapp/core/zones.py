"""Time zones for people: names to zones, a start in everyone's local time, and the weeks
when a daylight-saving change moves someone's local time."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import cache
from itertools import pairwise
from typing import NamedTuple
from zoneinfo import ZoneInfo, available_timezones

from noteapp.core.errors import ScheduleError
from noteapp.core.zone_abbreviations import ABBREVIATIONS, abbreviation_zone, resolve_zone


class LocalTime(NamedTuple):
    zone: str  # the IANA name
    when: datetime  # the start, aware, in that zone
    offset: str  # "UTC+1", "UTC-4", "UTC+5:30", "UTC"
    abbreviation: str  # "CET", "EDT"; the offset where the zone has no letters ("-03")
    day_shift: str  # "", "+1 day", "-1 day": the local date against the meeting's own


class ClockChange(NamedTuple):
    zone: str
    on: date  # the local date of the change in that zone


class DstWarning(NamedTuple):
    zone: str
    start: datetime  # the first occurrence at the new local time (in the meeting's zone)
    date: date  # that occurrence's local date in ``zone``
    before: datetime  # the previous occurrence, local to ``zone``
    after: datetime  # this occurrence, local to ``zone``
    changes: tuple[ClockChange, ...]  # whose clocks moved in between
    message: str


@cache
def _known() -> dict[str, str]:
    """Lower-case IANA name -> the name as the database spells it."""
    return {name.lower(): name for name in available_timezones()}


def zone(name: str) -> ZoneInfo:
    """The zone for an IANA name (any case), an abbreviation such as CET or PT, or a city.

    Abbreviations come first: the database's legacy ``EST`` is a fixed UTC-5 all year,
    but a person who writes EST means New York (see noteapp.core.zone_abbreviations)."""
    text = name.strip()
    key = (
        abbreviation_zone(text)
        or _known().get(text.lower())
        or (resolve_zone(text) if text else None)
    )
    if key is None:
        if not text:
            raise ScheduleError("A time zone is empty; use an IANA name such as Europe/Berlin.")
        raise ScheduleError(f"'{text}' is not a time zone I know; {_suggest(text)}")
    return ZoneInfo(key)


def _suggest(text: str) -> str:
    # Compare with whole names and with their last part ("Berlim" ~ "Berlin").
    names = {name.lower(): name for name in _known().values()}
    names.update((name.rsplit("/", 1)[-1].lower(), name) for name in _known().values())
    names.update((abbr.lower(), key) for abbr, key in ABBREVIATIONS.items())
    probe = text.lower().replace(" ", "_")
    found: list[str] = []
    for match in difflib.get_close_matches(probe, names, n=6, cutoff=0.75):
        if names[match] not in found:
            found.append(names[match])
    if not found:
        return "use an IANA name such as Europe/Berlin, America/New_York or UTC."
    found = found[:3]
    return (
        "did you mean "
        + (" or ".join(found) if len(found) < 3 else f"{found[0]}, {found[1]} or {found[2]}")
        + "?"
    )


def zone_name(tz: tzinfo | None) -> str:
    """The IANA name of an aware datetime's zone (``UTC`` for datetime.timezone.utc)."""
    if isinstance(tz, ZoneInfo):
        return tz.key
    if tz is UTC:
        return "UTC"
    raise ScheduleError("The meeting's start needs an IANA time zone such as Europe/Berlin.")


def offset_text(delta: timedelta | None) -> str:
    minutes = int((delta or timedelta(0)).total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign, minutes = ("+" if minutes > 0 else "-"), abs(minutes)
    return f"UTC{sign}{minutes // 60}" + (f":{minutes % 60:02d}" if minutes % 60 else "")


def local_times(start: datetime, zones: Sequence[str]) -> list[LocalTime]:
    """``start`` in each zone, in the order given."""
    home = start.date()
    out = []
    for name in zones:
        tz = zone(name)
        local = start.astimezone(tz)
        shift = (local.date() - home).days
        abbreviation = local.tzname() or ""
        if not abbreviation or abbreviation[0] in "+-":
            abbreviation = offset_text(local.utcoffset())
        day_shift = "" if shift == 0 else f"{shift:+d} day" + ("s" if abs(shift) > 1 else "")
        out.append(LocalTime(tz.key, local, offset_text(local.utcoffset()), abbreviation,
                             day_shift))  # fmt: skip
    return out


def dst_warnings(starts: Sequence[datetime], zones: Sequence[str]) -> list[DstWarning]:
    """One warning per zone and occurrence whose local time of day differs from the
    occurrence before, including the meeting's own zone.

    Occurrences keep their wall time in the meeting's zone, so a change of the offset
    between the meeting's zone and someone's always shows as a change of their local
    time; comparing local times alone also keeps quiet about a UTC member when only the
    meeting's own 02:30 fell into a spring-forward gap and was moved.
    """
    if not starts:
        return []
    names = [zone_name(starts[0].tzinfo)]
    for name in zones:
        key = zone(name).key
        if key not in names:
            names.append(key)
    out: list[DstWarning] = []
    for previous, current in pairwise(starts):
        for name in names:
            tz = zone(name)
            before, after = previous.astimezone(tz), current.astimezone(tz)
            if (before.hour, before.minute) == (after.hour, after.minute):
                continue
            changes = _changes(previous, current, [*dict.fromkeys(
                [name, zone_name(current.tzinfo)])])  # fmt: skip
            out.append(DstWarning(name, current, after.date(), before, after, changes,
                                  _sentence(name, before, after, changes)))  # fmt: skip
    return out


def _changes(a: datetime, b: datetime, names: list[str]) -> tuple[ClockChange, ...]:
    found = []
    for name in names:
        tz = zone(name)
        if (moment := transition(a, b, tz)) is not None:
            found.append(ClockChange(name, moment.astimezone(tz).date()))
    return tuple(found)


def transition(a: datetime, b: datetime, tz: tzinfo) -> datetime | None:
    """The first instant in (a, b] with ``tz``'s offset after a change (to the minute)."""
    low, high = a.astimezone(UTC), b.astimezone(UTC)
    start = low.astimezone(tz).utcoffset()
    if start == high.astimezone(tz).utcoffset():
        # Two changes in between (a yearly meeting) cancel out; find one by the day.
        day = low + timedelta(days=1)
        while day < high and day.astimezone(tz).utcoffset() == start:
            day += timedelta(days=1)
        if day >= high:
            return None
        high = day
    while high - low > timedelta(minutes=1):
        middle = low + (high - low) / 2
        if middle.astimezone(tz).utcoffset() == start:
            low = middle
        else:
            high = middle
    return high


def _clock(moment: datetime, other: datetime) -> str:
    text = moment.strftime("%H:%M")
    return f"{moment:%a} {text}" if moment.weekday() != other.weekday() else text


def _sentence(name: str, before: datetime, after: datetime,
              changes: tuple[ClockChange, ...]) -> str:  # fmt: skip
    parts = []
    for change in changes:
        where = "" if change.zone == name and len(changes) == 1 else f" in {change.zone}"
        parts.append(f"{where} on {change.on.isoformat()}")
    why = ("clocks changed" + " and".join(parts)) if parts else "the meeting moved"
    return (
        f"From {after.date().isoformat()} the call is at {_clock(after, before)} in {name} "
        f"(was {_clock(before, after)}): {why}."
    )
