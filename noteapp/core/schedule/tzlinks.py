"""Links that show a meeting's time in the reader's own zone, in the forms the notes use.

arewemeetingyet.com, as in the corpus::

    https://arewemeetingyet.com/UTC/2020-08-26/17:00/w/Conda-forge%20dev%20meeting
    https://arewemeetingyet.com/UTC/2023-01-18/17:00/b/Conda%20community%20meeting
    https://arewemeetingyet.com/Los%20Angeles/2022-04-06/08:30/JupyterHub-HPC

The place is the zone's city (the last part of its IANA name, "_" read as a space),
``w`` repeats weekly and ``b`` every two weeks from that date, and the site keeps the
wall time in that zone, as ``recurrence`` does.  conda-forge's links add
``#<base64 of {"url": ...}>`` to point at the notes.

timeanddate.com, in the most common form found in meeting pages::

    https://www.timeanddate.com/worldclock/fixedtime.html?msg=CAC+Meeting&iso=20250226T18&p1=1440&ah=1

``iso`` is the start in UTC (``T18``, or ``T1830`` with minutes), ``p1=1440`` says that
it is UTC, ``ah``/``am`` give the duration in hours and minutes.
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta
from urllib.parse import quote, quote_plus

from noteapp.core.schedule.recurrence import cadence_kind
from noteapp.core.schedule.zones import zone_name

DEFAULT_TITLE = "Meeting"
_UTC_NAMES = {"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Universal", "Universal", "Etc/Zulu",
              "Zulu"}  # fmt: skip


def arewemeetingyet_place(start: datetime) -> str:
    """``Los Angeles`` for America/Los_Angeles, ``UTC`` for UTC."""
    name = zone_name(start.tzinfo)
    if name in _UTC_NAMES:
        return "UTC"
    return name.rsplit("/", 1)[-1].replace("_", " ")


def arewemeetingyet_url(
    start: datetime, title: str, rule: str | None = None, *, url: str | None = None
) -> str:
    """A link for ``start`` (its local date and time); weekly and fortnightly rules get
    the repeating form, so pass an occurrence of the series as ``start``."""
    kind = cadence_kind(rule) if rule else "other"
    repeat = {"weekly": "w/", "fortnightly": "b/"}.get(kind, "")
    place = quote(arewemeetingyet_place(start), safe="")
    name = quote(title.strip() or DEFAULT_TITLE, safe="")
    link = f"https://arewemeetingyet.com/{place}/{start:%Y-%m-%d}/{start:%H:%M}/{repeat}{name}"
    if url:
        payload = json.dumps({"url": url}, separators=(",", ":"), ensure_ascii=False)
        link += "#" + base64.b64encode(payload.encode()).decode("ascii")
    return link


def timeanddate_url(start: datetime, title: str, duration: timedelta | None = None) -> str:
    """A timeanddate.com "fixedtime" link for ``start``, with the duration when given."""
    moment = start.astimezone(UTC)
    iso = f"{moment:%Y%m%dT%H}" + (f"{moment:%M}" if moment.minute else "")
    link = (
        "https://www.timeanddate.com/worldclock/fixedtime.html"
        f"?msg={quote_plus(title.strip() or DEFAULT_TITLE)}&iso={iso}&p1=1440"
    )
    if duration:
        minutes = int(duration.total_seconds() // 60)
        link += f"&ah={minutes // 60}" + (f"&am={minutes % 60}" if minutes % 60 else "")
    return link
