"""The Agenda panel, the meeting timer and the live-call commands, on real notes.

Every expected text is the original note with exactly the intended change, written
out from the file's lines; the timer runs on a fake clock, so nothing waits.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent, QFont
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from noteapp.ui import caret_actions
from noteapp.ui.main_window import MainWindow
from noteapp.ui.meeting_timer import WARNING_COLOUR, MeetingTimer
from noteapp.ui.panels.agenda import NOW, AgendaPanel
from tests.ui.helpers import put_cursor, text_of
from tests.ui.panel_helpers import open_with_panel, with_char

CZI = "czi-conda-forge/2024-01-30.md"  # a nested "- [ ]" agenda, nothing ticked yet
CZI_EARLIER = "czi-conda-forge/2023-01-06.md"  # the series' earlier note: it ticks with "X"
JUPYTERHUB = "jupyterhub/2021-11-18.md"  # a plain agenda with "(5m)" time boxes
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


class FakeTime:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


def open_note(window, note_copy, name: str) -> tuple[MainWindow, AgendaPanel, str]:
    """The note, with the series' earlier note beside it for a CZI one (a first tick
    follows the mark of the earlier notes)."""
    if name == CZI:
        note_copy(CZI_EARLIER)
    return open_with_panel(window, note_copy, name, AgendaPanel)


def row_named(panel: AgendaPanel, text: str) -> int:
    return next(k for k, r in enumerate(panel.model.rows) if r.item.text == text)


def shown(panel: AgendaPanel, text: str, role=Qt.ItemDataRole.DisplayRole):
    return panel.model.index(row_named(panel, text), 0).data(role)


def discussed(panel: AgendaPanel) -> str | None:
    row = panel.model.row_of(panel.model.discussing)
    return None if row is None else panel.model.rows[row].item.text


def lines(text: str) -> list[str]:
    return text.split("\n")


def test_the_panel_lists_the_agenda_with_depth_and_boxes(window, note_copy):
    _win, panel, _text = open_note(window, note_copy, CZI)
    model = panel.model
    assert model.rowCount() == 16
    assert (shown(panel, "Jaime:"), shown(panel, "Jaime:", Qt.ItemDataRole.CheckStateRole)) == (
        "Jaime:",
        Qt.CheckState.Unchecked,
    )
    depths = [r.item.depth for r in model.rows[6:11]]
    assert depths == [0, 1, 1, 2, 1]  # Darian, three children, one grandchild
    index = model.index(9, 0)
    assert (
        index.data() == "Weird issue on production previews: flashing 404 before the "
        "migration page loads."
    )
    assert model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable


def test_space_on_an_item_ticks_its_box_in_one_character_and_ctrl_z_restores(
    window, note_copy, qtbot
):
    win, panel, original = open_note(window, note_copy, CZI)
    line = "  - [ ] Onboarding core members automation"
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(row_named(panel, line[8:]), 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)
    assert text_of(win) == with_char(original, line, 5, "X")
    assert shown(panel, line[8:], Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    win.editor.setFocus()
    qtbot.keyClick(win.editor, Qt.Key.Key_Z, CTRL)
    assert text_of(win) == original
    win.document.reparse_now()  # what the pause after an undo does
    assert shown(panel, line[8:], Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_a_tick_right_after_typing_ticks_the_item_shown_not_its_old_index(window, note_copy, qtbot):
    win, panel, original = open_note(window, note_copy, CZI)
    row = row_named(panel, "Darian:")
    put_cursor(win, original.index("## 📝 Agenda"))
    qtbot.keyClicks(win.editor, "- [ ] a task typed just now")
    qtbot.keyClick(win.editor, Qt.Key.Key_Return)
    assert not win.document.has_snapshot  # before the pause: the panel shows the old parse
    typed = text_of(win)
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(row, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)
    assert text_of(win) == with_char(typed, "- [ ] Darian:", 3, "X")


def test_clicking_an_indented_check_box_ticks_that_item(window, note_copy, qtbot):
    win, panel, original = open_note(window, note_copy, CZI)
    line = (
        "    - [ ] Weird issue on production previews: flashing 404 before the migration "
        "page loads."
    )
    index = panel.model.index(row_named(panel, line[10:]), 0)
    option = QStyleOptionViewItem()
    option.rect = panel.view.visualRect(index)
    panel.view.itemDelegate().initStyleOption(option, index)  # indented by depth 2
    box = panel.view.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, panel.view
    )
    assert box.left() > panel.view.visualRect(index).left() + 30
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert text_of(win) == with_char(original, line, 7, "X")


def test_f6_discusses_the_first_open_item_then_ticks_it_and_moves_on(window, note_copy, qtbot):
    win, panel, original = open_note(window, note_copy, CZI)
    timer = win.findChild(MeetingTimer)
    assert not timer.running
    qtbot.keyClick(win.editor, Qt.Key.Key_F6)
    assert discussed(panel) == "Jaime:"
    assert timer.running
    assert win.commands["timer"].isChecked()
    assert text_of(win) == original  # nothing was being discussed: nothing ticked
    assert shown(panel, "Jaime:").startswith(NOW + "Jaime:")
    font: QFont = shown(panel, "Jaime:", Qt.ItemDataRole.FontRole)
    assert font.bold()

    qtbot.keyClick(win.editor, Qt.Key.Key_F6)
    assert text_of(win) == with_char(original, "- [ ] Jaime:", 3, "X")
    assert discussed(panel) == "Darian:"
    assert not shown(panel, "Jaime:").startswith(NOW)
    assert panel.view.currentIndex().row() == row_named(panel, "Darian:")
    qtbot.keyClick(win.editor, Qt.Key.Key_Z, CTRL)  # undoes the tick only
    assert text_of(win) == original
    assert discussed(panel) == "Darian:"


def test_f6_skips_ticked_and_empty_items_and_says_when_none_is_left(window, note_copy, qtbot):
    # Every top-level item of this note is ticked, or an empty "- [ ]" template slot.
    win, panel, original = open_note(window, note_copy, "conda-forge/2024-01-24.md")
    qtbot.keyClick(win.editor, Qt.Key.Key_F6)
    assert discussed(panel) is None
    assert win.statusBar().currentMessage() == "No agenda item left to discuss"
    assert text_of(win) == original


def test_f5_starts_and_stops_the_timer_and_the_label_shows_the_item_time(window, note_copy, qtbot):
    win, panel, _text = open_note(window, note_copy, JUPYTERHUB)
    timer = win.findChild(MeetingTimer)
    fake = FakeTime()
    timer.clock.now = fake
    assert not timer.label.isVisible()
    qtbot.keyClick(win.editor, Qt.Key.Key_F5)
    assert timer.running
    fake.now += 100
    # the template's example line "[name=Your Name Here] (approx. time): topic" is no topic
    qtbot.keyClick(win.editor, Qt.Key.Key_F6)  # "[name=Session Chair] (2m): ..."
    chair = "[name=Session Chair] (2m): Assigning a notetaker - volunteers welcome!"
    assert discussed(panel) == chair
    fake.now += 119
    timer.tick()
    assert timer.label.isVisible()
    assert timer.label.text() == "Meeting 3:39 · Item 1: 1:59/2:00"
    assert shown(panel, chair) == f"{NOW}{chair}   1:59/2:00"
    assert shown(panel, chair, Qt.ItemDataRole.ForegroundRole) is None
    fake.now += 2
    timer.tick()
    assert timer.label.text() == "Meeting 3:41 · Item 1: 2:01/2:00"
    assert WARNING_COLOUR.name() in timer.label.styleSheet()
    assert shown(panel, chair, Qt.ItemDataRole.ForegroundRole) == WARNING_COLOUR
    qtbot.keyClick(win.editor, Qt.Key.Key_F5)
    assert not timer.running
    assert not win.commands["timer"].isChecked()
    fake.now += 600  # stopped: the time stands still
    timer.tick()
    assert timer.label.text() == "Meeting 3:41 · Item 1: 2:01/2:00 (stopped)"


def test_an_item_discussed_earlier_keeps_showing_its_time(window, note_copy, qtbot):
    win, panel, _text = open_note(window, note_copy, JUPYTERHUB)
    timer = win.findChild(MeetingTimer)
    fake = FakeTime()
    timer.clock.now = fake
    qtbot.keyClick(win.editor, Qt.Key.Key_F6)
    fake.now += 65
    qtbot.keyClick(win.editor, Qt.Key.Key_F6)
    first = "[name=Session Chair] (2m): Assigning a notetaker - volunteers welcome!"
    assert shown(panel, first) == f"{first}   1:05/2:00"  # its time box: (2m)
    never = "[name=Chris] (5m): New cloud resources for mybinder.org"
    assert shown(panel, never) == never  # never discussed


def test_opening_another_note_resets_the_timer(window, note_copy, qtbot):
    win, panel, _text = open_note(window, note_copy, CZI)
    qtbot.keyClick(win.editor, Qt.Key.Key_F6)
    timer = win.findChild(MeetingTimer)
    assert timer.running
    assert win.open_path(note_copy(JUPYTERHUB))
    assert (timer.running, timer.clock.elapsed(), discussed(panel)) == (False, 0, None)
    assert not timer.label.isVisible()


def test_typing_above_keeps_the_selection_and_the_item_discussed(window, note_copy, qtbot):
    win, panel, _text = open_note(window, note_copy, CZI)
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(row_named(panel, "Darian:"), 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)  # Enter: discuss this item
    assert discussed(panel) == "Darian:"
    panel.view.setCurrentIndex(panel.model.index(row_named(panel, "Sylvain:"), 0))
    heading = text_of(win).index("## 📝 Agenda")
    put_cursor(win, heading)
    for typed in ("New line above", "- [ ] an item typed in"):
        qtbot.keyClicks(win.editor, typed)
        qtbot.keyClick(win.editor, Qt.Key.Key_Return)
    win.document.reparse_now()  # what the pause after typing does
    assert discussed(panel) == "Darian:"
    assert panel.model.rows[panel.view.currentIndex().row()].item.text == "Sylvain:"
    # Editing the discussed item's own text keeps it discussed.
    put_cursor(win, text_of(win).index("Darian:") + len("Darian"))
    qtbot.keyClicks(win.editor, " D.")
    win.document.reparse_now()
    assert discussed(panel) == "Darian D.:"


def test_typing_outside_the_agenda_does_not_touch_the_model(window, note_copy, qtbot):
    win, panel, _text = open_note(window, note_copy, CZI)
    changes: list[str] = []
    panel.model.modelReset.connect(lambda: changes.append("reset"))
    panel.model.dataChanged.connect(lambda *_: changes.append("data"))
    put_cursor(win, text_of(win).index("5 attendees in total"))
    qtbot.keyClicks(win.editor, "About ")
    win.document.reparse_now()
    assert changes == []
    assert panel.model.rows[0].item.start == text_of(win).index("- [ ] Jaime:")


def test_the_add_field_appends_an_agenda_item_in_the_notes_style(window, note_copy, qtbot):
    win, panel, original = open_note(window, note_copy, CZI)
    qtbot.keyClick(win.editor, Qt.Key.Key_G, CTRL | SHIFT)
    assert QApplication.focusWidget() is panel.add_field
    qtbot.keyClicks(panel.add_field, "Release plan (10 min)")
    qtbot.keyClick(panel.add_field, Qt.Key.Key_Return)
    expected = lines(original)
    last_child = expected.index("  - [ ] Will be available in libmamba 2.0.0alpha2 ")
    expected.insert(last_child + 1, "- [ ] Release plan (10 min)")
    assert text_of(win) == "\n".join(expected)
    assert panel.add_field.text() == ""
    current = panel.model.rows[panel.view.currentIndex().row()].item
    assert (current.text, current.timebox_minutes) == ("Release plan (10 min)", 10)
    qtbot.keyClick(win.editor, Qt.Key.Key_Z, CTRL)
    assert text_of(win) == original


def test_the_first_item_added_replaces_the_templates_placeholder_in_one_undo_step(
    window, tmp_path, qtbot
):
    """An agenda a template left as an empty bullet: the first item typed in the add
    field is written over it (no empty item left), the second after it; Ctrl+Z takes
    back one item at a time, the placeholder included."""
    path = tmp_path / "call.md"
    created = "# Weekly call\n\n## Agenda\n\n- \n\n## Minutes\n\nTBD\n"
    path.write_text(created, encoding="utf-8")
    win, _dialogs = window
    assert win.open_path(path)
    win.activateWindow()
    win.editor.setFocus()
    panel = win.findChild(AgendaPanel)
    for item in ("Budget", "Release plan"):
        qtbot.keyClick(win.editor, Qt.Key.Key_G, CTRL | SHIFT)
        qtbot.keyClicks(panel.add_field, item)
        qtbot.keyClick(panel.add_field, Qt.Key.Key_Return)
    assert text_of(win) == created.replace("- \n", "- Budget\n- Release plan\n")
    assert [r.item.text for r in panel.model.rows] == ["Budget", "Release plan"]
    win.editor.setFocus()
    qtbot.keyClick(win.editor, Qt.Key.Key_Z, CTRL)
    assert text_of(win) == created.replace("- \n", "- Budget\n")
    qtbot.keyClick(win.editor, Qt.Key.Key_Z, CTRL)
    assert text_of(win) == created


def test_alt_down_moves_an_item_with_its_children_below_the_next_one(window, note_copy, qtbot):
    win, panel, original = open_note(window, note_copy, CZI)
    before = lines(original)
    darian = before.index("- [ ] Darian:")
    sylvain = before.index("- [ ] Sylvain:")
    end = before.index("  - [ ] Will be available in libmamba 2.0.0alpha2 ") + 1
    expected = before[:darian] + before[sylvain:end] + before[darian:sylvain] + before[end:]
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(row_named(panel, "Darian:"), 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Down, ALT)
    assert text_of(win) == "\n".join(expected)
    assert panel.model.rows[panel.view.currentIndex().row()].item.text == "Darian:"
    qtbot.keyClick(panel.view, Qt.Key.Key_Down, ALT)  # already last: nothing happens
    assert text_of(win) == "\n".join(expected)
    qtbot.keyClick(panel.view, Qt.Key.Key_Up, ALT)
    assert text_of(win) == original
    qtbot.keyClick(win.editor, Qt.Key.Key_Z, CTRL)  # one undo step per move
    assert text_of(win) == "\n".join(expected)


def drop_on(panel: AgendaPanel, dragged: str, target: str) -> None:
    """Drag the row ``dragged`` (made current, as a press does) onto the row ``target``."""
    view, model = panel.view, panel.model
    source = model.index(row_named(panel, dragged), 0)
    view.setCurrentIndex(source)
    data: QMimeData = model.mimeData([source])
    point = view.visualRect(model.index(row_named(panel, target), 0)).center()
    event = QDropEvent(
        QPointF(point),
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(event)


def test_dropping_an_item_on_a_sibling_moves_it_there(window, note_copy):
    win, panel, original = open_note(window, note_copy, CZI)
    before = lines(original)
    jaime, darian = before.index("- [ ] Jaime:"), before.index("- [ ] Darian:")
    sylvain = before.index("- [ ] Sylvain:")
    # The line of two spaces after Jaime's children stays where it was.
    expected = (
        before[:jaime]
        + before[darian:sylvain]
        + [before[darian - 1]]
        + before[jaime : darian - 1]
        + before[sylvain:]
    )
    drop_on(panel, "Darian:", "Onboarding core members automation")  # a child of Jaime
    assert text_of(win) == "\n".join(expected)
    assert panel.model.rowCount() == 16


def test_dropping_an_item_outside_its_own_list_changes_nothing(window, note_copy):
    win, panel, original = open_note(window, note_copy, CZI)
    drop_on(panel, "Onboarding core members automation", "Darian:")
    assert text_of(win) == original
    assert "own list" in win.statusBar().currentMessage()


# -- the caret commands -------------------------------------------------------------------


def test_ctrl_shift_t_types_the_time_as_its_own_undo_step(window, note_copy, qtbot, monkeypatch):
    monkeypatch.setattr(caret_actions, "local_time", lambda: dt.datetime(2024, 1, 30, 7, 5, 59))
    win, _panel, original = open_note(window, note_copy, CZI)
    at = original.index("## 🚀 Action items")
    put_cursor(win, at)
    qtbot.keyClicks(win.editor, "Ended ")
    qtbot.keyClick(win.editor, Qt.Key.Key_T, CTRL | SHIFT)
    qtbot.keyClick(win.editor, Qt.Key.Key_Return)
    assert text_of(win) == original[:at] + "Ended 07:05\n" + original[at:]
    qtbot.keyClick(win.editor, Qt.Key.Key_Z, CTRL)  # the newline
    qtbot.keyClick(win.editor, Qt.Key.Key_Z, CTRL)  # the time, not the typing before it
    assert text_of(win) == original[:at] + "Ended " + original[at:]


def test_ctrl_return_ticks_the_task_on_the_caret_line_and_the_caret_stays(window, note_copy, qtbot):
    win, _panel, original = open_note(window, note_copy, CZI)
    line = "  - [ ] Added CPU runners to the open-gpu-server (e.g. for pytorch)"
    put_cursor(win, original.index(line) + 20)
    caret = win.editor.textCursor().position()
    qtbot.keyClick(win.editor, Qt.Key.Key_Return, CTRL)
    assert text_of(win) == with_char(original, line, 5, "X")
    assert win.editor.textCursor().position() == caret
    qtbot.keyClick(win.editor, Qt.Key.Key_Return, CTRL)
    assert text_of(win) == original
    qtbot.keyClick(win.editor, Qt.Key.Key_Z, CTRL)
    assert text_of(win) == with_char(original, line, 5, "X")


def test_ctrl_return_on_a_line_without_a_task_changes_nothing(window, note_copy, qtbot):
    win, _panel, original = open_note(window, note_copy, CZI)
    put_cursor(win, original.index("5 attendees in total"))
    qtbot.keyClick(win.editor, Qt.Key.Key_Return, CTRL)
    assert text_of(win) == original
    assert "No task item" in win.statusBar().currentMessage()


@pytest.mark.parametrize("name", ["agenda_up", "agenda_down"])
def test_move_shortcuts_belong_to_the_agenda_list_only(window, note_copy, qtbot, name):
    win, panel, original = open_note(window, note_copy, CZI)
    put_cursor(win, original.index("- [ ] Darian:"))
    key = Qt.Key.Key_Up if name == "agenda_up" else Qt.Key.Key_Down
    qtbot.keyClick(win.editor, key, ALT)  # in the editor Alt+Up/Down is not a move
    assert text_of(win) == original
    action = panel.view.findChild(type(win.commands["timer"]), f"action_{name}")
    assert action is not None and action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut


def test_the_timer_does_no_work_while_stopped(window, note_copy, qtbot):
    win, _panel, _text = open_note(window, note_copy, CZI)
    timer = win.findChild(MeetingTimer)
    assert not timer.ticking
    qtbot.keyClick(win.editor, Qt.Key.Key_F5)
    assert timer.ticking
    qtbot.keyClick(win.editor, Qt.Key.Key_F5)
    assert not timer.ticking


# ------------------------------------------------ notes with the discussion under each item


def displayed(panel: AgendaPanel) -> list[str]:
    return [panel.model.index(k, 0).data() for k in range(panel.model.rowCount())]


def test_a_conda_forge_agenda_lists_its_topics_not_the_discussion(window, note_copy, qtbot):
    win, panel, original = open_note(window, note_copy, "conda-forge/2024-01-24.md")
    assert displayed(panel) == [
        "(empty)",  # the template's "- [ ]" under Standing items, From previous meeting(s)
        "(empty)",
        '(HV) How do we introduce `{{ stdlib("c") }}`?',
        "(HV) Migrate boost 1.84?",  # the link's text, not its markup
        "(KE) Can we create an sccache store to reduce build redundancy?",
    ]
    lines = original.split("\n")
    ke = lines.index("- [x] (KE) Can we create an sccache store to reduce build redundancy?")
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(4, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)  # the KE topic, not a bullet under it
    assert text_of(win).split("\n")[ke] == lines[ke].replace("[x]", "[ ]", 1)
    win.editor.setFocus()
    qtbot.keyClick(win.editor, Qt.Key.Key_Z, CTRL)
    assert text_of(win) == original

    migrate = next(k for k, line in enumerate(lines) if "boost 1.84" in line)
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(4, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Up, ALT)  # KE and its discussion, above Migrate
    moved = text_of(win).split("\n")
    block = lines[ke : lines.index("### Pushed to next meeting") - 1]
    assert moved[migrate : migrate + len(block)] == block
    assert displayed(panel)[3].startswith("(KE)")
    assert panel.view.currentIndex().row() == 3  # the moved topic stays current


def test_a_jupyterhub_agenda_lists_its_topics_without_markup(window, note_copy, qtbot):
    win, panel, original = open_note(window, note_copy, "jupyterhub/2023-01-17.md")
    rows = displayed(panel)
    assert len(rows) == 8 and not any("**" in r for r in rows)
    assert rows[0].startswith("Min (5m): Outreachy for Spring.")
    assert rows[1].startswith("Sarah (probably following on from Min's topic)")
    lines = original.split("\n")
    first = lines.index(next(x for x in lines if x.startswith("- **Min** (5m): Outreachy")))
    second = lines.index(next(x for x in lines if x.startswith("- **Sarah** (probably")))
    third = lines.index(next(x for x in lines if x.startswith("- **Min** (5m): Interest")))
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Down, ALT)  # Outreachy after Sarah's topic
    moved = text_of(win).split("\n")
    sarah, outreachy = lines[second:third], lines[first:second]
    assert moved[first:third] == sarah + outreachy
    assert displayed(panel)[1].startswith("Min (5m): Outreachy")


def test_typing_in_an_item_keeps_the_row_objects_before_it_and_changes_only_its_row(
    window, note_copy, qtbot
):
    """Only the edited item's row is told to the view; the rows of the items before it
    (the previous snapshot's own items) stay the very same objects."""
    win, panel, _text = open_note(window, note_copy, CZI)
    model = panel.model
    darian = row_named(panel, "Darian:")
    assert darian >= 2
    before = list(model.rows)
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last, *_: changed.append((first.row(), last.row())))
    with (
        qtbot.assertNotEmitted(model.modelReset),
        qtbot.assertNotEmitted(model.rowsInserted),
        qtbot.assertNotEmitted(model.rowsRemoved),
    ):
        put_cursor(win, text_of(win).index("Darian:") + len("Darian"))
        qtbot.keyClicks(win.editor, " D.")
        win.document.reparse_now()
    assert changed == [(darian, darian)]
    assert all(model.rows[k] is before[k] for k in range(darian))
    assert [row.id for row in model.rows] == [row.id for row in before]
    assert model.rows[darian].item.text == "Darian D.:"
