"""The one crossing between Qt's text model and Python strings.

Two mismatches live here and nowhere else:

* ``QTextDocument`` stores line breaks as paragraph separators (U+2029) and turns
  ``\\r``, U+2029, U+FDD0 and U+FDD1 in the input into such breaks.  Reading it back
  with ``toPlainText()`` would also turn NBSP into a space, so it must never be used
  for saving; :func:`document_text` reads the raw text instead.
* Qt cursor positions count UTF-16 code units; Python indexes code points, so every
  astral character (most emoji) before a position shifts it by one.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

    from noteapp.core.text.edits import Edit

PARAGRAPH_SEPARATOR = "\u2029"
# Characters that come back from the document as a plain line break.
QT_LINE_BREAKS = "\r\u2029\ufdd0\ufdd1"
_TO_NEWLINE = str.maketrans(dict.fromkeys(QT_LINE_BREAKS, "\n"))
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def document_text(doc: QTextDocument) -> str:
    """The document's text exactly as typed, with ``\\n`` line breaks."""
    return doc.toRawText().replace(PARAGRAPH_SEPARATOR, "\n")


def as_qt_sees_it(text: str) -> str:
    """What :func:`document_text` gives back after ``setPlainText(text)``."""
    # str.translate walks the text in Python-level steps (30 ms for 5,000 lines); the
    # characters it maps are rare, and `in` finds out in C whether there are any.
    if not any(ch in text for ch in QT_LINE_BREAKS):
        return text
    return text.translate(_TO_NEWLINE)


def lossy_breaks(text: str) -> list[str]:
    """The characters in ``text`` that the editor can only keep as a line break."""
    return sorted({ch for ch in QT_LINE_BREAKS if ch in text})


# -- offsets -------------------------------------------------------------------------


def has_astral(text: str) -> bool:
    """True when Qt's UTF-16 positions in ``text`` differ from Python's indexes."""
    return not text.isascii() and _ASTRAL.search(text) is not None


def utf16_length(text: str) -> int:
    return len(text) + len(_ASTRAL.findall(text))


def to_utf16(text: str, index: int) -> int:
    """Code-point index in ``text`` -> Qt (UTF-16) position."""
    return index + len(_ASTRAL.findall(text, 0, index))


def from_utf16(text: str, position: int) -> int:
    """Qt (UTF-16) position in ``text`` -> code-point index.

    A position inside a surrogate pair (which Qt never gives for a cursor) rounds
    down to the start of that character.
    """
    return OffsetMap(text).from_utf16(position)


class OffsetMap:
    """Converts many offsets of one text without rescanning it each time."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        # Code-point indices of astral characters, and their UTF-16 positions.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral16 = [i + k for k, i in enumerate(self._astral)]

    def to_utf16(self, index: int) -> int:
        if not 0 <= index <= self.length:
            raise IndexError(f"index {index} outside text of length {self.length}")
        return index + bisect.bisect_left(self._astral, index)

    def from_utf16(self, position: int) -> int:
        if not 0 <= position <= self.length + len(self._astral):
            raise IndexError(f"UTF-16 position {position} outside the text")
        # Astral characters that start before ``position``; each took two units.
        before = bisect.bisect_left(self._astral16, position)
        if before and self._astral16[before - 1] + 1 == position:
            return self._astral[before - 1]  # inside a surrogate pair
        return position - before


def apply_edit(doc: QTextDocument, edit: Edit) -> None:
    """Apply a core :class:`Edit` (code-point offsets) to ``doc`` as one undo step."""

    offsets = OffsetMap(document_text(doc))
    cursor = QTextCursor(doc)
    cursor.setPosition(offsets.to_utf16(edit.start))
    cursor.setPosition(offsets.to_utf16(edit.end), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(edit.new)  # one call, so one undo step


def apply_edits(doc: QTextDocument, edits: list[Edit]) -> None:
    """Apply several core :class:`Edit` s (ascending, offsets into the current text) to
    ``doc`` as ONE undo step; each touches only its own span, so cursors elsewhere (the
    caret on the line being typed) stay where they are."""

    if not edits:
        return
    offsets = OffsetMap(document_text(doc))
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    try:
        for edit in reversed(edits):  # from the end: earlier offsets stay valid
            cursor.setPosition(offsets.to_utf16(edit.start))
            cursor.setPosition(offsets.to_utf16(edit.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(edit.new)
    finally:
        cursor.endEditBlock()


class RareBreaks:
    """Keeps the characters Qt can only show as a line break (U+2029, U+2028 is kept
    by Qt itself, a lone CR, U+FDD0, U+FDD1) across edits elsewhere in the note.

    When a note is loaded, the place of each is remembered; every change of the
    document moves the places after it (a change that removes one forgets it), and
    :meth:`restore` puts the characters back into the text being saved.
    """

    def __init__(self, doc: QTextDocument) -> None:
        self.doc = doc
        self.marks: list[tuple[int, str]] = []  # (UTF-16 position, character)
        doc.contentsChange.connect(self._changed)

    def reset(self, text: str) -> None:
        """``text`` was just loaded into the document."""
        self.marks = []
        if not any(ch in text for ch in QT_LINE_BREAKS):
            return
        offsets = OffsetMap(text)
        self.marks = [
            (offsets.to_utf16(i), ch) for i, ch in enumerate(text) if ch in QT_LINE_BREAKS
        ]

    def _changed(self, position: int, removed: int, added: int) -> None:
        if not self.marks:
            return
        kept = []
        for at, ch in self.marks:
            if at < position:
                kept.append((at, ch))
            elif at >= position + removed:
                kept.append((at + added - removed, ch))
        self.marks = kept

    def restore(self, text: str) -> str:
        """``text`` (the document's, ``\\n`` breaks) with the remembered characters back."""
        if not self.marks:
            return text
        offsets = OffsetMap(text)
        chars = list(text)
        for at, ch in self.marks:
            index = offsets.from_utf16(at) if at <= offsets.length + 0 else -1
            if 0 <= index < len(chars) and chars[index] == "\n":
                chars[index] = ch
        return "".join(chars)
