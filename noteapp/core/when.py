"""When a meeting took place: its date, and its start time with the IANA zone.

The date is trusted in this order: the front matter (a ``date`` key, or a title
that is a date), the file name, the first heading, a ``Date:`` line.  Zarr's
``description`` is never used: FORMATS.md lists its wrong years.  The time
and zone come from a ``Time:`` line or a heading near the top, else from an
arewemeetingyet.com or dateful.com link near the top.  Zones written as
abbreviations (``PDT``, ``CEST``, ``ET``) mean that region's local time on the
meeting's date, which is how note-takers use them.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from pathlib import Path

from noteapp.core.frontmatter import FrontMatter
from noteapp.core.lazy_pattern import lazy_compile
from noteapp.core.outline import PSEUDO_LEVEL, Outline
from noteapp.core.structure import Link, When
from noteapp.core.zone_abbreviations import ABBREVIATIONS

# How far below the front matter a time line or link still describes this meeting.
HEAD_LINES = 30

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_DATE_FORMS = (
    re.compile(r"(?<!\d)(?P<year>\d{4})[-/](?P<month>\d{1,2})[-/](?P<day>\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)(?P<year>\d{4})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+(?P<year>\d{{4}})\b", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+(?P<year>\d{{4}})\b", re.I),
)
_FILE_DATE = (
    re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)"),
    re.compile(r"^(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})(?:[_-]|$)"),
)
_DATE_LINE = lazy_compile(
    r"^[ \t]*(?:[-*+][ \t]+)?(?:\*\*)?(?:date|日時|when)(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*(?P<v>.+)$",
    re.I | re.M,
)
_TIME_LINE = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+)?(?:\*\*)?(?:time|date and time|date|when|日時)(?:\*\*)?[ \t]*:"
    r"(?:\*\*)?[ \t]*(?P<v>.+)$",
    re.I | re.M,
)
_TIME = re.compile(
    r"(?<![\d:])(?P<h>\d{1,2})(?::(?P<m>\d{2}))?[ \t]*(?P<ampm>[ap]\.?m\.?)?[ \t]*"
    r"(?P<zone>[A-Za-z]+(?:/[A-Za-z_]+){1,2}|[A-Z]{1,4}(?:/[A-Z]{2,4})?\b|[A-Z][a-z]+ time\b)",
    re.I,
)
_AREWEMEETINGYET = lazy_compile(
    r"arewemeetingyet\.com/(?P<place>[^/\s]+)/(?P<date>\d{4}-\d{2}-\d{2})/"
    r"(?P<h>\d{1,2}):(?P<m>\d{2})",
    re.I,
)
_DATEFUL = lazy_compile(
    r"dateful\.com/convert/(?P<zone>[\w-]+)\?t=(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?"
    r"(?P<ampm>am|pm)?",
    re.I,
)


def find_when(
    outline: Outline, fm: FrontMatter, path: Path | None, links: tuple[Link, ...] = ()
) -> When:
    date, source = _date(outline, fm, path)
    head_end = outline.line_start(
        min(outline.line_of(outline.body_start) + HEAD_LINES, len(outline.line_starts))
    )
    clock = _time_from_lines(outline, head_end) or _time_from_links(outline, links, head_end)
    if clock is None:
        return When(date, source)
    hour, minute, zone, link_date = clock
    on = date or link_date
    start = None
    if on is not None:
        if zone == "UTC":  # most notes: no zoneinfo import (~4 ms) on the start-up path
            tz: dt.tzinfo = dt.UTC
        else:
            from zoneinfo import ZoneInfo

            tz = ZoneInfo(zone)
        start = dt.datetime(on.year, on.month, on.day, hour, minute, tzinfo=tz)
    return When(date, source, start, zone)


# -- the date ----------------------------------------------------------------------------------


def _date(
    outline: Outline, fm: FrontMatter, path: Path | None
) -> tuple[dt.date | None, str | None]:
    data = fm.data or {}
    for key in ("date", "Date"):
        value = data.get(key)
        if isinstance(value, dt.datetime):
            return value.date(), "front_matter"
        if isinstance(value, dt.date):
            return value, "front_matter"
        if isinstance(value, str) and (found := parse_date(value)):
            return found, "front_matter"
    title = data.get("title")
    if isinstance(title, dt.date):
        return title, "front_matter"
    if (
        isinstance(title, str)
        and re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*", title)
        and (found := parse_date(title))
    ):
        return found, "front_matter"
    if path is not None and (found := date_from_path(path)):
        return found, "file_name"
    head = outline.first_heading()
    if head is not None and (found := parse_date(head.text)):
        return found, "heading"
    for match in _DATE_LINE.finditer(outline.text, outline.body_start):
        if not outline.in_code(match.start()) and (found := parse_date(match.group("v"))):
            return found, "date_line"
    return None, None


def date_from_path(path: Path) -> dt.date | None:
    """``2024-01-24.md``, ``20230118_agenda…``, ``2018-02-21-packaging.md``,
    ``20250114-community/index.md`` (the folder names it); a range file
    ``2025-02-03-to-2025-09-01.md`` is dated by its first day."""
    names = [path.name]
    if path.stem.lower() in ("index", "readme", "_index"):
        names.insert(0, path.parent.name)
    for name in names:
        for pattern in _FILE_DATE:
            match = pattern.match(name)
            if match and (found := _valid(match)):
                return found
    return None


def parse_date(text: str) -> dt.date | None:
    """The first full date (with a year) written in ``text``, in any common form."""
    best: tuple[int, dt.date] | None = None
    for pattern in _DATE_FORMS:
        for match in pattern.finditer(text):
            found = _valid(match)
            if found and (best is None or match.start() < best[0]):
                best = (match.start(), found)
            if found:
                break
    return best[1] if best else None


def _valid(match: re.Match[str]) -> dt.date | None:
    month = match.group("month")
    number = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."), 0)
    try:
        return dt.date(int(match.group("year")), number, int(match.group("day")))
    except ValueError:  # "2022-02-30" and friends are not dates
        return None


# -- the time and zone -----------------------------------------------------------------------


def _time_from_lines(outline: Outline, head_end: int) -> tuple[int, int, str, None] | None:
    candidates: list[tuple[int, str]] = []
    for match in _TIME_LINE.finditer(outline.text, outline.body_start, head_end):
        if not outline.in_code(match.start()):
            candidates.append((match.start(), match.group("v")))
    for heading in outline.headings[:3]:
        if heading.level < PSEUDO_LEVEL and heading.start < head_end:
            candidates.append((heading.start, heading.text))
    for _, value in sorted(candidates):
        for match in _TIME.finditer(value):
            found = _clock(match)
            if found:
                return (*found, None)
    return None


def _clock(match: re.Match[str]) -> tuple[int, int, str] | None:
    zone = resolve_zone(match.group("zone"))
    if zone is None:
        return None
    hour, minute = int(match.group("h")), int(match.group("m") or 0)
    ampm = (match.group("ampm") or "").lower().replace(".", "")
    if not ampm and match.group("m") is None:
        return None  # a bare number before a zone ("2 ET") is too weak to be a time
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return hour, minute, zone


def _time_from_links(
    outline: Outline, links: tuple[Link, ...], head_end: int
) -> tuple[int, int, str, dt.date | None] | None:
    for link in links:
        if outline.line_start(link.line) >= head_end:
            continue
        if match := _AREWEMEETINGYET.search(link.url):
            from urllib.parse import unquote

            zone = resolve_zone(unquote(match.group("place")).replace("-", " "))
            hour, minute = int(match.group("h")), int(match.group("m"))
            if zone and hour < 24 and minute < 60:
                return hour, minute, zone, parse_date(match.group("date"))
        if match := _DATEFUL.search(link.url):
            zone = resolve_zone(match.group("zone"))
            hour, minute = int(match.group("h")), int(match.group("m") or 0)
            if (match.group("ampm") or "").lower() == "pm" and hour < 12:
                hour += 12
            if zone and hour < 24 and minute < 60:
                return hour, minute, zone, None
    return None


def resolve_zone(name: str) -> str | None:
    """An IANA zone for ``UTC``, ``PDT``, ``PST/PDT``, ``Europe/London``, ``Los Angeles``,
    ``Zurich time``; None when it names no zone."""
    name = name.strip()
    if name.lower().endswith(" time"):
        name = name[:-5]
    first = name.split("/")[0].upper()
    if "/" in name and first in ABBREVIATIONS:  # "PST/PDT"
        return ABBREVIATIONS[first]
    if name.upper() in ABBREVIATIONS:
        return ABBREVIATIONS[name.upper()]
    if "/" in name:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            return None
        return name
    return _zone_by_city().get(name.lower().replace(" ", "_"))


@cache
def _zone_by_city() -> dict[str, str]:
    """ "los_angeles" -> "America/Los_Angeles", from the system's time-zone database."""
    from zoneinfo import available_timezones

    cities: dict[str, str] = {}
    for zone in sorted(available_timezones()):
        if zone.startswith(("Etc/", "SystemV/", "posix/", "right/")) or "/" not in zone:
            continue
        cities.setdefault(zone.rsplit("/", 1)[1].lower(), zone)
    return cities
