"""The parts of a note and the role of each: the section model.

A section is opened by a heading (``## Attendees``, a bold-only line ``**Regrets:**``),
or by a label at the start of a line or list item (``Present: Ada, Grace``, ``* Chair:
Tess``, ``AI: ...`` is read by the action reader), or it is the front matter. Its role
(:data:`ROLES`) comes from its label (:mod:`noteapp.core.text.vocabulary`) and is then
checked against its content by the readers: an "Attendees" heading over a list of
topics is not an attendee list (:func:`noteapp.core.meeting.parse_meeting` demotes it).

A workspace may also say what a label means for a series (``overrides``: normalised
label -> role), which wins over the vocabulary; see :mod:`noteapp.core.meeting.teach`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from noteapp.core.meeting.blocks import Block
from noteapp.core.text.outline import PSEUDO_LEVEL, Outline
from noteapp.core.text.stopping import check
from noteapp.core.text.text_cache import LINES, piece_cache
from noteapp.core.text.vocabulary import MODIFIERS, VOCABULARY, label_role, normalize, trie_pattern

# The roles a section can have. "roles" holds who chaired or took notes (not an
# attendance list), "when" the date or time, "logistics" how to join.
ROLES = (
    "front_matter",
    "attendees",
    "apologies",
    "agenda",
    "minutes",
    "actions",
    "carryover",
    "roles",
    "decisions",
    "summary",
    "next_meeting",
    "chat",
    "when",
    "logistics",
    "other",
)
# What a user can mark a section as from the window.
TEACHABLE = ("attendees", "apologies", "agenda", "actions", "other")


class MeetingSection(NamedTuple):
    role: str
    label: str  # the label as written: a heading's text, the words before a label's colon
    source: str  # "front_matter", "heading", "label" or "shape" (found by its content)
    first: int  # first line (1-based): the heading or label line
    last: int  # last line
    start: int  # offsets: the whole section
    end: int
    body: int  # where the content starts: after the heading line, or after the colon
    level: int = 0  # a heading's level (7: a bold-only line); 0 for a label
    taught: bool = False  # the role was set by the user for this series

    def as_json(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "label": self.label,
            "source": self.source,
            "line": self.first,
            "last_line": self.last,
            "taught": self.taught,
        }


def _phrases(*roles: str) -> str:
    return trie_pattern({p for role in roles for p in VOCABULARY[role]})


# A line that opens with a label of a role worth a section: an optional list marker,
# markup or a link's "[", a few modifiers, a vocabulary phrase. Found with one C-speed
# scan; :func:`label_role` then reads the whole label.
_LABELLED_ROLES = ("attendees", "apologies", "roles", "agenda", "actions", "carryover", "when")
_LABEL_LINE = re.compile(
    r"\n(?P<lead>[ \t\xa0]*(?:(?:[-*+•]|\d{1,3}[.)])[ \t]+)?)(?P<label>[*_\[]{0,4}"
    rf"(?i:(?:{trie_pattern(MODIFIERS)})[ \t]+){{0,2}}(?i:{_phrases(*_LABELLED_ROLES)}))"
)
# The label's end: a colon (maybe inside or after bold), or the end of the line.
_LABEL_END = re.compile(
    r"(?:\]\([^)\n]*\)|[^\n:：]){0,60}?(?:\*\*|__|\*|_)?[ \t]*[:：](?:\*\*|__|\*|_)?[ \t]*"
    r"|[^\n:：]{0,60}?[ \t]*(?=\n|$)"
)  # a label may be a link: "[Attendees](https://…) (sign in):"


def find_sections(
    outline: Outline,
    blocks: Sequence[Block],
    front_matter_end: int,
    overrides: Mapping[str, str] | None = None,
) -> tuple[MeetingSection, ...]:
    """The note's sections in document order (a label section inside a heading's)."""
    found: list[MeetingSection] = []
    if front_matter_end > 0:
        last = outline.line_of(max(front_matter_end - 1, 0))
        found.append(
            MeetingSection("front_matter", "", "front_matter", 1, last, 0, front_matter_end, 0)
        )
    for k, section in enumerate(outline.sections):
        if not k & 255:
            check()  # thousands of headings in a long note
        head = section.heading
        role, taught = _role(head.text, overrides)
        if role in _LABEL_ONLY and not taught:
            role = "other"
        last = outline.line_of(max(section.end - 1, head.start))
        found.append(
            MeetingSection(
                role,
                head.text,
                "heading",
                head.line,
                max(last, head.line),
                head.start,
                section.end,
                head.end,
                head.level,
                taught,
            )
        )
    people = [(x.start, x.end) for x in found if x.role in ATTENDEE_ROLES]
    found.extend(_label_sections(outline, blocks, overrides, people))
    found.sort(key=lambda s: (s.start, -s.end))
    return tuple(found)


def _role(label: str, overrides: Mapping[str, str] | None, tail: int = 3) -> tuple[str, bool]:
    if overrides:
        taught = overrides.get(normalize(label))
        if taught:
            return taught, True
    return label_role(label, tail) or "other", False


ATTENDEE_ROLES = ("attendees", "apologies")  # the sections that list people

# Roles only a "Label:" line has: a heading "Call for papers" is not how to join a call.
_LABEL_ONLY = frozenset(("logistics", "when"))


def _label_sections(
    outline: Outline,
    blocks: Sequence[Block],
    overrides: Mapping[str, str] | None,
    people: Sequence[tuple[int, int]] = (),
) -> list[MeetingSection]:
    """The label sections; ``people``: the spans of attendee and apology headings."""
    text = outline.text
    out: list[MeetingSection] = []
    content = [b for b in blocks if b.kind in ("paragraph", "list")]
    if not content:
        return out
    firsts = [b.first for b in content]
    for start, lead, label_at in _label_lines(outline):
        number = outline.line_of(start)
        k = bisect_right(firsts, number) - 1
        if k < 0 or content[k].last < number:
            continue
        block = content[k]
        end = _LABEL_END.match(text, label_at)
        if end is None:
            continue
        raw = text[label_at : end.end()]
        label = _label_text(raw)
        if not label or len(label) > 60:
            continue
        colon = ":" in raw or "：" in raw
        # A label line names its role in a word or two; without a colon it must be
        # the phrase alone ("Present", "**Attendees**").
        role, taught = _role(label, overrides, tail=1 if colon else 0)
        if role == "other" and colon and label_role(label, 3) == "actions":
            role = "actions"  # "Tasks for 2.0:", "Next steps for the spec:"
        if not colon and not lead.strip() and number != block.first:
            continue  # a phrase that wraps onto a line of its own is not a label
        # "Agenda" alone on its line is a label; "the agenda was long" is not.
        if (role == "other" and not taught) or (
            (role == "when" or (role == "agenda" and lead)) and not colon
        ):
            continue
        body = end.end() if colon else outline.line_end(number)
        last = _label_last_line(outline, block, number, lead)
        if not text[body : outline.line_end(last)].strip() and not (
            not colon and role not in ATTENDEE_ROLES and any(a <= start < b for a, b in people)
        ):  # nothing after the label: it governs what follows, but a bare "TODO" under
            # "## Attendance" is a placeholder, not a label over the list of people
            last = _next_content_last(outline, blocks, block, last)
        out.append(
            MeetingSection(
                role,
                label,
                "label",
                number,
                last,
                start,
                outline.line_end(last),
                body,
                0,
                taught,
            )
        )
    return out


def _label_lines(outline: Outline) -> list[tuple[int, str, int]]:
    """(line start, lead, label start) of every line that opens with a label phrase.

    The text is scanned piece by piece (a heading line and the lines up to the next
    heading), each piece's result cached by its text: after a keystroke only the piece
    that changed is scanned again."""
    out: list[tuple[int, str, int]] = []
    for a, labels in _piece_labels.along(outline):
        out.extend((a + s, lead, a + at) for s, lead, at in labels)
    return out


@piece_cache
def _piece_labels(piece: str) -> tuple[tuple[int, str, int], ...]:
    return tuple(
        (m.start(), m.group("lead"), m.start("label") - 1)
        for m in _LABEL_LINE.finditer("\n" + piece)
    )


@lru_cache(maxsize=LINES)
def _label_text(raw: str) -> str:
    """ "**Regrets:** " -> "Regrets"; "[Attendees](url):" -> "Attendees"."""
    label = raw.strip().rstrip(":：").strip()
    label = re.sub(r"^[*_]+|[*_]+$", "", label).strip().rstrip(":：").strip()
    label = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", label)
    return label.strip("*_ ").rstrip(":：").strip()


def _label_last_line(outline: Outline, block: Block, number: int, lead: str) -> int:
    """The last line a label on line ``number`` governs: in a list item, the item and its
    sub-items; in a paragraph, up to the next line that opens with a label."""
    text = outline.text
    if lead.strip():  # a list item: up to the next item at the same or a lower indent
        width = len(lead) - len(lead.lstrip())
        last = number
        for line in range(number + 1, block.last + 1):
            body = outline.line_text(line)
            stripped = body.lstrip(" \t\xa0")
            if stripped and len(body) - len(stripped) <= width and _is_item(stripped):
                break
            last = line
        return last
    last = number
    for line in range(number + 1, block.last + 1):
        if _LABEL_LINE.match(outline.padded, outline.line_starts[line - 1]):
            break
        if text[outline.line_starts[line - 1] : outline.line_end(line)].strip():
            last = line
    return last


def _is_item(stripped: str) -> bool:
    return bool(re.match(r"(?:[-*+•]|\d{1,9}[.)])(?:[ \t]|$)", stripped))


def _next_content_last(outline: Outline, blocks: Sequence[Block], block: Block, last: int) -> int:
    """A label with nothing after it governs the next list, table, paragraph or HTML
    table, across blank lines, when no heading comes first."""
    k = next((i for i, b in enumerate(blocks) if b.first > last), None)
    if k is None:
        return last
    nxt = blocks[k]
    if nxt.kind in ("list", "table", "paragraph") or (nxt.kind == "html" and nxt.level == 1):
        if block.kind == "list" and nxt.first <= block.last:
            return last
        return nxt.last
    return last


def section_at(sections: Sequence[MeetingSection], offset: int) -> MeetingSection | None:
    """The innermost section holding ``offset``."""
    best: MeetingSection | None = None
    for section in sections:
        if section.start > offset:
            break
        inside = section.start <= offset < max(section.end, section.start + 1)
        if inside and (best is None or section.end - section.start <= best.end - best.start):
            best = section
    return best


def heading_role(label: str) -> str:
    """The role of a heading's words alone (no content check, no overrides)."""
    return label_role(label) or "other"


__all__ = [
    "PSEUDO_LEVEL",
    "ROLES",
    "TEACHABLE",
    "MeetingSection",
    "find_sections",
    "heading_role",
    "section_at",
]
