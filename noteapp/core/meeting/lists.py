"""The list items of a region of a note, as trees: what the topic and action readers
read a list with (an item, its box, the items nested under it)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from noteapp.core.meeting.blocks import Item, list_items

if TYPE_CHECKING:
    from noteapp.core.meeting.blocks import Block
    from noteapp.core.text.outline import Outline

_BOX = re.compile(r"\[([ xX])\](?=[ \t\xa0]|$)")


class Entry(NamedTuple):
    """One list item: its first line, text, box and the items nested under it."""

    line: int
    start: int
    end: int  # end of its first line
    text: str  # after the marker and the box, trimmed
    boxed: bool
    checked: bool | None
    kids: tuple[Entry, ...]  # the items nested right under it


def trees(flat: list[tuple]) -> list[Entry]:
    """(item, line end, text, boxed, checked) in order -> the trees they make."""
    roots: list[Entry] = []
    # open items: [depth, fields, kids]
    stack: list[tuple[int, tuple[Any, ...], list[Entry]]] = []

    def close() -> None:
        _depth, fields, kids = stack.pop()
        entry = Entry._make((*fields, tuple(kids)))
        (stack[-1][2] if stack else roots).append(entry)

    for item, line_end, text, boxed, checked in flat:
        while stack and stack[-1][0] >= item.depth:
            close()
        stack.append((item.depth, (item.line, item.start, line_end, text, boxed, checked), []))
    while stack:
        close()
    return roots


class ListIndex:
    """The list blocks of a note, found by line, each read once per parse."""

    def __init__(self, outline: Outline, blocks: Sequence[Block]) -> None:
        self.outline = outline
        self.lists = [b for b in blocks if b.kind == "list"]
        self._list_firsts = [b.first for b in self.lists]
        self._items: dict[int, tuple[Item, ...]] = {}
        # entries(start, end) by its range: the topic reader asks twice for a heading's
        self._ranges: dict[tuple[int, int], list[Entry]] = {}

    def entries(self, start: int, end: int) -> list[Entry]:
        """The list items that start in [start, end), as trees: the top-level ones (the
        least indented of the range) with the items nested under them."""
        if end <= start:
            return []
        found = self._ranges.get((start, end))
        if found is None:
            found = self._ranges[start, end] = self._read(start, end)
        return list(found)  # the caller's own list

    def _read(self, start: int, end: int) -> list[Entry]:
        outline = self.outline
        text = outline.text
        first, last = outline.line_of(start), outline.line_of(max(end - 1, start))
        roots: list[Entry] = []
        k = max(bisect_right(self._list_firsts, first) - 1, 0)
        while k < len(self.lists) and self.lists[k].first <= last:
            block = self.lists[k]
            items = self._items.get(k)
            if items is None:
                items = self._items[k] = list_items(outline, block)
            k += 1
            if block.last < first:
                continue
            flat = []
            for item in items:
                if not start <= item.start < end:
                    continue
                line_end = outline.line_end(item.line)
                rest = text[item.body : line_end]
                box = _BOX.match(rest)
                checked = None
                if box:
                    checked = box.group(1) != " "
                    rest = rest[box.end() :]
                flat.append((item, line_end, rest.strip(), box is not None, checked))
            roots.extend(trees(flat))
        return roots
