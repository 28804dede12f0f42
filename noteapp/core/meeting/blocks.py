"""The Markdown blocks of a note, with their line spans: a small block scanner.

The scanner follows CommonMark's block structure where notes rely on it and is
forgiving where notes are not careful: headings (ATX, setext and bold-only label
lines, found by :class:`~noteapp.core.text.outline.Outline`), paragraphs, bullet and
numbered lists with their nesting (also ``•``/``◦`` bullets pasted from a word
processor), pipe tables with or without outer pipes, HTML blocks (``<table>`` up to
its ``</table>``), HTML comments, fenced code, block quotes and thematic breaks.
Unlike CommonMark, an indented line is never code: notes indent lists by four spaces
and mean a list.

It runs after every pause in typing, so it is built for speed: the text between two
headings is scanned as one piece, and the result of a piece is cached by its text
(a bounded, thread-safe ``lru_cache`` whose values are plain tuples of numbers), so a
keystroke re-scans only the piece it changed. markdown-it-py would cost ~50 ms to
import and several times more to parse a long note; this scanner needs neither.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from noteapp.core.text.text_cache import PIECES, TextCache, piece_cache

if TYPE_CHECKING:
    from noteapp.core.text.outline import HeadingAt, Outline

# A list item's start: indentation (spaces, tabs, NBSPs), marker, then a space or the end.
ITEM = re.compile(r"([ \t\xa0]*)([-*+•◦▪‣]|\d{1,9}[.)])([ \t\xa0]+|$)")
_DELIMITER = re.compile(r"[ \t]*\|?[ \t]*:?-{1,}:?[ \t]*(?:\|[ \t]*:?-{1,}:?[ \t]*)*\|?[ \t]*")
_RULE = re.compile(r"[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})")
_HTML_OPEN = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)")
_HTML_RAW = frozenset(("pre", "script", "style", "textarea"))


class Block(NamedTuple):
    """One block of the note: ``kind`` and its first and last line (1-based).

    Kinds: "heading" (``level`` 1-6, 7 for a bold-only label line), "paragraph",
    "list", "table", "html" (``level`` 1 for a ``<table>``), "comment", "code",
    "quote", "rule".
    """

    kind: str
    first: int
    last: int
    level: int = 0


class Item(NamedTuple):
    """One list item of a list block."""

    line: int  # its first line
    last: int  # its last line, without its sub-items
    start: int  # offset of the line
    end: int  # offset of the end of its last line (without sub-items)
    body: int  # offset of the text after the marker (and gap)
    indent: str
    width: int  # indentation in columns
    depth: int  # 0 for the list's top level
    marker: str
    gap: str


def _width(indent: str) -> int:
    if "\t" not in indent:
        return len(indent)
    width = 0
    for ch in indent:
        width = (width // 4 + 1) * 4 if ch == "\t" else width + 1
    return width


def _is_table_start(lines: list[str], i: int) -> bool:
    return (
        "|" in lines[i]
        and i + 1 < len(lines)
        and "-" in lines[i + 1]
        and ("|" in lines[i + 1] or "|" in lines[i].strip(" |"))
        and _DELIMITER.fullmatch(lines[i + 1]) is not None
    )


def _starts_block(lines: list[str], i: int, stripped: str) -> bool:
    """Whether line ``i`` (``stripped`` of its indentation) interrupts a paragraph."""
    c = stripped[0]
    if c in "`~" and stripped.startswith(("```", "~~~")):
        return True
    if c in "<>":
        return True
    if c in "-*+•◦▪‣" or c.isdigit():
        if ITEM.match(lines[i]):
            return True
        if _RULE.fullmatch(lines[i]):
            return True
    return "|" in stripped and _is_table_start(lines, i)


@piece_cache
def scan_piece(piece: str) -> tuple[tuple[str, int, int, int], ...]:
    """The blocks of ``piece`` (text without headings) as (kind, first, last, level),
    lines counted from 0."""
    lines = piece.split("\n")
    n = len(lines)
    out: list[tuple[str, int, int, int]] = []
    i = 0
    while i < n:
        line = lines[i]
        stripped = line.lstrip(" \t\xa0")
        if not stripped:
            i += 1
            continue
        c = stripped[0]
        if c in "`~" and stripped.startswith(("```", "~~~")):
            fence = stripped[: len(stripped) - len(stripped.lstrip(c))]
            j = i + 1
            while j < n:
                closing = lines[j].strip(" \t\xa0")
                if closing.startswith(fence) and not closing.strip(c):
                    break
                j += 1
            out.append(("code", i, min(j, n - 1), 0))
            i = j + 1
            continue
        if c == "<":
            j = _html_end(lines, i, stripped)
            if j >= 0:
                kind = "comment" if stripped.startswith("<!--") else "html"
                level = 1 if stripped[1:6].lower() == "table" else 0
                out.append((kind, i, j, level))
                i = j + 1
                continue
        if c == ">":
            j = i
            while j + 1 < n and lines[j + 1].strip():
                j += 1
            out.append(("quote", i, j, 0))
            i = j + 1
            continue
        if "|" in stripped and _is_table_start(lines, i):
            j = i + 1
            while j + 1 < n and "|" in lines[j + 1] and lines[j + 1].strip():
                j += 1
            out.append(("table", i, j, 0))
            i = j + 1
            continue
        if (c in "-*+•◦▪‣" or c.isdigit()) and ITEM.match(line):
            if c in "-*_" and _RULE.fullmatch(line):
                out.append(("rule", i, i, 0))
                i += 1
                continue
            j = _list_end(lines, i)
            out.append(("list", i, j, 0))
            i = j + 1
            continue
        if c in "-*_" and _RULE.fullmatch(line):
            out.append(("rule", i, i, 0))
            i += 1
            continue
        j = i
        while j + 1 < n:
            nxt = lines[j + 1].lstrip(" \t\xa0")
            if not nxt or _starts_block(lines, j + 1, nxt):
                break
            j += 1
        out.append(("paragraph", i, j, 0))
        i = j + 1
    return tuple(out)


def _html_end(lines: list[str], i: int, stripped: str) -> int:
    """The last line of the HTML block opening on line ``i``, or -1 if it is none."""
    n = len(lines)
    if stripped.startswith("<!--"):
        j = i
        while j < n and "-->" not in (lines[j] if j > i else stripped[4:]):
            j += 1
        return min(j, n - 1)
    tag = _HTML_OPEN.match(stripped)
    if tag is None:
        return -1
    name = tag.group(1).lower()
    if name in _HTML_RAW or name == "table":  # up to the closing tag, blank lines and all
        close = f"</{name}"
        for j in range(i, min(n, i + 2000)):
            if close in lines[j].lower():
                return j
    j = i
    while j + 1 < n and lines[j + 1].strip():
        j += 1
    return j


def _list_end(lines: list[str], i: int) -> int:
    """The last line of the list opening on line ``i``."""
    n = len(lines)
    end = i
    blank = False
    j = i + 1
    while j < n:
        line = lines[j]
        stripped = line.lstrip(" \t\xa0")
        if not stripped:
            blank = True
            j += 1
            continue
        c = stripped[0]
        if (c in "-*+•◦▪‣" or c.isdigit()) and ITEM.match(line):
            if c in "-*_" and _RULE.fullmatch(line) and not blank:
                break
            end, blank = j, False
            j += 1
            continue
        indented = len(line) - len(stripped) >= 2
        if blank and not indented:
            break
        if c in "`~" and stripped.startswith(("```", "~~~")):
            if not indented:
                break
            fence = stripped[: len(stripped) - len(stripped.lstrip(c))]
            k = j + 1
            while k < n and not (
                lines[k].strip().startswith(fence) and not lines[k].strip().strip(c)
            ):
                k += 1
            end, blank, j = min(k, n - 1), False, k + 1
            continue
        if not indented and (c in "<>|" and _starts_block(lines, j, stripped)):
            break
        end, blank = j, False
        j += 1
    return end


def scan_blocks(outline: Outline, previous: Sequence[Block] = ()) -> tuple[Block, ...]:
    """Every block of the note's body, headings included, in order.  ``previous``: the
    blocks of the text ``outline`` was spliced from (:meth:`Outline.after_edit`): only
    the pieces between headings that hold the lines read again are scanned; the rest
    are ``previous``'s (moved by the lines the edit added), the same as a full scan."""
    text = outline.text
    first_body = outline.line_of(outline.body_start) if outline.body_start else 1
    if outline.body_start and outline.body_start >= len(text):
        return ()
    edit = outline.edit
    if edit is None or not previous:
        out: list[Block] = []
        _scan(out, outline, first_body, len(outline.line_starts), outline.headings)
        return tuple(out)
    heads = outline.headings
    lines = [h.line for h in heads]
    # From the end of the last heading block before the lines read again (a block
    # boundary in both texts) to the first heading after them.
    k = bisect_left(lines, edit.first) - 1
    while k >= 0 and _heading_last(outline, heads[k]) >= edit.first:
        k -= 1
    begin = _heading_last(outline, heads[k]) + 1 if k >= 0 else first_body
    j = bisect_right(lines, edit.last)
    end = heads[j].line - 1 if j < len(heads) else len(outline.line_starts)
    moved = edit.moved
    head = [b for b in previous if b.last < begin]
    tail = [b for b in previous if b.first > end - moved]
    region: list[Block] = []
    _scan(region, outline, begin, end, heads[k + 1 : j])
    # both cuts must fall between blocks of the old scan (a heading block that a
    # heading above swallowed is not one): else scan the whole note
    if (
        (head and head[-1].last != begin - 1)
        or (tail and tail[0].first != end - moved + 1)
        or (region and region[-1].last > end)
    ):
        region, head, tail = [], [], []
        _scan(region, outline, first_body, len(outline.line_starts), heads)
    if moved:
        new = tuple.__new__
        tail = [new(Block, (b.kind, b.first + moved, b.last + moved, b.level)) for b in tail]
    return (*head, *region, *tail)


