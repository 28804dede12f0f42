"""The Action items panel on a real conda-forge note: owners, done, carried-over items,
and adding an item for an attendee with the keyboard only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from noteapp.ui.main_window import MainWindow
from noteapp.ui.panels.actions import DONE, NO_BOX_TIP, OWNER, TEXT, ActionPanel
from noteapp.ui.panels.snapshot_rows import muted_colour
from tests.ui.helpers import text_of
from tests.ui.panel_helpers import open_with_panel, with_char

# 14 attendees with initials; "* [ ] (XX) ..." action items under "### TODOs" and more,
# bare "TODO:" lines without a box, and items "Pushed to next meeting".
CONDA_FORGE = "conda-forge/2022-11-16.md"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def open_note(window, note_copy) -> tuple[MainWindow, ActionPanel, str]:
    return open_with_panel(window, note_copy, CONDA_FORGE, ActionPanel)


def row_starting(panel: ActionPanel, text: str) -> int:
    return next(k for k, r in enumerate(panel.model.rows) if r.item.text.startswith(text))


def cell(panel: ActionPanel, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return panel.model.index(row, column).data(role)


def test_the_table_shows_owners_text_and_done(window, note_copy):
    _win, panel, _text = open_note(window, note_copy)
    row = row_starting(panel, "(IF/MRB/MV) intel oneAPI")
    assert cell(panel, row, OWNER) == "IF, MRB, MV"
    assert cell(panel, row, TEXT) == "(IF/MRB/MV) intel oneAPI"
    assert cell(panel, row, DONE, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    done = row_starting(panel, "(WV): TensorFlow-GPU")
    assert cell(panel, done, DONE, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert panel.model.headerData(OWNER, Qt.Orientation.Horizontal) == "Owner"


def test_ticking_done_changes_one_box_character_and_ctrl_z_restores(window, note_copy, qtbot):
    win, panel, original = open_note(window, note_copy)
    row = row_starting(panel, "(MvN) vs2022 compiler support")
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(row, DONE))
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)
    line = "* [ ] (MvN) vs2022 compiler support"
    assert text_of(win) == with_char(original, line, 3, "x")  # the note ticks with "x"
    assert cell(panel, row, DONE, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    qtbot.keyClick(win.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert text_of(win) == original


def test_an_item_without_a_box_shows_done_read_only_and_says_why(window, note_copy, qtbot):
    win, panel, original = open_note(window, note_copy)
    row = row_starting(panel, "TODO: adjust PR template")
    index = panel.model.index(row, DONE)
    assert not panel.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert cell(panel, row, DONE, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert cell(panel, row, DONE, Qt.ItemDataRole.ToolTipRole) == NO_BOX_TIP
    panel.view.setFocus()
    panel.view.setCurrentIndex(index)
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)
    assert text_of(win) == original


def test_carried_over_items_are_muted(window, note_copy):
    # an item under "Check in on previous action items" > "Move to Issue Tracker" is an
    # earlier meeting's action; one under "This meeting" is not carried
    _win, panel, _text = open_with_panel(
        window, note_copy, "conda-forge/2020-11-18.md", ActionPanel
    )
    carried = row_starting(panel, "(Marius?) Python 2.7 migration")
    assert panel.model.rows[carried].item.carried
    assert cell(panel, carried, TEXT, Qt.ItemDataRole.ForegroundRole) == muted_colour()
    assert "Carried over" in cell(panel, carried, TEXT, Qt.ItemDataRole.ToolTipRole)
    current = row_starting(panel, "Everyone take a look at the pypa roadmap")
    assert not panel.model.rows[current].item.carried
    assert cell(panel, current, TEXT, Qt.ItemDataRole.ForegroundRole) is None


def test_an_action_item_for_an_attendee_takes_no_mouse(window, note_copy, qtbot):
    win, panel, original = open_note(window, note_copy)
    qtbot.keyClick(win.editor, Qt.Key.Key_A, CTRL_SHIFT)
    assert QApplication.focusWidget() is panel.owner_field
    qtbot.keyClicks(QApplication.focusWidget(), "JRG")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.text_field
    qtbot.keyClicks(QApplication.focusWidget(), "Ping the bot about abi3")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    lines = original.split("\n")
    last = lines.index("* [ ] (UK) Static libraries stuff")
    # After the last top-level item's block: its three nested boxes stay with it.
    assert lines[last + 3].startswith("    * [x] We should write docs")
    lines.insert(last + 4, "* [ ] (JRG) Ping the bot about abi3")
    assert text_of(win) == "\n".join(lines)
    assert (panel.owner_field.text(), panel.text_field.text()) == ("", "")
    assert QApplication.focusWidget() is panel.owner_field  # ready for the next one
    current = panel.model.rows[panel.view.currentIndex().row()].item
    assert (current.text, current.owners) == ("(JRG) Ping the bot about abi3", ("JRG",))


def test_several_owners_are_written_the_notes_way(window, note_copy, qtbot):
    win, panel, original = open_note(window, note_copy)
    panel.owner_field.setText("JRG, MB")
    panel.text_field.setText("Pair on the migrator")
    qtbot.keyClick(panel.text_field, Qt.Key.Key_Return)
    assert "\n* [ ] (JRG/MB) Pair on the migrator\n" in text_of(win)
    assert len(text_of(win)) == len(original) + len("* [ ] (JRG/MB) Pair on the migrator\n")


def test_the_owner_field_completes_names_and_initials_after_a_separator(window, note_copy):
    _win, panel, _text = open_note(window, note_copy)
    completer = panel.owner_field.completer()
    every = completer.model().stringList()
    assert "Jaime Rodríguez-Guerra" in every and "JRG" in every
    assert completer.splitPath("JRG, Mar") == ["Mar"]
    assert completer.splitPath("JRG/ma") == ["ma"]
    completer.setCompletionPrefix("Mar")
    offered = [
        completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())
    ]
    assert offered == ["Marcel Bargull", "Marius van Niekerk"]
    panel.owner_field.setText("JRG, Mar")
    assert completer.pathFromIndex(completer.completionModel().index(1, 0)) == (
        "JRG, Marius van Niekerk"
    )


def test_an_empty_task_is_not_added(window, note_copy, qtbot):
    win, panel, original = open_note(window, note_copy)
    panel.owner_field.setText("JRG")
    qtbot.keyClick(panel.text_field, Qt.Key.Key_Return)
    assert text_of(win) == original
    assert win.statusBar().currentMessage() == "Type the action item, then Enter"


def test_the_templates_empty_box_becomes_the_first_action_item(window, tmp_path, qtbot):
    """A note New Meeting made ends "## Action items" with an empty "- [ ]" to fill in:
    the first item is written over it, the next ones after it; Ctrl+Z gives it back."""
    import datetime as dt

    from noteapp.core.series.model import load_series
    from noteapp.core.series.newnote import plan_note
    from noteapp.storage.notefile import write_note
    from noteapp.storage.workspace import ensure_workspace

    ensure_workspace(tmp_path / "ws")
    series = load_series("example-community-call", tmp_path / "ws")
    path = write_note(plan_note(series, dt.date(2026, 11, 25), workspace=tmp_path / "ws"))
    win, _dialogs = window
    assert win.open_path(path)
    win.activateWindow()
    win.editor.setFocus()
    created = text_of(win)
    assert created.endswith("## Action items\n\n- [ ]\n")
    for owner, task in (("GH", "Tag the release"), ("AL", "Book the room")):
        qtbot.keyClick(win.editor, Qt.Key.Key_A, CTRL_SHIFT)
        qtbot.keyClicks(QApplication.focusWidget(), owner)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), task)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        win.editor.setFocus()
    after = text_of(win)
    tail = after[after.index("## Action items") :]
    assert tail.split("\n")[2:4] == ["- [ ] (GH) Tag the release", "- [ ] (AL) Book the room"]
    assert "- [ ]\n" not in tail  # no empty box left behind
    assert after[: after.index("## Action items")] == created[: created.index("## Action items")]
    qtbot.keyClick(win.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(win.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert text_of(win) == created


def test_enter_in_the_owner_field_takes_the_first_owner_offered(window, note_copy, qtbot):
    win, panel, _text = open_note(window, note_copy)
    win.commands["add_action"].trigger()
    qtbot.keyClicks(panel.owner_field, "JRG, Mar")
    popup = panel.owner_field.completer().popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert panel.owner_field.text() == "JRG, Marcel Bargull"
    assert panel.text_field.hasFocus()
