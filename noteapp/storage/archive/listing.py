"""The series of the index and their meetings, for the Meetings panel and scripts."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import NamedTuple


class MeetingRow(NamedTuple):
    path: str
    series: str
    date: dt.date | None
    title: str | None
    summary: str
    present: int  # attendees present
    open_items: int  # action items not done in this note
    error: str | None


class SeriesRow(NamedTuple):
    series: str
    meetings: int
    first: dt.date | None
    last: dt.date | None


def meetings(conn: sqlite3.Connection, series: str) -> list[MeetingRow]:
    """The notes of ``series``, newest first; undated pages (an index, a template) last."""
    rows = conn.execute(
        "SELECT path, series, date, title, summary, present, open_items, error FROM notes "
        "WHERE series = ? ORDER BY date IS NULL, date DESC, path DESC",
        (series,),
    )
    return [
        MeetingRow(r[0], r[1], dt.date.fromisoformat(r[2]) if r[2] else None, *r[3:]) for r in rows
    ]


def series_list(conn: sqlite3.Connection) -> list[SeriesRow]:
    rows = conn.execute(
        "SELECT series, count(date), min(date), max(date) FROM notes WHERE kind = 'meeting' "
        "GROUP BY series ORDER BY series"
    )
    return [
        SeriesRow(r[0], r[1], *(dt.date.fromisoformat(d) if d else None for d in r[2:]))
        for r in rows
    ]


def series_of_path(conn: sqlite3.Connection, path: str) -> str | None:
    row = conn.execute("SELECT series FROM notes WHERE path = ?", (path,)).fetchone()
    return row[0] if row else None


def neighbour(conn: sqlite3.Connection, path: str, step: int) -> str | None:
    """The meeting before (``step`` -1) or after (+1) the note at ``path`` in its series."""
    row = conn.execute("SELECT series, date FROM notes WHERE path = ?", (path,)).fetchone()
    if row is None or row[1] is None:
        return None
    series, date = row
    if step < 0:
        sql = (
            "SELECT path FROM notes WHERE series = ? AND kind = 'meeting' AND "
            "(date < ? OR (date = ? AND path < ?)) ORDER BY date DESC, path DESC LIMIT 1"
        )
    else:
        sql = (
            "SELECT path FROM notes WHERE series = ? AND kind = 'meeting' AND "
            "(date > ? OR (date = ? AND path > ?)) ORDER BY date, path LIMIT 1"
        )
    found = conn.execute(sql, (series, date, date, path)).fetchone()
    return found[0] if found else None
