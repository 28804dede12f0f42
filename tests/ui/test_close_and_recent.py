"""Closing never drops unsaved work; recent files and geometry are remembered."""

from __future__ import annotations

import json
from pathlib import Path

from noteapp.storage.settings import Settings
from noteapp.ui.main_window import Answer, MainWindow
from tests.ui.helpers import text_of, type_at


def _edited(window, note_copy, qtbot) -> tuple[MainWindow, object, Path]:
    win, dialogs = window
    path = note_copy("zarr/2024-05-01.md")
    win.open_path(path)
    type_at(qtbot, win, 0, "unsaved ")
    return win, dialogs, path


def test_closing_an_unmodified_note_asks_nothing(window):
    win, dialogs = window
    assert win.close()
    assert dialogs.asked_save == 0


def test_cancel_keeps_the_window_and_the_text(window, note_copy, qtbot):
    win, dialogs, path = _edited(window, note_copy, qtbot)
    original = path.read_bytes()
    dialogs.answers.append(Answer.CANCEL)
    assert not win.close()
    assert dialogs.asked_save == 1
    assert win.isVisible()
    assert text_of(win).startswith("unsaved ")
    assert path.read_bytes() == original


def test_discard_closes_without_writing(window, note_copy, qtbot):
    win, dialogs, path = _edited(window, note_copy, qtbot)
    original = path.read_bytes()
    dialogs.answers.append(Answer.DISCARD)
    assert win.close()
    assert not win.isVisible()
    assert path.read_bytes() == original


def test_save_on_close_writes_then_closes(window, note_copy, qtbot):
    win, dialogs, path = _edited(window, note_copy, qtbot)
    dialogs.answers.append(Answer.SAVE)
    assert win.close()
    assert path.read_bytes().startswith(b"unsaved ")


def test_a_failed_save_on_close_keeps_the_window(window, note_copy, qtbot):
    win, dialogs, path = _edited(window, note_copy, qtbot)
    path.unlink()
    path.parent.rmdir()  # the folder is gone: the save must fail
    dialogs.answers.append(Answer.SAVE)
    assert not win.close()
    assert win.isVisible()
    assert dialogs.errors
    assert win.is_modified()


def test_cancelling_save_as_on_close_keeps_an_untitled_window(window, qtbot):
    win, dialogs = window
    qtbot.keyClicks(win.editor, "draft")
    dialogs.answers.append(Answer.SAVE)
    dialogs.save_paths.append(None)  # the user cancels the file dialog
    assert not win.close()
    assert win.isVisible()
    assert text_of(win) == "draft"


def test_new_on_a_modified_note_asks_first(window, note_copy, qtbot):
    win, dialogs, _ = _edited(window, note_copy, qtbot)
    dialogs.answers.append(Answer.CANCEL)
    win.new_action.trigger()
    assert win.path is not None
    dialogs.answers.append(Answer.DISCARD)
    win.new_action.trigger()
    assert win.path is None
    assert text_of(win) == ""


def test_recent_menu_lists_opened_notes_and_reopens_them(window, note_copy):
    win, _ = window
    first = note_copy("zarr/2024-05-01.md")
    second = note_copy("jupyterhub/meetings__index.md")
    win.open_path(first)
    win.open_path(second)
    win.refresh_recent_menu()
    actions = [a for a in win.recent_menu.actions() if a.data()]
    assert [a.data() for a in actions] == [str(second), str(first)]
    assert "meetings__index.md" in actions[0].text()

    actions[1].trigger()
    assert win.path == first
    win.refresh_recent_menu()
    assert next(a.data() for a in win.recent_menu.actions() if a.data()) == str(first)


def test_clear_empties_the_recent_menu(window, note_copy):
    win, _ = window
    win.open_path(note_copy("zarr/2024-05-01.md"))
    win.refresh_recent_menu()
    [clear] = [a for a in win.recent_menu.actions() if a.text() == "Clear"]
    clear.trigger()
    assert win.settings.recent_files == []
    assert not any(a.data() for a in win.recent_menu.actions())
    assert not next(a for a in win.recent_menu.actions() if a.text() == "Clear").isEnabled()


def test_a_recent_file_that_vanished_is_reported_and_dropped(window, note_copy):
    win, dialogs = window
    path = note_copy("zarr/2024-05-01.md")
    win.open_path(path)
    win.new_document()
    path.unlink()
    win.refresh_recent_menu()
    [action] = [a for a in win.recent_menu.actions() if a.data()]
    action.trigger()
    assert "no such file" in dialogs.errors[0]
    assert win.settings.recent_files == []


def test_recent_files_and_geometry_are_saved_to_the_settings_file(window, note_copy, qtbot):
    win, _ = window
    path = note_copy("zarr/2024-05-01.md")
    win.open_path(path)
    settings_file = win.settings.path
    qtbot.waitUntil(settings_file.exists)  # written shortly after the change
    assert json.loads(settings_file.read_text())["recent_files"] == [str(path)]

    win.resize(640, 480)
    assert win.close()
    saved = Settings.load(settings_file)
    assert saved.window_geometry

    reopened = MainWindow(saved)
    qtbot.addWidget(reopened)
    assert (reopened.width(), reopened.height()) == (640, 480)
