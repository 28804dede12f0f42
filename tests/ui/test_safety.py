"""Snapshots while typing, autosave, the lock and changes on disk, in the real window.

Timer intervals are shortened through the modules' constants; every wait is a
``qtbot.waitUntil`` on an outcome, never an assertion about speed.
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from noteapp.storage import notefile
from noteapp.storage.atomic import file_digest
from noteapp.storage.locks import FileLock, Owner
from noteapp.storage.recovery import RecoveryStore
from noteapp.ui import disk_watch, safety
from noteapp.ui.disk_watch import DiskChoice, DiskWatch
from noteapp.ui.main_window import Answer, MainWindow
from noteapp.ui.safety import BATCH_PROPERTY, Safety, safety_of
from tests.storage.owners import exited_owner, running_owner
from tests.ui.helpers import text_of, type_at

NOTE = "zarr/2024-05-01.md"


@pytest.fixture
def dead_pid() -> int:
    return exited_owner().pid


@pytest.fixture(autouse=True)
def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "IDLE_MS", 50)
    monkeypatch.setattr(safety, "RETRY_MS", 50)
    monkeypatch.setattr(safety, "AUTOSAVE_IDLE_MS", 80)
    monkeypatch.setattr(disk_watch, "SETTLE_MS", 20)


class DiskAnswers:
    """Answers the disk watch's questions from queues; an unexpected one fails the test."""

    def __init__(self, watch: DiskWatch, monkeypatch: pytest.MonkeyPatch) -> None:
        self.choices: list[DiskChoice] = []
        self.compare_choices: list[DiskChoice] = []
        self.confirms: list[bool] = []
        self.asked: list[Path] = []
        self.compared: list[tuple[str, str]] = []
        self.deleted: list[Path] = []
        monkeypatch.setattr(watch, "ask_change", self._ask)
        monkeypatch.setattr(watch, "compare", self._compare)
        monkeypatch.setattr(watch, "confirm_discard", lambda _p: self._pop(self.confirms))
        monkeypatch.setattr(watch, "tell_deleted", self.deleted.append)

    @staticmethod
    def _pop(queue: list):  # type: ignore[type-arg]
        if not queue:
            raise AssertionError("the disk watch asked a question the test did not expect")
        return queue.pop(0)

    def _ask(self, path: Path) -> DiskChoice:
        self.asked.append(path)
        return self._pop(self.choices)

    def _compare(self, _path: Path, disk: str, mine: str) -> DiskChoice:
        self.compared.append((disk, mine))
        return self._pop(self.compare_choices)


def _safety(win: MainWindow) -> Safety:
    found = safety_of(win)
    assert found is not None
    return found


def _snapshots() -> list:
    return RecoveryStore().snapshots()


def _snapshot_texts() -> list[str]:
    """The texts in the snapshot files themselves, without their journals."""
    return [json.loads(f.read_bytes())["text"] for f in RecoveryStore().folder.glob("*.json")]


def _opened(window, note_copy, monkeypatch) -> tuple[MainWindow, object, Path, DiskAnswers]:
    win, dialogs = window
    path = note_copy(NOTE)
    assert win.open_path(path)
    return win, dialogs, path, DiskAnswers(_safety(win).disk_watch, monkeypatch)


