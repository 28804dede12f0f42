"""After a crash or kill, the next start offers the unsaved text back.

The kill test runs the real editor in a child process (this module, run as a
script), kills it with SIGKILL once its recovery snapshot is on disk, and
restores the text here.
"""

from __future__ import annotations

import codecs
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from noteapp.core.text.source import SourceText, decode, read_note
from noteapp.storage.atomic import file_digest
from noteapp.storage.locks import FileLock, Owner
from noteapp.storage.recovery import RecoveryStore, Snapshot, new_key
from noteapp.ui import safety
from noteapp.ui.main_window import MainWindow
from noteapp.ui.recovery_dialog import RecoveryChoice, recovery_dialog
from noteapp.ui.safety import BATCH_PROPERTY, StartupRecovery, after_start
from tests.storage.owners import exited_owner
from tests.ui.helpers import text_of

PROJECT = Path(__file__).resolve().parents[2]
KILL_NOTE = "jupyterhub/meetings__index.md"  # CRLF: the restored save must keep it
TYPED = "Action: Ada to send the notes"
TYPED_2 = "second line: "
UNICODE = "Zoë 🎉"  # QTest.keyClicks takes ASCII only: this comes as a key event's text
LATE = " typed with no event loop turning"
CHILD_IDLE_MS = 200


def _child(note: str) -> int:
    """The crashing editor: open ``note``, type, wait for the snapshot, type more, hang."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent, QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    safety.IDLE_MS = CHILD_IDLE_MS
    app = QApplication([])
    window = MainWindow()
    window.load_path(note)
    window.show()
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(window.editor, TYPED)
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    QTest.keyClicks(window.editor, TYPED_2)
    key = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, UNICODE)
    QApplication.sendEvent(window.editor, key)
    store, deadline = RecoveryStore(), time.monotonic() + 60
    while not any(s.text.endswith(UNICODE) for s in store.snapshots()):
        if time.monotonic() > deadline:
            return 2
        app.processEvents()
        time.sleep(0.01)
    print("snapshot written", flush=True)
    QTest.keyClicks(window.editor, LATE)
    # No event loop turns from here on: the journal's worker thread alone writes LATE.
    while not any(s.text.endswith(LATE) for s in store.snapshots()):
        if time.monotonic() > deadline:
            return 2
        time.sleep(0.01)
    print("typed more", flush=True)
    time.sleep(600)
    return 3


def _read_line(proc: subprocess.Popen, timeout: float, log: Path) -> str:
    """One line of the child's stdout, or fail (never hang) after ``timeout`` seconds."""
    assert proc.stdout is not None
    line, deadline = b"", time.monotonic() + timeout
    while not line.endswith(b"\n"):
        left = deadline - time.monotonic()
        ready, _, _ = select.select([proc.stdout], [], [], max(left, 0))
        if not ready:
            proc.kill()
            pytest.fail(f"the child said nothing for {timeout} s: {log.read_text()}")
        chunk = os.read(proc.stdout.fileno(), 1)
        if not chunk:
            pytest.fail(f"the child exited ({proc.wait()}) after {line!r}: {log.read_text()}")
        line += chunk
    return line.decode().strip()


class Offers:
    """Answers the recovery offers from a queue; an unexpected offer fails the test."""

    def __init__(self) -> None:
        self.answers: list[RecoveryChoice] = []
        self.asked: list[Snapshot] = []

    def __call__(self, snapshot: Snapshot) -> RecoveryChoice:
        self.asked.append(snapshot)
        if not self.answers:
            raise AssertionError(f"unexpected recovery offer for {snapshot.path}")
        return self.answers.pop(0)


