"""Mark a tracked action item done where it is open now, as one edit.

The tracker knows the item's words and its lines in its newest note.  Each open copy
on those lines is ticked (one box character, in the note's own ``x``/``X`` habit); a
copy without a box (``TODO: ...``) is struck through (``~~...~~``), which is how the
notes write "done" without a box.  The copies are checked against the words first:
a note edited since it was indexed is refused, never edited in the wrong place.
"""

from __future__ import annotations

from collections.abc import Iterable

from noteapp.core.errors import StructureEditError
from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.task_edits import set_checked
from noteapp.core.series.matching import item_key
from noteapp.core.text.edits import Edit, minimal_edit


def done_edit(text: str, words: str, lines: Iterable[int]) -> Edit:
    """The one edit that marks the item with ``words`` done on ``lines`` of ``text``."""

    key = item_key(words)
    items = parse_meeting(text).action_items
    wanted = {a.line for a in items if a.line in set(lines) and item_key(a.text) == key}
    if not wanted:  # the lines moved: the copies with these words, wherever they are now
        wanted = {a.line for a in items if item_key(a.text) == key and not a.done}
    if not wanted:
        raise StructureEditError(
            f"the note no longer holds the action item {words!r} (it changed since it was "
            "indexed); nothing was edited"
        )
    current = text
    for line in sorted(wanted, reverse=True):  # from the end: earlier offsets stay valid
        meeting = parse_meeting(current)
        item = next(a for a in meeting.action_items if a.line == line)
        if item.done:
            continue
        box = next((i for i, t in enumerate(meeting.checklist) if t.line == line), None)
        if box is not None:
            current = set_checked(current, box, True).apply(current)
        else:
            current = _strike(current, item.start, item.end, item.text).apply(current)
    return minimal_edit(text, 0, len(text), current)


def _strike(text: str, start: int, end: int, words: str) -> Edit:
    at = text.find(words, start, end)
    if at < 0:
        raise StructureEditError(f"cannot find {words!r} on its line to strike it through")
    return Edit(at, at + len(words), f"~~{words}~~")
