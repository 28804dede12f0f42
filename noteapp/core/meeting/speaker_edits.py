"""Speaker prefixes: start a minute line with who is talking (``- JH: ...``).

A prefix is written the way the note already writes its minute lines: the list
marker, indentation and gap of the nearest speaker line (``- ``, ``* ``, nested
``    - ``), and its form, ``JH: `` or ``(JH) `` (conda-forge writes the latter).
A note without minute lines yet gets ``- JH: ``. Speaker lines inside attendee
sections (``1. JRG: Jaime ...`` is a roster entry) and code blocks are not a style.

:func:`insert_speaker` is what Alt+1 and the speaker picker do; :func:`typed_initials`
and :func:`complete_speaker` serve the completion of initials typed at the start of a
line. Offsets are code points; the UI converts Qt's UTF-16 positions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from noteapp.core.errors import StructureEditError
from noteapp.core.meeting.placeholders import PLACEHOLDER_LINE
from noteapp.core.meeting.speaker_lines import (
    COLON_FORM,
    form_of,
    is_speaker,
    prefix_pattern,
    speaker_line_pattern,
    speaker_matches,
)
from noteapp.core.text.edits import Edit

if TYPE_CHECKING:
    from noteapp.core.meeting import Meeting
    from noteapp.core.meeting.minute_place import Target

_ITEM = re.compile(r"([ \t\xa0]*)([-*+]|\d{1,9}[.)])([ \t]+|$)")
# Initials being typed where a prefix goes: "JM", "- J", "    * Mv", "1. JR".
_TYPED = re.compile(r"[ \t\xa0]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?([A-Z][A-Za-z]{0,3})")


@dataclass(frozen=True)
class SpeakerStyle:
    """How the note writes a minute line: ``{indent}{marker}{gap}`` then the prefix."""

    indent: str = ""
    marker: str = "-"
    gap: str = " "
    form: str = COLON_FORM

    @property
    def paragraphs(self) -> bool:
        """Minutes written as paragraphs (``KH: said``), one blank line between."""
        return not self.marker

    def line(self, label: str) -> str:
        return f"{self.indent}{self.marker}{self.gap}{self.form.format(label)}"


def speaker_label(name: str, initials: str | None) -> str:
    """What a prefix calls a person: their initials, else their first name."""
    if initials:
        return initials
    words = name.split()
    return words[0] if words else name


def _style_of(match: re.Match[str]) -> SpeakerStyle:
    return SpeakerStyle(match.group(1), match.group(2) or "", match.group(3) or "", form_of(match))


def speaker_style(text: str, offset: int, known: Iterable[str] = ()) -> SpeakerStyle:
    """The style of the speaker line nearest before ``offset`` (else the first after it)."""
    nearest: re.Match[str] | None = None
    for match in speaker_matches(text, frozenset(known)):
        if match.start() > offset:
            nearest = nearest or match
            break
        nearest = match
    return SpeakerStyle() if nearest is None else _style_of(nearest)


def _line_bounds(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def _replace(start: int, end: int, new: str, caret: int) -> tuple[Edit, int]:
    """The edit, and the caret: after the new text, or kept on its text if it was beyond."""
    after = start + len(new) if caret <= end else caret + len(new) - (end - start)
    return Edit(start, end, new), after


# Four columns of indentation after a paragraph or heading make CommonMark code.
CODE_INDENT = 4


# What a template leaves where the first entry goes: "- ", "* [ ]", "TBD", "- TODO".
PLACEHOLDER = PLACEHOLDER_LINE


def insert_speaker(
    text: str,
    offset: int,
    label: str,
    *,
    known: Iterable[str] = (),
    meeting: Meeting | None = None,
    topic: str | None = None,
) -> tuple[Edit, int]:
    """Write a minute line of ``label`` (initials or a first name) for the caret.

    In the minutes (see :mod:`noteapp.core.meeting.minute_place`):

    - an empty line becomes a minute line in the note's style (``- JH: ``), a list
      marker alone on its line gets the prefix after it;
    - a line that is only a prefix gets that speaker instead (a quick correction);
    - any other line gets a new minute line after it (after the replies nested
      under it): what is written is never rewritten.

    Anywhere else (front matter, headings, tables, attendees, agenda and action items)
    the line goes to the end of the minutes of ``topic`` (the topic being discussed),
    or nested under the agenda topic the caret is on. ``known`` are the labels of the
    note's attendees (first names count as prefixes too); ``meeting`` is the snapshot
    of ``text`` when the caller has one. Returns the edit and the new caret offset.

    The edit is read back before it is returned: it writes one line (or a part of
    one), and every task, agenda item, action item and attendee of the note
    reads as before. Otherwise :class:`StructureEditError` says so, and nothing is
    written.
    """
    if not label:
        raise ValueError("a speaker prefix needs a label")
    meeting = _meeting_of(text, meeting)
    edit, caret = _speaker_edit(meeting, offset, label, frozenset(known), topic)
    _check(meeting, edit, label)
    return edit, caret


# What a minute line may be read as: a line of the agenda's outline, when it is nested
# under a topic (its discussion).
_MAY_ADD = frozenset(("agenda",))


def _check(meeting: Meeting, edit: Edit, label: str) -> None:
    """The read-back check of a speaker line (see :func:`insert_speaker`): one line
    written, read as no task, action item or attendee, and every other item reads as
    before."""
    from noteapp.core.meeting.read_back import changed_reading  # not needed at start-up
    from noteapp.core.meeting.snapshot import parse_meeting

    text = meeting.text
    if "\n" in text[edit.start : edit.end] or "\n" in edit.new.lstrip("\n"):
        problem = "would write more than one line"
    else:
        after = parse_meeting(edit.apply(text), roles=dict(meeting.roles), previous=meeting)
        changed = changed_reading(meeting, after, edit, _MAY_ADD)
        if not changed:
            return
        problem = f"would change how the note's {changed} read"
    raise StructureEditError(
        f"A minute line for {label} {problem}; nothing was changed. "
        "Put the caret on an empty line of the minutes and try again."
    )


def _speaker_edit(
    meeting: Meeting, offset: int, label: str, labels: frozenset[str], topic: str | None
) -> tuple[Edit, int]:
    """The edit :func:`insert_speaker` makes, before its check."""
    from noteapp.core.meeting.minute_place import Target, is_minutes_line, minutes_end, subtree_end

    text = meeting.text
    start, end = _line_bounds(text, offset)
    if not is_minutes_line(meeting, start):
        return _new_line(text, minutes_end(meeting, topic, offset), label, labels)
    line = text[start:end]
    item = _ITEM.match(line)
    body = item.end() if item else len(line) - len(line.lstrip(" \t\xa0"))
    existing = prefix_pattern(labels).match(line, body)
    if existing and is_speaker(existing, labels):
        if not line[existing.end() :].strip():  # only a prefix yet: this speaker instead
            return _replace(
                start + existing.start(),
                start + existing.end(),
                form_of(existing).format(label),
                offset,
            )
        return _new_line(text, Target(subtree_end(text, start), start), label, labels)
    style = speaker_style(text, start, labels)
    if not line.strip():
        indent = line or style.indent  # a blank line's own indentation is kept
        return _replace(
            start,
            end,
            SpeakerStyle(indent, style.marker, style.gap, style.form).line(label),
            offset,
        )
    if item and not line[body:].strip():  # a marker alone: the prefix goes after it
        gap = "" if item.group(3) else style.gap
        return _replace(start + body, end, gap + style.form.format(label), offset)
    place = minutes_end(meeting, topic, offset)
    if place.at == end and place.nested_under is None:
        # the last line of the minutes (where F7 leaves the caret), a link or a note
        # under a minute: the next minute line is a top-level one, not a reply to it
        return _new_line(text, place, label, labels)
    return _new_line(text, Target(subtree_end(text, start), start), label, labels)


def _meeting_of(text: str, meeting: Meeting | None) -> Meeting:
    if meeting is not None and meeting.text == text:
        return meeting
    # Here, not at the top: the editor imports this module on its way to the first paint,
    # and the parser's ~100 ms import waits for the first parse, after it.
    from noteapp.core.meeting.snapshot import parse_meeting

    return parse_meeting(text)


def _new_line(text: str, target: Target, label: str, labels: frozenset[str]) -> tuple[Edit, int]:
    """A new minute line at ``target``, in the style of the line ``target.like`` is on
    (a speaker line), else of the nearest speaker line; a template's placeholder there
    (``- ``, ``TBD``) is replaced."""
    like_start, like_end = _line_bounds(text, target.like)
    own = speaker_line_pattern(labels).match(text, like_start, like_end)
    if own and is_speaker(own, labels):
        style = _style_of(own)
    else:
        style = speaker_style(text, target.at, labels)
        item = _ITEM.match(text, like_start, like_end)
        if item:  # a line after a list item is an item like it
            style = SpeakerStyle(item.group(1), item.group(2), item.group(3) or " ", style.form)
        elif len(style.indent.expandtabs(4)) >= CODE_INDENT:
            # a reply's indent, borrowed from afar, would make this line code: none
            style = SpeakerStyle("", style.marker, style.gap, style.form)
    if target.nested_under is not None:
        style = _nested_style(text, target.nested_under, style)
    new = style.line(label)
    at_start, at_end = _line_bounds(text, target.at)
    placeholder = at_end > at_start and PLACEHOLDER.fullmatch(text, at_start, at_end)
    if placeholder and (target.nested_under is None or at_start > target.nested_under):
        return Edit(at_start, at_end, new), at_start + len(new)
    lead = "\n\n" if style.paragraphs and text[at_start:at_end].strip() else "\n"
    if target.at == 0 and not text:
        lead = ""
    return Edit(target.at, target.at, lead + new), target.at + len(lead) + len(new)


def _nested_style(text: str, parent: int, style: SpeakerStyle) -> SpeakerStyle:
    """The style of a reply under the list item at ``parent``: its first nested item's
    indentation and marker, else one level deeper than it, with a dash."""
    from noteapp.core.meeting.minute_place import subtree_end

    end = subtree_end(text, parent)
    first_end = _line_bounds(text, parent)[1]
    for kid in _ITEM.finditer(text, first_end + 1, end):
        if kid.start() == 0 or text[kid.start() - 1] == "\n":
            return SpeakerStyle(kid.group(1), kid.group(2), kid.group(3) or " ", style.form)
    item = _ITEM.match(text, parent)
    like = _sibling_reply(text, parent, len(item.group(1).expandtabs(4)) if item else 0)
    if like is not None:  # no reply yet: nested as the topics above nest theirs
        return SpeakerStyle(like.group(1), like.group(2), like.group(3) or " ", style.form)
    width = (item.end() - parent) if item else 2
    return SpeakerStyle(" " * width, "-", " ", style.form if style.marker else COLON_FORM)


def _sibling_reply(text: str, parent: int, width: int) -> re.Match[str] | None:
    """The least indented reply under the nearest item above ``parent`` (in the same
    list, as indented as it, ``width``) that has replies; None when none has."""
    best: re.Match[str] | None = None
    end = parent - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        item = _ITEM.match(text, start, end)
        indent = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())
        if item is None and line.strip() and indent <= width:
            return best  # a paragraph or heading: the list ends here
        if item is not None and indent <= width:
            if best is not None or indent < width:
                return best  # a sibling with replies, or the list's parent
        elif item is not None and (best is None or len(item.group(1)) <= len(best.group(1))):
            best = item
        end = start - 1
    return best


def typed_initials(line: str, column: int) -> str | None:
    """The initials typed so far at the start of ``line``, if the caret (``column``, in
    code points) ends them: ``"J"`` in ``"- J"``, ``"JM"`` in ``"JM"``; else None."""
    match = _TYPED.fullmatch(line, 0, column)
    if match is None or (column < len(line) and not line[column].isspace()):
        return None
    return match.group(1)


def complete_speaker(
    text: str, offset: int, label: str, *, known: Iterable[str] = ()
) -> tuple[Edit, int]:
    """Replace the initials typed before ``offset`` (see :func:`typed_initials`) and the
    blanks after it with ``label``'s prefix, written in the note's full form: initials
    typed without a list marker get the marker the note's minute lines have
    (``KJ`` -> ``- KJ: ``)."""
    start, end = _line_bounds(text, offset)
    typed = typed_initials(text[start:end], offset - start)
    if typed is None:
        raise ValueError("no initials are being typed at this offset")
    after = offset
    while after < end and text[after] in " \t":
        after += 1
    style = speaker_style(text, start, known)
    begin = offset - len(typed)
    if _ITEM.match(text, start, begin) is None and style.marker:  # no marker typed
        indent = text[start:begin]
        above = _line_bounds(text, start - 1) if start else None
        own = above and speaker_line_pattern(frozenset(known)).match(text, *above)
        if not indent and own:  # right under a minute line: the next one, as deep
            indent = own.group(1)
        prefix = SpeakerStyle(indent, style.marker, style.gap, style.form).line(label)
        begin = start
    else:
        prefix = style.form.format(label)
    return Edit(begin, after, prefix), begin + len(prefix)
