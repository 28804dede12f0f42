"""The line a template leaves where the first entry goes (``- ``, ``- [ ]``, ``TBD``,
``TODO``, ``...``) is replaced by the first real agenda item, action item or minute
line; the next ones go after it, and a placeholder beside real entries stays."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.placeholders import find_placeholder, is_placeholder
from noteapp.core.meeting.speaker_edits import insert_speaker
from noteapp.core.meeting.task_edits import add_action_item, add_agenda_item
from noteapp.core.series.model import load_series
from noteapp.core.series.newnote import plan_note


def note(agenda: str, actions: str = "- [ ] (AB) Old task", minutes: str = "- AB: hello") -> str:
    return (
        "# Weekly call\n\n## Agenda\n\n"
        f"{agenda}\n\n## Minutes\n\n{minutes}\n\n## Action items\n\n{actions}\n"
    )


@pytest.mark.parametrize(
    ("placeholder", "written"),
    [
        ("- ", "- Budget"),
        ("-", "- Budget"),
        ("* ", "* Budget"),
        ("1. ", "1. Budget"),
        ("- [ ]", "- [ ] Budget"),
        ("- TBD", "- Budget"),
        ("* [ ] TODO", "* [ ] Budget"),
        ("TBD", "- [ ] Budget"),
        ("TODO", "- [ ] Budget"),
        ("...", "- [ ] Budget"),
        ("…", "- [ ] Budget"),
        ("  - ", "  - Budget"),
    ],
)
def test_the_first_agenda_item_replaces_the_placeholder(placeholder, written):
    text = note(placeholder)
    new = add_agenda_item(text, "Budget").apply(text)
    assert new == note(written)
    assert [a.text for a in parse_meeting(new).agenda] == ["Budget"]


def test_the_second_agenda_item_goes_after_the_first():
    text = note("- ")
    once = add_agenda_item(text, "Budget").apply(text)
    twice = add_agenda_item(once, "Release").apply(once)
    assert twice == note("- Budget\n- Release")


def test_a_placeholder_beside_real_items_stays():
    text = note("- Budget\n- ")
    new = add_agenda_item(text, "Release").apply(text)
    assert "- Budget\n- \n- Release\n" in new or "- Budget\n- Release\n- \n" in new
    assert new.count("- \n") == 1


def test_the_first_agenda_item_replaces_the_placeholder_with_its_time_box_and_box():
    text = note("- ")
    new = add_agenda_item(text, "Budget", timebox_minutes=10, checkbox=True).apply(text)
    assert new == note("- [ ] (10 min) Budget")


def test_only_the_placeholders_line_changes_and_the_rest_is_byte_for_byte():
    text = note("TBD", minutes="TBD")
    edit = add_agenda_item(text, "Budget")
    assert text[edit.start : edit.end] == "TBD"
    assert edit.start == text.index("TBD")  # the agenda's, not the minutes'


@pytest.mark.parametrize(
    ("placeholder", "written"),
    [
        ("- ", "- AB: Send the slides"),
        ("- [ ]", "- [ ] AB: Send the slides"),
        ("TODO", "- AB: Send the slides"),
        ("- TBD", "- AB: Send the slides"),
    ],
)
def test_the_first_action_item_replaces_the_placeholder(placeholder, written):
    text = note("- Budget", actions=placeholder, minutes="- AB: hello")
    new = add_action_item(text, "Send the slides", ["AB"]).apply(text)
    assert new.endswith(f"## Action items\n\n{written}\n")
    assert new[: new.index("## Action items")] == text[: text.index("## Action items")]


@pytest.mark.parametrize("placeholder", ["- ", "TBD", "- TODO", "..."])
def test_the_first_minute_line_replaces_the_placeholder(placeholder):
    text = note("- Budget", minutes=placeholder)
    caret = text.index("# Weekly")  # on the title: the line goes to the minutes
    edit, _ = insert_speaker(text, caret, "AB", known=["AB"])
    new = edit.apply(text)
    assert "## Minutes\n\n- AB: \n\n## Action items" in new


def test_conda_forge_templates_empty_box_takes_the_first_new_agenda_item(tmp_path: Path):
    series = load_series("conda-forge", tmp_path)
    text = plan_note(series, workspace=tmp_path, today=dt.date(2024, 1, 20)).text
    section = text.index("### Your `__new__()` agenda items")
    assert text[section:].split("\n")[2] == "- [ ]"
    new = add_agenda_item(text, "Bump the pinning").apply(text)
    assert new[section:].split("\n")[2] == "- [ ] Bump the pinning"
    assert new[:section] == text[:section]
    following = text.index("### Pushed to next meeting")
    assert new.endswith(text[following:])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- ", True),
        ("- [ ] ", True),
        ("TBD", True),
        ("  TODO  ", True),
        ("- TODO: ask Ada", False),
        ("- [x]", False),
        ("TBD later", False),
        ("", False),
        ("Budget", False),
    ],
)
def test_what_counts_as_a_placeholder(line, expected):
    assert (is_placeholder(line) and line.strip() != "") == expected


def test_a_placeholder_is_found_only_whole_inside_the_range():
    text = "x\n- \nTBD\n"
    assert find_placeholder(text, 0, len(text)).group(0) == "- "
    assert find_placeholder(text, 3, len(text)).group(0) == "TBD"  # "- " starts before 3
    assert find_placeholder(text, 0, 2) is None
