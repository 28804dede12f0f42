"""A note without an attendee block, agenda or action section gets the first one in the
style of the series' earlier notes beside it in its folder, through the real panels."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from noteapp.ui.panels.actions import ActionPanel
from noteapp.ui.panels.agenda import AgendaPanel
from noteapp.ui.panels.attendees import AttendeesPanel
from tests.ui.helpers import text_of

EARLIER = (
    "# Steering 2031-01-02\n\n"
    "## Roll call\n\n- Grace Hopper / Navy / \\@grace\n- Alan Turing / NPL / \\@alan\n\n"
    "## Topics for today\n\n1. Budget\n2. Hiring\n\n"
    "## To do\n\n- [ ] Grace: book the room\n"
)
NOTE = "# Steering 2031-01-09\n\nSome intro.\n\n## Notes\n\n- item\n"


@pytest.fixture
def series(tmp_path: Path) -> Path:
    """A series folder: one earlier note in its style, and the new note without sections."""
    folder = tmp_path / "steering"
    folder.mkdir()
    (folder / "2031-01-02.md").write_text(EARLIER, encoding="utf-8")
    note = folder / "2031-01-09.md"
    note.write_text(NOTE, encoding="utf-8")
    return note


def _open(window, path: Path, panel_type):
    win, _dialogs = window
    assert win.open_path(path)
    win.activateWindow()
    panel = win.findChild(panel_type)
    assert panel is not None
    return win, panel


def test_a_first_attendee_is_written_like_the_earlier_roll_call(window, series, qtbot):
    win, panel = _open(window, series, AttendeesPanel)
    panel.add_field.setText("Ada Lovelace")
    qtbot.keyClick(panel.add_field, Qt.Key.Key_Return)
    assert text_of(win) == NOTE.replace("## Notes", "## Roll call\n\n- Ada Lovelace\n\n## Notes", 1)
    assert [row[0] for row in panel.model.rows] == ["Ada Lovelace"]
    # the status bar says where the block's style came from
    assert "written like the series' earlier notes" in win.statusBar().currentMessage()


def test_a_first_agenda_item_is_written_under_the_earlier_heading(window, series, qtbot):
    win, panel = _open(window, series, AgendaPanel)
    qtbot.keyClicks(panel.add_field, "Release plan")
    qtbot.keyClick(panel.add_field, Qt.Key.Key_Return)
    # before the minutes; no box, as the earlier note's topics have none
    assert text_of(win) == NOTE.replace(
        "## Notes", "## Topics for today\n\n- Release plan\n\n## Notes", 1
    )


def test_a_first_action_item_is_written_like_the_earlier_ones(window, series, qtbot):
    win, panel = _open(window, series, ActionPanel)
    qtbot.keyClicks(panel.owner_field, "Ada")
    qtbot.keyClicks(panel.text_field, "Send the minutes")
    qtbot.keyClick(panel.text_field, Qt.Key.Key_Return)
    assert text_of(win) == NOTE + "\n## To do\n\n- [ ] Ada: Send the minutes\n"


def test_an_unsaved_note_gets_the_plain_default(window, qtbot):
    win, _dialogs = window
    win.editor.setPlainText(NOTE)
    panel = win.findChild(AttendeesPanel)
    panel.add_field.setText("Ada Lovelace")
    qtbot.keyClick(panel.add_field, Qt.Key.Key_Return)
    assert text_of(win) == NOTE.replace("## Notes", "## Attendees\n\n- Ada Lovelace\n\n## Notes", 1)
