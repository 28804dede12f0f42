"""Action items and their owners in conventions read from general note-taking habits
(fixtures of our own, not corpus lines)."""

from __future__ import annotations

import pytest

from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.tasks import owners_of


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        # a role of the meeting before "will"
        ("the chair will circulate the draft budget", ("chair",)),
        ("the weather will improve", ()),
        # the names at the end, after a colon
        ("two volunteers to review the budget: Priya and Tomas", ("Priya", "Tomas")),
        ("review the budget: see the spreadsheet", ()),
        # an owner in a later clause
        ("Lena proposes a vote, Omar seconds, Lena will email the board", ("Lena",)),
        # "Name and Name working on ... and Name to ..."
        (
            "Bea and Carl working on a migration plan and Dora to review it",
            ("Bea", "Carl", "Dora"),
        ),
        # a group named after "All" is not "All"
        ("All Steering Committee members will vote by Friday", ()),
        ("All read the proposal before the call", ("All",)),
    ],
)
def test_owners_written_after_the_start(text: str, owners: tuple[str, ...]) -> None:
    assert owners_of(text) == owners


def _actions(text: str) -> list[tuple[int, str, tuple[str, ...]]]:
    meeting = parse_meeting(text)
    return [(a.line, a.text, a.owners) for a in meeting.action_items]


def _lines(text: str) -> list[int]:
    """The lines of the note's action items."""
    return [a.line for a in parse_meeting(text).action_items]


def test_a_capitalised_word_in_parentheses_is_an_account_where_the_list_writes_accounts():
    note = (
        "# Sync\n\n## Attendees\n\nRosa Diaz (rosad)\nKen Ito (kito42)\nUma Patel (Ghostwriter)\n"
        "Lee Park\n"
    )
    people = {a.name: (a.handle, a.affiliation) for a in parse_meeting(note).attendees}
    assert people["Uma Patel"] == ("Ghostwriter", None)
    assert people["Rosa Diaz"] == ("rosad", None)


def test_a_capitalised_word_in_parentheses_stays_an_organisation_among_organisations():
    note = "# Sync\n\n## Attendees\n\n- Rosa Diaz (Acme)\n- Ken Ito (Initech)\n- Uma Patel (umap)\n"
    people = {a.name: (a.handle, a.affiliation) for a in parse_meeting(note).attendees}
    assert people["Rosa Diaz"] == (None, "Acme")
    assert people["Ken Ito"] == (None, "Initech")


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("KLM Draft the charter text", ("KLM",)),  # initials, then a capitalised verb
        ("Theo Draft the charter", ()),  # a capitalised second word after a name: a title
        ("dW to draft the charter", ("dW",)),  # initials written in mixed case
    ],
)
def test_initials_before_a_verb_own_the_action(text: str, owners: tuple[str, ...]) -> None:
    assert owners_of(text) == owners


def test_a_reviewed_action_list_under_a_heading_naming_actions():
    note = (
        "# Weekly call\n\n## Attendees\n\n* Sam Okafor\n* Dana White (dW)\n\n"
        "## Going over last week's action items\n\n"
        "* dW to draft the charter - done\n"
        "* Sam to book the room - pending\n"
        "* KLM Draft the budget, will share soon\n\n"
        "## Discussion\n\n* we talked about the venue\n"
    )
    assert _actions(note) == [
        (10, "dW to draft the charter - done", ("dW",)),
        (11, "Sam to book the room - pending", ("Sam",)),
        (12, "KLM Draft the budget, will share soon", ("KLM",)),
    ]


def test_a_heading_naming_actions_over_discussion_holds_none():
    note = (
        "# Weekly call\n\n## Attendees\n\n* Sam Okafor\n\n"
        "## Going over last week's action items\n\n"
        "* the budget is late\n* we should ask about the room\n"
        "* Sam to book the room\n"
    )
    assert _lines(note) == [11]


_ROSTER = "# Sync\n\n## Attendees\n\n* Rosa Diaz\n* Ken Ito\n\n## Notes\n\n"


