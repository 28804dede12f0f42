"""``noteapp schedule``: the table, the clock-change warnings, links, .ics, and errors."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from noteapp.cli import main

WEEKLY_UTC = ["schedule", "--start", "2024-03-05 17:00", "--zone", "UTC", "--every", "week"]

SERIES = """\
title = "Team call"
template = "hackmd"
cadence = "every 2 weeks"
start = 2024-01-09 09:00:00
zone = "America/Los_Angeles"
duration = 45
path = "{date}.md"

[[roster]]
name = "Ada Lovelace"
zone = "Europe/London"

[[roster]]
name = "Grace Hopper"
zone = "America/New_York"

[[roster]]
name = "No Zone"
"""


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_weekly_utc_call_warns_in_the_weeks_new_york_and_berlin_change(capsys):
    status, out, err = _run(
        capsys, *WEEKLY_UTC, "--zones", "Europe/Berlin,America/New_York",
        "--from", "2024-03-01", "--count", "8", "--title", "Community call",
    )  # fmt: skip
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Community call: every week, 1 h, from Tue 2024-03-05 17:00 UTC"
    assert lines[2].split() == ["UTC", "|", "Europe/Berlin", "|", "America/New_York"]
    rows = [line for line in lines if line[:3] in ("Tue",) and "UTC |" in line]
    assert len(rows) == 8
    assert rows[0] == "Tue 2024-03-05  17:00 UTC | 18:00 CET     | 12:00 EST"
    assert rows[1] == "Tue 2024-03-12  17:00 UTC | 18:00 CET     | 13:00 EDT"
    assert rows[4] == "Tue 2024-04-02  17:00 UTC | 19:00 CEST    | 13:00 EDT"
    warnings = [line.strip() for line in lines if line.strip().startswith("!")]
    assert warnings == [
        "! From 2024-03-12 the call is at 13:00 in America/New_York (was 12:00): "
        "clocks changed on 2024-03-10.",
        "! From 2024-04-02 the call is at 19:00 in Europe/Berlin (was 18:00): "
        "clocks changed on 2024-03-31.",
    ]
    assert "  https://arewemeetingyet.com/UTC/2024-03-05/17:00/w/Community%20call" in lines
    assert (
        "  https://www.timeanddate.com/worldclock/fixedtime.html"
        "?msg=Community+call&iso=20240305T17&p1=1440&ah=1"
    ) in lines


def test_from_skips_to_later_meetings_and_count_limits_them(capsys):
    status, out, _ = _run(capsys, *WEEKLY_UTC, "--from", "2024-10-23", "--count", "2",
                          "--zones", "Europe/Berlin")  # fmt: skip
    assert status == 0
    assert "Tue 2024-10-29  17:00 UTC | 18:00 CET" in out
    assert "Tue 2024-10-22" not in out and "2024-11-12" not in out
    assert "From 2024-10-29 the call is at 18:00 in Europe/Berlin (was 19:00)" in out


def test_los_angeles_third_tuesday_with_an_ics(capsys, tmp_path):
    target = tmp_path / "call.ics"
    status, out, err = _run(
        capsys, "schedule", "--start", "2024-01-16 09:00", "--zone", "America/Los_Angeles",
        "--every", "third Tuesday", "--zones", "UTC,Europe/Berlin", "--from", "2024-02-01",
        "--count", "3", "--duration", "30", "--title", "HPC", "--ics", str(target),
    )  # fmt: skip
    assert (status, err) == (0, "")
    assert "HPC: the third Tuesday of each month, 30 min" in out
    assert "Tue 2024-03-19  09:00 PDT           | 16:00 UTC | 17:00 CET" in out
    assert "From 2024-03-19 the call is at 16:00 in UTC (was 17:00)" in out
    # not weekly: the dated arewemeetingyet form, for the next meeting
    assert "https://arewemeetingyet.com/Los%20Angeles/2024-02-20/09:00/HPC" in out
    assert f"Calendar written to {target}" in out
    (event,) = Calendar.from_ical(target.read_bytes()).events
    start = event.decoded("dtstart")
    assert start == datetime(2024, 1, 16, 9, 0, tzinfo=ZoneInfo("America/Los_Angeles"))
    expanded = list(
        rrulestr(event["rrule"].to_ical().decode(), dtstart=start).xafter(start, 4, inc=True)
    )
    assert [s.astimezone(UTC).hour for s in expanded] == [17, 17, 16, 16]
    assert [s.day for s in expanded] == [16, 20, 19, 16]


def test_single_meeting_without_every(capsys, tmp_path):
    target = tmp_path / "one.ics"
    status, out, _ = _run(
        capsys, "schedule", "--start", "2024-11-03 01:30", "--zone", "ET",
        "--zones", "UTC", "--from", "2025-01-01", "--ics", str(target),
    )  # fmt: skip
    assert status == 0
    assert "Meeting: a single meeting, 1 h" in out
    assert "Sun 2024-11-03  01:30 EDT        | 05:30 UTC" in out  # the first 01:30 of two
    assert "https://arewemeetingyet.com/New%20York/2024-11-03/01:30/Meeting" in out
    (event,) = Calendar.from_ical(target.read_bytes()).events
    assert "rrule" not in event
    assert event.decoded("dtstart").astimezone(UTC) == datetime(2024, 11, 3, 5, 30, tzinfo=UTC)


def test_series_uses_its_roster_zones_and_utc(capsys, tmp_path):
    (tmp_path / "series").mkdir()
    (tmp_path / "series" / "team.toml").write_text(SERIES, encoding="utf-8")
    status, out, err = _run(capsys, "schedule", "--series", "team", "--workspace", str(tmp_path),
                            "--from", "2024-03-01", "--count", "4")  # fmt: skip
    assert (status, err) == (0, "")
    header = out.splitlines()[2].split(" | ")
    assert [h.strip() for h in header] == [
        "America/Los_Angeles", "UTC", "Europe/London", "America/New_York",
    ]  # fmt: skip
    assert out.startswith("Team call: every 2 weeks, 45 min, from Tue 2024-01-09 09:00")
    assert "Tue 2024-03-05  09:00 PST" in out and "Tue 2024-03-19  09:00 PDT" in out
    assert "https://arewemeetingyet.com/Los%20Angeles/2024-03-05/09:00/b/Team%20call" in out
    assert "From 2024-03-19 the call is at 16:00 in UTC (was 17:00)" in out
    status, out, _ = _run(capsys, "schedule", "--series", "team", "--workspace", str(tmp_path),
                          "--from", "2024-03-01", "--zones", "Asia/Tokyo")  # fmt: skip
    assert [h.strip() for h in out.splitlines()[2].split(" | ")] == [
        "America/Los_Angeles", "Asia/Tokyo",
    ]  # fmt: skip


def _fails(capsys, tmp_path, *argv: str) -> str:
    before = sorted(tmp_path.rglob("*"))
    status, out, err = _run(capsys, *argv)
    assert status == 2
    assert out == ""
    assert err.startswith("noteapp: ") and err.count("\n") == 1
    assert sorted(tmp_path.rglob("*")) == before  # nothing written, not even a temp file
    return err


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--zone", "Europe/Berlim"], "'Europe/Berlim' is not a time zone I know; did you mean"),
        (["--zones", "UTC,Mars/Base"], "'Mars/Base' is not a time zone I know"),
        (["--start", "2024-02-30 17:00"], "--start '2024-02-30 17:00' does not exist"),
        (["--start", "2024-03-05 25:00"], "--start '2024-03-05 25:00' does not exist"),
        (["--start", "next Tuesday"], "is not a date and time; write it as"),
        (["--every", "FREQ=WEEKLY;BYDAY=TX"], "The rule 'FREQ=WEEKLY;BYDAY=TX' has BYDAY=TX"),
        (["--every", "FREQ=MONTHLY;BYDAY=3TU;WKST=XY"], "is not a valid RFC 5545 rule"),
        (["--every", "FREQ=WEEKLY;INTERVAL=0"], "INTERVAL=0"),
        (["--every", "now and then"], "'now and then' is not a cadence I know"),
        (["--from", "2024-13-01"], "--from '2024-13-01' is not a real day"),
        (["--count", "0"], "--count must be at least 1"),
    ],
)
def test_user_errors_give_one_message_and_write_nothing(capsys, tmp_path, argv, says):
    args = dict(zip(WEEKLY_UTC[1::2], WEEKLY_UTC[2::2], strict=True))
    args.update(zip(argv[::2], argv[1::2], strict=True))
    args.setdefault("--from", "2024-03-01")
    flat = [item for pair in args.items() for item in pair]
    err = _fails(capsys, tmp_path, "schedule", *flat, "--ics", str(tmp_path / "x.ics"))
    assert says in err


def test_ics_into_a_missing_folder_leaves_nothing_behind(capsys, tmp_path):
    target = tmp_path / "missing" / "call.ics"
    err = _fails(capsys, tmp_path, *WEEKLY_UTC, "--from", "2024-03-01", "--ics", str(target))
    assert f"{target}: no such file or folder, nothing was written — check the path" in err
    assert not target.parent.exists()


def test_ics_onto_a_folder_is_refused(capsys, tmp_path):
    (tmp_path / "folder.ics").mkdir()
    err = _fails(capsys, tmp_path, *WEEKLY_UTC, "--from", "2024-03-01",
                 "--ics", str(tmp_path / "folder.ics"))  # fmt: skip
    assert "folder.ics: is a folder, nothing was written — give a file name" in err


def test_missing_or_conflicting_arguments(capsys, tmp_path):
    assert "give --series NAME" in _fails(capsys, tmp_path, "schedule", "--count", "3")
    assert "--start needs --zone" in _fails(capsys, tmp_path, "schedule", "--start",
                                            "2024-03-05 17:00")  # fmt: skip
    err = _fails(capsys, tmp_path, "schedule", "--series", "nope-no-such-series",
                 "--workspace", str(tmp_path))  # fmt: skip
    assert "no series named 'nope-no-such-series'" in err
    err = _fails(capsys, tmp_path, "schedule", "--series", "x", "--every", "week")
    assert "leave them out with --series" in err


def test_zone_abbreviations_are_read_as_regions_and_the_output_says_so(capsys):
    status, out, err = _run(
        capsys, "schedule", "--start", "2024-07-09 09:00", "--zone", "EST", "--every", "week",
        "--from", "2024-07-01", "--count", "2", "--zones", "UTC,PST,CET",
    )  # fmt: skip
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == (
        "Zones: EST read as America/New_York, PST read as America/Los_Angeles, "
        "CET read as Europe/Berlin."
    )
    row = next(line for line in lines if line.startswith("Tue 2024-07-09"))
    assert row.split(" | ")[0].rstrip().endswith("09:00 EDT")  # not 10:00 EDT from a fixed UTC-5
    assert "13:00 UTC" in row and "06:00 PDT" in row and "15:00 CEST" in row


def test_a_series_roster_zone_written_est_is_new_york(tmp_path):
    from noteapp.core.series.model import load_series
    from noteapp.core.series.upcoming import series_zones

    folder = tmp_path / "series"
    folder.mkdir()
    (folder / "team.toml").write_text(
        SERIES.replace('zone = "America/New_York"', 'zone = "EST"'), encoding="utf-8"
    )
    zones, skipped = series_zones(load_series("team", tmp_path))
    assert skipped == []
    assert "America/New_York" in zones and "EST" not in zones
