"""Mojibake found with ftfy: reported by check and inspect, repaired only on request."""

from __future__ import annotations

from noteapp.core.text.check import check_file
from noteapp.core.text.mojibake import find_mojibake, repair_edit
from noteapp.storage.note import Note


def test_check_flags_the_two_names_in_seed_001_with_their_line(corpus):
    result = check_file(corpus / "seeds/001_d11c4eb476db4b4b.txt")
    assert result.ok
    assert result.warnings == [
        "line 11: 'GƒÅbor KovƒÅcs' looks mis-decoded (was it 'Gābor Kovācs'?)"
    ]


def test_correct_names_in_many_scripts_are_not_flagged(corpus):
    for name in (
        "zarr/2024-01-24.md",
        "conda-forge/2024-01-24.md",
        "paddle/2024-01-25-meeting-minutes.md",
    ):
        assert find_mojibake((corpus / name).read_text(encoding="utf-8")) == [], name


def test_inspect_reports_it_and_the_repair_changes_only_those_words(corpus):
    note = Note.open(corpus / "seeds/001_d11c4eb476db4b4b.txt")
    assert note.to_json()["mojibake"] == [
        {"line": 11, "text": "GƒÅbor KovƒÅcs", "fixed": "Gābor Kovācs"}
    ]
    edit = repair_edit(note.text)
    assert edit.apply(note.text) == note.text.replace("GƒÅbor KovƒÅcs", "Gābor Kovācs")
    assert repair_edit("plain ascii").is_noop
