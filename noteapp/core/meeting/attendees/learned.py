"""The attendee style a note shows (:class:`AttendeeStyle`), learned from its blocks, for
the first block of a note that has none (:mod:`.new_block`)."""

from __future__ import annotations

from collections.abc import Mapping

from noteapp.core.meeting.attendees.records import (
    AttendeeBlock,
    InlineStyle,
    ListStyle,
    TableStyle,
)
from noteapp.core.meeting.attendees.scanner import scan_attendees
from noteapp.core.meeting.style import (
    DEFAULT_ATTENDEES,
    AttendeeStyle,
    Sources,
    learned,
)
from noteapp.core.text.frontmatter import parse_front_matter
from noteapp.core.text.outline import Outline


def attendee_style(sources: Sources, roles: Mapping[str, str] | None = None) -> AttendeeStyle:
    """The attendee style of the first of ``sources`` that shows one, else the default
    (``## Attendees`` and ``- Name (XX)`` items)."""
    return learned(sources, lambda text, _blank: style_of(text, roles), DEFAULT_ATTENDEES)


def handle_style(
    sources: Sources, fields: tuple[str, ...], roles: Mapping[str, str] | None = None
) -> str:
    """The handle format of the first of ``sources`` whose attendees show handles in a
    list of the same ``fields`` (a list of another shape is another meeting's), else of
    the first that shows handles at all, else ``@handle``."""
    for same in (True, False):

        def shown(text: str, _blank: bool, same: bool = same) -> AttendeeStyle | None:
            found = style_of(text, roles)
            if found is None or not found.handle_format:
                return None
            return found if not same or found.fields == fields else None

        format_ = learned(sources, shown, DEFAULT_ATTENDEES).handle_format
        if format_:
            return format_
    return "@{}"


def style_of(text: str, roles: Mapping[str, str] | None = None) -> AttendeeStyle | None:
    """The style of ``text``'s first block of people present, in a form a new block can
    be written in (a labelled line, a Markdown table or a list); None if it has none."""
    fm = parse_front_matter(text)
    outline = Outline(text, fm.end)
    for block in scan_attendees(outline, fm, roles=roles):
        if block.entries and block.group.present:
            found = _style(outline, block)
            if found is not None:
                return found
    return None


def _style(outline: Outline, block: AttendeeBlock) -> AttendeeStyle | None:
    layout = block.group.layout
    people = [e.attendee for e in block.entries]
    initials = any(p.initials for p in people)
    handles = [e.handle_format for e in block.entries if e.attendee.handle and e.handle_format]
    handle_format = handles[-1] if handles else None
    if isinstance(layout, InlineStyle):
        if layout.lead.strip():
            return None  # a label inside a list item: it belongs to that list
        return AttendeeStyle("inline", None, label=layout.label_text.strip(), initials=initials)
    heading = _heading(outline, block)
    if isinstance(layout, TableStyle):
        columns = tuple(zip(layout.headers, layout.columns, strict=True))
        return AttendeeStyle(
            "table",
            heading,
            columns=columns,
            tight=layout.separator_style == "tight",
            handle_format=layout.handle_format if "handle" in layout.columns else handle_format,
            initials="initials" in layout.columns,
        )
    if isinstance(layout, ListStyle) and layout.format in ("person", "slash"):
        marker = layout.marker if layout.marker in ("-", "*", "+") else "1."
        if layout.format == "slash" and len(layout.fields) > 1:
            fields, separator = layout.fields, layout.field_separator
        else:  # "Name (XX) @handle (Org)": the fields its people show
            shown = {"handle": handle_format, "affiliation": any(p.affiliation for p in people)}
            fields = ("name", *(k for k, v in shown.items() if v))
            separator = " "
        return AttendeeStyle(
            "list",
            heading,
            marker=marker,
            fields=fields,
            separator=separator,
            handle_format=handle_format,
            initials=initials,
        )
    return None


def _heading(outline: Outline, block: AttendeeBlock) -> str | None:
    """The heading line of the section that holds ``block``, as written."""
    if block.region is None:
        return None
    above = [h for h in outline.headings if h.start < block.group.start]
    if not above:
        return None
    return outline.line_text(above[-1].line).rstrip()
