"""The read-back check of a structured edit: outside what it writes, the note reads the same.

An edit is applied only if, parsed again, every task item, agenda item, action item and
attendee it does not touch is still there, with the same reading (text, state, owners,
depth...) at the same place, shifted by the edit. Only the items inside the text the edit
writes may be new; only those inside the text it replaces may go. (The topics of a note
without an agenda are its headings or its first minute lines: a new minute line may
rightly change them, so they are not compared.)
"""

from __future__ import annotations

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


def _reading(record: Any) -> Any:
    """A record without where it is: how it reads."""
    where = {name: 0 for name in ("line", "start", "end", "box") if name in record._fields}
    return record._replace(**where)


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
    for name, attr in KINDS:
        kept = []
        for item in getattr(before, attr):
            if item.end <= edit.start:
                kept.append((item.start, _reading(item)))
            elif item.start >= edit.end:
                kept.append((item.start + delta, _reading(item)))
        read = [
            (item.start, _reading(item))
            for item in getattr(after, attr)
            if attr not in adds
            or not (
                edit.start <= item.start < written_end
                or (item.start < written_end and item.end > edit.start)
            )
        ]
        if kept != read:
            return name
    return None
