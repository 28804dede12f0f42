"""Attendee edits, each one :class:`Edit` written in the note's own style.

``index`` is a position in ``parse_meeting(text).attendees`` (the same list as
:func:`noteapp.core.meeting.attendees.reader.parse_attendees`). Every edit is checked by reading the
result back: the attendees must be exactly the old ones with the one intended change,
or :class:`StructureEditError` is raised and nothing is written.

How each style is written:

- **inline** (``**Attending:** Ada Lovelace (AL), ...``, ``Present: ...``, ``参加者: 福田、水野``):
  the list's own separator; a new person goes at the end as ``Name (XX)``.
- **lists** (``- Name``, ``* Name (XX) (handle)``, ``- Name / Org / \\@handle``,
  ``* Name / `@handle` / org``, ``1. XX: Name (@handle), Org``): a new item with the
  list's marker, indentation and numbering (``1.`` every time, or counting up), its
  field order and separator, and its handle style (``\\@``, backticks, ``@``, none).
  A placeholder item after the people (``* Name / GitHub ID / affiliation``) is filled
  in rather than a new item added; a header item at the top (``- name / institution /
  GitHub handle``) is kept.
- **tables**: a new row in the column order, each cell padded to its column's width;
  the first empty filler row is filled if there is one (that is how those notes are
  meant to be filled; a template's `` `XXXXXXXX` `` stays where no handle is given),
  else the row goes after the last person. Only when a value is wider than its column
  is the column widened, and then only in the rows that were padded to it (ragged rows
  stay ragged, ``|---|`` and ``| --- |`` keep their style, NBSP cells are not touched).
- **HTML tables** (``<table>`` with a header row naming the columns): a new row copies
  the last person's row as written, each value replaced and HTML-escaped; a change
  replaces only the inside of a cell; a removed row takes its own lines.
- **front matter** (``members:`` / ``other_attendees:`` / ``attendees:``): one ``- Name``
  line in the list's indentation, or ``, Name`` in a flow list, quoted like its
  neighbours; an empty key gets its first item from
  :func:`noteapp.core.text.frontmatter_edit.set_key`.

Fields a style has no place for (a handle in ``Present: Name``, initials in a table
without an Initials column) are left out by :func:`add_attendee`, and refused with an
error by :func:`update_attendee`; ``AttendeeGroup.holds`` lists the fields a
group can carry. An empty string clears a field; ``None`` leaves it as it is.

Presence (:func:`set_present`):

- Inline label lists carry it: marking someone absent moves their entry, as written,
  from ``Present:``/``**Attending:**`` to the ``Apologies:`` list; if the note has no
  such line, one is added after the present list in the same form (``**Apologies:**``
  after ``**Attending:**``, ``Apologies/Contributing:`` after ``Present/Contributing:``,
  ``欠席:`` after ``参加者:``). Marking present moves it back (a missing present line is
  added before the absent one).
- Tables, lists and front-matter lists only list who came. Marking someone absent
  there removes their entry (what a note-taker does when someone who signed in did not
  stay), unless the note also has an absent list, which then receives the entry.
  Marking present someone who is already present changes nothing.

Where the note has no attendee block yet, :func:`add_attendee` writes one in the style
learned from the series' earlier notes (``like``), else its template, else a plain
``## Attendees`` list (:mod:`noteapp.core.meeting.style`), in an empty attendee section if
there is one, else after the H1 and its intro lines, before the first other ``##`` section.
"""

import re
from collections.abc import Iterable, Mapping, Sequence

from noteapp.core.errors import StructureEditError
from noteapp.core.meeting.attendees.front_matter import fm_add, fm_update
from noteapp.core.meeting.attendees.html_tables import (
    html_row_span,
    html_table_add,
    html_table_update,
)
from noteapp.core.meeting.attendees.initials import derived_initials
from noteapp.core.meeting.attendees.inline import (
    ABSENT_FOR,
    PRESENT_FOR,
    as_written,
    inline_add,
    inline_text,
    new_label,
)
from noteapp.core.meeting.attendees.learned import attendee_style, handle_style
from noteapp.core.meeting.attendees.lists import list_add, marker_of, parts_update
from noteapp.core.meeting.attendees.new_block import create_block
from noteapp.core.meeting.attendees.records import (
    AttendeeBlock,
    AttendeeEntry,
    AttendeeNote,
    Fields,
    FrontMatterStyle,
    ListStyle,
    PersonTuple,
    person_of,
)
from noteapp.core.meeting.attendees.scanner import scan_attendees
from noteapp.core.meeting.attendees.tables import table_add, table_update
from noteapp.core.meeting.style import AttendeeStyle, Sources, Template
from noteapp.core.text.edits import Edit, combine, minimal_edit
from noteapp.core.text.frontmatter import parse_front_matter
from noteapp.core.text.outline import Outline