@pytest.fixture
def offers(monkeypatch: pytest.MonkeyPatch) -> Offers:
    offers = Offers()
    monkeypatch.setattr(StartupRecovery, "ask", lambda _self, snapshot: offers(snapshot))
    return offers


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_killed_editor_keeps_what_was_typed_even_without_a_pause(
    window, note_copy, tmp_path: Path, offers
):
    """The child types TYPED, waits for its snapshot, then types LATE and never lets its
    event loop turn again (a busy or hung GUI thread) before it is killed: LATE is in the
    journal all the same (it used to be lost: snapshots waited for a pause)."""
    note = note_copy(KILL_NOTE)
    original = note.read_bytes()
    assert b"\r\n" in original
    log = tmp_path / "child.log"
    stderr = log.open("wb")
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.test_crash_recovery", str(note)],
        cwd=PROJECT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=stderr,
    )
    try:
        assert _read_line(child, 60, log) == "snapshot written"
        assert _read_line(child, 60, log) == "typed more"
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(30) == -signal.SIGKILL
    finally:
        child.kill()
        child.wait()
        stderr.close()
    assert FileLock(note).holder().pid == child.pid  # the dead child's lock is still there

    win, dialogs = window
    win.load_path(note)  # the user starts noteapp on the note again
    offers.answers.append(RecoveryChoice.RESTORE)
    assert StartupRecovery([win]).run() == [win]

    expected = decode(original).text + TYPED + "\n" + TYPED_2 + UNICODE + LATE
    assert text_of(win) == expected
    assert win.is_modified()
    assert FileLock(note).holder() == Owner.current()  # the stale lock was taken over
    assert win.save()
    assert dialogs.asked_overwrite == []  # the file did not change: nothing to ask
    assert note.read_bytes() == original + f"{TYPED}\r\n{TYPED_2}{UNICODE}{LATE}".encode()
    assert RecoveryStore().snapshots() == []


def _adopt(qtbot, window: MainWindow) -> None:
    """A window the recovery opened: closed after the test without asking about changes."""
    qtbot.addWidget(window, before_close_func=lambda w: w.editor.document().setModified(False))


def _orphan(path: Path | None, text: str, source: SourceText | None = None) -> Snapshot:
    """A snapshot left by a crashed process, of ``text`` edited from ``path`` as loaded."""
    source = source or (read_note(path) if path else SourceText(""))
    snap = Snapshot.of(new_key(path), source, text, file_digest(path))
    snap = snap._replace(owner=exited_owner())
    RecoveryStore().write(snap)
    return snap


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF16_LE + "Zoë\r\nline\r\n".encode("utf-16-le"),
        "café\r\nline\r\n".encode("cp1252"),
        b"one\r\ntwo\nthree\r\n",  # mixed endings
    ],
    ids=["utf16-bom-crlf", "cp1252", "mixed"],
)
def test_restore_saves_in_the_notes_own_encoding_and_newlines(
    window, qtbot, tmp_path: Path, offers, data: bytes
):
    note = tmp_path / "legacy.md"
    note.write_bytes(data)
    encoding = "cp1252" if b"caf\xe9" in data else None
    source = read_note(note, encoding)
    _orphan(note, "new first line\n" + source.text, source)

    win, _ = window
    offers.answers.append(RecoveryChoice.RESTORE)
    [restored] = StartupRecovery([win]).run()
    assert restored is not win  # that window showed something else: a new one
    _adopt(qtbot, restored)
    assert text_of(restored) == "new first line\n" + source.text
    assert restored.save()
    assert note.read_bytes() == source.encode("new first line\n" + source.text)
    assert note.read_bytes().endswith(data[-4:])  # the file's own newline at the end


def test_discard_deletes_and_later_keeps(window, note_copy, offers):
    path = note_copy("zarr/2024-05-01.md")
    first = _orphan(path, "first crash")
    second = _orphan(path, "second crash")
    win, _ = window
    offers.answers.extend([RecoveryChoice.DISCARD, RecoveryChoice.LATER])
    assert StartupRecovery([win]).run() == []
    assert [s.key for s in offers.asked] == [first.key, second.key]
    assert [s.key for s in RecoveryStore().snapshots()] == [second.key]
    offers.answers.append(RecoveryChoice.LATER)
    StartupRecovery([win]).run()  # offered again at the next start
    assert len(offers.asked) == 3


