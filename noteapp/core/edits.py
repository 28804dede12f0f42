"""A text edit: the one currency between intents and the editor's document."""

from __future__ import annotations

from typing import NamedTuple


class Edit(NamedTuple):
    """Replace ``text[start:end]`` with ``new`` (offsets in code points)."""

    start: int
    end: int
    new: str

    def apply(self, text: str) -> str:
        return text[: self.start] + self.new + text[self.end :]

    @property
    def is_noop(self) -> bool:
        return self.start == self.end and not self.new


def minimal_edit(text: str, start: int, end: int, new: str) -> Edit:
    """``Edit(start, end, new)`` shrunk to the characters that really change.

    Lets an edit function rebuild a whole block (a table, a list) and still hand
    the editor only the changed bytes, so the caret and the undo step stay small.
    """
    old = text[start:end]
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return Edit(start + prefix, end - suffix, new[prefix : len(new) - suffix])


def combine(text: str, edits: list[Edit]) -> Edit:
    """Several non-overlapping edits of ``text`` as one."""
    edits = sorted((e for e in edits if not e.is_noop), key=lambda e: (e.start, e.end))
    if not edits:
        return Edit(0, 0, "")
    lo, hi = edits[0].start, max(e.end for e in edits)
    new = text
    for edit in reversed(edits):
        new = edit.apply(new)
    return minimal_edit(text, lo, hi, new[lo : hi + len(new) - len(text)])
