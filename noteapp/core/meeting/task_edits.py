"""Edits to checklists, the agenda and action items, written in the note's own style.

Each function is pure: it reads the text, returns one :class:`Edit` that changes only
the characters it must (one box character, or the inserted lines), and checks its own
work by parsing the result again: exactly the intended item changed or appeared, and
nothing else.  When that cannot be guaranteed it raises :class:`StructureEditError`
and the text stays as it was.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise
from typing import Any

from noteapp.core.errors import StructureEditError
from noteapp.core.meeting import Meeting, parse_meeting
from noteapp.core.meeting.placeholders import entry_over, find_placeholder, is_placeholder
from noteapp.core.meeting.section_styles import (
    action_style,
    agenda_style,
    main_actions,
    main_agenda,
    owner_votes,
    taught_headings,
)
from noteapp.core.meeting.structure import ActionItem, AgendaItem, TaskItem
from noteapp.core.meeting.style import Owners, Sources, Template
from noteapp.core.meeting.tasks import (
    _LIST_BREAK,
    HOUR_UNITS,
    TIMEBOX,
    ListItem,
    model,
    parse_checklist,
    taught_home,
)
from noteapp.core.text.edits import Edit, minimal_edit
from noteapp.core.text.frontmatter import parse_front_matter
from noteapp.core.text.outline import PSEUDO_LEVEL, HeadingAt, Outline, Section

# Sections that stay at the end of a note, below a new action-item section.
_STAYS_LAST = re.compile(
    r"next meeting|links shared|^links$|previous meetings|references|resources", re.I
)
# A leading name in an agenda item ("**Tim**", "[name=Min]"): a time box goes after it.
_LEAD = re.compile(
    r"(\*\*[^*\n]+\*\*|\[name=[^\]\n]*\]|[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,2}(?=:))"
)
_NAME_OWNER = re.compile(r"[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,2}")
_PAREN_OWNER = re.compile(r"[^\s()/,][^()/,\n]*")


# The section roles a user taught for a series (normalised label -> role).
Roles = Mapping[str, str] | None


# -- ticking ----------------------------------------------------------------------------------


def toggle_item(text: str, index: int, roles: Roles = None, like: Iterable[str] = ()) -> Edit:
    """Tick or untick task item ``index`` (an index into ``parse_checklist``).

    ``roles`` are the section roles taught for the note's series (as ``parse_meeting``
    takes them); ``like`` the series' earlier notes, whose tick mark a note that has
    none of its own follows (:func:`checked_mark`)."""
    meeting = parse_meeting(text, roles=roles)
    return _set(meeting, index, not _task(meeting, index).checked, like)


def set_checked(
    text: str, index: int, checked: bool, roles: Roles = None, like: Iterable[str] = ()
) -> Edit:
    """Set task item ``index``'s box; a no-op edit when it already is so (``roles`` and
    ``like`` as for :func:`toggle_item`)."""
    return _set(parse_meeting(text, roles=roles), index, checked, like)


def checked_mark(text: str, like: Iterable[str] = ()) -> str:
    """The character this note writes in a ticked box: "x" or "X".

    The note's own majority among its ticked boxes; on a tie (nothing ticked yet, say)
    the majority of the notes ``like`` (the series' earlier notes, newest first: the
    first of them with a majority decides), else "x"."""
    return _checked_mark(parse_meeting(text), like)


def _task(meeting: Meeting, index: int) -> TaskItem:
    count = len(meeting.checklist)
    if not 0 <= index < count:
        raise StructureEditError(f"there is no task item {index}: the note has {count}")
    return meeting.checklist[index]


def _set(meeting: Meeting, index: int, checked: bool, like: Iterable[str] = ()) -> Edit:
    item = _task(meeting, index)
    if item.checked == checked:
        return Edit(item.box, item.box, "")
    edit = Edit(item.box, item.box + 1, _checked_mark(meeting, like) if checked else " ")
    _check_span(meeting, edit, item.box, item.box + 1, f"ticking task item {index}")
    after = _again(meeting, edit.apply(meeting.text))
    for name, old, new in _records(meeting, after):
        if len(old) != len(new):
            raise StructureEditError(f"ticking task item {index} would change the note's {name}")
        for was, now in zip(old, new, strict=True):
            if was.start == item.start:  # the ticked line: only its state may change
                was, now = _stateless(was), _stateless(now)
            if was != now:
                raise StructureEditError(
                    f"ticking task item {index} would change the note's {name} (line {was.line})"
                )
    ticked = next(t for t in after.checklist if t.start == item.start)
    if ticked.checked != checked:
        raise StructureEditError(f"task item {index} would not read back as ticked")
    return edit


def _records(meeting: Meeting, after: Meeting) -> list[tuple[str, Sequence[Any], Sequence[Any]]]:
    """Every kind of item an edit must leave as it was (but for the one it changes)."""
    return [
        ("task items", meeting.checklist, after.checklist),
        ("agenda", meeting.agenda, after.agenda),
        ("topics", meeting.topics, after.topics),
        ("action items", meeting.action_items, after.action_items),
    ]


def _stateless(record: Any) -> Any:
    """A record without its ticked/done state."""
    if isinstance(record, ActionItem):
        return record._replace(done=False)
    return record._replace(checked=None)


def _check_span(meeting: Meeting, edit: Edit, start: int, end: int, what: str) -> None:
    """The edit touches only [start, end): every line outside it stays byte for byte."""
    text = meeting.text
    result = edit.apply(text)
    if not (
        start <= edit.start <= edit.end <= end
        and result.startswith(text[: edit.start])
        and result.endswith(text[edit.end :])
        and len(result) == len(text) - (edit.end - edit.start) + len(edit.new)
    ):
        raise StructureEditError(f"{what} would change text outside the item")


def _checked_mark(meeting: Meeting, like: Iterable[str] = ()) -> str:
    """The note's majority among its ticked boxes; on a tie, that of the first of the
    notes ``like`` that has one (they are read only then); else "x"."""
    found = _majority_mark(meeting)
    if found is not None:
        return found
    for other in like:
        found = _majority_mark(other)
        if found is not None:
            return found
    return "x"


def _majority_mark(note: Meeting | str) -> str | None:
    """ "x" or "X", whichever more of the note's ticked boxes hold; None on a tie."""
    if isinstance(note, str):
        text, checklist = note, parse_checklist(_outline(note))
    else:
        text, checklist = note.text, note.checklist
    counts = Counter(text[t.box] for t in checklist if t.checked)
    if counts["x"] == counts["X"]:
        return None
    return "x" if counts["x"] > counts["X"] else "X"