Roles = Mapping[str, str] | None  # the section roles taught for the series


def _read(
    text: str, roles: Roles = None, like: Iterable[str] = (), template: Template = None
) -> AttendeeNote:
    """``text`` read for an edit; ``like`` (the series' earlier notes, newest first, read
    lazily) and ``template`` (its template rendered) give a new block its style."""
    fm = parse_front_matter(text)
    outline = Outline(text, fm.end)
    blocks = scan_attendees(outline, fm, roles=roles)
    return AttendeeNote(text, fm, outline, blocks, roles, Sources(text, like, template))


def _style(note: AttendeeNote) -> AttendeeStyle:
    """The attendee style a new block of ``note`` is written in (:mod:`.learned`)."""
    return attendee_style(note.sources or Sources(note.text), note.roles)


def _present_label(note: AttendeeNote) -> str:
    """The series' label for who came, for a new labelled line."""
    style = _style(note)
    return style.label if style.form == "inline" else "Present:"


def holds_of(block: AttendeeBlock) -> tuple[str, ...]:
    return block.group.holds


def _list_format(block: AttendeeBlock) -> str | None:
    layout = block.group.layout
    return layout.format if isinstance(layout, ListStyle) else None


def kind_of(block: AttendeeBlock) -> str:
    """ "inline", "table", "html_table", "front_matter" or "list": how entries are
    written."""
    group = block.group
    if group.style in ("inline", "paragraph") or _list_format(block) == "multi":
        return "inline"
    if group.style in ("table", "html_table", "front_matter"):
        return group.style
    return "list"


# ----------------------------------------------------------------------------- public API


def add_attendee(
    text: str,
    name: str,
    initials: str | None = None,
    handle: str | None = None,
    affiliation: str | None = None,
    present: bool = True,
    *,
    roles: Roles = None,
    like: Iterable[str] = (),
    template: Template = None,
) -> Edit:
    """Add a person to the note's attendee block (creating one if there is none, in
    the style of the series' earlier notes ``like`` or its ``template``)."""
    fields = _fields(name=name, initials=initials, handle=handle, affiliation=affiliation)
    if not fields.get("name"):
        raise StructureEditError("An attendee needs a name.")
    note = _read(text, roles, like, template)
    target = _target_block(note, present)
    labelled = [b for b in note.blocks if b.group.style == "inline"]
    if target is None and labelled:  # "Apologies:" next to "Present:", or the reverse
        written: Fields = {k: v for k, v in fields.items() if k in holds_of(labelled[0]) and v}
        edit = new_label(note, labelled[0], present, inline_text(written), _present_label(note))
    elif target is None and note.blocks:
        raise StructureEditError(
            f"This note's {_style_name(note.blocks[0])} only lists people "
            f"{'present' if not present else 'absent'}, and there is no list of people "
            f"{'absent' if not present else 'present'} to add them to; write one by hand."
        )
    elif target is None:
        edit, written = create_block(note, fields, present, _style(note))
    else:
        taken = [person[1] for person in note.people]
        if not fields.get("initials") and _writes_initials(target, taken):  # a walk-in
            fields["initials"] = derived_initials(str(fields["name"]), taken)
        written = _written(target, fields)
        edit = _add_to(note, target, written)
        _within(note, edit, target, what=f"add {name!r}")
    _check_added(note, edit, note.people, _as_person(written, present), f"add {name!r}", note.raws)
    return edit


def _writes_initials(block: AttendeeBlock, initials: list[str | None]) -> bool:
    """Whether a new person of ``block`` is written with initials: it has an initials
    column, or the note writes people ``Name (AB)`` (``initials``: each person's)."""
    if "initials" not in holds_of(block):
        return False
    return kind_of(block) in ("table", "html_table") or any(initials)


