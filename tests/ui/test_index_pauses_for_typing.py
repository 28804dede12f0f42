"""The workspace index goes on only in the pauses between keys: its Python would make
each keystroke's own calls wait for the interpreter."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from PySide6.QtCore import Qt

from noteapp.ui import typing_pause
from noteapp.ui.archive.feature import archive_of
from noteapp.ui.archive.service import stop_all
from tests.archive.conftest import ARCHIVE

JAN = "garden-club/2025/2025-01-07.md"
FEB = "garden-club/2025/2025-02-04.md"


def test_an_index_update_waits_while_keys_come_and_lands_after_the_pause(
    make_window, tmp_path: Path, monkeypatch, qtbot
):
    monkeypatch.setenv("NOTEAPP_INDEX", "1")
    monkeypatch.setattr(typing_pause, "QUIET_S", 0.8)
    root = tmp_path / "workspace"
    shutil.copytree(ARCHIVE, root)
    win, _dialogs = make_window()
    win.workspace = root
    archive = archive_of(win)
    assert win.open_path(root / JAN)
    try:
        qtbot.waitUntil(lambda: archive.reader() is not None, timeout=20_000)
        service = archive.service
        reports: list[object] = []
        service.updated.connect(reports.append)
        other = root / FEB
        other.write_text(
            other.read_text(encoding="utf-8") + "\nWe repainted the greenhouse door.\n",
            encoding="utf-8",
        )
        qtbot.keyClick(win.editor, Qt.Key.Key_A)  # typing begins, then the change is noticed
        service.note_changed(other)
        end = time.monotonic() + 2.0
        while time.monotonic() < end:  # a key every 150 ms: never a pause of 0.8 s
            qtbot.keyClick(win.editor, Qt.Key.Key_B)
            qtbot.wait(150)
        assert reports == []  # the update waited at its first step
        qtbot.waitUntil(lambda: bool(reports), timeout=10_000)  # the pause lets it go on
        found = service.reader().search("greenhouse")
        assert [hit.path for hit in found.hits] == [FEB]
    finally:
        stop_all()
