"""Attendee edits, each one :class:`Edit` written in the note's own style.

``index`` is a position in ``parse_meeting(text).attendees`` (the same list as
:func:`noteapp.core.attendees.parse_attendees`). Every edit is checked by reading the
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
- **front matter** (``members:`` / ``other_attendees:`` / ``attendees:``): one ``- Name``
  line in the list's indentation, or ``, Name`` in a flow list, quoted like its
  neighbours; an empty key gets its first item from
  :func:`noteapp.core.frontmatter_edit.set_key`.

Fields a style has no place for (a handle in ``Present: Name``, initials in a table
without an Initials column) are left out by :func:`add_attendee`, and refused with an
error by :func:`update_attendee`; ``AttendeeGroup.details["holds"]`` lists the fields a
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

Where the note has no attendee block yet, :func:`add_attendee` writes one in the
community's style (``noteapp.core.community``), in an empty attendee section if there
is one, else after the H1 and its intro lines, before the first other ``##`` section.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from noteapp.core.attendees import (
    AttendeeBlock,
    AttendeeEntry,
    _slash_spans,
    attendee_sections,
    scan_attendees,
    table_rows,
)
from noteapp.core.community import detect_community
from noteapp.core.edits import Edit, minimal_edit
from noteapp.core.errors import FrontMatterError, StructureEditError
from noteapp.core.frontmatter import FrontMatter, parse_front_matter
from noteapp.core.frontmatter_edit import _yaml_inline, set_key
from noteapp.core.outline import PSEUDO_LEVEL, Outline

Fields = dict[str, str | None]
_Person = tuple[str, str | None, str | None, str | None, bool]

# What a new attendee block looks like in each community, where the note has none.
_TABLES: dict[str, tuple[str, tuple[tuple[str, str], ...], bool, str]] = {
    # community: (heading, ((header, kind), ...), tight separator, handle format)
    "czi-conda-forge": (
        "## 👥 Attendees",
        (("Full name", "name"), ("Github handle", "handle"), ("Organization", "affiliation")),
        True,
        "`{}`",
    ),
    "conda-forge": (
        "## Attendees",
        (
            ("Name", "name"),
            ("Initials", "initials"),
            ("GitHub ID", "handle"),
            ("Affiliation", "affiliation"),
        ),
        False,
        "{}",
    ),
    "conda-community": (
        "## Attendees",
        (
            ("Name", "name"),
            ("Initials", "initials"),
            ("Affiliation", "affiliation"),
            ("GH Username", "handle"),
        ),
        False,
        "{}",
    ),
}
_LISTS: dict[str, tuple[str, str, tuple[str, ...], str]] = {
    # community: (heading, marker, field order, handle format)
    "jupyterhub": ("## Roll call", "-", ("name", "affiliation", "handle"), "\\@{}"),
    "geojupyter": ("## Attendees", "*", ("name", "handle", "affiliation"), "`@{}`"),
}
_INLINE_LABELS = {"zarr": "**Attending:**", "hsf": "Present:"}
_ABSENT_FOR = {
    "Present/Contributing": "Apologies/Contributing",
    "参加者": "欠席",
    "リモート": "欠席",
}
_PRESENT_FOR = {"Apologies/Contributing": "Present/Contributing", "欠席": "参加者"}


# ----------------------------------------------------------------------------- the note


@dataclass
class _Note:
    text: str
    fm: FrontMatter
    outline: Outline
    blocks: list[AttendeeBlock]

    @property
    def entries(self) -> list[tuple[AttendeeBlock, AttendeeEntry]]:
        return [(b, e) for b in self.blocks for e in b.entries]

    @property
    def people(self) -> list[_Person]:
        return [_person_of(e) for _b, e in self.entries]

    @property
    def raws(self) -> list[str]:
        """Each entry's own text, runs of blanks as one (a table column that grows
        re-pads its rows): an edit must leave the other entries' words alone."""
        text = self.text
        return [" ".join(text[e.attendee.start : e.attendee.end].split()) for _b, e in self.entries]

    def entry(self, index: int) -> tuple[AttendeeBlock, AttendeeEntry]:
        entries = self.entries
        if isinstance(index, bool) or not isinstance(index, int) or not (0 <= index < len(entries)):
            raise StructureEditError(
                f"There is no attendee {index!r}: the note lists {len(entries)} "
                f"(numbered 0 to {len(entries) - 1})."
                if entries
                else f"There is no attendee {index!r}: the note lists none."
            )
        return entries[index]

    def community(self) -> str:
        return detect_community(self.outline, self.fm)


