"""Live commands know where they are (issue 14, defects 1 and 8), in the real window:
Alt+N on line 1 of a new note, on an agenda line, F7 to the minutes, F6 starting the
next topic in minutes grouped by topic."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from noteapp.core.frontmatter import parse_front_matter
from tests.ui.helpers import put_cursor, text_of

ALT = Qt.KeyboardModifier.AltModifier
SAMPLE = Path(__file__).parents[2] / "resources" / "sample" / "example-community-call.md"

GROUPED = """\
# Call

**Attending:** Ada Lovelace (AL), Grace Hopper (GH)

## Agenda

- [ ] Release (10 min)
- [ ] Docs sprint
- [ ] Open floor

## Minutes

### Release

- AL: cut the branch

## Action items

- [ ]
"""


def opened(window, path: Path):
    win, _dialogs = window
    assert win.open_path(path)
    win.activateWindow()
    win.editor.setFocus()
    return win


def sample_copy(tmp_path: Path) -> Path:
    target = tmp_path / "2026-11-18.md"
    target.write_bytes(SAMPLE.read_bytes())
    return target


def caret_line(win) -> str:
    return win.editor.textCursor().block().text()


def test_alt_1_on_line_1_writes_at_the_end_of_the_minutes_not_in_front_matter(
    window, tmp_path, qtbot
):
    win = opened(window, sample_copy(tmp_path))
    before = text_of(win)
    put_cursor(win, 0)
    qtbot.keyClick(win.editor, Qt.Key.Key_1, ALT)
    after = text_of(win)
    end = parse_front_matter(before).end
    assert end > 0 and after[:end] == before[:end]
    assert caret_line(win) == "- AL: "
    lines = after.split("\n")
    at = lines.index("- AL: ")
    assert lines[at - 1] == "- AT: Proposes a two-day docs sprint in January."
    assert lines[:at] + lines[at + 1 :] == before.split("\n")


def test_alt_2_on_an_agenda_line_leaves_the_agenda_alone(window, tmp_path, qtbot):
    win = opened(window, sample_copy(tmp_path))
    before = text_of(win)
    put_cursor(win, before.index("- [ ] Open floor") + len("- [ ] Open floor"))
    qtbot.keyClick(win.editor, Qt.Key.Key_2, ALT)
    after = text_of(win)
    assert "- [ ] Open floor\n" in after and "GH: Open floor" not in after
    assert caret_line(win) == "- GH: "
    assert after.index("- GH: \n") > after.index("## Minutes")


def test_f7_goes_to_the_minutes_in_one_key(window, tmp_path, qtbot):
    win = opened(window, sample_copy(tmp_path))
    put_cursor(win, 0)
    qtbot.keyClick(win.editor, Qt.Key.Key_F7)
    assert caret_line(win) == "- AT: Proposes a two-day docs sprint in January."
    assert win.editor.textCursor().atBlockEnd()
    qtbot.keyClick(win.editor, Qt.Key.Key_3, ALT)  # the next speaker on a new line
    assert caret_line(win) == "- KJ: "


def test_f6_starts_the_next_topic_in_minutes_grouped_by_topic(window, tmp_path, qtbot):
    path = tmp_path / "grouped.md"
    path.write_text(GROUPED, encoding="utf-8")
    win = opened(window, path)
    qtbot.keyClick(win.editor, Qt.Key.Key_F6)  # discuss "Release": it has its group
    assert text_of(win) == GROUPED
    qtbot.keyClick(win.editor, Qt.Key.Key_F6)  # tick it, discuss "Docs sprint"
    text = text_of(win)
    assert "- [x] Release (10 min)" in text
    assert "### Release\n\n- AL: cut the branch\n\n### Docs sprint\n\n## Action items" in text
    qtbot.keyClick(win.editor, Qt.Key.Key_F7)
    assert caret_line(win) == "### Docs sprint"
    win.editor.setFocus()
    qtbot.keyClick(win.editor, Qt.Key.Key_1, ALT)
    assert "### Docs sprint\n- AL: \n" in text_of(win)
