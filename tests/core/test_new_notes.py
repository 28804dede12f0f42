"""New notes from a series: counters from the folder, carry-over, round trip, errors."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pytest

from noteapp.core.errors import SeriesError
from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.note_style import note_style
from noteapp.core.series.carryover import open_items
from noteapp.core.series.model import Person, builtin_series_for_template, load_series
from noteapp.core.series.newnote import plan_note
from noteapp.storage.note import Note
from noteapp.storage.notefile import create_note, write_note
from noteapp.storage.workspace import ensure_workspace

TEMPLATES = [
    "zarr",
    "jupyterhub",
    "conda-forge",
    "conda-community",
    "czi",
    "geojupyter",
    "hsf",
    "hackmd",
]
ROSTER = (
    Person("Ada Lovelace", "AL", "adalovelace", "Analytical Co.", "Europe/London"),
    Person("Grace Hopper", "GH", "ghopper", "Navy Labs", "America/New_York"),
)


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _zarr_note(nav_order: int, parent: str = "2022 meetings") -> str:
    return (
        f"---\nlayout: default\ntitle: x\ndescription: x\nparent: {parent}\n"
        f"nav_order: {nav_order}\n---\n\n# x\n"
    )


# ------------------------------------------------------------------------------ counters


def test_nav_order_follows_the_years_earlier_notes_and_skips_index_and_later_ones(tmp_path):
    year = tmp_path / "2022"
    _write(year / "2022-04-20.md", _zarr_note(8))
    _write(year / "may_the_4th.md", _zarr_note(9))  # undated, but before: it counts
    _write(year / "2022-06-01.md", _zarr_note(11))  # after the new note: it does not
    _write(
        year / "meeting_notes_2022.md",  # the year's index page has no parent: not a note
        "---\nlayout: default\ntitle: 2022 meetings\nnav_order: 5\nhas_children: true\n---\n",
    )
    _write(tmp_path / "2021" / "2021-12-15.md", _zarr_note(23, "2021 meetings"))
    note = plan_note(builtin_series_for_template("zarr"), dt.date(2022, 5, 18), folder=tmp_path)
    assert note.path == year / "2022-05-18.md"
    assert "\nnav_order: 10\n" in note.text and "\nparent: 2022 meetings\n" in note.text


def test_the_first_note_of_a_year_is_number_one(tmp_path):
    _write(tmp_path / "2023" / "2023-12-13.md", _zarr_note(24, "2023 meetings"))
    note = plan_note(builtin_series_for_template("zarr"), dt.date(2024, 1, 10), folder=tmp_path)
    assert "\nnav_order: 1\n" in note.text and "\ntitle: 10th January\n" in note.text


def test_the_hsf_meeting_number_continues_across_years_and_groups(tmp_path):
    _write(
        tmp_path / "2025" / "2025-12-18-coordination.md",
        '---\ntitle: "HSF Coordination Meeting #300, 18 December 2025"\nlayout: plain_toc\n---\n',
    )
    _write(
        tmp_path / "2026" / "2026-01-08-steering.md",  # another group's post: not counted
        '---\ntitle: "HSF Steering Group Meeting #999, 8 January 2026"\nlayout: plain_toc\n---\n',
    )
    note = plan_note(builtin_series_for_template("hsf"), dt.date(2026, 1, 15), folder=tmp_path)
    assert note.path == tmp_path / "2026" / "2026-01-15-coordination.md"
    assert note.text.startswith('---\ntitle: "HSF Coordination Meeting #301, 15 January 2026"\n')
    assert "The next coordination meeting will be on January 29th." in note.text


# ----------------------------------------------------------------------------- carry-over


@pytest.mark.corpus
def test_open_items_of_a_real_conda_forge_note_move_marked_and_done_ones_stay(corpus, tmp_path):
    source = corpus / "conda-forge" / "2020-11-18.md"
    shutil.copyfile(source, tmp_path / source.name)
    note = plan_note(
        builtin_series_for_template("conda-forge"), dt.date(2024, 2, 7), folder=tmp_path
    )
    assert write_note(note).read_text(encoding="utf-8") == note.text
    assert note.previous == tmp_path / source.name
    assert (tmp_path / source.name).read_bytes() == source.read_bytes()
    section = note.text.split("### From previous meeting(s)\n\n")[1].split("\n\n###")[0]
    lines = section.split("\n")
    assert "- [ ] (IF/MRB/MV) intel oneAPI (from 2020-11-18)" in lines
    assert (
        "- [ ] (JK) work with dockerhub to see if we can get OSS status (from 2020-11-18)" in lines
    )
    assert all(line.startswith("- [ ] ") and line.endswith(" (from 2020-11-18)") for line in lines)
    assert "artifacts that have more files" not in section  # done: "* [x] (CJ) We seem..."
    assert "asking core members to move" not in section  # ticked in that note, open elsewhere
    assert "- [ ] TODO: (from" not in section  # a bare "TODO:" is no item
    # conda-forge's "From previous meeting(s)" holds carried-over items as agenda topics
    # (proposer, discussed-box), as the corpus notes do; they carry over again from there
    read = parse_meeting(note.text, note.path)
    carried = [t for t in read.topics if t.text.endswith("(from 2020-11-18)")]
    assert len(carried) == len(lines) == len(note.carried)
    assert not any(t.checked for t in carried)
    again = open_items(note.text, dt.date(2024, 2, 7), note.path)
    assert ("IF", "MRB", "MV") in [c.owners for c in again]
    assert {c.text for c in again} >= {t.text for t in carried}


@pytest.mark.corpus
def test_pushed_to_next_meeting_items_move_too(corpus, tmp_path):
    source = corpus / "conda-forge" / "2022-11-16.md"
    shutil.copyfile(source, tmp_path / source.name)
    note = plan_note(
        builtin_series_for_template("conda-forge"), dt.date(2024, 2, 7), folder=tmp_path
    )
    marked = [item.marked for item in note.carried]
    assert (
        "(JRG) Support for abi3 Python packages with abi3audit checks? (from 2022-11-16)" in marked
    )
    assert not any("TensorFlow-GPU" in m for m in marked)  # "- [x] (WV): TensorFlow-GPU ..."


def test_items_come_from_the_latest_earlier_note_and_keep_their_first_date(tmp_path):
    _write(tmp_path / "2023" / "2023-12-20.md", "# x\n\n## Action items\n\n- [ ] (AL) Old one\n")
    _write(
        tmp_path / "2023" / "2023-12-27.md",
        "# x\n\n## Action items\n\n- [ ] (AL) Ship it (from 2023-12-20)\n"
        "- [x] (GH) Done already\n- [ ] ~~(GH) Dropped~~\n- [ ] (GH) Write docs\n  - a detail\n",
    )
    _write(tmp_path / "2024" / "2024-01-10.md", "# x\n\n## Action items\n\n- [ ] (AL) Later\n")
    series = dataclasses.replace(
        builtin_series_for_template("hackmd"), path_pattern="{year}/{date}.md"
    )
    note = plan_note(series, dt.date(2024, 1, 3), folder=tmp_path)
    assert note.previous == tmp_path / "2023" / "2023-12-27.md"
    assert [i.marked for i in note.carried] == [
        "(AL) Ship it (from 2023-12-20)",
        "(GH) Write docs (from 2023-12-27)",
    ]
    assert (
        "## Previous action items\n\n- [ ] (AL) Ship it (from 2023-12-20)\n"
        "- [ ] (GH) Write docs (from 2023-12-27)\n\n## Agenda\n"
    ) in note.text


# ---------------------------------------------------------------------- every template


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_new_note_reads_back_with_its_roster_agenda_and_carried_items(tmp_path, template):
    series = builtin_series_for_template(template)
    series = dataclasses.replace(series, roster=ROSTER, agenda=("Release plan (10 min)",))
    first = plan_note(series, series.first_start.date(), folder=tmp_path)
    _write(
        first.path,
        first.text + "\n## Action items\n\n- [ ] (AL) Tag the release\n- [x] (GH) Book the room\n",
    )
    later = series.first_start.date() + dt.timedelta(days=35)
    note = plan_note(series, later, folder=tmp_path, attending=ROSTER)
    meeting = parse_meeting(note.text, note.path)
    nobody_yet = plan_note(series, later, folder=tmp_path)  # the regulars are not "present"
    assert parse_meeting(nobody_yet.text, nobody_yet.path).attendees == ()

    # the note shows its own attendee style: a person added later is written alike
    assert note_style(note.text).attendees.source == "this note"
    assert meeting.when.date == later
    with_initials = template not in ("czi", "jupyterhub", "geojupyter", "hsf")
    assert [(a.name, a.initials) for a in meeting.attendees] == [
        (p.name, p.initials if with_initials else None) for p in ROSTER
    ]
    carried = f"(AL) Tag the release (from {series.first_start.date()})"
    if template in ("conda-forge", "conda-community"):
        # these templates list carried items among the agenda's topics ("From previous
        # meeting(s)", "Outstanding Items From the Previous Meeting"), as their notes do
        assert carried in [t.text for t in meeting.topics if not t.checked]
    else:
        assert carried in [a.text for a in meeting.action_items if not a.done]
    assert not any("Book the room" in a.text for a in meeting.action_items)
    if template != "hsf":  # HSF writes standing items as "###" topics, not a list
        assert "Release plan (10 min)" in [a.text for a in meeting.agenda]
    assert note.text.endswith("\n") and not note.text.endswith("\n\n")
    written = write_note(note)
    opened = Note.open(written)  # the editor reads it as it is, without a warning
    assert opened.text == note.text and opened.warnings() == []
    assert opened.front_matter.kind == ("none" if template == "hackmd" else "yaml")
    assert not [line for line in note.text.split("\n") if line != line.rstrip()]


def test_the_sample_workspace_makes_its_next_meeting(tmp_path):
    ws = tmp_path / "ws"
    sample = ensure_workspace(ws)
    series = load_series("example-community-call", ws)
    path = create_note(series, workspace=ws, today=dt.date(2026, 11, 19))
    assert path == sample.parent / "2026-11-25.md"
    text = path.read_text(encoding="utf-8")
    assert text.startswith(
        "---\nlayout: default\ntitle: 25th November\n"
        "description: Community Call Meeting Notes for 2026-11-25\n"
        "parent: 2026 meetings\nnav_order: 23\n---\n\n# 2026-11-25\n"
    )
    assert "- [ ] (GH) Post the 3.1 release checklist on the forum (from 2026-11-18)" in text
    assert "(AL) Welcome the new contributors" not in text  # done in the sample
    # the regulars are expected, not present: an empty row to sign in (they check in
    # from the Attendees panel), their home zones still give the local times
    assert "## Attendees\n\n| Name | Initials | GitHub ID | Affiliation |\n" in text
    assert "Katherine Johnson" not in text
    assert "  - **Local times:** 17:00 Europe/London · 12:00 America/New_York" in text


def test_without_a_date_the_next_meeting_without_a_note_is_chosen(tmp_path):
    series = builtin_series_for_template("conda-forge")  # every other Wednesday from 2024-01-24
    first = create_note(series, folder=tmp_path, today=dt.date(2024, 1, 24))
    second = create_note(series, folder=tmp_path, today=dt.date(2024, 1, 24))
    assert (first.name, second.name) == ("2024-01-24.md", "2024-02-07.md")


# ---------------------------------------------------------------------------- errors


def test_an_undefined_name_in_a_template_is_reported_with_its_line(tmp_path):
    ws = tmp_path / "ws"
    _write(ws / "templates" / "mine.md.j2", "# {{ heading }}\n\n{{ attendees_of_last_week }}\n")
    series = dataclasses.replace(builtin_series_for_template("hackmd"), template="mine")
    with pytest.raises(SeriesError) as caught:
        create_note(series, dt.date(2024, 1, 10), folder=tmp_path / "notes", workspace=ws)
    assert str(caught.value) == (
        f"{ws / 'templates' / 'mine.md.j2'}, line 3: 'attendees_of_last_week' is undefined"
    )
    assert not (tmp_path / "notes").exists()


def test_a_workspace_template_wins_over_the_built_in_one(tmp_path):
    ws = tmp_path / "ws"
    _write(
        ws / "templates" / "hackmd.md.j2", '{% extends "zarr.md.j2" %}\n'
    )  # may build on a built-in one
    series = dataclasses.replace(
        builtin_series_for_template("hackmd"), front_matter={"title": "{date}"}, heading="{date}"
    )
    note = plan_note(series, dt.date(2024, 1, 10), folder=tmp_path, workspace=ws)
    assert note.text.startswith("---\ntitle: 2024-01-10\n---\n\n# 2024-01-10\n\n**Attending:**")