def _again(meeting: Meeting, text: str) -> Meeting:
    """``text`` (an edit's result) read with the roles ``meeting`` was read with."""
    return parse_meeting(text, roles=dict(meeting.roles))


# -- adding an agenda item --------------------------------------------------------------------


def add_agenda_item(
    text: str,
    item_text: str,
    timebox_minutes: int | None = None,
    checkbox: bool | None = None,
    roles: Roles = None,
    like: Iterable[str] = (),
    template: Template = None,
) -> Edit:
    """Append an agenda item after the last top-level item of the main agenda section,
    written like its neighbours (marker, indentation, box, numbering, time boxes); when
    the note has no agenda, add one in the style of the series' earlier notes ``like``
    (newest first, read lazily), else of its ``template``, else ``## Agenda``
    (:func:`noteapp.core.meeting.section_styles.agenda_style`).

    ``checkbox`` None follows the file; True or False asks for a box or none; ``roles``
    are the section roles taught for the note's series (as ``parse_meeting`` takes them).
    """
    content = _one_line(item_text, "an agenda item")
    if timebox_minutes is not None and timebox_minutes <= 0:
        raise StructureEditError(f"a time box must be positive, not {timebox_minutes} minutes")
    meeting = parse_meeting(text, roles=roles)
    section = main_agenda(meeting)
    style = agenda_style(Sources(meeting.text, like, template), roles, meeting)
    if section is None:
        box = style.box if checkbox is None else checkbox
        line = f"- {'[ ] ' if box else ''}{_with_timebox(meeting, content, timebox_minutes)}"
        before = _before_minutes(meeting.outline, not style.heading.startswith("#"))
        edits = [_new_section(meeting, style.heading, line, before)]
    else:
        boxed = _with_timebox(meeting, content, timebox_minutes)
        edits = [
            *_into_placeholder(meeting, section, boxed, "agenda", checkbox, style.box),
            _append(meeting, section, content, timebox_minutes, checkbox, style.box),
        ]
        heads = [t for t in meeting.topics if t.start in _heading_starts(meeting)]
        if heads and not checkbox:  # topics written as sub-headings: one more of them
            last = next(h for h in meeting.outline.headings if h.start == heads[-1].start)
            edits.append(
                _append_heading(
                    meeting, section, last, _with_timebox(meeting, content, timebox_minutes)
                )
            )
    error: StructureEditError | None = None
    for edit in edits:  # the first placement that reads back as exactly one more topic
        try:
            _check_added(meeting, edit, "agenda", timebox_minutes)
        except StructureEditError as exc:
            error = error or exc
            continue
        return edit
    assert error is not None
    raise error


