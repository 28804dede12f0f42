"""The action-item tracker's questions: every item of the series with its owner, the
meeting it was first written in, the meetings it was carried through, its age and
its state (the threads :mod:`noteapp.core.series.matching` made at index time)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import NamedTuple

from noteapp.core.series.roster import person_key
from noteapp.storage.archive.indexer import OWNER_SEP


class Tracked(NamedTuple):
    id: str
    series: str
    text: str
    owners: tuple[str, ...]
    first: dt.date  # first written (or the date its (from DATE) mark names)
    done: bool
    age: int  # meetings of the series held since (until it was done)
    origin: str  # the note of its first copy
    newest: str  # the note it is open in now (its newest copy)
    newest_date: dt.date
    lines: tuple[int, ...]  # its lines in the newest note
    notes: tuple[tuple[str, dt.date], ...]  # every note it appears in, oldest first

    @property
    def carried_through(self) -> tuple[tuple[str, dt.date], ...]:
        return self.notes[1:]

    @property
    def state(self) -> str:
        return "done" if self.done else "open"

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "series": self.series,
            "text": self.text,
            "owners": list(self.owners),
            "state": self.state,
            "first_written": self.first.isoformat(),
            "first_note": self.origin,
            "carried_through": [
                {"note": n, "date": d.isoformat()} for n, d in self.carried_through
            ],
            "age_meetings": self.age,
            "open_in": {
                "note": self.newest,
                "date": self.newest_date.isoformat(),
                "lines": list(self.lines),
            },
        }


def actions(
    conn: sqlite3.Connection,
    *,
    series: str | None = None,
    owner: str | None = None,
    open_only: bool = False,
    stale: int | None = None,
) -> list[Tracked]:
    """The tracked items, oldest first within each series; ``stale``: open for more
    than that many meetings."""
    where: list[str] = []
    params: list[str | int] = []
    if series is not None:
        where.append("series = ?")
        params.append(series)
    if open_only or stale is not None:
        where.append("done = 0")
    if stale is not None:
        where.append("age > ?")
        params.append(stale)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    rows = conn.execute(
        f"SELECT * FROM threads {clause} ORDER BY series, first, newest_date, text", params
    ).fetchall()
    found = [_tracked(row) for row in rows]
    if owner:
        found = [t for t in found if owns(owner, t.owners)]
    return found


def owns(who: str, owners: tuple[str, ...]) -> bool:
    """``who`` is one of ``owners``: the same name, initials or handle, or one of the
    words of a name ("Eric" owns what "Eric Dill" owns)."""
    wanted = person_key(who.lstrip("@"))
    for owner in owners:
        key = person_key(owner.lstrip("@"))
        if key == wanted or wanted in key.split():
            return True
    return False


def _tracked(row: sqlite3.Row) -> Tracked:
    return Tracked(
        id=row["id"],
        series=row["series"],
        text=row["text"],
        owners=tuple(o for o in row["owners"].split(OWNER_SEP) if o),
        first=dt.date.fromisoformat(row["first"]),
        done=bool(row["done"]),
        age=row["age"],
        origin=row["origin"],
        newest=row["newest"],
        newest_date=dt.date.fromisoformat(row["newest_date"]),
        lines=tuple(json.loads(row["lines"])),
        notes=tuple((n, dt.date.fromisoformat(d)) for n, d in json.loads(row["notes"])),
    )
