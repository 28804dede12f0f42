"""The block scan and the section model: every part of a note has a role."""

from __future__ import annotations

import pytest

from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.blocks import list_items
from noteapp.core.meeting.vocabulary import label_role, normalize

NOTE = """\
# Weekly call, 3 March 2031

* Chair: Imke Vos
* Scribe: Rafael Ortiz

**Present:** Imke Vos, Rafael Ortiz, Lior Ben-David

**Regrets:** Sunita Rao

## Agenda

1. [15m] Release plan
   - dates
2. Budget

| Name | Org |
|------|-----|
| a    | b   |

Name | Org
---- | ---
c    | d

<table>
<tr><td>x</td>

<td>y</td></tr>
</table>

```
## not a heading
- not an item
```

<!--
Present: nobody
-->

## Action items

- [ ] Lior to draft the plan
"""


def roles(text: str) -> list[tuple[str, str, str]]:
    return [(s.role, s.source, s.label) for s in parse_meeting(text).sections]


def test_blocks_have_their_kinds_and_line_spans():
    meeting = parse_meeting(NOTE)
    found = [(b.kind, b.first, b.last) for b in meeting.blocks]
    assert found == [
        ("heading", 1, 1),
        ("list", 3, 4),
        ("paragraph", 6, 6),
        ("paragraph", 8, 8),
        ("heading", 10, 10),
        ("list", 12, 14),
        ("table", 16, 18),
        ("table", 20, 22),
        ("html", 24, 28),
        ("code", 30, 33),
        ("comment", 35, 37),
        ("heading", 39, 39),
        ("list", 41, 41),
    ]
    agenda_list = meeting.blocks[5]
    items = list_items(meeting.outline, agenda_list)
    assert [(i.line, i.depth, i.marker) for i in items] == [
        (12, 0, "1."),
        (13, 1, "-"),
        (14, 0, "2."),
    ]


def test_sections_take_their_role_from_the_label():
    assert roles(NOTE) == [
        ("other", "heading", "Weekly call, 3 March 2031"),
        ("roles", "label", "Chair"),
        ("roles", "label", "Scribe"),
        ("attendees", "label", "Present"),
        ("apologies", "label", "Regrets"),
        ("agenda", "heading", "Agenda"),
        ("actions", "heading", "Action items"),
    ]


def test_the_caret_asks_what_is_here():
    meeting = parse_meeting(NOTE)
    assert meeting.section_at(NOTE.index("Rafael Ortiz, Lior")).role == "attendees"
    assert meeting.section_at(NOTE.index("Budget")).role == "agenda"
    assert meeting.section_at(NOTE.index("Lior to draft")).role == "actions"
    assert meeting.section_at(0).role == "other"


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("👥 Attendees (sign yourself in)", "attendees"),
        ("**Attendees**", "attendees"),
        ("[Attendees](https://example.org/signin)", "attendees"),
        ("Attendance", "attendees"),
        ("Anwesend", "attendees"),
        ("Présents", "attendees"),
        ("参会人", "attendees"),
        ("Regrets", "apologies"),
        ("Could not attend", "apologies"),
        ("Entschuldigt", "apologies"),
        ("Agenda: [issues](https://example.org)", "agenda"),
        ("Tagesordnung", "agenda"),
        ("Ordre du jour", "agenda"),
        ("New Action items", "actions"),
        ("Next steps", "actions"),
        ("Decisions/Action Items", "actions"),
        ("Previous action items", "carryover"),
        ("Scribe(s)", "roles"),
        # a label that only contains a word does not take its role
        ("Topics from attendees", "agenda"),
        ("Non-members", None),
        ("Review of action items", None),
        ("Minutes of the Executive Council meeting of April 20, 2031", None),
    ],
)
def test_label_vocabulary(label, role):
    assert label_role(label) == role


def test_normalize_keeps_the_head_words():
    assert normalize("**Agenda** (15 min)") == "agenda"
    assert normalize("**Agenda:** [github](x)") == "agenda"
    assert normalize("Attendees (32)") == "attendees"