def _heading_starts(meeting: Meeting) -> set[int]:
    return {h.start for h in meeting.outline.headings}


def _before_minutes(outline: Outline, bold_label: bool = False) -> int | None:
    """Where a new agenda goes: before the first minutes or action-item section after the
    attendees; failing that right after the attendees section; else at the end (None)."""
    # A bold-only label line is no place for a new heading: the heading would take in
    # the labels and lists after it, which belong to the section around them.
    sections = [s for s in outline.sections if bold_label or s.heading.level < PSEUDO_LEVEL]
    attendees = next((s for s in sections if s.kind == "attendees"), None)
    after = attendees.heading.start if attendees else -1
    for s in sections:
        if s.heading.start > after and s.kind in ("minutes", "actions", "carryover"):
            return s.heading.start
    if attendees is not None:
        later = [s.heading.start for s in sections if s.heading.start > after]
        return later[0] if later else None
    return None


def _with_timebox(meeting: Meeting, content: str, minutes: int | None) -> str:
    """``content`` with a time box written the way this note writes them."""
    if minutes is None:
        return content
    sample = next((m for a in reversed(meeting.agenda) if (m := TIMEBOX.search(a.text))), None)
    if sample is None:
        raw, at_end = f"({minutes} min)", False
    else:
        raw, number = sample.group(0), sample.group(1)
        hours = sample.group(2).lower() in HOUR_UNITS
        if hours and minutes % 60:
            raw = f"{raw[0]}{minutes} min{raw[-1]}"
        else:
            at = sample.start(1) - sample.start(0)
            value = minutes // 60 if hours else minutes
            raw = f"{raw[:at]}{value}{raw[at + len(number) :]}"
        at_end = sample.end() >= len(sample.string.rstrip())
    lead = _LEAD.match(content)
    if lead:  # "**Tim** [10minutes]: ...", "Jaime (5 min): ..."
        return f"{lead.group(1)} {raw}{content[lead.end() :]}"
    return f"{content} {raw}" if at_end else f"{raw} {content}"


# -- adding an action item --------------------------------------------------------------------


