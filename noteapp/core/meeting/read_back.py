"""The read-back check of a structured edit: outside what it writes, the note reads the same.

An edit is applied only if, parsed again, every task item, agenda item, action item and
attendee it does not touch is still there, with the same reading (text, state, owners,
depth...) at the same place, shifted by the edit. Only the items inside the text the edit
writes may be new; only those inside the text it replaces may go. (The topics of a note
without an agenda are its headings or its first minute lines: a new minute line may
rightly change them, so they are not compared.)
"""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from noteapp.core.meeting import Meeting
    from noteapp.core.text.edits import Edit

# What a meeting lists, by the name a message gives it.
KINDS = (
    ("task items", "checklist"),
    ("agenda", "agenda"),
    ("action items", "action_items"),
    ("attendees", "attendees"),
)


_WHERE = frozenset(("line", "start", "end", "box"))


def _reading_of(record: Any) -> Callable[[Any], Any]:
    """For records like ``record``: what one says without where it is (how it reads)."""
    return itemgetter(*(i for i, name in enumerate(record._fields) if name not in _WHERE))


def changed_reading(
    before: Meeting, after: Meeting, edit: Edit, adds: frozenset[str] = frozenset()
) -> str | None:
    """The name of the first kind of item (see :data:`KINDS`) that ``edit`` changes
    outside its own text, or adds inside it unless ``adds`` names it (a speaker line
    nested under a topic is a line of the agenda's outline, never an attendee); None
    when every other item reads back unchanged. ``after`` is the parse of
    ``edit.apply(before.text)``."""
    written_end = edit.start + len(edit.new)
    delta = len(edit.new) - (edit.end - edit.start)
    # an item ending where the edit starts is left alone only if its line still ends
    # there (the edit starts a new line); text written after it is a part of it
    line_kept = after.text[edit.start : edit.start + 1] in ("\n", "")
    for name, attr in KINDS:
        old = getattr(before, attr)
        head = [  # before the edit: the very same
            x for x in old if x.end < edit.start or (x.end == edit.start and line_kept)
        ]
        tail = [x for x in old if x.start >= edit.end and x.end > edit.start]  # shifted
        new = [  # but the items in what the edit writes, where they may be
            x
            for x in getattr(after, attr)
            if attr not in adds
            or (
                not (edit.start <= x.start < written_end)
                and not (x.start < written_end and x.end > edit.start)
            )
        ]
        moved = new[len(head) :]
        if new[: len(head)] != head or len(moved) != len(tail):
            return name
        if tail:
            reading = _reading_of(tail[0])
            if any(
                b.start != a.start + delta or reading(a) != reading(b)
                for a, b in zip(tail, moved, strict=True)
            ):
                return name
    return None
