"""Carry-over: the open action items of the previous meeting, for the next note.

What moves: every action item ``parse_meeting`` finds in the previous note (the
action-item and carry-over sections, ``TODO:`` lines, task items) that is not done,
and the agenda topics pushed to a later meeting (under "Pushed to next meeting" or
"From previous meeting(s)" inside the agenda) that were not ticked.  What stays: done
items (checked or struck through), empty template slots (``- [ ]``, ``- [ ] .``,
``- [ ] ()``, a bare ``TODO:``), and an open item whose very text is also ticked
elsewhere in that note.  Each item is marked
with the date of the note it came from, ``(from 2024-01-10)``; an item that already
carries such a mark keeps it, so it names the meeting where it was first written.
Only the item's own line moves, not the discussion nested under it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from noteapp.core.errors import NoteError
from noteapp.core.meeting import parse_meeting
from noteapp.core.source import read_note
from noteapp.core.tasks import owners_of

_MARK = re.compile(r"\(from \d{4}-\d{2}-\d{2}\)\s*$")
_NO_WORDS = re.compile(r"[\W_]*")
_TODO_ONLY = re.compile(r"\(?todo\)?[\W_]*", re.I)


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


def carried_items(path: Path, source: dt.date) -> tuple[CarriedItem, ...]:
    """The open action items of the note at ``path`` (dated ``source``).

    Raises NoteError (with the file's name) when the note cannot be read."""
    try:
        text = read_note(path).text
    except (NoteError, OSError) as exc:
        raise NoteError(
            f"{path}: cannot read the previous note to carry its items ({exc})"
        ) from None
    return open_items(text, source, path)


def open_items(text: str, source: dt.date, path: Path | None = None) -> tuple[CarriedItem, ...]:
    meeting = parse_meeting(text, path)
    # Agenda topics pushed to a later meeting ("Pushed to next meeting", "From previous
    # meeting(s)" inside the agenda) move too, as items already carried once.
    carry = [s for s in meeting.sections if s.role == "carryover"]
    pushed = [t for t in meeting.topics if any(s.start <= t.start < s.end for s in carry)]
    items = sorted(
        [(a.start, a.text, a.owners, a.done, a.carried) for a in meeting.action_items]
        + [(t.start, t.text, owners_of(t.text), bool(t.checked), True) for t in pushed]
    )
    done = {body for _start, body, _owners, is_done, _carried in items if is_done}
    seen: set[str] = set()
    out = []
    for _start, body, owners, is_done, carried in items:
        body = body.strip()
        empty = _NO_WORDS.fullmatch(body) or _TODO_ONLY.fullmatch(body)
        if is_done or empty or body in done or body in seen:
            continue
        seen.add(body)
        out.append(CarriedItem(body, source, owners, carried))
    return tuple(out)
