"""The .ics files parse back with icalendar, and their occurrences are ours."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from noteapp.core.errors import ScheduleError
from noteapp.core.ics import PRODID, meeting_ics, series_ics
from noteapp.core.recurrence import occurrences

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
    assert str(event["description"]) == "Agenda"
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
