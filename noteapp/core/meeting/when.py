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
from pathlib import Path

from noteapp.core.meeting.structure import Link, When
from noteapp.core.schedule.zone_abbreviations import resolve_zone
from noteapp.core.text.frontmatter import FrontMatter
from noteapp.core.text.lazy_pattern import lazy_compile
from noteapp.core.text.outline import PSEUDO_LEVEL, Outline

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
# A heading that names a date or a period: "July recap:", "December", "2024-10-30",
# "Tuesday, March 4th 2025" (a digest's meeting).
_MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))
PERIOD = re.compile(
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?"
    rf"(?:(?:{_MONTH_NAME})\.?(?:[ \t]+\d{{1,2}}(?:st|nd|rd|th)?)?,?(?:[ \t]+\d{{4}})?"
    r"|\d{4}-\d{2}(?:-\d{2})?|\d{1,2}[ \t]+(?:" + _MONTH_NAME + r")\.?(?:[ \t]+\d{4})?)"
    r"(?:[ \t]+(?:recap|update|summary))?[ \t]*:?",
    re.I,
)
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_DATE_FORMS = (
    re.compile(r"(?<!\d)(?P<year>\d{4})[-/](?P<month>\d{1,2})[-/](?P<day>\d{1,2})(?!\d)"),
    # "2/10/2017", "1/4/2022": month first, as English notes write it ("16-02-2022" and
    # "16/02/2022", whose first number cannot be a month, day first)
    re.compile(r"(?<![\d/])(?P<a>\d{1,2})[/-](?P<b>\d{1,2})[/-](?P<year>\d{4})(?!\d)"),
    re.compile(r"(?<!\d)(?P<year>\d{4})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+(?P<year>\d{{4}})\b", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+(?P<year>\d{{4}})\b", re.I),
)
_FILE_DATE = (
    re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)"),
    re.compile(r"^(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})(?:[_-]|$)"),
)
# A "Label: value" line (also a heading or a list item) naming the meeting's date or time;
# the words are the vocabulary table's "when" phrases.
_WHEN_WORDS = (
    r"(?:meeting[ \t]+)?(?:date[ \t]*(?:/|and|&)[ \t]*time|date|time|when|datum|fecha|"
    r"uhrzeit|zeit|heure|日時|会议时间|本次会议时间|时间|日期)"
)
_DATE_LINE = lazy_compile(
    r"^[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+)?(?:\*\*)?"
    + _WHEN_WORDS
    + r"(?:\*\*)?[ \t]*[:：](?:\*\*)?[ \t]*(?P<v>.+)$",
    re.I | re.M,
)
_TIME_LINE = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+)?(?:\*\*)?"
    + _WHEN_WORDS
    + r"(?:\*\*)?[ \t]*[:：](?:\*\*)?[ \t]*(?P<v>.+)$",
    re.I | re.M,
)
_MEETS_AT = lazy_compile(
    r"\b(?:calls?|meetings?|meets?|telcons?|teleconferences?|sessions?)\b[^\n.]{0,40}?"
    r"\bat[ \t]+(?P<v>[^\n]{1,60})",
    re.I,
)
_NOON = re.compile(r"\b(?:noon|midday|midnight)\b", re.I)
_ISO_TIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ](?P<h>\d{2}):(?P<m>\d{2})(?::\d{2})?(?P<zone>Z|[+-]\d{2}:?\d{2})"
)
# A time, or the first of a range ("10:00-11:00 UTC", "2pm to 3:30pm CET", "9 AM – 10 AM
# PT", "20:00-21:00 (GMT+08:00)"), and the zone written after it.
_TIME = re.compile(
    r"(?<![\d:])(?P<h>\d{1,2})(?::(?P<m>\d{2}))?[ \t]*(?P<ampm>[ap]\.?m\.?)?"
    r"(?:[ \t]*(?:-|–|—|to|until|bis)[ \t]*\d{1,2}(?::\d{2})?[ \t]*(?P<ampm2>[ap]\.?m\.?)?)?"
    r"[ \t]*\(?[ \t]*"
    r"(?P<zone>(?:GMT|UTC)[ \t]*[+-][ \t]*\d{1,2}(?::?\d{2})?|[A-Za-z]+(?:/[A-Za-z_]+){1,2}"
    r"|[A-Z]{1,4}(?:/[A-Z]{2,4})?\b|[A-Z][a-z]+ time\b)"
    r"(?:[ \t]*\((?P<zone2>[A-Z]{2,5})\))?",  # "Boston time (EST)"
    re.I,
)
_OFFSET = re.compile(
    r"(?:GMT|UTC)[ \t]*(?P<sign>[+-])[ \t]*(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?", re.I
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
    # An explicit "Date:" / "Meeting Date/Time:" line near the top says when the meeting
    # was; a file name may only say when the post was published.
    head_end = outline.line_start(
        min(outline.line_of(outline.body_start) + HEAD_LINES, len(outline.line_starts))
    )
    for match in _DATE_LINE.finditer(outline.text, outline.body_start, head_end):
        if not outline.in_code(match.start()) and (found := parse_date(match.group("v"))):
            return found, "date_line"
    if path is not None and (found := date_from_path(path)):
        return found, "file_name"
    head = outline.first_heading()
    if head is not None and (found := parse_date(head.text)):
        return found, "heading"
    year = year_from_path(path) if path is not None else None
    if year is not None and head is not None and (found := _day_month(head.text, year)):
        return found, "heading"
    for match in _DATE_LINE.finditer(outline.text, outline.body_start):
        if not outline.in_code(match.start()) and (found := parse_date(match.group("v"))):
            return found, "date_line"
    return None, None


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_MONTH_DAY = re.compile(r"(?<!\d)(?P<month>\d{2})-(?P<day>\d{2})(?!\d)")
_ANY_DATE = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-?(?P<month>\d{2})-?(?P<day>\d{2})(?!\d)")


def year_from_path(path: Path) -> int | None:
    """A year written in a folder of the path (``2020/telcons/01-23-minutes.md``) or at
    the start of the file name."""
    for part in [path.name, *(p.name for p in path.parents)][:4]:
        m = _YEAR.match(part) if part == path.name else _YEAR.search(part)
        if m:
            return int(m.group())
    return None


def _day_month(text: str, year: int) -> dt.date | None:
    """A day and month without a year ("21 January", "Jan 30th") completed by ``year``."""
    for pattern in (
        re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?![\w])", re.I),
        re.compile(rf"\b{_MONTH}\s+{_DAY}\b", re.I),
    ):
        m = pattern.search(text)
        if m:
            number = MONTHS.get(m.group("month").lower().rstrip("."), 0)
            try:
                return dt.date(year, number, int(m.group("day")))
            except ValueError:
                continue
    return None


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
    for name in names:  # "LDM-2016-04-12-22.md", "EC-minutes-2020-11-19.md"
        match = _ANY_DATE.search(name)
        if match and (found := _valid(match)):
            return found
    year = year_from_path(path)
    if year is not None:  # "2020/telcons/01-23-minutes.md": the folder gives the year
        rest = _YEAR.sub(" ", path.name, count=1) if _YEAR.match(path.name) else path.name
        match = _MONTH_DAY.search(rest)
        if match:
            try:
                return dt.date(year, int(match.group("month")), int(match.group("day")))
            except ValueError:
                return None
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
    if "a" in match.re.groupindex:
        a, b = int(match.group("a")), int(match.group("b"))
        month, day = (a, b) if a <= 12 else (b, a)
        try:
            return dt.date(int(match.group("year")), month, day)
        except ValueError:
            return None
    month_text = match.group("month")
    number = (
        int(month_text) if month_text.isdigit() else MONTHS.get(month_text.lower().rstrip("."), 0)
    )
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
    # "Privacy CG calls are at noon Boston time (EST)": a sentence near the top that
    # says when the meetings are (after the labelled lines: those are surer).
    for match in _MEETS_AT.finditer(outline.text, outline.body_start, head_end):
        if not outline.in_code(match.start()):
            candidates.append((head_end + match.start(), match.group("v")))
    for _, value in sorted(candidates):
        value = _NOON.sub(lambda m: "12:00" if m.group(0).lower() == "noon" else "00:00", value)
        value = value.replace("：", ":")
        iso = _ISO_TIME.search(value)
        if iso:
            zone = (
                "UTC"
                if iso.group("zone") in ("Z", "+00:00", "+0000")
                else _offset_zone("UTC" + iso.group("zone"))
            )
            if zone:
                return int(iso.group("h")), int(iso.group("m")), zone, None
        for match in _TIME.finditer(value):
            found = _clock(match)
            if found:
                return (*found, None)
    return None


def _offset_zone(text: str) -> str | None:
    """ "GMT+08:00" -> "Etc/GMT-8" (the IANA name of a whole-hour offset; its sign is
    inverted by POSIX convention); None for other offsets."""
    m = _OFFSET.fullmatch(text.strip())
    if m is None or (m.group("m") or "00") != "00" or int(m.group("h")) > 14:
        return None
    hours = int(m.group("h"))
    if hours == 0:
        return "UTC"
    return f"Etc/GMT{'-' if m.group('sign') == '+' else '+'}{hours}"


def _clock(match: re.Match[str]) -> tuple[int, int, str] | None:
    raw = match.group("zone")
    zone = _offset_zone(raw) if _OFFSET.match(raw) else resolve_zone(raw)
    if zone is None and match.group("zone2"):
        zone = resolve_zone(match.group("zone2"))
    if zone is None:
        return None
    hour, minute = int(match.group("h")), int(match.group("m") or 0)
    ampm = (match.group("ampm") or match.group("ampm2") or "").lower().replace(".", "")
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
