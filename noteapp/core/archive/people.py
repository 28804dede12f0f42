"""Attendance over time, and names that are probably one person.

A person is a name as :func:`noteapp.core.series.roster.person_key` folds it (case, accents
and spacing ignored).  :func:`attendance` gathers each person's meetings; absent
entries ("Apologies: ...") are counted apart and are not attendance.

:func:`name_variants` pairs people who are probably one: the same handle, or names
within a small edit distance (one letter in a name of up to :data:`SHORT` letters,
two in a longer one; names of at least :data:`MIN_LETTERS`).  Two names in the same
meeting are two people, and two
different handles are two people, whatever their spelling.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from typing import NamedTuple

from noteapp.core.series.roster import person_key

SHORT = 10
MIN_LETTERS = 7  # shorter names ("John", "Johan") are too often two people


class Seen(NamedTuple):
    """One attendee entry of one note."""

    note: str
    date: dt.date | None
    series: str
    name: str
    handle: str | None = None
    initials: str | None = None
    present: bool = True


@dataclass
class Person:
    key: str
    name: str  # the spelling of their most recent meeting
    spellings: Counter[str] = field(default_factory=Counter)
    handles: set[str] = field(default_factory=set)
    initials: set[str] = field(default_factory=set)
    meetings: list[tuple[dt.date | None, str, str]] = field(default_factory=list)  # present
    absent: int = 0
    notes: set[str] = field(default_factory=set)  # every note naming them
    attended: set[str] = field(default_factory=set, repr=False)  # the notes of meetings

    @property
    def dated(self) -> list[dt.date]:
        return sorted(d for d, _n, _s in self.meetings if d is not None)

    @property
    def first(self) -> dt.date | None:
        return self.dated[0] if self.dated else None

    @property
    def last(self) -> dt.date | None:
        return self.dated[-1] if self.dated else None

    @property
    def series(self) -> Counter[str]:
        return Counter(s for _d, _n, s in self.meetings)


class Variant(NamedTuple):
    """``other`` is probably ``person`` written another way."""

    person: Person  # the more frequent spelling: the one to keep
    other: Person
    reason: str  # "same handle @jdoe" or "1 letter apart"


def attendance(entries: Iterable[Seen]) -> list[Person]:
    """Everyone named in ``entries``, most meetings first."""
    people: dict[str, Person] = {}
    latest: dict[str, tuple[dt.date, str]] = {}
    for seen in entries:
        key = person_key(seen.name)
        if not key:
            continue
        person = people.get(key)
        if person is None:
            person = people[key] = Person(key, seen.name)
        person.spellings[seen.name] += 1
        person.notes.add(seen.note)
        if seen.handle:
            person.handles.add(seen.handle.casefold())
        if seen.initials:
            person.initials.add(seen.initials)
        when = (seen.date or dt.date.min, seen.note)
        if key not in latest or when >= latest[key]:
            latest[key] = when
            person.name = seen.name
        if seen.present:
            if seen.note not in person.attended:
                person.attended.add(seen.note)
                person.meetings.append((seen.date, seen.note, seen.series))
        else:
            person.absent += 1
    return sorted(people.values(), key=lambda p: (-len(p.meetings), p.key))


def name_variants(people: Iterable[Person]) -> list[Variant]:
    """Pairs of people who are probably one person, the likeliest first."""
    everyone = list(people)
    pairs: dict[tuple[str, str], str] = {}
    by_handle: dict[str, list[Person]] = {}
    for person in everyone:
        for handle in person.handles:
            by_handle.setdefault(handle, []).append(person)
    for handle, group in by_handle.items():
        for a, b in combinations(group, 2):
            pairs[_pair(a, b)] = f"same handle @{handle}"
    by_key = {p.key: p for p in everyone}
    for a_key, b_key in _close_keys([p.key for p in everyone]):
        distance = bounded_distance(a_key, b_key, _allowed(a_key, b_key))
        if distance is not None:
            letters = "letter" if distance == 1 else "letters"
            pairs.setdefault(_pair(by_key[a_key], by_key[b_key]), f"{distance} {letters} apart")
    out = []
    for (a_key, b_key), reason in pairs.items():
        a, b = by_key[a_key], by_key[b_key]
        if a.notes & b.notes or (a.handles and b.handles and not a.handles & b.handles):
            continue  # named in one meeting together, or two different handles
        keep, other = (a, b) if (len(a.meetings), a.key) >= (len(b.meetings), b.key) else (b, a)
        out.append(Variant(keep, other, reason))
    out.sort(key=lambda v: (-len(v.person.meetings) - len(v.other.meetings), v.person.key))
    return out


def _pair(a: Person, b: Person) -> tuple[str, str]:
    return (a.key, b.key) if a.key < b.key else (b.key, a.key)


def _allowed(a: str, b: str) -> int:
    return 1 if min(len(a), len(b)) <= SHORT else 2


def _close_keys(keys: list[str]) -> set[tuple[str, str]]:
    """Pairs of keys that may be within two edits: they share a string made by deleting
    up to two characters from each (a deletion neighbourhood, so no all-pairs scan)."""
    buckets: dict[str, list[str]] = {}
    for key in keys:
        if len(key) < MIN_LETTERS:
            continue
        for variant in _deletions(key, 1 if len(key) <= SHORT else 2):
            buckets.setdefault(variant, []).append(key)
    found: set[tuple[str, str]] = set()
    for group in buckets.values():
        if 1 < len(group) < 50:  # a huge bucket is a common fragment, not a name
            for a, b in combinations(sorted(set(group)), 2):
                found.add((a, b))
    return found


def _deletions(word: str, depth: int) -> set[str]:
    out = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


def bounded_distance(a: str, b: str, limit: int) -> int | None:
    """The Levenshtein distance of ``a`` and ``b`` if it is at most ``limit``, else None."""
    if abs(len(a) - len(b)) > limit:
        return None
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return None
        previous = current
    return previous[-1] if 0 < previous[-1] <= limit else None
