"""The topics of a meeting: what it was to go through, as a person reads the agenda.

``Meeting.agenda`` is the agenda's outline (every item at every depth, for the panel);
the topics are the items a person would call the agenda:

- the top-level items of the agenda list, and the sub-headings of an agenda section;
- not the logistics listed under an agenda heading (``Time:``, ``Call:``, ``Chair:``,
  a link to the agenda document) nor remarks (``(ran out of time)``, ``None``);
- a top-level item that only groups others (``**New business:**``, ``**Carry-over**``
  with items under it, and no time box of its own) is not a topic: its items are;
- a note without an agenda list has the headings of its body as topics: the headings
  one level below the title that name no other part (attendees, actions, minutes...),
  or the sub-headings of a "Notes"/"Discussion" heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from noteapp.core.meeting.vocabulary import label_role
from noteapp.core.outline import PSEUDO_LEVEL
from noteapp.core.structure import AgendaItem
from noteapp.core.tasks import timebox_minutes

if TYPE_CHECKING:
    from noteapp.core.meeting.sections import MeetingSection
    from noteapp.core.outline import Outline

_BOLD_ONLY = re.compile(r"(?:\*\*|__)[^*_\n]+(?:\*\*|__)[ \t]*:?[ \t]*|[^:\n]{1,60}:[ \t]*")
_REMARK = re.compile(r"\(.*\)|none\.?|n/a|tbd|-+|—", re.I)
_NOT_TOPIC_ROLES = frozenset(("logistics", "when", "roles", "attendees", "apologies"))
_CONTENT_ROLES = frozenset(("attendees", "apologies", "roles", "actions", "carryover", "agenda"))


def find_topics(
    outline: Outline, agenda: Sequence[AgendaItem], sections: Sequence[MeetingSection]
) -> tuple[AgendaItem, ...]:
    topics = _agenda_topics(agenda)
    if topics:
        return topics
    return _heading_topics(outline, sections)


def _agenda_topics(agenda: Sequence[AgendaItem]) -> tuple[AgendaItem, ...]:
    out: list[AgendaItem] = []
    for i, item in enumerate(agenda):
        if item.depth == 0:
            if _is_aside(item.text):
                continue
            children = []
            for later in agenda[i + 1 :]:
                if later.depth == 0:
                    break
                if later.depth == 1:
                    children.append(later)
            if children and _groups_only(item.text):
                out.extend(c for c in children if not _is_aside(c.text))
                continue
            out.append(item)
    return tuple(out)


def _is_aside(text: str) -> bool:
    """Logistics and remarks under an agenda heading: not topics."""
    bare = text.strip(" *_")
    if not bare or _REMARK.fullmatch(bare):
        return True
    head, colon, _rest = text.partition(":")
    return bool(colon) and len(head) < 40 and label_role(head, 1) in _NOT_TOPIC_ROLES


def _groups_only(text: str) -> bool:
    """A label that only names a group of items: bold alone, or "Name:" with nothing
    after it, and no time box of its own."""
    return bool(_BOLD_ONLY.fullmatch(text.strip())) and timebox_minutes(text) is None


def _heading_topics(outline: Outline, sections: Sequence[MeetingSection]) -> tuple[AgendaItem, ...]:
    heads = [s for s in sections if s.source == "heading" and s.level < PSEUDO_LEVEL]
    if not heads:
        return ()
    top = min(s.level for s in heads)
    titles = [s for s in heads if s.level == top]
    body = heads
    if len(titles) == 1 and titles[0] is heads[0]:  # the title: its sub-headings
        body = [s for s in heads if s.level > top]
    if not body:
        return ()
    level = min(s.level for s in body)
    out: list[AgendaItem] = []
    for section in body:
        if section.level == level and section.role not in _CONTENT_ROLES:
            if section.role == "minutes":
                out.extend(
                    _topic(outline, s)
                    for s in body
                    if s.level == level + 1
                    and section.start <= s.start < section.end
                    and s.role not in _CONTENT_ROLES
                )
            elif section.role == "other":
                out.append(_topic(outline, section))
    return tuple(out)


def _topic(outline: Outline, section: MeetingSection) -> AgendaItem:
    text = section.label
    return AgendaItem(
        text,
        None,
        0,
        timebox_minutes(text),
        section.first,
        section.start,
        outline.line_end(section.first),
    )