def _written(block: AttendeeBlock, fields: Fields) -> Fields:
    """The fields a new entry of ``block`` will show: those its style has a place for
    (a roll call by handle shows the handle as the name)."""
    written: Fields = {k: v for k, v in fields.items() if k in holds_of(block) and v}
    if _list_format(block) == "handle" and written.get("handle"):
        written = {"name": written["handle"], "handle": written["handle"]}
    elif _list_format(block) == "handle":
        written.pop("handle", None)
    return written


def remove_attendee(text: str, index: int, *, roles: Roles = None) -> Edit:
    """Remove attendee ``index``: its row, list item or inline entry."""
    note = _read(text, roles)
    block, entry = note.entry(index)
    edit = _remove_from(note, block, entry)
    people = note.people
    what = f"remove {entry.attendee.name!r}"
    _within(note, edit, block, what=what)
    raws = note.raws
    _check(note, edit, people[:index] + people[index + 1 :], what, raws[:index] + raws[index + 1 :])
    return edit


def update_attendee(
    text: str,
    index: int,
    *,
    name: str | None = None,
    initials: str | None = None,
    handle: str | None = None,
    affiliation: str | None = None,
    roles: Roles = None,
) -> Edit:
    """Change attendee ``index``'s fields (``None``: leave as is; ``""``: clear)."""
    note = _read(text, roles)
    block, entry = note.entry(index)
    changes: Fields = {
        k: v
        for k, v in _fields(
            name=name, initials=initials, handle=handle, affiliation=affiliation
        ).items()
        if v is not None
    }
    if changes.get("name") == "":
        raise StructureEditError("An attendee needs a name; remove the attendee instead.")
    current = dict(
        zip(("name", "initials", "handle", "affiliation"), person_of(entry)[:4], strict=True)
    )
    changes = {k: v for k, v in changes.items() if (v or None) != current[k]}
    if not changes:
        return Edit(entry.attendee.start, entry.attendee.start, "")
    missing = [k for k in changes if k not in holds_of(block)]
    if missing:
        raise StructureEditError(
            f"This note's {_style_name(block)} has no place for {_field_words(missing)}; "
            "edit the text by hand if you want to add one."
        )
    kind = kind_of(block)
    if entry.kind == "handle" and "name" in changes:  # "- @ada" renamed: a plain name
        changes["handle"] = changes.get("handle") or ""
        a = entry.attendee
        handle = changes["handle"]
        new = (entry.handle_format or "@{}").format(handle) if handle else changes["name"] or ""
        lead = marker_of(note.text, a.start).end() if kind_of(block) == "list" else a.start
        edit = minimal_edit(note.text, lead, a.end, new)
        if handle:
            changes["name"] = handle
    elif kind == "table":
        edit = table_update(note, block, entry, changes)
    elif kind == "html_table":
        edit = html_table_update(note, block, entry, changes)
    elif kind == "front_matter":
        edit = fm_update(note, entry, changes["name"] or "")
    else:
        edit = parts_update(note, block, entry, changes)
    for key, value in changes.items():
        current[key] = value or None
    people = note.people
    people[index] = (
        current["name"] or "",
        current["initials"],
        current["handle"],
        current["affiliation"],
        entry.attendee.present,
    )
    what = f"update {entry.attendee.name!r}"
    _within(note, edit, block, what=what)
    keep: list[str | None] = list(note.raws)
    keep[index] = None
    _check(note, edit, people, what, keep)
    return edit


def move_attendee(text: str, index: int, to_index: int, *, roles: Roles = None) -> Edit:
    """Move attendee ``index`` to position ``to_index`` within the same block."""
    note = _read(text, roles)
    block, entry = note.entry(index)
    other_block, _other = note.entry(to_index)
    if other_block.group.start != block.group.start:
        raise StructureEditError(
            "An attendee can only be moved within its own list; attendees "
            f"{index} and {to_index} are in different blocks."
        )
    if index == to_index:
        return Edit(entry.attendee.start, entry.attendee.start, "")
    first = index - block.entries.index(entry)
    order = list(range(len(block.entries)))
    order.insert(to_index - first, order.pop(index - first))
    layout = block.group.layout
    grouped = [e for e in block.entries if _group_of(note.text, e) is not None]
    if grouped and kind_of(block) == "inline":
        return _move_segment(note, block, index - first, to_index - first, first)
    if isinstance(layout, ListStyle) and layout.numbering == "increment":  # 1. 2. 3. stay in place
        edit = _permute(
            note.text,
            [(marker_of(note.text, e.attendee.start).end(), e.attendee.end) for e in block.entries],
            order,
        )
    else:
        edit = _permute(
            note.text, [(e.attendee.start, e.attendee.end) for e in block.entries], order
        )
    people = note.people
    moved = people[first : first + len(order)]
    people[first : first + len(order)] = [moved[i] for i in order]
    _check(note, edit, people, f"move {entry.attendee.name!r}")
    return edit


