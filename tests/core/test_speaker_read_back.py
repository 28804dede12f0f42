"""The read-back check of a speaker line: it is refused, with a message, when it would
be read as an attendee, an action item or a task, or change how another item reads;
nothing is written then. Small notes of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from noteapp.core.errors import StructureEditError
from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.read_back import changed_reading
from noteapp.core.meeting.speaker_edits import insert_speaker
from noteapp.core.text.edits import Edit
from tests.conftest import FIXTURES, corpus_files

ROSTER_ONLY = "# Call\n\n## Attendees\n\n- Ada Lovelace\n- Grace Hopper\n"
ACTIONS_LAST = (
    "# Call\n\n## Attendees\n\n- Ada Lovelace\n\n## Action items\n\n- Ada to tag the release\n"
)


@pytest.mark.parametrize(
    ("text", "kind"), [(ROSTER_ONLY, "attendees"), (ACTIONS_LAST, "action items")]
)
def test_a_line_that_would_read_as_another_item_is_refused(text: str, kind: str):
    with pytest.raises(StructureEditError, match=f"note's {kind} read; nothing was changed"):
        insert_speaker(text, 0, "ZE")


def test_a_line_in_the_minutes_passes_the_check():
    text = ROSTER_ONLY + "\n## Notes\n\n- AL: hello\n"
    edit, _caret = insert_speaker(text, 0, "GH")
    assert edit.apply(text) == text + "- GH: \n"


def test_an_edit_that_changes_a_neighbours_reading_is_named():
    text = "# Call\n\n## Action items\n\n- [ ] tag the release\n- [ ] write the post\n"
    before = parse_meeting(text)
    at = text.index("tag")
    untick = Edit(at - 2, at - 2, "x")  # "- [x ] ...": the first item's box, broken
    assert changed_reading(before, parse_meeting(untick.apply(text)), untick)
    keep = Edit(len(text), len(text), "\n## Notes\n\nSome prose.\n")
    assert changed_reading(before, parse_meeting(keep.apply(text)), keep) is None


def test_a_nested_reply_under_a_topic_may_be_a_line_of_the_agenda():
    text = "# Call\n\n## Agenda\n\n- [ ] Release\n  - AL: branch cut\n- [ ] Docs\n"
    before = parse_meeting(text)
    at = text.index("\n- [ ] Docs")
    reply = Edit(at, at, "\n  - GH: ")
    after = parse_meeting(reply.apply(text))
    assert changed_reading(before, after, reply, frozenset(("agenda",))) is None
    assert changed_reading(before, after, reply) == "agenda"


def test_a_prefix_written_after_a_marker_alone_under_a_topic_passes_the_check():
    """Return continued the replies with a marker alone (``  - ``): the prefix goes
    after it; that empty reply is the line being written, not another item."""
    text = "# Call\n\n## Agenda\n\n- [ ] Release\n  - AL: branch cut\n  - \n- [ ] Docs\n"
    at = text.index("  - \n") + len("  - ")
    edit, _caret = insert_speaker(text, at, "GH")
    assert edit.apply(text) == text.replace("  - \n", "  - GH: \n")


def test_text_written_onto_the_end_of_an_items_line_changes_that_item():
    text = "# Call\n\n## Action items\n\n- [ ] tag the release\n- [ ] write the post\n"
    before = parse_meeting(text)
    at = text.index("\n- [ ] write")
    grow = Edit(at, at, " and the notes")  # the first item's own line, longer
    assert changed_reading(before, parse_meeting(grow.apply(text)), grow) == "task items"
    below = Edit(at, at, "\nSome prose.")  # a new line after it: it reads as before
    assert changed_reading(before, parse_meeting(below.apply(text)), below) is None


NOTES = corpus_files() + sorted((FIXTURES / "structure").glob("*.md"))


@pytest.mark.parametrize("path", NOTES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_from_the_front_matter_a_line_is_written_as_a_minute_or_refused(path: Path):
    """Alt+1 with the caret on line 1 (where New Meeting leaves it), on every note: the
    new line is read as no attendee, task or action item and every other item reads as
    before, or the edit is refused with a message."""
    text = path.read_text(encoding="utf-8")
    before = parse_meeting(text)
    try:
        edit, caret = insert_speaker(text, 0, "ZE", meeting=before)
    except StructureEditError as refused:
        assert "nothing was changed" in str(refused)
        return
    after = parse_meeting(edit.apply(text))
    assert edit.start >= before.front_matter.end
    assert "ZE" in after.text[:caret].rsplit("\n", 1)[-1]  # the caret ends the new prefix
    for kind in ("attendees", "checklist", "action_items"):
        assert len(getattr(after, kind)) == len(getattr(before, kind)), kind
    assert changed_reading(before, after, edit, frozenset(("agenda",))) is None
