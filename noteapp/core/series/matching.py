"""An action item's carried copies traced back to the meeting it was first written in.

Communities carry open action items from note to note by copy and paste, by a
template's "previous action items" section, or by noteapp's carry-over (which marks
each copy ``(from 2024-01-10)``).  :func:`thread_items` walks a series' meetings in
date order and joins each item to the *thread* of its earlier copies:

1. the same words (:func:`item_key`: case, accents, Markdown, punctuation and the
   ``(from DATE)`` mark ignored) as a thread that is still open, or that a copy in
   this very note belongs to;
2. else nearly the same words (:data:`SIMILAR` of the words shared, or half of them
   and :data:`SIMILAR_TEXT` of the letters in order; at least :data:`MIN_WORDS`
   words) as a thread still open in one of the last :data:`LOOKBACK` meetings: a
   typo fixed, a link added while copying;
3. else a new thread, first written here, or on the date its ``(from DATE)`` mark
   names when that is earlier.

An item closed (ticked or struck through) in an earlier meeting and written open
again, neither marked nor under a carry-over heading, is a new item with the same
words ("Review the open PRs").  A leading ``TODO:`` is not part of the words.
Within one note several copies of a thread count once; it is done there if any copy
is ticked.  The thread's state is its state in the newest meeting it appears in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

LOOKBACK = 3
SIMILAR = 0.8
SIMILAR_TEXT = 0.9
MIN_WORDS = 4
MARK = re.compile(r"\s*\((?:carried (?:over )?)?from (\d{4}-\d{2}-\d{2})\)", re.I)
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_WORD = re.compile(r"\w+")


class Copy(NamedTuple):
    """One action item as one note writes it."""

    note: str  # the caller's name for the note (a relative path)
    date: dt.date
    text: str
    owners: tuple[str, ...] = ()
    done: bool = False
    line: int = 0
    carried: bool = False  # under a carry-over heading in that note


def from_mark(text: str) -> dt.date | None:
    """The date of a ``(from 2024-01-10)`` mark in ``text``."""
    match = MARK.search(text)
    if match is None:
        return None
    try:
        return dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None


def without_mark(text: str) -> str:
    return MARK.sub("", text).strip()


@lru_cache(maxsize=65536)  # a carried item is the same text in note after note
def item_key(text: str) -> str:
    """The words of an item, for matching copies: ``(MB) Ask *core* members (from
    2020-11-18)`` and ``(mb) ask core members`` have the same key."""
    text = _LINK.sub(r"\1", without_mark(text))
    if text.isascii():
        bare = text.casefold()
    else:
        bare = unicodedata.normalize("NFKD", text)
        bare = "".join(ch for ch in bare if not unicodedata.combining(ch)).casefold()
    words = _WORD.findall(bare.replace("_", " "))
    if words[:1] == ["todo"]:  # "TODO: Eric to ..." copied as "Eric to ..."
        words = words[1:]
    return " ".join(words)


@dataclass
class Thread:
    """An action item across the meetings it was carried through."""

    key: str
    first: dt.date  # the date it was first written (or the earliest mark names)
    copies: list[Copy] = field(default_factory=list)
    meetings: list[int] = field(default_factory=list)  # meeting indexes, ascending
    states: list[bool] = field(default_factory=list)  # done in each of those meetings
    age: int = 0  # meetings held since it was written, up to the newest (or the done one)

    @property
    def id(self) -> str:
        digest = hashlib.sha1(f"{self.first.isoformat()}\x1f{self.key}".encode())
        return digest.hexdigest()[:10]

    @property
    def done(self) -> bool:
        return self.states[-1]

    @property
    def newest(self) -> list[Copy]:
        """The copies in the newest note it appears in."""
        last = self.copies[-1].note
        return [c for c in self.copies if c.note == last]

    @property
    def text(self) -> str:
        return without_mark(self.newest[0].text)

    @property
    def owners(self) -> tuple[str, ...]:
        return next((c.owners for c in reversed(self.copies) if c.owners), ())

    @property
    def notes(self) -> list[tuple[str, dt.date]]:
        """The notes it appears in, oldest first, once each."""
        seen: dict[str, dt.date] = {}
        for copy in self.copies:
            seen.setdefault(copy.note, copy.date)
        return list(seen.items())

    @property
    def origin(self) -> str:
        return self.copies[0].note


class Meeting(NamedTuple):
    note: str
    date: dt.date
    items: Sequence[Copy]


def thread_items(
    meetings: Iterable[Meeting], step: Callable[[], None] | None = None
) -> list[Thread]:
    """Every action item of a series' ``meetings`` (any order; sorted by date, then
    note) as threads, in the order they were first written.  ``step``: called before
    each item (a caller's chance to pause a long threading)."""
    ordered = sorted(meetings, key=lambda m: (m.date, m.note))
    threads: list[Thread] = []
    by_key: dict[str, Thread] = {}
    active: dict[int, Thread] = {}  # threads seen in the last LOOKBACK meetings
    for index, meeting in enumerate(ordered):
        here: dict[int, Thread] = {}  # id(thread) -> thread, joined in this note
        active = {k: t for k, t in active.items() if t.meetings[-1] >= index - LOOKBACK}
        # What _similar may join an item to: a thread joined in this note is skipped
        # there, and every thread this note adds to ``active`` is, so the threads of the
        # earlier meetings are all it needs (in active's order): a note of thousands of
        # items no longer walks them all for each (1.4 s for one 50,000-line note).
        earlier = list(active.values())
        for copy in meeting.items:
            if step is not None:
                step()
            key = item_key(copy.text)
            if not key:
                continue  # an empty template slot
            thread = _same_words(by_key.get(key), copy, here)
            if thread is None:
                thread = _similar(key, earlier, here)
            if thread is None:
                mark = from_mark(copy.text)
                first = mark if mark is not None and mark < meeting.date else meeting.date
                thread = Thread(key, first)
                threads.append(thread)
            elif (mark := from_mark(copy.text)) is not None and mark < thread.first:
                thread.first = mark
            by_key[key] = thread
            active[id(thread)] = thread
            if here.get(id(thread)) is None:
                here[id(thread)] = thread
                thread.meetings.append(index)
                thread.states.append(copy.done)
            else:
                thread.states[-1] = thread.states[-1] or copy.done
            thread.copies.append(copy)
    last = len(ordered) - 1
    for thread in threads:
        end = thread.meetings[-1] if thread.done else last
        thread.age = end - thread.meetings[0]
    return threads


def _same_words(thread: Thread | None, copy: Copy, here: dict[int, Thread]) -> Thread | None:
    if thread is None or id(thread) in here:
        return thread
    copied = copy.carried or from_mark(copy.text) is not None
    reopened = thread.done and not copy.done and not copied
    return None if reopened else thread


def _similar(key: str, active: Iterable[Thread], here: dict[int, Thread]) -> Thread | None:
    words = set(key.split())
    if len(words) < MIN_WORDS:
        return None
    best, score = None, SIMILAR
    for thread in active:
        if not thread.meetings or thread.done or id(thread) in here:
            continue
        other = set(thread.key.split())
        if len(other) < MIN_WORDS:
            continue
        shared = len(words & other) / len(words | other)
        if 0.5 <= shared < SIMILAR:  # one word misspelt in a short item
            from difflib import SequenceMatcher

            if SequenceMatcher(None, key, thread.key).ratio() >= SIMILAR_TEXT:
                shared = SIMILAR
        if shared >= score:
            best, score = thread, shared
    return best


def open_in_last(meetings: Iterable[Meeting]) -> list[Thread]:
    """The threads open in the newest of ``meetings``: what a next note carries."""
    ordered = sorted(meetings, key=lambda m: (m.date, m.note))
    if not ordered:
        return []
    last = len(ordered) - 1
    return [t for t in thread_items(ordered) if t.meetings[-1] == last and not t.done]
