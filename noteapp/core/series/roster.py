"""The roster of a meeting series: who came to its recent meetings.

:func:`roster_for` reads the most recent other notes beside a note (same folder; the
sibling year folders ``2023/``, ``2024/`` when the folder is a year, or the year
folders under it; the sibling ``*/index.md`` notes when each note is a folder's
``index.md``), takes their attendees and merges them by name. It is meant for the
"Add attendee" completion, off the typing path, so it stays cheap: only the head of
each file is read, a file that does not decode is skipped, and each file's people are
cached by (path, mtime, size), so a second call only lists the folders.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from noteapp.core.meeting.when import date_from_path
from noteapp.core.text.frontmatter import parse_front_matter
from noteapp.core.text.outline import Outline
from noteapp.core.text.source import NEWLINE_RE

NOTE_SUFFIXES = (".md", ".markdown", ".txt", ".qmd")
# Attendee blocks sit near the top; a long multi-meeting file is read up to here.
MAX_BYTES = 256 * 1024
_YEAR = re.compile(r"(?:19|20)\d\d")
_INDEX_NAMES = ("index", "readme", "_index")
_TYPED_INITIALS = re.compile(r"^(?P<name>.*?)\s*\((?P<initials>[A-Za-z]{1,5})\)\s*$")


@dataclass(frozen=True)
class RosterEntry:
    """A person of the series, as their most recent note writes them."""

    name: str
    initials: str | None
    handle: str | None
    affiliation: str | None
    count: int  # how many of the notes read list them
    last_seen: dt.date  # the date of the most recent of those notes


def person_key(name: str) -> str:
    """``Gābor  Kovācs`` and ``gabor kovacs`` are the same person."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def roster_for(path: str | os.PathLike[str] | None, limit: int = 12) -> list[RosterEntry]:
    """The people of the ``limit`` most recent other notes beside ``path``, most frequent
    first, then most recently seen (their most recent spelling, handle and initials)."""
    if path is None:
        return []
    people: dict[str, _Seen] = {}
    for order, (when, other) in enumerate(_recent_notes(Path(path), limit)):
        seen: set[str] = set()
        for name, initials, handle, affiliation in _people_in(str(other), *_stamp(other)):
            key = person_key(name)
            if key in seen:
                continue  # listed twice in one note: one appearance
            seen.add(key)
            found = people.get(key)
            if found is None:  # the most recent note comes first: its spelling wins
                people[key] = _Seen(name, initials, handle, affiliation, 0, when, order)
                found = people[key]
            found.initials = found.initials or initials
            found.handle = found.handle or handle
            found.affiliation = found.affiliation or affiliation
            found.count += 1
    ranked = sorted(people.items(), key=lambda kv: (-kv[1].count, kv[1].order, kv[0]))
    return [
        RosterEntry(p.name, p.initials, p.handle, p.affiliation, p.count, p.last_seen)
        for _key, p in ranked
    ]


@dataclass
class _Seen:
    name: str
    initials: str | None
    handle: str | None
    affiliation: str | None
    count: int
    last_seen: dt.date
    order: int  # 0 for the most recent note read


def typed_person(typed: str, roster: Sequence[RosterEntry]) -> dict[str, str | None]:
    """The fields to add for what was typed in the Add field: ``Name`` or ``Name (XX)``,
    completed by the roster entry of that name (what was typed wins)."""
    text = " ".join(typed.split())
    match = _TYPED_INITIALS.match(text)
    name, initials = (match["name"], match["initials"]) if match else (text, None)
    entry = next((e for e in roster if person_key(e.name) == person_key(name)), None)
    if entry is None:
        return {"name": name, "initials": initials, "handle": None, "affiliation": None}
    return {
        "name": entry.name,
        "initials": initials or entry.initials,
        "handle": entry.handle,
        "affiliation": entry.affiliation,
    }


# ----------------------------------------------------------------------------- the files


def _stamp(path: Path) -> tuple[int, int]:
    try:
        info = path.stat()
    except OSError:
        return 0, -1
    return info.st_mtime_ns, info.st_size


def _recent_notes(note: Path, limit: int) -> list[tuple[dt.date, Path]]:
    """The ``limit`` most recent other notes of the series, newest first, with their date
    (from the file name, else the modification time)."""
    found: list[tuple[dt.date, int, Path]] = []
    me = os.path.normcase(os.path.abspath(note))
    for candidate in _candidates(note):
        if os.path.normcase(os.path.abspath(candidate)) == me:
            continue
        mtime, size = _stamp(candidate)
        if size < 0:
            continue
        when = date_from_path(candidate) or dt.date.fromtimestamp(mtime / 1e9)
        found.append((when, mtime, candidate))
    found.sort(key=lambda f: (f[0], f[1]), reverse=True)
    return [(when, path) for when, _mtime, path in found[:limit]]


def _candidates(note: Path) -> Iterator[Path]:
    if note.stem.lower() in _INDEX_NAMES:  # one folder per meeting: its siblings' index files
        for folder in _subfolders(note.parent.parent):
            yield from (p for p in _files(folder) if p.name.lower() == note.name.lower())
        return
    folder = note.parent
    folders = [folder]
    if _YEAR.fullmatch(folder.name):
        folders += [f for f in _subfolders(folder.parent) if _YEAR.fullmatch(f.name)]
    folders += [f for f in _subfolders(folder) if _YEAR.fullmatch(f.name)]
    for each in dict.fromkeys(folders):
        yield from (p for p in _files(each) if "template" not in p.name.lower())


def _subfolders(folder: Path) -> list[Path]:
    try:
        with os.scandir(folder) as entries:
            return [Path(e.path) for e in entries if e.is_dir() and not e.name.startswith(".")]
    except OSError:
        return []


def _files(folder: Path) -> list[Path]:
    try:
        with os.scandir(folder) as entries:
            return [
                Path(e.path)
                for e in entries
                if e.is_file() and e.name.lower().endswith(NOTE_SUFFIXES)
            ]
    except OSError:
        return []


@lru_cache(maxsize=256)
def _people_in(
    path: str, mtime_ns: int, size: int
) -> tuple[tuple[str, str | None, str | None, str | None], ...]:
    """The attendees of one note (cached by its path and stamp); none if unreadable."""
    # Here, not at the top: the window imports this module (person_key) on its way to
    # the first paint; the attendee readers take ~60 ms to import.
    from noteapp.core.meeting.attendees.scanner import parse_attendees

    text = _head(Path(path))
    if text is None:
        return ()
    try:
        fm = parse_front_matter(text)
        people, _groups = parse_attendees(Outline(text, fm.end), fm)
    except Exception:  # a note the parser trips over must not break completion
        return ()
    return tuple((a.name, a.initials, a.handle, a.affiliation) for a in people)


def _head(path: Path) -> str | None:
    """The first :data:`MAX_BYTES` of a UTF-8 note, whole lines only; None if it is not
    UTF-8 text."""
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except OSError:
        return None
    truncated = len(data) > MAX_BYTES
    data = data[:MAX_BYTES].removeprefix(codecs.BOM_UTF8)
    if b"\x00" in data:
        return None
    try:  # a cut may split a character: an incremental decoder keeps its start for later
        text = codecs.getincrementaldecoder("utf-8")().decode(data, final=not truncated)
    except UnicodeDecodeError:
        return None
    text = NEWLINE_RE.sub("\n", text)
    return text[: text.rfind("\n") + 1] if truncated else text
