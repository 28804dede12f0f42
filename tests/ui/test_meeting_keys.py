"""A whole meeting, keyboard only, in the real window (issue 14, "Measure"): each act's
key events are counted against its goal, and no key may change a byte of the front
matter, the attendee section (but for the check-in) or the agenda (but for the ticks).

Run with ``-s`` to see the table of counts."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.speaker_edits import speaker_label
from noteapp.core.meeting.speaker_lines import BOLD_FORM, COLON_FORM, PAREN_FORM
from noteapp.core.meeting.structure import Attendee
from noteapp.core.text.frontmatter import parse_front_matter
from noteapp.ui.panels.attendees import AttendeesPanel
from tests.conftest import PROJECT
from tests.ui.helpers import text_of

NONE = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

# act -> the most key events it may take (a text typed in full is not counted)
GOALS = {
    "check in (Add, completion)": 4,
    "check in (panel)": 2,
    "tick the current agenda item": 1,
    "go to the minutes": 1,
    "speaker prefix": 2,
    "speaker prefix, typed": 3,
    "action item with owner": 5,
}


@dataclass
class Keys:
    """Presses keys on whatever has the focus (as a user does) and counts them."""

    qtbot: object
    counts: dict[str, int] = field(default_factory=dict)
    act: str = ""

    def start(self, act: str) -> None:
        self.act = act
        self.counts[act] = 0

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
        widget = QApplication.focusWidget()
        assert widget is not None
        popup = QApplication.activePopupWidget()
        self.qtbot.keyClick(popup or widget, key, modifiers)  # type: ignore[attr-defined]
        self.counts[self.act] += 1

    def type(self, text: str, *, counted: bool = False) -> None:
        for ch in text:
            widget = QApplication.activePopupWidget() or QApplication.focusWidget()
            self.qtbot.keyClicks(widget, ch)  # type: ignore[attr-defined]
            if counted:
                self.counts[self.act] += 1


def sections_text(text: str, role: str) -> list[str]:
    """The text of each section of ``role``, up to the first section inside it (a
    ``### New agenda items`` under ``## Attendees`` is not the attendee list)."""
    sections = parse_meeting(text).sections
    own = []
    for s in sections:
        if s.role == role:
            inner = [t.start for t in sections if s.start < t.start < s.end]
            own.append(text[s.start : min(inner, default=s.end)])
    return own


MINUTE_LINE = re.compile(r"\s*(?:[-*+]|\d+[.)])?\s*(?:\(\w+\)|\*\*\w+:\*\*|\w+:) ")


def only_minutes_added(before: str, after: str) -> bool:
    """``after`` is ``before`` with minute lines inserted, not a byte of it changed."""
    old, new = before.splitlines(), after.splitlines()
    for op, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        added = [line for line in new[j1:j2] if line.strip()]
        if op != "equal" and (i1 != i2 or not all(map(MINUTE_LINE.match, added))):
            return False
    return True


def label_of(attendee: Attendee) -> str:
    return speaker_label(attendee.name, attendee.initials)


def written_prefix(line: str, label: str) -> bool:
    """``line`` starts a minute line of ``label`` in one of the forms notes write."""
    body = re.sub(r"^\s*(?:[-*+]|\d+[.)])?\s*", "", line)
    return any(body == form.format(label) for form in (COLON_FORM, PAREN_FORM, BOLD_FORM))


def untick(chunks: list[str]) -> list[str]:
    return [re.sub(r"\[[xX]\]", "[ ]", c) for c in chunks]


# (note, the roster member who walks in, their initials in the roster); one note of each
# attendee style: a table, an inline "Attending:" or "Present:" line, bullet lists
# (names, "Name / @handle / org" roll calls), a numbered sign-in list
NOTES = [
    pytest.param(
        PROJECT / "resources" / "sample" / "example-community-call.md",
        "Dorothy Vaughan",
        "DV",
        id="table",
    ),
    pytest.param("zarr/2024-01-24.md", "Dorothy Vaughan", "DV", id="inline"),
    pytest.param("hsf/2026-02-12-coordination.md", "Dorothy Vaughan", "DV", id="present-line"),
    pytest.param("conda-forge/2020-10-14.md", "Dorothy Vaughan", "DV", id="bullet-list"),
    pytest.param("jupyterhub/2022-04-06.md", "Dorothy Vaughan", "DV", id="roll-call"),
    pytest.param("geojupyter/20260127-community__index.md", "Dorothy Vaughan", "DV", id="slashes"),
    pytest.param("w3c-webextensions/2026-06-18-wecg.md", "Dorothy Vaughan", "DV", id="numbered"),
    pytest.param("czi-conda-forge/2024-01-30.md", "Dorothy Vaughan", "DV", id="emoji-table"),
]


@pytest.mark.parametrize(("note", "walk_in", "initials"), NOTES)
def test_a_whole_meeting_meets_every_key_goal(
    window, corpus, tmp_path, qtbot, note, walk_in, initials
):
    source = note if isinstance(note, Path) else corpus / note
    folder = tmp_path / "series"
    folder.mkdir()
    path = folder / "2026-11-25.md"
    shutil.copyfile(source, path)
    (folder / "2026-11-18.md").write_text(
        f"# 2026-11-18\n\n**Attending:** {walk_in} ({initials}), Mary Jackson (MJ)\n",
        encoding="utf-8",
    )
    win, dialogs = window
    assert win.open_path(path)
    win.activateWindow()
    win.editor.setFocus()
    cursor = win.editor.textCursor()
    cursor.setPosition(0)  # where New Meeting leaves the caret
    win.editor.setTextCursor(cursor)
    original = text_of(win)
    keys = Keys(qtbot)

    keys.start("check in (Add, completion)")
    keys.press(Qt.Key.Key_P, CTRL_SHIFT)
    keys.type(walk_in[0], counted=True)
    keys.press(Qt.Key.Key_Return)
    assert walk_in in [a.name for a in win.document.meeting.attendees]

    dock = win.findChild(AttendeesPanel, "attendeesPanel")
    qtbot.waitUntil(lambda: bool(dock.model.expected))  # the roster is read after opening
    keys.start("check in (panel)")  # the regular not yet here is the greyed row
    keys.press(Qt.Key.Key_2, CTRL)
    keys.press(Qt.Key.Key_Space)
    assert "Mary Jackson" in [a.name for a in win.document.meeting.attendees]
    checked_in = text_of(win)
    win.editor.setFocus()

    if win.document.meeting.agenda:
        qtbot.keyClick(win.editor, Qt.Key.Key_F6)  # the meeting starts: the first topic
        win.editor.setFocus()
    if any(a.checked is False for a in win.document.meeting.agenda):
        keys.start("tick the current agenda item")
        keys.press(Qt.Key.Key_F6)
        assert any(a.checked for a in win.document.meeting.agenda)
        win.editor.setFocus()

    keys.start("go to the minutes")
    keys.press(Qt.Key.Key_F7)
    assert win.editor.hasFocus()
    minutes_at = win.editor.textCursor().position()

    keys.start("speaker prefix")
    keys.press(Qt.Key.Key_1, ALT)
    first = win.document.meeting.attendees[0]
    assert written_prefix(win.editor.textCursor().block().text(), label_of(first))
    keys.type("opened the call")
    assert win.editor.textCursor().position() > minutes_at

    # The walk-in by the note's own label: initials, or the first name where it has none.
    label = label_of(next(a for a in win.document.meeting.attendees if a.name == walk_in))
    keys.start("speaker prefix, typed")
    qtbot.keyClick(win.editor, Qt.Key.Key_Return)  # the end of the sentence above
    keys.type(label if len(label) <= 3 else label[:2], counted=True)
    keys.press(Qt.Key.Key_Tab)
    line = win.editor.textCursor().block().text()
    assert written_prefix(line, label) and line.lstrip().startswith(("-", "*", "(", label))
    keys.type("joined late")

    keys.start("action item with owner")
    keys.press(Qt.Key.Key_A, CTRL_SHIFT)
    keys.type(label if len(label) <= 3 else label[:2], counted=True)
    keys.press(Qt.Key.Key_Return)
    keys.type("write the release notes")
    keys.press(Qt.Key.Key_Return)
    actions = win.document.meeting.action_items
    assert any(
        "write the release notes" in a.text and {label, walk_in} & set(a.owners) for a in actions
    )

    final = text_of(win)
    fm = parse_front_matter(original).end
    assert final[:fm] == original[:fm]
    assert sections_text(final, "attendees") == sections_text(checked_in, "attendees")
    agenda = zip(sections_text(original, "agenda"), sections_text(final, "agenda"), strict=True)
    for before, after in agenda:  # ticks, and replies where the discussion is nested there
        assert only_minutes_added(untick([before])[0], untick([after])[0])
    print("\n" + "\n".join(f"{act:32} {n} (goal {GOALS[act]})" for act, n in keys.counts.items()))
    for act, n in keys.counts.items():
        assert n <= GOALS[act], act
    dialogs.save_paths.append(None)
    assert win.save()
