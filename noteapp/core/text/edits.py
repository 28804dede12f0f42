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


def diff_edits(old: str, new: str) -> list[Edit]:
    """The edits that turn ``old`` into ``new``, one per changed run of lines, each shrunk
    to the characters that change; in ascending order, offsets into ``old``.

    Applied in reverse order, they leave every untouched line (and a caret on it) alone,
    where one edit spanning from the first change to the last would not.
    """
    import difflib  # not on the start-up path

    if old == new:
        return []
    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    starts_a, starts_b = _starts(a), _starts(b)
    edits = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        start, end = starts_a[i1], starts_a[i2]
        edit = minimal_edit(old, start, end, new[starts_b[j1] : starts_b[j2]])
        if not edit.is_noop:
            edits.append(edit)
    return edits


def map_offset(edits: list[Edit], offset: int) -> int:
    """Where ``offset`` (in the old text) is after ``edits`` (ascending, from
    :func:`diff_edits`); inside a replaced span it stays at the same distance from the
    span's start, at most at its new end."""
    shift = 0
    for edit in edits:
        if edit.end < offset or (edit.end == offset and edit.start < offset):  # before it
            shift += len(edit.new) - (edit.end - edit.start)
        elif edit.start == edit.end == offset:  # an insertion right at it goes before it
            shift += len(edit.new)
        elif edit.start >= offset:  # this and every later edit are after it
            break
        else:  # inside a replaced span
            return edit.start + shift + min(offset - edit.start, len(edit.new))
    return offset + shift


def _starts(lines: list[str]) -> list[int]:
    out = [0]
    for line in lines:
        out.append(out[-1] + len(line))
    return out
