"""Speaker prefixes in the real editor: Alt+1 … Alt+9, the Ctrl+Shift+K picker, and
initials typed at the start of a line, each checked against the exact text and caret."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from noteapp.ui.main_window import MainWindow
from noteapp.ui.panels.attendees import AttendeesPanel
from noteapp.ui.speakers import SpeakerPrefixes
from noteapp.ui.textbridge import to_utf16
from tests.ui.helpers import put_cursor, text_of

ZARR = "zarr/2024-01-24.md"
ZARR_BLANK = 31  # index of the blank line after "**Meeting Minutes:**"
CONDA_FORGE = "conda-forge/2024-01-24.md"

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier

EMOJI_NOTE = """\
# Call 🎉

**Attending:** Ada Lovelace (AL), Grace Hopper (GH), Alan Turing

## Notes

- 🚀 launch party
"""


def open_note(window, path: Path) -> tuple[MainWindow, SpeakerPrefixes]:
    win, _dialogs = window
    assert win.open_path(path)
    win.activateWindow()
    win.editor.setFocus()
    dock = win.findChild(AttendeesPanel, "attendeesPanel")
    assert dock is not None and dock.speakers is not None
    return win, dock.speakers


def offset_of_line(text: str, index: int) -> int:
    """Code-point offset where line ``index`` (0-based) starts."""
    return sum(len(line) + 1 for line in text.split("\n")[:index])


def caret(win: MainWindow) -> int:
    """The editor's caret as Qt counts it (UTF-16)."""
    return win.editor.textCursor().position()


def at_line_end(win: MainWindow, index: int) -> int:
    """Qt position of the end of line ``index`` in the editor's current text."""
    text = text_of(win)
    return to_utf16(text, offset_of_line(text, index) + len(text.split("\n")[index]))


def undo(qtbot, win: MainWindow) -> None:
    qtbot.keyClick(win.editor, Qt.Key.Key_Z, CTRL)


def zarr_on_blank_line(window, note_copy) -> tuple[MainWindow, SpeakerPrefixes, str]:
    win, speakers = open_note(window, note_copy(ZARR))
    before = text_of(win)
    assert before.split("\n")[ZARR_BLANK - 1] == "**Meeting Minutes:**"
    assert before.split("\n")[ZARR_BLANK] == ""
    put_cursor(win, offset_of_line(before, ZARR_BLANK))
    return win, speakers, before


def assert_blank_line_reads(win: MainWindow, before: str, line: str) -> None:
    """The blank minutes line of the zarr note now reads ``line``, the caret at its end,
    and nothing else changed."""
    assert text_of(win).split("\n") == with_line(before, ZARR_BLANK, line)
    assert caret(win) == at_line_end(win, ZARR_BLANK)


def assert_one_step(qtbot, win: MainWindow, before: str, line: str) -> None:
    """As :func:`assert_blank_line_reads`, and one Ctrl+Z gives back ``before``."""
    assert_blank_line_reads(win, before, line)
    undo(qtbot, win)
    assert text_of(win) == before


def with_line(text: str, index: int, line: str) -> list[str]:
    lines = text.split("\n")
    lines[index] = line
    return lines


# ----------------------------------------------------------------------------- Alt+N


def test_alt_1_starts_a_minute_line_for_the_first_attendee(window, note_copy, qtbot):
    win, _speakers, before = zarr_on_blank_line(window, note_copy)
    qtbot.keyClick(win.editor, Qt.Key.Key_1, ALT)
    assert_one_step(qtbot, win, before, "- WF: ")


def test_alt_6_then_alt_2_on_a_bare_prefix_takes_the_other_speaker(window, note_copy, qtbot):
    win, _speakers, before = zarr_on_blank_line(window, note_copy)
    qtbot.keyClick(win.editor, Qt.Key.Key_6, ALT)
    qtbot.keyClick(win.editor, Qt.Key.Key_2, ALT)
    assert_blank_line_reads(win, before, "- SV: ")