def _replace_on_disk(path: Path, data: bytes) -> None:
    """Write like git and most editors do: a new file renamed over the old one."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


# -- recovery snapshots -------------------------------------------------------------------


def test_a_snapshot_is_written_after_a_pause_in_typing(window, note_copy, qtbot, monkeypatch):
    win, _, path, _ = _opened(window, note_copy, monkeypatch)
    type_at(qtbot, win, 0, "typed ")
    # After the pause the journal is folded into the snapshot file itself.
    qtbot.waitUntil(lambda: _snapshot_texts() == [text_of(win)])
    [snap] = _snapshots()
    assert snap.text == text_of(win)
    assert snap.path == path
    assert snap.disk_sha256 == file_digest(path)
    assert snap.owner == Owner.current()
    assert (snap.encoding, snap.bom, snap.newline) == ("utf-8", False, win.source.newline)


def test_every_keystroke_reaches_the_disk_while_typing_goes_on(window, qtbot, monkeypatch):
    """No pause needed: each change is in the journal once the writer has caught up
    (it used to wait for a 2 s pause or 30 s of typing, so a burst was lost whole)."""
    win, _ = window
    monkeypatch.setattr(safety, "IDLE_MS", 60_000)  # the pause never comes
    typed = ""
    for piece in ["a", "b", "Zoë", "\n", "🎉", "c"]:
        if piece.isalpha() and piece.isascii():
            qtbot.keyClicks(win.editor, piece)
        else:  # keyClicks takes plain ASCII letters only
            win.editor.insertPlainText(piece)
        typed += piece
        assert _safety(win).flush()
        [snap] = _snapshots()
        assert snap.text == typed == text_of(win) and snap.path is None


def test_the_journal_replays_every_kind_of_edit_exactly(window, note_copy, qtbot, monkeypatch):
    """Typing, Enter, a multi-line paste, replacing a selection with text of the same
    length, undo and redo, a structured edit: after each, the snapshot read back (its
    journal replayed) is the editor's text, astral characters and NBSPs included."""
    win, _, _, _ = _opened(window, note_copy, monkeypatch)
    monkeypatch.setattr(safety, "IDLE_MS", 60_000)  # no folding: all of it is journaled
    editor = win.editor

    def check() -> None:
        assert _safety(win).flush()
        [snap] = _snapshots()
        assert snap.text == text_of(win) and not snap.dropped

    type_at(qtbot, win, 0, "Zoe ")
    check()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    editor.insertPlainText("pasted 🎉 line\nand\u00a0another\n")
    check()
    cursor = editor.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(3, cursor.MoveMode.KeepAnchor)
    cursor.insertText("Ann")  # same length as what it replaces
    check()
    editor.undo()
    editor.undo()
    check()
    editor.redo()
    check()
    from noteapp.core.text.edits import Edit

    win.document.apply(Edit(5, 9, "🎉🎉"))
    check()
    cursor.select(cursor.SelectionType.Document)
    cursor.removeSelectedText()
    check()


def test_typing_in_a_large_note_never_reads_its_whole_text(window, note_copy, qtbot, monkeypatch):
    """Only the inserted characters are read from the editor per keystroke, and a pause
    folds the journal only once it is big: a 50 MB note never stalls for a keystroke."""
    win, _, _, _ = _opened(window, note_copy, monkeypatch)
    monkeypatch.setattr(safety, "LARGE_CHARS", 100)  # this note counts as large
    reads: list[int] = []
    real = safety.document_text
    monkeypatch.setattr(safety, "document_text", lambda doc: reads.append(1) or real(doc))
    for n in range(5):
        type_at(qtbot, win, 10 * n, "abc")
        qtbot.wait(3 * safety.IDLE_MS)  # pauses: nothing to fold yet
    assert _safety(win).flush()
    assert reads == []
    [snap] = _snapshots()
    assert snap.text == text_of(win)


def test_at_exit_the_queued_writes_finish_and_the_worker_ends(window, qtbot):
    """The worker is a daemon thread: were the process to exit mid-write, the snapshot's
    temporary file would be left behind (the kill campaign saw it); ``app.run`` waits."""
    win, _ = window
    qtbot.keyClicks(win.editor, "last words")
    writer = _safety(win).writer
    safety.finish_writes([win])
    assert writer._thread is None
    [snap] = _snapshots()
    assert snap.text == "last words"
    assert not list(RecoveryStore().folder.glob(".*.tmp"))


def test_after_exit_began_no_change_starts_a_write(window, note_copy, qtbot):
    """The kill campaign's restart left a snapshot's temporary file: its window had no
    writer yet when ``finish_writes`` ran, and the document's tear-down then reported a
    change, which began a snapshot in a new daemon thread that the exit cut short."""
    win, _ = window
    assert win.open_path(note_copy(NOTE))
    guard = _safety(win)
    safety.finish_writes([win])
    assert guard._writer is None
    win.editor.document().setPlainText("torn down")  # what the tear-down does
    assert guard._writer is None
    assert not _snapshots()
    assert not list(RecoveryStore().folder.glob(".*.tmp"))


