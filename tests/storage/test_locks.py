"""A lock per open note: free, held here, held by a live process, stale, released."""

from __future__ import annotations

import json
import os
import socket
import stat
import sys
from pathlib import Path

import pytest

from noteapp.storage.locks import (
    FileLock,
    LockState,
    Owner,
    path_key,
    remove_stale_locks,
    state_dir,
)


def _write_lock(lock: FileLock, owner: Owner) -> None:
    lock.file.parent.mkdir(parents=True, exist_ok=True)
    record = {"schema": 1, "path": str(lock.note), "owner": owner._asdict()}
    lock.file.write_text(json.dumps(record))


def test_state_dir_honours_the_environment(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("NOTEAPP_STATE_DIR", str(tmp_path / "st"))
    assert state_dir() == tmp_path / "st"
    assert FileLock(tmp_path / "n.md").file.parent == tmp_path / "st" / "locks"


def test_path_key_is_stable_and_absolute(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert path_key("n.md") == path_key(tmp_path / "n.md")
    assert path_key("n.md") != path_key("m.md")


def test_path_key_names_the_note_and_never_joins_two_paths(tmp_path: Path):
    note = tmp_path / "2024-01-24 call.md"
    key = path_key(note)
    assert "/" not in key and "2024-01-24 call.md" in key
    assert key.startswith("%2F")
    # "%" is escaped too, so a name that looks escaped stays apart from a real folder.
    assert path_key(tmp_path / "a%2Fb.md") != path_key(tmp_path / "a" / "b.md")
    assert path_key(tmp_path / 'odd:*?"<>|\\t.md').endswith("%2Fodd%3A%2A%3F%22%3C%3E%7C%5Ct.md")
    lock = FileLock(note, folder=tmp_path / "locks")
    assert lock.acquire().state is LockState.HELD
    assert lock.file.name == key + ".lock"
    lock.release()


def test_a_path_too_long_for_a_file_name_gets_a_digest(tmp_path: Path):
    deep = tmp_path.joinpath(*["folder-with-a-long-name"] * 12, "n.md")
    key = path_key(deep)
    assert len(key) == 24 and all(c in "0123456789abcdef" for c in key)
    assert key != path_key(deep.with_name("m.md"))


def test_a_free_lock_is_taken_and_names_this_process(tmp_path: Path):
    lock = FileLock(tmp_path / "n.md")
    assert lock.acquire().state is LockState.HELD
    record = json.loads(lock.file.read_text())
    assert record["owner"]["pid"] == os.getpid()
    assert record["owner"]["hostname"] == socket.gethostname()
    assert record["owner"]["started"] > 0
    assert record["path"] == str(tmp_path / "n.md")
    lock.release()
    assert not lock.file.exists()


def test_a_second_window_of_this_process_is_told_it_is_held_here(tmp_path: Path):
    first, second = FileLock(tmp_path / "n.md"), FileLock(tmp_path / "n.md")
    assert first.acquire().state is LockState.HELD
    result = second.acquire()
    assert result.state is LockState.HERE
    assert result.holder is not None and result.holder.is_me()
    second.release()  # never held: leaves the first one's lock alone
    assert first.file.exists()
    first.release()


def test_a_lock_held_by_a_live_process_is_reported_with_its_owner(tmp_path: Path, live_owner):
    lock = FileLock(tmp_path / "n.md")
    _write_lock(lock, live_owner)
    result = lock.acquire()
    assert result.state is LockState.OTHER
    assert result.holder == live_owner
    assert not lock.held
    lock.release()  # not ours: untouched
    assert json.loads(lock.file.read_text())["owner"]["pid"] == live_owner.pid


def test_taking_over_on_purpose_then_the_old_owner_cannot_remove_it(tmp_path: Path, live_owner):
    lock = FileLock(tmp_path / "n.md")
    _write_lock(lock, live_owner)
    assert lock.acquire(force=True).state is LockState.HELD
    assert lock.holder() == Owner.current()


def test_a_stale_lock_of_a_dead_process_is_taken_over(tmp_path: Path, dead_owner):
    lock = FileLock(tmp_path / "n.md")
    _write_lock(lock, dead_owner)
    assert lock.acquire().state is LockState.HELD
    assert lock.holder() == Owner.current()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="start tokens come from /proc")
def test_a_reused_pid_does_not_keep_a_lock_alive(tmp_path: Path, live_owner):
    lock = FileLock(tmp_path / "n.md")
    _write_lock(lock, Owner(live_owner.pid, live_owner.hostname, "12345", 1.0))
    assert lock.acquire().state is LockState.HELD


def test_a_lock_from_another_host_counts_as_live(tmp_path: Path, dead_owner):
    lock = FileLock(tmp_path / "n.md")
    _write_lock(lock, Owner(dead_owner.pid, "elsewhere.invalid", None, 1.0))
    assert lock.acquire().state is LockState.OTHER


@pytest.mark.parametrize("junk", [b"", b"{", b"[]", b'{"owner": {"pid": "x"}}'])
def test_an_unreadable_lock_is_taken_over(tmp_path: Path, junk: bytes):
    lock = FileLock(tmp_path / "n.md")
    lock.file.parent.mkdir(parents=True)
    lock.file.write_bytes(junk)
    assert lock.acquire().state is LockState.HELD


def test_release_leaves_a_lock_someone_else_took_over(tmp_path: Path, live_owner):
    lock = FileLock(tmp_path / "n.md")
    assert lock.acquire().state is LockState.HELD
    _write_lock(lock, live_owner)  # another noteapp chose "edit anyway"
    lock.release()
    assert json.loads(lock.file.read_text())["owner"]["pid"] == live_owner.pid


def test_locks_are_private_and_shared_through_a_symlink(tmp_path: Path):
    """A lock is 0600 in a 0700 folder, and named for the file itself: a second path to
    the note through a symlink finds the same lock."""
    note = tmp_path / "real.md"
    note.write_text("x")
    link = tmp_path / "link.md"
    link.symlink_to(note)
    folder = tmp_path / "state" / "locks"
    lock = FileLock(note, folder)
    assert lock.acquire().state is LockState.HELD
    assert FileLock(link, folder).file == lock.file
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(lock.file.stat().st_mode) == 0o600


def test_stale_locks_and_their_temporary_files_are_removed(tmp_path: Path, dead_owner, live_owner):
    folder = tmp_path / "locks"
    folder.mkdir()
    names = {}
    for name, owner in (("dead", dead_owner), ("live", live_owner)):
        names[name] = folder / f"{name}.lock"
        names[name].write_text(json.dumps({"schema": 1, "owner": owner._asdict()}))
    stray = folder / f".dead.lock.noteapp-{dead_owner.pid}-ab12.tmp"
    stray.write_text("{")
    other = folder / "notes.txt"  # not ours by name: never touched
    other.write_text("keep")
    assert sorted(remove_stale_locks(folder)) == sorted([names["dead"], stray])
    assert names["live"].exists() and other.exists()
