"""One person's name changed across notes: in each note, only their attendee entries.

:func:`rename_in_text` rewrites every attendee entry whose name folds to the old one
(:func:`noteapp.core.series.roster.person_key`) through the attendee edits, so each entry
keeps its note's style (table padding, ``Name (XX)`` lists...); :func:`preview` is the
unified diff shown before anything is written.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from noteapp.core.errors import NoteError
from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.attendees.edits import update_attendee
from noteapp.core.series.roster import person_key
from noteapp.core.text.edits import Edit, minimal_edit
from noteapp.core.text.source import read_note

MAX_ENTRIES = 20  # one note names one person a few times at most


def rename_in_text(text: str, old: str, new: str) -> Edit | None:
    """The edit that renames attendee ``old`` to ``new`` in ``text``; None if the note
    has no such entry.  Raises StructureEditError when an entry cannot be rewritten."""

    key = person_key(old)
    current = text
    for _ in range(MAX_ENTRIES):
        names = [a.name for a in parse_meeting(current).attendees]
        index = next((i for i, n in enumerate(names) if person_key(n) == key and n != new), None)
        if index is None:
            break
        current = update_attendee(current, index, name=new).apply(current)
    if current == text:
        return None
    return minimal_edit(text, 0, len(text), current)


def preview(text: str, edit: Edit, name: str) -> str:
    """A unified diff of ``text`` before and after ``edit`` (three lines of context)."""

    after = edit.apply(text)
    lines = difflib.unified_diff(
        text.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=f"a/{name}",
        tofile=f"b/{name}",
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


class Planned(NamedTuple):
    """One note's part of a rename: its edit (None: nothing to change) or why not."""

    path: Path
    text: str
    edit: Edit | None
    error: str | None = None


def plan_rename(paths: Iterable[Path], old: str, new: str) -> list[Planned]:
    """The edit of each note; a note that cannot be read or edited says why."""

    planned = []
    for path in paths:
        try:
            text = read_note(path).text
            planned.append(Planned(path, text, rename_in_text(text, old, new)))
        except (NoteError, OSError) as exc:
            planned.append(Planned(path, "", None, str(exc)))
    return planned
