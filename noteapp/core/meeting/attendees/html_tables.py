"""HTML ``<table>`` of people, read and written: a header row (``<th>`` cells, or a
first row whose cells name the columns) gives each column's kind, as in a Markdown
table; every other row with a name is one person.

A new row copies the last person's row as written (its indentation, one cell a line
or all on one line, attributes and markup around the value) with each value replaced
and HTML-escaped; a changed value replaces only the inside of its cell; a removed row
takes its lines with it when it stands on lines of its own.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from noteapp.core.edits import Edit, minimal_edit
from noteapp.core.errors import StructureEditError
from noteapp.core.meeting.attendees.records import (
    FIELD_KINDS,
    AttendeeBlock,
    AttendeeEntry,
    AttendeeNote,
    Fields,
    HtmlTableStyle,
    Part,
)
from noteapp.core.meeting.attendees.tables import row_entry
from noteapp.core.meeting.attendees.text import HANDLE, header_kind, majority, strip_span
from noteapp.core.meeting.blocks import html_table_rows
from noteapp.core.structure import AttendeeGroup

if TYPE_CHECKING:
    from noteapp.core.meeting.attendees.scanner import Scanner

TABLE_END = re.compile(r"</table\s*>", re.I)
_TAG = re.compile(r"<[^<>\n]*>")
_CELL_HANDLE = re.compile(rf"@?({HANDLE})")


def _value(text: str, a: int, b: int) -> tuple[int, int]:
    """The value inside a cell: spaces and wrapping tags (``<b>…</b>``, ``<a …>…</a>``)
    trimmed."""
    a, b = strip_span(text, a, b, " \t\r\n")
    while a < b and text[a] == "<":
        m = _TAG.match(text, a, b)
        close = text.rfind("<", a, b)
        if m is None or close <= m.end() - 1 or not text.endswith(">", a, b):
            break
        a, b = strip_span(text, m.end(), close, " \t\r\n")
    return a, b


def _shown(text: str, a: int, b: int) -> str:
    """A cell's value as a reader sees it: inner tags gone, entities decoded."""
    return " ".join(html.unescape(_TAG.sub("", text[a:b])).split())


def read_html_table(
    sc: Scanner, start: int, end: int, present: bool, label: str | None
) -> AttendeeBlock | None:
    text = sc.text
    rows = html_table_rows(text, start, end)
    if not rows:
        return None
    header = rows[0][2]
    columns = tuple(header_kind(_shown(text, *_value(text, a, b))) for a, b in header)
    if "name" not in columns:
        return None  # a table of something else
    entries = []
    for s, e, cells, is_header in rows[1:]:
        if is_header:
            continue
        entry = _row_entry(sc, s, e, cells, columns, present)
        if entry is not None:
            entries.append(entry)
    if not entries:
        return None
    formats = [x.handle_format for x in entries if x.attendee.handle]
    group = AttendeeGroup(
        "html_table",
        start,
        end,
        present,
        label,
        HtmlTableStyle(
            columns=columns,
            headers=tuple(_shown(text, a, b) for a, b in header),
            holds=tuple(k for k in FIELD_KINDS if k in columns),
            handle_format=majority(formats, "{}"),
        ),
    )
    return AttendeeBlock(group, tuple(entries))


def _row_entry(
    sc: Scanner,
    start: int,
    end: int,
    cells: list[tuple[int, int]],
    columns: tuple[str, ...],
    present: bool,
) -> AttendeeEntry | None:
    text = sc.text
    values: dict[str, Part] = {}
    shown: dict[str, str] = {}
    for kind, (a, b) in zip(columns, cells, strict=False):
        if kind in values or kind == "other":
            continue
        s, e = _value(text, a, b)
        value = _shown(text, s, e)
        if not value:
            continue
        if kind == "handle":
            m = _CELL_HANDLE.fullmatch(value)
            if m is None:
                continue  # an e-mail address, a remark: not a handle
            value = m.group(1)
            if text[s] == "@":
                s += 1
        values[kind] = Part(kind, s, e, a, b)
        shown[kind] = value
    fmt = "@{}" if _at(text, values) else "{}"
    return row_entry(text, sc.outline, start, end, values, shown, present, fmt)


def _at(text: str, values: dict[str, Part]) -> bool:
    part = values.get("handle")
    return part is not None and text[part.start - 1 : part.start] == "@"


# ----------------------------------------------------------------------------- writing


def _cells_of(text: str, entry: AttendeeEntry) -> list[tuple[int, int]]:
    a = entry.attendee
    rows = html_table_rows(text, a.start, a.end + len("</table>"))
    return rows[0][2] if rows else []


def _fill(text: str, a: int, b: int, kind: str, value: str, handle_format: str) -> str:
    """The inside of a cell ``text[a:b]`` with its value replaced (wrapping tags and
    spaces kept)."""
    s, e = _value(text, a, b)
    shown = html.escape(handle_format.format(value) if kind == "handle" and value else value)
    if s >= e:  # an empty cell: the value goes where the spaces are
        inner = text[a:b]
        return shown if not inner.strip() else inner + shown
    return text[a:s] + shown + text[e:b]


def html_table_add(note: AttendeeNote, block: AttendeeBlock, fields: Fields) -> Edit:
    text = note.text
    style = block.group.layout
    assert isinstance(style, HtmlTableStyle)
    model = block.entries[-1]
    a = model.attendee
    cells = _cells_of(text, model)
    line_start = text.rfind("\n", 0, a.start) + 1
    lead = text[line_start : a.start]
    out, pos = [], a.start
    for i, (s, e) in enumerate(cells):
        kind = style.columns[i] if i < len(style.columns) else "other"
        value = (fields.get(kind) or "") if kind != "other" else ""
        out.append(text[pos:s])
        out.append(_fill(text, s, e, kind, value, style.handle_format))
        pos = e
    out.append(text[pos : a.end])
    row = "".join(out)
    if lead.strip():  # the row shares its line with other markup: insert it right after
        return Edit(a.end, a.end, row)
    return Edit(a.end, a.end, "\n" + lead + row)


def html_table_update(
    note: AttendeeNote, block: AttendeeBlock, entry: AttendeeEntry, changes: Fields
) -> Edit:
    text = note.text
    style = block.group.layout
    assert isinstance(style, HtmlTableStyle)
    cells = _cells_of(text, entry)
    a = entry.attendee
    new = text[a.start : a.end]
    at = {kind: style.columns.index(kind) for kind in changes}
    if any(i >= len(cells) for i in at.values()):
        raise StructureEditError("That table row is missing the cell to write into.")
    for kind in sorted(changes, key=lambda k: -at[k]):  # from the right: offsets hold
        s, e = cells[at[kind]]
        inner = _fill(text, s, e, kind, changes[kind] or "", style.handle_format)
        new = new[: s - a.start] + inner + new[e - a.start :]
    return minimal_edit(text, a.start, a.end, new)


def html_row_span(text: str, entry: AttendeeEntry) -> tuple[int, int]:
    """What removing the row takes: its whole lines when it stands on lines of its own."""
    a = entry.attendee
    line_start = text.rfind("\n", 0, a.start) + 1
    line_end = text.find("\n", a.end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start : a.start].strip() or text[a.end : line_end].strip():
        return a.start, a.end
    return line_start, min(line_end + 1, len(text))