def add_action_item(
    text: str,
    item_text: str,
    owners: Sequence[str] = (),
    roles: Roles = None,
    like: Iterable[str] = (),
    template: Template = None,
) -> Edit:
    """Append an action item to the note's action-item section, with its owners written
    the way the file writes them ("(MRB/IF) task" or "Name: task"); when the note has
    none, add the section in the style of the series' earlier notes ``like``, else of its
    ``template``, else ``## Action items`` (as for :func:`add_agenda_item`). ``roles``
    are the section roles taught for the note's series (a section taught as the actions
    is one)."""
    content = _one_line(item_text, "an action item")
    names = tuple(_one_line(o, "an owner").lstrip("@") for o in owners)
    meeting = parse_meeting(text, roles=roles)
    style = action_style(Sources(meeting.text, like, template), roles, meeting)
    how = owner_votes(meeting) or style.owners or "colon"
    written = _with_owners(content, names, how)
    section = main_actions(meeting)
    line = f"- {'[ ] ' if style.box else ''}{written}"
    if section is None:
        edits = [_new_section(meeting, style.heading, line, _before_trailing(meeting.outline))]
    else:
        edits = [
            *_into_placeholder(meeting, section, written, "actions", None, style.box),
            _append(meeting, section, written, None, None, style.box),
            *_after_last_action(meeting, section, written),
            _after_content(meeting.outline, section.start, section.end, ["", line]),
        ]
    error: StructureEditError | None = None
    for edit in edits:  # the first placement that reads back as exactly one more action
        try:
            added = _check_added(meeting, edit, "actions", None)
        except StructureEditError as exc:
            error = error or exc
            continue
        if added["owners"][: len(names)] != list(names):
            raise StructureEditError(
                f"the owners {', '.join(names)} would read back as {', '.join(added['owners'])}"
            )
        return edit
    assert error is not None
    raise error


def _into_placeholder(
    meeting: Meeting, section: Section, content: str, kind: str, box: bool | None, default: bool
) -> list[Edit]:
    """The first real entry written over the placeholder a template left in
    ``section``'s own text (``- [ ]``, ``- ``, ``TBD``: see
    :mod:`noteapp.core.meeting.placeholders`), while it has no real entry of ``kind``."""
    if _top_level(meeting.outline, section)[1]:
        return []  # topics written as sub-headings: a list item would stand apart
    mod = model(meeting.outline)
    stop = mod.seg_ends[mod.segment_of(section.heading.start)]
    items = meeting.agenda if kind == "agenda" else meeting.action_items
    text = meeting.text
    for item in items:
        if section.start <= item.start < stop:
            line_start, line_end = _line_span(text, item.start)
            if not is_placeholder(text[line_start:line_end]):
                return []
    found = find_placeholder(text, section.start, stop)
    if found is None:
        return []
    return [Edit(found.start(), found.end(), entry_over(found, content, box, default))]


def _line_span(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def _after_last_action(meeting: Meeting, section: Section, written: str) -> list[Edit]:
    """A new item after the last action item of ``section`` that is a list item, in its
    list's style (the section's last list may be something else: the options a
    paragraph introduces)."""
    mod = model(meeting.outline)
    inside = [a for a in meeting.action_items if section.start <= a.start < section.end]
    for action in reversed(inside):
        seg = mod.segment_of(action.start)
        item = next((i for i in mod.items(seg) if i.start == action.start), None)
        if item is not None:
            box = "[ ] " if item.box >= 0 else ""
            line = f"{item.indent}{item.marker}{item.gap or ' '}{box}{written}"
            return [_insert_after(meeting.outline, _block_end(meeting.outline, item), [line])]
    return []


def _with_owners(content: str, names: tuple[str, ...], how: Owners) -> str:
    if not names:
        return content
    if how == "paren":
        for name in names:
            if not _PAREN_OWNER.fullmatch(name):
                raise StructureEditError(f"the owner {name!r} cannot be written as (XX)")
        return f"({'/'.join(names)}) {content}"
    shown = [n if _NAME_OWNER.fullmatch(n) and n[0].isupper() else f"@{n}" for n in names]
    joined = shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} and {shown[-1]}"
    return f"{joined}: {content}"


def _before_trailing(outline: Outline) -> int | None:
    """The start of the run of sections that stay last (carried-over items, links, next
    meeting), if the note ends with one; else None (the end of the note)."""
    sections, i, first = outline.sections, 0, None
    while i < len(sections):
        section = sections[i]
        if section.kind == "carryover" or _STAYS_LAST.search(section.heading.text.strip(" :")):
            first = first or section
            i += 1
            while i < len(sections) and sections[i].heading.start < section.end:
                i += 1
            continue
        first = None
        i += 1
    return first.heading.start if first else None


# -- moving an agenda item --------------------------------------------------------------------


