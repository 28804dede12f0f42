"""The edit journal: replayed exactly, a torn tail refused cleanly, written off the caller's
thread, private files."""

from __future__ import annotations

import errno
import os
import random
import stat
from pathlib import Path

import pytest

from noteapp.core.text.source import SourceText
from noteapp.storage import journal
from noteapp.storage.journal import JournalWriter, journal_files, record, replay, units
from noteapp.storage.recovery import RecoveryStore

ALPHABET = "ab \n\u00a0Zoë🎉\t"


def _random_edits(rng: random.Random, text: str, count: int) -> list[tuple[str, int, int, str]]:
    """(text after, position, removed, inserted), in UTF-16 units, never splitting a pair."""
    steps = []
    for _ in range(count):
        cut = rng.randrange(len(text) + 1)
        end = min(len(text), cut + rng.choice([0, 0, 1, 3]))
        inserted = "".join(rng.choice(ALPHABET) for _ in range(rng.choice([0, 1, 1, 2, 5])))
        position, removed = units(text[:cut]), units(text[cut:end])
        text = text[:cut] + inserted + text[end:]
        steps.append((text, position, removed, inserted))
    return steps


def test_replay_gives_back_every_state_exactly():
    rng = random.Random(12)
    base = "# Notes\n\nZoë 🎉 met\u00a0Ada\n"
    steps = _random_edits(rng, base, 400)
    data = b"".join(record(p, r, i, 1000.0 + n) for n, (_, p, r, i) in enumerate(steps))
    done = replay(base, data)
    assert (done.text, done.edits, done.damaged, done.last) == (steps[-1][0], 400, False, 1399.0)
    lines = data.splitlines(keepends=True)
    for cut in (1, 57, 399):
        assert replay(base, b"".join(lines[:cut])).text == steps[cut - 1][0]


@pytest.mark.parametrize("damage", ["torn", "garbage", "zeros", "bad checksum", "out of range"])
def test_a_damaged_tail_is_left_out_and_flagged(damage: str):
    base = "hello"
    good = record(5, 0, " world") + record(0, 1, "H")
    bad = {
        "torn": record(11, 0, "!")[:-5],
        "garbage": b"not a record\n",
        "zeros": b"\0" * 4096,
        "bad checksum": b"00000000" + record(11, 0, "!")[8:],
        "out of range": record(50, 1, "x"),
    }[damage]
    done = replay(base, good + bad + record(11, 0, "?"))
    assert (done.text, done.edits, done.damaged) == ("Hello world", 2, True)


def test_an_empty_journal_is_the_snapshot_itself():
    assert replay("same", b"") == journal.Replayed("same", 0, False, 0.0)


def _writer(store: RecoveryStore) -> tuple[JournalWriter, list]:
    reports: list = []
    return JournalWriter(store, reports.append, lambda: reports.append("resync")), reports


def test_the_writer_keeps_snapshot_and_journal_in_step(tmp_path: Path):
    store = RecoveryStore(tmp_path / "recovery")
    writer, reports = _writer(store)
    source = SourceText("base\n", path=tmp_path / "n.md")
    writer.begin("k", source, "base\n", None)
    steps = _random_edits(random.Random(3), "base\n", 200)
    for after, position, removed, inserted in steps:
        writer.edit(position, removed, inserted, units(after))
    text = steps[-1][0]
    assert writer.flush()
    assert store.read("k").text == text and not store.read("k").dropped
    writer.begin("k", source, text, None)  # folded into a new snapshot: one journal left
    assert writer.flush()
    [only] = journal_files(store.folder, "k")
    assert only.read_bytes() == b"" and store.read("k").text == text
    assert reports == []
    writer.remove("k")
    assert writer.flush() and not any(store.folder.iterdir())
    writer.stop()


def test_an_edit_that_does_not_fit_asks_for_a_resync(tmp_path: Path):
    store = RecoveryStore(tmp_path / "recovery")
    writer, reports = _writer(store)
    writer.begin("k", SourceText("abc"), "abc", None)
    writer.edit(3, 0, "d", 99)  # the length after it cannot be 99
    writer.edit(4, 0, "e", 5)  # dropped until the resync's begin
    assert not writer.flush()
    assert reports == ["resync"] and store.read("k").text == "abc"
    writer.begin("k", SourceText("abc"), "abcde", None)
    assert writer.flush() and store.read("k").text == "abcde"


def test_a_full_disk_is_reported_and_the_old_snapshot_kept(tmp_path: Path, monkeypatch):
    store = RecoveryStore(tmp_path / "recovery")
    writer, reports = _writer(store)
    writer.begin("k", SourceText("abc"), "abc", None)
    writer.edit(3, 0, "d", 4)
    assert writer.flush()
    real_write = os.write

    def disk_full(fd: int, data) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", disk_full)
    writer.edit(4, 0, "e", 5)
    assert not writer.flush()
    [error] = reports
    assert error.errno == errno.ENOSPC
    assert store.read("k").text == "abcd"  # what was on disk before stays readable
    monkeypatch.setattr(os, "write", real_write)
    writer.begin("k", SourceText("abc"), "abcde", None)
    assert writer.flush() and reports == [error, None]
    assert store.read("k").text == "abcde"


def test_snapshots_and_journals_are_private(tmp_path: Path):
    store = RecoveryStore(tmp_path / "state" / "recovery")
    writer, _ = _writer(store)
    writer.begin("k", SourceText("secret"), "secret", None)
    writer.edit(6, 0, "!", 7)
    assert writer.flush()
    assert stat.S_IMODE(store.folder.stat().st_mode) == 0o700
    for file in store.folder.iterdir():
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file.name


def test_a_text_prepared_ahead_is_not_encoded_again_by_its_first_snapshot(tmp_path, monkeypatch):
    """A long note's first snapshot is begun by its first edit: its text is encoded
    beforehand (``prepare``), and the snapshot written then is byte for byte the same."""
    from noteapp.storage import recovery

    base = '# Notes\n\nZoë 🎉 met\u00a0Ada "quoted" \\ back\n' * 50
    store = RecoveryStore(tmp_path)
    writer = JournalWriter(store, lambda _e: None, lambda: None)
    writer.prepare(base)
    assert writer.flush()
    encoded: list[int] = []
    real = recovery.encode_text
    monkeypatch.setattr(recovery, "encode_text", lambda t: encoded.append(len(t)) or real(t))
    source = SourceText(base, "utf-8", False, "\n", (), None)
    writer.begin("k", source, base, None)
    writer.edit(units(base), 0, "Bob!", units(base) + 4)
    assert writer.flush()
    assert encoded == []  # the prepared text's encoding was used
    kept = store.file("k").read_bytes()
    snapshot = recovery.Snapshot.from_bytes("k", kept)
    assert snapshot.text == base
    assert kept == snapshot.to_bytes()  # the same bytes as encoding it there and then
    assert store.read("k").text == base + "Bob!"
    # used once: the next snapshot of the same text encodes it again
    encoded.clear()
    writer.begin("k", source, base, None)
    assert writer.flush()
    assert encoded == [len(base)]
    writer.stop()
