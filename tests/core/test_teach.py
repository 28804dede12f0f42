"""Roles taught for a series: kept per folder in the workspace, applied to its notes."""

from __future__ import annotations

import json
import stat

import pytest

from noteapp.cli import main
from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.teach import taught_roles, with_role
from noteapp.storage.note import Note
from noteapp.storage.roles import teach_role

CREW = "# Board, 2031-01-05\n\n## Crew\n\n- Ada Lovelace\n- Alan Turing\n\n## Notes\n\n- ok\n"


@pytest.fixture
def series(tmp_path):
    (tmp_path / ".noteapp").mkdir()
    folder = tmp_path / "board"
    folder.mkdir()
    first = folder / "2031-01-05.md"
    first.write_text(CREW, encoding="utf-8")
    second = folder / "2031-01-12.md"
    second.write_text(CREW.replace("Ada Lovelace", "Grace Hopper"), encoding="utf-8")
    other = tmp_path / "other" / "2031-01-05.md"
    other.parent.mkdir()
    other.write_text(CREW, encoding="utf-8")
    return first, second, other


def test_a_taught_role_applies_to_the_other_notes_of_the_folder_only(series):
    first, second, other = series
    assert Note.open(second).meeting().attendees == ()  # "Crew" is no word for attendees
    written = teach_role(first, "Crew", "attendees")
    assert written == first.parent.parent / ".noteapp" / "roles.json"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert json.loads(written.read_text()) == {
        "version": 1,
        "folders": {"board": {"crew": "attendees"}},
    }
    assert [a.name for a in Note.open(second).meeting().attendees] == [
        "Grace Hopper",
        "Alan Turing",
    ]
    assert Note.open(other).meeting().attendees == ()
    teach_role(first, "Crew", None)
    assert taught_roles(second) == {}


def test_edits_read_the_note_with_its_taught_roles(series):
    first, _second, _other = series
    teach_role(first, "Crew", "attendees")
    note = Note.open(first)
    note.add_attendee("Edsger Dijkstra")
    assert "- Alan Turing\n- Edsger Dijkstra\n" in note.text
    note.remove_attendee(0)
    assert [a.name for a in note.meeting().attendees] == ["Alan Turing", "Edsger Dijkstra"]


def test_a_section_taught_not_to_be_attendees_holds_nobody():
    text = "# Sync\n\nPresent: Ada Lovelace, Grace Hopper\n\n## Attendees\n\n- Ada Lovelace\n"
    meeting = parse_meeting(text, roles={"present": "other", "attendees": "other"})
    assert meeting.attendees == ()
    assert {s.label: (s.role, s.taught) for s in meeting.sections if s.label} == {
        "Sync": ("other", False),
        "Present": ("other", True),
        "Attendees": ("other", True),
    }


def test_a_broken_roles_file_is_no_roles(series):
    first, _second, _other = series
    (first.parent.parent / ".noteapp" / "roles.json").write_text("{not json", encoding="utf-8")
    assert taught_roles(first) == {}
    teach_role(first, "Crew", "attendees")  # replaced by a good one
    assert taught_roles(first) == {"crew": "attendees"}


def test_only_teachable_roles_are_kept():
    with pytest.raises(ValueError, match="not a role"):
        with_role({}, ".", "Crew", "front_matter")
    with pytest.raises(ValueError, match="no words"):
        with_role({}, ".", "**:**", "attendees")


def test_the_teach_command(series, capsys):
    first, second, _other = series
    assert main(["teach", str(first), "--section", "crew", "--as", "attendees"]) == 0
    assert "'Crew' is attendees (taught)" in capsys.readouterr().out
    assert main(["teach", str(first), "--section", "Guests", "--as", "attendees"]) == 1
    assert "no section 'Guests'" in capsys.readouterr().err
    assert main(["teach", str(second), "--section", "Crew", "--forget"]) == 0
    assert "'Crew' is other (guessed)" in capsys.readouterr().out


def test_a_folder_with_nothing_taught_is_read_without_the_section_reader(tmp_path):
    """The window asks for the roles on its GUI thread before the first parse: in a
    folder with no roles taught, that must not import the section reader there."""
    import subprocess
    import sys

    note = tmp_path / "2024-01-10.md"
    note.write_text("# 2024-01-10\n", encoding="utf-8")
    (tmp_path / ".noteapp").mkdir()
    (tmp_path / ".noteapp" / "roles.json").write_text(
        json.dumps({"version": 1, "folders": {"other": {"crew": "attendees"}}}), encoding="utf-8"
    )
    code = (
        "import sys; from noteapp.core.meeting.teach import taught_roles; "
        f"print(taught_roles({str(note)!r}), 'noteapp.core.meeting.sections' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == ["{}", "False"]
