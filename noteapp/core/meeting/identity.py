"""Follow list entries (agenda items, action items) from one parse to the next.

A snapshot's items carry offsets, which every keystroke above them shifts, so the
panels name an item by a stable id instead: a new parse is matched against the
previous one by the items' keys (their text and depth) and their order.  An item
whose text was edited in place, or that moved, keeps its id.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from itertools import count
from operator import ne
from typing import Any


class StableIds:
    """Ids that survive re-parses: :meth:`update` gives one id per item of a new parse."""

    def __init__(self) -> None:
        self._keys: list[Hashable] = []
        self._ids: list[int] = []
        self._fresh = count(1)

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    def update(self, keys: Sequence[Hashable]) -> list[int]:
        """Ids for ``keys`` (the new parse, in order), reusing the previous parse's ids."""
        keys = list(keys)
        if keys != self._keys:
            self._ids = self._match(keys)
            self._keys = keys
        return list(self._ids)

    def _match(self, keys: list[Hashable]) -> list[int]:
        old_keys, old_ids = self._keys, self._ids
        if not old_keys:  # the first parse of a note: nothing to follow
            return [next(self._fresh) for _ in keys]
        # The keys before and after the edit are the same (compared in C): only the run
        # between is matched item by item (a long note's 3,600 action items took the
        # matcher ~10 ms per keystroke in one of them).
        head, tail = shared_ends(old_keys, keys)
        middle = self._match_run(
            old_keys[head : len(old_keys) - tail],
            keys[head : len(keys) - tail],
            old_ids[head : len(old_ids) - tail],
        )
        return old_ids[:head] + middle + old_ids[len(old_ids) - tail :]

    def _match_run(
        self, old_keys: list[Hashable], keys: list[Hashable], old_ids: list[int]
    ) -> list[int]:
        """Ids for ``keys`` in place of ``old_keys`` (whose ids are ``old_ids``)."""
        if not old_keys:
            return [next(self._fresh) for _ in keys]
        from difflib import SequenceMatcher  # off the start-up path (~2 ms)

        found: list[int | None] = [None] * len(keys)
        used: set[int] = set()

        def take(i: int, j: int) -> None:
            found[j] = old_ids[i]
            used.add(i)

        replaced: list[tuple[range, range]] = []
        blocks = SequenceMatcher(None, old_keys, keys, autojunk=False).get_opcodes()
        for tag, i1, i2, j1, j2 in blocks:
            if tag == "equal":
                for k in range(i2 - i1):
                    take(i1 + k, j1 + k)
            elif tag == "replace":
                replaced.append((range(i1, i2), range(j1, j2)))
        # A moved item: the same key gone from one place and new in another.
        unused: dict[Hashable, list[int]] = {}
        for i, key in enumerate(old_keys):
            if i not in used:
                unused.setdefault(key, []).append(i)
        for j, key in enumerate(keys):
            if found[j] is None and unused.get(key):
                take(unused[key].pop(0), j)
        # An item edited in place: pair what is left of each replaced run, in order.
        for olds, news in replaced:
            left = [i for i in olds if i not in used]
            for j in news:
                if found[j] is None and left:
                    take(left.pop(0), j)
        return [next(self._fresh) if i is None else i for i in found]


def common_prefix(a: Sequence[Any], b: Sequence[Any]) -> int:
    """How many leading elements ``a`` and ``b`` share (compared in C)."""
    try:
        return list(map(ne, a, b)).index(True)
    except ValueError:
        return min(len(a), len(b))


def shared_ends(a: Sequence[Any], b: Sequence[Any]) -> tuple[int, int]:
    """How many leading and, after those, trailing elements ``a`` and ``b`` share: what
    lies between is the run an edit changed."""
    head = common_prefix(a, b)
    return head, common_prefix(a[head:][::-1], b[head:][::-1])