def _heading_last(outline: Outline, head: HeadingAt) -> int:
    """The last line of a heading's block."""
    last = outline.line_of(max(head.end - 1, head.start))
    if head.end > head.start and outline.text[head.end - 1 : head.end] != "\n":
        last = outline.line_of(head.end)
    return max(last, head.line)


def _scan(
    out: list[Block], outline: Outline, line: int, total: int, heads: Sequence[HeadingAt]
) -> None:
    """The blocks of lines ``line`` to ``total``, cut at ``heads``, added to ``out``."""
    for head in heads:
        if head.line < line:
            continue
        _add_piece(out, outline, line, head.line - 1)
        last = _heading_last(outline, head)
        out.append(Block("heading", head.line, last, head.level))
        line = last + 1
    _add_piece(out, outline, line, total)


def _add_piece(out: list[Block], outline: Outline, first: int, last: int) -> None:
    if last < first:
        return
    start = outline.line_starts[first - 1]
    end = outline.line_end(last)
    base = first
    for kind, a, b, level in scan_piece(outline.text[start:end]):
        out.append(Block(kind, base + a, base + b, level))


def list_items(outline: Outline, block: Block) -> tuple[Item, ...]:
    """The items of a list block, with their depth and continuation lines (read again
    only when the block's text changed: else the items read before, moved here)."""
    start = outline.line_starts[block.first - 1]
    key = outline.text[start : outline.line_end(block.last)]
    hit = _LIST_ITEMS.get(key)
    if hit is None:
        items = _list_items(outline, block)
        _LIST_ITEMS.put(key, (block.first, start, items))
        return items
    line, old, items = hit
    dl, ds = block.first - line, start - old
    if not dl and not ds:
        return items
    new = tuple.__new__
    return tuple(
        new(Item, (a + dl, b + dl, c + ds, d + ds, e + ds, f, g, h, i, j))
        for a, b, c, d, e, f, g, h, i, j in items
    )