def test_a_connective_before_the_name_to_line():
    note = _ROSTER + "* Release on Monday\n  * Otherwise Ken to revert the patch.\n"
    assert _actions(note) == [(11, "Otherwise Ken to revert the patch.", ("Ken",))]


def test_a_name_then_capitalised_words_before_to_is_not_always_a_name():
    note = _ROSTER + "- Talks\n    - Rosa Expected PyConf to be biased towards vendors\n"
    assert _actions(note) == []


def test_next_step_in_the_singular_labels_an_action():
    note = _ROSTER + "* Next step: ask the list who wants to co-lead\n"
    assert _actions(note) == [(10, "ask the list who wants to co-lead", ())]


def test_numbered_titles_divide_an_action_heading():
    note = (
        "# Team report\n\n## Actions\n\n"
        "1. Questions for the board\n"
        "    - Should we rename the project?\n"
        "2. Next actions (team)\n\n"
        "* Write the rename proposal\n"
        "* Ask the board for a slot\n"
    )
    assert _lines(note) == [9, 10]


def test_a_numbered_list_of_actions_is_not_divided():
    note = "# Call\n\n## Actions\n\n1. Write the proposal\n2. Ask the board for a slot\n"
    assert _lines(note) == [5, 6]


def test_a_subject_title_over_tasks_in_an_action_section():
    note = (
        "# Call\n\n## Next steps\n\n"
        "* Onboarding material\n"
        "    * Draft a newcomer guide\n"
        "    * the guide should link the forum\n"
        "* Send the summary to the list\n"
        "    * mention the survey\n"
    )
    assert _lines(note) == [6, 7, 8]


def test_a_to_do_label_naming_its_owners_over_items():
    note = (
        _ROSTER + "* Planning the sprint\n"
        "    * Todo: Rosa and Ken\n"
        "        * Book the room\n"
        "        * Ken to order lunch\n"
    )
    assert _actions(note) == [
        (12, "Book the room", ("Rosa", "Ken")),
        (13, "Ken to order lunch", ("Ken",)),
    ]


def test_a_person_s_action_items_label_over_items():
    note = (
        _ROSTER + "- Outreach\n"
        "  - **Rosa:** her action items\n"
        "    - Post the call for mentors\n"
        "    - Update the guide\n"
        "  - **Ken:** an update on the guide\n"
        "    - the guide is nearly done\n"
    )
    assert _actions(note) == [
        (12, "Post the call for mentors", ("Rosa",)),
        (13, "Update the guide", ("Rosa",)),
    ]


def test_remarks_under_an_action_label_are_not_actions():
    note = (
        _ROSTER + "* Next Steps -\n"
        "    * Ken had not planned to release it yet\n"
        "    * The bot is useful already\n"
        "    * Move the settings into the code\n"
        "    * The project is two parts:\n"
        "        * the schema\n"
        "    * The team agreed to try a release\n"
        "    * The team is going to write a post\n"
    )
    assert _lines(note) == [13, 16, 17]


def test_a_name_the_note_never_writes_in_lower_case_before_to_and_a_verb():
    note = (
        "# Call\n\n## Training\n\n* New material:\n"
        "  * Odile to prepare the second module\n"
        "  * Desire to have a spring school\n"
        "  * Trying to understand the workflows\n"
        "  * Sandbox to review later, the sandbox is full\n"
    )
    assert _actions(note) == [(6, "Odile to prepare the second module", ("Odile",))]


def test_a_title_line_naming_actions_among_other_things_over_a_list():
    note = (
        "# Workshop\n\nLessons / Actions / Plans\n"
        "  - Benchmark comparisons\n"
        "      - Extend the comparison to GPUs\n"
        "      - Investigate the memory use\n"
        "  - Builds are slow on the old machines\n"
        "  - Better tooling in general\n"
        "      - the compilers matter\n"
        "  - Circulate the slides to the list\n"
    )
    assert _lines(note) == [5, 6, 10]