def test_the_journal_is_ready_once_the_loaded_note_is_parsed(window, note_copy, qtbot, monkeypatch):
    """The first keystroke in a note just opened does not import and make the journal's
    writer: it is made on the loop turn after the note's first snapshot, long before the
    fallback timer (pushed out here to a minute)."""
    monkeypatch.setattr(safety, "WARM_UP_MS", 60_000)
    win, _ = window
    assert win.open_path(note_copy(NOTE))
    guard = _safety(win)
    qtbot.waitUntil(lambda: win.document.has_snapshot)
    qtbot.waitUntil(lambda: guard._writer is not None and guard._key is not None, timeout=2000)
    assert not win.is_modified()
    assert not _snapshots()  # made ready, nothing written


def test_a_long_notes_first_snapshot_is_encoded_before_its_first_keystroke(
    window, note_copy, qtbot, monkeypatch
):
    """The first edit begins the snapshot of the text as loaded: for a long note its
    encoding is done when the journal is made ready, not by the first keystroke; after a
    save, the saved text is encoded ahead the same way."""
    from noteapp.storage import recovery

    monkeypatch.setattr(safety, "PREPARE_CHARS", 100)  # this note counts as long
    monkeypatch.setattr(safety, "IDLE_MS", 60_000)  # no pause's snapshot meanwhile
    win, _ = window
    path = note_copy(NOTE)
    assert win.open_path(path)
    guard = _safety(win)
    qtbot.waitUntil(lambda: guard._writer is not None, timeout=5000)
    assert guard.writer.flush()
    encoded: list[int] = []
    real = recovery.encode_text
    monkeypatch.setattr(recovery, "encode_text", lambda t: encoded.append(len(t)) or real(t))
    loaded = text_of(win)
    type_at(qtbot, win, 0, "x")
    assert guard.flush()
    assert encoded == []
    assert _snapshot_texts() == [loaded]  # the snapshot holds the text before the edit
    [snap] = _snapshots()
    assert snap.text == "x" + loaded  # and its journal the keystroke
    assert win.save()
    assert guard.writer.flush()
    assert encoded == [len(loaded) + 1]  # the saved text, encoded by the save
    encoded.clear()
    type_at(qtbot, win, 0, "y")
    assert guard.flush()
    assert encoded == []
    [snap] = _snapshots()
    assert snap.text == "yx" + loaded


def test_nothing_is_kept_once_the_edits_are_undone(window, note_copy, qtbot, monkeypatch):
    win, _, _, _ = _opened(window, note_copy, monkeypatch)
    type_at(qtbot, win, 0, "x")
    qtbot.waitUntil(lambda: len(_snapshots()) == 1)
    win.editor.undo()
    assert not win.is_modified()
    qtbot.keyClicks(win.editor, "y")
    win.editor.undo()  # a change, then back to the saved text: the idle timer runs again
    qtbot.waitUntil(lambda: _snapshots() == [])


def test_saving_removes_the_snapshot(window, note_copy, qtbot, monkeypatch):
    win, _, _, _ = _opened(window, note_copy, monkeypatch)
    type_at(qtbot, win, 0, "x")
    qtbot.waitUntil(lambda: len(_snapshots()) == 1)
    assert win.save()
    assert _snapshots() == []


def test_discarding_on_close_or_open_removes_the_snapshot(window, note_copy, qtbot, monkeypatch):
    win, dialogs, _, _ = _opened(window, note_copy, monkeypatch)
    type_at(qtbot, win, 0, "x")
    qtbot.waitUntil(lambda: len(_snapshots()) == 1)
    dialogs.answers.append(Answer.DISCARD)
    assert win.new_document()
    assert _snapshots() == []

    qtbot.keyClicks(win.editor, "draft")
    qtbot.waitUntil(lambda: len(_snapshots()) == 1)
    dialogs.answers.append(Answer.DISCARD)
    assert win.close()
    assert _snapshots() == []


def test_a_failed_write_is_reported_once_retried_and_loses_nothing(window, qtbot, monkeypatch):
    win, _ = window
    store = _safety(win).store
    messages: list[str] = []
    win.statusBar().messageChanged.connect(messages.append)
    real_write, attempts = store.write, []

    def disk_full(snapshot) -> None:
        attempts.append(snapshot)
        if len(attempts) <= 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(snapshot)

    monkeypatch.setattr(store, "write", disk_full)
    qtbot.keyClicks(win.editor, "precious")
    qtbot.waitUntil(lambda: len(_snapshots()) == 1)
    assert len(attempts) == 4
    failures = [m for m in messages if "Could not write the recovery copy" in m]
    assert len(failures) == 1 and "No space left" in failures[0]
    # The writer's result reaches the window after the file is on disk.
    qtbot.waitUntil(lambda: any("written again" in m for m in messages))
    assert text_of(win) == "precious" and win.is_modified()


