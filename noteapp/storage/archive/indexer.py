"""Build and update the index: only what changed since the last run is read again.

:func:`update` lists the notes under the root (size and modification time only),
reads the files whose stamp changed, and re-parses those whose SHA-256 changed too
(a ``touch`` or a checkout of the same bytes costs one read).  Notes gone from disk
leave the index.  When the parser itself changed (its source differs from the one
that built the index), every note is parsed again.  Afterwards the action-item
threads of each series that changed are recomputed.

It commits every :data:`BATCH` notes, so readers see progress, and stops early when
``cancel`` is set (what is committed stays valid: the next update goes on from there).

Many notes to parse (a first build) are read and parsed in worker processes
(``workers``, :mod:`noteapp.storage.archive.worker`), and only written here: the
parse runs on the other cores, outside this process's interpreter lock (a window
stays responsive while its index is built), and the parser's caches go away with the
workers.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import pickle
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import NamedTuple

import noteapp
import noteapp.core
from noteapp.core.archive.facts import NoteFacts, facts_from_bytes
from noteapp.core.archive.series_of import SeriesRule, series_of
from noteapp.core.series.matching import Copy, Meeting, item_key, thread_items
from noteapp.core.series.model import list_series
from noteapp.core.series.note_fields import pattern_regex
from noteapp.core.series.roster import person_key
from noteapp.storage.archive import db
from noteapp.storage.archive.scan import Stamp, scan, stat

BATCH = 100
POOL_MIN = 64  # fewer notes than this are parsed in this process
# ... unless they hold this many bytes: the parse holds the interpreter, and this process
# is the editor's (a 50,000-line note, 3.4 MB, took ~1.2 s of it while the user typed).
POOL_BYTES = 1_000_000
OWNER_SEP = "\x1f"
Progress = Callable[[int, int], None]
# Called between small steps (a note, a few hundred action items); it may block: the
# window's index waits there while the user types (noteapp.ui.typing_pause).
Pace = Callable[[], None]
PACE_ITEMS = 250  # action items threaded between two calls of a Pace


@dataclass
class UpdateReport:
    notes: int = 0  # notes on disk
    added: int = 0
    changed: int = 0
    removed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, error)
    series: set[str] = field(default_factory=set)  # series whose notes changed
    seconds: float = 0.0
    cancelled: bool = False

    @property
    def touched(self) -> bool:
        return bool(self.added or self.changed or self.removed)


@lru_cache(maxsize=1)
def parser_fingerprint() -> str:
    """A digest of the parsing code (noteapp/core's sources), so a better parser
    re-parses every note; the version number where the sources are not on disk."""

    digest = hashlib.sha1(f"{db.SCHEMA}:{noteapp.__version__}".encode())
    for path in sorted(Path(noteapp.core.__file__).parent.rglob("*.py")):
        try:
            digest.update(path.read_bytes())
        except OSError:
            continue
    return digest.hexdigest()[:16]


def series_rules(root: Path) -> list[SeriesRule]:
    """The claims of the root's own series files (``<root>/series/*.toml``)."""
    if not (root / "series").is_dir():
        return []

    rules = []
    for series in list_series(root):
        if series.source is None or series.source.parent != root / "series":
            continue
        folder = series.folder or root / series.name
        try:
            rel = folder.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            continue
        rules.append(
            SeriesRule(series.name, "" if rel == "." else rel, pattern_regex(series.path_pattern))
        )
    return rules


def update(
    conn: sqlite3.Connection,
    root: Path,
    *,
    only: Iterable[str] | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    workers: int | None = None,
    pace: Pace | None = None,
) -> UpdateReport:
    """Bring the index of ``root`` up to date (only the relative paths ``only``, when
    given: what a file watcher saw change).  ``workers``: processes that parse (default
    :func:`default_workers`; 0 parses here).  ``pace``: called before each note is
    stored (and before a worker's answer for it is unpickled) and between slices of the
    threading: this process's Python pauses there while ``pace`` blocks."""
    step = pace or _no_pace
    began = time.perf_counter()
    report = UpdateReport()
    rules = series_rules(root)
    fingerprint = parser_fingerprint()
    stale = db.meta(conn, "parser") != fingerprint
    known = {
        row["path"]: row
        for row in conn.execute("SELECT id, path, series, size, mtime_ns, digest FROM notes")
    }
    if only is None:
        on_disk = scan(root)
        gone = [path for path in known if path not in on_disk]
    else:
        wanted = set(only)
        on_disk = {p: s for p in wanted if (s := stat(root / p)) is not None}
        gone = [p for p in wanted if p in known and p not in on_disk]
    report.notes = len(on_disk)
    todo = [
        (path, stamp)
        for path, stamp in sorted(on_disk.items())
        if stale or path not in known or _stamp(known[path]) != stamp
    ]
    with conn:
        for path in gone:
            report.series.add(known[path]["series"])
            _delete(conn, known[path]["id"])
            report.removed += 1
    pending = 0
    digests = {
        path: (known[path]["digest"] if path in known and not stale else None) for path, _ in todo
    }
    size = sum(stamp.size for _, stamp in todo)
    parsed = _parsed(root, [(p, digests[p]) for p, _ in todo], workers, cancel, size)
    conn.execute("BEGIN")
    try:
        for done, (path, stamp) in enumerate(todo, 1):
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                break
            step()  # before the answer is read: unpickling a long note's is one call
            result = next(parsed, None)
            if result is None:  # the workers stopped on ``cancel``
                report.cancelled = True
                break
            _index_one(conn, path, stamp, known.get(path), result, rules, report)
            time.sleep(0)  # let a waiting UI thread have the interpreter between notes
            pending += 1
            if pending >= BATCH:
                conn.execute("COMMIT")
                conn.execute("BEGIN")
                pending = 0
            if progress is not None:
                progress(done, len(todo))
        if not report.cancelled:
            db.set_meta(conn, "parser", fingerprint)
            db.set_meta(conn, "root", str(root))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    if stale and not report.cancelled and only is None:
        report.series |= {row[0] for row in conn.execute("SELECT DISTINCT series FROM notes")}
    with conn:
        for series in sorted(report.series):
            step()
            rethread(conn, series, pace)
    report.seconds = time.perf_counter() - began
    return report


def _no_pace() -> None:
    pass


def _every(count: int, pace: Pace | None) -> Pace:
    """``pace`` called once in ``count`` calls (nothing without it)."""
    if pace is None:
        return _no_pace
    calls = 0

    def step() -> None:
        nonlocal calls
        calls += 1
        if calls % count == 0:
            pace()

    return step


def _stamp(row: sqlite3.Row) -> Stamp:
    return Stamp(row["size"], row["mtime_ns"])


def default_workers() -> int:
    """Parsing processes for a large update: one per core but one (at most four)."""

    return max(0, min(4, (os.cpu_count() or 1) - 1)) or 1


class Parsed(NamedTuple):
    digest: str | None  # None: the file could not be read (error says why)
    facts: NoteFacts | None  # None: unchanged (same digest as before), or a binary file
    unchanged: bool = False
    error: str | None = None


def parse_file(root: str, path: str, old_digest: str | None) -> Parsed:
    """Read, digest and parse one note (in a worker process, or here)."""
    try:
        data = (Path(root) / path).read_bytes()
    except OSError as exc:
        return Parsed(None, None, error=exc.strerror or str(exc))
    digest = hashlib.sha256(data).hexdigest()
    if digest == old_digest:
        return Parsed(digest, None, unchanged=True)
    return Parsed(digest, facts_from_bytes(data, Path(root) / path))


def _parsed(
    root: Path,
    todo: list[tuple[str, str | None]],
    workers: int | None,
    cancel: threading.Event | None,
    size: int = 0,
) -> Iterator[Parsed]:
    """``todo`` parsed, in order; in worker processes when there is much to parse
    (``size``: the bytes of it)."""
    count = default_workers() if workers is None else workers
    if count <= 0 or (len(todo) < POOL_MIN and size < POOL_BYTES):
        for path, digest in todo:
            yield parse_file(str(root), path, digest)
        return
    yield from _in_workers(root, todo, min(count, len(todo) // (POOL_MIN // 2) or 1), cancel)


FROZEN_FLAG = "--index-worker"


def command() -> list[str]:
    """The command line that starts a worker, from a checkout, an install or the bundle."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_FLAG]
    return [sys.executable, "-m", "noteapp.storage.archive.worker"]


def _in_workers(
    root: Path, todo: list[tuple[str, str | None]], count: int, cancel: threading.Event | None
) -> Iterator[Parsed]:
    """Note ``i`` goes to worker ``i % count``; the answers come back in order."""

    flags = getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0)  # Windows; POSIX: nice
    procs = [
        subprocess.Popen(
            command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            creationflags=flags,
        )
        for _ in range(count)
    ]

    def feed(k: int) -> None:
        stream = procs[k].stdin
        assert stream is not None
        try:
            for path, digest in todo[k::count]:
                stream.write(json.dumps([str(root), path, digest]).encode() + b"\n")
            stream.close()
        except (BrokenPipeError, ValueError, OSError):  # the worker was stopped
            pass

    feeders = [threading.Thread(target=feed, args=(k,), daemon=True) for k in range(count)]
    for feeder in feeders:
        feeder.start()
    try:
        for i in range(len(todo)):
            if cancel is not None and cancel.is_set():
                return
            stream = procs[i % count].stdout
            assert stream is not None
            head = stream.read(8)
            if len(head) < 8:
                raise RuntimeError("an index worker stopped unexpectedly")
            yield pickle.loads(stream.read(int.from_bytes(head, "little")))
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            for stream in (proc.stdin, proc.stdout):
                if stream is not None:
                    with contextlib.suppress(OSError):
                        stream.close()


def _index_one(
    conn: sqlite3.Connection,
    path: str,
    stamp: Stamp,
    old: sqlite3.Row | None,
    result: Parsed,
    rules: list[SeriesRule],
    report: UpdateReport,
) -> None:
    if result.digest is None:
        report.failed.append((path, result.error or "cannot be read"))
        return
    digest, facts = result.digest, result.facts
    if result.unchanged and old is not None:
        conn.execute("UPDATE notes SET size = ?, mtime_ns = ? WHERE id = ?", (*stamp, old["id"]))
        return
    if facts is None:  # a binary file with a note's name
        if old is not None:
            _delete(conn, old["id"])
        return
    series = series_of(path, rules)
    if old is not None:
        report.series.add(old["series"])
        _delete(conn, old["id"])
        report.changed += 1
    else:
        report.added += 1
    report.series.add(series)
    if facts.error:
        report.failed.append((path, facts.error))
    store(conn, path, series, stamp, digest, facts)


def store(
    conn: sqlite3.Connection,
    path: str,
    series: str,
    stamp: Stamp,
    digest: str,
    facts: NoteFacts,
) -> int:
    """Write one note's rows; its id."""
    name = PurePosixPath(path).name.lower()
    kind = "meeting" if facts.date is not None and "template" not in name else "page"
    present = sum(1 for a in facts.attendees if a.present)
    open_items = sum(1 for a in facts.actions if not a.done and item_key(a.text))
    cursor = conn.execute(
        "INSERT INTO notes(path, series, kind, date, title, summary, size, mtime_ns, digest,"
        " error, present, open_items) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            path,
            series,
            kind,
            facts.date.isoformat() if facts.date else None,
            facts.title,
            facts.summary,
            *stamp,
            digest,
            facts.error,
            present,
            open_items,
        ),
    )
    note = int(cursor.lastrowid or 0)
    conn.executemany(
        "INSERT INTO attendees VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                note,
                i,
                a.name,
                person_key(a.name),
                a.initials,
                a.handle,
                a.affiliation,
                a.present,
                a.line,
            )
            for i, a in enumerate(facts.attendees)
        ],
    )
    conn.executemany(
        "INSERT INTO agenda VALUES (?, ?, ?, ?, ?, ?)",
        [(note, i, t.text, t.checked, t.depth, t.line) for i, t in enumerate(facts.agenda)],
    )
    conn.executemany(
        "INSERT INTO actions VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (note, i, a.text, OWNER_SEP.join(a.owners), a.done, a.line, a.carried)
            for i, a in enumerate(facts.actions)
        ],
    )
    conn.executemany(
        "INSERT INTO speakers VALUES (?, ?, ?)",
        [(note, initials, count) for initials, count in facts.speakers.items()],
    )
    conn.executemany(
        "INSERT INTO links VALUES (?, ?, ?, ?)",
        [(note, link.kind, link.url, link.line) for link in facts.links],
    )
    conn.execute(
        f"INSERT INTO {db.text_table(conn)}(rowid, title, body) VALUES (?, ?, ?)",
        (note, facts.title or "", facts.text),
    )
    return note


