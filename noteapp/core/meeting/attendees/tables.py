"""Markdown tables of people, read and written: any column order (name, initials,
handle, affiliation), with or without outer pipes; empty filler rows and a template's
`` `XXXXXXXX` `` cells are slots to fill.

A new row goes in the first filler row, else after the last person, each cell padded
to its column; a column is widened only when a value is wider than it, and then only
in the rows that were padded to it (ragged rows stay ragged, ``|---|`` and ``| --- |``
keep their style, NBSP cells are not touched).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from noteapp.core.edits import Edit, minimal_edit
from noteapp.core.errors import StructureEditError
from noteapp.core.meeting.attendees.names import Person, is_name, make_entry
from noteapp.core.meeting.attendees.records import (
    FIELD_KINDS,
    AttendeeBlock,
    AttendeeEntry,
    AttendeeNote,
    Fields,
    Part,
    TableStyle,
)
from noteapp.core.meeting.attendees.text import (
    HANDLE,
    clean,
    header_kind,
    majority,
    strip_span,
    unmark,
)
from noteapp.core.outline import Outline
from noteapp.core.structure import AttendeeGroup

if TYPE_CHECKING:
    from noteapp.core.meeting.attendees.scanner import Scanner

_CELL_HANDLE_RE = re.compile(rf"(`?\\?@?)({HANDLE})(`?)")
_FILLER_CELL_RE = re.compile(r"`?(?:X{3,}|\.\.\.|…)?`?")


def read_table(
    sc: Scanner, first: int, last: int, present: bool, label: str | None
) -> AttendeeBlock:
    text, outline = sc.text, sc.outline
    rows = table_rows(text, sc.span(first)[0], sc.span(last)[1])
    header = rows[0][2]
    columns = tuple(header_kind(text[a:b]) for a, b in header)
    entries = []
    fillers = []
    handle_formats = []
    hcol = columns.index("handle") if "handle" in columns else -1
    for s, e, cells in rows[2:]:
        entry = _row_entry(text, outline, s, e, cells, columns, present)
        if entry is None:
            fillers.append((s, e))
            if 0 <= hcol < len(cells):  # a template's `XXXXXXXX` shows the style
                a, b = strip_span(text, *cells[hcol])
                if b > a and text[a] == "`":
                    handle_formats.append("`{}`")
            continue
        entries.append(entry)
        if entry.handle_format:
            handle_formats.append(entry.handle_format)
    group = AttendeeGroup(
        "table",
        rows[0][0],
        rows[-1][1],
        present,
        label,
        TableStyle(
            columns=columns,
            headers=tuple(clean(text[a:b]) for a, b in header),
            widths=tuple(b - a for a, b in header),
            separator_style="tight"
            if all(text[a : a + 1] == "-" for a, _b in rows[1][2])
            else "spaced",
            handle_format=majority(handle_formats, "{}"),
            holds=tuple(k for k in FIELD_KINDS if k in columns),
        ),
    )
    return AttendeeBlock(group, tuple(entries), tuple(fillers))


# -- lists


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of a table row's cells' insides (between the pipes)."""
    s, e = strip_span(text, start, end, " \t")
    pipes = [i for i in range(s, e) if text[i] == "|" and (i == s or text[i - 1] != "\\")]
    if not pipes:
        return [(s, e)]
    bounds = pipes[:]
    if pipes[0] != s:
        bounds.insert(0, s - 1)
    if pipes[-1] != e - 1:
        bounds.append(e)
    return [(bounds[k] + 1, bounds[k + 1]) for k in range(len(bounds) - 1)]


def table_rows(text: str, start: int, end: int) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """(start, end, cell insides) of each line of the table ``text[start:end]``."""
    rows = []
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        rows.append((pos, stop, _cells(text, pos, stop)))
        if nl < 0:
            break
        pos = nl + 1
    return rows


def _row_entry(
    text: str,
    outline: Outline,
    start: int,
    end: int,
    cells: list[tuple[int, int]],
    columns: tuple[str, ...],
    present: bool,
) -> AttendeeEntry | None:
    values: dict[str, Part] = {}
    handle_format = None
    for kind, (a, b) in zip(columns, cells, strict=False):
        if kind in values or kind == "other":
            continue
        s, e = unmark(text, a, b) if kind != "handle" else strip_span(text, a, b)
        raw = text[s:e]
        if not raw or _FILLER_CELL_RE.fullmatch(raw):
            continue
        if kind == "handle":
            m = _CELL_HANDLE_RE.fullmatch(raw)
            if m:
                handle_format = m.group(1) + "{}" + m.group(3)
                s, e = s + m.start(2), s + m.end(2)
            elif "@" in raw:
                continue  # an e-mail address is not a handle
        values[kind] = Part(kind, s, e, a, b)
    shown = {k: clean(text[p.start : p.end]) for k, p in values.items()}
    return row_entry(text, outline, start, end, values, shown, present, handle_format)


