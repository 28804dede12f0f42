"""Time-zone links in exactly the forms the real notes (and meeting pages) use."""

from __future__ import annotations

import base64
import json
import re
from datetime import datetime, timedelta
from urllib.parse import unquote
from zoneinfo import ZoneInfo

import pytest

from noteapp.core.schedule.tzlinks import arewemeetingyet_url, timeanddate_url
from noteapp.core.schedule.zones import zone

UTC = ZoneInfo("UTC")
WEEKLY, FORTNIGHTLY = "FREQ=WEEKLY", "FREQ=WEEKLY;INTERVAL=2"


@pytest.mark.parametrize(
    ("start", "title", "rule", "link"),
    [
        # corpus/conda-forge (with the base64 fragment below), corpus/conda, corpus/zarr
        (datetime(2023, 1, 18, 17, 0, tzinfo=UTC), "Conda community meeting", FORTNIGHTLY,
         "https://arewemeetingyet.com/UTC/2023-01-18/17:00/b/Conda%20community%20meeting"),
        (datetime(2020, 3, 25, 20, 0, tzinfo=UTC), "Zarr/N5 community conference call",
         FORTNIGHTLY,
         "https://arewemeetingyet.com/UTC/2020-03-25/20:00/b/"
         "Zarr%2FN5%20community%20conference%20call"),
        (datetime(2020, 12, 1, 9, 0, tzinfo=ZoneInfo("America/Chicago")),
         "Conda community meeting", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
         "https://arewemeetingyet.com/Chicago/2020-12-01/09:00/b/Conda%20community%20meeting"),
        # corpus/jupyterhub: single meetings, city names with a space
        (datetime(2022, 4, 6, 8, 30, tzinfo=ZoneInfo("America/Los_Angeles")), "JupyterHub-HPC",
         None, "https://arewemeetingyet.com/Los%20Angeles/2022-04-06/08:30/JupyterHub-HPC"),
        (datetime(2023, 1, 17, 18, 0, tzinfo=ZoneInfo("Europe/London")), "Hubs-Team-Meeting",
         "FREQ=MONTHLY;BYDAY=3TU",
         "https://arewemeetingyet.com/London/2023-01-17/18:00/Hubs-Team-Meeting"),
        (datetime(2020, 11, 19, 17, 0, tzinfo=UTC), "Hubs-Team-Meeting", None,
         "https://arewemeetingyet.com/UTC/2020-11-19/17:00/Hubs-Team-Meeting"),
    ],
)  # fmt: skip
def test_arewemeetingyet_forms_from_the_corpus(start, title, rule, link):
    assert arewemeetingyet_url(start, title, rule) == link


def test_arewemeetingyet_weekly_with_the_notes_link_as_conda_forge_writes_it():
    link = arewemeetingyet_url(
        datetime(2020, 8, 26, 17, 0, tzinfo=UTC),
        "Conda-forge dev meeting",
        WEEKLY,
        url="https://hackmd.io/pRMytUJWQfSsI3lo0ijC2Q?edit",
    )
    assert link == (
        "https://arewemeetingyet.com/UTC/2020-08-26/17:00/w/Conda-forge%20dev%20meeting"
        "#eyJ1cmwiOiJodHRwczovL2hhY2ttZC5pby9wUk15dFVKV1FmU3NJM2xvMGlqQzJRP2VkaXQifQ=="
    )


def test_arewemeetingyet_uses_the_local_date_and_other_cadences_get_the_dated_form():
    start = datetime(2024, 3, 12, 23, 30, tzinfo=ZoneInfo("Asia/Kolkata"))
    assert arewemeetingyet_url(start, "", "FREQ=WEEKLY;INTERVAL=3") == (
        "https://arewemeetingyet.com/Kolkata/2024-03-12/23:30/Meeting"
    )
    twice = arewemeetingyet_url(start, "Call", "FREQ=WEEKLY;BYDAY=TU,TH")
    assert "/w/" not in twice and "/b/" not in twice
    etc = datetime(2024, 3, 12, 17, 0, tzinfo=ZoneInfo("Etc/UTC"))
    assert arewemeetingyet_url(etc, "x", WEEKLY).startswith("https://arewemeetingyet.com/UTC/")


