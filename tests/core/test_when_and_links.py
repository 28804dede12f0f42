"""Dates, start times and zones, and the links worth knowing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from noteapp.core.meeting.links import find_links
from noteapp.core.meeting.when import date_from_path, find_when, parse_date, resolve_zone
from noteapp.core.text.frontmatter import parse_front_matter
from noteapp.core.text.outline import Outline
from noteapp.core.text.source import read_note


def when_of(text: str, path: str | None = None):
    fm = parse_front_matter(text)
    outline = Outline(text, fm.end)
    return find_when(outline, fm, Path(path) if path else None, find_links(outline))


@pytest.mark.parametrize(
    ("name", "date"),
    [
        ("2024-01-24.md", "2024-01-24"),
        ("20230118_agenda_and_minutes.md", "2023-01-18"),
        ("2018-02-21-packaging.md", "2018-02-21"),
        ("2018-01-04_report.md", "2018-01-04"),
        ("20260127-community/index.md", "2026-01-27"),
        ("2022-10-07", "2022-10-07"),
        ("2025-02-03-to-2025-09-01.md", "2025-02-03"),
        ("may_the_4th.md", None),
        ("2022-02-30.md", None),
    ],
)
def test_dates_from_file_names(name, date):
    found = date_from_path(Path("notes") / name)
    assert (found.isoformat() if found else None) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("13th February, 2019", "2019-02-13"),
        ("Thursday 19th November 2020", "2020-11-19"),
        ("Thursday, August 15, 2019, 7am UTC", "2019-08-15"),
        ("Feb 26th, 2024", "2024-02-26"),
        ("2024年07月09日（火）19:00", "2024-07-09"),
        ("2024/06/11（火）", "2024-06-11"),
        ("Jan 29th 5pm CEST", None),
    ],
)
def test_dates_written_in_text(text, date):
    found = parse_date(text)
    assert (found.isoformat() if found else None) == date


def test_the_trust_order_front_matter_then_date_line_then_file_name_then_heading():
    text = '---\ndate: "2025-01-14"\n---\n# Meeting 2025-01-15\n- **Date:** 2025-01-16\n'
    assert when_of(text, "2025-01-13.md").date == dt.date(2025, 1, 14)
    # an explicit meeting date in the text beats a (blog post's) file-name date
    text = "# Meeting 2025-01-15\n- **Date:** 2025-01-16\n"
    assert when_of(text, "2025-01-13.md").date == dt.date(2025, 1, 16)
    assert when_of("# Meeting 2025-01-15\n", "2025-01-13.md").date == dt.date(2025, 1, 13)
    assert when_of("# Meeting 2025-01-15\n", "notes.md").date == dt.date(2025, 1, 15)
    assert when_of("# Meeting\n- **Date:** 16 January 2025\n").date == dt.date(2025, 1, 16)


@pytest.mark.parametrize(
    ("text", "path", "date"),
    [
        ("# Telcon - 23 January\n", "minutes/2031/telcons/01-23-minutes.md", "2031-01-23"),
        ("# Telcon\n", "minutes/2031/telcons/01-23-minutes.md", "2031-01-23"),
        ("# Call, Jan 30th\n", "notes/2031/call.md", "2031-01-30"),
        ("# Notes\n", "LDM-2031-04-12-22.md", "2031-04-12"),
        ("### Meeting Date/Time: 2/10/2031 14:00PM UTC\n", "call_066.md", "2031-02-10"),
        ("Datum: 16-02-2031\n", "x.md", "2031-02-16"),
    ],
)
def test_dates_completed_by_a_folder_year_and_written_in_many_ways(text, path, date):
    assert when_of(text, path).date == dt.date.fromisoformat(date)


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("Time: 10:00-11:00 UTC", "2031-03-04T10:00:00+00:00"),
        ("**When:** 2pm to 3:30pm CET", "2031-03-04T14:00:00+01:00"),
        ("- Time: 9 AM – 10 AM PT", "2031-03-04T09:00:00-08:00"),
        ("Meeting time: 10-11am UTC", "2031-03-04T10:00:00+00:00"),
        ("- 会议时间：2031/03/04 20:00-21:00 (GMT+08:00)", "2031-03-04T20:00:00+08:00"),
        ("* Date: 2031-03-04T13:00:00Z", "2031-03-04T13:00:00+00:00"),
        ("### Meeting Date/Time: March 4, 2031, 14:00-15:30 UTC", "2031-03-04T14:00:00+00:00"),
        ("Time: [15:00 UTC](https://example.org/convert)", "2031-03-04T15:00:00+00:00"),
    ],
)
def test_the_start_is_the_first_time_of_a_range(line, start):
    when = when_of(f"# Call\n\n{line}\n", "2031-03-04.md")
    assert when.start is not None and when.start.isoformat() == start


@pytest.mark.parametrize(
    ("line", "start", "zone"),
    [
        ("- **Time:** 5 PM UTC", "2022-04-06T17:00:00+00:00", "UTC"),
        ("- **Time:** 8:30 AM PDT", "2022-04-06T08:30:00-07:00", "America/Los_Angeles"),
        ("- **Time:** 8:30 AM PST/PDT", "2022-04-06T08:30:00-07:00", "America/Los_Angeles"),
        ("- **Time:** 9AM Europe/London", "2022-04-06T09:00:00+01:00", "Europe/London"),
        ("Time: 20:00 BST (15:00 EDT).", "2022-04-06T20:00:00+01:00", "Europe/London"),
        ("Date and time: 20:00 GMT", "2022-04-06T20:00:00+00:00", "GMT"),
        ("- Time: **16:30 UTC on 2022-04-06**", "2022-04-06T16:30:00+00:00", "UTC"),
        ("- **Time:** 12 pm ET", "2022-04-06T12:00:00-04:00", "America/New_York"),
    ],
)
def test_stated_times_become_aware_starts(line, start, zone):
    when = when_of(f"# Call\n\n{line}\n", "2022-04-06.md")
    assert when.start.isoformat() == start
    assert when.timezone == zone


def test_time_from_links_uses_the_notes_date_for_a_stale_weekly_link():
    text = (
        "# 2020-12-02 conda-forge core meeting\n"
        "[When](https://arewemeetingyet.com/UTC/2020-08-26/17:00/w/Conda-forge%20dev)\n"
    )
    when = when_of(text)
    assert when.date == dt.date(2020, 12, 2)
    assert when.start.isoformat() == "2020-12-02T17:00:00+00:00"
    text = "# Call\n[t](https://arewemeetingyet.com/Los%20Angeles/2021-04-27/8:00/JupyterHub)\n"
    when = when_of(text)
    assert when.start.isoformat() == "2021-04-27T08:00:00-07:00"
    assert when.timezone == "America/Los_Angeles"
    when = when_of("# Call\n[t](https://dateful.com/convert/utc?t=5pm)\n", "2024-01-24.md")
    assert when.start.isoformat() == "2024-01-24T17:00:00+00:00"


def test_zone_names():
    assert resolve_zone("Los Angeles") == "America/Los_Angeles"
    assert resolve_zone("Zurich time") == "Europe/Zurich"
    assert resolve_zone("Europe/London") == "Europe/London"
    assert resolve_zone("Mars/Olympus") is None
    assert resolve_zone("ON") is None


def test_corpus_times(corpus):
    cases = {
        "jupyterhub/2022-04-06.md": ("2022-04-06", "2022-04-06T08:30:00-07:00"),
        "jupyterhub/2023-01-17.md": ("2023-01-17", "2023-01-17T18:00:00+00:00"),
        "zarr/2019-05-22.md": ("2019-05-22", "2019-05-22T20:00:00+01:00"),
        "conda-forge/2020-11-18.md": ("2020-11-18", "2020-11-18T17:00:00+00:00"),
        "zarr/may_the_4th.md": (None, None),  # its description has no year either
        "czi-conda-forge/TEMPLATE.md": (None, None),
    }
    for name, (date, start) in cases.items():
        path = corpus / name
        when = when_of(read_note(path).text, str(path))
        assert (when.date.isoformat() if when.date else None) == date, name
        assert (when.start.isoformat() if when.start else None) == start, name


def test_links_are_classified_and_code_is_skipped():
    text = (
        "- [Zoom](https://zoom.us/j/123?pwd=x)\n"
        "- <https://hackmd.io/abc>.\n"
        "- https://timeanddate.com/worldclock/fixedtime.html?iso=20240124T17&p1=1440\n"
        "- https://example.org/not-interesting\n"
        "```\nhttps://meet.jit.si/in-code\n```\n"
        "<!-- https://meet.google.com/in-comment -->\n"
    )
    links = find_links(Outline(text))
    assert [(link.kind, link.url, link.line) for link in links] == [
        ("video", "https://zoom.us/j/123?pwd=x", 1),
        ("hackmd", "https://hackmd.io/abc", 2),
        (
            "timeanddate",
            "https://timeanddate.com/worldclock/fixedtime.html?iso=20240124T17&p1=1440",
            3,
        ),
    ]
