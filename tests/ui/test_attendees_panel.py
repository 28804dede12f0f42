"""The Attendees panel, driven through its real widgets on copies of corpus notes.

Each test states the lines an action must change (read from the note by hand), and
that one Ctrl+Z in the editor gives back the original text exactly.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
)

from noteapp.ui.main_window import MainWindow
from noteapp.ui.panels.attendee_model import PRESENT
from noteapp.ui.panels.attendees import AttendeesPanel
from tests.ui.helpers import text_of, type_at

ZARR = "zarr/2024-01-24.md"
ZARR_ATTENDING = 10  # index of the "**Attending:**" line
CONDA_FORGE = "conda-forge/2024-01-24.md"
CZI = "czi-conda-forge/2023-01-06.md"

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def open_note(window, path: Path) -> tuple[MainWindow, AttendeesPanel]:
    win, _dialogs = window
    assert win.open_path(path)
    win.activateWindow()
    dock = win.findChild(AttendeesPanel, "attendeesPanel")
    assert dock is not None
    return win, dock


def lines_of(win: MainWindow) -> list[str]:
    return text_of(win).split("\n")


def undo(qtbot, win: MainWindow) -> None:
    win.editor.setFocus()
    qtbot.keyClick(win.editor, Qt.Key.Key_Z, CTRL)


def assert_one_step(qtbot, win: MainWindow, before: str, expected: list[str]) -> None:
    """The note reads ``expected`` line by line, and one Ctrl+Z gives back ``before``."""
    assert lines_of(win) == expected
    undo(qtbot, win)
    assert text_of(win) == before


def without_line(text: str, index: int, start: str) -> list[str]:
    """``text``'s lines without line ``index``, which must start with ``start``."""
    lines = text.split("\n")
    assert lines[index].startswith(start)
    del lines[index]
    return lines


def names(dock: AttendeesPanel) -> list[str]:
    return [row[0] for row in dock.model.rows]


def focus_table(dock: AttendeesPanel, row: int) -> None:
    dock.select(row)
    dock.table.setFocus()
    assert dock.table.hasFocus()


def press_in_table(
    qtbot,
    dock: AttendeesPanel,
    row: int,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    focus_table(dock, row)
    qtbot.keyClick(dock.table, key, modifier)


def click_check_box(qtbot, table: QTableView, index: QModelIndex) -> None:
    """Click the check box drawn in ``index``'s cell, where the style puts it."""
    option = QStyleOptionViewItem()
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    option.rect = table.visualRect(index)
    box = table.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, table
    )
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def zarr_line(*names_and_initials: str) -> str:
    return "**Attending:** " + ", ".join(names_and_initials)


ZARR_PEOPLE = [
    "Ward Fisher (WF)",
    "Sanket Verma (SV)",
    "Davis Bennett (DB)",
    "Gābor Kovācs (GB)",
    "Joe Hamman (JH)",
    "Jeremy Maitin-Shepard (JMS)",
]


# ----------------------------------------------------------------------------- the panel


def test_the_panel_shows_the_notes_attendees(window, note_copy):
    win, dock = open_note(window, note_copy(ZARR))
    assert dock.table.objectName() == "attendeeTable"
    assert dock.table.model() is dock.model
    assert dock.model.rows[3] == ("Gābor Kovācs", "GB", None, None, True)
    assert [dock.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Name",
        "Initials",
        "Handle",
        "Affiliation",
        "Present",
    ]
    check = dock.model.index(0, PRESENT).data(Qt.ItemDataRole.CheckStateRole)
    assert check == Qt.CheckState.Checked
    assert win.restoreState(win.saveState())


def test_the_table_shows_the_conda_forge_columns(window, note_copy):
    _win, dock = open_note(window, note_copy(CONDA_FORGE))
    assert dock.model.rows == [
        ("Jaime Rodríguez-Guerra", "JRG", "jaimergp", "Quansight/cf", True),
        ("Michael Sarahan", "MCS", "msarahan", "NVIDIA/CF", True),
        ("Marius van Niekerk", "MvN", "mariusvniekerk", "Voltron Data/CF", True),
        ("Cheng H. Lee", "CHL", "chenghlee", "Anaconda/CF", True),
    ]


# ----------------------------------------------------------------------------- adding