def move_agenda_item(text: str, index: int, to_index: int, roles: Roles = None) -> Edit:
    """Move agenda item ``index``, with its nested lines, to the place of its sibling
    ``to_index`` (above it when moving up, below it when moving down).

    One edit: the blank lines between the items stay where they were, and a counting
    numbered list keeps counting.  Only list items of one list move, among the items
    of the same parent (see :func:`agenda_siblings`).
    """
    meeting = parse_meeting(text, roles=roles)
    siblings = agenda_siblings(meeting, index)
    if to_index == index:
        return Edit(0, 0, "")
    if to_index not in siblings:
        if len(siblings) == 1 and _list_item(meeting, index) is None:
            raise StructureEditError("an agenda sub-heading cannot be moved from the panel")
        raise StructureEditError(
            f"agenda item {to_index} is not beside item {index}: an item moves among the "
            "items of its own list, under the same parent"
        )
    outline = meeting.outline
    found = [_list_item(meeting, i) for i in siblings]
    items = [item for item in found if item is not None]
    if len(items) != len(found):
        raise StructureEditError("an agenda sub-heading cannot be moved from the panel")
    # [start, end) of each sibling's block, without the blank lines after it.
    stops = [i.start for i in items[1:]] + [_list_end(outline, items[-1])]
    spans = [
        (item.start, outline.line_end(_block_end(outline, item, stop)))
        for item, stop in zip(items, stops, strict=True)
    ]
    order = list(range(len(spans)))
    order.insert(siblings.index(to_index), order.pop(siblings.index(index)))
    blocks = [text[a:b] for a, b in spans]
    numbered = {i.marker for i in items if i.marker[0].isdigit()}
    if len(numbered) == len(items) > 1:  # a counting list: each place keeps its number
        blocks = [_with_marker(blocks[k], items[k], items[p]) for p, k in enumerate(order)]
    else:
        blocks = [blocks[k] for k in order]
    gaps = [text[b:a] for (_, b), (a, _) in pairwise(spans)]
    region = blocks[0] + "".join(gap + block for gap, block in zip(gaps, blocks[1:], strict=True))
    edit = minimal_edit(text, spans[0][0], spans[-1][1], region)
    _check_moved(meeting, edit, spans, order)
    return edit


def agenda_siblings(meeting: Meeting, index: int) -> list[int]:
    """The agenda indexes of the items that item ``index`` can trade places with, itself
    included, in order: the items of its list at its depth under the same parent.  A
    sub-heading item has only itself."""
    count = len(meeting.agenda)
    if not 0 <= index < count:
        raise StructureEditError(f"there is no agenda item {index}: the note has {count}")
    item = _list_item(meeting, index)
    if item is None:
        return [index]
    mod = model(meeting.outline)
    items = mod.items(mod.segment_of(item.start))
    k = next(n for n, i in enumerate(items) if i.start == item.start)
    text, depth = meeting.text, item.depth
    first = k
    while first > 0 and items[first - 1].depth >= depth and not _breaks(text, items, first):
        first -= 1
    last = k
    while last + 1 < len(items) and items[last + 1].depth >= depth:
        if _breaks(text, items, last + 1):
            break
        last += 1
    by_start = {a.start: i for i, a in enumerate(meeting.agenda)}
    return [by_start[i.start] for i in items[first : last + 1] if i.depth == depth]


def _breaks(text: str, items: list[ListItem], k: int) -> bool:
    """True when a list break stands between ``items[k - 1]`` and ``items[k]``."""
    before, item = items[k - 1], items[k]
    return item.start != before.end + 1 and bool(_LIST_BREAK.search(text, before.end, item.start))


def _list_item(meeting: Meeting, index: int) -> ListItem | None:
    """Agenda item ``index`` as a list item (None for a sub-heading)."""
    start = meeting.agenda[index].start
    mod = model(meeting.outline)
    return next((i for i in mod.items(mod.segment_of(start)) if i.start == start), None)


def _list_end(outline: Outline, item: ListItem) -> int:
    """Where the block of the last sibling ``item`` must end: at the next item of its list
    that is less deep, else at the end of its segment."""
    mod = model(outline)
    seg = mod.segment_of(item.start)
    items = mod.items(seg)
    k = next(n for n, i in enumerate(items) if i.start == item.start)
    for n in range(k + 1, len(items)):
        if _breaks(outline.text, items, n):
            break
        if items[n].depth < item.depth:
            return items[n].start
    return mod.seg_ends[seg]


