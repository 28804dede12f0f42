"""Text that was decoded through the wrong code page ("GƒÅbor KovƒÅcs" for "Gābor
Kovācs", "PÃ©ter" for "Péter"), found and repaired with ``ftfy``.

Nothing is repaired unless asked: :func:`find_mojibake` only reports, and
:func:`repair_edit` returns one :class:`Edit` that changes exactly the reported words
(the window applies it as one undo step). ``ftfy`` is imported on first use, off the
start-up and typing paths.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from noteapp.core.text.edits import Edit, minimal_edit

# A run of non-space characters holding a character outside ASCII: only those can be
# mojibake, and most lines have none (a fast first filter).
_WORD = re.compile(r"[^\s]*[^\x00-\x7f][^\s]*(?:[ \t]+[^\s]*[^\x00-\x7f][^\s]*)*")


class Mojibake(NamedTuple):
    line: int  # 1-based
    start: int
    end: int
    text: str  # as written
    fixed: str  # what it most likely was

    def as_json(self) -> dict[str, object]:
        return {"line": self.line, "text": self.text, "fixed": self.fixed}


def find_mojibake(text: str) -> list[Mojibake]:
    """Each run of words that ``ftfy`` judges mis-decoded, with its repair."""
    if text.isascii():
        return []
    # Imported here: ftfy costs ~107 ms to import; only this path needs it.
    from ftfy import fix_text
    from ftfy.badness import is_bad

    found: list[Mojibake] = []
    for m in _WORD.finditer(text):
        word = m.group()
        if not is_bad(word):
            continue
        fixed = fix_text(word, normalization="NFC", uncurl_quotes=False, fix_line_breaks=False)
        if fixed != word:
            found.append(
                Mojibake(text.count("\n", 0, m.start()) + 1, m.start(), m.end(), word, fixed)
            )
    return found


def repair_edit(text: str, found: list[Mojibake] | None = None) -> Edit:
    """One edit replacing every mis-decoded run with its repair (nothing else)."""
    found = find_mojibake(text) if found is None else found
    if not found:
        return Edit(0, 0, "")
    lo, hi = found[0].start, found[-1].end
    pieces, at = [], lo
    for item in found:
        pieces.append(text[at : item.start])
        pieces.append(item.fixed)
        at = item.end
    pieces.append(text[at:hi])
    return minimal_edit(text, lo, hi, "".join(pieces))