def _move_segment(note: AttendeeNote, block: AttendeeBlock, src: int, dst: int, first: int) -> Edit:
    """Move a person of an inline list whose people are grouped by organisation
    (``Apple (Kiara), Google (Devlin, Oliver), Simeon``): whole segments move."""
    text = note.text
    entries = list(block.entries)
    spans = _segment_spans(text, entries)
    segments = list(dict.fromkeys(spans))
    if spans.count(spans[src]) > 1:
        raise StructureEditError(
            f"{entries[src].attendee.name!r} is written under an organisation with others; "
            "move the organisation's whole group by hand."
        )
    order = list(range(len(segments)))
    order.insert(segments.index(spans[dst]), order.pop(segments.index(spans[src])))
    edit = _permute(text, segments, order)
    people = note.people
    mine = people[first : first + len(entries)]
    by_segment = [[p for p, sp in zip(mine, spans, strict=True) if sp == seg] for seg in segments]
    people[first : first + len(entries)] = [p for k in order for p in by_segment[k]]
    _check(note, edit, people, f"move {entries[src].attendee.name!r}")
    return edit


def absence_removes(text: str, index: int, *, roles: Roles = None) -> bool:
    """Whether marking attendee ``index`` absent can only remove them from the note (it
    lists who came and has no list of people absent): the window then asks for Delete,
    a visible and undoable removal, instead of doing it on a toggle."""
    note = _read(text, roles)
    block, _entry = note.entry(index)
    if not block.group.present:
        return False
    return _presence_target(note, block, False) is None and block.group.style != "inline"


def set_present(
    text: str,
    index: int,
    present: bool,
    *,
    roles: Roles = None,
    like: Iterable[str] = (),
    template: Template = None,
) -> Edit:
    """Mark attendee ``index`` present or absent (see the module notes for each style;
    a new present line is labelled as ``like``/``template`` label theirs)."""
    note = _read(text, roles, like, template)
    block, entry = note.entry(index)
    if block.group.present == present:
        return Edit(entry.attendee.start, entry.attendee.start, "")
    people = note.people
    person = people.pop(index)
    what = f"mark {person[0]!r} {'present' if present else 'absent'}"
    target = _presence_target(note, block, present)
    fields = dict(zip(("name", "initials", "handle", "affiliation"), person[:4], strict=True))
    if target is not None:
        if kind_of(target) == "inline" and kind_of(block) == "inline":
            added = inline_add(note, target, as_written(note, entry))
            written = fields
        else:
            written = {k: v for k, v in fields.items() if k in holds_of(target) and v}
            added = _add_to(note, target, written)
        edit = combine(note.text, [_remove_from(note, block, entry), added])
        _check_added(note, edit, people, _as_person(written, present), what)
        return edit
    if block.group.style == "inline":
        edit = combine(
            note.text,
            [
                _remove_from(note, block, entry),
                new_label(note, block, present, as_written(note, entry), _present_label(note)),
            ],
        )
        _check_added(note, edit, people, (*person[:4], present), what)
        return edit
    if present:
        raise StructureEditError(
            f"{person[0]!r} is in an absent list and the note has no list of people present "
            "to move them to; add them to one by hand."
        )
    edit = _remove_from(note, block, entry)
    _check(note, edit, people, what)
    return edit


# ----------------------------------------------------------------------------- checks