def _with_marker(block: str, item: ListItem, place: ListItem) -> str:
    """``block`` (``item``'s lines) with the number of the item at ``place``."""
    at = len(item.indent)
    return block[:at] + place.marker + block[at + len(item.marker) :]


def _check_moved(
    meeting: Meeting, edit: Edit, spans: list[tuple[int, int]], order: list[int]
) -> None:
    """Parse the moved text: agenda, task and action items are the old ones with the
    blocks' items in the new order, and nothing else changed."""
    after = _again(meeting, edit.apply(meeting.text))

    def expected(records: Sequence[_Item]) -> list[dict[str, Any]]:
        groups: list[list[dict[str, Any]]] = [[] for _ in spans]
        before: list[dict[str, Any]] = []
        later: list[dict[str, Any]] = []
        for record in records:
            home = next((k for k, (a, b) in enumerate(spans) if a <= record.start < b), None)
            if home is not None:
                groups[home].append(_content(record))
            else:
                (before if record.start < spans[0][0] else later).append(_content(record))
        return before + [entry for k in order for entry in groups[k]] + later

    _check_span(meeting, edit, spans[0][0], spans[-1][1], "moving the agenda item")
    for name, old, new in _records(meeting, after):
        if [_content(x) for x in new] != expected(old):
            raise StructureEditError(f"moving the agenda item would change the note's {name}")


# -- writing ----------------------------------------------------------------------------------


def _one_line(value: str, what: str) -> str:
    value = value.strip()
    if not value:
        raise StructureEditError(f"{what} needs some text")
    if "\n" in value or "\r" in value:
        raise StructureEditError(f"{what} must fit on one line")
    return value


def _outline(text: str) -> Outline:
    return Outline(text, parse_front_matter(text).end)


def _append(
    meeting: Meeting,
    section: Section,
    content: str,
    minutes: int | None,
    checkbox: bool | None,
    default_box: bool,
) -> Edit:
    """Add an item after the last top-level item of ``section``, like its neighbours."""
    outline = meeting.outline
    items, heads = _top_level(outline, section, taught_headings(meeting))
    last_item = items[-1] if items else None
    last_head = heads[-1] if heads else None
    if last_head is not None and (last_item is None or last_head.start > last_item.start):
        if checkbox:
            raise StructureEditError("this agenda's items are headings, which have no box")
        return _append_heading(
            meeting, section, last_head, _with_timebox(meeting, content, minutes)
        )
    content = _with_timebox(meeting, content, minutes)
    if last_item is None:
        box = default_box if checkbox is None else checkbox
        line = f"- {'[ ] ' if box else ''}{content}"
        return _into_empty(outline, section, line)
    if checkbox is None:
        boxed = sum(i.box >= 0 for i in items)
        box = boxed * 2 > len(items) or (boxed * 2 == len(items) and last_item.box >= 0)
    else:
        box = checkbox
    line = (
        f"{last_item.indent}{_next_marker(items, last_item)}{last_item.gap or ' '}"
        f"{'[ ] ' if box else ''}{content}"
    )
    return _insert_after(outline, _block_end(outline, last_item), [line])


def _top_level(
    outline: Outline, section: Section, taught: Mapping[int, str] | None = None
) -> tuple[list[ListItem], list[HeadingAt]]:
    """The top-level list items and sub-heading items whose home is ``section`` (with
    the headings ``taught``, offset -> role, homes of their own)."""
    mod = model(outline)
    index = outline.sections.index(section)
    if taught:
        segments = [
            k
            for k in range(1, len(mod.seg_starts))
            if taught_home(mod, outline, k, taught) == index
        ]
        items = [item for k in segments for item in mod.items(k) if item.depth == 0]
        return items, []
    items = [
        item
        for k, home in enumerate(mod.seg_homes)
        if home is section
        for item in mod.items(k)
        if item.depth == 0
    ]
    heads = [
        outline.sections[i].heading
        for i, depth in mod.sub_headings
        if depth == 0 and mod.homes[i] == index
    ]
    return items, heads


