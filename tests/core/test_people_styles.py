"""People in styles of no particular community (fixtures in tests/fixtures/structure)."""

from __future__ import annotations

import pytest

from noteapp.core import attendee_edits as edits
from noteapp.core.edits import Edit
from noteapp.core.errors import StructureEditError
from noteapp.core.meeting import parse_meeting
from tests.conftest import FIXTURES

STRUCTURE = FIXTURES / "structure"


def fixture(name: str) -> str:
    return (STRUCTURE / name).read_text(encoding="utf-8")


def people(text: str) -> list[tuple[str, str | None, str | None, bool]]:
    return [(a.name, a.handle, a.affiliation, a.present) for a in parse_meeting(text).attendees]


def test_one_bullet_is_one_person_whatever_follows_the_name():
    assert people(fixture("roles-after-comma.md")) == [
        ("Imke Vos", None, "chair", True),
        ("Rafael Ortiz", None, "treasurer", True),
        ("Sunita Rao", None, "secretary", True),
    ]


def test_adding_to_a_list_of_name_role_org_bullets_writes_a_new_bullet():
    """The defect: ", Ada Lovelace" was appended to the last person's line."""
    text = fixture("roles-after-comma.md")
    new = edits.add_attendee(text, "Ada Lovelace").apply(text)
    assert "- Sunita Rao, secretary, Kettle & Co\n- Ada Lovelace\n" in new
    assert [p[0] for p in people(new)][-1] == "Ada Lovelace"


def test_an_edit_that_would_change_another_entry_is_refused(monkeypatch):
    text = fixture("roles-after-comma.md")
    at = text.index("Kettle & Co") + len("Kettle & Co")
    monkeypatch.setattr(edits, "_add_to", lambda *_a: Edit(at, at, ", Ada Lovelace"))
    with pytest.raises(StructureEditError, match="nothing was changed"):
        edits.add_attendee(text, "Ada Lovelace")


def test_a_roll_call_by_handle():
    text = fixture("handles-rollcall.md")
    assert people(text) == [
        ("wren", "wren", None, True),
        ("otto-k", "otto-k", None, True),
        ("maya", "maya", None, True),
    ]
    new = edits.add_attendee(text, "Zoe Park", handle="zoe").apply(text)
    assert "* @maya\n- @zoe\n" in new or "* @maya\n* @zoe\n" in new
    renamed = edits.update_attendee(text, 0, name="Wren Adler").apply(text)
    assert "- Wren Adler\n" in renamed


def test_none_is_nobody_and_organisation_groups_hold_people():
    found = people(fixture("org-grouped.md"))
    assert ("None", None, None, False) not in found
    assert [p for p in found if p[0] == "Hedda Lind"] == [("Hedda Lind", None, "Initech", True)]


def test_present_and_regrets_paragraphs_without_a_heading():
    assert people(fixture("regrets-paragraph.md")) == [
        ("Ana Silva", None, None, True),
        ("Bjørn Dahl", None, None, True),
        ("Chen Wei", None, None, True),
        ("Dara Okafor", None, None, False),
    ]
