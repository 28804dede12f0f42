"""The series roster: people of the recent sibling notes, merged and ranked."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from noteapp.core.series import roster as roster_module
from noteapp.core.series.roster import RosterEntry, person_key, roster_for, typed_person

ZARR_STYLE = "# {day}\n\n**Attending:** {people}\n\n## Notes\n\n- AL: hello\n"
TABLE_STYLE = (
    "# {day}\n\n## Attendees\n\n| Name | Initials | GitHub ID | Affiliation |\n"
    "| --- | --- | --- | --- |\n{rows}\n\n## Agenda\n\n- [ ] Item\n"
)


def zarr_note(folder: Path, day: str, people: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{day}.md"
    path.write_text(ZARR_STYLE.format(day=day, people=people), encoding="utf-8")
    return path


def table_note(folder: Path, day: str, *rows: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{day}.md"
    path.write_text(TABLE_STYLE.format(day=day, rows="\n".join(rows)), encoding="utf-8")
    return path


def names(entries: list[RosterEntry]) -> list[str]:
    return [e.name for e in entries]


@pytest.fixture
def series(tmp_path: Path) -> Path:
    """Three earlier meetings of a series and the note being written (2024-01-24)."""
    notes = tmp_path / "notes"
    zarr_note(notes, "2024-01-03", "Grace Hopper (GH), Ada Lovelace (AL)")
    zarr_note(notes, "2024-01-10", "Ada Lovelace (AL), Alan Turing (AT)")
    table_note(
        notes,
        "2024-01-17",
        "| Ada Lovelace | AL | ada | Babbage Co |",
        "| Katherine Johnson | KJ | kjohnson | NASA |",
    )
    return zarr_note(notes, "2024-01-24", "Joan Clarke (JC)")


def test_people_are_ranked_by_appearances_then_by_how_recently_they_came(series):
    entries = roster_for(series)
    assert names(entries) == ["Ada Lovelace", "Katherine Johnson", "Alan Turing", "Grace Hopper"]
    ada = entries[0]
    assert ada == RosterEntry("Ada Lovelace", "AL", "ada", "Babbage Co", 3, dt.date(2024, 1, 17))
    assert entries[1].count == 1 and entries[1].last_seen == dt.date(2024, 1, 17)


def test_the_note_itself_is_not_read(series):
    assert "Joan Clarke" not in names(roster_for(series))


def test_only_the_most_recent_notes_are_read(series):
    assert names(roster_for(series, limit=1)) == ["Ada Lovelace", "Katherine Johnson"]
    assert names(roster_for(series, limit=2)) == [
        "Ada Lovelace",
        "Katherine Johnson",
        "Alan Turing",
    ]


def test_the_most_recent_spelling_wins_and_older_notes_fill_missing_fields(tmp_path):
    notes = tmp_path / "n"
    table_note(notes, "2023-05-01", "| Gabor Kovacs | GK | gkovacs | Old Lab |")
    zarr_note(notes, "2023-06-01", "Gābor  Kovācs (GB)")
    me = zarr_note(notes, "2023-07-01", "Someone (SO)")
    (entry,) = roster_for(me)
    assert entry == RosterEntry("Gābor Kovācs", "GB", "gkovacs", "Old Lab", 2, dt.date(2023, 6, 1))


def test_someone_listed_twice_in_one_note_counts_once(tmp_path):
    notes = tmp_path / "n"
    zarr_note(notes, "2023-06-01", "Ada Lovelace (AL), Ada Lovelace")
    me = zarr_note(notes, "2023-07-01", "Someone (SO)")
    assert [(e.name, e.count) for e in roster_for(me)] == [("Ada Lovelace", 1)]


def test_sibling_year_folders_are_part_of_the_series(tmp_path):
    meetings = tmp_path / "meetings"
    zarr_note(meetings / "2023", "2023-12-13", "Grace Hopper (GH)")
    zarr_note(meetings / "drafts", "2023-12-20", "Not Series (NS)")
    me = zarr_note(meetings / "2024", "2024-01-10", "Ada Lovelace (AL)")
    assert names(roster_for(me)) == ["Grace Hopper"]


def test_year_folders_below_the_notes_folder_are_read_too(tmp_path):
    meetings = tmp_path / "meetings"
    zarr_note(meetings / "2023", "2023-12-13", "Grace Hopper (GH)")
    me = zarr_note(meetings, "2024-01-10", "Ada Lovelace (AL)")
    assert names(roster_for(me)) == ["Grace Hopper"]


def test_one_folder_per_meeting_reads_the_sibling_index_notes(tmp_path):
    root = tmp_path / "site"
    for day, people in (
        ("20250114-community", "Grace Hopper (GH)"),
        ("20250218-community", "Ada Lovelace (AL)"),
    ):
        (root / day).mkdir(parents=True)
        (root / day / "index.md").write_text(
            ZARR_STYLE.format(day=day, people=people), encoding="utf-8"
        )
    me = root / "20250218-community" / "index.md"
    assert names(roster_for(me)) == ["Grace Hopper"]


def test_templates_and_other_files_are_not_notes(tmp_path):
    notes = tmp_path / "n"
    zarr_note(notes, "TEMPLATE", "Your Name (YN)")
    (notes / "people.csv").write_text("**Attending:** Csv Person (CP)\n", encoding="utf-8")
    me = zarr_note(notes, "2024-01-01", "Ada Lovelace (AL)")
    assert roster_for(me) == []


def test_files_that_do_not_decode_are_skipped(tmp_path):
    notes = tmp_path / "n"
    zarr_note(notes, "2024-01-03", "Grace Hopper (GH)")
    (notes / "2024-01-04.md").write_bytes("**Attending:** Zoë Latin (ZL)\n".encode("cp1252"))
    (notes / "2024-01-05.md").write_bytes(b"**Attending:** Bin Ary (BA)\x00\x01\n")
    me = zarr_note(notes, "2024-01-10", "Ada Lovelace (AL)")
    assert names(roster_for(me)) == ["Grace Hopper"]


def test_a_bom_and_crlf_newlines_are_read(tmp_path):
    notes = tmp_path / "n"
    body = ZARR_STYLE.format(day="2024-01-03", people="Grace Hopper (GH)").replace("\n", "\r\n")
    (notes).mkdir()
    (notes / "2024-01-03.md").write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    me = zarr_note(notes, "2024-01-10", "Ada Lovelace (AL)")
    assert [(e.name, e.initials) for e in roster_for(me)] == [("Grace Hopper", "GH")]


def test_only_the_head_of_a_long_file_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(roster_module, "MAX_BYTES", 200)
    notes = tmp_path / "n"
    notes.mkdir()
    head = "# 2024-01-03 ✓\n\n**Attending:** Grace Hopper (GH)\n\n"
    tail = "é" * 200 + "\n\n## Attendees\n\n- Late Comer (LC)\n"
    (notes / "2024-01-03.md").write_text(head + tail, encoding="utf-8")  # cut inside an "é"
    me = zarr_note(notes, "2024-01-10", "Ada Lovelace (AL)")
    assert names(roster_for(me)) == ["Grace Hopper"]


def test_each_file_is_parsed_once_until_it_changes(series, monkeypatch):
    roster_module._people_in.cache_clear()
    read: list[Path] = []
    real_head = roster_module._head
    monkeypatch.setattr(roster_module, "_head", lambda p: read.append(p) or real_head(p))
    roster_for(series)
    assert len(read) == 3
    roster_for(series)
    assert len(read) == 3
    changed = series.parent / "2024-01-10.md"
    zarr_note(series.parent, "2024-01-10", "Ada Lovelace (AL), Alan Turing (AT), Mary Shaw (MS)")
    stat = changed.stat()
    os.utime(changed, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert "Mary Shaw" in names(roster_for(series))
    assert read[3:] == [changed]


def test_a_new_note_without_a_path_has_no_roster():
    assert roster_for(None) == []


def test_a_missing_folder_has_no_roster(tmp_path):
    assert roster_for(tmp_path / "gone" / "2024-01-01.md") == []


# ----------------------------------------------------------------------------- typed names


def test_a_typed_roster_name_brings_its_initials_handle_and_affiliation(series):
    entries = roster_for(series)
    assert typed_person("  ada   LOVELACE ", entries) == {
        "name": "Ada Lovelace",
        "initials": "AL",
        "handle": "ada",
        "affiliation": "Babbage Co",
    }


def test_typed_initials_win_over_the_rosters(series):
    assert typed_person("Ada Lovelace (AdL)", roster_for(series))["initials"] == "AdL"


def test_a_name_not_in_the_roster_is_taken_as_typed():
    assert typed_person("Mary Shaw (MS)", []) == {
        "name": "Mary Shaw",
        "initials": "MS",
        "handle": None,
        "affiliation": None,
    }
    assert typed_person("Mary Shaw", [])["initials"] is None


def test_person_keys_ignore_case_accents_and_spacing():
    assert person_key(" Gābor  Kovācs") == person_key("gabor kovacs") == "gabor kovacs"
    assert person_key("Ada Lovelace") != person_key("Ada Lovelock")
