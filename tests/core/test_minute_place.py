"""Speaker prefixes know where they are: each case is a real note, the caret somewhere
a minute line must not go, and the exact line the prefix must give instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.minute_place import is_minutes_line, minutes_end
from noteapp.core.meeting.speaker_edits import insert_speaker
from tests.conftest import PROJECT

SAMPLE = PROJECT / "resources" / "sample" / "example-community-call.md"


def line_start(text: str, number: int) -> int:
    """Offset of line ``number`` (1-based)."""
    return sum(len(line) + 1 for line in text.split("\n")[: number - 1])


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def press(text: str, offset: int, label: str, **kw) -> tuple[str, int, str]:
    """The new text, the caret's line number and that line's text."""
    edit, caret = insert_speaker(text, offset, label, **kw)
    new = edit.apply(text)
    line = new[:caret].count("\n") + 1
    return new, line, new.split("\n")[line - 1]


def unchanged_but_one_line(old: str, new: str, line: int) -> None:
    lines = new.split("\n")
    assert lines[: line - 1] + lines[line:] == old.split("\n")


@pytest.fixture
def sample() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def test_in_front_matter_the_prefix_goes_to_the_end_of_the_minutes(sample):
    new, line, text = press(sample, 0, "AL", known=("AL", "GH", "KJ", "AT"))
    assert text == "- AL: "
    assert new.split("\n")[line - 2] == "- AT: Proposes a two-day docs sprint in January."
    unchanged_but_one_line(sample, new, line)


@pytest.mark.parametrize(
    "where",
    [
        "| Grace Hopper",  # a table row
        "## Agenda",  # a heading
        "- [ ] Open floor",  # an agenda item
        "- [ ] (AT) Draft",  # an action item
        "**Time:**",  # the logistics above the attendees
    ],
)
def test_nowhere_but_the_minutes(sample, where):
    at = sample.index(where) + 3
    assert not is_minutes_line(parse_meeting(sample), at)
    new, line, text = press(sample, at, "GH")
    assert text == "- GH: "
    assert line == line_of(sample, "- AT: Proposes") + 1
    unchanged_but_one_line(sample, new, line)


def test_at_the_end_of_a_finished_line_a_new_line_starts(sample):
    end = sample.index("\n", sample.index("- GH: The 3.1"))
    new, line, text = press(sample, end, "AT")
    assert text == "- AT: "  # after the reply nested under GH's line, at GH's level
    assert new.split("\n")[line - 2].startswith("    - KJ: One blocker")
    unchanged_but_one_line(sample, new, line)


def test_the_current_topics_group_of_the_minutes(tmp_path: Path):
    text = (
        "# Call\n\n## Agenda\n\n- [ ] Release\n- [ ] Docs\n\n## Minutes\n\n"
        "### Release\n\n- AL: cut\n\n### Docs\n\n- GH: sprint\n\n## Action items\n\n- [ ]\n"
    )
    new, line, got = press(text, line_start(text, 5), "KJ", topic="Release")
    assert got == "- KJ: "
    assert new.split("\n")[line - 2] == "- AL: cut"


def test_on_an_agenda_topic_with_nested_discussion_the_reply_is_nested(corpus):
    text = (corpus / "conda-forge" / "2024-01-24.md").read_text(encoding="utf-8")
    at = text.index("- [x] (HV) [Migrate]")
    new, line, got = press(text, at, "MvN")
    assert got == "  - (MvN) "
    assert new.split("\n")[line - 2].startswith("  - (IF) We should collect/review data")
    unchanged_but_one_line(text, new, line)


def test_zarr_front_matter_and_attending_line_are_never_written(corpus):
    text = (corpus / "zarr" / "2024-01-24.md").read_text(encoding="utf-8")
    meeting = parse_meeting(text)
    for where in (0, text.index("**Attending:**"), text.index("layout:")):
        new, line, got = press(text, where, "WF", meeting=meeting)
        assert got == "- WF: "
        assert line > line_of(text, "**Meeting Minutes:**")
        unchanged_but_one_line(text, new, line)


def test_an_empty_minutes_part_gets_its_first_line_under_its_heading():
    text = "---\ntitle: x\n---\n\n# Call\n\n## Minutes\n\n## Action items\n\n- [ ]\n"
    new, _line, got = press(text, 0, "AL")
    assert new == "---\ntitle: x\n---\n\n# Call\n\n## Minutes\n- AL: \n\n## Action items\n\n- [ ]\n"
    assert got == "- AL: "


def test_a_template_placeholder_in_the_minutes_is_replaced():
    text = "# Call\n\n## Minutes\n\n- \n\n## Action items\n"
    new, _line, _got = press(text, 0, "AL")
    assert new == "# Call\n\n## Minutes\n\n- AL: \n\n## Action items\n"


def test_minutes_end_without_minutes_is_the_end_of_the_note():
    text = "# Call\n\n## Attendees\n\n- Ada\n"
    assert minutes_end(parse_meeting(text)).at == len(text) - 1


def test_without_minutes_a_line_goes_before_the_closing_sections_not_into_them():
    text = (
        "## News\n\n### Releases\n\n- 3.1 is out\n\n### Next meeting\n\n2 March\n\n"
        "### Chair\n\nAda\n"
    )
    new, line, got = press(text, 0, "AL")
    assert got == "- AL: "
    assert new.splitlines()[line - 2 : line] == ["- 3.1 is out", "- AL: "]
    assert new.endswith("### Next meeting\n\n2 March\n\n### Chair\n\nAda\n")


def test_a_line_after_a_heading_borrows_no_reply_indent_that_would_make_it_code():
    text = "# Call\n\n## Agenda\n\n* Topic\n    * (AL) said so\n\n## Discussion\n\n## Next\n"
    new, _line, got = press(text, 0, "GH")
    assert got == "* (GH) "
    assert "## Discussion\n* (GH) \n" in new


def test_after_a_link_that_ends_the_minutes_the_next_line_is_a_top_level_minute():
    text = "## Minutes\n\n- AL: one\n    - GH: two\n        - <https://example.org>\n"
    end = len(text) - 1  # where "go to the minutes" leaves the caret
    assert minutes_end(parse_meeting(text)).at == end
    new, _line, got = press(text, end, "GH")
    assert got == "- GH: "
    assert new == text[:-1] + "\n- GH: \n"


def test_discussion_under_the_topics_goes_under_the_first_open_one_when_none_is_named():
    text = (
        "## Agenda\n\n- [x] (AL) Topic one\n  - (GH) said\n- [ ] (GH) Topic two\n"
        "  - (AL) asked\n- [ ] (AL) Topic three\n\n### CFEPs\n\n- [ ]\n"
    )
    new, _line, got = press(text, 0, "GH")
    assert got == "  - (GH) "
    assert "  - (AL) asked\n  - (GH) \n- [ ] (AL) Topic three" in new
    assert new.endswith("### CFEPs\n\n- [ ]\n")


DEFERRED = """---
title: Weekly sync
---