# -- autosave ----------------------------------------------------------------------------------


def test_autosave_is_a_checkable_file_command_off_by_default(window):
    win, _ = window
    action = win.commands["autosave"]
    assert action.isCheckable() and not action.isChecked()
    assert action in win.menu("File").actions()
    assert win.settings.autosave is False
    action.trigger()
    assert win.settings.autosave is True


def test_autosave_saves_the_note_after_a_pause(window, note_copy, qtbot, monkeypatch):
    win, _, path, _ = _opened(window, note_copy, monkeypatch)
    original = path.read_bytes()
    win.commands["autosave"].trigger()
    type_at(qtbot, win, 0, "auto ")
    qtbot.waitUntil(lambda: path.read_bytes() == b"auto " + original)
    assert not win.is_modified()
    assert _snapshots() == []


def test_without_autosave_only_the_snapshot_is_written(window, note_copy, qtbot, monkeypatch):
    win, _, path, _ = _opened(window, note_copy, monkeypatch)
    original = path.read_bytes()
    type_at(qtbot, win, 0, "not saved ")
    qtbot.waitUntil(lambda: len(_snapshots()) == 1)
    qtbot.wait(3 * safety.AUTOSAVE_IDLE_MS)
    assert path.read_bytes() == original
    assert win.is_modified()


def test_a_failed_autosave_is_reported_once_and_the_snapshot_keeps_the_text(
    window, note_copy, qtbot, monkeypatch
):
    win, dialogs, path, _ = _opened(window, note_copy, monkeypatch)
    original = path.read_bytes()

    def disk_full(*_args, **_kwargs) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(notefile, "atomic_write", disk_full)
    win.commands["autosave"].trigger()
    type_at(qtbot, win, 0, "first ")
    qtbot.waitUntil(lambda: len(dialogs.errors) == 1)
    assert "No space left" in dialogs.errors[0]
    type_at(qtbot, win, 0, "second ")
    qtbot.waitUntil(lambda: any(s.text.startswith("second first ") for s in _snapshots()))
    qtbot.wait(3 * safety.AUTOSAVE_IDLE_MS)
    assert len(dialogs.errors) == 1  # not an error box after every pause in typing
    assert win.is_modified() and path.read_bytes() == original


def test_autosave_never_overwrites_a_file_changed_on_disk(window, note_copy, qtbot, monkeypatch):
    win, _, path, _ = _opened(window, note_copy, monkeypatch)
    win.commands["autosave"].trigger()
    type_at(qtbot, win, 0, "mine ")
    path.write_bytes(b"theirs\n")
    _safety(win).autosave_now()  # no question asked (Dialogs would fail), nothing written
    assert path.read_bytes() == b"theirs\n"
    assert win.is_modified()
    assert "Autosave paused" in win.statusBar().currentMessage()


# -- the file changed on disk --------------------------------------------------------------------


def test_reload_without_unsaved_edits_shows_the_new_version(window, note_copy, qtbot, monkeypatch):
    win, _, path, answers = _opened(window, note_copy, monkeypatch)
    answers.choices.append(DiskChoice.RELOAD)
    _replace_on_disk(path, b"pulled from git\n")
    qtbot.waitUntil(lambda: text_of(win) == "pulled from git\n")
    assert answers.asked == [path]
    assert not win.is_modified()


@pytest.mark.parametrize("confirm", [True, False])
def test_reload_over_unsaved_edits_needs_a_confirmation(
    window, note_copy, qtbot, monkeypatch, confirm: bool
):
    win, _, path, answers = _opened(window, note_copy, monkeypatch)
    type_at(qtbot, win, 0, "mine ")
    mine = text_of(win)
    answers.choices.append(DiskChoice.RELOAD)
    answers.confirms.append(confirm)
    _replace_on_disk(path, b"theirs\n")
    qtbot.waitUntil(lambda: not answers.confirms)
    qtbot.waitUntil(lambda: text_of(win) == ("theirs\n" if confirm else mine))
    assert win.is_modified() is not confirm


