"""Opening and saving through the real window keeps every byte that was not edited."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.conftest import corpus_files, corpus_ids
from tests.ui.helpers import nth_line_end, put_cursor, text_of, type_at

TRICKY = [
    "jupyterhub/meetings__index.md",  # CRLF
    "zarr/2024-05-01.md",  # no final newline
    "czi-conda-forge/2022-12-20.md",  # NBSP and emoji
    "zarr/2024-01-24.md",  # emoji and other non-ASCII
    "seeds/000_a789c980b1867b20.txt",  # NBSP, U+2028 and U+2029
]


def test_tricky_notes_are_in_the_corpus(corpus: Path):
    for name in TRICKY:
        assert (corpus / name).is_file(), name


@pytest.mark.parametrize("original", corpus_files(), ids=corpus_ids())
def test_saving_an_unedited_note_writes_identical_bytes(original: Path, window, tmp_path: Path):
    win, dialogs = window
    copy = tmp_path / original.name
    shutil.copyfile(original, copy)
    assert win.open_path(copy)
    assert win.save()
    assert copy.read_bytes() == original.read_bytes()
    assert dialogs.errors == []


@pytest.mark.parametrize("original", corpus_files(), ids=corpus_ids())
def test_saving_after_a_noop_edit_writes_identical_bytes(
    original: Path, window, tmp_path: Path, qtbot
):
    win, _ = window
    copy = tmp_path / original.name
    shutil.copyfile(original, copy)
    win.open_path(copy)
    before = text_of(win)
    type_at(qtbot, win, len(before) // 2, "x")
    qtbot.keyClick(win.editor, Qt.Key.Key_Backspace)
    assert win.is_modified()
    assert text_of(win) == before
    assert win.save()
    assert copy.read_bytes() == original.read_bytes()


def test_typing_in_a_crlf_note_inserts_exactly_that_and_keeps_crlf(window, note_copy, qtbot):
    win, _ = window
    path = note_copy("jupyterhub/meetings__index.md")
    original = path.read_bytes()
    win.open_path(path)
    text = text_of(win)
    third_line_end = nth_line_end(text.encode(), 3)  # the text has "\n" only
    type_at(qtbot, win, len(text.encode()[:third_line_end].decode()), " edited")
    qtbot.keyClick(win.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(win.editor, "new line")
    assert win.save()

    at = nth_line_end(original, 3, b"\r\n")
    assert path.read_bytes() == original[:at] + b" edited\r\nnew line" + original[at:]


def test_typing_after_an_emoji_lands_after_the_emoji(window, note_copy, qtbot):
    win, _ = window
    path = note_copy("zarr/2024-01-24.md")
    original = path.read_bytes()
    win.open_path(path)
    text = text_of(win)
    type_at(qtbot, win, text.index("😓") + 1, " (sigh)")
    assert win.save()

    at = original.index("😓".encode()) + len("😓".encode())
    assert path.read_bytes() == original[:at] + b" (sigh)" + original[at:]


def test_typing_at_the_end_of_a_note_without_final_newline_adds_no_newline(
    window, note_copy, qtbot
):
    win, _ = window
    path = note_copy("zarr/2024-05-01.md")
    original = path.read_bytes()
    win.open_path(path)
    type_at(qtbot, win, len(text_of(win)), " Enjoy!")
    assert win.save()
    assert path.read_bytes() == original + b" Enjoy!"


def test_title_shows_the_modified_marker_until_saved(window, note_copy, qtbot):
    win, _ = window
    path = note_copy("zarr/2024-05-01.md")
    win.open_path(path)
    assert win.windowTitle() == "2024-05-01.md[*] — noteapp"
    assert not win.isWindowModified()
    type_at(qtbot, win, 0, "x")
    assert win.isWindowModified()
    assert win.save()
    assert not win.isWindowModified()


def test_status_bar_counts_columns_in_characters_not_utf16_units(window, note_copy, qtbot):
    win, _ = window
    win.open_path(note_copy("zarr/2024-01-24.md"))
    text = text_of(win)
    emoji = text.index("😓")
    put_cursor(win, emoji + 1)
    line = text.count("\n", 0, emoji) + 1
    column = emoji - (text.rfind("\n", 0, emoji) + 1) + 2
    assert win.position_label.text() == f"Ln {line}, Col {column}"


def test_paragraph_separator_is_announced_and_kept_when_unedited(window, note_copy):
    win, _ = window
    path = note_copy("seeds/000_a789c980b1867b20.txt")
    original = path.read_bytes()
    win.open_path(path)
    assert "U+2029" in win.statusBar().currentMessage()
    assert win.save()
    assert path.read_bytes() == original


def test_paragraph_separator_survives_an_edit_elsewhere(window, note_copy, qtbot):
    """Defect 12 of issue 14: it used to become an extra line break on save."""
    win, _ = window
    path = note_copy("seeds/000_a789c980b1867b20.txt")
    original = path.read_bytes()
    win.open_path(path)
    type_at(qtbot, win, 0, "x")
    end = len(text_of(win))
    type_at(qtbot, win, end, "y")  # after it too: the place moves with the text before
    assert win.save()
    assert path.read_bytes() == b"x" + original + b"y"


def test_a_deleted_paragraph_separator_stays_deleted(window, note_copy, qtbot):
    win, _ = window
    path = note_copy("seeds/000_a789c980b1867b20.txt")
    original = path.read_bytes().decode("utf-8")
    at = original.index("\u2029")
    win.open_path(path)
    put_cursor(win, at)
    qtbot.keyClick(win.editor, Qt.Key.Key_Delete)
    assert win.save()
    assert path.read_bytes().decode("utf-8") == original[:at] + original[at + 1 :]


def test_invalid_utf8_asks_for_an_encoding_and_never_touches_the_file(window, tmp_path: Path):
    win, dialogs = window
    path = tmp_path / "minutes.md"
    original = "# Café minutes\r\n\r\nNo newline at the end".encode("latin-1")
    path.write_bytes(original)

    dialogs.encodings.append(None)  # the user cancels
    assert not win.open_path(path)
    [message] = dialogs.encoding_prompts
    assert "minutes.md" in message
    assert "byte 5" in message  # the é
    assert win.path is None
    assert text_of(win) == ""
    assert path.read_bytes() == original

    dialogs.encodings.append("latin-1")
    assert win.open_path(path)
    assert text_of(win) == "# Café minutes\n\nNo newline at the end"
    assert win.save()
    assert path.read_bytes() == original


def test_an_unknown_encoding_name_is_asked_again(window, tmp_path: Path, qtbot):
    win, dialogs = window
    path = tmp_path / "notes.md"
    path.write_bytes("Zoë\n".encode("latin-1"))
    dialogs.encodings += ["no-such-encoding", "latin-1"]
    assert win.open_path(path)
    assert len(dialogs.encoding_prompts) == 2
    assert "no-such-encoding" in dialogs.encoding_prompts[1]
    type_at(qtbot, win, 3, "!")
    assert win.save()
    assert path.read_bytes() == "Zoë!\n".encode("latin-1")


def test_a_folder_is_refused_with_a_message(window, tmp_path: Path):
    win, dialogs = window
    assert not win.open_path(tmp_path)
    assert len(dialogs.errors) == 1
    assert "folder" in dialogs.errors[0]
    assert win.path is None


def test_a_binary_file_is_refused_and_left_alone(window, tmp_path: Path):
    win, dialogs = window
    path = tmp_path / "logo.png"
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    path.write_bytes(data)
    assert not win.open_path(path)
    assert "logo.png" in dialogs.errors[0]
    assert "binary" in dialogs.errors[0]
    assert path.read_bytes() == data
    assert win.path is None


def test_a_character_the_encoding_cannot_store_keeps_the_note_modified(
    window, tmp_path: Path, qtbot
):
    win, dialogs = window
    path = tmp_path / "old.md"
    path.write_bytes(b"caf\xe9\n")
    dialogs.encodings.append("latin-1")
    win.open_path(path)
    put_cursor(win, 0)
    win.editor.insertPlainText("🎉")  # QTest cannot type astral characters; paste it
    assert not win.save()
    assert "cannot be stored in" in dialogs.errors[0]
    assert win.is_modified()
    assert text_of(win) == "🎉café\n"
    assert path.read_bytes() == b"caf\xe9\n"


def test_a_failed_write_keeps_the_note_modified(window, tmp_path: Path, qtbot):
    win, dialogs = window
    folder = tmp_path / "gone"
    folder.mkdir()
    path = folder / "note.md"
    path.write_text("text\n")
    win.open_path(path)
    type_at(qtbot, win, 0, "more ")
    shutil.rmtree(folder)  # the folder vanished (unmounted, renamed...) before saving
    assert not win.save()
    assert "note.md" in dialogs.errors[0]
    assert win.is_modified()
    assert text_of(win) == "more text\n"


def test_save_as_writes_a_new_file_and_retitles_the_window(window, tmp_path: Path, qtbot):
    win, dialogs = window
    qtbot.keyClicks(win.editor, "Zo")
    win.editor.insertPlainText("ë")  # QTest types ASCII only
    qtbot.keyClicks(win.editor, "'s notes")
    qtbot.keyClick(win.editor, Qt.Key.Key_Return)
    assert win.windowTitle().startswith("Untitled[*]")
    target = tmp_path / "new" / "2026-01-01.md"
    target.parent.mkdir()
    dialogs.save_paths.append(str(target))
    assert win.save()  # an untitled note goes through Save As
    assert target.read_bytes() == "Zoë's notes\n".encode()
    assert win.windowTitle() == "2026-01-01.md[*] — noteapp"
    assert not win.isWindowModified()
    assert win.settings.recent_files[0] == str(target)


def test_save_as_of_a_crlf_note_copies_its_bytes_and_leaves_the_original(
    window, note_copy, tmp_path: Path
):
    win, dialogs = window
    path = note_copy("jupyterhub/meetings__index.md")
    original = path.read_bytes()
    win.open_path(path)
    target = tmp_path / "copy.md"
    dialogs.save_paths.append(str(target))
    win.save_as_action.trigger()
    assert target.read_bytes() == original
    assert path.read_bytes() == original
    assert win.path == target


def test_new_replaces_an_unmodified_note_without_asking(window, note_copy):
    win, dialogs = window
    win.open_path(note_copy("zarr/2024-05-01.md"))
    win.new_action.trigger()
    assert dialogs.asked_save == 0
    assert win.path is None
    assert text_of(win) == ""
    assert win.windowTitle() == "Untitled[*] — noteapp"


def test_open_from_the_menu_uses_the_chosen_path(window, note_copy):
    win, dialogs = window
    path = note_copy("zarr/2024-05-01.md")
    dialogs.open_paths.append(str(path))
    win.open_action.trigger()
    assert win.path == path
    assert text_of(win) == path.read_text()


def test_file_menu_shortcuts(window):
    win, _ = window
    shortcuts = {
        win.new_action: "Ctrl+N",
        win.open_action: "Ctrl+O",
        win.save_action: "Ctrl+S",
        win.save_as_action: "Ctrl+Shift+S",
        win.quit_action: "Ctrl+Q",
    }
    for action, keys in shortcuts.items():
        assert action.shortcut().toString() == keys


def test_ctrl_s_saves(window, note_copy, qtbot):
    win, _ = window
    path = note_copy("zarr/2024-05-01.md")
    win.open_path(path)
    win.activateWindow()
    win.editor.setFocus()
    type_at(qtbot, win, 0, "x")
    qtbot.keyClick(win.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not win.is_modified()
    assert path.read_bytes().startswith(b"x")


def test_a_file_changed_on_disk_is_never_silently_overwritten(window, note_copy, qtbot):
    win, dialogs = window
    path = note_copy("zarr/2024-05-01.md")
    win.open_path(path)
    type_at(qtbot, win, 0, "mine ")
    theirs = b"changed by git pull\n"
    path.write_bytes(theirs)

    dialogs.overwrite_answers.append(False)  # Cancel: both versions survive
    assert win.save() is False
    assert dialogs.asked_overwrite == [path]
    assert path.read_bytes() == theirs
    assert win.is_modified()

    dialogs.overwrite_answers.append(True)  # Overwrite, on purpose
    assert win.save() is True
    assert path.read_bytes().startswith(b"mine ")
    # after our own save the file is ours again: no question next time
    type_at(qtbot, win, 0, "x")
    assert win.save() is True
    assert len(dialogs.asked_overwrite) == 2
