"""Errors the core raises; each message is written for the person at the keyboard."""

from __future__ import annotations

from pathlib import Path


class NoteError(Exception):
    """Base class: something about a note that the user must be told."""


class NotATextFile(NoteError):
    """A directory, a binary file or something else that is not a text note."""


class DecodeFailure(NoteError):
    """The bytes are not valid in the encoding tried; nothing was opened."""

    def __init__(self, path: Path | None, encoding: str, offset: int, reason: str) -> None:
        self.path = path
        self.encoding = encoding
        self.offset = offset
        self.reason = reason
        where = str(path) if path else "the text"
        super().__init__(
            f"{where}: not valid {encoding} at byte {offset} ({reason}). "
            "Nothing was opened or changed; choose the file's encoding to open it."
        )


class EncodeFailure(NoteError):
    """The text holds a character the note's encoding cannot store."""


class FrontMatterError(NoteError):
    """A front-matter key could not be read or written safely."""


class StructureEditError(NoteError):
    """A structured edit (attendee, agenda item...) that cannot be written safely."""


class ScheduleError(NoteError):
    """A cadence, zone, date or time a meeting cannot be scheduled with."""


class SeriesError(NoteError):
    """A series file or a template that cannot be used; the message names the line."""


class PublishError(NoteError):
    """An export, import, HackMD or git step that could not be done; nothing was lost."""
