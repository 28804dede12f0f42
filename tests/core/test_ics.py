"""The .ics files parse back with icalendar, and their occurrences are ours."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import vobject
from dateutil.rrule import rrulestr
from icalendar import Calendar

from noteapp.core.errors import ScheduleError
from noteapp.core.schedule.ics import PRODID, meeting_ics, series_ics
from noteapp.core.schedule.recurrence import occurrences

LA = ZoneInfo("America/Los_Angeles")
BERLIN = ZoneInfo("Europe/Berlin")
STAMP = datetime(2024, 1, 1, 12, 0, tzinfo=UTC)


def _parse(data: bytes) -> tuple[Calendar, object]:
    calendar = Calendar.from_ical(data)
    (event,) = calendar.events
    return calendar, event


def _expand(event, count: int) -> list[datetime]:
    """What a calendar shows: the parsed RRULE from the parsed DTSTART, as instants."""
    start = event.decoded("dtstart")
    rule = rrulestr(event["rrule"].to_ical().decode(), dtstart=start)
    found = []
    for item in rule:
        found.append(item.astimezone(UTC))
        if len(found) == count:
            break
    return found


def _instants(starts: list[datetime]) -> list[datetime]:
    return [s.astimezone(UTC) for s in starts]


@pytest.mark.parametrize(
    ("first", "rule"),
    [
        (datetime(2024, 1, 5, 9, 0, tzinfo=LA), "FREQ=WEEKLY"),
        (datetime(2024, 1, 16, 18, 0, tzinfo=BERLIN), "FREQ=MONTHLY;BYDAY=3TU"),
        (datetime(2024, 1, 2, 17, 0, tzinfo=ZoneInfo("UTC")), "FREQ=WEEKLY;INTERVAL=2"),
        (datetime(2024, 1, 31, 17, 0, tzinfo=ZoneInfo("Asia/Kolkata")), "FREQ=MONTHLY;BYDAY=-1WE"),
    ],
)
def test_series_parses_back_and_its_occurrences_match(first, rule):
    calendar, event = _parse(series_ics(first, rule, timedelta(hours=1), "Call", stamp=STAMP))
    assert str(calendar["prodid"]) == PRODID
    assert str(calendar["version"]) == "2.0"
    ours = occurrences(first, rule, count=60)
    assert _expand(event, 60) == _instants(ours)
    assert event.decoded("dtend") - event.decoded("dtstart") == timedelta(hours=1)


def test_zoned_series_has_tzid_and_a_vtimezone_with_both_changes():
    first = datetime(2024, 1, 5, 9, 0, tzinfo=LA)
    data = series_ics(first, "FREQ=WEEKLY", timedelta(minutes=45), "HPC call", stamp=STAMP)
    assert b"DTSTART;TZID=America/Los_Angeles:20240105T090000" in data
    assert b"RRULE:FREQ=WEEKLY" in data
    calendar, _ = _parse(data)
    (vtimezone,) = calendar.timezones
    assert vtimezone.tz_name == "America/Los_Angeles"
    # Read the VTIMEZONE alone, not the zone its name looks up: Outlook does that.
    own = vtimezone.to_tz(lookup_tzid=False)
    for start in occurrences(first, "FREQ=WEEKLY", count=52 * 3):
        wall = start.replace(tzinfo=None)
        assert wall.replace(tzinfo=own).utcoffset() == start.utcoffset(), start


def test_utc_series_is_written_in_utc_without_vtimezone():
    first = datetime(2024, 1, 2, 17, 0, tzinfo=ZoneInfo("UTC"))
    data = series_ics(first, "FREQ=WEEKLY", timedelta(hours=1), "Call", stamp=STAMP)
    assert b"DTSTART:20240102T170000Z" in data
    assert b"VTIMEZONE" not in data


def test_count_and_until_end_the_series():
    first = datetime(2024, 1, 5, 9, 0, tzinfo=LA)
    _, event = _parse(series_ics(first, "FREQ=WEEKLY", timedelta(hours=1), "C", count=4))
    assert len(_expand(event, 100)) == 4
    data = series_ics(first, "FREQ=WEEKLY", timedelta(hours=1), "C", until=date(2024, 3, 15))
    _, event = _parse(data)
    # UNTIL is in UTC (RFC 5545, DTSTART has a zone) and the 15th is still included.
    assert b"UNTIL=20240316T065959Z" in data
    expanded = _expand(event, 100)
    assert expanded == _instants(occurrences(first, "FREQ=WEEKLY;UNTIL=20240315", count=100))
    assert expanded[-1] == datetime(2024, 3, 15, 16, 0, tzinfo=UTC)
    with pytest.raises(ScheduleError, match="not both"):
        series_ics(first, "FREQ=WEEKLY", timedelta(hours=1), "C", count=2, until=date(2024, 3, 1))


def test_local_until_in_the_rule_is_written_in_utc():
    first = datetime(2024, 1, 16, 18, 0, tzinfo=BERLIN)
    rule = "FREQ=MONTHLY;BYDAY=3TU;UNTIL=20240618T180000"
    data = series_ics(first, rule, timedelta(hours=1), "C")
    assert b"UNTIL=20240618T160000Z" in data  # 18:00 CEST
    _, event = _parse(data)
    assert _expand(event, 20) == _instants(occurrences(first, rule, count=20))
    assert len(_expand(event, 20)) == 6


def test_anchor_off_the_rule_starts_at_the_first_real_meeting():
    # RFC 5545 counts DTSTART as a meeting even when the rule skips that day.
    first = datetime(2024, 1, 1, 17, 0, tzinfo=BERLIN)  # a Monday
    data = series_ics(first, "FREQ=MONTHLY;BYDAY=3TU", timedelta(hours=1), "C")
    _, event = _parse(data)
    assert event.decoded("dtstart") == datetime(2024, 1, 16, 17, 0, tzinfo=BERLIN)
    assert _expand(event, 5) == _instants(occurrences(first, "FREQ=MONTHLY;BYDAY=3TU", count=5))


def test_single_meeting():
    start = datetime(2024, 3, 12, 17, 0, tzinfo=ZoneInfo("UTC"))
    data = meeting_ics(start, timedelta(minutes=90), "Zarr/N5 call", description="Agenda",
                       url="https://hackmd.io/abc", stamp=STAMP)  # fmt: skip
    _, event = _parse(data)
    assert "rrule" not in event
    assert event.decoded("dtstart") == start
    assert event.decoded("dtend") == start + timedelta(minutes=90)
    assert str(event["summary"]) == "Zarr/N5 call"
    # Google Calendar and Outlook show neither URL nor links in it: the link goes where
    # they look, too.
    assert str(event["description"]) == "Agenda\n\nhttps://hackmd.io/abc"
    assert str(event["location"]) == "https://hackmd.io/abc"
    assert str(event["url"]) == "https://hackmd.io/abc"
    assert event.decoded("dtstamp") == STAMP
    assert b"DTSTART:20240312T170000Z" in data


def test_end_is_an_exact_duration_across_a_clock_change():
    start = datetime(2024, 3, 10, 1, 30, tzinfo=LA)  # clocks jump from 02:00 to 03:00
    _, event = _parse(meeting_ics(start, timedelta(hours=1), "Late call", stamp=STAMP))
    assert event.decoded("dtend").strftime("%H:%M %Z") == "03:30 PDT"


def test_uid_is_stable_and_distinct():
    start = datetime(2024, 3, 12, 17, 0, tzinfo=BERLIN)
    one = _parse(meeting_ics(start, timedelta(hours=1), "Call"))[1]["uid"]
    again = _parse(meeting_ics(start, timedelta(hours=1), "Call"))[1]["uid"]
    other = _parse(meeting_ics(start, timedelta(hours=1), "Other call"))[1]["uid"]
    series = _parse(series_ics(start, "FREQ=WEEKLY", timedelta(hours=1), "Call"))[1]["uid"]
    assert one == again
    assert len({one, other, series}) == 3
    given = _parse(meeting_ics(start, timedelta(hours=1), "Call", uid="x@example.org"))[1]["uid"]
    assert given == "x@example.org"


def test_bad_input_is_refused():
    start = datetime(2024, 3, 12, 17, 0, tzinfo=BERLIN)
    with pytest.raises(ScheduleError, match="positive duration"):
        meeting_ics(start, timedelta(0), "Call")
    with pytest.raises(ScheduleError, match="time zone"):
        meeting_ics(start.replace(tzinfo=None), timedelta(hours=1), "Call")
    with pytest.raises(ScheduleError, match="no meeting"):
        series_ics(start, "FREQ=WEEKLY;UNTIL=20240101", timedelta(hours=1), "Call")


def test_the_call_link_is_the_location_and_in_the_description_of_a_series():
    link = "https://zoom.us/j/123?pwd=x"
    data = series_ics(datetime(2024, 1, 5, 9, 0, tzinfo=LA), "FREQ=WEEKLY", timedelta(hours=1),
                      "Call", url=link, stamp=STAMP)  # fmt: skip
    _, event = _parse(data)
    assert str(event["location"]) == link
    assert str(event["description"]) == link  # no empty lines before it
    own = series_ics(datetime(2024, 1, 5, 9, 0, tzinfo=LA), "FREQ=WEEKLY", timedelta(hours=1),
                     "Call", description=f"Join at {link}", url=link, stamp=STAMP)  # fmt: skip
    assert str(_parse(own)[1]["description"]) == f"Join at {link}"  # said once


# Series that an independent reader must expand to zoneinfo's instants, every one of them:
# years of weekly calls across both clock changes, southern-hemisphere summer time, a
# half-hour change, zones that changed their rules (the US in 2007, Russia in 2011 and
# 2014, Brazil and Iran dropping summer time) and a zone without changes.
EXPANDED = [
    ("America/Los_Angeles", datetime(2024, 1, 5, 9, 0), "FREQ=WEEKLY", 157),
    ("America/Los_Angeles", datetime(2024, 1, 5, 9, 0), "FREQ=WEEKLY", 1500),
    ("Europe/Berlin", datetime(2024, 1, 16, 18, 0), "FREQ=MONTHLY;BYDAY=3TU", 120),
    ("Australia/Sydney", datetime(2024, 3, 1, 9, 0), "FREQ=WEEKLY", 300),
    ("Australia/Lord_Howe", datetime(2023, 1, 6, 9, 0), "FREQ=WEEKLY", 200),
    ("America/New_York", datetime(2005, 1, 4, 9, 0), "FREQ=WEEKLY", 300),
    ("Europe/Moscow", datetime(2009, 1, 6, 9, 0), "FREQ=WEEKLY", 400),
    ("America/Sao_Paulo", datetime(2016, 1, 6, 9, 0), "FREQ=WEEKLY;INTERVAL=2", 150),
    ("Asia/Tehran", datetime(2020, 1, 6, 9, 0), "FREQ=WEEKLY", 250),
    ("Europe/Dublin", datetime(2023, 1, 6, 17, 0), "FREQ=DAILY", 800),
    ("Asia/Kolkata", datetime(2024, 1, 31, 17, 0), "FREQ=MONTHLY;BYDAY=-1WE", 60),
]


@pytest.mark.parametrize(
    ("zone", "first", "rule", "count"), EXPANDED, ids=[f"{z}-{n}" for z, _, _, n in EXPANDED]
)
def test_an_independent_reader_expands_every_meeting_to_zoneinfos_instant(zone, first, rule, count):
    start = first.replace(tzinfo=ZoneInfo(zone))
    data = series_ics(start, rule, timedelta(hours=1), "Call", count=count, stamp=STAMP)
    # vobject reads the VTIMEZONE itself (through dateutil's tzical), not the zone that
    # its TZID names: what Outlook and other readers without a zone database do.
    event = vobject.readOne(data.decode()).vevent
    theirs = [moment.astimezone(UTC) for moment in event.getrruleset(addRDate=True)]
    assert str(event.dtstart.value.tzinfo) != str(ZoneInfo(zone))  # really its own reading
    ours = _instants(occurrences(start, rule, count=count))
    wrong = [(a, b) for a, b in zip(theirs, ours, strict=True) if a != b]
    assert wrong == [], f"{len(wrong)} of {count} meetings an offset off, first {wrong[:1]}"


def test_the_vtimezone_uses_yearly_rules_not_lists_of_dates():
    data = series_ics(datetime(2024, 1, 5, 9, 0, tzinfo=LA), "FREQ=WEEKLY", timedelta(hours=1),
                      "Call", count=157, stamp=STAMP)  # fmt: skip
    (vtimezone,) = Calendar.from_ical(data).timezones
    rules = {sub.name: sub["rrule"].to_ical().decode() for sub in vtimezone.subcomponents}
    assert rules == {
        "DAYLIGHT": "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
        "STANDARD": "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
    }
    assert b"RDATE" not in data
