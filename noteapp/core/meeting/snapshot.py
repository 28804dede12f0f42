"""The meeting snapshot: everything noteapp knows about a note, parsed in one go.

``parse_meeting`` is cheap enough to run after every pause in typing: one outline
scan and one block scan (:mod:`.blocks`), the sections with their roles
(:mod:`.sections`), then each reader looks only at the sections it cares about.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from noteapp.core.meeting.actions import find_actions
from noteapp.core.meeting.attendees.scanner import (
    demote_empty_attendee_sections,
    parse_attendees,
)
from noteapp.core.meeting.blocks import Block, scan_blocks
from noteapp.core.meeting.links import find_links
from noteapp.core.meeting.lists import ListIndex
from noteapp.core.meeting.record import MEETING, Reading, read_record
from noteapp.core.meeting.sections import MeetingSection, find_sections, section_at
from noteapp.core.meeting.structure import (
    ActionItem,
    AgendaItem,
    Attendee,
    AttendeeGroup,
    Link,
    TaskItem,
    When,
)
from noteapp.core.meeting.tasks import count_speakers, parse_agenda, parse_checklist
from noteapp.core.meeting.topics import find_topics
from noteapp.core.meeting.when import find_when
from noteapp.core.text.collector import collector_paused
from noteapp.core.text.frontmatter import FrontMatter, parse_front_matter
from noteapp.core.text.outline import Outline
from noteapp.core.text.stopping import check, stoppable
from noteapp.core.text.text_cache import begin_parse, sweep


class Meeting(NamedTuple):
    front_matter: FrontMatter
    outline: Outline
    attendees: tuple[Attendee, ...]
    attendee_groups: tuple[AttendeeGroup, ...]
    checklist: tuple[TaskItem, ...]
    agenda: tuple[AgendaItem, ...]
    action_items: tuple[ActionItem, ...]
    speakers: dict[str, int]
    when: When
    links: tuple[Link, ...]
    blocks: tuple[Block, ...] = ()
    sections: tuple[MeetingSection, ...] = ()
    topics: tuple[AgendaItem, ...] = ()  # the agenda as a person reads it (.topics)
    roles: tuple[tuple[str, str], ...] = ()  # the taught roles it was read with (sorted)
    reading: Reading = MEETING  # read as a meeting's record or not, and why (.record)

    @property
    def text(self) -> str:
        return self.outline.text

    def section_at(self, offset: int) -> MeetingSection | None:
        """What is at ``offset``: the innermost section holding it (its role says
        whether a speaker prefix, an attendee or an action item belongs there)."""
        return section_at(self.sections, offset)

    def as_json(self) -> dict[str, Any]:
        """The meeting part of ``noteapp inspect --json``."""
        when = self.when
        return {
            "date": when.date.isoformat() if when.date else None,
            "start": when.start.isoformat() if when.start else None,
            "timezone": when.timezone,
            "attendees": [a.as_json() for a in self.attendees],
            "checklist": [t.as_json() for t in self.checklist],
            "agenda": [a.as_json() for a in self.agenda],
            "action_items": [a.as_json() for a in self.action_items],
            "speakers": dict(self.speakers),
            "links": [link.as_json() for link in self.links],
            "topics": [{"line": t.line, **t.as_json()} for t in self.topics],
            "sections": [s.as_json() for s in self.sections],
            "read_as": self.reading.as_json(),
        }


def parse_meeting(
    text: str,
    path: str | Path | None = None,
    roles: Mapping[str, str] | None = None,
    stop: threading.Event | None = None,
    previous: Meeting | None = None,
) -> Meeting:
    """Read the meeting structure of ``text`` (``\\n`` newlines); ``path`` helps date it;
    ``roles`` (normalised label -> role) are what the user taught for this series.
    Once ``stop`` is set (from another thread) the parse raises ParseStopped
    (:mod:`noteapp.core.text.stopping`) within microseconds.  ``previous``: the snapshot
    of an earlier version of the text (typing since), whose unchanged parts are reused;
    the result is the same as without it."""
    begin_parse()
    with collector_paused(), stoppable(stop):
        meeting = _parse(text, path, roles, previous)
    sweep()  # not after a stopped parse: what it did not reach is still in use
    return meeting


def _parse(
    text: str,
    path: str | Path | None,
    roles: Mapping[str, str] | None,
    previous: Meeting | None,
) -> Meeting:
    fm = parse_front_matter(text)
    if previous is None:
        outline = Outline(text, fm.end)
    else:
        outline = Outline.after_edit(previous.outline, text, fm.end)
    check()
    blocks = scan_blocks(outline, previous.blocks if previous is not None else ())
    sections = find_sections(outline, blocks, fm.end, roles)
    check()
    checklist = parse_checklist(outline, previous.checklist if previous is not None else ())
    attendees, groups = parse_attendees(outline, fm, sections)
    sections = demote_empty_attendee_sections(outline, sections, groups)
    check()
    links = find_links(outline)
    check()
    taught = {s.start: s.role for s in sections if s.taught and s.source == "heading"}
    # a taught role may change with a section's content (an empty attendee section is
    # demoted): the previous agenda is reused only where none was taught
    untaught = previous is not None and not taught and not previous.roles
    agenda = parse_agenda(
        outline, checklist, taught, previous.agenda if previous is not None and untaught else ()
    )
    check()
    index = ListIndex(outline, blocks)  # the list items, read once for both readers
    speakers = count_speakers(outline)
    check()
    when = find_when(outline, fm, Path(path) if path else None, links)
    check()
    reading = read_record(outline, fm, sections, attendees, checklist, speakers, when)
    topics = find_topics(outline, agenda, sections, blocks, index, reading.record)
    check()
    return Meeting(
        front_matter=fm,
        outline=outline,
        attendees=attendees,
        attendee_groups=groups,
        checklist=checklist,
        agenda=agenda,
        action_items=find_actions(outline, blocks, sections, checklist, topics, attendees, index),
        speakers=speakers,
        when=when,
        links=links,
        blocks=blocks,
        sections=sections,
        topics=topics,
        roles=tuple(sorted((roles or {}).items())),
        reading=reading,
    )
