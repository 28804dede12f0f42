"""Every write of a note goes through noteapp.storage.notefile: the window's save, the
scripting API's ``Note.save``, HackMD pull, and the save before a git commit."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from noteapp.core.note import Note
from noteapp.publish.hackmd_api import HackMDClient
from noteapp.publish.hackmd_state import SyncState
from noteapp.publish.hackmd_sync import pull_from_hackmd, push_to_hackmd
from noteapp.storage import notefile
from noteapp.ui.publishing import Publishing
from tests.conftest import FIXTURES
from tests.publish.github_setup import git, git_identity  # noqa: F401 (a fixture)
from tests.publish.hackmd_server import FakeHackMD

NOTE = FIXTURES / "hackmd" / "weekly-call.md"


@pytest.fixture
def saves(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The paths notefile.save wrote, in order; the real save still runs."""
    written: list[Path] = []
    real = notefile.save

    def recording(path, text, **kwargs):
        written.append(Path(path))
        return real(path, text, **kwargs)

    monkeypatch.setattr(notefile, "save", recording)
    return written


@pytest.fixture
def atomic_writes(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Writes below notefile: none may bypass it (the atomic writer is only called by it)."""
    from noteapp.storage import atomic

    written: list[Path] = []
    real = atomic.atomic_write

    def recording(path, data):
        written.append(Path(path))
        return real(path, data)

    monkeypatch.setattr(notefile, "atomic_write", recording)
    return written


def copy_note(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copyfile(NOTE, folder / NOTE.name))


def test_the_window_saves_through_notefile(make_window, tmp_path, saves, atomic_writes):
    note = copy_note(tmp_path)
    window, _ = make_window()
    assert window.open_path(note)
    window.editor.insertPlainText("Typed. ")
    assert window.save()
    assert saves == [note] and atomic_writes == [note]
    assert note.read_text(encoding="utf-8").startswith("Typed. ---")


def test_the_scripting_api_saves_through_notefile(tmp_path, saves):
    note = copy_note(tmp_path)
    script = Note.open(note)
    script.set("nav_order", 3)
    script.save()
    assert saves == [note]
    assert "nav_order: 3" in note.read_text(encoding="utf-8")


def test_the_scripting_api_never_overwrites_a_file_changed_since_it_was_opened(tmp_path):
    note = copy_note(tmp_path)
    script = Note.open(note)
    script.set("nav_order", 3)
    note.write_bytes(note.read_bytes() + b"\nadded by another editor\n")
    changed = note.read_bytes()
    with pytest.raises(notefile.ChangedOnDisk, match="changed on disk"):
        script.save()
    assert note.read_bytes() == changed
    script.save(tmp_path / "copy.md")  # elsewhere: no guard to pass
    assert "nav_order: 3" in (tmp_path / "copy.md").read_text(encoding="utf-8")


def test_a_hackmd_pull_saves_through_notefile(tmp_path, saves):
    server = FakeHackMD().start()
    try:
        client = HackMDClient(server.token, server.url, timeout=5, max_wait=10)
        state = SyncState(Path(os.environ["NOTEAPP_WORKSPACE"]))
        note = copy_note(tmp_path / "call")
        note_id = push_to_hackmd(note, client=client, state=state).note_id
        saves.clear()  # the push wrote the note id into the front matter
        server.edit(note_id, server.notes[note_id].content + "\n- written on HackMD\n")
        assert pull_from_hackmd(note, client=client, state=state).saved
    finally:
        server.stop()
    assert saves == [note]
    assert note.read_text(encoding="utf-8").endswith("- written on HackMD\n")


@pytest.mark.usefixtures("git_identity")
def test_a_git_commit_from_the_window_saves_through_notefile(make_window, tmp_path, qtbot, saves):
    site = tmp_path / "site"
    site.mkdir()
    git(site, "init", "-q")
    note = copy_note(site / "2024")
    window, _ = make_window()
    window.workspace = site
    assert window.open_path(note)
    window.editor.insertPlainText("Typed before the commit. ")
    publishing = window.findChild(Publishing, "publishing")
    window.commands["publish_git"].trigger()
    qtbot.waitUntil(lambda: not publishing.busy, timeout=20_000)
    assert saves == [note]
    assert "Committed" in publishing.last_message
    assert git(site, "show", "HEAD:2024/weekly-call.md").startswith("Typed before the commit.")
