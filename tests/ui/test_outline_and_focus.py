"""The Outline panel (the note's sections, to move through it) and Focus Mode (the note
alone, one key in and out), driven through the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QListView, QToolBar

from noteapp.ui.accessibility import accessible_name
from noteapp.ui.main_window import MainWindow
from tests.ui.helpers import settle, window_on

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

# A style of its own: headings that start at level 2, a bold-only line, labels.
NOTE = """\
---
title: Weekly sync
---

## Weekly sync, 3 March

Present: Ada Lovelace (AL), Grace Hopper (GH)

### **Agenda**

1. Release
2. [Roadmap](https://example.org/roadmap)

#### Notes

- AL: the release is ready
- GH: the roadmap needs a week

**Decisions**

Ship on Friday.

### Action items

- [ ] AL: tag the release
"""


@pytest.fixture
def outline_window(make_window, tmp_path: Path, qtbot) -> MainWindow:
    return window_on(make_window, qtbot, tmp_path / "2026-03-03.md", NOTE, (1400, 900))


def outline_view(window: MainWindow) -> QListView:
    window.commands["focus_outline"].trigger()
    view = window.findChild(QListView, "outlineView")
    assert view is not None
    return view


def rows(view: QListView) -> list[tuple[str, int]]:
    model = view.model()
    return [
        (model.index(r, 0).data(), model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1))
        for r in range(model.rowCount())
    ]


def caret_line(window: MainWindow) -> int:
    return window.editor.textCursor().blockNumber() + 1


def test_the_outline_lists_the_sections_indented_by_rank_without_markup(outline_window):
    view = outline_view(outline_window)
    assert accessible_name(view) == "Outline"
    assert rows(view) == [
        ("Front matter", 0),
        ("Weekly sync, 3 March", 0),
        ("Present", 1),
        ("Agenda", 1),
        ("Notes", 2),
        ("Decisions", 3),
        ("Action items", 1),
    ]


def test_opening_the_outline_parses_nothing_again(outline_window, monkeypatch):
    import noteapp.ui.document as document

    parses: list[str] = []
    real = document.parse_meeting
    counted = lambda *a, **k: parses.append("") or real(*a, **k)  # noqa: E731
    monkeypatch.setattr(document, "parse_meeting", counted)
    assert len(rows(outline_view(outline_window))) == 7
    assert parses == []


def test_ctrl_shift_l_then_arrows_and_enter_put_the_caret_on_that_heading(outline_window, qtbot):
    window = outline_window
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_L, CTRL_SHIFT)
    view = window.findChild(QListView, "outlineView")
    assert view.hasFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.editor.hasFocus()
    assert window.editor.textCursor().block().text() == "#### Notes"
    assert window.editor.textCursor().positionInBlock() == 0


def test_a_click_on_a_row_puts_the_caret_on_that_line(outline_window, qtbot):
    window = outline_window
    view = outline_view(window)
    index = view.model().index(6, 0)
    at = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert window.editor.textCursor().block().text() == "### Action items"
    assert window.editor.hasFocus()


def test_the_outline_follows_the_caret_and_leaves_the_focus_in_the_note(outline_window, qtbot):
    window = outline_window
    view = outline_view(window)
    window.editor.setFocus()
    document = window.editor.document()
    for line, row in ((17, 4), (7, 2), (21, 5), (1, 0), (9, 3)):  # "- AL: …", "Present: …"
        cursor = window.editor.textCursor()
        cursor.setPosition(document.findBlockByNumber(line - 1).position())
        window.editor.setTextCursor(cursor)
        assert view.currentIndex().row() == row, line
    assert window.editor.hasFocus()


def test_a_heading_typed_joins_the_outline_after_the_pause(outline_window, qtbot):
    window = outline_window
    view = outline_view(window)
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor, "## Next meeting")
    qtbot.waitUntil(lambda: rows(view)[-1] == ("Next meeting", 0))
    assert view.currentIndex().row() == len(rows(view)) - 1  # the caret is in it


def layout(window: MainWindow) -> dict[str, tuple[bool, object]]:
    bars = window.findChildren(QToolBar)
    docks = window.findChildren(QDockWidget)
    shown = {d.objectName(): (d.isVisible(), window.dockWidgetArea(d)) for d in docks}
    return shown | {b.objectName(): (b.isVisible(), None) for b in bars}


@pytest.mark.parametrize("size", [(1400, 900), (800, 600)])
def test_f11_shows_the_note_alone_and_f11_again_restores_the_layout(outline_window, qtbot, size):
    window = outline_window
    window.resize(*size)
    settle(qtbot, window)
    window.commands["focus_schedule"].trigger()  # a panel the user opened
    settle(qtbot, window)
    before, state = layout(window), window.saveState()
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_F11)
    settle(qtbot, window)
    assert not any(visible for visible, _area in layout(window).values())
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    assert window.commands["focus_mode"].isChecked()
    assert QApplication.focusWidget() is window.editor
    margins = window.editor.viewportMargins()
    assert abs(margins.left() - margins.right()) <= 2  # the column is centred
    qtbot.keyClick(window.editor, Qt.Key.Key_F11)
    settle(qtbot, window)
    assert layout(window) == before
    assert window.saveState() == state
    assert not window.commands["focus_mode"].isChecked()


def test_closing_in_focus_mode_keeps_the_layout_of_before(outline_window, qtbot):
    window = outline_window
    before = layout(window)
    window.commands["focus_mode"].trigger()
    assert not window.findChild(QDockWidget, "attendeesDock").isVisible()
    window.close()
    assert window.settings.window_state
    again = MainWindow(window.settings)
    qtbot.addWidget(again)
    again.resize(1400, 900)
    again.show()
    settle(qtbot, again)
    assert {k: v[0] for k, v in layout(again).items()} == {k: v[0] for k, v in before.items()}
