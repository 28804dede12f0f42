"""The bad-input campaign through the window: every case of tests/bad_input.py opened in a
real MainWindow, then saved where the window allows it, with the file's SHA-256 before
and after.  What cannot be opened is explained (the file and what to do) and left alone;
what opens saves back its own bytes; a broken front matter is shown read-only with the
reason; a huge note opens in slices under a progress dialog that can cancel."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDockWidget, QProgressDialog

from noteapp.ui.panels.properties import PropertiesPanel
from tests.bad_input import (
    CASES,
    NOTE,
    Case,
    applicable,
    case_ids,
    fingerprint,
    without_root_powers,
)
from tests.ui.helpers import text_of


@pytest.mark.parametrize("case", CASES, ids=case_ids())
def test_the_window_on_bad_input(case: Case, window, tmp_path: Path, qtbot):
    if not applicable(case):
        pytest.skip(f"{case.id}: not on this platform")
    win, dialogs = window
    path = case.make(tmp_path)
    before = fingerprint(path)
    dialogs.encodings.append(case.encoding)  # the answer, should it ask (None: cancel)

    opened = win.open_path(path)

    if case.outcome == "refused":
        assert not opened
        assert len(dialogs.errors) == 1 and str(path) in dialogs.errors[0]
        assert case.says in dialogs.errors[0]
        assert win.path is None and text_of(win) == ""  # nothing half-opened
    elif case.outcome == "encoding":
        (asked,) = dialogs.encoding_prompts
        assert str(path) in asked and case.says in asked and "choose the file's encoding" in asked
        assert opened == (case.encoding is not None)
    else:
        assert opened and dialogs.errors == []
        assert win.path == path.absolute()
        assert dialogs.encoding_prompts == []
    if case.outcome == "front-matter":
        win.findChild(QDockWidget, "propertiesDock").raise_()
        panel = win.findChild(PropertiesPanel, "propertiesPanel")
        assert panel.read_only and panel.error_label.isVisible()
        assert case.says in panel.error_label.text()
    if opened:
        assert win.save()  # Save where the window allows it: unedited, the very bytes
        assert dialogs.errors == []
        if path.stat().st_size > 5_000_000:
            # Flush the big write now: else the next test's first fsync waits behind it
            # (ext4 commits all dirty data with its journal) and its timers run late.
            os.sync()
    assert fingerprint(path) == before
    if case.id == "symlink":
        assert path.is_symlink()  # saved through the link, not over it


def test_an_edit_and_save_changes_only_what_was_typed_in_a_crlf_note(window, tmp_path, qtbot):
    win, _ = window
    path = tmp_path / "crlf.md"
    path.write_bytes(NOTE.replace("\n", "\r\n").encode())
    assert win.open_path(path)
    cursor = win.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    win.editor.setTextCursor(cursor)
    qtbot.keyClicks(win.editor, "- GH: thanks")
    assert win.save()
    assert path.read_bytes() == (NOTE + "- GH: thanks").replace("\n", "\r\n").encode()


def _large(tmp_path: Path) -> Path:
    return next(c for c in CASES if c.id == "500,000 lines").make(tmp_path)


def test_a_huge_note_opens_in_slices_with_progress_and_without_panels(window, tmp_path, qtbot):
    win, dialogs = window
    path = _large(tmp_path)
    seen: list[int] = []

    def watch() -> None:  # runs while the note loads: the progress dialog is up
        progress = win.findChild(QProgressDialog, "largeNoteProgress")
        if progress is not None and progress.value() >= 0:  # -1: reset at the end
            seen.append(progress.value())

    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(0)
    try:
        assert win.open_path(path)
    finally:
        timer.stop()
    assert len(seen) > 1 and seen == sorted(seen)  # the loop ran between slices
    assert text_of(win) == path.read_text(encoding="utf-8")
    assert "large note" in win.statusBar().currentMessage()
    assert win.document.meeting.attendees == ()  # not parsed
    assert not win.is_modified() and not win.editor.document().isUndoAvailable()
    assert win.editor.textCursor().position() == 0  # at the top, as for any note
    assert win.save()
    assert dialogs.errors == []
    os.sync()  # as above: the big write is flushed here, not in the next test


def test_opening_a_huge_note_can_be_cancelled(window, tmp_path: Path, qtbot):
    win, dialogs = window
    path = _large(tmp_path)
    before = fingerprint(path)

    def cancel() -> None:
        progress = win.findChild(QProgressDialog, "largeNoteProgress")
        if progress is not None:
            progress.cancel()

    QTimer.singleShot(0, cancel)
    assert not win.open_path(path)
    assert win.path is None and text_of(win) == "" and not win.document.large
    assert "cancelled; nothing changed" in win.statusBar().currentMessage()
    assert win.settings.recent_files == []  # a cancelled open is not a recent file
    assert fingerprint(path) == before and dialogs.errors == []


def test_the_window_on_a_file_without_read_permission(tmp_path: Path):
    """The real start-up path (noteapp FILE), run without root's power to read anything."""
    powers = without_root_powers()
    path = tmp_path / "private.md"
    path.write_text(NOTE, encoding="utf-8")
    path.chmod(0o000)
    done = subprocess.run(
        [sys.executable, "-m", "noteapp", str(path), "--quit-after-load"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        **powers,  # type: ignore[arg-type]
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert f"noteapp: {path}: permission denied — check its permissions" in done.stderr
