"""The default workspace and its sample note."""

from __future__ import annotations

from pathlib import Path

from noteapp.storage.note import Note
from noteapp.storage.workspace import default_workspace, ensure_workspace


def test_default_workspace_is_under_the_user_data_folder(monkeypatch):
    monkeypatch.delenv("NOTEAPP_WORKSPACE")
    monkeypatch.setenv("XDG_DATA_HOME", "/tmp/xdg-data")
    assert default_workspace() == Path("/tmp/xdg-data/noteapp/workspace")


def test_first_start_creates_a_sample_note_that_parses(tmp_path):
    sample = ensure_workspace(tmp_path / "ws")
    assert sample.is_file() and sample.is_relative_to(tmp_path / "ws")
    note = Note.open(sample)
    assert note.front_matter.kind == "yaml"
    assert note.title() == "18th November"


def test_an_existing_workspace_is_left_alone(tmp_path):
    root = tmp_path / "ws"
    root.mkdir()
    (root / "mine.md").write_text("# mine\n")
    sample = ensure_workspace(root)
    assert not sample.exists()
    assert [p.name for p in root.iterdir()] == ["mine.md"]
