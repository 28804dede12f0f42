"""People in styles of no particular community (fixtures in tests/fixtures/structure)."""

from __future__ import annotations

import pytest

from noteapp.core.edits import Edit
from noteapp.core.errors import StructureEditError
from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.attendees import edits
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


def test_a_plain_text_roll_call_is_one_person_a_line():
    assert people(fixture("rollcall-lines.md")) == [
        ("Oona Lindqvist", None, None, True),
        ("Tavita Faleolo", None, None, True),
        ("Jean-Luc Marchetti", None, None, True),
        ("Ines de la Cruz", None, None, True),
    ]


def test_a_regrets_heading_lists_people_absent():
    assert [(p[0], p[3]) for p in people(fixture("regrets-heading.md"))] == [
        ("Priya Natarajan", True),
        ("Mateo Alvarez", True),
        ("Kofi Mensah", False),
        ("Saoirse Byrne", False),
    ]


def test_a_paragraph_of_names_with_initials_needs_no_label():
    found = parse_meeting(fixture("initials-paragraph.md")).attendees
    assert [(a.name, a.initials) for a in found] == [
        ("Halima Yusuf", "HY"),
        ("Bartosz Nowak", "BN"),
        ("Eun-ji Park", "EP"),
        ("Tomás Ó Briain", "TOB"),
    ]


@pytest.mark.parametrize(
    ("name", "present", "absent"),
    [
        ("german.md", ["Jürgen Weiß", "Anke Vogel", "Dilek Şahin"], ["Matthias Brenner"]),
        (
            "french.md",
            ["Hélène Dubois", "Émile Garnier", "Noémie Lefèvre"],
            ["Gaëlle Morel", "Loïc Bernard"],
        ),
    ],
)
def test_german_and_french_labels(name, present, absent):
    found = people(fixture(name))
    assert [p[0] for p in found if p[3]] == present
    assert [p[0] for p in found if not p[3]] == absent


def test_labels_as_links_with_remarks_role_labels_in_a_bullet_and_could_not_attend():
    found = people(fixture("label-forms.md"))
    assert [(p[0], p[3]) for p in found] == [
        ("Wanjiru Kamau", True),
        ("Rohan Mehta", True),  # "- Members: Rohan Mehta, Lotte Jansen, Yusuf Demir"
        ("Lotte Jansen", True),
        ("Yusuf Demir", True),
        ("Freya Holm", False),  # "Could not attend: Freya Holm"
        ("Nadia Rahman", True),  # "Present" alone on its line, then the list
    ]


def test_organisation_groups_hold_their_people():
    found = people(fixture("org-grouped.md"))
    assert [(p[0], p[2]) for p in found] == [
        ("Noor", "Acme"),
        ("Pavel", "Acme"),
        ("Ines", "Globex"),
        ("Tomas", None),
        ("Hedda Lind", "Initech"),
    ]


def test_a_section_that_only_names_attendees_but_holds_none_is_demoted():
    meeting = parse_meeting(fixture("not-people.md"))
    assert meeting.attendees == ()
    assert {s.label: s.role for s in meeting.sections if s.source == "heading"} == {
        "Planning call, 2031-06-17": "other",
        "Attendees": "other",
        "RollCall overview": "other",
    }


def test_people_grouped_by_organisation_are_edited_in_place():
    text = fixture("org-grouped.md")
    # Without Pavel, "Acme (Noor)" would read as a person Acme of Noor: refused.
    with pytest.raises(StructureEditError, match="nothing was changed"):
        edits.remove_attendee(text, 1)
    alone = edits.remove_attendee(text, 2).apply(text)  # Ines, alone under Globex
    assert "Acme (Noor, Pavel), Tomas" in alone
    moved = edits.move_attendee(text, 3, 0).apply(text)  # Tomas first
    assert "Attendees: Tomas, Acme (Noor, Pavel), Globex (Ines)" in moved
    with pytest.raises(StructureEditError, match="organisation"):
        edits.move_attendee(text, 1, 0)


def test_a_new_person_in_a_paragraph_follows_its_form():
    text = fixture("rollcall-lines.md")
    new = edits.add_attendee(text, "Ada Lovelace", initials="AL").apply(text)
    assert "Ines de la Cruz\nAda Lovelace\n" in new  # one a line, no "(AL)": none has them
    text = fixture("initials-paragraph.md")
    new = edits.add_attendee(text, "Ada Lovelace", initials="AL").apply(text)
    assert "Tomás Ó Briain (TOB), Ada Lovelace (AL)\n" in new


def test_an_html_table_of_people_is_read_by_its_header():
    assert people(fixture("html-table.md")) == [
        ("Maren Holt", "mholt", "Fjord Labs", True),
        ("Tomás Ruiz", "truiz", "Lumen & Co", True),
        ("Priya Natarajan", None, "Open Seas", True),
    ]
    roles = [(s.label, s.role) for s in parse_meeting(fixture("html-table.md")).sections]
    assert ("Attendees", "attendees") in roles


def test_an_html_table_is_edited_row_by_row_in_its_own_form():
    text = fixture("html-table.md")
    added = edits.add_attendee(text, "Ada Lovelace", handle="ada", affiliation="A & B").apply(text)
    assert (
        "    <td>Open Seas</td>\n  </tr>\n  <tr>\n    <td><b>Ada Lovelace</b></td>\n"
        "    <td>@ada</td>\n    <td>A &amp; B</td>\n  </tr>\n</table>\n" in added
    )
    assert people(added)[-1] == ("Ada Lovelace", "ada", "A & B", True)
    renamed = edits.update_attendee(text, 1, name="Tomás Ruiz-Peña", handle="").apply(text)
    assert "  <tr><td>Tomás Ruiz-Peña</td><td></td><td>Lumen &amp; Co</td></tr>\n" in renamed
    given = edits.update_attendee(text, 2, handle="priya").apply(text)
    assert "    <td><b>Priya Natarajan</b></td>\n    <td>@priya</td>\n" in given
    for index, name in enumerate(["Maren Holt", "Tomás Ruiz", "Priya Natarajan"]):
        removed = edits.remove_attendee(text, index).apply(text)
        assert name not in removed and "<tr>\n  <tr>" not in removed
        assert [p[0] for p in people(removed)] == [p[0] for p in people(text) if p[0] != name]
    moved = edits.move_attendee(text, 0, 2).apply(text)
    assert [p[0] for p in people(moved)] == ["Tomás Ruiz", "Priya Natarajan", "Maren Holt"]


def test_an_html_table_of_something_else_holds_nobody():
    table = "<table><tr><th>Topic</th></tr><tr><td>Budget</td></tr></table>"
    text = f"# Call\n\n## Attendees\n\n{table}\n"
    assert people(text) == []
