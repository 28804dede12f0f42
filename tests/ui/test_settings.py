"""Settings survive a round trip, a corrupt file and an older version (no Qt involved)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from noteapp.storage.settings import MAX_RECENT, SCHEMA, Settings, settings_path


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


def test_round_trip_keeps_recent_files_geometry_and_unknown_keys(path: Path):
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"schema": 1, "from_a_newer_version": {"x": [1, 2]}}))
    settings = Settings.load(path)
    settings.add_recent(path.parent / "a.md")
    settings.add_recent(path.parent / "b.md")
    settings.window_geometry = "AdnQywADAAA="
    settings.save()

    again = Settings.load(path)
    assert again.origin == "file"
    assert again.recent_files == [str(path.parent / "b.md"), str(path.parent / "a.md")]
    assert again.window_geometry == "AdnQywADAAA="
    on_disk = json.loads(path.read_text())
    assert on_disk["schema"] == SCHEMA
    assert on_disk["from_a_newer_version"] == {"x": [1, 2]}


def test_recent_files_are_most_recent_first_without_duplicates_and_capped(tmp_path: Path):
    settings = Settings(tmp_path / "s.json")
    for number in range(MAX_RECENT + 3):
        settings.add_recent(tmp_path / f"{number}.md")
    settings.add_recent(tmp_path / "5.md")
    recent = settings.recent_files
    assert len(recent) == MAX_RECENT
    assert recent[0] == str(tmp_path / "5.md")
    assert recent.count(str(tmp_path / "5.md")) == 1
    settings.remove_recent(tmp_path / "5.md")
    assert str(tmp_path / "5.md") not in settings.recent_files
    settings.clear_recent()
    assert settings.recent_files == []


def test_missing_file_gives_defaults(path: Path):
    settings = Settings.load(path)
    assert settings.origin == "defaults"
    assert settings.recent_files == []
    assert settings.window_geometry is None
    assert settings.data["schema"] == SCHEMA


def test_save_keeps_the_previous_file_as_bak(path: Path):
    first = Settings.load(path)
    first.add_recent("/notes/one.md")
    first.save()
    assert not path.with_name("settings.json.bak").exists()  # nothing to back up yet
    first.add_recent("/notes/two.md")
    first.save()
    backup = json.loads(path.with_name("settings.json.bak").read_text())
    assert backup["recent_files"] == ["/notes/one.md"]


@pytest.mark.parametrize("junk", [b"{not json", b"", b"[1, 2]", b"\xff\xfe\x00", b"null"])
def test_corrupt_file_falls_back_to_the_backup(path: Path, junk: bytes):
    good = Settings.load(path)
    good.add_recent("/notes/kept.md")
    good.save()
    good.save()  # now settings.json.bak holds the same good data
    path.write_bytes(junk)

    settings = Settings.load(path)
    assert settings.origin == "backup"
    assert settings.recent_files == ["/notes/kept.md"]
    # Saving after the fallback must not replace the good backup with the corrupt file.
    settings.save()
    assert json.loads(path.with_name("settings.json.bak").read_text())["recent_files"] == [
        "/notes/kept.md"
    ]
    assert Settings.load(path).origin == "file"


def test_corrupt_file_and_backup_give_defaults(path: Path):
    path.parent.mkdir(parents=True)
    path.write_text("{")
    path.with_name("settings.json.bak").write_text("also {")
    settings = Settings.load(path)
    assert settings.origin == "defaults"
    assert settings.recent_files == []


def test_hand_edited_values_of_the_wrong_type_are_ignored(path: Path):
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"recent_files": ["/a.md", 3, None, ""], "window_geometry": 7}))
    settings = Settings.load(path)
    assert settings.recent_files == ["/a.md"]
    assert settings.window_geometry is None


def test_location_follows_noteapp_config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("NOTEAPP_CONFIG_DIR", str(tmp_path / "cfg"))
    assert settings_path() == tmp_path / "cfg" / "settings.json"
    Settings.load().save()
    assert (tmp_path / "cfg" / "settings.json").is_file()


def test_settings_module_does_not_import_qt():
    code = (
        "import sys, noteapp.storage.settings; "
        "sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
