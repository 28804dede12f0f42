"""Errors the core raises; each message is written for the person at the keyboard."""

from __future__ import annotations

import errno
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


# What happened, and what to do about it, for the errors a file operation meets.
_OS_ADVICE: dict[int, tuple[str, str]] = {
    errno.ENOENT: ("no such file or folder", "check the path"),
    errno.EACCES: ("permission denied", "check its permissions (ls -l) or ask its owner"),
    errno.EPERM: ("operation not permitted", "check its permissions (ls -l) or ask its owner"),
    errno.ENOSPC: ("no space left on the disk", "free some space and try again"),
    errno.EDQUOT: ("over the disk quota", "free some space and try again"),
    errno.EROFS: ("the file system is read-only", "write somewhere else"),
    errno.EISDIR: ("is a folder", "give a file name"),
    errno.ENOTDIR: ("a part of the path is not a folder", "check the path"),
    errno.ELOOP: ("too many symbolic links (a loop?)", "check where the links point"),
    errno.ENAMETOOLONG: ("the name is too long", "choose a shorter name"),
    errno.EIO: ("input/output error", "check the disk or the network share, then try again"),
    errno.EEXIST: ("already exists", "choose another name"),
}


def describe_os_error(exc: OSError, path: str | Path | None = None, outcome: str = "") -> str:
    """``<file>: <what happened>[, <outcome>] — <what to do>`` for an OSError.

    ``outcome`` says what became of the user's data ("nothing was written").
    """
    where = path if path is not None else exc.filename
    happened, todo = _OS_ADVICE.get(
        exc.errno or 0, ((exc.strerror or str(exc)).lower(), "try again")
    )
    prefix = f"{where}: " if where is not None else ""
    suffix = f", {outcome}" if outcome else ""
    return f"{prefix}{happened}{suffix} — {todo}"
