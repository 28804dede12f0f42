"""Atomic replacement under faults: a full disk or a kill leaves the old note, and what a
killed save left behind is cleaned up (only ours, only a dead process's)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from noteapp.storage import atomic
from noteapp.storage.atomic import atomic_write, remove_stale_temporaries, write_private


def test_a_full_disk_during_save_leaves_the_note_and_no_temporary_file(tmp_path: Path, monkeypatch):
    note = tmp_path / "note.md"
    note.write_bytes(b"old content\n")

    class FullDisk:
        def __init__(self, handle) -> None:
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            self.handle.write(data[: len(data) // 2])  # part of it got there
            raise OSError(errno.ENOSPC, "No space left on device")

    real_fdopen = os.fdopen
    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode: FullDisk(real_fdopen(fd, mode)))
    with pytest.raises(OSError) as raised:
        atomic_write(note, b"new content, longer than the old\n")
    assert raised.value.errno == errno.ENOSPC
    assert note.read_bytes() == b"old content\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["note.md"]


def test_temporary_files_name_their_process(tmp_path: Path, monkeypatch):
    seen: list[str] = []
    real_replace = os.replace
    monkeypatch.setattr(atomic.os, "replace", lambda a, b: seen.append(a) or real_replace(a, b))
    atomic_write(tmp_path / "n.md", b"x")
    [name] = seen
    assert Path(name).name.startswith(f".n.md.noteapp-{os.getpid()}-")
    assert atomic._temporary_owner(Path(name).name) == os.getpid()


def test_only_our_temporaries_of_dead_processes_are_removed(tmp_path: Path, dead_owner):
    dead = tmp_path / f".n.md.noteapp-{dead_owner.pid}-abc123.tmp"
    mine = tmp_path / f".n.md.noteapp-{os.getpid()}-abc123.tmp"  # a save going on now
    others = [
        tmp_path / ".n.md.tmp",
        tmp_path / "n.md",
        tmp_path / f"noteapp-{dead_owner.pid}-x.tmp",
    ]
    for file in [dead, mine, *others]:
        file.write_bytes(b"x")
    assert remove_stale_temporaries(tmp_path) == [dead]
    assert mine.exists() and all(f.exists() for f in others)


def test_private_files_are_0600_in_a_0700_folder_even_over_an_old_0644(tmp_path: Path):
    folder = tmp_path / "state"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    target = folder / "settings.json"
    target.write_bytes(b"{}")
    os.chmod(target, 0o644)
    write_private(target, b'{"a": 1}')
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes() == b'{"a": 1}'