_AWMY = re.compile(
    r"https?://arewemeetingyet\.com/(?P<place>[^/\s]+)/(?P<date>\d{4}-\d{2}-\d{2})/"
    r"(?P<time>\d{2}:\d{2})/(?:(?P<flag>[wb])/)?(?P<title>[^/\s#)>`\"]+)(?:#(?P<frag>[\w=+/]+))?"
)


@pytest.mark.corpus
def test_every_well_formed_arewemeetingyet_link_in_the_corpus_is_regenerated(corpus):
    """Rebuild each real link from its parts; scheme aside, ours must be identical."""
    seen = 0
    for path in corpus.rglob("*.md"):
        for match in _AWMY.finditer(path.read_text(encoding="utf-8", errors="replace")):
            tz = zone(unquote(match["place"]))
            day = datetime.fromisoformat(f"{match['date']}T{match['time']}").replace(tzinfo=tz)
            rule = {"w": WEEKLY, "b": FORTNIGHTLY}.get(match["flag"] or "")
            url = None
            if match["frag"]:
                try:
                    url = json.loads(base64.b64decode(match["frag"]))["url"]
                except ValueError:  # cut short with "…" in prose
                    continue
            ours = arewemeetingyet_url(day, unquote(match["title"]), rule, url=url)
            assert ours.split("://", 1)[1] == match.group().split("://", 1)[1], path
            seen += 1
    assert seen >= 20


@pytest.mark.parametrize(
    ("start", "title", "duration", "link"),
    [
        # Forms found in public meeting pages (msg first, iso in UTC, p1=1440 = UTC).
        (datetime(2025, 2, 26, 18, 0, tzinfo=UTC), "CAC Meeting DC Image Processing",
         timedelta(hours=1),
         "https://www.timeanddate.com/worldclock/fixedtime.html"
         "?msg=CAC+Meeting+DC+Image+Processing&iso=20250226T18&p1=1440&ah=1"),
        (datetime(2022, 12, 5, 13, 0, tzinfo=UTC), "Collaborative Lesson Development Training",
         timedelta(hours=4),
         "https://www.timeanddate.com/worldclock/fixedtime.html"
         "?msg=Collaborative+Lesson+Development+Training&iso=20221205T13&p1=1440&ah=4"),
        (datetime(2017, 2, 18, 0, 1, tzinfo=UTC), "Bioinformatics Contest Final Round",
         timedelta(hours=23, minutes=55),
         "https://www.timeanddate.com/worldclock/fixedtime.html"
         "?msg=Bioinformatics+Contest+Final+Round&iso=20170218T0001&p1=1440&ah=23&am=55"),
        (datetime(2018, 3, 30, 14, 0, tzinfo=UTC), "Warehouse/PyPI beta live chat",
         timedelta(hours=1),
         "https://www.timeanddate.com/worldclock/fixedtime.html"
         "?msg=Warehouse%2FPyPI+beta+live+chat&iso=20180330T14&p1=1440&ah=1"),
    ],
)  # fmt: skip
def test_timeanddate_fixedtime_forms(start, title, duration, link):
    assert timeanddate_url(start, title, duration) == link


def test_timeanddate_converts_to_utc_and_may_leave_out_the_duration():
    start = datetime(2024, 3, 12, 9, 30, tzinfo=ZoneInfo("America/Los_Angeles"))  # PDT
    assert timeanddate_url(start, "Call & chat") == (
        "https://www.timeanddate.com/worldclock/fixedtime.html"
        "?msg=Call+%26+chat&iso=20240312T1630&p1=1440"
    )
    assert timeanddate_url(start, "x", timedelta(minutes=30)).endswith("&ah=0&am=30")
