"""The series' earlier notes of a note: the notes beside it in its folder whose names
sort before its own (dated names sort by date), newest first.

Edits that must follow a habit the note itself does not show yet (the tick mark of a
note with nothing ticked) read them, lazily: one at a time, only when asked.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from noteapp.core.errors import NoteError
from noteapp.core.text.check import NOTE_SUFFIXES
from noteapp.storage.notefile import open_note

LIMIT = 12  # the newest notes asked, at most: a habit shows in the last few


def earlier_notes(path: str | os.PathLike[str] | None, limit: int = LIMIT) -> Iterator[str]:
    """The texts of the notes before ``path`` in its folder, newest first (unreadable
    ones skipped); nothing for an unsaved note."""
    if path is None:
        return
    note = Path(path)
    try:
        names = sorted(
            p.name
            for p in note.parent.iterdir()
            if p.name < note.name and p.suffix.lower() in NOTE_SUFFIXES and p.suffix and p.is_file()
        )
    except OSError:
        return
    for name in reversed(names[-limit:]):
        try:
            yield open_note(note.parent / name).text
        except (OSError, NoteError):
            continue