def _read(text: str) -> _Note:
    fm = parse_front_matter(text)
    outline = Outline(text, fm.end)
    return _Note(text, fm, outline, scan_attendees(outline, fm))


def _person_of(entry: AttendeeEntry) -> _Person:
    a = entry.attendee
    return (a.name, a.initials, a.handle, a.affiliation, a.present)


def _holds(block: AttendeeBlock) -> tuple[str, ...]:
    return tuple(block.group.details.get("holds", ("name",)))


def _kind(block: AttendeeBlock) -> str:
    """ "inline", "table", "front_matter" or "list": how entries are written."""
    group = block.group
    if group.style == "inline" or group.details.get("format") == "multi":
        return "inline"
    if group.style in ("table", "front_matter"):
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
) -> Edit:
    """Add a person to the note's attendee block (creating one if there is none)."""
    fields = _fields(name=name, initials=initials, handle=handle, affiliation=affiliation)
    if not fields.get("name"):
        raise StructureEditError("An attendee needs a name.")
    note = _read(text)
    target = _target_block(note, present)
    labelled = [b for b in note.blocks if b.group.style == "inline"]
    if target is None and labelled:  # "Apologies:" next to "Present:", or the reverse
        written = {k: v for k, v in fields.items() if k in _holds(labelled[0]) and v}
        edit = _new_label(note, labelled[0], present, _inline_text(written))
    elif target is None and note.blocks:
        raise StructureEditError(
            f"This note's {_style_name(note.blocks[0])} only lists people "
            f"{'present' if not present else 'absent'}, and there is no list of people "
            f"{'absent' if not present else 'present'} to add them to; write one by hand."
        )
    elif target is None:
        edit, written = _create(note, fields, present)
    else:
        written = _written(target, fields)
        edit = _add_to(note, target, written)
        _within(note, edit, target, what=f"add {name!r}")
    _check_added(
        note.text, edit, note.people, _as_person(written, present), f"add {name!r}", note.raws
    )
    return edit


def _written(block: AttendeeBlock, fields: Fields) -> Fields:
    """The fields a new entry of ``block`` will show: those its style has a place for
    (a roll call by handle shows the handle as the name)."""
    written = {k: v for k, v in fields.items() if k in _holds(block) and v}
    if block.group.details.get("format") == "handle" and written.get("handle"):
        written = {"name": written["handle"], "handle": written["handle"]}
    elif block.group.details.get("format") == "handle":
        written.pop("handle", None)
    return written


def remove_attendee(text: str, index: int) -> Edit:
    """Remove attendee ``index``: its row, list item or inline entry."""
    note = _read(text)
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
) -> Edit:
    """Change attendee ``index``'s fields (``None``: leave as is; ``""``: clear)."""
    note = _read(text)
    block, entry = note.entry(index)
    changes = {
        k: v
        for k, v in _fields(
            name=name, initials=initials, handle=handle, affiliation=affiliation
        ).items()
        if v is not None
    }
    if changes.get("name") == "":
        raise StructureEditError("An attendee needs a name; remove the attendee instead.")
    current = dict(
        zip(("name", "initials", "handle", "affiliation"), _person_of(entry)[:4], strict=True)
    )
    changes = {k: v for k, v in changes.items() if (v or None) != current[k]}
    if not changes:
        return Edit(entry.attendee.start, entry.attendee.start, "")
    missing = [k for k in changes if k not in _holds(block)]
    if missing:
        raise StructureEditError(
            f"This note's {_style_name(block)} has no place for {_field_words(missing)}; "
            "edit the text by hand if you want to add one."
        )
    kind = _kind(block)
    if entry.kind == "handle" and "name" in changes:  # "- @ada" renamed: a plain name
        changes["handle"] = changes.get("handle") or ""
        a = entry.attendee
        handle = changes["handle"]
        new = (entry.handle_format or "@{}").format(handle) if handle else changes["name"]
        lead = _marker_of(note.text, a.start).end() if _kind(block) == "list" else a.start
        edit = minimal_edit(note.text, lead, a.end, new)
        if handle:
            changes["name"] = handle
    elif kind == "table":
        edit = _table_update(note, block, entry, changes)
    elif kind == "front_matter":
        edit = _fm_update(note, entry, changes["name"] or "")
    else:
        edit = _parts_update(note, block, entry, changes)
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


