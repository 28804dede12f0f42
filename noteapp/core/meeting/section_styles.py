"""Where a note's agenda and action items go, and the style of those sections learned
from a note (:class:`SectionStyle`), for a note that has no such section yet."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace

from noteapp.core.meeting import Meeting, parse_meeting
from noteapp.core.meeting.style import (
    DEFAULT_ACTIONS,
    DEFAULT_AGENDA,
    Owners,
    SectionStyle,
    Sources,
    learned,
)
from noteapp.core.meeting.tasks import model
from noteapp.core.text.outline import Section

Roles = Mapping[str, str] | None  # the section roles taught for the series

# Where new agenda items go when a note has several agenda sections.
_ADD_HERE = re.compile(r"\bnew\b|__new__|\byour\b|add here", re.I)
_STANDING = re.compile(r"standing|active votes|announcement|from previous", re.I)
_NEW = re.compile(r"\bnew\b", re.I)
# An action-item section below one of these is a past meeting's.
_PAST = re.compile(r"previous|last meeting|meetings ago|archive", re.I)


def taught_headings(meeting: Meeting) -> dict[int, str]:
    """The taught headings of ``meeting``: offset -> role."""
    return {s.start: s.role for s in meeting.sections if s.taught and s.source == "heading"}


def main_agenda(meeting: Meeting) -> Section | None:
    """Where new agenda items go: the last section that asks for them ("Your __new__()
    agenda items", "New agenda items", "add here"); else the last agenda section that is
    not a standing one (the first, in an archive that repeats one heading). A heading
    taught as the agenda is one; one taught as something else is not."""
    taught = taught_headings(meeting)
    sections = [
        s for s in meeting.outline.sections if taught.get(s.heading.start, s.kind) == "agenda"
    ]
    wanted = [s for s in sections if _ADD_HERE.search(s.heading.text)]
    if wanted:
        return wanted[-1]
    plain = [s for s in sections if not _STANDING.search(s.heading.text)] or sections
    if not plain:
        return None
    names = [s.heading.text.lower() for s in plain]
    # One agenda heading written again and again: a yearly archive, newest meeting first.
    return plain[0] if len(set(names)) < len(names) else plain[-1]


def main_actions(meeting: Meeting) -> Section | None:
    """This meeting's action-item section: a heading the section model reads as one
    (its items are what the action reader reads), not one under a past meeting's
    heading; a "New Action items" one if there is one, else the first."""
    outline = meeting.outline
    sections = outline.sections
    parents = model(outline).parents
    actions = {s.start for s in meeting.sections if s.role == "actions" and s.source == "heading"}
    taught = taught_headings(meeting)
    current = []
    for i, section in enumerate(sections):
        kind = taught.get(section.heading.start, section.kind)
        if kind != "actions" or section.heading.start not in actions:
            continue
        j = parents[i]
        while j is not None and not (
            sections[j].kind == "carryover" or _PAST.search(sections[j].heading.text)
        ):
            j = parents[j]
        if j is None:
            current.append(section)
    new = [s for s in current if _NEW.search(s.heading.text)]
    return new[-1] if new else (current[0] if current else None)


def owner_votes(meeting: Meeting) -> Owners | None:
    """How the note's action items name their owners: "(JK) ..." or "Name: ..."; None
    on a tie (or none)."""
    votes = Counter(
        "paren" if a.text.startswith("(") else "colon"
        for a in meeting.action_items
        if a.owners and (a.text.startswith("(") or ":" in a.text[:40])
    )
    if votes["paren"] == votes["colon"]:
        return None
    return "paren" if votes["paren"] > votes["colon"] else "colon"


# -- the style learned from a note ------------------------------------------------------------

_BOX = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\]")


def agenda_style(
    sources: Sources, roles: Roles = None, meeting: Meeting | None = None
) -> SectionStyle:
    """The agenda style of the first of ``sources`` with agenda items, else ``## Agenda``
    with boxes; ``meeting`` is the note's own parse, if the caller has it."""
    return learned(
        sources,
        lambda text, blank: _agenda_of(_parsed(text, roles, meeting), blank),
        DEFAULT_AGENDA,
    )


def action_style(
    sources: Sources, roles: Roles = None, meeting: Meeting | None = None
) -> SectionStyle:
    """The action-item style of the first of ``sources`` with action items in a section
    of their own, else ``## Action items`` without boxes (``meeting`` as for
    :func:`agenda_style`)."""
    return learned(
        sources,
        lambda text, blank: _actions_of(_parsed(text, roles, meeting), blank),
        DEFAULT_ACTIONS,
    )


def _parsed(text: str, roles: Roles, meeting: Meeting | None) -> Meeting:
    if meeting is not None and meeting.text is text:
        return meeting
    return parse_meeting(text, roles=roles)


def _heading_line(meeting: Meeting, section: Section) -> str:
    return meeting.outline.line_text(section.heading.line).rstrip()


def _agenda_of(meeting: Meeting, blank: bool = False) -> SectionStyle | None:
    """The note's main agenda section, if it has items (``blank``: or none)."""
    section = main_agenda(meeting)
    if section is None:
        return None
    items = [a for a in meeting.agenda if section.start <= a.start < section.end and not a.depth]
    if not items:
        return replace(DEFAULT_AGENDA, heading=_heading_line(meeting, section)) if blank else None
    boxed = sum(a.checked is not None for a in items)
    return SectionStyle(_heading_line(meeting, section), 2 * boxed >= len(items))


def _actions_of(meeting: Meeting, blank: bool = False) -> SectionStyle | None:
    """The note's action-item section, if it has items (``blank``: or none)."""
    section = main_actions(meeting)
    if section is None:
        return None
    items = [a for a in meeting.action_items if section.start <= a.start < section.end]
    if not items:
        return replace(DEFAULT_ACTIONS, heading=_heading_line(meeting, section)) if blank else None
    outline = meeting.outline
    boxed = sum(bool(_BOX.match(outline.line_text(a.line))) for a in items)
    return SectionStyle(
        _heading_line(meeting, section), 2 * boxed >= len(items), owner_votes(meeting)
    )
