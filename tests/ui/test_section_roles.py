"""View ▸ This Section Is…: the user corrects a section's role from the window; the
choice is kept for the note's folder (as ``noteapp teach`` keeps it), the panels read
the note with it at once, and the attendee panel's edits write into the taught list."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from noteapp.core.meeting.teach import taught_roles
from noteapp.ui.panels.attendees import AttendeesPanel
from noteapp.ui.section_roles import SectionRoleMenu
from tests.ui.helpers import put_cursor, text_of

NOTE = """# Board call, 4 May 2031

## Crew

- Ada Lovelace
- Grace Hopper

## Notes

- Budget approved.
"""


def _open(window, path: Path):
    win, _dialogs = window
    assert win.open_path(path)
    dock = win.findChild(AttendeesPanel, "attendeesPanel")
    menu = win.findChild(SectionRoleMenu, "sectionRoleMenu")
    assert dock is not None and menu is not None
    return win, dock, menu


def _open_in_folder(window, tmp_path: Path, text: str, name: str = "board/2031-05-04.md"):
    """The window showing ``text`` saved as ``name`` (a note of a series' folder)."""
    path = tmp_path / name
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    return _open(window, path)


def _choose(win, menu: SectionRoleMenu, role: str | None) -> None:
    menu.refresh()  # what showing the menu does
    action = menu.choices[role]
    assert action.isEnabled()
    action.trigger()


def test_teaching_a_section_as_attendees_from_the_window(window, tmp_path, qtbot):
    folder = tmp_path / "board"
    folder.mkdir()
    path = folder / "2031-05-04.md"
    path.write_text(NOTE, encoding="utf-8")
    (folder / "2031-06-01.md").write_text(NOTE.replace("Grace Hopper", "Edsger Dijkstra"))
    win, dock, menu = _open(window, path)
    assert dock.model.rowCount() == 0  # "Crew" is not a word for who came
    put_cursor(win, NOTE.index("Grace"))
    menu.refresh()
    assert "Crew" in menu.title() and menu.choices["other"].isChecked()

    _choose(win, menu, "attendees")
    assert [r[0] for r in dock.model.rows] == ["Ada Lovelace", "Grace Hopper"]
    assert text_of(win) == NOTE  # kept in the workspace, never in the note
    stored = json.loads((folder / ".noteapp" / "roles.json").read_text(encoding="utf-8"))
    assert stored["folders"] == {".": {"crew": "attendees"}}
    assert taught_roles(folder / "2031-06-01.md") == {"crew": "attendees"}  # the series'
    menu.refresh()
    assert menu.choices["attendees"].isChecked()

    # The panel's edits read the note with the taught role: the new person goes into
    # the Crew list, not into a new attendee section.
    dock.add_field.setText("Edsger Dijkstra")
    qtbot.keyClick(dock.add_field, Qt.Key.Key_Return)
    assert "- Grace Hopper\n- Edsger Dijkstra\n\n## Notes" in text_of(win)
    assert text_of(win).count("## ") == 2
    dock.table.setCurrentIndex(dock.model.index(0, 0))
    dock.remove_current()
    assert "Ada Lovelace" not in text_of(win)
    assert [r[0] for r in dock.model.rows] == ["Grace Hopper", "Edsger Dijkstra"]

    _choose(win, menu, None)  # noteapp's guess again
    assert dock.model.rowCount() == 0
    assert taught_roles(path) == {}


def test_a_section_taught_as_not_a_meeting_section(window, tmp_path):
    path = tmp_path / "call.md"
    text = NOTE.replace("## Crew", "## Attendees")
    path.write_text(text, encoding="utf-8")
    win, dock, menu = _open(window, path)
    assert dock.model.rowCount() == 2
    put_cursor(win, text.index("## Attendees") + 3)
    _choose(win, menu, "other")
    assert dock.model.rowCount() == 0
    assert win.document.meeting.section_at(text.index("Ada")).taught


def test_an_unsaved_note_is_refused_with_a_message(window, tmp_path):
    (tmp_path / "a.md").write_text("# A\n", encoding="utf-8")
    win, dock, menu = _open(window, tmp_path / "a.md")
    win.new_document()
    win.editor.setPlainText(NOTE)
    put_cursor(win, NOTE.index("Ada"))
    refused: list[str] = []
    win.document.editRefused.connect(refused.append)
    _choose(win, menu, "attendees")
    assert refused and "Save the note first" in refused[0]
    assert dock.model.rowCount() == 0


ROUNDS = """# Board call, 4 May 2031

## Running order

- [ ] Budget
- [ ] Hiring

## Over to you

- [ ] Ada Lovelace: send the budget

## Notes

- Budget approved.
"""


def test_agenda_and_action_panel_edits_follow_the_taught_roles(window, tmp_path, qtbot):
    """Neither heading is a word noteapp knows: taught as the agenda and the action
    items, the panels list them, and every edit from the panels writes into them."""
    from noteapp.ui.panels.actions import ActionPanel
    from noteapp.ui.panels.agenda import AgendaPanel
    from noteapp.ui.panels.snapshot_rows import set_current

    win, _dock, menu = _open_in_folder(window, tmp_path, ROUNDS)
    agenda = win.findChild(AgendaPanel)
    actions = win.findChild(ActionPanel)
    assert agenda is not None and actions is not None
    assert agenda.model.rowCount() == 0  # untaught: the boxes are read as action items
    put_cursor(win, ROUNDS.index("Hiring"))
    _choose(win, menu, "agenda")
    put_cursor(win, ROUNDS.index("send the budget"))
    _choose(win, menu, "actions")
    assert [r.item.text for r in agenda.model.rows] == ["Budget", "Hiring"]
    assert [r.item.text for r in actions.model.rows] == ["Ada Lovelace: send the budget"]

    agenda.add_field.setText("Roadmap")
    qtbot.keyClick(agenda.add_field, Qt.Key.Key_Return)
    assert "- [ ] Hiring\n- [ ] Roadmap\n\n## Over to you" in text_of(win)

    actions.owner_field.setText("Grace Hopper")
    actions.text_field.setText("book the room")
    qtbot.keyClick(actions.text_field, Qt.Key.Key_Return)
    assert (
        "- [ ] Ada Lovelace: send the budget\n- [ ] Grace Hopper: book the room\n\n## Notes"
        in text_of(win)
    )
    assert text_of(win).count("## ") == 3  # no new section

    first = agenda.model.rows[0].id
    set_current(agenda.view, agenda.model, first)
    agenda.move_current(1)  # Alt+Down
    assert "- [ ] Hiring\n- [ ] Budget\n- [ ] Roadmap" in text_of(win)
    agenda.model.checkRequested.emit(agenda.model.rows[0].id, True)  # a tick in the view
    assert "- [x] Hiring\n" in text_of(win)
    assert [r.item.text for r in actions.model.rows] == [
        "Ada Lovelace: send the budget",
        "Grace Hopper: book the room",
    ]


def test_teaching_an_agenda_overrides_the_not_a_meeting_record_guess(window, tmp_path):
    """A report read as no meeting's record has no topics; marking one of its sections
    as the agenda from the window makes it one, and the agenda panel lists its items."""
    from noteapp.ui.panels.agenda import AgendaPanel
    from tests.core.test_meeting_record import LOOKING_AHEAD, REPORT

    win, _dock, menu = _open_in_folder(window, tmp_path, REPORT, "infra/q3.md")
    agenda = win.findChild(AgendaPanel)
    assert agenda is not None
    meeting = win.document.meeting
    assert not meeting.reading.record and meeting.topics == ()
    assert agenda.model.rowCount() == 0

    put_cursor(win, REPORT.index("second sponsor"))
    _choose(win, menu, "agenda")
    meeting = win.document.meeting
    assert meeting.reading.record and "taught" in meeting.reading.why
    assert [t.text for t in meeting.topics] == LOOKING_AHEAD
    assert [r.item.text for r in agenda.model.rows] == LOOKING_AHEAD
    assert text_of(win) == REPORT  # kept in the workspace, never in the note

    _choose(win, menu, None)  # noteapp's guess again
    assert not win.document.meeting.reading.record
    assert agenda.model.rowCount() == 0
