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
from functools import lru_cache

from noteapp.core.meeting.attendees.scanner import attendee_sections
from noteapp.core.meeting.tasks import _NOT_INITIALS
from noteapp.core.text.edits import Edit
from noteapp.core.text.frontmatter import parse_front_matter
from noteapp.core.text.outline import Outline

# Initials as minute lines write them: JH, JMS, MvN (docs/meeting-structure.md, "Speakers").
INITIALS = r"[A-Z][A-Za-z]{0,2}[A-Z]"
_ITEM = re.compile(r"([ \t\xa0]*)([-*+]|\d{1,9}[.)])([ \t]+|$)")
_TASK_BOX = re.compile(r"\[[ xX]\](?:[ \t\xa0]+|$)")
# Initials being typed where a prefix goes: "JM", "- J", "    * Mv", "1. JR".
_TYPED = re.compile(r"[ \t\xa0]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?([A-Z][A-Za-z]{0,3})")

COLON_FORM = "{}: "
PAREN_FORM = "({}) "


@dataclass(frozen=True)
class SpeakerStyle:
    """How the note writes a minute line: ``{indent}{marker}{gap}`` then the prefix."""

    indent: str = ""
    marker: str = "-"
    gap: str = " "
    form: str = COLON_FORM

    def line(self, label: str) -> str:
        return f"{self.indent}{self.marker}{self.gap}{self.form.format(label)}"


def speaker_label(name: str, initials: str | None) -> str:
    """What a prefix calls a person: their initials, else their first name."""
    if initials:
        return initials
    words = name.split()
    return words[0] if words else name


@lru_cache(maxsize=32)
def _prefix_pattern(known: frozenset[str]) -> re.Pattern[str]:
    labels = [re.escape(k) for k in sorted(known, key=len, reverse=True)]
    alt = "|".join([*labels, INITIALS])
    return re.compile(rf"(?:\((?P<paren>{alt})\)|(?P<colon>{alt}):)(?=[ \t]|$)[ \t]*")


@lru_cache(maxsize=32)
def _speaker_line_pattern(known: frozenset[str]) -> re.Pattern[str]:
    prefix = _prefix_pattern(known).pattern
    return re.compile(rf"^([ \t\xa0]*)([-*+]|\d{{1,9}}[.)])([ \t]+){prefix}", re.M)


def _is_speaker(match: re.Match[str], known: frozenset[str]) -> bool:
    label = match.group("paren") or match.group("colon")
    return label in known or label not in _NOT_INITIALS  # "- TODO: ..." is not a person


def speaker_style(text: str, offset: int, known: Iterable[str] = ()) -> SpeakerStyle:
    """The style of the speaker line nearest before ``offset`` (else the first after it)."""
    labels = frozenset(known)
    outline = Outline(text, parse_front_matter(text).end)
    skip = [*attendee_sections(outline), *outline.code]
    nearest: re.Match[str] | None = None
    for match in _speaker_line_pattern(labels).finditer(text, outline.body_start):
        at = match.start()
        if not _is_speaker(match, labels) or any(a <= at < b for a, b in skip):
            continue
        if at > offset:
            nearest = nearest or match
            break
        nearest = match
    if nearest is None:
        return SpeakerStyle()
    form = PAREN_FORM if nearest.group("paren") else COLON_FORM
    return SpeakerStyle(nearest.group(1), nearest.group(2), nearest.group(3), form)


def _line_bounds(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def _replace(start: int, end: int, new: str, caret: int) -> tuple[Edit, int]:
    """The edit, and the caret: after the new text, or kept on its text if it was beyond."""
    after = start + len(new) if caret <= end else caret + len(new) - (end - start)
    return Edit(start, end, new), after


def insert_speaker(
    text: str, offset: int, label: str, *, known: Iterable[str] = ()
) -> tuple[Edit, int]:
    """Start the caret's line as a minute line of ``label`` (initials or a first name).

    - an empty line becomes a minute line in the note's style (``- JH: ``);
    - a list item without a prefix gets one after its marker (and task box);
    - a line that starts with a speaker prefix gets it replaced, in its own form;
    - any other line gets a new minute line below it.

    ``known`` are the labels of the note's attendees (first names count as prefixes
    too). Returns the edit and the new caret offset.
    """
    if not label:
        raise ValueError("a speaker prefix needs a label")
    labels = frozenset(known)
    start, end = _line_bounds(text, offset)
    line = text[start:end]
    item = _ITEM.match(line)
    body = item.end() if item else len(line) - len(line.lstrip(" \t\xa0"))
    existing = _prefix_pattern(labels).match(line, body)
    if existing and _is_speaker(existing, labels):
        form = PAREN_FORM if existing.group("paren") else COLON_FORM
        return _replace(
            start + existing.start(), start + existing.end(), form.format(label), offset
        )
    style = speaker_style(text, start, labels)
    if not line.strip():
        indent = line or style.indent  # a blank line's own indentation is kept
        return _replace(
            start,
            end,
            SpeakerStyle(indent, style.marker, style.gap, style.form).line(label),
            offset,
        )
    if item:
        box = _TASK_BOX.match(line, body)
        at = box.end() if box else body
        gap = "" if item.group(3) or box else style.gap  # "-" alone on its line
        return _replace(start + at, start + at, gap + style.form.format(label), offset)
    new_line = style.line(label)
    return Edit(end, end, "\n" + new_line), end + 1 + len(new_line)


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
    blanks after it with ``label``'s prefix, written in the note's form."""
    start, end = _line_bounds(text, offset)
    typed = typed_initials(text[start:end], offset - start)
    if typed is None:
        raise ValueError("no initials are being typed at this offset")
    after = offset
    while after < end and text[after] in " \t":
        after += 1
    prefix = speaker_style(text, start, known).form.format(label)
    return Edit(offset - len(typed), after, prefix), offset - len(typed) + len(prefix)
