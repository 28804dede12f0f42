"""Local times per zone, and warnings when a clock change moves someone's meeting time.

US clocks change on the 2nd Sunday of March and the 1st Sunday of November; EU clocks
on the last Sunday of March and of October.  Between the two March changes (and the
two autumn ones) New York is 5 hours behind Berlin instead of 6.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from noteapp.core.errors import ScheduleError
from noteapp.core.schedule.recurrence import occurrences
from noteapp.core.schedule.zones import ClockChange, dst_warnings, local_times, offset_text, zone

UTC = ZoneInfo("UTC")
LA = ZoneInfo("America/Los_Angeles")
NY = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
SUNDAY = calendar.SUNDAY


def _sundays(year: int, month: int) -> list[date]:
    return [
        date(year, month, day)
        for day in range(1, calendar.monthrange(year, month)[1] + 1)
        if date(year, month, day).weekday() == SUNDAY
    ]


def us_changes(year: int) -> tuple[date, date]:
    return _sundays(year, 3)[1], _sundays(year, 11)[0]


def eu_changes(year: int) -> tuple[date, date]:
    return _sundays(year, 3)[-1], _sundays(year, 10)[-1]


def _next_weekday(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7 or 7)


def _by_zone(warnings) -> dict[str, list[date]]:
    out: dict[str, list[date]] = {}
    for warning in warnings:
        out.setdefault(warning.zone, []).append(warning.start.date())
    return out


@pytest.mark.parametrize("year", [2023, 2024, 2025, 2026])
def test_utc_meeting_warns_new_york_and_berlin_in_their_own_change_weeks(year):
    first = datetime(year, 1, 3, 17, 0, tzinfo=UTC)
    while first.weekday() != calendar.TUESDAY:
        first += timedelta(days=1)
    starts = occurrences(first, "FREQ=WEEKLY", count=52)
    found = _by_zone(dst_warnings(starts, ["Europe/Berlin", "America/New_York", "UTC"]))
    us_spring, us_autumn = us_changes(year)
    eu_spring, eu_autumn = eu_changes(year)
    tuesday = calendar.TUESDAY
    assert found == {
        "America/New_York": [_next_weekday(us_spring, tuesday), _next_weekday(us_autumn, tuesday)],
        "Europe/Berlin": [_next_weekday(eu_spring, tuesday), _next_weekday(eu_autumn, tuesday)],
    }  # and nothing for UTC, the meeting's own zone


def test_utc_meeting_messages_for_march_2024():
    starts = occurrences(datetime(2024, 3, 5, 17, 0, tzinfo=UTC), "FREQ=WEEKLY", count=8)
    warnings = dst_warnings(starts, ["Europe/Berlin", "America/New_York"])
    assert [w.message for w in warnings] == [
        "From 2024-03-12 the call is at 13:00 in America/New_York (was 12:00): "
        "clocks changed on 2024-03-10.",
        "From 2024-04-02 the call is at 19:00 in Europe/Berlin (was 18:00): "
        "clocks changed on 2024-03-31.",
    ]
    ny = warnings[0]
    assert ny.date == date(2024, 3, 12)
    assert (ny.before.hour, ny.after.hour) == (12, 13)
    assert ny.changes == (ClockChange("America/New_York", date(2024, 3, 10)),)


def test_the_weeks_when_us_and_eu_differ():
    # 2024-03-10..2024-03-31: New York has changed, Berlin has not.
    starts = occurrences(datetime(2024, 3, 5, 17, 0, tzinfo=UTC), "FREQ=WEEKLY", count=5)
    table = {
        s.date(): [t.when.strftime("%H:%M %Z") for t in local_times(s, ["America/New_York",
                                                                        "Europe/Berlin"])]
        for s in starts
    }  # fmt: skip
    assert table == {
        date(2024, 3, 5): ["12:00 EST", "18:00 CET"],
        date(2024, 3, 12): ["13:00 EDT", "18:00 CET"],
        date(2024, 3, 19): ["13:00 EDT", "18:00 CET"],
        date(2024, 3, 26): ["13:00 EDT", "18:00 CET"],
        date(2024, 4, 2): ["13:00 EDT", "19:00 CEST"],
    }


@pytest.mark.parametrize("year", [2024, 2025])
def test_los_angeles_meeting_warns_utc_and_berlin_but_not_new_york(year):
    first = datetime(year, 1, 1, 9, 0, tzinfo=LA)
    while first.weekday() != calendar.FRIDAY:
        first += timedelta(days=1)
    starts = occurrences(first, "FREQ=WEEKLY", count=52)
    zones = ["UTC", "Europe/Berlin", "America/New_York"]
    found = _by_zone(dst_warnings(starts, zones))
    us_spring, us_autumn = us_changes(year)
    eu_spring, eu_autumn = eu_changes(year)
    friday = calendar.FRIDAY
    us = [_next_weekday(us_spring, friday), _next_weekday(us_autumn, friday)]
    eu = [_next_weekday(eu_spring, friday), _next_weekday(eu_autumn, friday)]
    assert found == {"UTC": us, "Europe/Berlin": sorted(us + eu)}
    # New York and Los Angeles change on the same night: 12:00 all year.
    assert {s.astimezone(NY).hour for s in starts} == {12}


def test_los_angeles_meeting_names_whose_clocks_changed():
    starts = occurrences(datetime(2024, 3, 1, 9, 0, tzinfo=LA), "FREQ=WEEKLY", count=6)
    messages = [w.message for w in dst_warnings(starts, ["Europe/Berlin", "UTC"])]
    assert messages == [
        "From 2024-03-15 the call is at 17:00 in Europe/Berlin (was 18:00): "
        "clocks changed in America/Los_Angeles on 2024-03-10.",
        "From 2024-03-15 the call is at 16:00 in UTC (was 17:00): "
        "clocks changed in America/Los_Angeles on 2024-03-10.",
        "From 2024-04-05 the call is at 18:00 in Europe/Berlin (was 17:00): "
        "clocks changed on 2024-03-31.",
    ]


def test_autumn_changes_for_a_los_angeles_meeting():
    starts = occurrences(datetime(2024, 10, 18, 9, 0, tzinfo=LA), "FREQ=WEEKLY", count=8)
    warnings = dst_warnings(starts, ["Europe/Berlin", "UTC"])
    assert [(w.zone, w.date, w.before.hour, w.after.hour) for w in warnings] == [
        ("Europe/Berlin", date(2024, 11, 1), 18, 17),  # EU fell back on 27 October
        ("Europe/Berlin", date(2024, 11, 8), 17, 18),  # US fell back on 3 November
        ("UTC", date(2024, 11, 8), 16, 17),
    ]


def test_a_day_change_is_named_with_the_weekday():
    # 08:30 Friday in Los Angeles is 01:30 Saturday in Tokyo, then 00:30 after 10 March.
    starts = occurrences(datetime(2024, 3, 8, 8, 30, tzinfo=LA), "FREQ=WEEKLY", count=2)
    (warning,) = dst_warnings(starts, ["Asia/Tokyo"])
    assert warning.message.startswith("From 2024-03-16 the call is at 00:30 in Asia/Tokyo")
    starts = occurrences(datetime(2024, 3, 8, 7, 30, tzinfo=LA), "FREQ=WEEKLY", count=2)
    (warning,) = dst_warnings(starts, ["Asia/Tokyo"])
    assert "at Fri 23:30 in Asia/Tokyo (was Sat 00:30)" in warning.message


def test_meeting_in_the_spring_gap_warns_in_its_own_zone():
    starts = occurrences(datetime(2024, 3, 3, 2, 30, tzinfo=NY), "FREQ=WEEKLY", count=3)
    warnings = dst_warnings(starts, ["UTC"])
    assert [(w.zone, w.date, w.after.strftime("%H:%M")) for w in warnings] == [
        ("America/New_York", date(2024, 3, 10), "03:30"),
        ("America/New_York", date(2024, 3, 17), "02:30"),
        ("UTC", date(2024, 3, 17), "06:30"),
    ]


def test_no_warnings_without_a_change():
    starts = occurrences(datetime(2024, 6, 4, 17, 0, tzinfo=UTC), "FREQ=WEEKLY", count=8)
    assert dst_warnings(starts, ["Europe/Berlin", "America/New_York", "Asia/Tokyo"]) == []
    assert dst_warnings([], ["Europe/Berlin"]) == []


def test_local_times_with_offsets_and_day_shifts():
    start = datetime(2024, 3, 5, 17, 0, tzinfo=UTC)
    times = local_times(start, ["UTC", "Asia/Tokyo", "Asia/Kolkata", "America/Sao_Paulo"])
    assert [(t.zone, f"{t.when:%H:%M}", t.offset, t.abbreviation, t.day_shift) for t in times] == [
        ("UTC", "17:00", "UTC", "UTC", ""),
        ("Asia/Tokyo", "02:00", "UTC+9", "JST", "+1 day"),
        ("Asia/Kolkata", "22:30", "UTC+5:30", "IST", ""),
        ("America/Sao_Paulo", "14:00", "UTC-3", "UTC-3", ""),  # the zone has no letters
    ]
    (la,) = local_times(datetime(2024, 3, 5, 2, 0, tzinfo=UTC), ["PT"])
    assert (la.zone, la.day_shift, la.abbreviation) == ("America/Los_Angeles", "-1 day", "PST")
    assert offset_text(timedelta(hours=-9, minutes=-30)) == "UTC-9:30"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("CEST", "Europe/Berlin"),
        ("ET", "America/New_York"),
        ("Los Angeles", "America/Los_Angeles"),
        (" UTC ", "UTC"),
    ],
)
def test_zone_names(name, key):
    assert zone(name).key == key


def test_unknown_zone_suggests_close_names():
    with pytest.raises(ScheduleError) as caught:
        zone("Europe/Berlim")
    assert str(caught.value).startswith("'Europe/Berlim' is not a time zone I know; did you mean")
    assert "Europe/Berlin" in str(caught.value)
    with pytest.raises(ScheduleError, match="America/New_York"):
        zone("America/NewYork")
    with pytest.raises(ScheduleError, match=r"'Mars/Olympus' .* such as Europe/Berlin"):
        zone("Mars/Olympus")
    with pytest.raises(ScheduleError, match="empty"):
        zone("  ")


# What people write, and the clock they mean; each also names a legacy IANA zone (EST,
# MST, HST, CET, EET, MET, WET) or none (PST, BST, IST...).
WRITTEN = [
    ("EST", "America/New_York", "10:00 EDT"),
    ("EDT", "America/New_York", "10:00 EDT"),
    ("ET", "America/New_York", "10:00 EDT"),
    ("MST", "America/Denver", "08:00 MDT"),
    ("HST", "Pacific/Honolulu", "04:00 HST"),
    ("PST", "America/Los_Angeles", "07:00 PDT"),
    ("pt", "America/Los_Angeles", "07:00 PDT"),
    ("CET", "Europe/Berlin", "16:00 CEST"),
    ("EET", "Europe/Athens", "17:00 EEST"),
    ("MET", "Europe/Berlin", "16:00 CEST"),
    ("WET", "Europe/Lisbon", "15:00 WEST"),
    ("BST", "Europe/London", "15:00 BST"),
    ("IST", "Asia/Kolkata", "19:30 IST"),
    ("JST", "Asia/Tokyo", "23:00 JST"),
    ("AEST", "Australia/Sydney", "00:00 AEST"),
    ("PST/PDT", "America/Los_Angeles", "07:00 PDT"),
]


@pytest.mark.parametrize(("written", "key", "july"), WRITTEN, ids=[w for w, _, _ in WRITTEN])
def test_an_abbreviation_means_that_regions_clock_summer_time_included(written, key, july):
    assert zone(written).key == key
    (local,) = local_times(datetime(2024, 7, 9, 14, 0, tzinfo=UTC), [written])
    assert f"{local.when:%H:%M} {local.abbreviation}" == july


def test_a_nine_oclock_est_call_in_july_is_at_nine_new_york_time():
    start = datetime(2024, 7, 9, 9, 0, tzinfo=zone("EST"))
    assert start.utcoffset() == timedelta(hours=-4)  # EDT: New York's clock, not UTC-5
    (berlin,) = local_times(start, ["Europe/Berlin"])
    assert f"{berlin.when:%H:%M}" == "15:00"


def test_notes_and_the_command_line_read_abbreviations_with_one_table():
    from noteapp.core.meeting.when import resolve_zone
    from noteapp.core.schedule.zone_abbreviations import ABBREVIATIONS

    for written, key in ABBREVIATIONS.items():
        assert resolve_zone(written) == key == zone(written).key
        ZoneInfo(key)  # every target is a real zone
