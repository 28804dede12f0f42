"""Initials for walk-ins: from the name, unique among the attendees, readable back."""

from __future__ import annotations

import pytest

from noteapp.core.attendee_edits import add_attendee
from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.attendees.initials import derived_initials


@pytest.mark.parametrize(
    ("name", "taken", "initials"),
    [
        ("Dorothy Vaughan", [], "DV"),
        ("Jaime Rodríguez-Guerra", [], "JRG"),
        ("Ábel Ñúñez", ["AL"], "AN"),
        ("Maria van Niekerk", ["MvN"], "MN"),
        ("Dorothy Vaughan", ["DV"], "DoV"),
        ("Dorothy Vaughan", ["dv", "DOV"], "DVA"),
        ("Kai", [], "KA"),
        ("Kai", ["KA"], "KAI"),
        ("李小龍", [], None),
        ("Al Li", ["AL", "ALL", "ALI"], None),  # nothing free that reads as initials
    ],
)
def test_derived_initials(name, taken, initials):
    assert derived_initials(name, taken) == initials


def test_a_walk_in_in_an_inline_note_is_written_name_and_initials():
    text = "# Call\n\n**Attending:** Dana Vo (DV), Eve Ng (EN)\n"
    edit = add_attendee(text, "Dorothy Vaughan")
    after = edit.apply(text)
    assert "**Attending:** Dana Vo (DV), Eve Ng (EN), Dorothy Vaughan (DoV)\n" in after
    assert parse_meeting(after).attendees[-1].initials == "DoV"


def test_given_initials_are_kept():
    text = "# Call\n\n**Attending:** Dana Vo (DV)\n"
    after = add_attendee(text, "Dorothy Vaughan", "DOT").apply(text)
    assert "Dorothy Vaughan (DOT)" in after