def row_entry(
    text: str,
    outline: Outline,
    start: int,
    end: int,
    values: dict[str, Part],
    shown: dict[str, str],
    present: bool,
    handle_format: str | None,
) -> AttendeeEntry | None:
    """The person of a table row (Markdown or HTML) from its cells' ``values`` (where
    each field sits) and ``shown`` (each value as a reader sees it), or None."""
    if "name" not in shown or not is_name(shown["name"]):
        return None
    person = Person(shown["name"], handle_format=handle_format)
    person.initials = shown.get("initials")
    person.handle = shown.get("handle")
    person.parts = [p for k, p in values.items() if k != "affiliation"]
    entry = make_entry(person, "row", present, text, outline, start, end, values.get("affiliation"))
    if "affiliation" in shown:  # as shown ("Lumen &amp; Co" in HTML is "Lumen & Co")
        entry = entry._replace(attendee=entry.attendee._replace(affiliation=shown["affiliation"]))
    return entry


@dataclass
class _Table:
    text: str
    start: int
    end: int
    rows: list[tuple[int, int, list[tuple[int, int]]]]
    widths: list[int]
    columns: tuple[str, ...]
    handle_format: str

    @classmethod
    def of(cls, text: str, block: AttendeeBlock) -> _Table:
        g = block.group
        style = g.layout
        assert isinstance(style, TableStyle)
        rows = table_rows(text, g.start, g.end)
        return cls(
            text,
            g.start,
            g.end,
            rows,
            list(style.widths),
            style.columns,
            style.handle_format or "{}",
        )

    def shown(self, kind: str, value: str) -> str:
        if kind == "handle":
            return self.handle_format.format(value)
        return value.replace("|", "\\|")

    def cell(self, value: str, width: int) -> str:
        return " " + value + " " * max(1, width - 1 - len(value))

    def widen(self, widths: list[int], skip: int | None) -> list[str]:
        """Each line of the table, with columns that grew re-padded in the rows padded
        like the header up to that column (ragged rows stay as they are; row ``skip`` is
        left for the caller)."""
        hs, _he, header = self.rows[0]
        lines = []
        for n, (s, e, cells) in enumerate(self.rows):
            line = self.text[s:e]
            if n == skip:
                lines.append(line)
                continue
            for i in reversed(range(min(len(cells), len(widths), len(header)))):
                a, b = cells[i]
                grow = widths[i] - self.widths[i]
                if grow <= 0 or b - a != self.widths[i] or a - s != header[i][0] - hs:
                    continue
                inner = self.text[a:b]
                if n == 1 and "-" in inner:
                    cut = inner.rindex("-") + 1
                    inner = inner[:cut] + "-" * grow + inner[cut:]
                else:
                    inner = inner + " " * grow
                line = line[: a - s] + inner + line[b - s :]
            lines.append(line)
        return lines

    def join(self, lines: list[str]) -> Edit:
        return minimal_edit(self.text, self.start, self.end, "\n".join(lines))


def table_add(note: AttendeeNote, block: AttendeeBlock, fields: Fields) -> Edit:
    table = _Table.of(note.text, block)
    text = note.text
    last = block.entries[-1].attendee.end if block.entries else table.rows[1][1]
    fillers = [n for n, (s, e, _c) in enumerate(table.rows) if n >= 2 and (s, e) in block.fillers]
    filler = fillers[0] if fillers else None
    values = []
    for i, kind in enumerate(table.columns):
        value = fields.get(kind) if kind != "other" else None
        if value:
            values.append(table.shown(kind, value))
            continue
        keep = ""
        if filler is not None and i < len(table.rows[filler][2]):
            a, b = table.rows[filler][2][i]
            keep = text[a:b].strip()  # a template's `XXXXXXXX` stays
        values.append(keep)
    widths = [max(w, len(v) + 2) for w, v in zip(table.widths, values, strict=False)]
    header = table.rows[0]
    prefix = text[header[0] : header[2][0][0] - 1] if header[2] else ""
    closing = text[header[2][-1][1] : header[1]] if header[2] else "|"
    row = (
        prefix
        + "|"
        + "|".join(table.cell(v, w) for v, w in zip(values, widths, strict=False))
        + closing
    )
    lines = table.widen(widths, filler)
    if filler is not None:
        lines[filler] = row
    else:
        after = next(n for n, (s, e, _c) in enumerate(table.rows) if e == last)
        lines.insert(after + 1, row)
    return table.join(lines)


def table_update(
    note: AttendeeNote, block: AttendeeBlock, entry: AttendeeEntry, changes: Fields
) -> Edit:
    table = _Table.of(note.text, block)
    text = note.text
    n = next(k for k, (s, _e, _c) in enumerate(table.rows) if s == entry.attendee.start)
    s, e, cells = table.rows[n]
    widths = list(table.widths)
    new_cells: dict[int, str] = {}
    for kind, value in changes.items():
        i = table.columns.index(kind)
        if i >= len(cells):
            raise StructureEditError("That table row is missing the cell to write into.")
        a, b = cells[i]
        old = text[a:b]
        shown = table.shown(kind, value) if value else ""
        lead = old[: len(old) - len(old.lstrip())] if old.strip() else " "
        inner = lead + shown
        inner += " " * max(1, len(old) - len(inner))
        if len(inner) > widths[i] and len(old) == widths[i]:
            widths[i] = len(inner)
        new_cells[i] = inner
    line = text[s:e]
    for i in sorted(new_cells, reverse=True):
        a, b = cells[i]
        inner = new_cells[i]
        if b - a == table.widths[i] and len(inner) < widths[i]:
            inner += " " * (widths[i] - len(inner))
        line = line[: a - s] + inner + line[b - s :]
    lines = table.widen(widths, n)
    lines[n] = line
    return table.join(lines)
