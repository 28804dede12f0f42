"""Ticking a tracked item where it is open now, and renaming a person: minimal edits."""

from __future__ import annotations

import pytest

from noteapp.core.archive.rename import preview, rename_in_text
from noteapp.core.archive.series_of import SeriesRule, archive_root, folder_series, series_of
from noteapp.core.archive.tick import done_edit
from noteapp.core.errors import StructureEditError
from tests.archive.conftest import ARCHIVE

FEB = (ARCHIVE / "garden-club/2025/2025-02-04.md").read_text(encoding="utf-8")


def test_ticking_changes_one_box_character():
    edit = done_edit(FEB, "(TN) Fix the leaking rain barrel", [19])
    assert (edit.start, edit.end, edit.new) == (
        FEB.index("[ ] (TN) Fix") + 1,
        FEB.index("[ ] (TN) Fix") + 2,
        "x",
    )


def test_an_item_without_a_box_is_struck_through():
    line = "- TODO: ML to buy a new lock for the tool shed"
    after = done_edit(FEB, "TODO: ML to buy a new lock for the tool shed", [23]).apply(FEB)
    assert after == FEB.replace(line, "- ~~TODO: ML to buy a new lock for the tool shed~~")


def test_lines_moved_since_indexing_the_copy_is_found_by_its_words():
    moved = FEB.replace("## Action items\n", "## Action items\n\n- [ ] (RM) A new one\n")
    after = done_edit(moved, "(TN) Fix the leaking rain barrel", [19]).apply(moved)
    assert after == moved.replace("- [ ] (TN) Fix", "- [x] (TN) Fix")


def test_an_item_gone_from_the_note_is_refused():
    gone = FEB.replace("- [ ] (TN) Fix the leaking rain barrel (from 2024-11-05)\n", "")
    with pytest.raises(StructureEditError, match="no longer holds"):
        done_edit(gone, "(TN) Fix the leaking rain barrel", [19])


def test_rename_changes_only_the_name_and_previews_a_diff():
    text = (ARCHIVE / "garden-club/2024/2024-12-03.md").read_text(encoding="utf-8")
    edit = rename_in_text(text, "Marta Lopez", "Marta Lopes")
    assert edit is not None and (edit.end - edit.start, edit.new) == (1, "s")
    diff = preview(text, edit, "2024-12-03.md")
    assert "-**Attending:** Marta Lopez (ML)" in diff and "+**Attending:** Marta Lopes (ML)" in diff
    assert rename_in_text(text, "Nobody Here", "X") is None


def test_series_from_folders_and_series_files():
    assert folder_series("garden-club/2024/2024-11-05.md") == "garden-club"
    assert folder_series("book-circle/2025-01-15.md") == "book-circle"
    assert folder_series("meeting-notes/20250114-community/index.md") == "meeting-notes"
    assert folder_series("2024-01-01.md") == ""
    import re

    rule = SeriesRule(
        "coordination", "posts", re.compile(r"\d{4}/\d{4}-\d\d-\d\d-coordination\.md")
    )
    assert series_of("posts/2024/2024-01-10-coordination.md", [rule]) == "coordination"
    assert series_of("posts/2024/2024-01-10-startup.md", [rule]) == "posts"


def test_the_archive_of_a_note_outside_the_workspace(tmp_path):
    repo = tmp_path / "site"
    (repo / ".git").mkdir(parents=True)
    note = repo / "minutes" / "2024" / "2024-01-01.md"
    assert archive_root(note, tmp_path / "ws") == repo
    assert archive_root(tmp_path / "loose" / "2024" / "a.md", None) == tmp_path / "loose"
    assert archive_root(tmp_path / "ws" / "x" / "a.md", tmp_path / "ws") == tmp_path / "ws"
