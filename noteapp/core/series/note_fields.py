"""What a series' rules say for one meeting: the note's path, heading and front matter.

Rules are ``str.format`` texts over the meeting's date fields (``"{year} meetings"``,
``"{ordinal_day} {month_name}"``) plus two counters read from the notes already there:

- ``{next_in_folder}``: one more than the largest number the same key holds in the
  other notes of the new note's folder (Zarr's ``nav_order``, which starts again at 1
  in each year's folder);
- ``{next_in_series}``: the same over every note of the series (HSF's meeting number
  in ``"HSF Coordination Meeting #{next_in_series}, ..."``).

The number is found by matching the rule against the other note's value, so only
notes written by the same rule count. A note dated after the new one does not count;
an undated one in the folder does (Zarr's ``may_the_4th.md``), and so does only a file
whose front matter has every key the rules write (a year's index page does not).
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Iterable, Mapping
from pathlib import Path, PurePosixPath

from noteapp.core.meeting.when import date_from_path
from noteapp.core.series.templating import clock, month_name, ordinal, weekday_name
from noteapp.core.text.frontmatter import parse_front_matter
from noteapp.core.text.source import NEWLINE_RE

COUNTERS = ("next_in_folder", "next_in_series")
_FIELD_PATTERNS = {
    "year": r"\d{4}",
    "month": r"\d{2}",
    "day": r"\d{2}",
    "date": r"\d{4}-\d{2}-\d{2}",
    "yyyymmdd": r"\d{8}",
}
_HEAD_BYTES = 16 * 1024  # front matter sits at the top


def date_fields(day: dt.date, start: dt.datetime, title: str, zone: str) -> dict[str, str]:
    """The names a rule or path pattern may use."""
    return {
        "title": title,
        "date": day.isoformat(),
        "yyyymmdd": f"{day.year:04d}{day.month:02d}{day.day:02d}",
        "year": f"{day.year:04d}",
        "month": f"{day.month:02d}",
        "day": f"{day.day:02d}",
        "day_number": str(day.day),
        "month_name": month_name(day),
        "weekday": weekday_name(day),
        "ordinal_day": ordinal(day.day),
        "time": clock(start),
        "zone": zone,
    }


def field_names(rule: str) -> list[str]:
    """The ``{names}`` a rule uses; ValueError for a stray brace."""
    return [f for _lit, f, _spec, _conv in string.Formatter().parse(rule) if f is not None]


def fill(rule: str, values: Mapping[str, str]) -> str:
    """``rule`` with its fields; KeyError names an unknown field, ValueError a bad brace."""
    return string.Formatter().vformat(rule, (), values)


# ------------------------------------------------------------------------------ the path


def pattern_regex(pattern: str) -> re.Pattern[str]:
    """A path pattern as a regex over a relative POSIX path, one group per date field."""
    out = []
    for literal, name, _spec, _conv in string.Formatter().parse(pattern):
        out.append(re.escape(literal))
        if name is not None:
            out.append(f"({_FIELD_PATTERNS[name]})")
    return re.compile("".join(out))


def _date_of(pattern: str, match: re.Match[str]) -> dt.date | None:
    names = [n for _l, n, _s, _c in string.Formatter().parse(pattern) if n is not None]
    parts: dict[str, str] = {}
    for name, value in zip(names, match.groups(), strict=True):
        parts.setdefault(name, value)
    try:
        if "date" in parts:
            return dt.date.fromisoformat(parts["date"])
        if "yyyymmdd" in parts:
            y = parts["yyyymmdd"]
            return dt.date(int(y[:4]), int(y[4:6]), int(y[6:]))
        return dt.date(int(parts["year"]), int(parts["month"]), int(parts["day"]))
    except (KeyError, ValueError):
        return None


def series_root(folder: Path, pattern: str) -> Path:
    """The series folder for a folder the user named: the folder itself, or its parent
    when it is one of the pattern's own date folders (``--dir notes/2024`` with
    ``{year}/{date}.md`` means the series in ``notes/``)."""
    first = PurePosixPath(pattern).parts
    if len(first) > 1:
        head = pattern_regex(first[0])
        if head.groups and head.fullmatch(folder.name):
            return folder.parent
    return folder


def note_path(root: Path, pattern: str, fields: Mapping[str, str]) -> Path:
    return root / PurePosixPath(fill(pattern, fields))


def dated_notes(root: Path, pattern: str) -> list[tuple[dt.date, Path]]:
    """The notes of a series: files under ``root`` matching ``pattern``, by date."""
    regex = pattern_regex(pattern)
    glob = re.sub(r"\{[^{}]*\}", "*", pattern.replace("{{", "{").replace("}}", "}"))
    found = []
    if root.is_dir():
        for path in root.glob(glob):
            rel = path.relative_to(root).as_posix()
            match = regex.fullmatch(rel)
            if match and path.is_file() and (day := _date_of(pattern, match)):
                found.append((day, path))
    found.sort()
    return found


# ------------------------------------------------------------------------ front matter


def front_matter_of(path: Path) -> dict[str, object] | None:
    """The front matter data of a note (read from its head), or None."""
    try:
        with path.open("rb") as stream:
            head = stream.read(_HEAD_BYTES)
    except OSError:
        return None
    text = NEWLINE_RE.sub("\n", head.decode("utf-8", errors="replace").lstrip("\ufeff"))
    fm = parse_front_matter(text)
    return fm.data if fm.kind in ("yaml", "toml") and fm.data else None


def counter_regex(rule: str) -> re.Pattern[str]:
    """``"HSF Coordination Meeting #{next_in_series}, {day_number} ..."`` as a regex whose
    group 1 is the counter and whose other fields match anything."""
    out = []
    counted = False
    for literal, name, _spec, _conv in string.Formatter().parse(rule):
        out.append(re.escape(literal))
        if name is None:
            continue
        if name in COUNTERS and not counted:
            out.append(r"(\d+)")
            counted = True
        else:
            out.append(".*?")
    return re.compile("".join(out))


def next_number(
    key: str,
    rule: str,
    notes: Iterable[tuple[dt.date | None, Path]],
    day: dt.date,
    required: Iterable[str],
) -> int:
    """One more than the largest counter ``key`` holds in ``notes`` dated before ``day``
    (undated ones included) whose front matter has all the ``required`` keys."""
    regex = counter_regex(rule)
    needed = tuple(required)
    best = 0
    for when, path in notes:
        if when is not None and when >= day:
            continue
        data = front_matter_of(path)
        if not data or key not in data or not all(k in data for k in needed):
            continue
        match = regex.fullmatch(str(data[key]).strip())
        if match:
            best = max(best, int(match.group(1)))
    return best + 1


def folder_notes(folder: Path, suffix: str) -> list[tuple[dt.date | None, Path]]:
    """Every file with ``suffix`` in ``folder``, with its date from the file name."""
    if not folder.is_dir():
        return []
    return [
        (date_from_path(p), p)
        for p in sorted(folder.iterdir())
        if p.is_file() and p.suffix == suffix
    ]
