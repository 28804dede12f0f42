"""A new meeting note from a series: which date, which file, and its text.

:func:`plan_note` computes everything without writing (the ``--dry-run`` output and
the New Meeting dialog's preview); writing it is storage's (``write_note`` and
``create_note`` in :mod:`noteapp.storage.notefile`, never over an existing file).

- **The date.** Without one, the next occurrence of the cadence on or after today
  (in the series' zone) that has no note yet.  A date that is not an occurrence is
  allowed, with a warning naming the nearest occurrences: meetings do move (a holiday,
  a clash), and the note-taker knows when this one is.  It starts at the series'
  usual time of day.
- **The file.** The series folder plus the path pattern (``{year}/{date}.md``).  A series
  file (which may come from anyone's repository) only places notes inside the workspace:
  a ``folder`` outside it (absolute, ``..``, or a symbolic link that leads out) is refused,
  and the path pattern never leaves the series folder.  ``--dir`` is the user's own choice
  of folder and may be anywhere; the pattern still stays inside it.
- **The text.** The series' template rendered with the context below; the
  front-matter rules are evaluated by :mod:`noteapp.core.series.note_fields` (counters
  such as ``nav_order`` come from the notes already in the folder) and the open
  action items of the previous note are carried over (:mod:`noteapp.core.series.carryover`).

Template context: ``series``, ``title``, ``heading``, ``fm`` (front matter, in rule
order), ``date``, ``start`` (in the series' zone), ``start_utc``, ``end``, ``zone``,
``duration_minutes``, ``next_start`` (the occurrence after this one), ``roster`` (the
series' regulars: who is expected, not who came), ``attending`` (who came, when that is
known: empty for a new note, so the built-in templates write the empty roll call their
communities sign in to; the Attendees panel offers the regulars to check in),
``agenda``, ``carried`` (:class:`CarriedItem`), ``previous`` (the previous note's path
or None), ``local_times`` (``"18:00 Europe/Berlin"`` texts), ``video``, ``vars``,
``arewemeetingyet``, ``timeanddate``, ``dateful`` (URLs).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from noteapp.core.errors import NoteError, ScheduleError, SeriesError
from noteapp.core.schedule import recurrence
from noteapp.core.schedule.tzlinks import arewemeetingyet_url, timeanddate_url
from noteapp.core.schedule.zones import local_times
from noteapp.core.series.carryover import CarriedItem, carried_items
from noteapp.core.series.model import Person, Series
from noteapp.core.series.note_fields import (
    COUNTERS,
    date_fields,
    dated_notes,
    field_names,
    fill,
    folder_notes,
    next_number,
    note_path,
    series_root,
)
from noteapp.core.series.templating import clock, dateful_url, render_template
from noteapp.core.series.workspace import workspace_or_default

# How many occurrences ahead an automatic date looks for one that has no note yet.
_LOOKAHEAD = 60


@dataclass(frozen=True)
class NewNote:
    path: Path
    text: str
    date: dt.date
    start: dt.datetime  # aware, in the series' zone
    previous: Path | None = None  # the note the carried items came from
    carried: tuple[CarriedItem, ...] = ()
    warnings: tuple[str, ...] = ()  # for the person at the keyboard (date off-cadence...)


def parse_day(text: str) -> dt.date:
    """``2024-01-24`` as a date; ScheduleError saying why ``2024-02-30`` is not one."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError as exc:
        if len(text.strip()) == 10 and text.strip()[4] == "-":
            raise ScheduleError(f"{text!r} is not a date: {exc}") from None
        raise ScheduleError(f"{text!r} is not a date: write it as YYYY-MM-DD") from None