def _delete(conn: sqlite3.Connection, note: int) -> None:
    for table in ("attendees", "agenda", "actions", "speakers", "links"):
        conn.execute(f"DELETE FROM {table} WHERE note = ?", (note,))
    conn.execute(f"DELETE FROM {db.text_table(conn)} WHERE rowid = ?", (note,))
    conn.execute("DELETE FROM notes WHERE id = ?", (note,))


def rethread(conn: sqlite3.Connection, series: str, pace: Pace | None = None) -> None:
    """Recompute the action-item threads of ``series`` from its meetings' items
    (``pace``: called every :data:`PACE_ITEMS` items)."""
    step = _every(PACE_ITEMS, pace)
    meetings: dict[str, Meeting] = {}
    for row in conn.execute(
        "SELECT path, date FROM notes WHERE series = ? AND kind = 'meeting'", (series,)
    ):
        meetings[row[0]] = Meeting(row[0], dt.date.fromisoformat(row[1]), [])
    for row in conn.execute(
        "SELECT n.path, a.text, a.owners, a.done, a.line, a.carried FROM actions a "
        "JOIN notes n ON n.id = a.note WHERE n.series = ? AND n.kind = 'meeting' "
        "ORDER BY n.path, a.pos",
        (series,),
    ):
        step()
        meeting = meetings[row[0]]
        owners = tuple(o for o in row[2].split(OWNER_SEP) if o)
        meeting.items.append(  # type: ignore[attr-defined]
            Copy(row[0], meeting.date, row[1], owners, bool(row[3]), row[4], bool(row[5]))
        )
    conn.execute("DELETE FROM threads WHERE series = ?", (series,))
    rows = []
    ids: set[str] = set()
    for thread in thread_items(meetings.values(), step):
        step()
        newest = thread.newest
        tid = thread.id
        while tid in ids:  # the same words first written twice on one day
            tid += "+"
        ids.add(tid)
        rows.append(
            (
                series,
                tid,
                thread.text,
                OWNER_SEP.join(thread.owners),
                thread.first.isoformat(),
                thread.done,
                thread.age,
                thread.origin,
                newest[0].note,
                newest[0].date.isoformat(),
                json.dumps([c.line for c in newest if not c.done] or [newest[0].line]),
                json.dumps([[n, d.isoformat()] for n, d in thread.notes]),
            )
        )
    conn.executemany("INSERT INTO threads VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
