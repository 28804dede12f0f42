"""Attendee edits, each one ``Edit`` written in the note's own style.

The edits now live in :mod:`noteapp.core.meeting.attendees.edits`; this module keeps
the public names scripts import from here (README, "Python API for scripts and bots").
"""

from __future__ import annotations

from noteapp.core.meeting.attendees.edits import (
    absence_removes,
    add_attendee,
    move_attendee,
    remove_attendee,
    set_present,
    update_attendee,
)

__all__ = [
    "absence_removes",
    "add_attendee",
    "move_attendee",
    "remove_attendee",
    "set_present",
    "update_attendee",
]
