"""Bullet and numbered lists of people, read and written in the list's own form.

One item is one person, whatever follows the name: ``- Name``, ``* Name (XX)
(handle)``, ``- Name - Org``, ``- Name (Org)``, ``- Name / Org / \\@handle`` (slash
fields, in the order a prompt line or header item gives), ``1. XX: Name (@handle), Org,
roles`` (comma fields), ``- @handle`` (a roll call by handle); an item of initials only
(``- MS, ED, LB``) holds one person per initials. A new item copies the list's marker,
indentation, numbering, field order and separator, handle and affiliation forms.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from noteapp.core.meeting.attendees.names import (
    NOT_NAMES,
    handle_field,
    harmonize,
    is_name,
    make_entry,
    read_person,
    segments,
)
from noteapp.core.meeting.attendees.records import (
    FIELD_KINDS,
    AttendeeBlock,
    AttendeeEntry,
    AttendeeNote,
    Fields,
    ListStyle,
    Part,
)
from noteapp.core.meeting.attendees.text import (
    COMMA,
    HANDLE_RE,
    INITIALS,
    INITIALS_RE,
    ITEM_RE,
    header_fields,
    majority,
    slash_spans,
    split_top,
    strip_span,
)
from noteapp.core.meeting.structure import AttendeeGroup
from noteapp.core.text.edits import Edit, combine, minimal_edit
from noteapp.core.text.outline import Outline
from noteapp.core.text.vocabulary import label_role

if TYPE_CHECKING:
    from noteapp.core.meeting.attendees.scanner import Scanner

# "Members: A, B" inside an item: a word or three, a colon, then names.
_ROLE_LABEL_RE = re.compile(
    r"[*_]{0,2}(?P<label>[^\W\d_][\w'’-]*(?: [\w'’-]+){0,2})[*_]{0,2}:[*_]{0,2}[ \t]+(?=\S)"
)
# Words that name a group of people rather than a person ("Members: A, B, C").
_GROUP_WORDS = frozenset(
    ("members", "staff", "guests", "observers", "team", "core team", "maintainers",
     "contributors", "board", "committee", "steering committee", "others", "also")
)  # fmt: skip


def _group_label(text: str, start: int, end: int) -> re.Match[str] | None:
    m = _ROLE_LABEL_RE.match(text, start, end)
    if m is None:
        return None
    label = m.group("label")
    known = label.lower() in _GROUP_WORDS or label_role(label) in (
        "attendees",
        "apologies",
        "roles",
    )
    return m if known else None


_PREFIX_RE = re.compile(rf"(?P<ini>{INITIALS}):[ \t]+")
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PAREN_AT_RE = re.compile(r"\(\\?@")


def list_end(sc: Scanner, first: int, last: int) -> int:
    """The last line of the list that starts on line ``first``."""
    text = sc.text
    m0 = ITEM_RE.match(sc.body(first))
    assert m0
    base = len(m0.group("indent").expandtabs(4))
    ordered = m0.group("marker")[0].isdigit()
    end = first
    line = first + 1
    while line <= last:
        s, e = sc.span(line)
        body = text[s:e]
        if not body.strip():
            line += 1
            continue
        m = ITEM_RE.match(body)
        indent = len(body) - len(body.lstrip())
        if m:
            mind = len(m.group("indent").expandtabs(4))
            if mind < base or (mind == base and m.group("marker")[0].isdigit() != ordered):
                break
        elif (
            body.lstrip().startswith(("#", "|"))
            or (indent <= base and line > end + 1)
            or s in sc.heading_set
            or sc.outline.in_code(s)
        ):
            break
        end = line
        line += 1
    return end


def read_list(
    sc: Scanner,
    first: int,
    last: int,
    present: bool,
    label: str | None,
    prompt: tuple[str, ...] | None,
) -> AttendeeBlock | None:
    text, outline = sc.text, sc.outline
    m0 = ITEM_RE.match(sc.body(first))
    assert m0
    base = len(m0.group("indent").expandtabs(4))
    items: list[list[int]] = []  # [item start, item end, body start, first line end]
    for line in range(first, last + 1):
        s, e = sc.span(line)
        m = ITEM_RE.match(text, s, e)
        if m and len(m.group("indent").expandtabs(4)) == base:
            items.append([s, e, m.end(), e])
        elif items and text[s:e].strip():
            items[-1][1] = e  # a wrapped line or a sub-item: part of the entry
    header_kinds: tuple[str, ...] | None = None
    bodies: list[_Item] = []
    fillers: list[tuple[int, int]] = []
    for n, (s, e, b, le) in enumerate(items):
        be = strip_span(text, b, le)[1]
        spans = slash_spans(text, b, be)
        kinds = header_fields([text[x:y] for x, y in spans])
        if kinds is not None or not text[b:be].strip(" *_`"):
            if n == 0 and kinds is not None and prompt is None:
                header_kinds = kinds  # the list's own header row
            else:
                fillers.append((s, e))
            continue
        bodies.append(_Item(s, e, b, be, spans, _item_format(text, b, be, spans)))
    order = prompt or (header_kinds if header_kinds and len(header_kinds) > 1 else None)
    if order is None:
        order = _order_from_handles(text, bodies)
    fmt = majority(
        [i.format for i in bodies if i.format != "ambiguous"],
        "slash" if order and len(order) > 1 else "person",
    )
    entries: list[AttendeeEntry] = []
    for item in bodies:
        if item.format == "ambiguous":  # one bullet is one person, "Name, Org"...
            item.format = "multi" if _all_initials(text, item) else "comma"
        entries.extend(_item_entries(outline, item, present, order))
    entries = harmonize(text, outline, entries)
    if not entries and not fillers and header_kinds is None:
        return None
    markers = [ITEM_RE.match(text, s, e) for s, e, _b, _le in items]
    marker_texts = [m.group("marker") for m in markers if m]
    kind = majority([x.kind for x in entries], fmt)
    if kind == "segment":  # "- MS, ED, LB, CJ": several people in one item
        kind = "multi"
    slash_seps = [
        text[x.parts[0].outer_end : x.parts[1].outer_start]
        for x in entries
        if x.kind == "slash"
        and len(x.parts) > 1
        and text[x.parts[0].outer_end : x.parts[1].outer_start].strip() == "/"
    ]
    group = AttendeeGroup(
        "numbered" if m0.group("marker")[0].isdigit() else "bullets",
        items[0][0],
        items[-1][1],
        present,
        label,
        ListStyle(
            marker=m0.group("marker"),
            marker_space=m0.group("space") or " ",
            indent=m0.group("indent"),
            numbering="same" if len(set(marker_texts)) == 1 else "increment",
            format=kind,
            fields=order or ("name",),
            field_separator=majority(slash_seps, " / "),
            handle_format=majority([x.handle_format or "" for x in entries], "{}"),
            separator=", ",
            has_header=header_kinds is not None,
            has_prompt=prompt is not None,
            holds=list_holds(kind, order, entries),
            affiliation_form=majority(
                [_affiliation_form(text, x) for x in entries if x.kind == "person"], ""
            ),
        ),
    )
    return AttendeeBlock(group, tuple(entries), tuple(fillers))


def _style(block: AttendeeBlock) -> ListStyle:
    assert isinstance(block.group.layout, ListStyle)
    return block.group.layout


@dataclass
class _Item:
    start: int  # the item's lines
    end: int
    body: int  # its text after the marker, on the first line
    body_end: int
    spans: list[tuple[int, int]]  # its slash fields
    format: str


def _affiliation_form(text: str, entry: AttendeeEntry) -> str:
    """How a person item writes its organisation: "paren", "dash" or "" (none)."""
    outer = entry.outer("affiliation")
    if outer is None:
        return ""
    return "paren" if text[outer[0] : outer[0] + 1] == "(" else "dash"


def list_holds(
    kind: str, order: tuple[str, ...] | None, entries: list[AttendeeEntry]
) -> tuple[str, ...]:
    """The fields a new entry of this list can carry."""
    if kind == "handle":
        return ("name", "handle")
    if kind == "slash":
        return ("name", "initials", *(k for k in ("handle", "affiliation") if k in (order or ())))
    if kind == "comma":
        return FIELD_KINDS
    if kind == "multi":
        return ("name",)
    org = ("affiliation",) if any(x.attendee.affiliation for x in entries) else ()
    if any(x.attendee.initials for x in entries) or not entries:
        org = ("initials", *org)
    if any(x.attendee.handle for x in entries):
        return ("name", *org, "handle")
    return ("name", *org)


def _all_initials(text: str, item: _Item) -> bool:
    """ "- MS, ED, LB, CJ, …": a bullet of initials holds one person per initials."""
    parts = [text[a:b].strip() for a, b in split_top(text, item.body, item.body_end, COMMA)]
    return all(INITIALS_RE.fullmatch(p) or p.lower() in NOT_NAMES or not p for p in parts)


def _item_format(text: str, start: int, end: int, slash: list[tuple[int, int]]) -> str:
    """ "slash", "comma", "person" or "ambiguous" (several comma parts, no other sign)."""
    if _PREFIX_RE.match(text, start, end):
        return "comma"
    if _group_label(text, start, end):
        return "labelled"
    first_comma = text.find(",", start, slash[0][1])
    glued = all(text[a - 1] == "/" and text[a - 2] != " " for a, _b in slash[1:])
    if len(slash) > 1 and not (glued and first_comma >= 0):  # "Phil Odence, Black Duck/Synopsys"
        return "slash"
    parts = split_top(text, start, end, COMMA)
    if len(parts) < 2:
        return "person"
    if _PAREN_AT_RE.search(text, start, end):
        return "comma"
    return "ambiguous"


def _item_entries(
    outline: Outline, item: _Item, present: bool, order: tuple[str, ...] | None
) -> list[AttendeeEntry]:
    text = outline.text
    if item.format == "multi":  # "- MS, ED, LB, CJ"
        return segments(outline, item.body, item.body_end, present)[0]
    if item.format == "labelled":  # "- Members: Ada, Grace, Edsger": three people
        label = _group_label(text, item.body, item.body_end)
        assert label is not None
        if label_role(label.group("label")) == "apologies":
            present = False
        return segments(outline, label.end(), item.body_end, present)[0]
    if item.format == "person":
        person = read_person(text, item.body, item.body_end, trim_remarks=False, bare_handle=True)
        if not is_name(person.name, item=True):
            return []
        kind = "handle" if person.form == "handle" else "person"
        entry = make_entry(person, kind, present, text, outline, item.start, item.end)
        return [entry._replace(handle_format=person.handle_format)] if kind == "handle" else [entry]
    if item.format == "comma":
        return _comma_entry(outline, item, present)
    return _slash_entry(outline, item, present, order)


def _comma_entry(outline: Outline, item: _Item, present: bool) -> list[AttendeeEntry]:
    """``JRG: Jaime Rodríguez-Guerra (@jaimergp), Quansight, CF/C, C/SC``."""
    text = outline.text
    s, e, b, be = item.start, item.end, item.body, item.body_end
    prefix = _PREFIX_RE.match(text, b, be)
    start = prefix.end() if prefix else b
    spans = split_top(text, start, be, COMMA)
    person = read_person(text, spans[0][0], spans[0][1], trim_remarks=False, bare_handle=False)
    if not is_name(person.name):
        return []
    if prefix:
        ini = prefix.start("ini"), prefix.end("ini")
        person.initials = prefix.group("ini")
        person.parts = [p for p in person.parts if p.kind != "initials"]
        person.parts.append(Part("initials", ini[0], ini[1], b, prefix.end()))
    affiliation = None
    extra = []
    for n, (x, y) in enumerate(spans[1:]):
        x, y = strip_span(text, x, y)
        if n == 0 and y > x:
            affiliation = Part("affiliation", x, y, x, y)
        elif y > x:
            extra.append(Part("other", x, y, x, y))
    return [make_entry(person, "comma", present, text, outline, s, e, affiliation, tuple(extra))]


def _slash_entry(
    outline: Outline, item: _Item, present: bool, order: tuple[str, ...] | None
) -> list[AttendeeEntry]:
    """``Name / Org / \\@handle`` (JupyterHub), ``Name / `@handle` / org`` (GeoJupyter),
    ``Name (pronouns) / \\@handle / affiliation / location`` (collab café)."""
    text = outline.text
    s, e = item.start, item.end
    spans = [strip_span(text, x, y) for x, y in item.spans]
    person = read_person(text, spans[0][0], spans[0][1], trim_remarks=False, bare_handle=False)
    if not is_name(person.name):
        return []
    affiliation = None
    extra = []
    for n, (x, y) in enumerate(spans[1:], 1):
        if y <= x:
            continue
        hf = handle_field(text, x, y)
        slot = order[n] if order and n < len(order) else None
        if (
            hf is None
            and person.handle is None
            and slot == "handle"
            and HANDLE_RE.fullmatch(text[x:y])
        ):
            hf = (x, y, "{}")
        if hf is not None and person.handle is None:
            person.handle = text[hf[0] : hf[1]]
            person.handle_format = hf[2]
            person.parts.append(Part("handle", hf[0], hf[1], x, y))
        elif (
            affiliation is None
            and person.affiliation is None  # "Name (Org) / ...": the Org is it
            and not _EMAIL_RE.fullmatch(text[x:y])
            and not (
                text[x] in "@`" or text.startswith("\\@", x)  # "\@Freek Pols": not a handle
            )
        ):
            affiliation = Part("affiliation", x, y, x, y)
        else:
            extra.append(Part("other", x, y, x, y))
    return [make_entry(person, "slash", present, text, outline, s, e, affiliation, tuple(extra))]


def _order_from_handles(text: str, bodies: list[_Item]) -> tuple[str, ...] | None:
    """The field order of a slash list without a prompt line: the handle where its
    entries put their explicit (``@``, escaped or backticked) handles, if any; the
    affiliation in the first other place after the name."""
    slots: list[int] = []
    widths: list[int] = []
    for item in bodies:
        if item.format != "slash":
            continue
        spans = item.spans
        widths.append(len(spans))
        slot = next(
            (
                n
                for n, (x, y) in enumerate(spans[1:], 1)
                if handle_field(text, *strip_span(text, x, y))
            ),
            None,
        )
        if slot is not None:
            slots.append(slot)
    if not widths:
        return None
    kinds = ["name"] + ["other"] * (max(widths) - 1)
    if slots:
        kinds[Counter(slots).most_common(1)[0][0]] = "handle"
    free = next((n for n in range(1, len(kinds)) if kinds[n] == "other"), None)
    if free is not None:
        kinds[free] = "affiliation"
    return tuple(kinds)


def _list_text(block: AttendeeBlock, fields: Fields, usual_handle: str) -> str:
    """A list item's text (after the marker) in the list's format; ``usual_handle`` is
    how the series writes handles, for a list that shows none yet."""
    details = _style(block)
    name, initials = fields.get("name") or "", fields.get("initials")
    handle, affiliation = fields.get("handle"), fields.get("affiliation")
    handle_format = details.handle_format or "{}"
    if not any(e.attendee.handle for e in block.entries):  # nothing to copy: the usual
        handle_format = usual_handle
    if "](" in handle_format:  # "[@h](https://github.com/h)": a link is not copied
        handle_format = "(@{})"
    fmt = details.format
    if fmt == "slash":
        parts = []
        for kind in details.fields:
            if kind == "name":
                parts.append(f"{name} ({initials})" if initials else name)
            elif kind == "handle" and handle:
                parts.append(handle_format.format(handle))
            elif kind == "affiliation" and affiliation:
                parts.append(affiliation)
        return details.field_separator.join(parts)
    if fmt == "comma":
        out = f"{initials}: {name}" if initials else name
        if handle:
            out += " " + (handle_format if "@" in handle_format else "(@{})").format(handle)
        return out + (f", {affiliation}" if affiliation else "")
    if fmt == "handle":  # a roll call by handle: the handle, else the name
        return (details.handle_format or "@{}").format(handle) if handle else name
    out = f"{name} ({initials})" if initials else name
    if handle:
        bare = handle_format in ("{}", "({})") and not initials
        out += " " + ("(@{})" if bare else handle_format).format(handle)
    if affiliation:
        form = details.affiliation_form or "paren"
        out += f" - {affiliation}" if form == "dash" else f" ({affiliation})"
    return out


_MARKER = re.compile(r"([ \t]*)([-*+]|(\d{1,9})([.)]))([ \t]*)")


def marker_of(text: str, start: int) -> re.Match[str]:
    m = _MARKER.match(text, start)
    assert m is not None
    return m


def list_add(note: AttendeeNote, block: AttendeeBlock, fields: Fields, usual_handle: str) -> Edit:
    """A new item in the list's style; ``usual_handle`` writes a handle where the list
    shows none yet."""
    text = note.text
    body = _list_text(block, fields, usual_handle)
    last = block.entries[-1].attendee if block.entries else None
    fillers = [f for f in block.fillers if last is None or f[0] > last.end]
    if fillers:  # a placeholder item after the people: fill it in
        start, end = fillers[0]
        line_end = note.outline.line_end(note.outline.line_of(start))
        m = marker_of(text, start)
        gap = m.group(5) or " "
        return minimal_edit(
            text, start, min(end, line_end), text[start : m.end() - len(m.group(5))] + gap + body
        )
    details = _style(block)
    if last is not None:
        anchor = last.start
        at = last.end
    else:  # only a header item ("- name / institution / GitHub handle")
        anchor = block.group.start
        at = note.outline.line_end(note.outline.line_of(anchor))
    m = marker_of(text, anchor)
    marker = m.group(2)
    if m.group(3) and details.numbering == "increment":
        marker = f"{int(m.group(3)) + 1}{m.group(4)}"
    return Edit(at, at, f"\n{m.group(1)}{marker}{m.group(5) or ' '}{body}")


def parts_update(
    note: AttendeeNote, block: AttendeeBlock, entry: AttendeeEntry, changes: Fields
) -> Edit:
    """Rewrite the changed fields of an inline or list entry, each in its place."""
    text = note.text
    layout = block.group.layout
    style_format = layout.handle_format if isinstance(layout, ListStyle) else None
    handle_format = entry.handle_format or style_format or "{}"
    pieces: list[Edit] = []
    for kind, value in changes.items():
        span, outer = entry.span(kind), entry.outer(kind)
        if span is not None and outer is not None and value:
            pieces.append(Edit(span[0], span[1], value))
        elif outer is not None:  # clear: the field with its separator
            pieces.append(_clear_field(text, entry, kind, outer))
        elif value:
            pieces.append(_insert_field(text, block, entry, kind, value, handle_format))
    return combine(text, pieces)


def _clear_field(text: str, entry: AttendeeEntry, kind: str, outer: tuple[int, int]) -> Edit:
    start, end = outer
    if entry.kind == "comma" and kind == "initials":
        return Edit(start, end, "")
    before = text[entry.attendee.start : start].rstrip(" \t")
    sep = re.search(r"(?:[ \t]*[/,])?$", before)
    cut = (
        sep.start()
        if sep and entry.kind in ("slash", "comma") and kind != "initials"
        else len(before)
    )
    return Edit(entry.attendee.start + cut, end, "")


def _insert_field(
    text: str,
    block: AttendeeBlock,
    entry: AttendeeEntry,
    kind: str,
    value: str,
    handle_format: str,
) -> Edit:
    name_span = entry.span("name")
    assert name_span is not None
    shown = handle_format.format(value) if kind == "handle" else value
    if entry.kind == "slash":
        return _insert_slash_field(text, block, entry, kind, shown)
    if entry.kind == "comma":
        if kind == "initials":
            return Edit(name_span[0], name_span[0], f"{value}: ")
        handle_outer = entry.outer("handle")
        if kind == "handle":
            fmt = handle_format if "@" in handle_format else "(@{})"
            return Edit(name_span[1], name_span[1], " " + fmt.format(value))
        at = handle_outer[1] if handle_outer else name_span[1]
        return Edit(at, at, f", {value}")
    if kind == "initials":
        return Edit(name_span[1], name_span[1], f" ({value})")
    initials = entry.outer("initials")
    at = initials[1] if initials else name_span[1]
    bare = handle_format in ("{}", "({})") and not initials
    return Edit(at, at, " " + ("(@{})" if bare else handle_format).format(value))


def _insert_slash_field(
    text: str, block: AttendeeBlock, entry: AttendeeEntry, kind: str, shown: str
) -> Edit:
    """Insert ``shown`` as a new ``/`` field where the list's field order puts it."""
    details = _style(block)
    order = list(details.fields)
    sep = details.field_separator
    name_span = entry.span("name")
    assert name_span is not None
    line_end = text.find("\n", name_span[0])
    line = text[name_span[0] : len(text) if line_end < 0 else line_end].rstrip()
    fields = slash_spans(text, name_span[0], name_span[0] + len(line))
    position = order.index(kind)
    for n, (s, _e) in enumerate(fields[1:], 1):
        s = s + len(text[s:_e]) - len(text[s:_e].lstrip())
        held = next(
            (p.kind for p in entry.parts if entry.attendee.start + p.outer_start == s), "other"
        )
        rank = order.index(held) if held in order else n
        if rank > position:
            return Edit(s, s, shown + sep)
    start, end = fields[-1]
    end = start + len(text[start:end].rstrip())
    return Edit(end, end, sep + shown)
