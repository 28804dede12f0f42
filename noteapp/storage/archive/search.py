"""Full-text search over the index: FTS5 ranking (BM25, a title match counting more),
filters by series, date range and person, and the line each hit is on.

What is typed is read as words (each must occur, in any order, accents ignored),
``"quoted phrases"``, ``word*`` prefixes and the operators ``OR`` and ``NOT``;
punctuation never makes a syntax error (``conda-forge`` is the phrase "conda forge").
Where SQLite has no FTS5 the search falls back to substring matching, newest first,
and :attr:`Results.message` says so.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from typing import NamedTuple

from noteapp.core.series.roster import person_key
from noteapp.storage.archive import db

START, STOP = "\x02", "\x03"  # around each match in Hit.snippet
SNIPPET_CHARS = 160
TITLE_WEIGHT = 5.0
_TOKEN = re.compile(r'"[^"]*"?|\S+')
_OPERATORS = ("OR", "NOT", "AND")
NO_FTS5 = (
    "This Python's SQLite has no FTS5 full-text search: matching plain substrings, "
    "newest first, without ranking."
)


class Hit(NamedTuple):
    path: str  # relative to the root
    series: str
    date: dt.date | None
    title: str | None
    line: int  # 1-based line of the first match in the note (1 if only the title matches)
    snippet: str  # that line, clipped, with START/STOP around the matches
    rank: float  # lower is better

    def plain_snippet(self, start: str = "[", stop: str = "]") -> str:
        return self.snippet.replace(START, start).replace(STOP, stop)


class Results(NamedTuple):
    hits: list[Hit]
    message: str | None = None  # e.g. "no full-text search here"


class Filters(NamedTuple):
    series: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    person: str | None = None


def fts_query(text: str, prefix_last: bool = False) -> str:
    """What was typed as a safe FTS5 query (see the module's docstring)."""
    out: list[str] = []
    for token in _TOKEN.findall(text):
        if token in _OPERATORS:
            if out and out[-1] not in _OPERATORS:
                out.append(token)
            continue
        star = token.endswith("*") and not token.startswith('"')
        word = token.strip('"').rstrip("*").replace('"', "")
        if not re.search(r"\w", word):
            continue
        out.append(f'"{word}"' + ("*" if star else ""))
    while out and out[-1] in _OPERATORS:
        out.pop()
    if prefix_last and out and out[-1].endswith('"'):
        out[-1] += "*"
    return " ".join(out)


def search(
    conn: sqlite3.Connection,
    query: str,
    filters: Filters | None = None,
    *,
    limit: int = 20,
    prefix_last: bool = False,
) -> Results:
    """The notes matching ``query``, best first."""
    filters = filters or Filters()
    if db.text_table(conn) != "text_fts":
        return Results(_like_search(conn, query, filters, limit), NO_FTS5)
    match = fts_query(query, prefix_last)
    if not match:
        return Results([])
    where, params = _filters(filters)
    try:
        ranked = conn.execute(
            f"SELECT n.id, n.path, n.series, n.date, n.title, "
            f"bm25(text_fts, {TITLE_WEIGHT}, 1.0) AS rank "
            f"FROM text_fts JOIN notes n ON n.id = text_fts.rowid "
            f"WHERE text_fts MATCH ? {where} ORDER BY rank LIMIT ?",
            (match, *params, limit),
        ).fetchall()
    except sqlite3.OperationalError as exc:  # fts_query should make this impossible
        return Results([], f"cannot search for {query!r}: {exc}")
    if not ranked:
        return Results([])
    ids = [row[0] for row in ranked]
    marks = _marked_by_words(conn, query, ids, prefix_last)
    missing = [i for i in ids if i not in marks]
    if missing:  # accents and the tokenizer's finer points: FTS5 marks these itself
        marks.update(
            conn.execute(
                f"SELECT rowid, highlight(text_fts, 1, '{START}', '{STOP}') FROM text_fts "
                f"WHERE text_fts MATCH ? AND rowid IN ({','.join('?' * len(missing))})",
                (match, *missing),
            ).fetchall()
        )
    return Results([_hit(row, marks.get(row[0], "")) for row in ranked])


def _marked_by_words(
    conn: sqlite3.Connection, query: str, ids: list[int], prefix_last: bool
) -> dict[int, str]:
    """The line of the first match in each body, marked, found with a regular expression
    of the query's words (several times faster than FTS5's highlight() over whole
    bodies); a body where it finds nothing is left to highlight()."""
    pattern = _words_pattern(query, prefix_last)
    if pattern is None:
        return {}
    out: dict[int, str] = {}
    rows = conn.execute(
        f"SELECT rowid, body FROM text_fts WHERE rowid IN ({','.join('?' * len(ids))})", ids
    )
    for rowid, body in rows:
        found = pattern.search(body)
        if found is None:
            continue
        begin = body.rfind("\n", 0, found.start()) + 1
        end = body.find("\n", found.start())
        end = len(body) if end < 0 else end
        line = pattern.sub(lambda m: START + m.group(0) + STOP, body[begin:end])
        out[rowid] = "\n" * body.count("\n", 0, begin) + line  # _hit counts the newlines
    return out


def _words_pattern(query: str, prefix_last: bool) -> re.Pattern[str] | None:
    """A pattern for what the query looks for: each word, each phrase as its words in
    order; not what follows NOT."""
    tokens = _TOKEN.findall(query)
    parts: list[str] = []
    skip = False
    for k, token in enumerate(tokens):
        if token in _OPERATORS:
            skip = token == "NOT"
            continue
        if skip:
            skip = False
            continue
        prefix = token.endswith("*") or (prefix_last and k == len(tokens) - 1)
        words = [re.escape(w) for w in re.findall(r"\w+", token)]
        if words:
            parts.append(r"\W+".join(words) + (r"\w*" if prefix else ""))
    if not parts:
        return None
    parts.sort(key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)", re.I)


def _hit(row: sqlite3.Row, marked: str) -> Hit:
    at = marked.find(START)
    if at < 0:
        line, snippet = 1, ""
    else:
        line = marked.count("\n", 0, at) + 1
        begin = marked.rfind("\n", 0, at) + 1
        end = marked.find("\n", at)
        snippet = _clip(marked[begin : len(marked) if end < 0 else end], at - begin)
    when = dt.date.fromisoformat(row["date"]) if row["date"] else None
    return Hit(row["path"], row["series"], when, row["title"], line, snippet, float(row["rank"]))


def _clip(line: str, at: int) -> str:
    """The line around position ``at``, at most about SNIPPET_CHARS long."""
    line = line.replace("\t", " ")
    if len(line) <= SNIPPET_CHARS:
        return line.strip()
    begin = max(0, at - SNIPPET_CHARS // 3)
    piece = line[begin : begin + SNIPPET_CHARS]
    if piece.count(START) > piece.count(STOP):
        piece += STOP
    return (
        ("…" if begin else "") + piece.strip() + ("…" if begin + SNIPPET_CHARS < len(line) else "")
    )


def _filters(filters: Filters) -> tuple[str, list[object]]:
    where: list[str] = []
    params: list[object] = []
    if filters.series is not None:
        where.append("AND n.series = ?")
        params.append(filters.series)
    if filters.since is not None:
        where.append("AND n.date >= ?")
        params.append(filters.since.isoformat())
    if filters.until is not None:
        where.append("AND n.date <= ?")
        params.append(filters.until.isoformat())
    if filters.person:
        clause, values = person_clause(filters.person)
        where.append(f"AND n.id IN (SELECT note FROM attendees WHERE present = 1 AND {clause})")
        params.extend(values)
    return " ".join(where), params


def person_clause(person: str) -> tuple[str, list[object]]:
    """Attendee rows naming ``person``: the whole name (case and accents ignored), one
    of its words ("Ada" finds "Ada Lovelace"), the handle (``@ada`` or ``ada``), the
    initials."""
    key = person_key(person.lstrip("@"))
    return (
        "(key = ? OR (' ' || key || ' ') LIKE ? ESCAPE '\\' OR lower(handle) = ? OR initials = ?)",
        [key, f"% {_escape_like(key)} %", person.lstrip("@").casefold(), person.strip()],
    )


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like_search(conn: sqlite3.Connection, query: str, filters: Filters, limit: int) -> list[Hit]:
    words = [w.strip('"').rstrip("*") for w in _TOKEN.findall(query) if w not in _OPERATORS]
    words = [w for w in words if w]
    if not words:
        return []
    where, params = _filters(filters)
    likes = " ".join("AND (t.body LIKE ? ESCAPE '\\' OR t.title LIKE ? ESCAPE '\\')" for _ in words)
    values: list[object] = []
    for word in words:
        values += [f"%{_escape_like(word)}%"] * 2
    rows = conn.execute(
        f"SELECT n.id, n.path, n.series, n.date, n.title, 0.0 AS rank, t.body "
        f"FROM text_plain t JOIN notes n ON n.id = t.rowid WHERE 1 {likes} {where} "
        f"ORDER BY n.date DESC, n.path LIMIT ?",
        (*values, *params, limit),
    ).fetchall()
    pattern = re.compile("|".join(re.escape(w) for w in words), re.I)
    return [
        _hit(row, pattern.sub(lambda m: START + m.group(0) + STOP, row["body"])) for row in rows
    ]