def test_at_the_end_of_a_finished_line_alt_n_starts_a_new_line(window, note_copy, qtbot):
    """Defect 1 of issue 14: Alt+3 there used to change that line's speaker."""
    win, _speakers, _before = zarr_on_blank_line(window, note_copy)
    qtbot.keyClick(win.editor, Qt.Key.Key_6, ALT)
    qtbot.keyClicks(win.editor, "said so")
    qtbot.keyClick(win.editor, Qt.Key.Key_2, ALT)
    lines = text_of(win).split("\n")
    assert lines[ZARR_BLANK : ZARR_BLANK + 2] == ["- JMS: said so", "- SV: "]
    assert caret(win) == at_line_end(win, ZARR_BLANK + 1)


def test_alt_n_without_such_an_attendee_types_nothing_and_says_why(window, note_copy, qtbot):
    win, _speakers, before = zarr_on_blank_line(window, note_copy)
    qtbot.keyClick(win.editor, Qt.Key.Key_7, ALT)
    assert text_of(win) == before
    assert "no number 7" in win.statusBar().currentMessage()


def test_the_nine_actions_carry_alt_1_to_alt_9_and_the_attendees_names(window, note_copy):
    _win, speakers = open_note(window, note_copy(ZARR))
    assert [a.shortcut().toString() for a in speakers.number_actions] == [
        f"Alt+{n}" for n in range(1, 10)
    ]
    assert speakers.number_actions[5].text() == "&6 JMS — Jeremy Maitin-Shepard"
    assert speakers.number_actions[6].text() == "Speaker &7"


def test_alt_n_follows_the_attendee_list_after_a_change(window, note_copy, qtbot):
    win, speakers = open_note(window, note_copy(ZARR))
    dock = win.findChild(AttendeesPanel, "attendeesPanel")
    dock.select(0)
    dock.remove_current()  # Ward Fisher leaves: Sanket Verma is now first
    assert speakers.number_actions[0].text() == "&1 SV — Sanket Verma"
    text = text_of(win)
    put_cursor(win, offset_of_line(text, ZARR_BLANK))
    win.editor.setFocus()
    qtbot.keyClick(win.editor, Qt.Key.Key_1, ALT)
    assert text_of(win).split("\n")[ZARR_BLANK] == "- SV: "


def test_a_person_without_initials_is_called_by_first_name(window, tmp_path, qtbot):
    path = tmp_path / "2024-02-01.md"
    path.write_text(EMOJI_NOTE, encoding="utf-8")
    win, _speakers = open_note(window, path)
    put_cursor(win, len(text_of(win)))
    qtbot.keyClick(win.editor, Qt.Key.Key_3, ALT)
    assert text_of(win) == EMOJI_NOTE + "- Alan: "


def test_alt_2_after_an_emoji_counts_qt_positions_in_utf16(window, tmp_path, qtbot):
    path = tmp_path / "2024-02-01.md"
    path.write_text(EMOJI_NOTE, encoding="utf-8")
    win, _speakers = open_note(window, path)
    line = EMOJI_NOTE.split("\n").index("- 🚀 launch party")
    end = offset_of_line(EMOJI_NOTE, line) + len("- 🚀 launch party")
    put_cursor(win, end)
    assert caret(win) == end + 2  # 🎉 and 🚀 are two UTF-16 units each
    qtbot.keyClick(win.editor, Qt.Key.Key_2, ALT)  # a new line after the written one
    assert text_of(win) == EMOJI_NOTE.replace("- 🚀 launch party\n", "- 🚀 launch party\n- GH: \n")
    assert caret(win) == end + len("\n- GH: ") + 2  # at the end of the new line
    assert win.editor.line_and_column() == (line + 2, len("- GH: ") + 1)


