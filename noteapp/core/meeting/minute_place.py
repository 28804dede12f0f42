"""Where a minute line may be written, and where it goes when the caret is elsewhere.

Live commands (a speaker prefix, "go to the minutes", the next agenda topic) ask this
module before they write: a minute line belongs in the minutes (or the discussion
nested under a topic), never in the front matter, a table, a heading, the attendee
list, the agenda or the action items. Pressed anywhere else, it goes to the end of the
current topic's minutes (:func:`minutes_end`).

Everything here reads a :class:`~noteapp.core.meeting.snapshot.Meeting` of the text;
offsets are code points.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from noteapp.core.meeting.speaker_lines import speaker_lines
from noteapp.core.text.vocabulary import normalize

if TYPE_CHECKING:
    from noteapp.core.meeting import Meeting
    from noteapp.core.meeting.sections import MeetingSection

# Sections whose lines are never minutes (a minute line there would be read as a
# person, an agenda item or an action item, or break the file).
CLOSED_ROLES = frozenset(
    (
        "front_matter",
        "attendees",
        "apologies",
        "agenda",
        "actions",
        "carryover",
        "roles",
        "when",
        "logistics",
        "next_meeting",
        "chat",
    )
)
_CLOSED_BLOCKS = frozenset(("heading", "table", "html", "code", "comment", "quote", "rule"))
_INDENT = re.compile(r"[ \t\xa0]*")
_ITEM = re.compile(r"([ \t\xa0]*)([-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
_BOX = re.compile(r"([ \t\xa0]*)([-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\]")


class Target(NamedTuple):
    """Where a new minute line goes: inserted at ``at`` (the end of a line, or of the
    text), after ``lead`` (a newline, or a blank line for paragraph minutes), with the
    list marker and indentation of ``like`` (an offset whose line gives the style), or
    nested under the item at ``parent`` (an offset) when ``nested``."""

    at: int
    like: int
    nested_under: int | None = None


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


def _block_kind(meeting: Meeting, line: int) -> str | None:
    for block in meeting.blocks:
        if block.first <= line <= block.last:
            return block.kind
        if block.first > line:
            break
    return None


def minutes_sections(meeting: Meeting) -> list[MeetingSection]:
    return [s for s in meeting.sections if s.role == "minutes"]


def _enclosing(meeting: Meeting, offset: int) -> list[MeetingSection]:
    return [s for s in meeting.sections if s.start <= offset < max(s.end, s.start + 1)]


def is_minutes_line(meeting: Meeting, offset: int) -> bool:
    """Whether the line holding ``offset`` may be (or become) a minute line."""
    text = meeting.text
    start = _line_start(text, offset)
    if start < meeting.front_matter.end or meeting.outline.in_code(start):
        return False
    line = meeting.outline.line_of(start)
    if _block_kind(meeting, line) in _CLOSED_BLOCKS:
        return False
    if any(h.start == start for h in meeting.outline.headings):
        return False
    if any(a.line == line for a in meeting.action_items):
        return False
    if any(g.start <= start <= g.end for g in meeting.attendee_groups):
        return False  # an attendee list found by its shape, in a part of another name
    if _BOX.match(text, start):  # a task item: an agenda or action item
        return False
    probe = min(start, max(len(text) - 1, 0))  # the empty last line is in the last section
    inner = meeting.section_at(probe)
    if inner is not None and inner.role in CLOSED_ROLES:
        # the discussion nested under an agenda topic (conda-forge writes its minutes so)
        return inner.role in ("agenda", "carryover") and _nested_discussion(meeting, start)
    enclosing = _enclosing(meeting, probe)
    if minutes_sections(meeting):
        return any(s.role == "minutes" for s in enclosing)
    # No minutes section: the parts under the title are the minutes (the title's own
    # lines above them, with the attendees, are not); a note without parts is all minutes.
    has_parts = any(s.source == "heading" and 1 < s.level < 7 for s in meeting.sections)
    return not has_parts or any(
        s.source == "heading" and s.level > 1 and s.role not in CLOSED_ROLES for s in enclosing
    )


def _nested_discussion(meeting: Meeting, start: int) -> bool:
    """A list item without a box, nested under a top-level agenda item."""
    text = meeting.text
    if not text[start : _line_end(text, start)].strip():  # a blank line after a reply
        above = text.rfind("\n", 0, max(start - 1, 0)) + 1
        if start == 0 or not text[above : start - 1].strip():
            return False
        start = above
    item = _ITEM.match(text, start)
    if item is None or not item.group(1):
        return False
    return any(a.depth == 0 and a.start < start for a in meeting.agenda)


# -- where a redirected line goes ---------------------------------------------------------


def _width(indent: str) -> int:
    return len(indent.expandtabs(4))


def subtree_end(text: str, start: int) -> int:
    """The end of the last line of the list item starting at ``start`` and the lines
    nested under it (more indented; blank lines between them included)."""
    end = _line_end(text, start)
    width = _width(_INDENT.match(text, start).group())  # type: ignore[union-attr]
    last = end
    at = end + 1
    while at <= len(text):
        stop = _line_end(text, at)
        line = text[at:stop]
        if line.strip():
            if _width(_INDENT.match(line).group()) <= width:  # type: ignore[union-attr]
                break
            last = stop
        if stop >= len(text):
            break
        at = stop + 1
    return last


def _content_end(text: str, start: int, end: int) -> int | None:
    """The end of the last non-blank line in [start, end), None when all are blank."""
    stripped = text[start:end].rstrip(" \t\xa0\n")
    return start + len(stripped) if stripped.strip() else None


def _matches(label: str, topic: str) -> bool:
    a, b = normalize(label), normalize(topic)
    return bool(a) and bool(b) and (a in b or b in a)


def topic_groups(meeting: Meeting, minutes: MeetingSection) -> list[MeetingSection]:
    """The sub-headings (``### Topic``, a bold topic line) that group the minutes."""
    return [
        s
        for s in meeting.sections
        if s.source == "heading"
        and minutes.start < s.start < minutes.end
        and s.role not in CLOSED_ROLES
    ]


def _topic_item(meeting: Meeting, topic: str | None, offset: int | None) -> int | None:
    """The start of the top-level agenda item holding ``offset``, else the one naming
    ``topic``."""
    text = meeting.text
    tops = [a for a in meeting.agenda if a.depth == 0 and a.text]
    if offset is not None:
        for item in tops:
            if item.start <= offset <= subtree_end(text, _line_start(text, item.start)):
                return _line_start(text, item.start)
    for item in tops:
        if topic and _matches(item.text, topic):
            return _line_start(text, item.start)
    return None


def minutes_end(meeting: Meeting, topic: str | None = None, offset: int | None = None) -> Target:
    """Where the next minute line goes when the caret is not in the minutes: the end of
    ``topic``'s group of the minutes (or of the minutes), else nested under the agenda
    topic the caret is on (or ``topic``, or the first not ticked where the discussion
    is nested under the topics), else the end of the note before its closing sections."""
    text = meeting.text
    minutes = minutes_sections(meeting)
    if minutes:
        section = minutes[0]
        groups = topic_groups(meeting, section)
        chosen = next((g for g in reversed(groups) if topic and _matches(g.label, topic)), None)
        region = chosen or section
        stop = _open_end(meeting, region)
        end = _content_end(text, region.body, stop)
        if end is None:  # an empty minutes part: right under its heading
            end = _line_end(text, region.start)
        return Target(end, _least_indented(meeting, region.body, stop) or end)
    item = _topic_item(meeting, topic, offset)
    if item is None:
        item = _open_topic(meeting)
    end = len(text.rstrip("\n"))
    if item is None and not is_minutes_line(meeting, end):
        # the note ends with parts no minute belongs in: the end of the text before them
        end = _before_closing(meeting, end)
    if item is None and not is_minutes_line(meeting, end):
        # the end of the note is a closed part ("Deferred to next meeting", the action
        # items): the discussion of the open topic, else the end of the last open part
        item = _open_topic(meeting, nested=False)
        end = _last_open_end(meeting) or end
    if item is not None:
        return Target(subtree_end(text, item), item, nested_under=item)
    return Target(end, end)


def _open_topic(meeting: Meeting, nested: bool = True) -> int | None:
    """Where the discussion is written under the agenda items (or, not ``nested``,
    wherever it is) and no topic is being discussed: the start of the first topic not
    yet ticked, else of the last one."""
    tops = [a for a in meeting.agenda if a.depth == 0 and a.text]
    if not tops or (nested and not any(a.depth > 0 and a.checked is None for a in meeting.agenda)):
        return None
    chosen = next((a for a in tops if a.checked is False), tops[-1])
    return _line_start(meeting.text, chosen.start)


def _before_closing(meeting: Meeting, end: int) -> int:
    """``end`` (the end of the note), or, where the note ends with sections no minute
    belongs in (the next meeting, who chairs, how to join), the end of the text of the
    section before them that has text of its own."""
    text = meeting.text
    at = end
    while at > 0:
        section = meeting.section_at(at - 1)
        if section is None:
            return end
        if section.role not in CLOSED_ROLES:
            return at if at > section.body else end
        at = len(text[: section.start].rstrip(" \t\xa0\n"))
    return end


def _open_end(meeting: Meeting, region: MeetingSection) -> int:
    """Where the minutes of ``region`` end: before the closed parts that end it (an
    "Attendance" or "Action" sub-heading at the end of the notes)."""
    text = meeting.text
    stop = region.end
    closed = [
        s
        for s in meeting.sections
        if s.source == "heading" and region.start < s.start < region.end and s.role in CLOSED_ROLES
    ]
    for part in reversed(closed):
        end = _content_end(text, region.body, stop)
        if end is None or not part.start <= end < max(part.end, part.start + 1):
            break
        stop = part.start
    return stop


def _last_open_end(meeting: Meeting) -> int | None:
    """The end of the last line of the last part of the note whose lines are minutes
    (its own text, above its sub-headings), None when no part has such a line."""
    text = meeting.text
    heads = [s for s in meeting.sections if s.source == "heading"]
    for k in range(len(heads) - 1, -1, -1):
        part = heads[k]
        if part.role in CLOSED_ROLES:
            continue
        own_end = next((h.start for h in heads[k + 1 :] if h.start < part.end), part.end)
        end = _content_end(text, part.body, own_end)
        if end is not None and is_minutes_line(meeting, end):
            return end
    return None


def _least_indented(meeting: Meeting, start: int, end: int) -> int | None:
    """The start of the least indented minute line in [start, end) (the style a new
    top-level line of that part takes)."""

    best: tuple[int, int] | None = None
    for at, indent in speaker_lines(meeting.text, start, end):
        if best is None or _width(indent) < best[0]:
            best = (_width(indent), at)
    return best[1] if best else None


def minutes_caret(meeting: Meeting, topic: str | None = None, offset: int | None = None) -> int:
    """Where "go to the minutes" puts the caret: the end of the last line of ``topic``'s
    minutes (the next minute line starts there)."""
    target = minutes_end(meeting, topic, offset)
    return target.at


_TIME = re.compile(r"\b[0-2]?\d:[0-5]\d\b")


def start_topic(meeting: Meeting, topic: str, time: str | None = None) -> tuple[int, str] | None:
    """Where the minutes are grouped by topic (``### Topic``, a bold topic line), the
    insertion (offset, text) that starts ``topic``'s group after the last one, written
    like the last group's heading (its time stamp replaced by ``time``, when it has
    one); None when the minutes are not grouped or the topic has its group already."""
    minutes = minutes_sections(meeting)
    if not minutes or not topic.strip():
        return None
    groups = topic_groups(meeting, minutes[0])
    if not groups or any(_matches(g.label, topic) for g in groups):
        return None
    text = meeting.text
    last = groups[-1]
    heading = text[last.start : _line_end(text, last.start)]
    label = last.label.strip()
    if label and label in heading:
        head, _, tail = heading.partition(label)
        stamp = _TIME.search(head) or _TIME.search(tail)
        if stamp and time:
            head, tail = _TIME.sub(time, head, 1), _TIME.sub(time, tail, 1)
        elif stamp:
            head, tail = _TIME.sub("", head, 1).replace("  ", " "), _TIME.sub("", tail, 1)
        new = f"{head}{topic.strip()}{tail}"
    else:
        new = f"{'#' * min(max(last.level, 2), 6)} {topic.strip()}"
    end = _content_end(text, minutes[0].body, minutes[0].end) or _line_end(text, last.start)
    return end, f"\n\n{new}"