def test_a_heading_over_nothing_but_code_is_still_a_section():
    text = "# T\n\n## Attendees\n\n```\n- x\n```\n"
    assert ("attendees", "heading", "Attendees") in roles(text)


def test_user_taught_roles_win():
    text = "# T\n\n## Crew\n\n- Ada Lovelace\n- Alan Turing\n"
    assert ("other", "heading", "Crew") in roles(text)
    meeting = parse_meeting(text, roles={"crew": "attendees"})
    crew = next(s for s in meeting.sections if s.label == "Crew")
    assert (crew.role, crew.taught) == ("attendees", True)


def test_a_bare_todo_under_an_attendee_heading_is_a_placeholder_not_an_action_label():
    text = "# Call\n\n## Attendance\nTODO\n\n- Zed Example (ZE)\n- Ada Lovelace (AL)\n"
    m = parse_meeting(text)
    assert [a.name for a in m.attendees] == ["Zed Example", "Ada Lovelace"]
    assert m.action_items == ()
    labelled = "# Call\n\n## Notes\nTODO\n\n- Zed to fix the build\n"
    assert [a.text for a in parse_meeting(labelled).action_items] == ["Zed to fix the build"]


@pytest.mark.parametrize(
    ("note", "action", "owners"),
    [
        (  # an action label after the end of a sentence
            "- Discussed the delegate process. Action item: Carol will amend PEP 1\n",
            "Carol will amend PEP 1",
            ("Carol",),
        ),
        (  # a bold marker after a sentence
            "* The budget was presented. ****ACTION****: EWilliams will track the values.\n",
            "EWilliams will track the values.",
            ("EWilliams",),
        ),
        ("* (MRB) [ ] make PR on the bot\n", "make PR on the bot", ("MRB",)),  # owner, box
        ("* ( ) [ ] make a hint\n", "make a hint", ()),  # an owner slot left empty
        (  # "Name to <verb>" opening a sentence inside a paragraph
            "**Attending**: Ryan Williams, Martin\n\nDiscussing #645;\nMartin to have a look.\n",
            "Martin to have a look.",
            ("Martin",),
        ),
    ],
)
def test_actions_in_the_middle_of_a_line_after_an_owner_or_a_sentence(note, action, owners):
    found = parse_meeting("# Call\n\n## Notes\n\n" + note).action_items
    assert [(a.text, a.owners) for a in found] == [(action, owners)]


def test_an_action_table_is_read_by_its_columns_and_a_table_of_titles_is_not():
    note = (
        "# Call\n\n## Actions Needed\n\n| # | Description | Owner |\n|---|---|---|\n"
        "| 78.1 | UNGAS to be specified in an EIP draft | Ada, Grace |\n"
        "| **78.2** | Discuss timings for the next fork | |\n"
    )
    found = parse_meeting(note).action_items
    assert [(a.text, a.owners, a.line) for a in found] == [
        ("UNGAS to be specified in an EIP draft", ("Ada", "Grace"), 7),
        ("Discuss timings for the next fork", (), 8),
    ]
    titles = (
        "# Call\n\n## Action items\n\n| Action Item | Description | Video ref |\n|---|---|---|\n"
        "| **1** | Client Updates | [1:00](https://youtu.be/x?t=55) |\n"
        "| **2** | Altair Planning | [9:55](https://youtu.be/x?t=589) |\n"
    )
    assert parse_meeting(titles).action_items == ()


def test_two_action_markers_on_one_line_are_two_actions():
    line = "* **ACTION**: Ed will draft it. Fees were discussed. **ACTION**: Juan will file it."
    note = f"# Call\n\n## Notes\n\n{line}\n"
    found = parse_meeting(note).action_items
    assert [(a.line, a.owners) for a in found] == [(5, ("Ed",)), (5, ("Juan",))]
    assert found[1].text == "Juan will file it."
