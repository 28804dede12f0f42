"""Bytes on disk <-> text plus the facts needed to write the same bytes back.

The text handed to the editor always uses ``\\n``; the original newline style
(``\\n``, ``\\r\\n``, ``\\r`` or a per-line mix), the encoding and the BOM are
recorded here and re-applied on save.  Loading verifies that saving the
unedited text gives back the very same bytes, so a file we cannot reproduce is
refused instead of being rewritten lossily.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections import Counter
from pathlib import Path
from typing import NamedTuple

from noteapp.core.errors import DecodeFailure, EncodeFailure, NotATextFile, describe_os_error

NEWLINE_RE = re.compile(r"\r\n|\r|\n")

# Longest BOM first: UTF-32-LE's BOM starts with UTF-16-LE's.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BOM_FOR = {name: bom for bom, name in _BOMS}
_WIDE = {"utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-16", "utf-32"}

MIXED = "mixed"


class SourceText(NamedTuple):
    """A note's text (``\\n`` newlines) and how it was stored on disk."""

    text: str
    encoding: str = "utf-8"
    bom: bool = False
    newline: str = "\n"  # "\n", "\r\n", "\r" or MIXED
    # For MIXED files only: the original ending of every line, in order.
    endings: tuple[str, ...] = ()
    path: Path | None = None

    @property
    def final_newline(self) -> bool:
        return self.text.endswith("\n")

    def encode(self, text: str | None = None) -> bytes:
        """The bytes for ``text`` (default: the loaded text) in this file's style."""
        if text is None:
            text = self.text
        if self.newline == MIXED:
            body = _apply_endings(self.text, text, self.endings)
        elif self.newline != "\n":
            body = text.replace("\n", self.newline)
        else:
            body = text
        try:
            data = body.encode(self.encoding)
        except UnicodeEncodeError as exc:
            line = body.count("\n", 0, exc.start) + 1
            raise EncodeFailure(
                f"{self.path or 'the note'}: {body[exc.start]!r} on line {line} cannot be "
                f"stored in {self.encoding}; nothing was saved. Save a copy as UTF-8 instead."
            ) from None
        if self.bom:
            data = _BOM_FOR[self.encoding] + data
        return data

    def with_text(self, text: str) -> SourceText:
        """The same storage facts with a new text (what is on disk after a save)."""
        if self.newline == MIXED:
            endings = tuple(NEWLINE_RE.findall(_apply_endings(self.text, text, self.endings)))
            return SourceText(text, self.encoding, self.bom, MIXED, endings, self.path)
        return SourceText(text, self.encoding, self.bom, self.newline, (), self.path)


def decode(data: bytes, path: Path | None = None, encoding: str | None = None) -> SourceText:
    """Decode ``data``; raise a clear error rather than guess or lose a byte."""
    bom = False
    body = data
    if encoding is None:
        encoding = "utf-8"
        for mark, name in _BOMS:
            if data.startswith(mark):
                encoding, bom, body = name, True, data[len(mark) :]
                break
    else:
        encoding = codecs.lookup(encoding).name
        if encoding == "utf-8-sig":
            encoding = "utf-8"
        elif encoding in ("utf-16", "utf-32"):  # byte order from the BOM, else little-endian
            order = "be" if data.startswith((codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)) else "le"
            encoding = f"{encoding}-{order}"
        own_mark = _BOM_FOR.get(encoding)
        if own_mark and data.startswith(own_mark):
            bom, body = True, data[len(own_mark) :]
    if encoding not in _WIDE:
        nul = body.find(b"\x00")
        if nul >= 0:
            raise NotATextFile(
                f"{path or 'the data'}: looks like a binary file (NUL byte at offset "
                f"{nul + (len(data) - len(body))}); noteapp opens text notes only."
            )
    try:
        raw = body.decode(encoding)
    except UnicodeDecodeError as exc:
        bad = body[exc.start : exc.end].hex(" ")
        offset = exc.start + (len(data) - len(body))
        raise DecodeFailure(path, encoding, offset, f"{exc.reason}: 0x{bad}") from None
    if "\r" not in raw:  # the usual case, without scanning every line (~4 ms at 5,000)
        source = SourceText(raw, encoding, bom, "\n", (), path)
    else:
        endings = NEWLINE_RE.findall(raw)
        kinds = Counter(endings)
        if len(kinds) > 1:
            newline, kept = MIXED, tuple(endings)
        else:
            newline, kept = next(iter(kinds)), ()
        source = SourceText(NEWLINE_RE.sub("\n", raw), encoding, bom, newline, kept, path)
    if source.encode() != data:
        raise DecodeFailure(path, encoding, 0, "the bytes would not survive a save unchanged")
    return source


