"""The block scan and the section model: every part of a note has a role."""

from __future__ import annotations

import pytest

from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.blocks import list_items
from noteapp.core.text.vocabulary import label_role, normalize

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