_LIST_ITEMS = TextCache(PIECES)


def _list_items(outline: Outline, block: Block) -> tuple[Item, ...]:
    text = outline.text
    items: list[Item] = []
    # The indentations of the open items: an item indented further than the one above
    # is nested in it, even by one space (CommonMark would want the content column;
    # a person reads any step to the right as nesting).
    stack: list[int] = []
    for number in range(block.first, block.last + 1):
        start = outline.line_starts[number - 1]
        end = outline.line_end(number)
        m = ITEM.match(text, start, end)
        if m is None or (m.group(2) in "-*" and _RULE.fullmatch(text, start, end)):
            if items and text[start:end].strip():
                prev = items[-1]
                items[-1] = prev._replace(last=number, end=end)
            continue
        indent, marker, gap = m.groups()
        width = _width(indent)
        while stack and stack[-1] >= width:
            stack.pop()
        stack.append(width)
        items.append(
            Item(number, number, start, end, m.end(), indent, width, len(stack) - 1, marker, gap)
        )
    return tuple(items)


def table_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of a pipe-table row's cells' insides (between the pipes; a row without
    outer pipes has cells up to the line's ends)."""
    s, e = start, end
    while s < e and text[s] in " \t":
        s += 1
    while e > s and text[e - 1] in " \t":
        e -= 1
    pipes = [i for i in range(s, e) if text[i] == "|" and (i == s or text[i - 1] != "\\")]
    if not pipes:
        return [(s, e)]
    bounds = pipes[:]
    if pipes[0] != s:
        bounds.insert(0, s - 1)
    if pipes[-1] != e - 1:
        bounds.append(e)
    return [(bounds[k] + 1, bounds[k + 1]) for k in range(len(bounds) - 1)]


_HTML_ROW = re.compile(r"<tr\b[^>]*>(.*?)(?:</tr\s*>|(?=<tr\b)|(?=</table))", re.I | re.S)
_HTML_CELL = re.compile(
    r"<(t[dh])\b[^>]*>(.*?)(?:</t[dh]\s*>|(?=<t[dh]\b)|(?=</tr)|$)", re.I | re.S
)


def html_table_rows(
    text: str, start: int, end: int
) -> list[tuple[int, int, list[tuple[int, int]], bool]]:
    """(row start, row end, cell insides, is a header row) of an HTML ``<table>``."""
    rows = []
    for row in _HTML_ROW.finditer(text, start, end):
        cells = []
        header = True
        inner_start = row.start(1)
        for cell in _HTML_CELL.finditer(text, inner_start, row.end(1)):
            cells.append((cell.start(2), cell.end(2)))
            header = header and cell.group(1).lower() == "th"
        if cells:
            rows.append((row.start(), row.end(), cells, header))
    return rows
