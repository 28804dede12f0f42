"""A series' roster written as a new note's attendee block, in the form its template asks.

These are the template helpers ``attendee_inline``, ``attendee_list`` and
``attendee_table``; the forms are the ones :mod:`noteapp.core.meeting.attendees.reader` reads
back (docs/meeting-structure.md), so a new note's attendees are the roster.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol


class PersonLike(Protocol):
    name: str
    initials: str | None
    handle: str | None
    affiliation: str | None


# One table column: (header, field, minimum width); field is "name", "initials",
# "handle" or "affiliation".
Column = tuple[str, str, int]


def attendee_inline(
    people: Iterable[PersonLike], label: str, *, initials: bool = True, separator: str = ", "
) -> str:
    """``**Attending:** Ada Lovelace (AL), Grace Hopper (GH)``; just the label if nobody."""
    names = [f"{p.name} ({p.initials})" if initials and p.initials else p.name for p in people]
    return f"{label} {separator.join(names)}" if names else label


def attendee_list(
    people: Iterable[PersonLike],
    marker: str,
    fields: Sequence[str],
    handle_format: str = "@{}",
    separator: str = " / ",
) -> str:
    """``- Name / Org / \\@handle`` lines, one per person, fields in ``fields`` order.

    A missing field in the middle stays as an empty slot (the order is what tells the
    fields apart); missing fields at the end are left out.
    """
    lines = []
    for person in people:
        values = [_value(person, field, handle_format) for field in fields]
        while len(values) > 1 and not values[-1]:
            values.pop()
        lines.append(f"{marker} {separator.join(values)}")
    return "\n".join(lines)


def attendee_table(
    people: Iterable[PersonLike],
    columns: Sequence[Column],
    *,
    fillers: int = 0,
    tight: bool = False,
    handle_format: str = "{}",
    filler_cells: Mapping[str, str] | None = None,
) -> str:
    """A padded Markdown table of ``people`` and ``fillers`` empty rows to fill in.

    ``tight`` writes the separator as ``|---|`` (CZI), else ``| --- |``; a filler row
    holds ``filler_cells`` (``{"handle": "`XXXXXXXX`"}``) and blanks elsewhere.
    """
    rows = [[_value(p, field, handle_format) for _h, field, _w in columns] for p in people]
    filler = [(filler_cells or {}).get(field, "") for _h, field, _w in columns]
    rows += [filler] * max(fillers, 0)
    widths = [
        max([width, len(header), *(len(row[i]) for row in rows)])
        for i, (header, _f, width) in enumerate(columns)
    ]

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    if tight:
        rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    else:
        rule = "| " + " | ".join("-" * w for w in widths) + " |"
    return "\n".join([line([h for h, _f, _w in columns]), rule, *(line(r) for r in rows)])


def _value(person: PersonLike, field: str, handle_format: str) -> str:
    value = getattr(person, field) or ""
    if field == "handle" and value:
        return handle_format.format(value)
    return value