def _next_marker(items: list[ListItem], last: ListItem) -> str:
    if not last.marker[0].isdigit():
        return last.marker
    numbers = {i.marker for i in items if i.marker[0].isdigit()}
    if len(numbers) == 1 and len(items) > 1:  # "1." on every item: Markdown numbers them
        return last.marker
    return f"{int(last.marker[:-1]) + 1}{last.marker[-1]}"


def _block_end(outline: Outline, item: ListItem, stop: int | None = None) -> int:
    """The last line of ``item``'s block: its own line, its children and continuations,
    up to a blank line followed by text at column 0, a fence at column 0, a heading, or
    the line at offset ``stop``."""
    line = end = outline.line_of(item.start)
    if stop is None:
        stop = model(outline).seg_ends[model(outline).segment_of(item.start)]
    blank = False
    while line < len(outline.line_starts) and outline.line_starts[line] < stop:
        line += 1
        text = outline.line_text(line)
        if not text.strip():
            blank = True
            continue
        column0 = text[0] not in " \t\xa0"
        if column0 and (blank or text.startswith(("```", "~~~"))):
            break
        end, blank = line, False
    return end


def _append_heading(meeting: Meeting, section: Section, last: HeadingAt, content: str) -> Edit:
    """A new sub-heading item at the end of ``section``, as deep as ``last``, with as many
    blank lines before it as ``last`` has."""
    outline = meeting.outline
    head = f"**{content}**" if last.level == PSEUDO_LEVEL else f"{'#' * last.level} {content}"
    gap, line = 0, last.line - 1
    while line > 0 and not outline.line_text(line).strip():
        gap, line = gap + 1, line - 1
    return _after_content(outline, section.start, section.end, [""] * max(gap, 1) + [head])


def _into_empty(outline: Outline, section: Section, line: str) -> Edit:
    """The first item of a section that has none: after its heading and any text in it."""
    seg = model(outline).segment_of(section.heading.start)
    return _after_content(outline, section.start, model(outline).seg_ends[seg], ["", line])


def _new_section(meeting: Meeting, heading: str, line: str, before: int | None) -> Edit:
    """A new section (heading, blank line, item) before offset ``before``, or at the end."""
    outline = meeting.outline
    if before is None:
        return _after_content(
            outline, outline.body_start, len(outline.text), ["", heading, "", line]
        )
    at = outline.line_of(before)
    level = re.match(r"#+", heading)
    target = next((h for h in outline.headings if h.start == before), None)
    if level and target is not None and PSEUDO_LEVEL > target.level > len(level.group(0)):
        heading = "#" * target.level + heading[len(level.group(0)) :]
    lines = [heading, "", line, ""]
    if at > 1 and outline.line_text(at - 1).strip():
        lines.insert(0, "")
    return _insert_after(outline, at - 1, lines)


def _after_content(outline: Outline, start: int, stop: int, lines: list[str]) -> Edit:
    """Insert ``lines`` after the last non-blank line in [start, stop) (or at ``start``
    when there is none), and a blank line after them when the next line is not blank."""
    text = outline.text
    end = len(text[start:stop].rstrip())
    if end:
        line = outline.line_of(start + end - 1)
    else:  # nothing but blank lines: right after the line that ends before ``start``
        line = outline.line_of(start - 1) if start > 0 else 0
    after = line + 1
    if (
        after <= len(outline.line_starts)
        and outline.line_start(after) < len(text)
        and (outline.line_text(after).strip())
    ):
        lines = [*lines, ""]
    return _insert_after(outline, line, lines)


def _insert_after(outline: Outline, line: int, lines: list[str]) -> Edit:
    """Insert ``lines`` after 1-based ``line`` (0: before the first), keeping the note's
    final-newline state: a last line without a newline stays without one."""
    text, starts = outline.text, outline.line_starts
    if not text:  # an empty note: no blank line above, and still no final newline
        return Edit(0, 0, "\n".join(lines).lstrip("\n"))
    if line < len(starts):  # the line has a newline: insert whole lines after it
        return Edit(starts[line], starts[line], "".join(each + "\n" for each in lines))
    return Edit(len(text), len(text), "".join("\n" + each for each in lines))


