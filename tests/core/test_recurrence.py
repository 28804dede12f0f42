"""Cadences become RFC 5545 rules; occurrences keep the meeting's wall-clock time."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from noteapp.core.errors import ScheduleError
from noteapp.core.schedule.recurrence import (
    cadence_kind,
    describe,
    is_occurrence,
    next_occurrence,
    occurrences,
    parse_cadence,
    previous_occurrence,
)

UTC = ZoneInfo("UTC")
LA = ZoneInfo("America/Los_Angeles")
NY = ZoneInfo("America/New_York")


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("weekly", "FREQ=WEEKLY"),
        ("week", "FREQ=WEEKLY"),
        ("every week", "FREQ=WEEKLY"),
        ("Every Week.", "FREQ=WEEKLY"),
        ("2weeks", "FREQ=WEEKLY;INTERVAL=2"),
        ("every 2 weeks", "FREQ=WEEKLY;INTERVAL=2"),
        ("fortnightly", "FREQ=WEEKLY;INTERVAL=2"),
        ("biweekly", "FREQ=WEEKLY;INTERVAL=2"),
        ("every other week", "FREQ=WEEKLY;INTERVAL=2"),
        ("every 3 weeks", "FREQ=WEEKLY;INTERVAL=3"),
        ("monthly", "FREQ=MONTHLY"),
        ("monthly on the third Tuesday", "FREQ=MONTHLY;BYDAY=3TU"),
        ("third Tuesday", "FREQ=MONTHLY;BYDAY=3TU"),
        ("the 3rd tuesday of each month", "FREQ=MONTHLY;BYDAY=3TU"),
        ("last Thursday", "FREQ=MONTHLY;BYDAY=-1TH"),
        ("first Monday of the month", "FREQ=MONTHLY;BYDAY=1MO"),
        ("first and third Wednesday", "FREQ=MONTHLY;BYDAY=1WE,3WE"),
        ("every Thursday", "FREQ=WEEKLY;BYDAY=TH"),
        ("every other Tuesday", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"),
        ("FREQ=MONTHLY;BYDAY=3TU", "FREQ=MONTHLY;BYDAY=3TU"),
        ("RRULE:FREQ=WEEKLY;INTERVAL=2", "FREQ=WEEKLY;INTERVAL=2"),
        ("rrule:interval=2;freq=weekly;", "FREQ=WEEKLY;INTERVAL=2"),
        ("FREQ=WEEKLY;INTERVAL=1;BYDAY=TU", "FREQ=WEEKLY;BYDAY=TU"),
        ("FREQ=WEEKLY;UNTIL=20240601T000000Z", "FREQ=WEEKLY;UNTIL=20240601T000000Z"),
    ],
)
def test_parse_cadence_normalizes(text, rule):
    assert parse_cadence(text) == rule


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("sometimes", "sometimes"),
        ("every 0 weeks", "every 0 weeks"),
        ("ninth Tuesday", "ninth Tuesday"),
        ("BYDAY=TU", "FREQ"),
        ("FREQ=FOO", "FOO"),
        ("FREQ=HOURLY", "HOURLY"),
        ("FREQ=WEEKLY;INTERVAL=0", "INTERVAL=0"),
        ("FREQ=WEEKLY;INTERVAL=two", "INTERVAL=TWO"),
        ("FREQ=WEEKLY;BYDAY=XX", "BYDAY=XX"),
        ("FREQ=WEEKLY;BYDAY=3TU", "without an ordinal in a WEEKLY rule"),
        ("FREQ=MONTHLY;BYDAY=9TU", "BYDAY=9TU"),
        ("FREQ=WEEKLY;COLOR=RED", "COLOR"),
        ("FREQ=WEEKLY;FREQ=DAILY", "FREQ twice"),
        ("FREQ=WEEKLY;UNTIL=2024", "UNTIL=2024"),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "never matches"),
    ],
)
def test_parse_cadence_rejects_with_one_clear_message(text, names):
    with pytest.raises(ScheduleError) as caught:
        parse_cadence(text)
    message = str(caught.value)
    assert names in message
    assert "\n" not in message


def test_unknown_cadence_lists_the_accepted_forms():
    with pytest.raises(ScheduleError, match="weekly, every 2 weeks, monthly"):
        parse_cadence("now and then")


def test_los_angeles_meeting_keeps_its_local_time_across_both_changes():
    first = datetime(2024, 3, 1, 9, 0, tzinfo=LA)
    starts = occurrences(first, "FREQ=WEEKLY", count=40)
    assert {(s.hour, s.minute) for s in starts} == {(9, 0)}
    assert all(s.tzinfo is LA for s in starts)
    offsets = {s.date(): s.utcoffset() for s in starts}
    assert offsets[date(2024, 3, 8)] == timedelta(hours=-8)
    assert offsets[date(2024, 3, 15)] == timedelta(hours=-7)  # after 10 March
    assert offsets[date(2024, 11, 1)] == timedelta(hours=-7)
    assert offsets[date(2024, 11, 8)] == timedelta(hours=-8)  # after 3 November


def test_utc_meeting_keeps_17_utc():
    first = datetime(2024, 1, 2, 17, 0, tzinfo=UTC)
    starts = occurrences(first, "FREQ=WEEKLY", count=52)
    assert [s.weekday() for s in starts] == [1] * 52
    assert {s.utcoffset() for s in starts} == {timedelta(0)}
    assert {(s.hour, s.minute) for s in starts} == {(17, 0)}


def test_skipped_time_is_read_with_the_offset_before_the_gap():
    # 02:30 does not exist in New York on 2024-03-10: RFC 5545 reads it as 03:30 EDT.
    first = datetime(2024, 3, 3, 2, 30, tzinfo=NY)
    starts = occurrences(first, "FREQ=WEEKLY", count=3)
    assert [s.isoformat() for s in starts] == [
        "2024-03-03T02:30:00-05:00",
        "2024-03-10T03:30:00-04:00",
        "2024-03-17T02:30:00-04:00",
    ]


def test_repeated_time_means_its_first_instance():
    first = datetime(2024, 10, 27, 1, 30, tzinfo=NY)
    starts = occurrences(first, "FREQ=WEEKLY", count=3)
    assert [s.isoformat() for s in starts] == [
        "2024-10-27T01:30:00-04:00",
        "2024-11-03T01:30:00-04:00",  # EDT, before the clocks go back at 02:00
        "2024-11-10T01:30:00-05:00",
    ]


def test_after_is_strict_and_fortnights_stay_anchored():
    first = datetime(2024, 1, 2, 17, 0, tzinfo=UTC)
    rule = "FREQ=WEEKLY;INTERVAL=2"
    starts = occurrences(first, rule, count=3, after=datetime(2024, 1, 30, 17, 0, tzinfo=UTC))
    assert [s.date() for s in starts] == [date(2024, 2, 13), date(2024, 2, 27), date(2024, 3, 12)]
    # "after" in another zone is the same instant
    ny_after = datetime(2024, 1, 30, 12, 0, tzinfo=NY)
    assert occurrences(first, rule, count=3, after=ny_after) == starts
    assert occurrences(first, rule, count=1, after=datetime(2024, 1, 30, 16, 59, tzinfo=UTC))[
        0
    ].date() == date(2024, 1, 30)


def test_monthly_by_weekday():
    first = datetime(2024, 1, 16, 16, 0, tzinfo=UTC)
    starts = occurrences(first, parse_cadence("third Tuesday"), count=4)
    assert [s.date() for s in starts] == [
        date(2024, 1, 16),
        date(2024, 2, 20),
        date(2024, 3, 19),
        date(2024, 4, 16),
    ]


def test_count_and_until_in_the_rule_end_the_series():
    first = datetime(2024, 1, 2, 17, 0, tzinfo=UTC)
    assert len(occurrences(first, "FREQ=WEEKLY;COUNT=3", count=10)) == 3
    # UNTIL in UTC against a Berlin series: the 2024-01-16 18:00 CET start is 17:00 UTC.
    berlin = datetime(2024, 1, 2, 18, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    ends = occurrences(berlin, "FREQ=WEEKLY;UNTIL=20240116T170000Z", count=10)
    assert [s.day for s in ends] == [2, 9, 16]
    assert occurrences(first, "FREQ=WEEKLY", count=0) == []


def test_next_occurrence_and_is_occurrence_use_the_meeting_zone_date():
    first = datetime(2024, 1, 2, 17, 0, tzinfo=UTC)
    rule = "FREQ=WEEKLY;INTERVAL=2"
    assert next_occurrence(first, rule, date(2024, 3, 1)) == datetime(2024, 3, 12, 17, tzinfo=UTC)
    assert next_occurrence(first, rule, date(2024, 3, 12)).date() == date(2024, 3, 12)
    assert next_occurrence(first, rule, date(2023, 1, 1)) == first
    assert is_occurrence(first, rule, date(2024, 3, 12))
    assert not is_occurrence(first, rule, date(2024, 3, 5))
    assert not is_occurrence(first, rule, date(2023, 12, 26))
    with pytest.raises(ScheduleError, match="no meeting on or after 2024-03-01"):
        next_occurrence(first, "FREQ=WEEKLY;COUNT=2", date(2024, 3, 1))


def test_previous_occurrence_is_strictly_before():
    first = datetime(2024, 1, 2, 17, 0, tzinfo=UTC)
    rule = "FREQ=WEEKLY;INTERVAL=2"
    before = datetime(2024, 3, 12, 17, 0, tzinfo=UTC)
    assert previous_occurrence(first, rule, before) == datetime(2024, 2, 27, 17, tzinfo=UTC)
    later = before + timedelta(minutes=1)
    assert previous_occurrence(first, rule, later) == before
    assert previous_occurrence(first, rule, first) is None
    # across the change in Los Angeles: the instant, not the wall time, decides
    la = datetime(2024, 3, 1, 9, 0, tzinfo=LA)
    found = previous_occurrence(la, "FREQ=WEEKLY", datetime(2024, 3, 15, 16, 0, tzinfo=UTC))
    assert found == datetime(2024, 3, 8, 9, 0, tzinfo=LA)


def test_naive_start_is_refused():
    with pytest.raises(ScheduleError, match="time zone"):
        occurrences(datetime(2024, 1, 2, 17), "FREQ=WEEKLY", count=1)


@pytest.mark.parametrize(
    ("rule", "kind", "text"),
    [
        ("FREQ=WEEKLY", "weekly", "every week"),
        ("FREQ=WEEKLY;BYDAY=TU", "weekly", "every week on Tuesday"),
        ("FREQ=WEEKLY;INTERVAL=2", "fortnightly", "every 2 weeks"),
        ("FREQ=WEEKLY;INTERVAL=3", "other", "every 3 weeks"),
        ("FREQ=WEEKLY;BYDAY=MO,TH", "other", "every week on Monday and Thursday"),
        ("FREQ=MONTHLY;BYDAY=3TU", "other", "the third Tuesday of each month"),
        ("FREQ=MONTHLY;BYDAY=-1TH", "other", "the last Thursday of each month"),
        ("FREQ=MONTHLY", "other", "every month"),
        ("FREQ=WEEKLY;COUNT=5", "weekly", "every week, 5 times"),
        ("FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU,WE,TH,FR", "other",
         "FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU,WE,TH,FR"),
    ],
)  # fmt: skip
def test_kind_and_description(rule, kind, text):
    assert cadence_kind(rule) == kind
    assert describe(rule) == text
