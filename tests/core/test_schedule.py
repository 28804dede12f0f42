"""plan(): the rows, warnings and links that the command and the window show."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from noteapp.core.series.upcoming import format_plan, plan

UTC = ZoneInfo("UTC")


def test_plan_for_a_weekly_utc_call():
    first = datetime(2024, 3, 5, 17, 0, tzinfo=UTC)
    result = plan(first, "FREQ=WEEKLY", zones=["Europe/Berlin", "ET", "UTC"], title="Call")
    assert result.zones == ("UTC", "Europe/Berlin", "America/New_York")
    assert len(result.rows) == 8
    assert [t.zone for t in result.rows[0].times] == list(result.zones)
    assert [(w.zone, w.date) for w in result.warnings] == [
        ("America/New_York", date(2024, 3, 12)),
        ("Europe/Berlin", date(2024, 4, 2)),
    ]
    assert result.description == "every week"
    assert result.arewemeetingyet == "https://arewemeetingyet.com/UTC/2024-03-05/17:00/w/Call"
    assert result.timeanddate is not None and "iso=20240305T17&p1=1440&ah=1" in result.timeanddate


def test_a_change_just_before_the_first_row_is_reported():
    first = datetime(2024, 1, 2, 17, 0, tzinfo=UTC)
    after = datetime(2024, 3, 11, 0, 0, tzinfo=UTC)  # the day after New York changed
    result = plan(first, "FREQ=WEEKLY", zones=["America/New_York"], count=2, after=after)
    assert [r.start.date() for r in result.rows] == [date(2024, 3, 12), date(2024, 3, 19)]
    (warning,) = result.warnings
    assert (warning.date, warning.before.hour, warning.after.hour) == (date(2024, 3, 12), 12, 13)


def test_single_meeting_and_an_empty_range():
    start = datetime(2024, 3, 5, 17, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    one = plan(start, None, zones=[], after=start + timedelta(days=30))
    assert one.starts == (start,)
    assert one.description == "a single meeting"
    assert one.arewemeetingyet == "https://arewemeetingyet.com/Berlin/2024-03-05/17:00/Meeting"
    ended = plan(start, "FREQ=WEEKLY;COUNT=2", zones=[], after=start + timedelta(days=30))
    assert ended.rows == () and ended.warnings == () and ended.arewemeetingyet is None
    assert "No meetings in that range." in format_plan(ended)