def test_the_note_s_parenthesised_form_and_indent_are_used(window, note_copy, qtbot):
    win, _speakers = open_note(window, note_copy(CONDA_FORGE))
    before = text_of(win)
    lines = before.split("\n")
    index = next(i for i, line in enumerate(lines) if "(IF) Think we should" in line)
    assert lines[index].startswith("  - (IF) Think we should")
    put_cursor(win, offset_of_line(before, index) + len(lines[index]))
    qtbot.keyClick(win.editor, Qt.Key.Key_Return)  # the editor starts an empty line
    qtbot.keyClick(win.editor, Qt.Key.Key_3, ALT)  # Marius van Niekerk (MvN)
    expected = lines.copy()
    expected.insert(index + 1, "  - (MvN) ")
    assert text_of(win).split("\n") == expected
    assert caret(win) == at_line_end(win, index + 1)
    put_cursor(win, offset_of_line(before, index) + 4)  # on "(IF)": never rewritten
    qtbot.keyClick(win.editor, Qt.Key.Key_1, ALT)
    now = text_of(win).split("\n")
    assert now[index] == lines[index]
    assert now[index + 1] == "  - (JRG) "
    undo(qtbot, win)
    assert text_of(win).split("\n") == expected


# ----------------------------------------------------------------------------- the picker


def test_ctrl_shift_k_picks_a_speaker_by_typing_part_of_the_name(window, note_copy, qtbot):
    win, speakers, before = zarr_on_blank_line(window, note_copy)
    qtbot.keyClick(win.editor, Qt.Key.Key_K, CTRL_SHIFT)
    picker = speakers.picker
    assert picker is not None and picker.isVisible()
    assert picker.list.count() == 6
    qtbot.keyClicks(picker.filter, "jer")
    assert [i.text() for i in picker.visible_items()] == ["JMS  Jeremy Maitin-Shepard"]
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert not picker.isVisible()
    assert_one_step(qtbot, win, before, "- JMS: ")


def test_the_picker_filters_by_initials_and_accents_and_moves_with_arrows(window, note_copy, qtbot):
    win, speakers, before = zarr_on_blank_line(window, note_copy)
    qtbot.keyClick(win.editor, Qt.Key.Key_K, CTRL_SHIFT)
    picker = speakers.picker
    qtbot.keyClicks(picker.filter, "gabor")
    assert [i.text() for i in picker.visible_items()] == ["GB  Gābor Kovācs"]
    picker.filter.clear()
    qtbot.keyClicks(picker.filter, "j")
    assert [i.text() for i in picker.visible_items()] == [
        "JH  Joe Hamman",
        "JMS  Jeremy Maitin-Shepard",
    ]
    qtbot.keyClick(picker.filter, Qt.Key.Key_Down)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert text_of(win).split("\n") == with_line(before, ZARR_BLANK, "- JMS: ")


def test_escape_closes_the_picker_without_a_change(window, note_copy, qtbot):
    win, speakers, before = zarr_on_blank_line(window, note_copy)
    qtbot.keyClick(win.editor, Qt.Key.Key_K, CTRL_SHIFT)
    qtbot.keyClick(speakers.picker.filter, Qt.Key.Key_Escape)
    assert not speakers.picker.isVisible()
    assert text_of(win) == before
    assert not win.editor.document().isUndoAvailable()


def test_a_note_without_attendees_says_so_instead_of_picking(window, tmp_path, qtbot):
    path = tmp_path / "empty.md"
    path.write_text("# Call\n\n", encoding="utf-8")
    win, speakers = open_note(window, path)
    qtbot.keyClick(win.editor, Qt.Key.Key_K, CTRL_SHIFT)
    assert speakers.picker is None
    assert "No attendees" in win.statusBar().currentMessage()


# ----------------------------------------------------------------------------- typed initials


