"""A note on disk: the one place that opens and writes note files (Qt-free).

Every write of a note goes through :func:`save` (the window, the scripting API's
``Note.save``, HackMD pull and sync, the window's save before a git commit) or
:func:`write_note` (a new note from a series, never over a file).  What they share:

- **open** with an encoding the user chose, or the file's own (:func:`open_note`);
- **a guard**: ``save(..., expect=digest)`` refuses with :class:`ChangedOnDisk` when the
  file's bytes are no longer those the caller read (a ``git pull``, another editor);
- **atomic and byte-exact**: the text is encoded in the file's own encoding, BOM and
  newlines (:meth:`SourceText.encode`) and replaces the file in one rename;
- **read-only files stay so**: a file without write permission is refused
  (:class:`ReadOnlyNote`), where a rename would quietly replace it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from noteapp.core.errors import SeriesError, describe_os_error
from noteapp.core.source import SourceText, read_note
from noteapp.storage.atomic import atomic_write, bytes_digest, file_digest, write_new_file

if TYPE_CHECKING:
    from noteapp.core.newnote import NewNote
    from noteapp.core.series import Series


class ChangedOnDisk(Exception):
    """The file is no longer what the caller read: nothing was written."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path.name} changed on disk since it was read; nothing was written.")
        self.path = path


class ReadOnlyNote(PermissionError):
    """The file has no write permission: it is left as it is."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EACCES, "the file is read-only", str(path))


class Saved(NamedTuple):
    """What is on disk after a save: the source facts for the new text, and its digest."""

    source: SourceText
    digest: str


def open_note(path: str | os.PathLike[str], encoding: str | None = None) -> SourceText:
    """The note at ``path``, decoded as ``encoding`` or as the file says (BOM, UTF-8);
    DecodeFailure (a NoteError) when it does not decode: ask the user for an encoding."""
    return read_note(Path(path), encoding)


def digest(source: SourceText) -> str:
    """The digest of the bytes ``source`` was read from (``decode`` checked that encoding
    its text gives them back), to pass as ``expect`` to :func:`save`."""
    return bytes_digest(source.encode())


def disk_digest(path: str | os.PathLike[str] | None) -> str | None:
    """The digest of the file now on disk; None if there is none or it cannot be read."""
    return file_digest(path)


def is_read_only(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` exists and this user may not write it."""
    target = Path(path)
    return target.exists() and not os.access(target, os.W_OK)


def save(
    path: str | os.PathLike[str],
    text: str,
    *,
    like: SourceText | None = None,
    expect: str | None = None,
) -> Saved:
    """Write ``text`` to ``path`` in the encoding, BOM and newlines of ``like`` (UTF-8 and
    the text's own newlines without it), atomically.

    ``expect``: the digest of the file as the caller read it; if the file is there with
    other bytes, :class:`ChangedOnDisk` and nothing is written.  Raises EncodeFailure when
    the text cannot be written in the file's encoding, OSError when the write fails
    (:class:`ReadOnlyNote` for a read-only file); the file is untouched in every case."""
    target = Path(path)
    source = (like or SourceText("", encoding="utf-8"))._replace(path=target)
    if expect is not None and disk_digest(target) not in (None, expect):
        raise ChangedOnDisk(target)
    data = source.encode(text)
    if is_read_only(target):
        raise ReadOnlyNote(target)
    atomic_write(target, data)
    return Saved(source.with_text(text), bytes_digest(data))


def write_note(note: NewNote) -> Path:
    """Write a planned note (the text a preview showed); SeriesError if a file is already
    there: it is never replaced, and a failed write leaves no file."""
    new_folders = [p for p in note.path.parents if not p.exists()]
    try:
        write_new_file(note.path, note.text.encode("utf-8"))
    except FileExistsError:
        raise SeriesError(
            f"{note.path} already exists; nothing was written (open it, or pick another --date)"
        ) from None
    except OSError as exc:
        for folder in new_folders:  # innermost first: the folders made for this note
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise SeriesError(describe_os_error(exc, note.path, "nothing was written")) from None
    return note.path


def create_note(
    series: Series,
    date: dt.date | None = None,
    *,
    folder: Path | None = None,
    workspace: Path | None = None,
    today: dt.date | None = None,
) -> Path:
    """Plan the note (:func:`noteapp.core.newnote.plan_note`) and write it; its path."""
    from noteapp.core.newnote import plan_note

    return write_note(plan_note(series, date, folder=folder, workspace=workspace, today=today))
