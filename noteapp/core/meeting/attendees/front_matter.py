"""Front-matter lists of people (``members:``, ``other_attendees:``, ``attendees:``),
block or flow, read and written: a ``- Name`` line in the list's indentation or
``, Name`` in a flow list, quoted like its neighbours."""

from __future__ import annotations

import re

from noteapp.core.errors import FrontMatterError, StructureEditError
from noteapp.core.meeting.attendees.records import (
    AttendeeBlock,
    AttendeeEntry,
    AttendeeNote,
    FrontMatterStyle,
    Part,
)
from noteapp.core.meeting.attendees.text import COMMA, split_top, strip_span
from noteapp.core.meeting.structure import Attendee, AttendeeGroup
from noteapp.core.text.edits import Edit, minimal_edit
from noteapp.core.text.frontmatter import FrontMatter
from noteapp.core.text.frontmatter_edit import _yaml_inline, set_key

FRONT_MATTER_KEYS = ("members", "other_attendees", "attendees")


def front_matter_blocks(text: str, fm: FrontMatter) -> list[AttendeeBlock]:
    data = fm.data or {}
    keys = [k for k in FRONT_MATTER_KEYS if k in data]
    if not keys or fm.kind != "yaml":
        return []
    outline_lines = text[fm.content_start : fm.content_end].split("\n")
    blocks = []
    offsets = []
    pos = fm.content_start
    for line in outline_lines:
        offsets.append(pos)
        pos += len(line) + 1
    for key in keys:
        values = data[key] if isinstance(data[key], list) else []
        for n, line in enumerate(outline_lines):
            m = re.match(rf"{re.escape(key)}[ \t]*:(?P<rest>.*)$", line)
            if not m:
                continue
            items = []
            indent = "  "
            if m.group("rest").strip().startswith("["):
                items = _flow_items(text, offsets[n] + m.start("rest"), offsets[n] + len(line))
                style = "flow"
            else:
                style = "block"
                for k in range(n + 1, len(outline_lines)):
                    item = re.match(r"(?P<indent>[ \t]*)-[ \t]+(?P<value>.*)$", outline_lines[k])
                    if item is None:
                        if outline_lines[k].strip() and not outline_lines[k].lstrip().startswith(
                            "#"
                        ):
                            break
                        continue
                    indent = item.group("indent")
                    vs, ve = strip_span(
                        text, offsets[k] + item.start("value"), offsets[k] + item.end("value")
                    )
                    items.append((offsets[k], offsets[k] + len(outline_lines[k]), vs, ve))
            entries = []
            for value, (ls, le, vs, ve) in zip(values, items, strict=False):
                if not isinstance(value, str) or not value.strip():
                    continue
                attendee = Attendee(
                    value.strip(), line=text.count("\n", 0, ls) + 1, start=ls, end=le
                )
                part = Part("name", vs - ls, ve - ls, vs - ls, ve - ls)
                entries.append(AttendeeEntry(attendee, (part,), "yaml"))
            end = items[-1][1] if items else offsets[n] + len(line)
            group = AttendeeGroup(
                "front_matter",
                offsets[n],
                end,
                True,
                key,
                FrontMatterStyle(key=key, list_style=style, indent=indent, holds=("name",)),
            )
            blocks.append(AttendeeBlock(group, tuple(entries)))
            break
    return blocks


def _flow_items(text: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    open_ = text.find("[", start, end)
    close = text.rfind("]", start, end)
    if open_ < 0 or close < 0:
        return []
    out = []
    for s, e in split_top(text, open_ + 1, close, COMMA):
        s, e = strip_span(text, s, e)
        if e > s:  # the value as written, quotes and all (as in a block list)
            out.append((s, e, s, e))
    return out


def _style(block: AttendeeBlock) -> FrontMatterStyle:
    assert isinstance(block.group.layout, FrontMatterStyle)
    return block.group.layout


def _fm_style(text: str, entry: AttendeeEntry | None) -> str:
    """How a front-matter item is quoted: "single", "double" or "plain"."""
    span = entry.span("name") if entry is not None else None
    quote = text[span[0] : span[0] + 1] if span else ""
    return {"'": "single", '"': "double"}.get(quote, "plain")


def _fm_set(note: AttendeeNote, block: AttendeeBlock, values: list[str]) -> Edit:
    try:
        edit = set_key(note.text, _style(block).key, values)
    except FrontMatterError as exc:
        raise StructureEditError(str(exc)) from exc
    return minimal_edit(note.text, edit.start, edit.end, edit.new)


def fm_add(note: AttendeeNote, block: AttendeeBlock, name: str) -> Edit:
    """A ``- name`` line after the last item, ``, name`` in a flow list; an empty key
    gets its first item from :func:`set_key`."""
    if not block.entries:
        return _fm_set(note, block, [name])
    last = block.entries[-1]
    item = _yaml_inline(name, _fm_style(note.text, last))
    at = last.attendee.end
    style = _style(block)
    if style.list_style == "flow":
        return Edit(at, at, f", {item}")
    return Edit(at, at, f"\n{style.indent}- {item}")


def fm_update(note: AttendeeNote, entry: AttendeeEntry, name: str) -> Edit:
    span = entry.span("name")
    assert span is not None
    return minimal_edit(
        note.text, span[0], span[1], _yaml_inline(name, _fm_style(note.text, entry))
    )