def test_typed_initials_complete_to_a_prefix_without_parsing_on_keystrokes(
    window, note_copy, qtbot
):
    win, speakers, before = zarr_on_blank_line(window, note_copy)
    with qtbot.assertNotEmitted(win.document.snapshotChanged):
        qtbot.keyClicks(win.editor, "- J")
        completer = speakers.completion.completer
        assert completer is not None and completer.popup().isVisible()
        offered = completer.completionModel()
        assert [offered.index(r, 0).data() for r in range(offered.rowCount())] == [
            "JH  Joe Hamman",
            "JMS  Jeremy Maitin-Shepard",
        ]
        qtbot.keyClicks(win.editor, "M")
        assert offered.rowCount() == 1
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert not completer.popup().isVisible()
    assert_blank_line_reads(win, before, "- JMS: ")
    undo(qtbot, win)  # undoes the completion only
    assert text_of(win).split("\n") == with_line(before, ZARR_BLANK, "- JM")


def test_typed_initials_without_a_list_marker_complete_to_the_full_form(window, note_copy, qtbot):
    """Defect 5 of issue 14: the note's minute lines are "- XX: ", so is the completion."""
    win, speakers, before = zarr_on_blank_line(window, note_copy)
    qtbot.keyClicks(win.editor, "GB")
    qtbot.keyClick(speakers.completion.completer.popup(), Qt.Key.Key_Tab)
    assert_blank_line_reads(win, before, "- GB: ")


def test_no_popup_for_initials_nobody_has_or_for_ordinary_words(window, note_copy, qtbot):
    win, speakers, _before = zarr_on_blank_line(window, note_copy)
    qtbot.keyClicks(win.editor, "- Z")
    assert speakers.completion.completer is None  # never needed, never built
    qtbot.keyClicks(win.editor, " j")
    assert speakers.completion.completer is None
    qtbot.keyClick(win.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(win.editor, "We")  # "W" matches WF; "We" matches nobody
    assert not speakers.completion.completer.popup().isVisible()
    # Return continued the list: the next item's "- " came with it.
    assert text_of(win).split("\n")[ZARR_BLANK : ZARR_BLANK + 2] == ["- Z j", "- We"]


def test_typing_on_after_the_popup_shows_keeps_the_text_as_typed(window, note_copy, qtbot):
    win, speakers, _before = zarr_on_blank_line(window, note_copy)
    qtbot.keyClicks(win.editor, "- S")
    popup = speakers.completion.completer.popup()
    assert popup.isVisible()
    qtbot.keyClicks(win.editor, "o")  # "So": a word, not SV's initials
    assert not popup.isVisible()
    qtbot.keyClick(win.editor, Qt.Key.Key_Return)
    assert text_of(win).split("\n")[ZARR_BLANK : ZARR_BLANK + 2] == ["- So", "- "]


# A style of its own: people called by their first names, no initials anywhere.
FIRST_NAMES = """\
# Team sync

Present: Ada Lovelace, Grace Hopper

## Notes

- Ada: the build is green
"""


def test_a_first_name_typed_completes_where_the_note_writes_no_initials(window, tmp_path, qtbot):
    path = tmp_path / "sync.md"
    path.write_text(FIRST_NAMES, encoding="utf-8")
    win, speakers = open_note(window, path)
    put_cursor(win, len(FIRST_NAMES))
    qtbot.keyClicks(win.editor, "G")  # one letter of a name: no popup yet
    assert speakers.completion.completer is None
    qtbot.keyClicks(win.editor, "r")
    popup = speakers.completion.completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Tab)
    assert text_of(win) == FIRST_NAMES + "- Grace: "


def test_alt_1_that_would_add_an_attendee_is_refused_with_a_message(window, qtbot, tmp_path):
    """A note that is only a roster: the line would read as one more attendee, so the
    read-back check refuses it; the note is untouched and the status bar says why."""
    path = tmp_path / "roster.md"
    path.write_text("# Call\n\n## Attendees\n\n- Ada Lovelace (AL)\n- Grace Hopper (GH)\n")
    win, _speakers = open_note(window, path)
    before = text_of(win)
    put_cursor(win, 0)
    qtbot.keyClick(win.editor, Qt.Key.Key_1, ALT)
    assert text_of(win) == before
    assert "nothing was changed" in win.statusBar().currentMessage()
