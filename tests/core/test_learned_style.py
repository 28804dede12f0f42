"""The style of a part a note does not show yet: learned from the note, then the series'
earlier notes, then its template, else one plain default; never from a community's name."""

from __future__ import annotations

from noteapp.core.meeting.note_style import note_style
from noteapp.core.meeting.style import EARLIER_READ
from noteapp.core.meeting.task_edits import add_action_item, add_agenda_item

EMPTY_AGENDA = "# Call 9\n\n## Agenda\n\n## Notes\n\n- item\n"
EMPTY_ACTIONS = "# Call 9\n\n## Notes\n\n- item\n\n## Action items\n"


def test_an_empty_agenda_takes_the_box_habit_of_the_earlier_notes():
    plain = ["# Call 8\n\n## Agenda\n\n- Budget\n- Hiring\n"]
    boxed = ["# Call 8\n\n## Agenda\n\n- [ ] Budget\n- [x] Hiring\n"]
    new = add_agenda_item(EMPTY_AGENDA, "Release", like=plain).apply(EMPTY_AGENDA)
    assert new == EMPTY_AGENDA.replace("## Agenda\n", "## Agenda\n\n- Release\n", 1)
    new = add_agenda_item(EMPTY_AGENDA, "Release", like=boxed).apply(EMPTY_AGENDA)
    assert new == EMPTY_AGENDA.replace("## Agenda\n", "## Agenda\n\n- [ ] Release\n", 1)
    new = add_agenda_item(EMPTY_AGENDA, "Release").apply(EMPTY_AGENDA)  # the default: a box
    assert new == EMPTY_AGENDA.replace("## Agenda\n", "## Agenda\n\n- [ ] Release\n", 1)


def test_owners_are_written_as_the_earlier_notes_write_them():
    paren = ["# Call 8\n\n## Action items\n\n- (GH) Book the room\n- (AT) Ship it\n"]
    new = add_action_item(EMPTY_ACTIONS, "Send", ["Ada"], like=paren).apply(EMPTY_ACTIONS)
    assert new == EMPTY_ACTIONS + "\n- (Ada) Send\n"
    new = add_action_item(EMPTY_ACTIONS, "Send", ["Ada"]).apply(EMPTY_ACTIONS)
    assert new == EMPTY_ACTIONS + "\n- Ada: Send\n"


def test_each_part_says_where_it_was_learned():
    note = "# Call 9\n\n## Agenda\n\n- [ ] Budget\n"
    earlier = "# Call 8\n\nPresent: Grace Hopper, Alan Turing\n\n## Agenda\n\n- Hiring\n"
    template = "# Call\n\n## Agenda\n\n## Decisions and actions\n\n- [ ] (XX) one\n"
    style = note_style(note, [earlier], template)
    assert (style.agenda.heading, style.agenda.box, style.agenda.source) == (
        "## Agenda",
        True,
        "this note",
    )
    assert (style.attendees.form, style.attendees.label) == ("inline", "Present:")
    assert style.attendees.source == "earlier notes"
    assert style.actions.heading == "## Decisions and actions"
    assert (style.actions.box, style.actions.owners, style.actions.source) == (
        True,
        "paren",
        "template",
    )
    nothing = note_style("Just a line.\n")
    assert {nothing.attendees.source, nothing.agenda.source, nothing.actions.source} == {"default"}
    assert nothing.as_json()["agenda"] == {
        "heading": "## Agenda",
        "box": True,
        "owners": None,
        "from": "default",
    }


def test_only_the_newest_few_earlier_notes_are_read():
    read: list[int] = []

    def earlier():
        for i in range(12):
            read.append(i)
            yield f"# Call {i}\n\nSome notes.\n"  # no section of any kind

    style = note_style("Just a line.\n", earlier())
    assert style.agenda.source == "default" and read == list(range(EARLIER_READ))