def plan_note(
    series: Series,
    date: dt.date | None = None,
    *,
    folder: Path | None = None,
    workspace: Path | None = None,
    today: dt.date | None = None,
    attending: Sequence[Person] = (),
) -> NewNote:
    """The path and text of the note for ``date`` (default: the next occurrence without a
    note).  ``folder`` overrides where the series' notes live (``--dir``); ``attending``
    is who came, where that is known before the note is written."""

    workspace = workspace_or_default(workspace)
    chosen = series_folder(series, folder, workspace)
    if folder is None:
        _confine(series, "folder", chosen, workspace, "the workspace")
    root = series_root(chosen, series.path_pattern)
    tz = ZoneInfo(series.zone)
    warnings: list[str] = []
    if date is None:
        date = _next_free_day(series, root, today or dt.datetime.now(tz).date())
    if recurrence.is_occurrence(series.first_start, series.rule, date):
        start = recurrence.next_occurrence(series.first_start, series.rule, date)
    else:
        warnings.append(_off_cadence(series, date))
        start = dt.datetime.combine(date, series.first_start.time(), tzinfo=tz)
    fields = date_fields(date, start, series.title, series.zone)
    path = note_path(root, series.path_pattern, fields)
    _confine(series, "path", path, root, "the series folder")
    if path.exists():
        warnings.append(f"{path} already exists; it will not be replaced")

    earlier = [(d, p) for d, p in dated_notes(root, series.path_pattern) if d < date]
    previous = earlier[-1] if earlier else None
    carried: tuple[CarriedItem, ...] = ()
    if previous is not None:
        try:
            carried = carried_items(previous[1], previous[0], earlier[:-1])
        except NoteError as exc:
            warnings.append(f"{exc}; nothing carried over")

    fm = _front_matter(series, fields, date, path, root)
    heading = _rule(series, "heading", series.heading, fields)
    following = recurrence.occurrences(series.first_start, series.rule, count=1, after=start)
    context = _context(series, fields, fm, heading, start, following, carried, previous)
    context["attending"] = tuple(attending)
    text = render_template(series.template, context, workspace)
    return NewNote(
        path=path,
        text=text,
        date=date,
        start=start,
        previous=previous[1] if previous else None,
        carried=carried,
        warnings=tuple(warnings),
    )


# ------------------------------------------------------------------------------ pieces


def series_folder(series: Series, folder: Path | None, workspace: Path) -> Path:
    """Where the series' notes live: ``folder`` (--dir), the series' own, or the workspace's."""
    if folder is not None:
        return folder
    if series.folder is not None:
        return series.folder
    return workspace / series.name


def _confine(series: Series, key: str, path: Path, base: Path, what: str) -> None:
    """SeriesError unless ``path`` is inside ``base`` once symbolic links are followed."""
    resolved, inside = path.resolve(), base.resolve()
    if resolved == inside or resolved.is_relative_to(inside):
        return
    linked = Path(os.path.normpath(path.absolute())) != resolved
    via = f" (through a symbolic link, to {resolved})" if linked else ""
    hint = (
        "move the folder into the workspace, or name it with --dir"
        if key == "folder"
        else "the path pattern must stay inside the series folder"
    )
    raise _series_error(
        series,
        key,
        f"{key} {path} is outside {what} {base}{via}; nothing was written ({hint})",
    )


def _next_free_day(series: Series, root: Path, today: dt.date) -> dt.date:
    day = today
    for _ in range(_LOOKAHEAD):
        start = recurrence.next_occurrence(series.first_start, series.rule, day)
        fields = date_fields(start.date(), start, series.title, series.zone)
        if not note_path(root, series.path_pattern, fields).exists():
            return start.date()
        day = start.date() + dt.timedelta(days=1)
    raise ScheduleError(
        f"the next {_LOOKAHEAD} meetings of {series.name!r} from {today} all have notes "
        f"in {root}; give the date with --date"
    )


def _off_cadence(series: Series, date: dt.date) -> str:
    """The warning for a date the cadence does not give, naming the nearest ones."""

    tz = series.first_start.tzinfo
    window = dt.datetime.combine(date - dt.timedelta(days=62), dt.time(), tzinfo=tz)
    around = recurrence.occurrences(series.first_start, series.rule, count=20, after=window)
    before = [s.date() for s in around if s.date() < date][-1:]
    after = recurrence.next_occurrence(series.first_start, series.rule, date).date()
    near = " and ".join(d.isoformat() for d in [*before, after])
    return (
        f"{date} is not a meeting day of {series.name!r} ({series.cadence or series.rule}); "
        f"the nearest are {near}. Using {date} as asked."
    )


