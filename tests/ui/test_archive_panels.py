"""Across meetings in the window: the index starts after the first paint, and the
Meetings, Search, Action tracker and People panels work on a real index."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from noteapp.ui.archive.common import archive_of
from noteapp.ui.archive.service import stop_all
from tests.archive.conftest import ARCHIVE
from tests.ui.helpers import text_of

JAN = "garden-club/2025/2025-01-07.md"
FEB = "garden-club/2025/2025-02-04.md"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def indexed(make_window, tmp_path: Path, monkeypatch, qtbot):
    """A window on a copy of the made-up archive, its index built."""
    monkeypatch.setenv("NOTEAPP_INDEX", "1")
    root = tmp_path / "workspace"
    shutil.copytree(ARCHIVE, root)
    win, _dialogs = make_window()
    win.workspace = root
    archive = archive_of(win)
    assert not archive.started  # nothing indexes on the way to the first paint
    assert win.open_path(root / JAN)
    qtbot.waitUntil(lambda: archive.reader() is not None, timeout=20_000)
    yield win, root, archive
    stop_all()


def dock_content(win, name: str):
    dock = win._docks[name]
    return dock.content()


def test_the_index_starts_after_the_first_paint_and_reads_the_workspace(indexed):
    _win, root, archive = indexed
    assert archive.started and archive.service.root == root
    assert archive.current_series() == "garden-club"
    assert not (root / ".noteapp").exists()


def test_a_note_opened_by_a_path_with_dots_is_found_in_its_series(indexed):
    win, root, archive = indexed
    assert win.open_path(root / "garden-club" / "2024" / ".." / "2025" / "2025-02-04.md")
    assert archive.rel() == FEB
    assert archive.current_series() == "garden-club"


def test_meetings_panel_lists_the_series_newest_first_and_opens_with_enter(indexed, qtbot):
    win, root, _archive = indexed
    qtbot.keyClick(win.editor, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    panel = dock_content(win, "meetingsDock")
    qtbot.waitUntil(lambda: len(panel.model.rows) == 4)
    rows = [(r.date.isoformat(), r.present, r.open_items, r.summary) for r in panel.model.rows]
    assert rows[0] == ("2025-02-04", 4, 4, "Tool shed inventory")
    assert rows[-1][0] == "2024-11-05"
    assert panel.view.currentIndex().row() == 1  # the open note
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(3, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert win.path == root / "garden-club/2024/2024-11-05.md"


def test_previous_and_next_meeting_take_one_key_each(indexed, qtbot):
    win, root, _archive = indexed
    qtbot.keyClick(win.editor, Qt.Key.Key_PageUp, Qt.KeyboardModifier.AltModifier)
    assert win.path == root / "garden-club/2024/2024-12-03.md"
    qtbot.keyClick(win.editor, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(win.editor, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    assert win.path == root / FEB
    qtbot.keyClick(win.editor, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    assert win.path == root / FEB
    assert "No later meeting" in win.statusBar().currentMessage()


def test_search_finds_as_you_type_and_opens_the_note_at_the_line(indexed, qtbot):
    win, root, _archive = indexed
    qtbot.keyClick(win.editor, Qt.Key.Key_F, CTRL_SHIFT)
    panel = dock_content(win, "searchDock")
    assert panel.query.hasFocus()
    qtbot.keyClicks(panel.query, "tool sh")  # the last word is a prefix while typing
    qtbot.waitUntil(lambda: len(panel.model.rows) == 1)
    hit = panel.model.rows[0]
    assert (hit.path, hit.line) == (FEB, 11)
    assert panel.status.text() == "1 note"
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    assert win.path == root / FEB
    assert win.editor.textCursor().blockNumber() == 10
    panel.person.setText("Ada")
    qtbot.waitUntil(lambda: panel.model.rows == [])
    assert panel.status.text() == "No matches"


def test_tracker_ticks_the_newest_copy_as_one_undo_step_and_follows_the_save(indexed, qtbot):
    win, root, _archive = indexed
    qtbot.keyClick(win.editor, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    panel = dock_content(win, "trackerDock")
    qtbot.waitUntil(lambda: len(panel.model.rows) == 4)
    texts = [r.text for r in panel.model.rows]
    row = texts.index("(TN) Fix the leaking rain barrel")
    barrel = panel.model.rows[row]
    assert [d.isoformat() for _n, d in barrel.carried_through] == [
        "2024-12-03",
        "2025-01-07",
        "2025-02-04",
    ]
    assert panel.model.index(row, 5).data() == "3 mtg"
    before = (root / FEB).read_text(encoding="utf-8")
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(row, 2))
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)
    assert win.path == root / FEB  # opened where it is open now
    assert text_of(win) == before.replace("- [ ] (TN) Fix", "- [x] (TN) Fix")
    qtbot.keyClick(win.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert text_of(win) == before
    qtbot.keyClick(
        win.editor,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert win.save()
    qtbot.waitUntil(
        lambda: "(TN) Fix the leaking rain barrel" not in [r.text for r in panel.model.rows]
    )
    panel.stale.setValue(2)
    assert [r.text for r in panel.model.rows] == [
        "(ID) Write the newsletter about seed swapping and the spring fair"
    ]


def test_people_plot_variants_and_a_rename_previewed_before_it_is_written(indexed, qtbot):
    win, root, _archive = indexed
    qtbot.keyClick(  # Ctrl+0 is Reset Zoom
        win.editor,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    panel = dock_content(win, "peopleDock")
    qtbot.waitUntil(lambda: len(panel.model.rows) > 0)
    assert panel.series_box.series() == "garden-club"
    assert panel.plot.available
    assert [y for _x, y in panel.plot.points] == [3, 4, 3, 4]
    names = [p.name for p in panel.model.rows]
    panel.view.setCurrentIndex(panel.model.index(names.index("Inês Duarte"), 0))
    assert [y for _x, y in panel.plot.marked] == [3, 4, 4]  # not January: apologies
    assert panel.variants.count() == 1
    assert panel.variants.item(0).text() == "Marta Lopez → Marta Lopes  (1 letter apart)"
    december = root / "garden-club/2024/2024-12-03.md"
    before = december.read_bytes()
    panel.variants.setCurrentRow(0)
    panel.rename_button.click()
    dialog = win.findChild(QDialog, "renameDialog")
    assert "-**Attending:** Marta Lopez (ML)" in dialog.diff.toPlainText()
    assert "+**Attending:** Marta Lopes (ML)" in dialog.diff.toPlainText()
    assert december.read_bytes() == before  # nothing written by the preview
    dialog.apply_button.click()
    assert december.read_bytes() == before.replace(b"Marta Lopez", b"Marta Lopes")
    qtbot.waitUntil(lambda: panel.variants.count() == 0, timeout=10_000)


def test_a_note_not_indexed_yet_shows_its_folders_series(indexed, qtbot, tmp_path):
    win, root, archive = indexed
    new = root / "book-circle" / "2025-03-12.md"
    new.write_text("# Book circle, 12 March 2025\n", encoding="utf-8")
    archive.service._settle.stop()  # as if the watcher had not spoken yet
    assert win.open_path(new)
    assert archive.current_series() == "book-circle"


def test_a_note_added_on_disk_reaches_the_meetings_panel(indexed, qtbot):
    win, root, _archive = indexed
    win.commands["focus_meetings"].trigger()
    panel = dock_content(win, "meetingsDock")
    qtbot.waitUntil(lambda: len(panel.model.rows) == 4)
    new = root / "garden-club/2025/2025-03-04.md"
    new.write_text("# Garden club 2025-03-04\n\n**Attending:** Ravi Menon (RM)\n", encoding="utf-8")
    qtbot.waitUntil(lambda: len(panel.model.rows) == 5, timeout=10_000)
    assert panel.model.rows[0].path == "garden-club/2025/2025-03-04.md"


def test_open_workspace_folder_indexes_that_folder(indexed, tmp_path, qtbot, monkeypatch):
    win, _root, archive = indexed
    other = tmp_path / "other"
    (other / "choir").mkdir(parents=True)
    (other / "choir" / "2025-05-01.md").write_text(
        "# Choir 2025-05-01\n\nPresent: Ada Quist\n\n"
        "## Action items\n\n- [ ] (Ada) Book the hall\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(archive, "_choose_folder", lambda: other)
    win.commands["open_workspace"].trigger()
    assert archive.service.root == other
    qtbot.waitUntil(lambda: archive.reader() is not None, timeout=20_000)
    win.commands["focus_tracker"].trigger()
    panel = dock_content(win, "trackerDock")
    qtbot.waitUntil(lambda: [r.text for r in panel.model.rows] == ["(Ada) Book the hall"])


def test_an_unusable_cache_folder_is_reported_and_the_note_stays_editable(
    make_window, tmp_path, monkeypatch, qtbot
):
    monkeypatch.setenv("NOTEAPP_INDEX", "1")
    blocked = tmp_path / "cache-is-a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("NOTEAPP_CACHE_DIR", str(blocked))
    root = tmp_path / "workspace"
    shutil.copytree(ARCHIVE, root)
    win, _dialogs = make_window()
    win.workspace = root
    assert win.open_path(root / JAN)
    try:
        feature = archive_of(win)
        # The lasting mark in the status bar, with the reason in its tooltip.
        qtbot.waitUntil(lambda: feature.label.isVisible(), timeout=10_000)
        assert feature.label.text() == "Index unavailable"
        assert "Could not update the workspace index" in feature.label.toolTip()
        assert "cache folder" in feature.label.toolTip()
        assert feature.reader() is None
        qtbot.keyClicks(win.editor, "x")
        assert win.is_modified()
    finally:
        stop_all()


def test_search_without_fts5_still_finds_and_says_why_it_is_unranked(
    make_window, tmp_path, monkeypatch, qtbot
):
    from noteapp.storage.archive import db
    from noteapp.storage.archive.search import NO_FTS5

    monkeypatch.setattr(db, "has_fts5", lambda conn: False)
    monkeypatch.setenv("NOTEAPP_INDEX", "1")
    root = tmp_path / "workspace"
    shutil.copytree(ARCHIVE, root)
    win, _dialogs = make_window()
    win.workspace = root
    assert win.open_path(root / JAN)
    archive = archive_of(win)
    try:
        qtbot.waitUntil(lambda: archive.reader() is not None, timeout=20_000)
        win.commands["search_workspace"].trigger()
        panel = dock_content(win, "searchDock")
        panel.query.setText("tool shed")
        qtbot.waitUntil(lambda: len(panel.model.rows) == 1)
        assert panel.status.text() == NO_FTS5
        assert (panel.model.rows[0].path, panel.model.rows[0].line) == (FEB, 11)
    finally:
        stop_all()
