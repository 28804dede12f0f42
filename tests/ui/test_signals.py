"""Signals to the running editor: SIGTERM/SIGHUP keep the text, SIGINT quits like Ctrl+Q.

Each test runs the real ``noteapp.ui.app.run`` in a child process (this module, run as
a script), which types into its window and says so; the test then sends the signal.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from noteapp.storage.locks import FileLock
from noteapp.storage.recovery import RecoveryStore
from tests.ui.test_crash_recovery import PROJECT, _read_line

TYPED = "typed just before the signal"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _child(note: str) -> int:
    """Start the app on ``note``; once its loop runs, type TYPED and say "typed"."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from noteapp.ui import app, prompts

    def asked(_self: object, _name: str) -> prompts.Answer:
        print("asked", flush=True)
        return prompts.Answer.DISCARD

    prompts.Prompts.save_changes = asked  # type: ignore[method-assign]
    real_install = app.handle_signals

    def type_then_tell() -> None:
        [window] = [w for w in QApplication.topLevelWidgets() if hasattr(w, "editor")]
        window.editor.moveCursor(QTextCursor.MoveOperation.End)
        QTest.keyClicks(window.editor, TYPED)
        print("typed", flush=True)

    def install(application: object) -> object:
        QTimer.singleShot(200, type_then_tell)
        return real_install(application)

    app.handle_signals = install  # type: ignore[assignment]  # app.run calls it so
    return app.run([note])


def _start(note: Path, tmp_path: Path) -> tuple[subprocess.Popen, Path]:
    log = tmp_path / "child.log"
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.test_signals", str(note)],
        cwd=PROJECT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=log.open("wb"),
    )
    return child, log


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_sigterm_and_sighup_keep_the_text_release_the_lock_and_exit(tmp_path: Path, name: str):
    note = tmp_path / "note.md"
    note.write_text("# Notes\n")
    child, log = _start(note, tmp_path)
    try:
        assert _read_line(child, 60, log) == "typed"
        number = getattr(signal, name)
        os.kill(child.pid, number)
        assert child.wait(30) == 128 + number, log.read_text()
    finally:
        child.kill()
        child.wait()
    [snapshot] = RecoveryStore().orphans()  # offered at the next start
    assert snapshot.text == "# Notes\n" + TYPED and snapshot.path == note
    assert FileLock(note).holder() is None  # released, not left stale
    assert note.read_text() == "# Notes\n"


def test_ctrl_c_in_the_terminal_quits_like_ctrl_q_asking_first(tmp_path: Path):
    note = tmp_path / "note.md"
    note.write_text("# Notes\n")
    child, log = _start(note, tmp_path)
    try:
        assert _read_line(child, 60, log) == "typed"
        os.kill(child.pid, signal.SIGINT)
        assert _read_line(child, 30, log) == "asked"  # the unsaved-changes question
        assert child.wait(30) == 0, log.read_text()
    finally:
        child.kill()
        child.wait()
    assert RecoveryStore().snapshots() == []  # discarded on purpose, as the user answered
    assert note.read_text() == "# Notes\n"


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1]))