def _rule(series: Series, key: str, rule: str, values: dict[str, str]) -> str:
    try:
        return fill(rule, values)
    except KeyError as exc:
        known = ", ".join(sorted([*values, *COUNTERS]))
        raise _series_error(
            series, key, f"{key} {rule!r} uses {{{exc.args[0]}}}; a rule may use {known}"
        ) from None
    except (ValueError, IndexError) as exc:
        raise _series_error(series, key, f"{key} {rule!r}: {exc}") from None


def _series_error(series: Series, key: str, message: str) -> SeriesError:
    where = str(series.source) if series.source else f"series {series.name!r}"
    line = _key_line(series.source, key.split(".")[-1]) if series.source else None
    return SeriesError(f"{where}{f', line {line}' if line else ''}: {message}")


def _key_line(source: Path, key: str) -> int | None:
    try:
        lines = source.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError):
        return None
    pattern = re.compile(rf"\s*[\"']?{re.escape(key)}[\"']?\s*[=:]")
    return next((n for n, line in enumerate(lines, 1) if pattern.match(line)), None)


def _front_matter(
    series: Series, fields: dict[str, str], date: dt.date, path: Path, root: Path
) -> dict[str, str]:
    out: dict[str, str] = {}
    required = tuple(series.front_matter)
    for key, rule in series.front_matter.items():
        try:
            names = field_names(rule)
        except ValueError as exc:
            raise _series_error(series, f"front_matter.{key}", f"{key} {rule!r}: {exc}") from None
        values = dict(fields)
        if "next_in_folder" in names:
            notes = folder_notes(path.parent, path.suffix)
            values["next_in_folder"] = str(next_number(key, rule, notes, date, required))
        if "next_in_series" in names:
            in_series = dated_notes(root, series.path_pattern)
            values["next_in_series"] = str(next_number(key, rule, in_series, date, required))
        out[key] = _rule(series, f"front_matter.{key}", rule, values)
    return out


def _context(
    series: Series,
    fields: dict[str, str],
    fm: dict[str, str],
    heading: str,
    start: dt.datetime,
    following: list[dt.datetime],
    carried: tuple[CarriedItem, ...],
    previous: tuple[dt.date, Path] | None,
) -> dict[str, Any]:
    link_title = series.vars.get("link_title", series.title)
    return {
        "series": series,
        "title": series.title,
        "heading": heading,
        "fm": fm,
        "fields": fields,
        "date": start.date(),
        "start": start,
        "start_utc": start.astimezone(dt.UTC),
        "end": start + series.duration,
        "zone": series.zone,
        "duration_minutes": int(series.duration.total_seconds() // 60),
        "next_start": following[0] if following else None,
        "roster": series.roster,
        "agenda": series.agenda,
        "carried": carried,
        "previous": previous[1] if previous else None,
        "local_times": _local_times(series, start),
        "video": series.video,
        "vars": dict(series.vars),
        "arewemeetingyet": arewemeetingyet_url(start, link_title, series.rule),
        "timeanddate": timeanddate_url(start, link_title, series.duration),
        "dateful": dateful_url(start),
    }


def _local_times(series: Series, start: dt.datetime) -> list[str]:
    """``"18:00 Europe/Berlin"`` (``"02:00 Asia/Tokyo (+1 day)"``) for the series' extra
    zones and the roster's home zones, the meeting's own zone left out."""

    zones = [*series.zones, *(p.zone for p in series.roster if p.zone)]
    wanted = [z for z in dict.fromkeys(zones) if z != series.zone]
    return [
        f"{clock(t.when)} {t.zone}" + (f" ({t.day_shift})" if t.day_shift else "")
        for t in local_times(start, wanted)
    ]
