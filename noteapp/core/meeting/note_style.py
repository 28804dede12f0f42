"""The learned style of all of a note's parts at once (:class:`NoteStyle`), for
``noteapp inspect`` and the window: what a new section would look like, and why."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.attendees.learned import attendee_style
from noteapp.core.meeting.section_styles import action_style, agenda_style
from noteapp.core.meeting.style import NoteStyle, Sources, Template


def note_style(
    text: str,
    like: Iterable[str] = (),
    template: Template = None,
    roles: Mapping[str, str] | None = None,
) -> NoteStyle:
    """Each part's style, learned from ``text``, the series' earlier notes ``like``
    (newest first), its ``template``, else the default."""
    sources = Sources(text, like, template)
    meeting = parse_meeting(text, roles=roles)  # the note's own parse, once for both parts
    return NoteStyle(
        attendees=attendee_style(sources, roles),
        agenda=agenda_style(sources, roles, meeting),
        actions=action_style(sources, roles, meeting),
    )