def move_attendee(text: str, index: int, to_index: int) -> Edit:
    """Move attendee ``index`` to position ``to_index`` within the same block."""
    note = _read(text)
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
    if block.group.details.get("numbering") == "increment":  # 1. 2. 3. stay in place
        edit = _permute(
            note.text,
            [
                (_marker_of(note.text, e.attendee.start).end(), e.attendee.end)
                for e in block.entries
            ],
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


def set_present(text: str, index: int, present: bool) -> Edit:
    """Mark attendee ``index`` present or absent (see the module notes for each style)."""
    note = _read(text)
    block, entry = note.entry(index)
    if block.group.present == present:
        return Edit(entry.attendee.start, entry.attendee.start, "")
    people = note.people
    person = people.pop(index)
    what = f"mark {person[0]!r} {'present' if present else 'absent'}"
    target = _presence_target(note, block, present)
    fields = dict(zip(("name", "initials", "handle", "affiliation"), person[:4], strict=True))
    if target is not None:
        if _kind(target) == "inline" and _kind(block) == "inline":
            added = _inline_add(note, target, _as_written(note, entry))
            written = fields
        else:
            written = {k: v for k, v in fields.items() if k in _holds(target) and v}
            added = _add_to(note, target, written)
        edit = _combine(note.text, [_remove_from(note, block, entry), added])
        _check_added(note.text, edit, people, _as_person(written, present), what)
        return edit
    if block.group.style == "inline":
        edit = _combine(
            note.text,
            [
                _remove_from(note, block, entry),
                _new_label(note, block, present, _as_written(note, entry)),
            ],
        )
        _check_added(note.text, edit, people, (*person[:4], present), what)
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
    note: _Note,
    edit: Edit,
    expected: Sequence[_Person],
    what: str,
    keep: Sequence[str] | None = None,
) -> None:
    """The edited text lists exactly ``expected``; with ``keep``, the entries' own texts
    are those (the one edited entry is marked None)."""
    after = _read(edit.apply(note.text))
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


def _within(note: _Note, edit: Edit, *blocks: AttendeeBlock, what: str) -> None:
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


def _as_person(fields: Fields, present: bool) -> _Person:
    return (
        fields["name"] or "",
        fields.get("initials"),
        fields.get("handle"),
        fields.get("affiliation"),
        present,
    )


