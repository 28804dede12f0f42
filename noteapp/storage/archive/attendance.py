"""People across meetings: who came when, per person and per series, from the index."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import NamedTuple

from noteapp.core.archive.people import Person, Seen, Variant, attendance, name_variants


class MeetingCount(NamedTuple):
    """How many were present at one meeting (a point of the attendance plot)."""

    series: str
    date: dt.date
    path: str
    present: int
    people: tuple[str, ...]  # the names of those present, as this note writes them


def seen_rows(conn: sqlite3.Connection, series: str | None = None) -> list[Seen]:
    clause, params = ("AND n.series = ?", [series]) if series is not None else ("", [])
    rows = conn.execute(
        "SELECT n.path, n.date, n.series, a.name, a.handle, a.initials, a.present "
        "FROM attendees a JOIN notes n ON n.id = a.note "
        f"WHERE n.kind = 'meeting' {clause} ORDER BY n.date, n.path, a.pos",
        params,
    )
    return [
        Seen(r[0], dt.date.fromisoformat(r[1]), r[2], r[3], r[4], r[5], bool(r[6])) for r in rows
    ]


def people(conn: sqlite3.Connection, series: str | None = None) -> list[Person]:
    return attendance(seen_rows(conn, series))


def variants(conn: sqlite3.Connection, series: str | None = None) -> list[Variant]:
    return name_variants(people(conn, series))


def meeting_counts(conn: sqlite3.Connection, series: str | None = None) -> list[MeetingCount]:
    """Every meeting (of ``series``) with the people present, oldest first."""
    clause, params = ("AND n.series = ?", [series]) if series is not None else ("", [])
    present: dict[int, dict[str, str]] = {}  # note -> person key -> name
    for note, key, name in conn.execute(
        "SELECT a.note, a.key, a.name FROM attendees a JOIN notes n ON n.id = a.note "
        f"WHERE a.present = 1 AND n.kind = 'meeting' {clause} ORDER BY a.note, a.pos",
        params,
    ):
        present.setdefault(note, {}).setdefault(key, name)
    return [
        MeetingCount(
            s,
            dt.date.fromisoformat(d),
            p,
            len(present.get(i, {})),
            tuple(present.get(i, {}).values()),
        )
        for i, s, d, p in conn.execute(
            f"SELECT id, series, date, path FROM notes n WHERE kind = 'meeting' {clause} "
            "ORDER BY date, path",
            params,
        )
    ]