def test_adding_in_a_table_fills_its_first_empty_row_in_one_undo_step(window, note_copy, qtbot):
    win, dock = open_note(window, note_copy(CONDA_FORGE))
    before = text_of(win)
    qtbot.keyClicks(dock.add_field, "Ada Lovelace (AL)")
    qtbot.keyClick(dock.add_field, Qt.Key.Key_Return)
    expected = before.split("\n")
    assert expected[19] == "|" + "|".join(" " * w for w in (25, 10, 18, 29)) + "|"
    expected[19] = (
        "| Ada Lovelace            | AL       |                  |                             |"
    )
    assert names(dock)[-1] == "Ada Lovelace"
    assert dock.add_field.text() == ""
    assert_one_step(qtbot, win, before, expected)


def test_adding_in_an_inline_list_appends_to_it_and_saves_only_that(window, note_copy, qtbot):
    path = note_copy(ZARR)
    original = path.read_bytes()
    win, dock = open_note(window, path)
    before = text_of(win)
    qtbot.keyClicks(dock.add_field, "Ada Lovelace (AL)")
    qtbot.keyClick(dock.add_field, Qt.Key.Key_Return)
    expected = before.split("\n")
    assert expected[ZARR_ATTENDING] == zarr_line(*ZARR_PEOPLE)
    expected[ZARR_ATTENDING] = zarr_line(*ZARR_PEOPLE, "Ada Lovelace (AL)")
    assert lines_of(win) == expected
    assert win.save()
    assert path.read_bytes() == original.replace(
        b"Jeremy Maitin-Shepard (JMS)\n", b"Jeremy Maitin-Shepard (JMS), Ada Lovelace (AL)\n", 1
    )
    undo(qtbot, win)
    assert text_of(win) == before


def test_the_add_button_adds_too(window, note_copy, qtbot):
    win, dock = open_note(window, note_copy(ZARR))
    dock.add_field.setText("Ada Lovelace")
    qtbot.mouseClick(_button(dock, "attendeeAddButton"), Qt.MouseButton.LeftButton)
    assert lines_of(win)[ZARR_ATTENDING] == zarr_line(*ZARR_PEOPLE, "Ada Lovelace (AL)")


@pytest.mark.parametrize(
    ("note", "walk_in", "initials", "written"),
    [  # JH is Joe Hamman's, MvN Marius van Niekerk's; CHL (Cheng H. Lee) leaves CH free
        (ZARR, "Jane Hammond", "JaH", "Jane Hammond (JaH)"),
        (CONDA_FORGE, "Carl Hunt", "CH", "| Carl Hunt               | CH       |"),
        (CONDA_FORGE, "Maria van Niekerk", "MN", "| Maria van Niekerk       | MN       |"),
    ],
)
def test_a_walk_in_gets_unique_initials_in_the_notes_style(
    window, note_copy, qtbot, note, walk_in, initials, written
):
    win, dock = open_note(window, note_copy(note))
    before = text_of(win)
    qtbot.keyClicks(dock.add_field, walk_in)  # not in the roster: typed in full
    qtbot.keyClick(dock.add_field, Qt.Key.Key_Return)
    people = win.document.meeting.attendees
    assert [(p.name, p.initials) for p in people if p.name == walk_in] == [(walk_in, initials)]
    assert written in text_of(win)
    taken = [a.initials.casefold() for a in people if a.initials]
    assert len(taken) == len(set(taken))
    undo(qtbot, win)  # one step
    assert text_of(win) == before


def test_a_walk_in_gets_no_initials_where_the_note_writes_none(window, note_copy, qtbot):
    win, dock = open_note(window, note_copy("jupyterhub/2023-01-17.md"))
    qtbot.keyClicks(dock.add_field, "Jane Hammond")
    qtbot.keyClick(dock.add_field, Qt.Key.Key_Return)
    person = win.document.meeting.attendees[-1]
    assert (person.name, person.initials) == ("Jane Hammond", None)


def _button(dock: AttendeesPanel, name: str) -> QPushButton:
    button = dock.findChild(QPushButton, name)
    assert button is not None
    return button


def test_an_empty_add_field_adds_nobody(window, note_copy, qtbot):
    win, dock = open_note(window, note_copy(ZARR))
    before = text_of(win)
    qtbot.keyClicks(dock.add_field, "   ")
    qtbot.keyClick(dock.add_field, Qt.Key.Key_Return)
    assert text_of(win) == before
    assert not win.editor.document().isUndoAvailable()


