"""File ▸ New Meeting…: the dialog previews the next note of a series and creates it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

from noteapp.core.meeting import parse_meeting
from noteapp.storage.workspace import ensure_workspace
from noteapp.ui.new_meeting import NewMeetingDialog

SERIES = "example-community-call"


def open_dialog(window, qtbot) -> NewMeetingDialog:
    window.activateWindow()  # shortcuts reach the active window only
    qtbot.waitUntil(window.isActiveWindow)
    window.editor.setFocus()
    qtbot.keyClick(
        window.editor,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    shown = [d for d in window.findChildren(NewMeetingDialog) if d.isVisible()]
    assert len(shown) == 1
    return shown[0]


def sample_window(make_window, tmp_path: Path):
    """A window on the sample workspace's note."""
    sample = ensure_workspace(tmp_path / "ws")
    window, _ = make_window()
    window.workspace = tmp_path / "ws"
    window.open_path(sample)
    return window


def test_the_dialog_previews_the_next_note_of_the_open_notes_series(
    make_window, qtbot, tmp_path: Path
):
    window = sample_window(make_window, tmp_path)
    dialog = open_dialog(window, qtbot)
    assert dialog.series_box.currentData() == SERIES  # the series of the open note
    # The sample note is 2026-11-18; the next weekly call without a note is a week later
    # at the earliest (or the next one from today).
    day = dialog.day()
    assert day > dt.date(2026, 11, 18) and day.weekday() == 2
    expected = tmp_path / "ws" / SERIES / str(day.year) / f"{day.isoformat()}.md"
    assert dialog.path_label.text() == str(expected)
    meeting = parse_meeting(dialog.preview.toPlainText(), expected)
    assert meeting.when.date == day
    assert meeting.attendees == ()  # the regulars are expected, not claimed present
    assert dialog.create_button.isEnabled()


def test_the_new_notes_regulars_are_greyed_and_checked_in_with_one_key(
    make_window, qtbot, tmp_path: Path
):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from noteapp.ui.panels.attendees import AttendeesPanel

    window = sample_window(make_window, tmp_path)
    dialog = open_dialog(window, qtbot)
    dialog.set_day(dt.date(2026, 11, 25))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    created = window.document.text()
    assert "Katherine Johnson" not in created and window.document.meeting.attendees == ()

    dock = window.findChild(AttendeesPanel, "attendeesPanel")
    model = dock.model
    qtbot.waitUntil(lambda: model.rowCount() == 4)  # the sample's four regulars
    names = [model.index(r, 0).data() for r in range(4)]
    assert set(names) == {"Ada Lovelace", "Grace Hopper", "Katherine Johnson", "Alan Turing"}
    grey = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color() == grey
    assert model.headerData(0, Qt.Orientation.Vertical) == ""  # no speaker key yet

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    dock.table.setFocus()
    dock.select(names.index("Katherine Johnson"))
    qtbot.keyClick(dock.table, Qt.Key.Key_Space)  # one key: she is here
    people = window.document.meeting.attendees
    assert [(p.name, p.initials, p.present) for p in people] == [("Katherine Johnson", "KJ", True)]
    assert "| Katherine Johnson | KJ" in window.document.text()
    assert model.rows[0][0] == "Katherine Johnson" and len(model.expected) == 3
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"  # Alt+1 speaks for her
    assert dock.table.currentIndex().row() == 0  # the caret stays on her

    dock.select(model.rowCount() - 1)
    last = model.index(model.rowCount() - 1, 0).data()
    qtbot.keyClick(dock.table, Qt.Key.Key_Return)  # Enter checks in too
    assert [p.name for p in window.document.meeting.attendees] == ["Katherine Johnson", last]

    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.text() == created
    qtbot.waitUntil(lambda: len(model.expected) == 4)  # expected again, once reread


def test_create_writes_the_previewed_text_and_opens_it(make_window, qtbot, tmp_path: Path):
    window = sample_window(make_window, tmp_path)
    dialog = open_dialog(window, qtbot)
    dialog.set_day(dt.date(2026, 11, 25))
    shown = dialog.preview.toPlainText()
    target = window.path.parent / "2026-11-25.md"
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert target.read_text(encoding="utf-8") == shown
    assert window.path == target and window.document.text() == shown
    assert not dialog.isVisible()

    again = open_dialog(window, qtbot)  # the same date again: refused, nothing replaced
    again.set_day(dt.date(2026, 11, 25))
    assert not again.create_button.isEnabled()
    assert "exists already" in again.message.text()


def test_after_create_the_keys_go_to_the_new_note_and_ctrl_2_space_checks_in(
    make_window, qtbot, tmp_path: Path
):
    from PySide6.QtWidgets import QApplication

    from noteapp.ui.panels.attendees import AttendeesPanel

    window = sample_window(make_window, tmp_path)
    dialog = open_dialog(window, qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Create, keyboard only
    assert not dialog.isVisible()
    assert QApplication.focusWidget() is window.editor
    dock = window.findChild(AttendeesPanel, "attendeesPanel")
    qtbot.waitUntil(lambda: bool(dock.model.expected))  # the regulars, read after opening
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window.editor, Qt.Key.Key_2, ctrl)
    table = QApplication.focusWidget()
    assert table is dock.table
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Down, Qt.Key.Key_Space):
        qtbot.keyClick(table, key)
    assert len([a for a in window.document.meeting.attendees if a.present]) == 2
    qtbot.keyClick(table, Qt.Key.Key_1, ctrl)
    assert QApplication.focusWidget() is window.editor


def test_a_day_off_the_cadence_is_allowed_with_a_warning(tmp_path: Path, qtbot):
    ensure_workspace(tmp_path / "ws")
    dialog = NewMeetingDialog(tmp_path / "ws", today=dt.date(2026, 11, 21))
    qtbot.addWidget(dialog)
    dialog.series_box.setCurrentIndex(dialog.series_box.findData(SERIES))
    dialog.set_day(dt.date(2026, 11, 26))  # a Thursday; the call is on Wednesdays
    assert dialog.create_button.isEnabled()
    assert "2026-11-25" in dialog.message.text()


def test_a_broken_series_file_is_named_and_the_others_stay_usable(tmp_path: Path, qtbot):
    ensure_workspace(tmp_path / "ws")
    (tmp_path / "ws" / "series" / "broken.toml").write_text('title = "x"\ncadence = [\n')
    dialog = NewMeetingDialog(tmp_path / "ws", today=dt.date(2026, 11, 21))
    qtbot.addWidget(dialog)
    assert dialog.series_box.findData(SERIES) >= 0


def test_opening_new_meeting_runs_no_code_from_a_workspace_template(
    make_window, qtbot, tmp_path: Path
):
    sample = ensure_workspace(tmp_path / "ws")
    marker = tmp_path / "MARKER"
    # The sample series uses the template "hackmd": a workspace file of that name wins.
    (tmp_path / "ws" / "templates").mkdir()
    (tmp_path / "ws" / "templates" / "hackmd.md.j2").write_text(
        f"{{{{ cycler.__init__.__globals__.os.popen('touch {marker}').read() }}}}\n",
        encoding="utf-8",
    )
    window, _ = make_window()
    window.workspace = tmp_path / "ws"
    window.open_path(sample)
    dialog = open_dialog(window, qtbot)
    assert not marker.exists()
    assert "hackmd.md.j2, line 1: the template tried something" in dialog.message.text()
    assert not dialog.create_button.isEnabled()
