"""Inline label lists: ``**Attending:** Ada Lovelace (AL), Grace Hopper (GH)``,
``Present: ...``, ``Apologies/Contributing: ...``, ``参加者: 福田、水野``, read and written.

A label line is found with one scan per piece of the outline (cached by the piece's
text); the list may wrap onto following lines until a blank line. A label with nothing
after it takes the list or table on the next line (the scanner reads that block in its
own style). A new person goes at the end with the list's own separator, as ``Name (XX)``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from noteapp.core.meeting.attendees.names import segments
from noteapp.core.meeting.attendees.records import (
    AttendeeBlock,
    AttendeeEntry,
    AttendeeNote,
    Fields,
    InlineStyle,
    ListStyle,
    ParagraphStyle,
)
from noteapp.core.meeting.attendees.text import ITEM_RE, majority, strip_span
from noteapp.core.meeting.structure import AttendeeGroup
from noteapp.core.text.edits import Edit
from noteapp.core.text.lazy_pattern import lazy_compile
from noteapp.core.text.quick_find import lowered
from noteapp.core.text.text_cache import piece_cache
from noteapp.core.text.vocabulary import VOCABULARY, label_role, trie_pattern

# The absent label paired with a present label (and back), where it is not "Apologies".
ABSENT_FOR = {
    "Present/Contributing": "Apologies/Contributing",
    "参加者": "欠席",
    "リモート": "欠席",
}
PRESENT_FOR = {"Apologies/Contributing": "Present/Contributing", "欠席": "参加者"}

if TYPE_CHECKING:
    from noteapp.core.meeting.attendees.scanner import Scanner

PRESENT_LABELS = (
    "Attending",
    "Attendees",
    "Intend to attend",
    "Plan to attend",
    "Present/Contributing",
    "Present/Contributors",
    "Present",
    "Participants",
    "参加者",
    "リモート",
)
ABSENT_LABELS = ("Apologies/Contributing", "Apologies", "Excused", "Regrets", "Absent", "欠席")

# Every word for "who came" and "who did not" in the vocabulary table, as one trie.
LOWER_LABELS = frozenset(
    {p.lower() for role in ("attendees", "apologies") for p in VOCABULARY[role]}
    | {label.lower() for label in PRESENT_LABELS + ABSENT_LABELS}
)
_LABELS = "(?i:" + trie_pattern(LOWER_LABELS) + ")"
_PAREN_NOTE = r"(?:[ \t]*\([^()\n]{1,40}\))?"
_LABEL_RE = re.compile(
    rf"^(?P<lead>[ \t]*(?:(?:[-*+]|\d{{1,3}}[.)])[ \t]+)?)"
    rf"(?:(?P<bold>\*\*|__)[ \t]*(?P<l1>{_LABELS}){_PAREN_NOTE}[ \t]*"
    rf"(?:(?P=bold)[ \t]*[:：]|[:：][ \t]*(?P=bold))"
    rf"|(?P<l2>{_LABELS}){_PAREN_NOTE}[ \t]*[:：])[ \t]*",
    re.M,
)
# Finds the lines that may hold a label: a "\n"-led pattern lets ``re`` jump from newline
# to newline (a "^"-anchored multi-line pattern, or the bare alternation, is several times
# slower on a long note); _LABEL_RE then reads each line found.
_LABEL_LINE_RE = re.compile(rf"\n(?=[ \t*_+\-0-9.)]{{0,12}}(?:{_LABELS}))")
# The same, case-sensitive, on a lowered piece (quick_find.lowered): twice as fast.
_LOWER_LABEL_LINE = lazy_compile(rf"\n(?=[ \t*_+\-0-9.)]{{0,12}}(?:{trie_pattern(LOWER_LABELS)}))")


@piece_cache
def _label_line_starts(piece: str) -> tuple[int, ...]:
    """Offsets in ``piece`` of the lines that may open with an attendee label."""
    padded = "\n" + piece
    low = lowered(piece)
    if low is None:
        return tuple(hit.start() for hit in _LABEL_LINE_RE.finditer(padded))
    hits = (hit.start() for hit in _LOWER_LABEL_LINE.finditer("\n" + low))
    return tuple(at for at in hits if _LABEL_LINE_RE.match(padded, at))


def _style(block: AttendeeBlock) -> InlineStyle:
    assert isinstance(block.group.layout, InlineStyle)
    return block.group.layout


def is_absent_label(label: str) -> bool:
    return label_role(label) == "apologies"


def read_labels(sc: Scanner) -> list[AttendeeBlock]:
    blocks = []
    text, outline = sc.text, sc.outline
    starts = [outline.body_start]
    # each piece's label lines cached by its text
    for a, found in _label_line_starts.along(outline):
        starts.extend(a + s for s in found if a + s > outline.body_start)
    for line_start in starts:
        m = _LABEL_RE.match(text, line_start)
        if m is None or outline.in_code(line_start):
            continue
        if sc.refused and outline.line_of(line_start) in sc.refused:
            continue  # the user taught that this label is not a list of people
        block = _label_block(sc, m)
        if block is not None and (
            block.entries
            or block.group.style != "inline"
            or not (text[_style(block).content_start : _style(block).content_end]).strip()
        ):  # "Attendance: 22" is a tally, not a list to add people to
            blocks.append(block)
    return blocks


def _label_block(sc: Scanner, m: re.Match[str]) -> AttendeeBlock | None:
    text, outline = sc.text, sc.outline
    label = m.group("l1") or m.group("l2")
    present = not is_absent_label(label)
    line = outline.line_of(m.start())
    content_end = outline.line_end(line)
    if not text[m.end() : content_end].strip():
        block = sc.block_after(line, label, present, m.start())
        if block is not None:
            return block
    in_item = bool(m.group("lead").strip())
    nxt = line + 1
    while nxt <= sc.count:
        s, e = sc.span(nxt)
        body = text[s:e]
        if (
            not body.strip()
            or outline.in_code(s)
            or ITEM_RE.match(body)
            or body.lstrip()[:1] in ("#", "|", ">", "<")
            or _LABEL_RE.match(body)
            or (in_item and not body[:1].isspace())
            or s in sc.heading_set
        ):
            break
        content_end = e
        nxt += 1
    sc.claimed.append((m.start(), content_end))
    return sc.cached(m.start(), content_end, (label,), _inline, sc, m, label, present, content_end)


def _inline(
    sc: Scanner, m: re.Match[str], label: str, present: bool, content_end: int
) -> AttendeeBlock:
    text = sc.text
    entries, seps = segments(sc.outline, m.end(), content_end, present)
    japanese = label in ("参加者", "欠席", "リモート")
    raw_label = text[m.start() + len(m.group("lead")) : m.end()]
    group = AttendeeGroup(
        "inline",
        m.start(),
        strip_span(text, m.end(), content_end)[1] if entries else m.end(),
        present,
        label,
        InlineStyle(
            separator=majority([x for x in seps if "\n" not in x], "、" if japanese else ", "),
            label_text=raw_label.rstrip(),
            lead=m.group("lead"),
            bold=m.group("bold") or "",
            content_start=m.end(),
            content_end=content_end,
            holds=("name", "initials"),
        ),
    )
    return AttendeeBlock(group, tuple(entries))


def paragraph_block(
    text: str,
    start: int,
    content: int,
    end: int,
    present: bool,
    label: str | None,
    entries: list[AttendeeEntry],
    seps: list[str],
) -> AttendeeBlock:
    """The block of a paragraph of people: a label list when it opens with a label
    (``[Attendees](…): A, B``), else a paragraph of its own."""
    last = entries[-1].attendee.end
    if label is not None:
        style: InlineStyle | ParagraphStyle = InlineStyle(
            separator=majority([x for x in seps if "\n" not in x], ", "),
            label_text=text[start:content].rstrip(),
            lead="",
            bold="",
            content_start=content,
            content_end=end,
        )
        kind = "inline"
    else:
        initials = any(x.attendee.initials for x in entries)
        orgs = any(x.attendee.affiliation for x in entries) and not initials
        style = ParagraphStyle(
            separator=majority(seps, ", "),
            content_start=start,
            content_end=end,
            holds=(
                "name",
                *(("initials",) if initials else ()),
                *(("affiliation",) if orgs else ()),
            ),
        )
        kind = "paragraph"
    return AttendeeBlock(AttendeeGroup(kind, start, last, present, label, style), tuple(entries))


def as_written(note: AttendeeNote, entry: AttendeeEntry) -> str:
    """An inline entry's own text, remarks and all, on one line (with its
    organisation, ``Devlin (Google)``, when it was written ``Google (Devlin)``)."""
    written = re.sub(r"[ \t]*\n[ \t]*", " ", note.text[entry.attendee.start : entry.attendee.end])
    part = entry.part("affiliation")
    if part is not None and part.outer_start < 0 and entry.attendee.affiliation:
        written += f" ({entry.attendee.affiliation})"
    return written


def inline_text(fields: Fields) -> str:
    """``Name (XX)``, or ``Name (Org)`` where the list writes organisations."""
    initials, org = fields.get("initials"), fields.get("affiliation")
    note = initials or org
    return f"{fields['name']} ({note})" if note else str(fields["name"])


def inline_add(note: AttendeeNote, block: AttendeeBlock, item: str) -> Edit:
    layout = block.group.layout
    if block.entries:
        at = block.entries[-1].attendee.end
        sep = (
            layout.separator
            if isinstance(layout, InlineStyle | ListStyle | ParagraphStyle)
            else ", "
        )
        return Edit(at, at, sep + item)
    at = _style(block).content_start
    if note.text[at - 1 : at] not in (" ", "\t"):
        item = " " + item
    return Edit(at, at, item)


def new_label(
    note: AttendeeNote, block: AttendeeBlock, present: bool, item: str, present_label: str
) -> Edit:
    """A new ``Apologies: item`` (or present) line next to ``block``, in its form;
    ``present_label`` is the series' label for who came ("**Attending:**", "Present:")."""
    style = _style(block)
    label = block.group.label or ""
    if present:
        word = PRESENT_FOR.get(label) or present_label
        word = word.strip("*:_ ")
    else:
        word = ABSENT_FOR.get(label, "Apologies")
    raw = style.label_text
    colon = "：" if "：" in raw else ":"
    bold = style.bold
    if bold and raw.rstrip().endswith(bold):  # **Attending:**
        written = f"{bold}{word}{colon}{bold}"
    elif bold:  # **Attending**:
        written = f"{bold}{word}{bold}{colon}"
    else:
        written = f"{word}{colon}"
    line = f"{style.lead}{written} {item}"
    gap = "\n" if style.lead.strip() else "\n\n"  # a list item: the next item
    outline = note.outline
    if present:
        at = outline.line_start(outline.line_of(block.group.start))
        return Edit(at, at, line + gap)
    at = outline.line_end(outline.line_of(style.content_end))
    return Edit(at, at, gap + line)
