"""Recovery snapshots on disk: written atomically, read back, listed, orphans found."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest

from noteapp.core.text.source import MIXED, decode
from noteapp.storage import recovery
from noteapp.storage.atomic import file_digest
from noteapp.storage.locks import Owner
from noteapp.storage.recovery import (
    RecoveryStore,
    Snapshot,
    new_key,
    recovery_dir,
    unified_diff,
)


@pytest.fixture
def store(tmp_path: Path) -> RecoveryStore:
    return RecoveryStore(tmp_path / "recovery")


def _snapshot(text: str = "hello\nworld\n", **kw) -> Snapshot:
    kw.setdefault("path", Path("/notes/a.md"))
    return Snapshot(new_key(kw["path"]), text, **kw)


def test_the_folder_is_recovery_under_the_state_dir(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("NOTEAPP_STATE_DIR", str(tmp_path / "st"))
    assert recovery_dir() == tmp_path / "st" / "recovery"
    assert RecoveryStore().folder == tmp_path / "st" / "recovery"


def test_keys_are_per_path_and_unique_per_session():
    a1, a2 = new_key("/n/a.md"), new_key("/n/a.md")
    assert a1 != a2
    assert a1.split("-")[0] == a2.split("-")[0] != new_key("/n/b.md").split("-")[0]
    assert new_key(None).startswith("untitled-")


def test_a_snapshot_round_trips_every_field(store: RecoveryStore):
    snap = _snapshot(
        "Zoë\u00a0\ttabs \n",
        encoding="windows-1252",
        bom=False,
        newline="\r\n",
        disk_sha256="ab" * 32,
        saved_at=1234.5,
    )
    store.write(snap)
    record = json.loads(store.file(snap.key).read_bytes())
    assert record["schema"] == recovery.SCHEMA
    assert record["owner"]["pid"] == os.getpid()
    assert store.read(snap.key) == snap


def test_mixed_line_endings_follow_the_edited_text(store: RecoveryStore):
    source = decode(b"one\r\ntwo\nthree\r\n", Path("/n/m.md"))
    assert source.newline == MIXED
    snap = Snapshot.of("k", source, "zero\none\ntwo\nthree\n", None)
    store.write(snap)
    back = store.read("k")
    assert back is not None
    # Unchanged lines keep their endings; the new line takes the most common one.
    assert back.source().encode() == b"zero\r\none\r\ntwo\nthree\r\n"


def test_rewriting_replaces_and_a_failed_write_keeps_the_previous_one(
    store: RecoveryStore, monkeypatch
):
    snap = _snapshot("first\n")
    store.write(snap)
    store.write(Snapshot(snap.key, "second\n", snap.path))

    def full(*_args, **_kw):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(OSError):
        store.write(Snapshot(snap.key, "third\n", snap.path))
    monkeypatch.undo()
    back = store.read(snap.key)
    assert back is not None and back.text == "second\n"
    assert sorted(p.name for p in store.folder.iterdir()) == [f"{snap.key}.json"]


def test_remove_deletes_and_tolerates_a_missing_file(store: RecoveryStore):
    snap = _snapshot()
    store.write(snap)
    store.remove(snap.key)
    store.remove(snap.key)
    assert store.snapshots() == []


def test_no_folder_means_no_snapshots(tmp_path: Path):
    assert RecoveryStore(tmp_path / "never").orphans() == []


def test_orphans_are_the_snapshots_of_dead_processes(store: RecoveryStore, dead_owner, live_owner):
    mine = _snapshot("mine", saved_at=3.0)
    dead = _snapshot("crashed", owner=dead_owner, saved_at=2.0)
    older = _snapshot("crashed earlier", owner=dead_owner, saved_at=1.0)
    running = _snapshot("another noteapp", owner=live_owner)
    for snap in (mine, dead, older, running):
        store.write(snap)
    assert [s.text for s in store.orphans()] == ["crashed earlier", "crashed"]
    assert len(store.snapshots()) == 4


def test_a_snapshot_from_another_host_is_offered(store: RecoveryStore):
    store.write(_snapshot(owner=Owner(os.getpid(), "old-hostname.invalid")))
    assert len(store.orphans()) == 1


@pytest.mark.parametrize(
    "junk",
    [
        b"",
        b"\xff\xfe not json",
        b"[1, 2]",
        b'{"schema": 1}',
        b'{"schema": 99, "text": "x", "encoding": "utf-8", "newline": "\\n", "owner": {}}',
        json.dumps(
            {
                "schema": 1,
                "text": "a\nb",
                "encoding": "utf-8",
                "newline": "mixed",
                "endings": "nn",
                "owner": {"pid": 1, "hostname": "h"},
            }
        ).encode(),
    ],
    ids=["empty", "binary", "list", "incomplete", "newer-schema", "endings-mismatch"],
)
def test_unreadable_files_are_skipped_with_a_warning(
    store: RecoveryStore, dead_owner, caplog, junk: bytes
):
    good = _snapshot("good", owner=dead_owner)
    store.write(good)
    (store.folder / "bad.json").write_bytes(junk)
    (store.folder / ".a.json.tmp123").write_bytes(b"leftover of a killed write")
    with caplog.at_level(logging.WARNING, logger="noteapp.storage.recovery"):
        assert [s.key for s in store.orphans()] == [good.key]
    assert "bad.json" in caplog.text
    assert (store.folder / "bad.json").exists()  # left for a human to rescue


def test_matches_disk_and_disk_text(tmp_path: Path):
    note = tmp_path / "n.md"
    note.write_bytes(b"\xef\xbb\xbfone\r\ntwo\r\n")
    source = decode(note.read_bytes(), note)
    same = Snapshot.of("k", source, source.text, file_digest(note))
    edited = Snapshot.of("k", source, "one\ntwo\nthree\n", file_digest(note))
    assert same.matches_disk()
    assert not edited.matches_disk()
    assert edited.disk_text() == "one\ntwo\n"
    note.unlink()
    assert edited.disk_text() is None
    assert not same.matches_disk()


def test_file_digest():
    assert file_digest(None) is None
    assert file_digest(Path("/no/such/file")) is None


def test_unified_diff_marks_both_sides():
    diff = unified_diff("a\nb\n", "a\nc", "disk", "here")
    assert diff.splitlines()[:2] == ["--- disk", "+++ here"]
    assert "-b" in diff.splitlines() and "+c" in diff.splitlines()
    assert unified_diff(None, "x\n", "disk", "here").splitlines()[-1] == "+x"