def test_two_blank_lines_end_the_list_a_label_governs():
    note = (
        "# Call\n\n## Parser\n\nFollow-ups:\n- Port the parser\n- Tag it\n- Write the docs:\n"
        "   - both before the release\n   \n \n"
        " - Partly done in the old branch\n"
        " - Cannot drain it because the code is checked\n"
    )
    assert _lines(note) == [6, 7, 8]


def test_a_thing_named_with_a_colon_among_items_is_an_item():
    note = (
        "# Call\n\nFollow-ups:\n- Port the parser\n- Write the docs\n"
        "- extra release chores:\n   - tag the version\n   - a changelog entry\n"
    )
    assert _lines(note) == [4, 5, 6]


def test_titles_with_a_colon_over_items_group_them():
    note = (
        "# Call\n\n## Action items\n\n- Parser:\n   - port the parser\n"
        "- Docs:\n   - write the docs\n   - fix the links\n"
    )
    assert _lines(note) == [6, 8, 9]


def test_assignments_after_a_separator_in_the_middle_of_a_line():
    note = (
        _ROSTER + "- we need a how-to page for the list, linked from\n"
        "  <https://example.org/docs> -> Ken to add the link //\n"
        "  Rosa and Ken to write a first draft\n"
        "- the page is long - maybe to split later\n"
    )
    assert _actions(note) == [
        (11, "Ken to add the link", ("Ken",)),
        (12, "Rosa and Ken to write a first draft", ("Rosa", "Ken")),
    ]


def test_a_group_s_assignment_answering_a_bold_question():
    note = (
        _ROSTER + "- **any other feedback on the wording?** - docs team to\n"
        "  propose a new wording for review\n"
        "- **is the release ready?** - yes, tagged today\n"
    )
    assert _actions(note) == [(10, "docs team to", ("docs team",))]


def test_a_title_that_only_contains_a_word_for_actions_holds_no_reviewed_list():
    note = (
        "# Docs Task Force call\n\n* Contents\n\n"
        "Ken to draft the outline.\n\n## Action items\n\n- Ken to send the notes\n"
    )
    assert _lines(note) == [5, 9]


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("Add the mirror to the list (KT done)", ("KT",)),
        ("Bo and Kai coordinate to tell the venue", ("Bo", "Kai")),
        ("Bo and Kai discussed it", ()),
        ("Kai to set up the @infra-team handle for pings", ("Kai",)),
        ("A: Kai to add guidelines", ("Kai",)),
    ],
)
def test_more_ways_to_write_owners(text: str, owners: tuple[str, ...]) -> None:
    assert owners_of(text) == owners


def test_handles_to_do_something_after_and_in_a_paragraph():
    note = (
        "# Call\n\n## Builds\n\nNo winner yet. Suggestion is to look again, "
        "and @ana-b, @kto and @lee to meet on Friday to decide.\n\n"
        "## Docs\n\nA: Kai to add guidelines\n"
    )
    assert _actions(note) == [
        (5, "@ana-b, @kto and @lee to meet on Friday to decide.", ("ana-b", "kto", "lee")),
        (9, "A: Kai to add guidelines", ("Kai",)),
    ]


def test_a_linked_date_over_actions_is_not_one():
    note = "# Call\n\n### TODOs\n\n[2024-03-01](https://example.org/notes)\n\n* Ship it\n"
    assert _lines(note) == [7]


def test_people_named_together_then_a_verb():
    note = (
        "# Call\n\n## Notes\n\n- Dashboard demo\n"
        "    - Ana & Ben: Make sure the backend stays static.\n"
        "    - Ana: make sure it works\n"
        "    - Ana & Ben: the demo went well\n"
    )
    assert _actions(note) == [
        (6, "Ana & Ben: Make sure the backend stays static.", ("Ana", "Ben")),
    ]


def test_a_subject_before_a_colon_is_not_an_owner():
    note = (
        "# Call\n\n## Attendees\n\n* Ken Ito\n\n## Action items\n\n"
        "* Slides: everyone who has not sent slides should send them by Monday\n"
        "* Ken: send the agenda\n"
        "* All: read the proposal\n"
    )
    assert [owners for _l, _t, owners in _actions(note)] == [(), ("Ken",), ("All",)]