def _fields(**values: str | None) -> Fields:
    out: Fields = {}
    for key, value in values.items():
        if value is None:
            out[key] = None
            continue
        if not isinstance(value, str):
            raise StructureEditError(f"The attendee's {key} must be text, not {value!r}.")
        if "\n" in value or "\r" in value:
            raise StructureEditError(f"The attendee's {key} must fit on one line.")
        value = value.strip()
        if key == "handle":
            value = value.lstrip("@").strip("`").lstrip("@")
            if value and not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]*", value):
                raise StructureEditError(
                    f"{value!r} is not a GitHub handle (letters, digits and dashes)."
                )
        if key == "initials":
            value = value.strip("()")
            if value and not re.fullmatch(r"[A-Z][A-Za-z]{0,2}[A-Z]", value):
                raise StructureEditError(
                    f"{value!r} are not initials: 2 to 4 letters, beginning and ending "
                    "with a capital (JM, JMS, MvN)."
                )
        out[key] = value
    return out


def _check(
    note: AttendeeNote,
    edit: Edit,
    expected: Sequence[PersonTuple],
    what: str,
    keep: Sequence[str | None] | None = None,
) -> None:
    """The edited text lists exactly ``expected``; with ``keep``, the entries' own texts
    are those (the one edited entry is marked None)."""
    after = _read(edit.apply(note.text), note.roles)
    got = after.people
    same_text = keep is None or (
        len(after.raws) == len(keep)
        and all(k is None or k == r for k, r in zip(keep, after.raws, strict=True))
    )
    if got != list(expected) or not same_text:
        raise StructureEditError(
            f"Could not {what} in this note's style without changing how other attendees "
            "read (or the new text does not read back as intended); nothing was changed."
        )


def _within(note: AttendeeNote, edit: Edit, *blocks: AttendeeBlock, what: str) -> None:
    """The edit touches only the lines of ``blocks`` (an insertion may follow a block's
    last line): the rest of the note stays byte for byte."""
    outline = note.outline
    spans = [
        (outline.line_start(outline.line_of(b.group.start)), outline.newline_after(b.group.end))
        for b in blocks
    ]
    if not any(a <= edit.start and edit.end <= b for a, b in spans):
        raise StructureEditError(
            f"Could not {what} without touching lines outside the attendee list; "
            "nothing was changed."
        )


def _as_person(fields: Fields, present: bool) -> PersonTuple:
    return (
        fields["name"] or "",
        fields.get("initials"),
        fields.get("handle"),
        fields.get("affiliation"),
        present,
    )


def _check_added(
    note: AttendeeNote,
    edit: Edit,
    old: list[PersonTuple],
    expected: PersonTuple,
    what: str,
    old_raws: list[str] | None = None,
) -> None:
    """The new text lists the ``old`` attendees plus ``expected``, somewhere, and (with
    ``old_raws``) every old entry's own text is unchanged."""
    after = _read(edit.apply(note.text), note.roles)
    got, raws = after.people, after.raws
    ok = len(got) == len(old) + 1 and any(
        got[k] == expected
        and got[:k] + got[k + 1 :] == old
        and (old_raws is None or raws[:k] + raws[k + 1 :] == old_raws)
        for k in range(len(got))
    )
    if not ok:
        raise StructureEditError(
            f"Could not {what} in this note's style: the result would not read back as "
            "intended (a comma or slash in a value, an odd layout?); nothing was changed."
        )


def _style_name(block: AttendeeBlock) -> str:
    kind = kind_of(block)
    return {
        "inline": f"'{block.group.label}' list" if block.group.label else "list",
        "table": "attendee table",
        "html_table": "attendee table",
        "front_matter": "front-matter list",
    }.get(kind, "attendee list")


def _field_words(kinds: list[str]) -> str:
    words = {
        "initials": "initials",
        "handle": "a GitHub handle",
        "affiliation": "an affiliation",
        "name": "a name",
    }
    return " or ".join(words[k] for k in kinds)


# ----------------------------------------------------------------------------- combining


def _permute(text: str, slots: list[tuple[int, int]], order: list[int]) -> Edit:
    """Put the text of slot ``order[k]`` in slot ``k``; what lies between stays."""
    lo, hi = slots[0][0], slots[-1][1]
    out = []
    pos = lo
    for k, (s, e) in enumerate(slots):
        out.append(text[pos:s])
        src = slots[order[k]]
        out.append(text[src[0] : src[1]])
        pos = e
    out.append(text[pos:hi])
    return minimal_edit(text, lo, hi, "".join(out))


def delete_lines(text: str, start: int, end: int) -> Edit:
    """Remove the lines ``text[start:end]`` spans, with one newline."""
    if end < len(text) and text[end] == "\n":
        return Edit(start, end + 1, "")
    if start > 0 and text[start - 1] == "\n":
        return Edit(start - 1, end, "")
    return Edit(start, end, "")


