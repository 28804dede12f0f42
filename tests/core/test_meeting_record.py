"""A note that is not the record of a meeting (a report, the text of slides) has no
agenda topics; a meeting's note, even with headings-only minutes, keeps them. Each
note is written for this test (no corpus note's text); the user's word wins."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from noteapp.cli import main
from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.task_edits import add_action_item
from noteapp.storage.note import Note

REPORT = """# Infrastructure working group: third quarter

This report is for the wider community; nothing in it is a decision of the group.

## Funding

The hosting grant was renewed for another year, and the storage bill fell by a
third after the move to the new mirror network.

## Build farm

Two of the older runners are retired. The new ones are faster on every platform
we measured, most of all on the slow ARM jobs.

## Looking ahead

- Publish the hosting costs every quarter
- Find a second sponsor for the mirrors
"""

LOOKING_AHEAD = ["Publish the hosting costs every quarter", "Find a second sponsor for the mirrors"]

SLIDES = """# Faster wheels for everyone

Slides by Robin Park, shown at the packaging summit.

## The problem

* Builds take an hour on the slowest platform
* Caches are thrown away between jobs

## What we propose

* Keep the caches between jobs
* Build the slow platform first

## Questions?
"""

# Notes of meetings whose minutes are headings only; each also says "This document"
# near its start, and still its one sign of a meeting keeps its headings as topics.
MINUTES = (
    "\n## Wheel tags\n\nThis document has the musl tags; {body}\n\n## Release 2.0\n\nNext week.\n"
)
MEETING_NOTES = {
    "a heading naming the meeting": "# Packaging sync\n" + MINUTES.format(body="still open."),
    "a dated title": "# 2031-05-02\n" + MINUTES.format(body="still open."),
    "what was agreed": "# Packaging\n" + MINUTES.format(body="we agreed to drop them."),
    "a front-matter title": "---\ntitle: Packaging call\n---\n# Packaging\n"
    + MINUTES.format(body="open."),
    "a speaker line": "# Packaging\n" + MINUTES.format(body="open.\n\n- RP: I will look"),
}


def _read(text: str, roles: dict[str, str] | None = None):
    meeting = parse_meeting(text, Path("note.md"), roles)
    return meeting.reading, [t.text for t in meeting.topics]


@pytest.mark.parametrize("text", [REPORT, SLIDES], ids=["report", "slides"])
def test_a_document_that_is_not_a_meeting_record_has_no_topics(text):
    reading, topics = _read(text)
    assert not reading.record
    assert topics == []
    assert "says what it is" in reading.why


@pytest.mark.parametrize("sign", MEETING_NOTES)
def test_a_meeting_note_with_headings_only_minutes_keeps_its_topics(sign):
    reading, topics = _read(MEETING_NOTES[sign])
    assert reading.record
    assert topics == ["Wheel tags", "Release 2.0"]


def test_headings_with_nothing_saying_what_the_note_is_stay_topics():
    text = REPORT.replace("This report is for", "Written for")
    reading, topics = _read(text)
    assert reading.record and reading.why.startswith("nothing says")
    assert topics == ["Funding", "Build farm", "Looking ahead"]


def test_a_part_of_a_meeting_makes_a_report_a_meeting_record():
    text = REPORT.replace("## Funding", "Present: Ada Lovelace, Grace Hopper\n\n## Funding")
    reading, topics = _read(text)
    assert reading.record and "attendees" in reading.why
    assert topics == ["Funding", "Build farm", "Looking ahead"]


def test_a_section_taught_as_agenda_overrides_the_guess():
    reading, topics = _read(REPORT, roles={"looking ahead": "agenda"})
    assert reading.record and "taught" in reading.why
    assert topics == LOOKING_AHEAD


def test_an_action_item_added_to_a_report_makes_it_a_meeting_record():
    edited = add_action_item(REPORT, "Book the mirrors", ["Robin Park"]).apply(REPORT)
    assert edited.startswith(REPORT.rstrip("\n"))  # the new section at the end, nothing else
    meeting = parse_meeting(edited, Path("note.md"))
    assert meeting.reading.record and "actions" in meeting.reading.why
    assert [(a.text, a.owners) for a in meeting.action_items] == [
        ("Robin Park: Book the mirrors", ("Robin Park",))
    ]
    assert [t.text for t in meeting.topics] == ["Funding", "Build farm", "Looking ahead"]


def test_inspect_shows_the_reading_and_teach_corrects_it(tmp_path, capsys):
    note = tmp_path / "q3.md"
    note.write_text(REPORT, encoding="utf-8")
    assert main(["inspect", "--json", str(note)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["read_as"]["kind"] == "not a meeting record"
    assert data["topics"] == []
    assert main(["teach", str(note), "--section", "Looking ahead", "--as", "agenda"]) == 0
    capsys.readouterr()
    assert main(["inspect", "--json", str(note)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["read_as"]["kind"] == "meeting record"
    assert [t["text"] for t in data["topics"]] == LOOKING_AHEAD
    assert Note.open(note).text == REPORT  # taught in the workspace, never in the note
