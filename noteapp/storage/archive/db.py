"""The index database: its place in the user's cache folder, its schema, its connections.

One file per indexed folder, ``<cache>/noteapp/index/<name>-<hash>.sqlite3``
(``$NOTEAPP_CACHE_DIR`` replaces ``<cache>/noteapp``).  WAL mode: one writer and any
number of readers at once, so a window reads while the indexer writes.  Each thread
opens its own connection.  A file of another schema, or one that is damaged, is
deleted and rebuilt: it is only a cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
from pathlib import Path

import platformdirs

SCHEMA = 1
_SLUG = re.compile(r"[^\w.-]+")

TABLES = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS notes(
    id INTEGER PRIMARY KEY,
    path TEXT UNIQUE NOT NULL,      -- relative to the root, POSIX separators
    series TEXT NOT NULL,
    kind TEXT NOT NULL,             -- 'meeting' (dated), 'page' (undated, template)
    date TEXT,                      -- YYYY-MM-DD
    title TEXT,
    summary TEXT,
    size INTEGER, mtime_ns INTEGER, digest TEXT,
    error TEXT,
    present INTEGER,                -- attendees present
    open_items INTEGER              -- action items not done
);
CREATE INDEX IF NOT EXISTS notes_series ON notes(series, date);
CREATE TABLE IF NOT EXISTS attendees(
    note INTEGER NOT NULL, pos INTEGER, name TEXT, key TEXT, initials TEXT, handle TEXT,
    affiliation TEXT, present INTEGER, line INTEGER);
CREATE INDEX IF NOT EXISTS attendees_note ON attendees(note);
CREATE INDEX IF NOT EXISTS attendees_key ON attendees(key);
CREATE TABLE IF NOT EXISTS agenda(
    note INTEGER NOT NULL, pos INTEGER, text TEXT, checked INTEGER, depth INTEGER, line INTEGER);
CREATE INDEX IF NOT EXISTS agenda_note ON agenda(note);
CREATE TABLE IF NOT EXISTS actions(
    note INTEGER NOT NULL, pos INTEGER, text TEXT, owners TEXT, done INTEGER, line INTEGER,
    carried INTEGER);
CREATE INDEX IF NOT EXISTS actions_note ON actions(note);
CREATE TABLE IF NOT EXISTS speakers(note INTEGER NOT NULL, initials TEXT, count INTEGER);
CREATE INDEX IF NOT EXISTS speakers_note ON speakers(note);
CREATE TABLE IF NOT EXISTS links(note INTEGER NOT NULL, kind TEXT, url TEXT, line INTEGER);
CREATE INDEX IF NOT EXISTS links_note ON links(note);
CREATE TABLE IF NOT EXISTS threads(
    series TEXT NOT NULL, id TEXT NOT NULL, text TEXT, owners TEXT, first TEXT,
    done INTEGER, age INTEGER, origin TEXT, newest TEXT, newest_date TEXT,
    lines TEXT,                     -- JSON: the lines of its copies in the newest note
    notes TEXT,                     -- JSON: [[path, date], ...] oldest first
    PRIMARY KEY(series, id));
"""
FTS_TABLE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS text_fts USING fts5("
    "title, body, tokenize = 'unicode61 remove_diacritics 2')"
)
PLAIN_TABLE = "CREATE TABLE IF NOT EXISTS text_plain(rowid INTEGER PRIMARY KEY, title, body)"


def cache_dir() -> Path:
    override = os.environ.get("NOTEAPP_CACHE_DIR")
    if override:
        return Path(override).expanduser()
    return platformdirs.user_cache_path("noteapp", appauthor=False)


def index_path(root: Path) -> Path:
    """The database file for the folder ``root``."""
    absolute = os.path.normcase(os.path.abspath(root))
    digest = hashlib.sha1(absolute.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    name = _SLUG.sub("-", Path(absolute).name)[:40] or "root"
    return cache_dir() / "index" / f"{name}-{digest}.sqlite3"


def has_fts5(conn: sqlite3.Connection) -> bool:
    """Whether this SQLite has the FTS5 extension (some builds do not)."""
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x)")
        conn.execute("DROP TABLE temp.fts5_probe")
    except sqlite3.OperationalError:
        return False
    return True


def connect(path: Path, *, create: bool = True) -> sqlite3.Connection:
    """A connection for this thread, with the schema in place (a stale or damaged file
    is replaced)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return _open(path, create)
    except sqlite3.DatabaseError:
        if not create:  # a reader never deletes what the writer owns
            raise
        _remove(path)
        return _open(path, create)


def _open(path: Path, create: bool) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=30, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    version = _meta(conn, "schema")
    if create and version not in (None, str(SCHEMA)):
        conn.close()
        _remove(path)
        conn = sqlite3.connect(path, timeout=30, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
    if create:
        with conn:
            conn.executescript(TABLES)
            fts = _meta(conn, "text")
            if fts is None:
                fts = "fts5" if has_fts5(conn) else "like"
            conn.execute(FTS_TABLE if fts == "fts5" else PLAIN_TABLE)
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA),))
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('text', ?)", (fts,))
    return conn


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    except sqlite3.OperationalError:  # no meta table yet
        return None
    return row[0] if row else None


def meta(conn: sqlite3.Connection, key: str) -> str | None:
    return _meta(conn, key)


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))


def text_table(conn: sqlite3.Connection) -> str:
    """``text_fts`` (full-text search) or ``text_plain`` (SQLite without FTS5)."""
    return "text_fts" if _meta(conn, "text") == "fts5" else "text_plain"


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{path}{suffix}")