# Weekly sync

## Agenda

- [x] Release plan
    - QW: branch cut on Friday
- [ ] Docs sprint

## Pushed to next meeting

- [ ] Logo vote
"""


def test_without_minutes_the_front_matter_prefix_goes_to_the_open_topics_discussion():
    """The note ends in a closed part: the line is a reply to the first topic not
    ticked, nested as the replies of the topics above it are (four spaces here)."""
    new, line, got = press(DEFERRED, 0, "AL")
    assert got == "    - AL: "
    assert new.split("\n")[line - 2] == "- [ ] Docs sprint"
    unchanged_but_one_line(DEFERRED, new, line)
    assert [a.text for a in parse_meeting(new).action_items] == []


# The minutes (or the last part holding them) are followed by a closed part: the line
# goes after their last line, never into the closed part.
CLOSED_AFTER = {
    "no agenda or minutes, the actions last": (
        "# Sync\n\n## Updates\n\n- AL: CI is green\n\n## Action items\n\n- [ ] Tag the release\n"
    ),
    "an attendee sub-heading ends the minutes": (
        "# Sync\n\n## Notes\n\n- AL: CI is green\n\n### Attendees\n\n- Ada Lovelace\n"
        "- Grace Hopper\n"
    ),
}


@pytest.mark.parametrize("text", CLOSED_AFTER.values(), ids=CLOSED_AFTER.keys())
def test_the_line_goes_after_the_minutes_not_into_the_closed_part_after_them(text: str):
    new, line, got = press(text, 0, "GH")
    assert got == "- GH: "
    assert new.split("\n")[line - 2] == "- AL: CI is green"
    unchanged_but_one_line(text, new, line)


def test_a_roll_call_found_by_its_shape_is_not_minutes():
    """A sign-in list under a welcome heading (no attendee heading): its lines are people."""
    text = (
        "# Team call\n\n## Welcome\n\nSign in below. Roll call:\n\n"
        "- name / institution / handle\n- Ada Lovelace / Analytical / @ada\n"
        "- Grace Hopper / Navy / @grace\n\n## Updates\n\n- AL: CI is green\n"
    )
    meeting = parse_meeting(text)
    assert [a.name for a in meeting.attendees] == ["Ada Lovelace", "Grace Hopper"]
    at = text.index("- Grace")
    assert not is_minutes_line(meeting, at)
    new, line, got = press(text, at, "GH")
    assert got == "- GH: "
    assert new.split("\n")[line - 2] == "- AL: CI is green"


def test_a_first_reply_to_an_open_topic_is_nested_as_the_topics_above_nest_theirs():
    """Replies four spaces deep (a reply to one deeper still): the first reply to the
    next topic is four deep, not one level under its marker; the note is otherwise
    untouched."""
    text = (
        "## Agenda\n\n* [x] Budget\n    * AL: approved\n        * GH: with a cap\n"
        "* [ ] Hiring\n\n## Next meeting\n\nIn two weeks\n"
    )
    new, line, got = press(text, 0, "GH")
    assert got == "    * GH: "
    assert new.split("\n")[line - 2] == "* [ ] Hiring"
    unchanged_but_one_line(text, new, line)


def test_a_note_ending_in_deferred_topics_gets_the_line_under_the_topic_not_ticked():
    """No discussion written yet and the note ends in a closed part: the line is the
    first reply to the first topic not ticked (the one being discussed)."""
    text = (
        "## Agenda\n\n1. [x] Budget\n2. [ ] Hiring\n3. [ ] Office move\n\n"
        "## Deferred\n\n- [ ] Logo vote\n"
    )
    new, line, got = press(text, 0, "GH")
    assert new.split("\n")[line - 2] == "2. [ ] Hiring"
    assert got == "   - GH: "
    unchanged_but_one_line(text, new, line)