# -- checking ---------------------------------------------------------------------------------


def _one_more(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The one entry of ``new`` that ``old`` lacks, if ``new`` is ``old`` plus one."""
    if len(new) != len(old) + 1:
        return None
    i = 0
    while i < len(old) and old[i] == new[i]:
        i += 1
    return new[i] if old[i:] == new[i + 1 :] else None


_Item = TaskItem | AgendaItem | ActionItem


def _at(item: _Item, edit: Edit) -> bool:
    """Whether ``item`` starts in the span ``edit`` replaces."""
    return edit.start <= item.start < max(edit.end, edit.start + 1)


def _content(item: _Item) -> dict[str, Any]:
    found = item.as_json()
    found.pop("line", None)
    return found


def _check_added(meeting: Meeting, edit: Edit, kind: str, minutes: int | None) -> dict[str, Any]:
    """Parse the edited text: one more item of ``kind``, the right text, nothing else lost."""
    what = "agenda item" if kind == "agenda" else "action item"
    text = meeting.text
    at_line = edit.start == 0 or text[edit.start - 1] == "\n" or edit.start == len(text)
    replaced = text[edit.start : edit.end]  # only ever a placeholder (_into_placeholder)
    if not at_line or (replaced and not is_placeholder(replaced)):
        raise StructureEditError(f"adding the {what} would change text outside the new lines")
    _check_span(meeting, edit, edit.start, edit.end, f"adding the {what}")
    after = _again(meeting, edit.apply(text))
    # The placeholder's own (empty) entry is gone: the new one took its place.
    kept = (lambda x: not _at(x, edit)) if replaced else (lambda x: True)
    old_topics = [_content(t) for t in meeting.topics if kept(t)]
    new_topics = [_content(t) for t in after.topics]
    # A note without an agenda had its headings or minutes read as its topics: its first
    # agenda item makes the agenda the topics. Otherwise the topics are the old ones,
    # and one more when an agenda item is added.
    listed = {a.start for a in meeting.agenda}
    if kind == "agenda" and not any(t.start in listed for t in meeting.topics):
        pass  # the agenda's first item: its topics were headings or minutes
    elif new_topics != old_topics and (
        kind != "agenda" or _one_more(old_topics, new_topics) is None
    ):
        raise StructureEditError(f"adding the {what} would change the note's topics")
    mine = meeting.agenda if kind == "agenda" else meeting.action_items
    old = [a.as_json() for a in mine if kept(a)]
    new = [a.as_json() for a in (after.agenda if kind == "agenda" else after.action_items)]
    added = _one_more(old, new)
    if added is None:
        raise StructureEditError(f"adding the {what} here would change other items")
    if kind == "agenda" and added["depth"] != 0:
        raise StructureEditError("the new agenda item would not be a top-level item")
    if minutes is not None and added["timebox_minutes"] != minutes:
        raise StructureEditError(f"the time box would not read back as {minutes} minutes")
    written = edit.new.strip("\n").split("\n")
    if not any(added["text"] and added["text"] in line for line in written):
        raise StructureEditError(f"the new {what} would not read back as written")
    others: dict[str, tuple[Sequence[_Item], Sequence[_Item]]] = {
        "agenda": (meeting.agenda, after.agenda),
        "actions": (meeting.action_items, after.action_items),
        "checklist": (meeting.checklist, after.checklist),
    }
    del others[kind]
    boxes = len(parse_checklist(_outline(edit.new)))  # the task items the edit writes
    for name, (before, now) in others.items():  # without lines: those below have moved
        old_json = [_content(x) for x in before if kept(x)]
        new_json = [_content(x) for x in now]
        if name == "checklist" and len(new_json) != len(old_json) + boxes:
            raise StructureEditError(f"adding the {what} would change the note's task items")
        if new_json != old_json and _one_more(old_json, new_json) is None:
            raise StructureEditError(f"adding the {what} would change the note's {name}")
    return added