def test_an_action_heading_s_own_items_are_actions_even_when_they_state_a_fact():
    note = "# Call\n\n## Action items\n\n- The docs are stale, Ken to update them\n- CI is red\n"
    assert _lines(note) == [5, 6]


def test_next_steps_then_what_is_being_done_without_a_colon():
    note = (
        "# Call\n\n## Notes\n\n- Retreat booked for June\n"
        "    - Next steps planning the sessions\n"
        "    - Next steps were discussed at length\n"
    )
    assert _lines(note) == [6]


@pytest.mark.parametrize(
    ("line", "text", "owners"),
    [
        ("AP: Ken to send the notes", "Ken to send the notes", ("Ken",)),
        ("* [ACTION] Ken to send the notes", "Ken to send the notes", ("Ken",)),
        ("* A.I.: send the notes", "send the notes", ()),
        ("AI - Ken: send the notes", "Ken: send the notes", ("Ken",)),
        ("* Todo - send the notes", "send the notes", ()),
    ],
)
def test_abbreviated_and_upper_case_prefixes(line: str, text: str, owners: tuple) -> None:
    assert _actions(_ROSTER + line + "\n") == [(10, text, owners)]


def test_initials_that_could_be_a_speaker_s_are_a_prefix_only_over_work():
    assert _actions(_ROSTER + "AP: I think the notes are fine\n") == []


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("Send the notes (owner: Ken)", ("Ken",)),
        ("Send the notes (assigned to Ken and Rosa)", ("Ken", "Rosa")),
        ("Send the notes — Ken", ("Ken",)),
        ("Send the notes -> Ken", ("Ken",)),
        ("Send the notes [Ken]", ("Ken",)),
        ("Package them as the proposal says -> PEP-18", ()),  # a reference
    ],
)
def test_an_owner_marked_at_the_end(text: str, owners: tuple[str, ...]) -> None:
    assert owners_of(text) == owners


def test_a_lower_case_account_in_parentheses_of_someone_at_the_meeting():
    note = (
        "# Sync\n\n## Attendees\n\n* Ken Ito (@kito)\n\n## Action items\n\n"
        "* Send the notes (kito)\n* Book a room (later)\n"
    )
    assert [owners for _l, _t, owners in _actions(note)] == [("kito",), ()]


def test_a_to_do_label_over_a_subject_is_not_its_owner():
    note = (
        _ROSTER + "* Todo: Infrastructure\n    * fix the infrastructure scripts\n"
        "    * Ken to renew the certificate\n"
    )
    assert _actions(note) == [
        (11, "fix the infrastructure scripts", ()),
        (12, "Ken to renew the certificate", ("Ken",)),
    ]


def test_boxes_drawn_as_characters_and_an_owner_line_under_the_item():
    note = (
        "# Sync\n\n## Action items\n\n- ☐ send the notes (Ken)\n- ☑ book the room (Rosa)\n"
        "- Print the badges\n  - Owner: Lee\n"
    )
    meeting = parse_meeting(note)
    assert [(a.text, a.owners, a.done) for a in meeting.action_items] == [
        ("send the notes (Ken)", ("Ken",), False),
        ("book the room (Rosa)", ("Rosa",), True),
        ("Print the badges", ("Lee",), False),
    ]


def test_a_one_row_action_table_with_an_owner_column():
    note = "# Sync\n\n## Action items\n\n| Action | Owner |\n|---|---|\n| Send notes | Ken |\n"
    assert _actions(note) == [(7, "Send notes", ("Ken",))]


@pytest.mark.parametrize(
    ("text", "owners"),
    [("Ken — send the notes", ("Ken",)), ("Send the notes; owner Ken", ("Ken",))],
)
def test_an_owner_beside_a_long_dash_or_after_a_semicolon(text, owners):
    assert owners_of(text) == owners
