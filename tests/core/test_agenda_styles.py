"""Agenda, action items and time in styles of no corpus community (fixtures written for
these tests in tests/fixtures/agenda, each a style a person would recognise)."""

from __future__ import annotations

from pathlib import Path

import pytest

from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.tasks import timebox_minutes
from tests.conftest import FIXTURES

AGENDA = FIXTURES / "agenda"


def _meeting(name: str):
    path = AGENDA / name
    return parse_meeting(path.read_text(encoding="utf-8"), path)


def test_a_numbered_agenda_with_time_boxes_before_the_text():
    m = _meeting("numbered-boxes.md")
    assert [(t.line, t.timebox_minutes) for t in m.topics] == [
        (9, 15),
        (10, 20),
        (13, 10),
        (14, None),
    ]
    # the speaker notes nested under topic 2 are not topics
    assert all(not t.text.startswith(("MH:", "BF:")) for t in m.topics)


def test_action_lines_with_the_owner_in_the_marker_and_name_to_lines():
    m = _meeting("numbered-boxes.md")
    assert [(a.line, a.owners, a.text) for a in m.action_items] == [
        (19, ("alice",), "write the second draft of the index proposal"),
        (20, ("Bob",), "send the benchmark numbers to the list"),
        (21, ("Mira",), "Mira to open the release tracking issue"),
    ]  # "Bob will look at the CI failures" is narration, not an action


def test_task_items_nested_under_topic_bullets_in_an_action_section():
    m = _meeting("action-tasks.md")
    assert [(a.line, a.owners, a.done) for a in m.action_items] == [
        (14, ("dana",), False),  # "@dana will book the booth" under "Tasks:"
        (15, ("lee",), False),  # "order the banner (@lee)"
        (18, ("Sam",), True),  # "[x] Sam to draft the April issue"
        (19, ("Lee",), False),  # "Lee to check the budget"
    ]  # the topic bullets and the note "the booth is 3x3 metres" are not actions
    assert [t.text for t in m.topics] == ["Conference booth", "Newsletter"]


def test_a_german_note():
    m = _meeting("german.md")
    assert [(t.text, t.timebox_minutes) for t in m.topics] == [
        ("Begrüßung (5 min)", 5),
        ("Neue Artikelreihe", None),
        ("Verschiedenes", None),
    ]
    assert [a.owners for a in m.action_items] == [("Jana",), ("Peter",)]
    assert m.when.start is not None and m.when.start.isoformat() == "2026-02-17T10:00:00+00:00"


def test_a_french_note_with_the_time_inside_a_link():
    m = _meeting("french.md")
    assert [t.text for t in m.topics] == ["Point sur la traduction", "Questions diverses"]
    assert [a.owners for a in m.action_items] == [("Claire",), ("Hugo",)]
    assert m.when.start is not None
    assert (m.when.start.hour, m.when.start.utcoffset().total_seconds()) == (14, 7200)


def test_ranges_in_am_pm_and_across_a_dash():
    action_tasks = _meeting("action-tasks.md").when  # "9 AM – 10 AM PT"
    assert action_tasks.start is not None
    assert action_tasks.start.isoformat() == "2026-05-12T09:00:00-07:00"
    boxes = _meeting("numbered-boxes.md").when  # "2pm to 3:30pm CET"
    assert boxes.start is not None and (boxes.start.hour, boxes.start.minute) == (14, 0)
    assert boxes.start.utcoffset().total_seconds() == 3600


def test_a_meeting_date_in_the_text_beats_a_blog_post_file_name():
    when = _meeting("2026-01-05-weekly-notes.md").when
    assert when.date is not None and when.date.isoformat() == "2026-01-07"
    assert when.start is not None and when.start.isoformat() == "2026-01-07T17:00:00+00:00"


def test_a_time_stated_in_a_sentence_near_the_top():
    text = "# 23 January 2026\n\nOur calls are at noon Boston time (EST).\n\n## Agenda\n\n- A\n"
    when = parse_meeting(text, Path("notes.md")).when
    assert when.start is not None and when.start.isoformat() == "2026-01-23T12:00:00-05:00"


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("[15m] Welcome", 15),
        ("Kick-off (10 min)", 10),
        ("Roadmap [time=5 minutes]", 5),
        ("Setup, welcome (chairs; 10m)", 10),  # after a remark in the parentheses
        ("新人自我介绍（5 mins）", 5),  # full-width parentheses
        ("需求讨论（10 ～ 15min）", 15),  # a range: the time set aside
        ("Ada 3 mins: introducing the interns", 3),  # after the presenter
        ("**Grace** 10-15 mins: the release", 15),
        ("Long review (1h)", 60),
        ("(~9:30) Opening", None),  # a clock time, not a duration
        ("Invite speakers for 10 minutes presentations", None),  # prose, not a box
    ],
)
def test_time_box_forms(text, minutes):
    assert timebox_minutes(text) == minutes


def test_a_document_export_whose_headings_became_anchored_paragraphs():
    text = (
        "Garden club call\n\nAttendees: Ann, Bo\n\n"
        '<span id="anchor-1"></span>Standing items\n\n- Seed swap report\n\n'
        '<span id="anchor-2"></span>Compost bins\n\nWe talked about bins.\n\n'
        '<span id="anchor-3"></span>AOB\n\nNothing.\n\n'
        '<span id="anchor-4"></span>Appendix: links\n\n- a link\n'
    )
    topics = [t.text for t in parse_meeting(text).topics]
    assert topics == ["Seed swap report", "Compost bins", "AOB"]  # the appendix after AOB is not