def read_note(path: str | Path, encoding: str | None = None) -> SourceText:
    """Load a note from disk (see :func:`read_file_bytes` and :func:`decode`)."""
    path = Path(path)
    return decode(read_file_bytes(path), path, encoding)


# Far more than any meeting note (the 50,000-line bench note is 3 MB); a bigger file is a
# log or a dump that would take the editor's memory and time without being a note.
MAX_NOTE_BYTES = 256 * 1024 * 1024


def read_file_bytes(path: Path) -> bytes:
    """The bytes of the regular file ``path``; a NoteError that says what to do otherwise.

    What the path is gets checked before it is opened: a FIFO would block the reader
    until some writer came, and ``/dev/zero`` never ends.  It is opened non-blocking and
    checked again on the open file, so a swap between the two looks changes nothing.
    """

    try:
        info = path.stat()
    except OSError as exc:
        raise _unreadable(path, exc) from None
    _check_kind(path, info.st_mode, info.st_size)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise _unreadable(path, exc) from None
    try:
        info = os.fstat(fd)
        _check_kind(path, info.st_mode, info.st_size)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read()
    except OSError as exc:
        raise NotATextFile(describe_os_error(exc, path)) from None
    finally:
        os.close(fd)
    return data


def _unreadable(path: Path, exc: OSError) -> NotATextFile:
    if isinstance(exc, FileNotFoundError) and path.is_symlink():
        return NotATextFile(
            f"{path}: is a symbolic link to {path.readlink()}, which does not exist "
            "— fix or remove the link"
        )
    return NotATextFile(describe_os_error(exc, path))


_KINDS = (
    ("S_ISFIFO", "a named pipe (FIFO)"),
    ("S_ISCHR", "a device"),
    ("S_ISBLK", "a block device"),
    ("S_ISSOCK", "a socket"),
)


def _check_kind(path: Path, mode: int, size: int) -> None:
    if stat.S_ISDIR(mode):
        raise NotATextFile(f"{path}: is a folder, not a note — open a file in it")
    if not stat.S_ISREG(mode):
        what = next(
            (name for test, name in _KINDS if getattr(stat, test)(mode)), "not a regular file"
        )
        raise NotATextFile(
            f"{path}: is {what}, not a file; nothing was read — noteapp opens regular files only"
        )
    if size > MAX_NOTE_BYTES:
        raise NotATextFile(
            f"{path}: is {size / 2**20:,.0f} MiB, too large for a note (the limit is "
            f"{MAX_NOTE_BYTES // 2**20} MiB); nothing was read"
        )


def dominant_ending(endings: tuple[str, ...]) -> str:
    return Counter(endings).most_common(1)[0][0] if endings else "\n"


def _apply_endings(old: str, new: str, endings: tuple[str, ...]) -> str:
    """Give ``new``'s lines the endings of the matching lines of ``old``.

    Unchanged lines keep their original ending; new lines take the most common one.
    """
    if new == old:
        lines = old.split("\n")
        out = [line + end for line, end in zip(lines, endings, strict=False)]
        return "".join(out) + lines[-1]
    import difflib  # only mixed-ending files need it; kept off the start-up path

    old_lines = old.split("\n")
    new_lines = new.split("\n")
    default = dominant_ending(endings)
    new_endings = [default] * (len(new_lines) - 1)
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, _i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for k in range(j2 - j1):
                if j1 + k < len(new_endings) and i1 + k < len(endings):
                    new_endings[j1 + k] = endings[i1 + k]
    out = [line + end for line, end in zip(new_lines, new_endings, strict=False)]
    return "".join(out) + new_lines[-1]