def _check_added(
    text: str,
    edit: Edit,
    old: list[_Person],
    expected: _Person,
    what: str,
    old_raws: list[str] | None = None,
) -> None:
    """The new text lists the ``old`` attendees plus ``expected``, somewhere, and (with
    ``old_raws``) every old entry's own text is unchanged."""
    after = _read(edit.apply(text))
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
    kind = _kind(block)
    return {
        "inline": f"'{block.group.label}' list" if block.group.label else "list",
        "table": "attendee table",
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


def _combine(text: str, edits: list[Edit]) -> Edit:
    """Several non-overlapping edits of ``text`` as one."""
    edits = sorted((e for e in edits if not e.is_noop), key=lambda e: (e.start, e.end))
    if not edits:
        return Edit(0, 0, "")
    lo, hi = edits[0].start, max(e.end for e in edits)
    new = text
    for edit in reversed(edits):
        new = edit.apply(new)
    return minimal_edit(text, lo, hi, new[lo : hi + len(new) - len(text)])


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


def _delete_lines(text: str, start: int, end: int) -> Edit:
    """Remove the lines ``text[start:end]`` spans, with one newline."""
    if end < len(text) and text[end] == "\n":
        return Edit(start, end + 1, "")
    if start > 0 and text[start - 1] == "\n":
        return Edit(start - 1, end, "")
    return Edit(start, end, "")


# ----------------------------------------------------------------------------- targets


def _target_block(note: _Note, present: bool) -> AttendeeBlock | None:
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
    return (listing or pool or [None])[0]


def _presence_target(note: _Note, block: AttendeeBlock, present: bool) -> AttendeeBlock | None:
    """Where an entry marked ``present`` goes: a block of that presence, the label paired
    with its own first (``Apologies/Contributing`` for ``Present/Contributing``)."""
    others = [b for b in note.blocks if b.group.present == present]
    label = block.group.label or ""
    pair = (
        _ABSENT_FOR.get(label, "Apologies") if not present else _PRESENT_FOR.get(label, "Present")
    )
    paired = [b for b in others if b.group.label == pair]
    return (paired or others or [None])[0]


# ----------------------------------------------------------------------------- dispatch


def _add_to(note: _Note, block: AttendeeBlock, fields: Fields) -> Edit:
    kind = _kind(block)
    if kind == "inline":
        return _inline_add(note, block, _inline_text(fields))
    if kind == "table":
        return _table_add(note, block, fields)
    if kind == "front_matter":
        return _fm_add(note, block, fields["name"] or "")
    return _list_add(note, block, fields)


def _remove_from(note: _Note, block: AttendeeBlock, entry: AttendeeEntry) -> Edit:
    kind = _kind(block)
    a = entry.attendee
    if kind == "inline" or block.group.details.get("list_style") == "flow":
        entries = block.entries
        i = entries.index(entry)
        if len(entries) == 1:  # the label stays, as an empty list ("Apologies:")
            start = a.start
            while note.text[start - 1] in " \t" and start > block.group.start:
                start -= 1
            return Edit(start, a.end, "")
        if i + 1 < len(entries):
            return Edit(a.start, entries[i + 1].attendee.start, "")
        return Edit(entries[i - 1].attendee.end, a.end, "")
    return _delete_lines(note.text, a.start, a.end)


# ----------------------------------------------------------------------------- inline


def _as_written(note: _Note, entry: AttendeeEntry) -> str:
    """An inline entry's own text, remarks and all, on one line."""
    return re.sub(r"[ \t]*\n[ \t]*", " ", note.text[entry.attendee.start : entry.attendee.end])


def _inline_text(fields: Fields) -> str:
    initials = fields.get("initials")
    return f"{fields['name']} ({initials})" if initials else str(fields["name"])


def _inline_add(note: _Note, block: AttendeeBlock, item: str) -> Edit:
    details = block.group.details
    if block.entries:
        at = block.entries[-1].attendee.end
        return Edit(at, at, details.get("separator", ", ") + item)
    at = details["content_start"]
    if note.text[at - 1 : at] not in (" ", "\t"):
        item = " " + item
    return Edit(at, at, item)


def _new_label(note: _Note, block: AttendeeBlock, present: bool, item: str) -> Edit:
    """A new ``Apologies: item`` (or present) line next to ``block``, in its form."""
    details = block.group.details
    label = block.group.label or ""
    if present:
        word = _PRESENT_FOR.get(label) or _INLINE_LABELS.get(note.community(), "Present:")
        word = word.strip("*:")
    else:
        word = _ABSENT_FOR.get(label, "Apologies")
    raw = details["label_text"]
    colon = "：" if "：" in raw else ":"
    bold = details.get("bold") or ""
    if bold and raw.rstrip().endswith(bold):  # **Attending:**
        written = f"{bold}{word}{colon}{bold}"
    elif bold:  # **Attending**:
        written = f"{bold}{word}{bold}{colon}"
    else:
        written = f"{word}{colon}"
    line = f"{details['lead']}{written} {item}"
    gap = "\n" if details["lead"].strip() else "\n\n"  # a list item: the next item
    outline = note.outline
    if present:
        at = outline.line_start(outline.line_of(block.group.start))
        return Edit(at, at, line + gap)
    at = outline.line_end(outline.line_of(details["content_end"]))
    return Edit(at, at, gap + line)


# ----------------------------------------------------------------------------- lists


def _list_text(block: AttendeeBlock, fields: Fields, community: str) -> str:
    """A list item's text (after the marker) in the list's format."""
    details = block.group.details
    name, initials = fields.get("name") or "", fields.get("initials")
    handle, affiliation = fields.get("handle"), fields.get("affiliation")
    handle_format = details.get("handle_format") or "{}"
    if not any(e.attendee.handle for e in block.entries):  # nothing to copy: the usual
        handle_format = _LISTS[community][3] if community in _LISTS else "@{}"
    fmt = details.get("format", "person")
    if fmt == "slash":
        parts = []
        for kind in details.get("fields", ("name",)):
            if kind == "name":
                parts.append(f"{name} ({initials})" if initials else name)
            elif kind == "handle" and handle:
                parts.append(handle_format.format(handle))
            elif kind == "affiliation" and affiliation:
                parts.append(affiliation)
        return details.get("field_separator", " / ").join(parts)
    if fmt == "comma":
        out = f"{initials}: {name}" if initials else name
        if handle:
            out += " " + (handle_format if "@" in handle_format else "(@{})").format(handle)
        return out + (f", {affiliation}" if affiliation else "")
    if fmt == "handle":  # a roll call by handle: the handle, else the name
        return details.get("handle_format", "@{}").format(handle) if handle else name
    out = f"{name} ({initials})" if initials else name
    if handle:
        bare = handle_format in ("{}", "({})") and not initials
        out += " " + ("(@{})" if bare else handle_format).format(handle)
    if affiliation:
        form = details.get("affiliation_form") or "paren"
        out += f" - {affiliation}" if form == "dash" else f" ({affiliation})"
    return out


_MARKER = re.compile(r"([ \t]*)([-*+]|(\d{1,9})([.)]))([ \t]*)")


def _marker_of(text: str, start: int) -> re.Match[str]:
    m = _MARKER.match(text, start)
    assert m is not None
    return m


def _list_add(note: _Note, block: AttendeeBlock, fields: Fields) -> Edit:
    text = note.text
    body = _list_text(block, fields, note.community())
    last = block.entries[-1].attendee if block.entries else None
    fillers = [f for f in block.fillers if last is None or f[0] > last.end]
    if fillers:  # a placeholder item after the people: fill it in
        start, end = fillers[0]
        line_end = note.outline.line_end(note.outline.line_of(start))
        m = _marker_of(text, start)
        gap = m.group(5) or " "
        return minimal_edit(
            text, start, min(end, line_end), text[start : m.end() - len(m.group(5))] + gap + body
        )
    details = block.group.details
    if last is not None:
        anchor = last.start
        at = last.end
    else:  # only a header item ("- name / institution / GitHub handle")
        anchor = block.group.start
        at = note.outline.line_end(note.outline.line_of(anchor))
    m = _marker_of(text, anchor)
    marker = m.group(2)
    if m.group(3) and details.get("numbering") == "increment":
        marker = f"{int(m.group(3)) + 1}{m.group(4)}"
    return Edit(at, at, f"\n{m.group(1)}{marker}{m.group(5) or ' '}{body}")


def _parts_update(note: _Note, block: AttendeeBlock, entry: AttendeeEntry, changes: Fields) -> Edit:
    """Rewrite the changed fields of an inline or list entry, each in its place."""
    text = note.text
    details = block.group.details
    handle_format = entry.handle_format or details.get("handle_format") or "{}"
    pieces: list[Edit] = []
    for kind, value in changes.items():
        span, outer = entry.span(kind), entry.outer(kind)
        if span is not None and outer is not None and value:
            pieces.append(Edit(span[0], span[1], value))
        elif outer is not None:  # clear: the field with its separator
            pieces.append(_clear_field(text, entry, kind, outer))
        elif value:
            pieces.append(_insert_field(text, block, entry, kind, value, handle_format))
    return _combine(text, pieces)


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
    details = block.group.details
    order = list(details.get("fields", ("name",)))
    sep = details.get("field_separator", " / ")
    name_span = entry.span("name")
    assert name_span is not None
    line_end = text.find("\n", name_span[0])
    line = text[name_span[0] : len(text) if line_end < 0 else line_end].rstrip()
    fields = _slash_spans(text, name_span[0], name_span[0] + len(line))
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


# ----------------------------------------------------------------------------- tables


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
        rows = table_rows(text, g.start, g.end)
        return cls(
            text,
            g.start,
            g.end,
            rows,
            list(g.details["widths"]),
            tuple(g.details["columns"]),
            g.details.get("handle_format") or "{}",
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


def _table_add(note: _Note, block: AttendeeBlock, fields: Fields) -> Edit:
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


def _table_update(note: _Note, block: AttendeeBlock, entry: AttendeeEntry, changes: Fields) -> Edit:
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


# ----------------------------------------------------------------------------- front matter


def _fm_style(text: str, entry: AttendeeEntry | None) -> str:
    """How a front-matter item is quoted: "single", "double" or "plain"."""
    span = entry.span("name") if entry is not None else None
    quote = text[span[0] : span[0] + 1] if span else ""
    return {"'": "single", '"': "double"}.get(quote, "plain")


def _fm_set(note: _Note, block: AttendeeBlock, values: list[str]) -> Edit:
    try:
        edit = set_key(note.text, block.group.details["key"], values)
    except FrontMatterError as exc:
        raise StructureEditError(str(exc)) from exc
    return minimal_edit(note.text, edit.start, edit.end, edit.new)


def _fm_add(note: _Note, block: AttendeeBlock, name: str) -> Edit:
    """A ``- name`` line after the last item, ``, name`` in a flow list; an empty key
    gets its first item from :func:`set_key`."""
    if not block.entries:
        return _fm_set(note, block, [name])
    last = block.entries[-1]
    item = _yaml_inline(name, _fm_style(note.text, last))
    at = last.attendee.end
    if block.group.details.get("list_style") == "flow":
        return Edit(at, at, f", {item}")
    return Edit(at, at, f"\n{block.group.details['indent']}- {item}")


def _fm_update(note: _Note, entry: AttendeeEntry, name: str) -> Edit:
    span = entry.span("name")
    assert span is not None
    return minimal_edit(
        note.text, span[0], span[1], _yaml_inline(name, _fm_style(note.text, entry))
    )


# ----------------------------------------------------------------------------- new blocks


def _create(note: _Note, fields: Fields, present: bool) -> tuple[Edit, Fields]:
    """A first attendee block in the community's style, with this one person."""
    community = note.community()
    text = note.text
    if not present and community not in _INLINE_LABELS:
        raise StructureEditError(
            "This note has no list of absent people, and its community's attendee "
            "tables and lists only list who came; add them as present, or write an "
            "'Apologies:' line by hand."
        )
    heading, body, written = _new_block(community, fields, present)
    region = _empty_section(note)
    if region is not None:
        at = note.outline.line_end(note.outline.line_of(region))
        return Edit(at, at, "\n\n" + body), written
    outline = note.outline
    h1 = next((h for h in outline.headings if h.level == 1), None)
    if community == "zarr":
        at = h1.end if h1 else outline.body_start
        at_line_end = at - 1 if at > 0 and text[at - 1] == "\n" else at
        return Edit(at_line_end, at_line_end, "\n\n" + body), written
    after = h1.end if h1 else outline.body_start
    nxt = next(
        (
            h
            for h in outline.headings
            if h.start >= after and h.level <= 2 and h.level != PSEUDO_LEVEL
        ),
        None,
    )
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


def _empty_section(note: _Note) -> int | None:
    """The last non-blank line of the first attendee section that holds no attendees."""
    used = {b.region for b in note.blocks if b.region}
    for start, end in attendee_sections(note.outline):
        if (start, end) in used:
            continue
        body = note.text[start:end].rstrip()
        last = start + len(body) - 1 if body.strip() else start - 1
        return max(last, 0)
    return None


def _new_block(community: str, fields: Fields, present: bool) -> tuple[str | None, str, Fields]:
    name = fields["name"] or ""
    if community in _INLINE_LABELS or not present:
        label = _INLINE_LABELS.get(community, "Present:")
        if not present:
            label = "**Apologies:**" if label.startswith("**") else "Apologies:"
        kept = {k: fields.get(k) for k in ("name", "initials")}
        return None, f"{label} {_inline_text(kept)}", {k: v for k, v in kept.items() if v}
    if community in _TABLES:
        heading, columns, tight, handle_format = _TABLES[community]
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

        sep = "|" + "|".join(("-" * w) if tight else f" {'-' * (w - 2)} " for w in widths) + "|"
        body = "\n".join([row([h for h, _k in columns]), sep, row(values)])
        kinds = {k for _h, k in columns}
        return heading, body, {k: v for k, v in fields.items() if k in kinds and v}
    if community in _LISTS:
        heading, marker, order, handle_format = _LISTS[community]
        parts = []
        for kind in order:
            value = fields.get(kind)
            if kind == "name":
                initials = fields.get("initials")
                parts.append(f"{name} ({initials})" if initials else name)
            elif value:
                parts.append(handle_format.format(value) if kind == "handle" else value)
        return heading, f"{marker} " + " / ".join(parts), {k: v for k, v in fields.items() if v}
    kept = {k: fields.get(k) for k in ("name", "initials")}
    return "## Attendees", f"- {_inline_text(kept)}", {k: v for k, v in kept.items() if v}