def test_keep_mine_keeps_the_text_and_save_still_asks(window, note_copy, qtbot, monkeypatch):
    win, dialogs, path, answers = _opened(window, note_copy, monkeypatch)
    mine = text_of(win)
    answers.choices.append(DiskChoice.KEEP)
    _replace_on_disk(path, b"theirs\n")
    qtbot.waitUntil(lambda: answers.asked == [path])
    assert text_of(win) == mine
    assert win.is_modified()  # so closing asks, and the snapshot holds it
    dialogs.overwrite_answers.append(False)
    assert not win.save()
    assert dialogs.asked_overwrite == [path]
    assert path.read_bytes() == b"theirs\n"


@pytest.mark.parametrize("then", [DiskChoice.RELOAD, DiskChoice.KEEP])
def test_compare_shows_both_versions_then_lets_the_user_choose(
    window, note_copy, qtbot, monkeypatch, then: DiskChoice
):
    win, _, path, answers = _opened(window, note_copy, monkeypatch)
    mine = text_of(win)
    answers.choices.append(DiskChoice.COMPARE)
    answers.compare_choices.append(then)
    _replace_on_disk(path, b"theirs\n")
    qtbot.waitUntil(lambda: answers.compared == [("theirs\n", mine)])
    qtbot.waitUntil(lambda: text_of(win) == ("theirs\n" if then is DiskChoice.RELOAD else mine))


def test_our_own_saves_are_not_reported_and_the_watch_survives_them(
    window, note_copy, qtbot, monkeypatch
):
    win, _, path, answers = _opened(window, note_copy, monkeypatch)
    for word in ("one ", "two "):  # each atomic save replaces the file being watched
        type_at(qtbot, win, 0, word)
        assert win.save()
        qtbot.wait(5 * disk_watch.SETTLE_MS)
    assert answers.asked == []
    answers.choices.append(DiskChoice.KEEP)
    path.write_bytes(b"written in place by another editor\n")
    qtbot.waitUntil(lambda: answers.asked == [path])


def test_the_same_bytes_written_again_are_not_a_change(window, note_copy, qtbot, monkeypatch):
    _, _, path, answers = _opened(window, note_copy, monkeypatch)
    _replace_on_disk(path, path.read_bytes())  # e.g. a checkout that rewrites the same file
    qtbot.wait(5 * disk_watch.SETTLE_MS)
    assert answers.asked == []
    answers.choices.append(DiskChoice.KEEP)
    _replace_on_disk(path, path.read_bytes() + b"more\n")
    qtbot.waitUntil(lambda: answers.asked == [path])


def test_each_version_on_disk_is_asked_about_once(window, note_copy, qtbot, monkeypatch):
    _, _, path, answers = _opened(window, note_copy, monkeypatch)
    answers.choices.append(DiskChoice.KEEP)
    _replace_on_disk(path, b"theirs\n")
    qtbot.waitUntil(lambda: len(answers.asked) == 1)
    (path.parent / "unrelated.md").write_bytes(b"x")  # the folder changes, the note not
    qtbot.wait(5 * disk_watch.SETTLE_MS)
    assert len(answers.asked) == 1
    answers.choices.append(DiskChoice.KEEP)
    _replace_on_disk(path, b"theirs, again\n")
    qtbot.waitUntil(lambda: len(answers.asked) == 2)


def test_a_deleted_file_is_reported_and_the_text_kept(window, note_copy, qtbot, monkeypatch):
    win, _, path, answers = _opened(window, note_copy, monkeypatch)
    mine = text_of(win)
    path.unlink()
    qtbot.waitUntil(lambda: answers.deleted == [path])
    assert text_of(win) == mine
    assert win.is_modified()
    assert win.save()  # the note comes back from the window's text
    assert path.read_bytes() == win.source.encode()
    assert answers.asked == []


# -- the lock -----------------------------------------------------------------------------------


def _hold(path: Path, owner: Owner) -> FileLock:
    lock = FileLock(path)
    lock.file.parent.mkdir(parents=True, exist_ok=True)
    lock.file.write_text(json.dumps({"schema": 1, "owner": owner._asdict()}))
    return lock


