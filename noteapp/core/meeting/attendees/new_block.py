"""A first attendee block, where the note has none: in the style learned from the
series' earlier notes or template (:mod:`.learned`), in an empty attendee section if
there is one, else after the H1 and its intro lines."""

from __future__ import annotations

from noteapp.core.errors import StructureEditError
from noteapp.core.meeting.attendees.inline import inline_text
from noteapp.core.meeting.attendees.records import AttendeeNote, Fields
from noteapp.core.meeting.attendees.scanner import attendee_sections
from noteapp.core.meeting.style import DEFAULT_ATTENDEES, AttendeeStyle
from noteapp.core.text.edits import Edit
from noteapp.core.text.outline import PSEUDO_LEVEL


def create_block(
    note: AttendeeNote, fields: Fields, present: bool, style: AttendeeStyle
) -> tuple[Edit, Fields]:
    """A first attendee block in ``style`` (learned from the series' earlier notes or
    template, else the default), with this one person."""
    text = note.text
    if not present and style.form != "inline":
        raise StructureEditError(
            "This note has no list of absent people, and its series' attendee tables "
            "and lists only list who came; add them as present, or write an "
            "'Apologies:' line by hand."
        )
    heading, body, written = _new_block(style, fields, present)
    region = _empty_section(note)
    if region is not None:
        at = note.outline.line_end(note.outline.line_of(region))
        return Edit(at, at, "\n\n" + body), written
    outline = note.outline
    h1 = next((h for h in outline.headings if h.level == 1), None)
    after = h1.end if h1 else outline.body_start
    nxt = next(
        (
            h
            for h in outline.headings
            if h.start >= after and h.level <= 2 and h.level != PSEUDO_LEVEL
        ),
        None,
    )
    if nxt is None and h1 is not None and heading is None:
        # A labelled line in a note of one section: right under its title, where a
        # reader looks for who came (not at the end, after the minutes). A block with
        # a heading of its own stays at the end: it would take in the text after it.
        at = h1.end - 1 if text[h1.end - 1 : h1.end] == "\n" else h1.end
        return Edit(at, at, "\n\n" + body), written
    block = f"{heading}\n\n{body}" if heading else body
    if nxt is not None:
        lead = "" if text[: nxt.start].endswith("\n\n") or nxt.start == 0 else "\n"
        return Edit(nxt.start, nxt.start, f"{lead}{block}\n\n"), written
    end = len(text)
    stripped = text.rstrip("\n")
    if not stripped:
        return Edit(0, end, block + ("\n" if text else "")), written
    tail = text[len(stripped) :]
    return Edit(len(stripped), end, f"\n\n{block}" + ("\n" if tail else "")), written


def _empty_section(note: AttendeeNote) -> int | None:
    """The last non-blank line of the first attendee section that holds no attendees."""
    used = {b.region for b in note.blocks if b.region}
    for start, end in attendee_sections(note.outline):
        if (start, end) in used:
            continue
        body = note.text[start:end].rstrip()
        last = start + len(body) - 1 if body.strip() else start - 1
        return max(last, 0)
    return None


def _new_block(
    style: AttendeeStyle, fields: Fields, present: bool
) -> tuple[str | None, str, Fields]:
    name = fields["name"] or ""
    heading = style.heading or DEFAULT_ATTENDEES.heading  # a list or table: under a heading
    if style.form == "inline" or not present:
        label = style.label if style.form == "inline" else "Present:"
        if not present:
            label = "**Apologies:**" if label.startswith("**") else "Apologies:"
        kept = {k: fields.get(k) for k in ("name", "initials") if k == "name" or style.initials}
        return None, f"{label} {inline_text(kept)}", {k: v for k, v in kept.items() if v}
    handle_format = style.handle_format or "@{}"
    if style.form == "table":
        columns = style.columns
        values = []
        for _header, kind in columns:
            value = fields.get(kind) or ""
            values.append(handle_format.format(value) if kind == "handle" and value else value)
        widths = [max(len(h), len(v)) + 2 for (h, _k), v in zip(columns, values, strict=True)]

        def row(cells: list[str]) -> str:
            return (
                "|"
                + "|".join(f" {c.ljust(w - 2)} " for c, w in zip(cells, widths, strict=True))
                + "|"
            )

        tight = style.tight
        sep = "|" + "|".join(("-" * w) if tight else f" {'-' * (w - 2)} " for w in widths) + "|"
        body = "\n".join([row([h for h, _k in columns]), sep, row(values)])
        kinds = {k for _h, k in columns}
        return heading, body, {k: v for k, v in fields.items() if k in kinds and v}
    initials = fields.get("initials") if style.initials else None
    parts, written = [], {"name": name, "initials": initials}
    for kind in style.fields:
        shown = fields.get(kind)
        if kind == "name":
            parts.append(f"{name} ({initials})" if initials else name)
        elif kind == "handle" and shown:
            parts.append(handle_format.format(shown))
        elif kind == "affiliation" and shown and style.separator == " ":
            parts.append(f"({shown})")
        elif shown:
            parts.append(shown)
        written[kind] = shown
    line = f"{style.marker} " + style.separator.join(parts)
    return heading, line, {k: v for k, v in written.items() if v}
