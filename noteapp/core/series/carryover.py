"""Carry-over: the open action items of the previous meeting, for the next note.

What moves: every action item ``parse_meeting`` finds in the previous note (the
action-item and carry-over sections, ``TODO:`` lines, task items) that is not done,
and the agenda topics pushed to a later meeting (under "Pushed to next meeting" or
"From previous meeting(s)" inside the agenda) that were not ticked.  What stays: done
items (checked or struck through), empty template slots (``- [ ]``, ``- [ ] .``,
``- [ ] ()``, a bare ``TODO:``), and an open item whose very text is also ticked
elsewhere in that note.  Each item is marked with the date of the note it came from,
``(from 2024-01-10)``; an item that already carries such a mark keeps it, so it names
the meeting where it was first written.
Only the item's own line moves, not the discussion nested under it.

Copies are matched as the action-item tracker matches them
(:mod:`noteapp.core.series.matching`): the same item written twice in the note, or
with its words slightly changed, is carried once, and with the ``earlier`` notes of
the series an item copied by hand without a mark is marked with the date of the
meeting where it was first written.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from noteapp.core.errors import NoteError
from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.tasks import owners_of
from noteapp.core.series.matching import Copy, Meeting, open_in_last
from noteapp.core.text.source import read_note

_MARK = re.compile(r"\(from \d{4}-\d{2}-\d{2}\)\s*$")
# How many earlier notes are read to find where a hand-copied item was first written.
HISTORY = 12


@dataclass(frozen=True)
class CarriedItem:
    text: str  # as the previous note writes it, without marker and box
    source: dt.date  # the date of the note it came from
    owners: tuple[str, ...] = ()
    carried: bool = False  # it was already under a carry-over heading there

    @property
    def marked(self) -> str:
        """``(HV) Migrate boost (from 2024-01-10)``."""
        if _MARK.search(self.text):
            return self.text
        return f"{self.text} (from {self.source.isoformat()})"


def carried_items(
    path: Path, source: dt.date, earlier: Sequence[tuple[dt.date, Path]] = ()
) -> tuple[CarriedItem, ...]:
    """The open action items of the note at ``path`` (dated ``source``); ``earlier``
    notes of the series (date, path) tell where each item was first written (the last
    :data:`HISTORY` of them are read; one that cannot be read is skipped).

    Raises NoteError (with the file's name) when the note itself cannot be read."""
    try:
        text = read_note(path).text
    except (NoteError, OSError) as exc:
        raise NoteError(
            f"{path}: cannot read the previous note to carry its items ({exc})"
        ) from None
    history = []
    for when, other in list(earlier)[-HISTORY:]:
        try:
            history.append(_meeting(read_note(other).text, when, other))
        except (NoteError, OSError):
            continue
    return open_items(text, source, path, history)


def open_items(
    text: str, source: dt.date, path: Path | None = None, history: Sequence[Meeting] = ()
) -> tuple[CarriedItem, ...]:
    """The items of ``text`` (the note of ``source``) to carry, after ``history``."""
    last = _meeting(text, source, path)
    threads = open_in_last([*history, last])
    out = []
    for thread in sorted(threads, key=lambda t: min(c.line for c in t.newest)):
        copy = min(thread.newest, key=lambda c: c.line)
        out.append(CarriedItem(copy.text.strip(), thread.first, copy.owners, copy.carried))
    return tuple(out)


def _meeting(text: str, when: dt.date, path: Path | None) -> Meeting:
    name = str(path) if path is not None else "(previous note)"
    meeting = parse_meeting(text, path)
    items = [
        Copy(name, when, a.text, a.owners, a.done, a.line, a.carried) for a in meeting.action_items
    ]
    # Agenda topics pushed to a later meeting ("Pushed to next meeting", "From previous
    # meeting(s)" inside the agenda) move too, as items already carried once.
    carry = [s for s in meeting.sections if s.role == "carryover"]
    items += [
        Copy(name, when, t.text, owners_of(t.text), bool(t.checked), t.line, True)
        for t in meeting.topics
        if any(s.start <= t.start < s.end for s in carry)
    ]
    items.sort(key=lambda c: c.line)
    return Meeting(name, when, items)