def test_a_snapshot_identical_to_the_file_is_dropped_without_asking(window, note_copy, offers):
    path = note_copy("zarr/2024-05-01.md")
    _orphan(path, read_note(path).text)
    win, _ = window
    assert StartupRecovery([win]).run() == []
    assert RecoveryStore().snapshots() == []


def test_a_file_changed_since_the_crash_is_not_overwritten_without_asking(
    window, note_copy, offers
):
    path = note_copy("zarr/2024-05-01.md")
    _orphan(path, "recovered\n")
    path.write_bytes(b"changed by git pull after the crash\n")
    win, dialogs = window
    win.load_path(path)
    offers.answers.append(RecoveryChoice.RESTORE)
    StartupRecovery([win]).run()
    dialogs.overwrite_answers.append(False)
    assert not win.save()
    assert dialogs.asked_overwrite == [path]
    assert path.read_bytes() == b"changed by git pull after the crash\n"
    assert text_of(win) == "recovered\n" and win.is_modified()


def test_a_deleted_file_is_written_again_on_save(window, note_copy, offers):
    path = note_copy("zarr/2024-05-01.md")
    _orphan(path, "recovered\n")
    path.unlink()
    win, _ = window
    win.load_source(win.source._replace(path=path))  # pretend it was open here already
    offers.answers.append(RecoveryChoice.RESTORE)
    assert StartupRecovery([win]).run() == [win]
    assert win.save()
    assert path.read_bytes() == b"recovered\n"


def test_an_untitled_note_is_restored_in_a_new_window(window, qtbot, offers):
    _orphan(None, "never saved\n")
    win, _ = window
    offers.answers.append(RecoveryChoice.RESTORE)
    [restored] = StartupRecovery([win]).run()
    _adopt(qtbot, restored)
    assert restored.path is None and text_of(restored) == "never saved\n"
    assert RecoveryStore().snapshots()[0].owner == Owner.current()  # safe under a new key


def test_the_dialog_shows_where_when_and_what_differs(qtbot, note_copy):
    path = note_copy("zarr/2024-05-01.md")
    snap = _orphan(path, "recovered line\n" + read_note(path).text)
    dialog = recovery_dialog(None, snap)
    qtbot.addWidget(dialog)
    assert str(path) in dialog.message.text()
    assert time.strftime("%Y-%m-%d %H:%M", time.localtime(snap.saved_at)) in dialog.message.text()
    assert "+recovered line" in dialog.view.toPlainText().splitlines()
    path.unlink()
    gone = recovery_dialog(None, snap)
    qtbot.addWidget(gone)
    assert "no longer exists" in gone.message.text()
    gone.open()
    [discard] = [b for b in gone.buttons.buttons() if b.text() == "&Discard"]
    discard.click()
    assert gone.choice is RecoveryChoice.DISCARD


def test_the_offer_comes_after_the_first_paint_and_never_in_batch_runs(
    make_window, note_copy, qtbot, offers
):
    _orphan(note_copy("zarr/2024-05-01.md"), "recovered\n")
    batch, _ = make_window()
    after_start([batch], interactive=False)
    batch.editor.viewport().update()
    qtbot.wait(100)
    assert offers.asked == [] and batch.property(BATCH_PROPERTY)

    win, _ = make_window()
    offers.answers.append(RecoveryChoice.LATER)
    after_start([win])
    win.editor.viewport().update()
    qtbot.waitUntil(lambda: len(offers.asked) == 1)


def test_quit_after_load_starts_and_quits_with_orphans_waiting(qapp, note_copy, offers):
    path = note_copy("zarr/2024-05-01.md")
    _orphan(path, "recovered\n")
    from noteapp.ui.app import run

    assert run([str(path), "--quit-after-load"]) == 0
    assert offers.asked == []
    assert len(RecoveryStore().orphans()) == 1


if __name__ == "__main__":  # the child of the kill test
    sys.exit(_child(sys.argv[1]))
