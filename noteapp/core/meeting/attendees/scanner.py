"""Finds the attendee blocks of a note, in three cheap ways, never by walking every
line of the note:

- one scan per outline piece for inline labels (``**Attending:**``, ``Present:``,
  ``Apologies/Contributing:``, ``参加者:``...) and one for ``Roll call:`` paragraphs;
- the outline's sections of kind "attendees" (``## Attendees``, ``### Check-in 💁``,
  ``## Sign in!``...), whose bodies are scanned line by line;
- the front matter's ``members:`` / ``other_attendees:`` / ``attendees:`` lists.

Each block is read by the module of its style (:mod:`.inline`, :mod:`.lists`,
:mod:`.tables`, :mod:`.front_matter`) into an :class:`AttendeeBlock`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from noteapp.core.meeting.attendees.front_matter import front_matter_blocks
from noteapp.core.meeting.attendees.html_tables import TABLE_END, read_html_table
from noteapp.core.meeting.attendees.inline import paragraph_block, read_labels
from noteapp.core.meeting.attendees.lists import list_end, read_list
from noteapp.core.meeting.attendees.names import harmonize, segments
from noteapp.core.meeting.attendees.records import AttendeeBlock, AttendeeEntry
from noteapp.core.meeting.attendees.tables import read_table
from noteapp.core.meeting.attendees.text import ITEM_RE, header_fields, slash_spans
from noteapp.core.meeting.blocks import scan_blocks
from noteapp.core.meeting.sections import ATTENDEE_ROLES, MeetingSection, find_sections
from noteapp.core.meeting.structure import Attendee, AttendeeGroup
from noteapp.core.text.frontmatter import FrontMatter
from noteapp.core.text.outline import Outline
from noteapp.core.text.text_cache import PIECES, TextCache, piece_cache

_LIST_SEPARATOR = re.compile(r"[,;、，]")
# "(XX)": initials in parentheses (two matches cannot overlap: each starts with "(" and
# holds none)
_INITIALS_MARK = re.compile(r"\([A-Z][A-Za-z]{0,2}[A-Z]\)")


@piece_cache
def _initials_lines(piece: str) -> tuple[int, ...]:
    """Offsets in ``piece`` of the lines holding three or more ``(XX)``."""
    if piece.count("(") < 3:
        return ()
    found: list[int] = []
    line, count = -1, 0  # the line of the last mark, and its marks so far
    for m in _INITIALS_MARK.finditer(piece):
        start = piece.rfind("\n", 0, m.start()) + 1
        if start != line:
            line, count = start, 0
        count += 1
        if count == 3:
            found.append(start)
    return tuple(found)


_ROLL_CALL_RE = re.compile(r"oll call[ \t]*:[ \t]*$", re.M)  # "Roll call:" / "roll call:"
_TABLE_SEP_RE = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*")

# ----------------------------------------------------------------------------- entry point


def parse_attendees(
    outline: Outline,
    fm: FrontMatter,
    sections: Sequence[MeetingSection] | None = None,
    roles: Mapping[str, str] | None = None,
) -> tuple[tuple[Attendee, ...], tuple[AttendeeGroup, ...]]:
    """The attendees of the note in document order, and the blocks they are written in."""
    blocks = scan_attendees(outline, fm, sections, roles)
    people = tuple(entry.attendee for block in blocks for entry in block.entries)
    return people, tuple(block.group for block in blocks)


def scan_attendees(
    outline: Outline,
    fm: FrontMatter,
    sections: Sequence[MeetingSection] | None = None,
    roles: Mapping[str, str] | None = None,
) -> list[AttendeeBlock]:
    """Every attendee block with its entries and their fields' places, in document order.

    ``sections`` are the note's sections with their roles (found here when not given,
    with the ``roles`` taught for the series): the attendee and apology sections are
    read, and a label the user taught to be something else is not."""
    if sections is None:
        sections = find_sections(outline, scan_blocks(outline), fm.end, roles)
    scanner = Scanner(outline, sections)
    blocks: list[AttendeeBlock] = front_matter_blocks(outline.text, fm)
    blocks.extend(read_labels(scanner))
    blocks.extend(scanner.roll_calls())
    blocks.extend(scanner.sections())
    blocks.extend(scanner.initials_paragraphs())
    blocks.sort(key=lambda b: b.group.start)
    for number, block in enumerate(blocks):
        if block.entries and block.entries[0].attendee.group != number:
            blocks[number] = block._replace(
                entries=tuple(
                    e._replace(attendee=e.attendee._replace(group=number)) for e in block.entries
                )
            )
    return blocks


# (block text, how it was read) -> (offset, line, block): shared by worker threads.
_BLOCK_CACHE = TextCache(PIECES)


def _moved(block: AttendeeBlock, delta: int, lines: int) -> AttendeeBlock:
    """``block`` as it reads ``delta`` characters and ``lines`` lines further on."""
    group = block.group
    layout = group.layout.moved(delta) if group.layout is not None else None
    entries = tuple(
        AttendeeEntry(
            Attendee(
                a.name,
                a.initials,
                a.handle,
                a.affiliation,
                a.present,
                a.line + lines,
                a.start + delta,
                a.end + delta,
                a.group,
            ),
            e.parts,
            e.kind,
            e.handle_format,
        )
        for e in block.entries
        for a in (e.attendee,)
    )
    return AttendeeBlock(
        replace(group, start=group.start + delta, end=group.end + delta, layout=layout),
        entries,
        tuple((s + delta, e + delta) for s, e in block.fillers),
        block.region,
    )


def demote_empty_attendee_sections(
    outline: Outline, sections: Sequence[MeetingSection], groups: Sequence[AttendeeGroup]
) -> tuple[MeetingSection, ...]:
    """An attendee or apology section whose content holds nobody is not one: a heading
    that merely names the word ("RollCall overview") over prose, a list of topics under
    "Attendees". Its role falls back to "other"; a role the user taught stays, and so
    does an empty section (a template's, to be filled in)."""
    starts = sorted(g.start for g in groups)
    out = []
    for x in sections:
        if x.role in ATTENDEE_ROLES and not x.taught:
            i = bisect_left(starts, x.start)
            holds = i < len(starts) and starts[i] < max(x.end, x.body + 1)
            if not holds and x.source == "heading" and _has_text(outline, x.body, x.end):
                x = x._replace(role="other")
        out.append(x)
    return tuple(out)


def _has_text(outline: Outline, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a non-blank line outside code."""
    text = outline.text
    pos = start
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        if text[pos:stop].strip() and not outline.in_code(pos):
            return True
        pos = stop + 1
    return False


def attendee_sections(outline: Outline) -> list[tuple[int, int]]:
    """Bodies of the attendee sections: from after the heading to the next heading."""
    out = []
    starts = [h.start for h in outline.headings]
    for section in outline.sections_of("attendees"):
        i = bisect_left(starts, section.start)
        end = min(section.end, starts[i]) if i < len(starts) else section.end
        out.append((section.start, end))
    return out


class Scanner:
    """Finds the blocks; lines are addressed by number through the outline's line table."""

    def __init__(self, outline: Outline, sections: Sequence[MeetingSection] = ()) -> None:
        self.outline = outline
        self.meeting_sections = sections
        # Label lines the user taught to be something else than attendees.
        self.refused = {
            outline.line_of(x.start)
            for x in sections
            if x.taught and x.role not in ATTENDEE_ROLES and x.source == "label"
        }
        self.text = outline.text
        self.claimed: list[tuple[int, int]] = []
        self.heading_starts = [h.start for h in outline.headings]
        self.heading_set = set(self.heading_starts)
        self.count = len(outline.line_starts)

    def span(self, line: int) -> tuple[int, int]:
        return self.outline.line_starts[line - 1], self.outline.line_end(line)

    def body(self, line: int) -> str:
        s, e = self.span(line)
        return self.text[s:e]

    def cached(
        self,
        start: int,
        end: int,
        params: tuple[Any, ...],
        build: Callable[..., AttendeeBlock | None],
        *args: Any,
    ) -> Any:
        """``build(*args)``, or the block read from the same text before (moved if it
        moved).

        The editor reparses after every pause in typing; most blocks have not changed,
        so their entries are kept, not read again."""
        key = (self.text[start:end], params)
        line = self.outline.line_of(start)
        hit = _BLOCK_CACHE.get(key)
        if hit is None:
            block = build(*args)
            _BLOCK_CACHE.put(key, (start, line, block))
            return block
        old_start, old_line, cached = hit
        if cached is None or (old_start, old_line) == (start, line):
            return cached
        moved = _moved(cached, start - old_start, line - old_line)
        return moved

    def is_claimed(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.claimed)

    def last_line_before(self, offset: int) -> int:
        """The last line that starts before ``offset``."""
        return self.outline.line_of(offset - 1) if offset > 0 else 0

    def next_heading(self, offset: int) -> int:
        i = bisect_left(self.heading_starts, offset)
        return self.heading_starts[i] if i < len(self.heading_starts) else len(self.text)

    # -- a list or table after a label

    def block_after(
        self, line: int, label: str | None, present: bool, start: int | None
    ) -> AttendeeBlock | None:
        """A list or table right after a label or ``Roll call:`` line (one blank allowed)."""
        text, outline = self.text, self.outline
        nxt = line + 1
        if nxt <= self.count and not self.body(nxt).strip():
            nxt += 1
        if nxt > self.count:
            return None
        s, e = self.span(nxt)
        body = text[s:e]
        if (
            outline.in_code(s)
            or self.is_claimed(s)
            or not (ITEM_RE.match(body) or body.lstrip().startswith("|"))
        ):
            return None
        last = self.last_line_before(self.next_heading(s))
        blocks = self.blocks(nxt, last, present=present, label=label, single=True)
        if not blocks:
            return None
        if start is None:
            return blocks[0]
        return blocks[0]._replace(group=replace(blocks[0].group, start=start))

    # -- "Roll call:" paragraphs (JupyterHub)

    def paragraph_end(self, first: int, last: int) -> int:
        """The last line of the paragraph that starts on line ``first``."""
        end = first
        while end < last:
            s, e = self.span(end + 1)
            body = self.text[s:e]
            if (
                not body.strip()
                or ITEM_RE.match(body)
                or body.lstrip()[:1] in ("|", "<", "#", ">")
                or s in self.heading_set
                or self.is_claimed(s)
            ):
                break
            end += 1
        return end

    def roll_calls(self) -> list[AttendeeBlock]:
        blocks = []
        for m in _ROLL_CALL_RE.finditer(self.text, self.outline.body_start):
            if (
                self.text[m.start() - 1 : m.start()] not in ("R", "r")
                or self.outline.in_code(m.start())
                or self.is_claimed(m.start())
            ):
                continue
            block = self.block_after(self.outline.line_of(m.start()), None, True, None)
            if block is not None:
                blocks.append(block._replace(group=replace(block.group, label="Roll call")))
        return blocks

    # -- sections

    def sections(self) -> list[AttendeeBlock]:
        """The blocks of the attendee and apology sections (headings, and labels the
        inline reader did not read: ``Present`` alone on its line, ``[Attendees](…):``,
        a label taught by the user)."""
        blocks = []
        outline = self.outline
        for x in self.meeting_sections:
            if x.role not in ATTENDEE_ROLES or x.source not in ("heading", "label"):
                continue
            present = x.role == "attendees"
            if x.source == "heading":
                start, end, label = x.body, min(x.end, self.next_heading(x.body)), None
            elif self.is_claimed(x.start) or outline.line_of(x.start) in self.refused:
                continue
            else:
                start, end, label = x.body, x.end, x.label
                line_end = outline.line_end(outline.line_of(start))
                if self.text[start:line_end].strip():  # "[Attendees](url): A, B"
                    block = self.cached(
                        x.start, end, ("label", present, label), self.label_paragraph,
                        x.start, start, end, present, label,
                    )  # fmt: skip
                    self.claimed.append((x.start, end))
                    if block is not None:
                        blocks.append(block)
                    continue
                start = min(line_end + 1, end)
            if end <= start:
                continue
            found = self.blocks(
                outline.line_of(start),
                self.last_line_before(end),
                present=present,
                label=label,
                single=False,
                paragraphs=True,
            )
            region = (start, end) if x.source == "heading" else None
            blocks.extend(b._replace(region=region) for b in found)
        return blocks

    def label_paragraph(
        self, start: int, content: int, end: int, present: bool, label: str
    ) -> AttendeeBlock | None:
        entries, seps = segments(self.outline, content, end, present)
        if not entries:
            return None
        return paragraph_block(self.text, start, content, end, present, label, entries, seps)

    def initials_paragraphs(self) -> list[AttendeeBlock]:
        """A paragraph of three or more ``Name (XX)`` with no label: who came."""
        blocks = []
        outline = self.outline
        for a, lines in _initials_lines.along(outline):
            for offset in lines:
                s = a + offset
                if s < outline.body_start or self.is_claimed(s) or outline.in_code(s):
                    continue
                line = outline.line_of(s)
                if ITEM_RE.match(self.body(line)) or s in self.heading_set:
                    continue
                first, last = line, line
                while first > 1 and self.body(first - 1).strip():
                    first -= 1
                while last < self.count and self.body(last + 1).strip():
                    last += 1
                ps, pe = self.span(first)[0], self.span(last)[1]
                if self.is_claimed(ps) or any(ps in h for h in [self.heading_set]):
                    continue
                block = self.cached(ps, pe, ("initials",), self.paragraph, first, last, True)
                self.claimed.append((ps, pe))
                if block is not None and all(e.attendee.initials for e in block.entries):
                    blocks.append(block)
        return blocks

    def paragraph(self, first: int, last: int, present: bool) -> AttendeeBlock | None:
        """The people of a paragraph in an attendee section, if every part of it reads
        as a name: ``Ada Lovelace, Grace Hopper.``, or one name a line."""
        text = self.text
        s, e = self.span(first)[0], self.span(last)[1]
        if _LIST_SEPARATOR.search(text, s, e) or first == last:
            entries, seps = segments(self.outline, s, e, present, strict=True)
        else:  # one person a line
            entries, seps = [], []
            odd = 0  # lines that are a name but not written like one ("muddlebee(x)")
            for line in range(first, last + 1):
                ls, le = self.span(line)
                found, _ = segments(self.outline, ls, le, present, strict=True)
                if not found and last - first >= 3 and not odd:
                    found, _ = segments(self.outline, ls, le, present)
                    odd = 1
                if len(found) != 1:
                    return None
                if entries:
                    seps.append(text[entries[-1].attendee.end : found[0].attendee.start])
                entries.extend(found)
        if not entries:
            return None
        entries = harmonize(text, self.outline, entries)
        return paragraph_block(text, s, s, e, present, None, entries, seps)

    def blocks(
        self,
        first: int,
        last: int,
        *,
        present: bool,
        label: str | None,
        single: bool,
        paragraphs: bool = False,
    ) -> list[AttendeeBlock]:
        """Tables and lists on lines ``first``..``last``; paragraphs between them are
        skipped, but a prompt (``Your name / GitHub ID / affiliation``) gives the next
        list its field order."""
        text, outline = self.text, self.outline
        blocks: list[AttendeeBlock] = []
        prompt: tuple[str, ...] | None = None
        line = first
        while line <= last:
            s, e = self.span(line)
            body = text[s:e]
            if not body.strip() or outline.in_code(s) or self.is_claimed(s):
                line += 1
                continue
            if (
                body.lstrip().startswith("|")
                and line < last
                and _TABLE_SEP_RE.fullmatch(self.body(line + 1))
            ):
                end = line
                while end < last and self.body(end + 1).lstrip().startswith("|"):
                    end += 1
                blocks.append(
                    self.cached(
                        s,
                        self.span(end)[1],
                        ("table", present, label),
                        read_table,
                        self,
                        line,
                        end,
                        present,
                        label,
                    )
                )
            elif body.lstrip()[:6].lower() == "<table" and (
                close := TABLE_END.search(text, s, self.span(last)[1])
            ):
                end = outline.line_of(close.start())
                block = self.cached(
                    s, close.end(), ("html_table", present, label), read_html_table,
                    self, s, close.end(), present, label,
                )  # fmt: skip
                if block is None:
                    line = end + 1
                    continue
                blocks.append(block)
            elif ITEM_RE.match(body):
                end = list_end(self, line, last)
                block = self.cached(
                    s,
                    self.span(end)[1],
                    ("list", present, label, prompt),
                    read_list,
                    self,
                    line,
                    end,
                    present,
                    label,
                    prompt,
                )
                if block is None:
                    line = end + 1
                    continue
                blocks.append(block)
            else:
                spans = slash_spans(text, s, e)
                kinds = header_fields([text[a:b] for a, b in spans]) if len(spans) > 1 else None
                if kinds is not None:
                    prompt = kinds
                elif paragraphs and blocks:
                    break  # text after the people: the attendee part is over
                elif paragraphs:
                    end = self.paragraph_end(line, last)
                    block = self.cached(
                        s, self.span(end)[1], ("paragraph", present), self.paragraph,
                        line, end, present,
                    )  # fmt: skip
                    if block is not None:
                        blocks.append(block)
                        self.claimed.append((s, self.span(end)[1]))
                    line = end + 1
                    continue
                line += 1
                continue
            self.claimed.append((s, self.span(end)[1]))
            if single:
                break
            line = end + 1
        return blocks