@pytest.mark.parametrize("edit_anyway", [False, True])
def test_a_note_open_in_another_live_noteapp_opens_read_only(
    window, note_copy, qtbot, monkeypatch, edit_anyway: bool
):
    win, _ = window
    path = note_copy(NOTE)
    asked: list[str] = []

    def ask(_path: Path, where: str) -> bool:
        asked.append(where)
        return edit_anyway

    monkeypatch.setattr(_safety(win), "ask_edit_locked", ask)
    with running_owner() as other:
        lock = _hold(path, other)
        assert win.open_path(path)
        assert win.editor.isReadOnly()  # before the question: no keystroke gets in
        qtbot.waitUntil(lambda: len(asked) == 1)
        assert f"process {other.pid}" in asked[0]
        assert win.editor.isReadOnly() is not edit_anyway
        assert (lock.holder() == Owner.current()) is edit_anyway
    assert win.new_document()  # another note: writable again
    assert not win.editor.isReadOnly()


def test_a_stale_lock_is_taken_over_silently_and_released_on_close(window, note_copy):
    win, _ = window
    path = note_copy(NOTE)
    lock = _hold(path, exited_owner())
    assert win.open_path(path)
    assert not win.editor.isReadOnly()
    assert lock.holder() == Owner.current()
    assert win.close()
    assert not lock.file.exists()


def test_save_as_moves_the_lock(window, note_copy, tmp_path: Path):
    win, dialogs = window
    path = note_copy(NOTE)
    win.open_path(path)
    other = tmp_path / "copy.md"
    dialogs.save_paths.append(str(other))
    assert win.save_as()
    assert not FileLock(path).file.exists()
    assert FileLock(other).holder() == Owner.current()


def test_a_second_window_here_is_told_not_blocked(make_window, note_copy):
    (first, _), (second, _) = make_window(), make_window()
    path = note_copy(NOTE)
    first.open_path(path)
    second.open_path(path)
    assert "also open in another window" in second.statusBar().currentMessage()
    assert not second.editor.isReadOnly()


def test_what_a_killed_save_left_beside_the_note_is_removed_when_it_opens(
    window, note_copy, qtbot, dead_pid
):
    win, _ = window
    path = note_copy(NOTE)
    stale = path.with_name(f".{path.name}.noteapp-{dead_pid}-x1y2z3.tmp")
    stale.write_bytes(b"half a save")
    foreign = path.with_name(f".{path.name}.swp")  # another editor's: not ours to touch
    foreign.write_bytes(b"vim")
    win.load_path(path)
    qtbot.waitUntil(lambda: not stale.exists())
    assert foreign.exists()


def test_stale_locks_are_removed_after_the_first_paint(make_window, note_copy, qtbot, monkeypatch):
    gone = note_copy(NOTE).with_name("other.md")
    lock = FileLock(gone)
    lock.file.parent.mkdir(parents=True, exist_ok=True)
    lock_owner = exited_owner()
    lock.file.write_text(json.dumps({"schema": 1, "owner": lock_owner._asdict()}))
    win, _ = make_window()
    from noteapp.storage.settings import config_dir

    config_dir().mkdir(parents=True, exist_ok=True)  # a settings save killed half-way
    settings_tmp = config_dir() / f".settings.json.noteapp-{lock_owner.pid}-a1b2c3.tmp"
    settings_tmp.write_text("{")
    monkeypatch.setattr(safety.StartupRecovery, "run", lambda _self: [])
    safety.after_start([win])
    win.editor.viewport().update()
    qtbot.waitUntil(lambda: not lock.file.exists() and not settings_tmp.exists())


def test_batch_runs_are_never_asked_about_locks(window, note_copy, qtbot, monkeypatch):
    win, _ = window
    path = note_copy(NOTE)
    asked: list[Path] = []
    monkeypatch.setattr(_safety(win), "ask_edit_locked", lambda p, _w: asked.append(p))
    win.setProperty(BATCH_PROPERTY, True)
    with running_owner() as other:
        _hold(path, other)
        win.open_path(path)
        qtbot.wait(50)
    assert asked == [] and win.editor.isReadOnly()


def test_typing_is_not_possible_in_a_read_only_note(window, note_copy, qtbot, monkeypatch):
    win, _ = window
    path = note_copy(NOTE)
    monkeypatch.setattr(_safety(win), "ask_edit_locked", lambda _p, _w: False)
    with running_owner() as other:
        _hold(path, other)
        win.open_path(path)
        qtbot.keyClick(win.editor, Qt.Key.Key_X)
    assert not win.is_modified()