def test_ctrl_shift_p_focuses_the_add_field_from_the_editor(window, note_copy, qtbot):
    win, dock = open_note(window, note_copy(ZARR))
    win.editor.setFocus()
    qtbot.keyClick(win.editor, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is dock.add_field
    assert dock.completer is not None  # built on first use, not at start-up


def test_ctrl_2_focuses_the_table(window, note_copy, qtbot):
    win, dock = open_note(window, note_copy(ZARR))
    win.editor.setFocus()
    qtbot.keyClick(win.editor, Qt.Key.Key_2, CTRL)
    assert QApplication.focusWidget() is dock.table


def test_ctrl_2_space_checks_in_the_next_expected_person_whoever_was_current(
    window, note_copy, qtbot
):
    path = note_copy(ZARR)
    (path.parent / "2024-01-10.md").write_text(
        "# 2024-01-10\n\n**Attending:** Mary Jackson (MJ), Ward Fisher (WF)\n", encoding="utf-8"
    )
    win, dock = open_note(window, path)
    qtbot.waitUntil(lambda: bool(dock.model.expected))
    dock.select(1)  # someone present was current (a click, an Add)
    win.editor.setFocus()
    qtbot.keyClick(win.editor, Qt.Key.Key_2, CTRL)
    qtbot.keyClick(dock.table, Qt.Key.Key_Space)
    people = {p.name: p.present for p in win.document.meeting.attendees}
    assert people["Mary Jackson"] is True
    assert people["Sanket Verma"] is True  # the row that was current is left alone
    assert "Apologies" not in text_of(win)


def test_the_roster_is_read_in_a_worker_and_its_people_follow_as_expected_rows(
    window, note_copy, qtbot, monkeypatch
):
    from noteapp.core.series import roster

    readers: list[str] = []
    real = roster.roster_for

    def spy(path, *args, **kwargs):
        readers.append(threading.current_thread().name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(roster, "roster_for", spy)
    path = note_copy(ZARR)
    (path.parent / "2024-01-10.md").write_text(
        "# 2024-01-10\n\n**Attending:** Mary Jackson (MJ), Ward Fisher (WF)\n", encoding="utf-8"
    )
    _win, dock = open_note(window, path)
    qtbot.waitUntil(lambda: bool(dock.model.expected))
    assert "Mary Jackson" in [row[0] for row in dock.model.expected]
    assert readers and threading.main_thread().name not in readers


def test_a_roster_read_for_a_note_no_longer_open_is_dropped(window, note_copy, qtbot):
    path = note_copy(ZARR)
    (path.parent / "2024-01-10.md").write_text(
        "# 2024-01-10\n\n**Attending:** Mary Jackson (MJ)\n", encoding="utf-8"
    )
    _win, dock = open_note(window, path)
    qtbot.waitUntil(lambda: dock.roster is not None)
    dock.roster = None
    dock._roster_read(path.parent / "other.md", [])  # a late answer for another note
    assert dock.roster is None


def test_the_completer_and_roster_are_not_built_at_start_up(make_window):
    win, _ = make_window()
    dock = win.findChild(AttendeesPanel, "attendeesPanel")
    assert dock.completer is None and dock.roster is None
    assert dock.speakers is not None and dock.speakers.picker is None
    assert dock.speakers.completion.completer is None


# ----------------------------------------------------------------------------- roster


CZI_SIBLING = """\
# 2022-12-20 CZI EOSS 5 conda-forge grant meeting

## 👥 Attendees

| Full name | Github handle | Organization |
|---|---|---|
| Ada Lovelace | ada | Babbage |
| Johan Mabille | JohanMabille | QuantStack |
"""


def test_the_add_field_completes_from_sibling_notes_and_fills_their_fields(
    window, note_copy, qtbot
):
    path = note_copy(CZI)
    (path.parent / "2022-12-20.md").write_text(CZI_SIBLING, encoding="utf-8")
    win, dock = open_note(window, path)
    before = text_of(win)
    win.editor.setFocus()
    qtbot.keyClick(win.editor, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(dock.add_field, "love")
    completer = dock.completer
    assert completer is not None and completer.popup().isVisible()
    offered = completer.completionModel()
    # Johan Mabille is in the note already: only Ada is offered, with her details.
    assert [offered.index(r, 0).data() for r in range(offered.rowCount())] == [
        "Ada Lovelace (Babbage)"
    ]
    assert completer.popup().currentIndex().row() == 0  # the first is selected
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)  # chooses and adds
    assert dock.add_field.text() == ""
    assert not completer.popup().isVisible()
    widths = (24, 18, 15)
    row = (
        "|"
        + "|".join(
            f" {v}".ljust(w)
            for v, w in zip(("Ada Lovelace", "ada", "Babbage"), widths, strict=True)
        )
        + "|"
    )
    assert row == "| Ada Lovelace           | ada              | Babbage       |"
    expected = before.split("\n")
    assert expected[16].startswith("| Tania Allard ")
    expected.insert(17, row)
    assert_one_step(qtbot, win, before, expected)


def test_a_typed_roster_name_brings_its_initials(window, note_copy, qtbot):
    path = note_copy(ZARR)
    (path.parent / "2024-01-10.md").write_text(
        "# 2024-01-10\n\n**Attending:** Grace Hopper (GH)\n", encoding="utf-8"
    )
    win, dock = open_note(window, path)
    dock.focus_add_field()
    qtbot.keyClicks(dock.add_field, "grace hopper")
    popup = dock.completer.popup()
    assert popup.isVisible() and popup.currentIndex().row() == 0  # the first is selected
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # the popup has the keyboard: Enter adds
    assert lines_of(win)[ZARR_ATTENDING] == zarr_line(*ZARR_PEOPLE, "Grace Hopper (GH)")
    assert not popup.isVisible()
    assert dock.add_field.text() == ""


# ----------------------------------------------------------------------------- editing


def test_editing_a_name_cell_renames_the_person_in_the_text(window, note_copy, qtbot):
    win, dock = open_note(window, note_copy(ZARR))
    before = text_of(win)
    index = dock.model.index(4, 0)
    dock.table.setCurrentIndex(index)
    dock.table.edit(index)
    editor = dock.table.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "Joe Hamman"
    editor.selectAll()
    qtbot.keyClicks(editor, "Joseph Hamman")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits Enter through a queued call
    expected = before.split("\n")
    expected[ZARR_ATTENDING] = expected[ZARR_ATTENDING].replace("Joe Hamman", "Joseph Hamman")
    assert dock.table.currentIndex().row() == 4
    assert_one_step(qtbot, win, before, expected)


def test_editing_a_table_cell_rewrites_that_cell(window, note_copy, qtbot):
    win, dock = open_note(window, note_copy(CZI))
    before = text_of(win)
    assert dock.model.setData(dock.model.index(2, 3), "Quansight")
    expected = before.split("\n")
    expected[12] = "| Andreas Trawöger       | atrawog          | Quansight     |"
    assert_one_step(qtbot, win, before, expected)


def test_a_field_the_style_cannot_hold_is_refused_in_the_status_bar(window, note_copy):
    win, dock = open_note(window, note_copy(ZARR))
    before = text_of(win)
    assert not dock.model.setData(dock.model.index(0, 2), "wfisher")
    assert text_of(win) == before
    assert "no place for" in win.statusBar().currentMessage()
    assert not win.editor.document().isUndoAvailable()


# ----------------------------------------------------------------------------- presence


def test_space_marks_someone_absent_in_one_undo_step(window, note_copy, qtbot):
    win, dock = open_note(window, note_copy(ZARR))
    before = text_of(win)
    press_in_table(qtbot, dock, 2, Qt.Key.Key_Space)
    expected = before.split("\n")
    expected[ZARR_ATTENDING : ZARR_ATTENDING + 1] = [
        zarr_line(*[p for p in ZARR_PEOPLE if not p.startswith("Davis")]),
        "",
        "**Apologies:** Davis Bennett (DB)",
    ]
    assert lines_of(win) == expected
    assert dock.model.rows[-1] == ("Davis Bennett", "DB", None, None, False)
    assert dock.table.currentIndex().row() == 5  # the selection follows Davis
    press_in_table(qtbot, dock, 5, Qt.Key.Key_Space)
    assert lines_of(win)[ZARR_ATTENDING] == zarr_line(
        *[p for p in ZARR_PEOPLE if not p.startswith("Davis")], "Davis Bennett (DB)"
    )
    undo(qtbot, win)
    undo(qtbot, win)
    assert text_of(win) == before


# ----------------------------------------------------------------------------- removing


def test_delete_removes_the_current_person_and_keeps_the_row_selected(window, note_copy, qtbot):
    win, dock = open_note(window, note_copy(ZARR))
    before = text_of(win)
    press_in_table(qtbot, dock, 2, Qt.Key.Key_Delete)
    expected = before.split("\n")
    expected[ZARR_ATTENDING] = zarr_line(*[p for p in ZARR_PEOPLE if not p.startswith("Davis")])
    assert dock.table.currentIndex().row() == 2
    assert names(dock)[2] == "Gābor Kovācs"
    assert_one_step(qtbot, win, before, expected)


def test_the_remove_button_deletes_a_table_row(window, note_copy, qtbot):
    win, dock = open_note(window, note_copy(CZI))
    before = text_of(win)
    dock.select(0)
    qtbot.mouseClick(_button(dock, "attendeeRemoveButton"), Qt.MouseButton.LeftButton)
    assert_one_step(qtbot, win, before, without_line(before, 10, "| Johan Mabille "))


def test_the_context_menu_offers_the_table_actions_with_their_keys(window, note_copy):
    _win, dock = open_note(window, note_copy(ZARR))
    assert dock.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    actions = {a.objectName(): a.shortcut().toString() for a in dock.table.actions()}
    assert actions == {
        "action_attendee_present": "Space",
        "action_attendee_up": "Alt+Up",
        "action_attendee_down": "Alt+Down",
        "action_attendee_remove": "Del",
    }
    assert all(
        a.shortcutContext() == Qt.ShortcutContext.WidgetShortcut for a in dock.table.actions()
    )


def test_delete_in_the_editor_does_not_remove_anyone(window, note_copy, qtbot):
    win, dock = open_note(window, note_copy(ZARR))
    dock.select(0)
    type_at(qtbot, win, 0, "")
    win.editor.setFocus()
    qtbot.keyClick(win.editor, Qt.Key.Key_Delete)
    assert lines_of(win)[0] == "--"  # the editor deleted the first "-" of the front matter
    assert len(dock.model.rows) == 6


# ----------------------------------------------------------------------------- moving


def test_alt_down_and_alt_up_move_the_person_and_the_selection(window, note_copy, qtbot):
    win, dock = open_note(window, note_copy(ZARR))
    before = text_of(win)
    press_in_table(qtbot, dock, 0, Qt.Key.Key_Down, ALT)
    moved = [ZARR_PEOPLE[1], ZARR_PEOPLE[0], *ZARR_PEOPLE[2:]]
    expected = before.split("\n")
    expected[ZARR_ATTENDING] = zarr_line(*moved)
    assert lines_of(win) == expected
    assert dock.table.currentIndex().row() == 1
    qtbot.keyClick(dock.table, Qt.Key.Key_Up, ALT)
    assert text_of(win) == before
    assert dock.table.currentIndex().row() == 0
    qtbot.keyClick(dock.table, Qt.Key.Key_Up, ALT)  # already first: nothing to do
    assert text_of(win) == before
    undo(qtbot, win)
    assert lines_of(win) == expected  # the move up was its own step
    undo(qtbot, win)
    assert text_of(win) == before


@pytest.mark.parametrize(
    ("row", "onto", "order"),
    [
        (3, -1, [1, 2, 0, 3, 4, 5]),  # dropped between rows 2 and 3
        (-1, 4, [1, 2, 3, 4, 0, 5]),  # dropped onto row 4: takes its place
        (-1, -1, [1, 2, 3, 4, 5, 0]),  # dropped below the last row
    ],
)
def test_a_drop_moves_the_person_through_the_text(window, note_copy, row, onto, order):
    win, dock = open_note(window, note_copy(ZARR))
    assert dock.table.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    model = dock.model
    parent = model.index(onto, 0) if onto >= 0 else QModelIndex()
    dropped = model.dropMimeData(
        model.mimeData([model.index(0, 1)]), Qt.DropAction.MoveAction, row, 0, parent
    )
    assert dropped is False  # the view must not remove the dragged row itself
    assert lines_of(win)[ZARR_ATTENDING] == zarr_line(*[ZARR_PEOPLE[i] for i in order])


def test_a_move_across_blocks_is_refused(window, note_copy, qtbot):
    win, dock = open_note(window, note_copy(ZARR))
    press_in_table(qtbot, dock, 2, Qt.Key.Key_Space)  # Davis to a new Apologies line
    after = text_of(win)
    press_in_table(qtbot, dock, 4, Qt.Key.Key_Down, ALT)
    assert text_of(win) == after
    assert "only be moved within its own list" in win.statusBar().currentMessage()


# ----------------------------------------------------------------------------- refreshing


def test_typing_elsewhere_leaves_the_table_and_its_selection_alone(window, note_copy, qtbot):
    win, dock = open_note(window, note_copy(ZARR))
    dock.select(3, 1)
    with (
        qtbot.assertNotEmitted(dock.model.modelReset),
        qtbot.assertNotEmitted(dock.model.dataChanged),
    ):
        type_at(qtbot, win, len(text_of(win)), "- JH: more")
        win.document.reparse_now()
    assert (dock.table.currentIndex().row(), dock.table.currentIndex().column()) == (3, 1)


def test_typing_in_the_attendee_line_updates_only_that_row(window, note_copy, qtbot):
    win, dock = open_note(window, note_copy(ZARR))
    dock.select(3)
    at = text_of(win).index("Joe Hamman") + len("Joe")
    changed: list[tuple[int, int]] = []
    dock.model.dataChanged.connect(
        lambda first, last, *_: changed.append((first.row(), last.row()))
    )
    with qtbot.assertNotEmitted(dock.model.modelReset):
        type_at(qtbot, win, at, "l")
        win.document.reparse_now()
    assert changed == [(4, 4)]
    assert dock.model.rows[4][0] == "Joel Hamman"
    assert dock.table.currentIndex().row() == 3


def test_the_selection_stays_on_the_same_person_when_someone_is_added(window, note_copy, qtbot):
    _win, dock = open_note(window, note_copy(ZARR))
    dock.select(3)
    qtbot.keyClicks(dock.add_field, "Ada Lovelace")
    qtbot.keyClick(dock.add_field, Qt.Key.Key_Return)
    assert len(dock.model.rows) == 7
    assert dock.table.currentIndex().row() == 3


def test_the_bench_note_shows_each_person_once(window, tmp_path: Path, qtbot):
    """bench/notegen.py wrote the same six people in an "Attending:" line and in the
    table, so the table showed each of them twice; each person is listed once now."""
    from bench.notegen import PEOPLE, generate_note

    note = tmp_path / "bench.md"
    note.write_text(generate_note(5000), encoding="utf-8")
    win, dock = open_note(window, note)
    qtbot.waitUntil(lambda: win.document.has_snapshot, timeout=10_000)  # a worker's parse
    model = dock.table.model()
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert {person[0] for person in PEOPLE} <= set(names)
    assert len(names) == len(set(names)), names


def test_a_long_note_is_not_parsed_on_the_gui_thread_to_fill_the_table(window, tmp_path, qtbot):
    """Opening a long note left the table asking for the snapshot at once, which parsed
    the whole note on the GUI thread before its text was shown (1.9 s at 50,000 lines);
    the table is empty until the worker's snapshot comes, then shows its people."""
    import threading

    from bench.notegen import PEOPLE, generate_note
    from noteapp.ui import background_parse, document

    threads: list[str] = []
    real = document.parse_meeting

    def spy(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    note = tmp_path / "long.md"
    note.write_text(generate_note(3000), encoding="utf-8")
    document.parse_meeting = background_parse.parse_meeting = spy
    try:
        win, dock = open_note(window, note)
        assert dock.table.model().rowCount() == 0  # not the note before's, not parsed here
        qtbot.waitUntil(lambda: win.document.has_snapshot, timeout=10_000)
    finally:
        document.parse_meeting = background_parse.parse_meeting = real
    assert threads == ["noteapp-parse"]
    model = dock.table.model()
    names = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert {person[0] for person in PEOPLE} <= names


# ----------------------------------------------------------------------------- issue 14


def test_k_then_enter_adds_the_first_completion_not_a_person_named_k(window, tmp_path, qtbot):
    """Defect 3 of issue 14: the first completion is selected, Enter takes it."""
    path = tmp_path / "notes" / "2026-11-25.md"
    path.parent.mkdir()
    path.write_text("# 2026-11-25\n\n**Attending:** Ada Lovelace (AL)\n", encoding="utf-8")
    (path.parent / "2026-11-18.md").write_text(
        "# 2026-11-18\n\n**Attending:** Ada Lovelace (AL), Katherine Johnson (KJ)\n",
        encoding="utf-8",
    )
    win, dock = open_note(window, path)
    win.editor.setFocus()
    qtbot.keyClick(win.editor, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(
        dock.add_field,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ShiftModifier,
    )
    popup = dock.completer.popup()
    assert popup.isVisible() and popup.currentIndex().row() == 0
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert lines_of(win)[2] == "**Attending:** Ada Lovelace (AL), Katherine Johnson (KJ)"


def test_space_never_removes_a_person_from_a_table_note(window, note_copy, qtbot):
    """Defect 2 of issue 14: in a note that lists only who came, Space says to use
    Delete, which removes visibly and undoably."""
    win, dock = open_note(window, note_copy(CONDA_FORGE))
    before = text_of(win)
    press_in_table(qtbot, dock, 3, Qt.Key.Key_Space)
    assert text_of(win) == before
    assert "press Delete to remove Cheng H. Lee" in win.statusBar().currentMessage()
    click_check_box(qtbot, dock.table, dock.model.index(3, PRESENT))
    assert text_of(win) == before
    press_in_table(qtbot, dock, 3, Qt.Key.Key_Delete)
    assert "Cheng H. Lee" not in text_of(win)
    assert "Ctrl+Z brings them back" in win.statusBar().currentMessage()
    focus_table(dock, 2)
    qtbot.keyClick(dock.table, Qt.Key.Key_Z, CTRL)  # undo from the panel itself
    assert text_of(win) == before


def test_ctrl_z_and_ctrl_shift_z_work_from_every_panel(window, note_copy, qtbot):
    win, dock = open_note(window, note_copy(ZARR))
    before = text_of(win)
    press_in_table(qtbot, dock, 2, Qt.Key.Key_Space)  # Davis to the apologies
    after = text_of(win)
    assert after != before
    agenda = win.findChild(QListView, "agendaView")
    for widget in (dock.table, agenda):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL)
        assert text_of(win) == before
        qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
        assert text_of(win) == after


def test_the_edit_menu_has_the_standard_commands_with_the_platform_keys(window):
    from PySide6.QtGui import QKeySequence

    win, _dialogs = window
    titles = [a.text() for a in win.menu("Edit").actions() if not a.isSeparator()]
    assert titles[:6] == ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Select &All"]
    assert win.commands["undo"].shortcuts() == QKeySequence.keyBindings(
        QKeySequence.StandardKey.Undo
    )
    assert win.commands["redo"].shortcuts() == QKeySequence.keyBindings(
        QKeySequence.StandardKey.Redo
    )


def test_typing_in_a_cell_starts_editing_it(window, note_copy, qtbot):
    """Defect 4 of issue 14 (its second half): typing in a cell silently did nothing."""
    win, dock = open_note(window, note_copy(CONDA_FORGE))
    dock.table.setCurrentIndex(dock.model.index(3, 1))  # Cheng H. Lee's initials
    dock.table.setFocus()
    qtbot.keyClicks(dock.table, "C")
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "L")
    assert editor.text() == "CL", win.statusBar().currentMessage()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits Enter through a queued call
    assert dock.model.rows[3][1] == "CL", win.statusBar().currentMessage()
    assert "| CL " in text_of(win)


def test_someone_added_in_the_text_inserts_one_row_and_keeps_an_edit_in_progress(
    window, note_copy, qtbot
):
    """The table is never reset by a new snapshot: the people before and after the new
    one keep their row objects, and a cell being edited keeps its editor and its text."""
    win, dock = open_note(window, note_copy(ZARR))
    before = list(dock.model.rows)
    dock.table.setCurrentIndex(dock.model.index(5, 1))  # Jeremy Maitin-Shepard's initials
    dock.table.setFocus()
    qtbot.keyClicks(dock.table, "J")
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Q")
    inserted: list[tuple[int, int]] = []
    dock.model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    at = text_of(win).index(", Joe Hamman")
    with qtbot.assertNotEmitted(dock.model.modelReset):
        cursor = win.editor.textCursor()
        cursor.setPosition(at)
        cursor.insertText(", Ada Lovelace (AL)")  # as a live collaborator's edit arrives
        win.document.reparse_now()
    assert inserted == [(4, 4)]
    shown = [row[0] for row in dock.model.rows]
    assert shown[3:6] == ["Gābor Kovācs", "Ada Lovelace", "Joe Hamman"]
    assert all(new is old for new, old in zip(dock.model.rows[:4], before[:4], strict=True))
    assert all(new is old for new, old in zip(dock.model.rows[5:], before[4:], strict=True))
    assert QApplication.focusWidget() is editor and editor.text() == "JQ"
    assert dock.table.currentIndex().row() == 6  # the same person, one row down
