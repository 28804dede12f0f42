"""The series' earlier notes (beside the note, names sorting before its own) and the
tick mark a note with nothing ticked takes from them."""

from __future__ import annotations

from noteapp.storage.earlier_notes import earlier_notes
from noteapp.storage.note import Note


def test_earlier_notes_are_the_older_names_beside_the_note_newest_first(tmp_path):
    for name, text in [
        ("2026-01-07.md", "a"),
        ("2026-01-14.md", "b"),
        ("2026-01-21.md", "c"),
        ("2026-01-28.md", "d"),
        ("notes.png", "not a note"),
    ]:
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "2026-01-01.md").mkdir()  # a folder is not a note
    assert list(earlier_notes(tmp_path / "2026-01-21.md")) == ["b", "a"]
    assert list(earlier_notes(tmp_path / "2026-01-28.md", limit=2)) == ["c", "b"]
    assert list(earlier_notes(None)) == []


def test_earlier_notes_are_read_one_at_a_time(tmp_path):
    (tmp_path / "2026-01-07.md").write_text("a", encoding="utf-8")
    (tmp_path / "2026-01-14.md").write_text("b", encoding="utf-8")
    notes = earlier_notes(tmp_path / "2026-01-21.md")
    assert next(notes) == "b"
    (tmp_path / "2026-01-07.md").unlink()  # gone before it was asked for: skipped
    assert list(notes) == []


def test_a_first_tick_follows_the_series_earlier_notes(tmp_path):
    (tmp_path / "2026-01-07.md").write_text("# Call\n\n- [X] done\n", encoding="utf-8")
    (tmp_path / "2026-01-14.md").write_text("# Call\n\n- [ ] open\n", encoding="utf-8")
    path = tmp_path / "2026-01-21.md"
    path.write_text("# Call\n\n- [ ] new\n", encoding="utf-8")
    note = Note.open(path)
    note.set_checked(0)
    assert note.text == "# Call\n\n- [X] new\n"
    (tmp_path / "2026-01-07.md").unlink()
    fresh = Note.open(path)
    fresh.set_checked(0)
    assert fresh.text == "# Call\n\n- [x] new\n"  # nothing to follow: the neutral "x"
