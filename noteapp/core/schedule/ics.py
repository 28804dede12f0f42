"""iCalendar (.ics) files for one meeting or a whole series, for common calendars.

A start in UTC is written as ``...Z``; any other zone as ``TZID=<IANA name>`` with a
VTIMEZONE built from the zone database, since Outlook reads the VTIMEZONE and not the
name.  UIDs come from the title, start and rule, so exporting again updates the same
calendar entry instead of adding a second one.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vRecur

from noteapp.core.errors import ScheduleError
from noteapp.core.schedule.recurrence import occurrences, rule_parts, until_utc
from noteapp.core.schedule.zones import zone_name

PRODID = "-//noteapp//noteapp schedule//EN"
UTC_NAMES = {"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Universal", "Universal", "Etc/Zulu",
             "Zulu", "GMT", "Etc/GMT", "Etc/GMT0", "Etc/Greenwich", "Greenwich"}  # fmt: skip
# How far a VTIMEZONE lists the changes of an open-ended series.
OPEN_ENDED_YEARS = 20


def meeting_ics(
    start: datetime,
    duration: timedelta,
    title: str,
    *,
    description: str = "",
    url: str | None = None,
    uid: str | None = None,
    stamp: datetime | None = None,
) -> bytes:
    """One meeting."""
    start = _ical_time(start)
    event = _event(start, duration, title, description, url, uid or _uid(title, start, ""), stamp)
    end = start + duration
    return _calendar(event, start.date(), end.date() + timedelta(days=1))


def series_ics(
    first: datetime,
    rule: str,
    duration: timedelta,
    title: str,
    *,
    count: int | None = None,
    until: date | datetime | None = None,
    description: str = "",
    url: str | None = None,
    uid: str | None = None,
    stamp: datetime | None = None,
) -> bytes:
    """A recurring meeting: ``first`` is the series anchor; ``count`` or ``until`` end it
    (in place of any end the rule has)."""
    if count is not None and until is not None:
        raise ScheduleError("A series ends after a number of meetings or on a date, not both.")
    parts = rule_parts(rule)
    if count is not None:
        if count < 1:
            raise ScheduleError(f"A series needs at least one meeting, not {count}.")
        parts.pop("UNTIL", None)
        parts["COUNT"] = str(count)
    elif until is not None:
        parts.pop("COUNT", None)
        parts["UNTIL"] = f"{_until(first, until):%Y%m%dT%H%M%SZ}"
    rule = ";".join(f"{key}={value}" for key, value in parts.items())
    # dateutil skips a DTSTART that the rule does not match, RFC 5545 counts it: start the
    # calendar at the first real meeting so that both agree.
    found = occurrences(first, rule, count=1)
    if not found:
        raise ScheduleError(f"The rule '{rule}' has no meeting from {first:%Y-%m-%d} on.")
    start = _ical_time(found[0])
    if "UNTIL" in parts:  # RFC 5545: in UTC when DTSTART has a zone
        parts["UNTIL"] = f"{until_utc(first, rule):%Y%m%dT%H%M%SZ}"
    event = _event(start, duration, title, description, url,
                   uid or _uid(title, start, rule), stamp)  # fmt: skip
    event.add("rrule", vRecur.from_ical(";".join(f"{k}={v}" for k, v in parts.items())))
    if "COUNT" in parts:
        end = occurrences(first, rule, count=int(parts["COUNT"]))[-1].date()
    elif "UNTIL" in parts:
        end = (until_utc(first, rule) or start).date()
    else:
        end = date(min(start.year + OPEN_ENDED_YEARS, 9000), 1, 1)
    return _calendar(event, start.date(), end + timedelta(days=1))


def _until(first: datetime, until: date | datetime) -> datetime:
    tz = first.tzinfo
    if not isinstance(until, datetime):
        until = datetime.combine(until, time(23, 59, 59), tzinfo=tz)
    elif until.tzinfo is None:
        until = until.replace(tzinfo=tz)
    return until.astimezone(UTC)


def _ical_time(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ScheduleError("The meeting's start needs a time zone.")
    if zone_name(moment.tzinfo) in UTC_NAMES:
        return moment.astimezone(UTC)
    return moment


def _uid(title: str, start: datetime, rule: str) -> str:
    key = f"{title}|{start:%Y%m%dT%H%M%S}|{zone_name(start.tzinfo)}|{rule}"
    return hashlib.sha256(key.encode()).hexdigest()[:24] + "@noteapp"


def _event(
    start: datetime,
    duration: timedelta,
    title: str,
    description: str,
    url: str | None,
    uid: str,
    stamp: datetime | None,
) -> Event:
    if duration <= timedelta(0):
        raise ScheduleError(f"A meeting needs a positive duration, not {duration}.")
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0))
    event.add("summary", title.strip() or "Meeting")
    event.add("dtstart", start)
    # The end is an exact duration later, even across a clock change.
    event.add("dtend", (start.astimezone(UTC) + duration).astimezone(start.tzinfo))
    if url:
        # Google Calendar and Outlook show neither URL nor a link in it: the call link goes
        # where they look, the location and the description, too.
        event.add("location", url)
        if url not in description:
            description = f"{description}\n\n{url}".strip()
        event.add("url", url)
    if description:
        event.add("description", description)
    return event


def _calendar(event: Event, first_day: date, last_day: date) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    start = event.decoded("dtstart")
    if isinstance(start.tzinfo, ZoneInfo):
        from noteapp.core.schedule.vtimezone import vtimezone

        last = datetime.combine(last_day, time(), tzinfo=start.tzinfo)
        calendar.add_component(vtimezone(start.tzinfo, start.tzinfo.key, start, last))
    calendar.add_component(event)
    return calendar.to_ical()
