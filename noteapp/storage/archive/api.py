"""``Workspace``: the index as scripts and bots see it.

from noteapp.storage.archive import Workspace

ws = Workspace.open("meeting-notes")          # builds or updates the index
for hit in ws.search("release", series="community-calls", since="2024-01-01"):
    print(hit.path, hit.line, hit.plain_snippet())
for item in ws.actions(open=True, owner="Ada"):
    print(item.text, item.first, len(item.carried_through))
for person in ws.people(series="community-calls"):
    print(person.name, len(person.meetings), person.first, person.last)
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
from pathlib import Path

from noteapp.core.archive.people import Person, Variant
from noteapp.core.archive.tick import done_edit
from noteapp.storage.archive import attendance, db, indexer, listing, search, tracker
from noteapp.storage.archive.indexer import Pace, Progress, UpdateReport
from noteapp.storage.archive.listing import MeetingRow, SeriesRow
from noteapp.storage.archive.search import Filters, Results
from noteapp.storage.archive.tracker import Tracked
from noteapp.storage.note import Note


def _day(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


class Workspace:
    """A folder of notes and its index (one SQLite connection, for this thread)."""

    def __init__(self, root: Path, conn: sqlite3.Connection) -> None:
        self.root = root
        self.conn = conn

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        update: bool = True,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> Workspace:
        """The index of the folder ``path``, brought up to date unless ``update`` is
        False (then it answers from what was indexed before)."""
        root = Path(os.path.abspath(path))
        if not root.is_dir():
            raise NotADirectoryError(f"{root}: not a folder")
        workspace = cls(root, db.connect(db.index_path(root)))
        if update:
            workspace.update(progress=progress, cancel=cancel)
        return workspace

    @property
    def index_file(self) -> Path:
        return db.index_path(self.root)

    def update(
        self,
        paths: list[str] | None = None,
        *,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        workers: int | None = None,
        pace: Pace | None = None,
    ) -> UpdateReport:
        """Re-read what changed on disk (only ``paths``, relative to the root, if given);
        ``workers``: parsing processes for a large update (0: parse in this process);
        ``pace``: called between small steps (it may block: see :func:`indexer.update`)."""
        return indexer.update(
            self.conn,
            self.root,
            only=paths,
            progress=progress,
            cancel=cancel,
            workers=workers,
            pace=pace,
        )

    def relative(self, path: str | os.PathLike[str]) -> str | None:
        """``path`` relative to the root (POSIX), or None when it is outside."""
        try:
            rel = Path(os.path.abspath(path)).relative_to(self.root)
        except ValueError:
            return None
        return rel.as_posix()

    # -- questions ------------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        series: str | None = None,
        since: dt.date | str | None = None,
        until: dt.date | str | None = None,
        person: str | None = None,
        limit: int = 20,
    ) -> Results:
        filters = Filters(series, _day(since), _day(until), person)
        return search.search(self.conn, query, filters, limit=limit)

    def actions(
        self,
        *,
        owner: str | None = None,
        open: bool = False,
        series: str | None = None,
        stale: int | None = None,
    ) -> list[Tracked]:
        return tracker.actions(self.conn, series=series, owner=owner, open_only=open, stale=stale)

    def people(self, *, series: str | None = None) -> list[Person]:
        return attendance.people(self.conn, series)

    def variants(self, *, series: str | None = None) -> list[Variant]:
        return attendance.variants(self.conn, series)

    def attendance(self, *, series: str | None = None) -> list[attendance.MeetingCount]:
        return attendance.meeting_counts(self.conn, series)

    def series(self) -> list[SeriesRow]:
        return listing.series_list(self.conn)

    def meetings(self, series: str) -> list[MeetingRow]:
        return listing.meetings(self.conn, series)

    def series_of(self, path: str | os.PathLike[str]) -> str | None:
        rel = self.relative(path)
        return listing.series_of_path(self.conn, rel) if rel is not None else None

    # -- changes --------------------------------------------------------------------------

    def mark_done(self, item: Tracked) -> Path:
        """Tick ``item`` in the note where it is open now and save that note (atomic;
        only the box characters change).  Returns the note's path."""

        path = self.root / item.newest
        note = Note.open(path)
        note.apply(done_edit(note.text, item.text, item.lines))
        note.save()
        self.update([item.newest])
        return path

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
