"""Where two versions of a text differ: the span an edit replaced, found by comparing
whole slices (C comparisons), so a 3 MB note's one-character edit is found in
microseconds."""

from __future__ import annotations

from typing import NamedTuple

#: Characters compared at once before halving inside the first mismatch.
STEP = 65_536


class Change(NamedTuple):
    """``old[start:old_end]`` became ``new[start:new_end]``; the rest is equal."""

    start: int
    old_end: int
    new_end: int

    @property
    def delta(self) -> int:
        """How far the text after the change moved."""
        return self.new_end - self.old_end


def common_prefix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    low = 0
    step = STEP
    while low < n:  # whole pieces first (C comparisons), then halve inside the first miss
        high = min(n, low + step)
        if a[low:high] == b[low:high]:
            low = high
        elif step == 1:
            break
        else:
            step = max(1, step // 2)
    return low


def common_suffix(a: str, b: str, floor: int) -> int:
    """The common tail of ``a`` and ``b`` not reaching before ``floor`` in either."""
    n = min(len(a), len(b)) - floor
    length = 0
    step = STEP
    while length < n:
        grow = min(n - length, step)
        if (
            a[len(a) - length - grow : len(a) - length]
            == b[len(b) - length - grow : len(b) - length]
        ):
            length += grow
        elif step == 1:
            break
        else:
            step = max(1, step // 2)
    return length


def changed_span(old: str, new: str) -> Change:
    """The one span that turns ``old`` into ``new`` (empty spans when they are equal)."""
    start = common_prefix(old, new)
    tail = common_suffix(old, new, start)
    return Change(start, len(old) - tail, len(new) - tail)