# ----------------------------------------------------------------------------- targets


def _target_block(note: AttendeeNote, present: bool) -> AttendeeBlock | None:
    """The block a new person goes to: the first of that presence that lists people (or
    a header or placeholders to fill), else the first of that presence."""
    candidates = [b for b in note.blocks if b.group.present == present]
    preferred = [
        b
        for b in candidates
        if (b.group.label or "") not in ("Intend to attend", "Plan to attend", "members")
    ]
    pool = preferred or candidates
    listing = [b for b in pool if b.entries or b.fillers or b.group.style == "front_matter"]
    return next(iter(listing or pool), None)


def _presence_target(
    note: AttendeeNote, block: AttendeeBlock, present: bool
) -> AttendeeBlock | None:
    """Where an entry marked ``present`` goes: a block of that presence, the label paired
    with its own first (``Apologies/Contributing`` for ``Present/Contributing``)."""
    others = [b for b in note.blocks if b.group.present == present]
    label = block.group.label or ""
    pair = ABSENT_FOR.get(label, "Apologies") if not present else PRESENT_FOR.get(label, "Present")
    paired = [b for b in others if b.group.label == pair]
    return next(iter(paired or others), None)


# ----------------------------------------------------------------------------- dispatch


def _add_to(note: AttendeeNote, block: AttendeeBlock, fields: Fields) -> Edit:
    kind = kind_of(block)
    if kind == "inline":
        return inline_add(note, block, inline_text(fields))
    if kind == "table":
        return table_add(note, block, fields)
    if kind == "html_table":
        return html_table_add(note, block, fields)
    if kind == "front_matter":
        return fm_add(note, block, fields["name"] or "")
    usual = "@{}"  # how the series writes handles, for a list that shows none yet
    if fields.get("handle") and not any(e.attendee.handle for e in block.entries):
        fields_of = block.group.layout.fields if isinstance(block.group.layout, ListStyle) else ()
        usual = handle_style(note.sources or Sources(note.text), fields_of, note.roles)
    return list_add(note, block, fields, usual)


def _group_of(text: str, entry: AttendeeEntry) -> int | None:
    """Where the organisation of ``Google (Devlin, Oliver)`` starts, for its people."""
    part = entry.part("affiliation")
    return entry.attendee.start + part.outer_start if part and part.outer_start < 0 else None


def _segment_spans(text: str, entries: list[AttendeeEntry]) -> list[tuple[int, int]]:
    """Each entry's segment of an inline list: a grouped person's is the whole
    ``Org (A, B)``."""
    out = []
    for x in entries:
        org = _group_of(text, x)
        if org is None:
            out.append((x.attendee.start, x.attendee.end))
        else:
            close = text.find(")", x.attendee.end)
            out.append((org, close + 1 if close >= 0 else x.attendee.end))
    return out


def _remove_from(note: AttendeeNote, block: AttendeeBlock, entry: AttendeeEntry) -> Edit:
    kind = kind_of(block)
    a = entry.attendee
    layout = block.group.layout
    if kind == "inline" or (isinstance(layout, FrontMatterStyle) and layout.list_style == "flow"):
        text = note.text
        entries = list(block.entries)
        i = entries.index(entry)
        group = [x for x in entries if _group_of(text, x) == _group_of(text, entry)]
        if _group_of(text, entry) is not None and len(group) > 1:  # "Google (A, B)": one name
            k = group.index(entry)
            if k + 1 < len(group):
                return Edit(a.start, group[k + 1].attendee.start, "")
            return Edit(group[k - 1].attendee.end, a.end, "")
        spans = _segment_spans(text, entries)
        start, end = spans[i]
        if len(entries) == 1:  # the label stays, as an empty list ("Apologies:")
            while text[start - 1] in " \t" and start > block.group.start:
                start -= 1
            return Edit(start, end, "")
        later = [x for x in spans[i + 1 :] if x != spans[i]]
        if later:
            return Edit(start, later[0][0], "")
        earlier = [x for x in spans[:i] if x != spans[i]]
        return Edit(earlier[-1][1], end, "")
    if kind == "html_table":
        return Edit(*html_row_span(note.text, entry), "")
    return delete_lines(note.text, a.start, a.end)
