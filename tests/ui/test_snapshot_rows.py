"""A panel refresh tells the view exactly what changed: rows removed and inserted where
items came or went, ``dataChanged`` where they look different, nothing when typing
elsewhere, and a view that follows only those signals shows what a fresh model shows.

The edits are random, at random places of generated notes of both corpus shapes
(bench/notegen.py); each new text is parsed for real and shown by the agenda and the
action-item models, under Qt's own model checks (QAbstractItemModelTester).
"""

from __future__ import annotations

import random
import re

import pytest
from PySide6.QtCore import QModelIndex, Qt

from bench.notegen import generate_core_note, generate_note
from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.clock import MeetingClock
from noteapp.ui.panels.actions import ActionModel
from noteapp.ui.panels.agenda import AgendaModel, AgendaPanel
from noteapp.ui.panels.snapshot_rows import SnapshotRows
from tests.ui.helpers import type_at
from tests.ui.panel_helpers import open_with_panel

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.CheckStateRole)
CZI = "czi-conda-forge/2024-01-30.md"
LIST_LINE = re.compile(r"^ *(?:[-*+]|\d+\.) .*$", re.M)


def looks(model: SnapshotRows, row: int) -> tuple[object, ...]:
    return tuple(
        model.index(row, column).data(role)
        for column in range(model.columnCount())
        for role in ROLES
    )


class FollowingView:
    """What a view knows of the model: only what the model's signals told it."""

    def __init__(self, model: SnapshotRows) -> None:
        self.model = model
        self.rows = [looks(model, r) for r in range(model.rowCount())]
        self.signals: list[str] = []
        model.modelReset.connect(self._reset)
        model.rowsRemoved.connect(self._removed)
        model.rowsInserted.connect(self._inserted)
        model.dataChanged.connect(self._changed)

    def _reset(self) -> None:
        self.signals.append("reset")
        self.rows = [looks(self.model, r) for r in range(self.model.rowCount())]

    def _removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        self.signals.append("removed")
        del self.rows[first : last + 1]

    def _inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self.signals.append("inserted")
        self.rows[first:first] = [looks(self.model, r) for r in range(first, last + 1)]

    def _changed(self, top: QModelIndex, bottom: QModelIndex, *_roles: object) -> None:
        self.signals.append("data")
        for r in range(top.row(), bottom.row() + 1):
            self.rows[r] = looks(self.model, r)


def random_edit(text: str, rng: random.Random) -> str:
    """Type, delete or duplicate a list line, tick or untick a box, or type in prose."""
    lines = list(LIST_LINE.finditer(text))
    line = rng.choice(lines)
    kind = rng.randrange(6)
    if kind == 0:  # an item deleted
        return text[: line.start()] + text[line.end() + 1 :]
    if kind == 1:  # an item copied below itself (same key: a new row)
        return text[: line.end() + 1] + line.group() + "\n" + text[line.end() + 1 :]
    if kind == 2:  # a box ticked or unticked
        box = text.find("[", line.start(), line.end())
        if box >= 0 and text[box + 2 : box + 3] == "]":
            mark = " " if text[box + 1] in "xX" else "x"
            return text[: box + 1] + mark + text[box + 2 :]
        return text
    if kind == 3:  # a word typed at the item's end (its text, its key)
        return text[: line.end()] + " edited" + text[line.end() :]
    if kind == 4:  # a new item typed after it
        return text[: line.end() + 1] + "- [ ] new item (5 min)\n" + text[line.end() + 1 :]
    at = rng.randrange(len(text))  # typing anywhere (prose, headings, tables...)
    return text[:at] + rng.choice(("x", "\n", " - ", "")) + text[at + rng.randrange(3) :]


def refresh(model: SnapshotRows, text: str) -> None:
    meeting = parse_meeting(text)
    if isinstance(model, AgendaModel):
        model.show_agenda(meeting)
    else:
        model.set_items(meeting.action_items, meeting.checklist)


@pytest.mark.parametrize("generate", [generate_note, generate_core_note])
@pytest.mark.parametrize("kind", [AgendaModel, ActionModel])
@pytest.mark.parametrize("seed", [1, 2])
def test_a_view_following_the_signals_shows_what_a_fresh_model_shows(
    qtmodeltester, generate, kind, seed
):
    rng = random.Random(seed)
    text = generate(400, seed=seed)
    make = (lambda: AgendaModel(MeetingClock())) if kind is AgendaModel else ActionModel
    model = make()
    qtmodeltester.check(model, force_py=True)  # checks every signal as it is emitted
    refresh(model, text)
    view = FollowingView(model)
    for _ in range(40):
        for _ in range(rng.randint(1, 3)):  # one pause may follow several edits
            text = random_edit(text, rng)
        before = list(view.rows)
        view.signals.clear()
        refresh(model, text)
        fresh = make()
        refresh(fresh, text)
        assert view.rows == [looks(fresh, r) for r in range(fresh.rowCount())]
        assert [r.item for r in model.rows] == [r.item for r in fresh.rows]
        assert [r.task for r in model.rows] == [r.task for r in fresh.rows]
        if view.rows == before:
            assert view.signals == []  # nothing the view shows changed: no signal
        assert "reset" not in view.signals  # rows are kept across every edit here


def test_typing_in_prose_keeps_every_row_and_sends_nothing(qtbot):
    text = generate_core_note(600)
    model = AgendaModel(MeetingClock())
    refresh(model, text)
    view = FollowingView(model)
    ids = [r.id for r in model.rows]
    at = text.index("[the PR]")
    refresh(model, text[:at] + "More words. " + text[at:])
    assert view.signals == []
    assert [r.id for r in model.rows] == ids
    assert model.rows[-1].item.start > at  # the rows hold the new snapshot's offsets


def test_an_item_added_inserts_one_row_and_keeps_the_current_one(window, note_copy, qtbot):
    win, panel, text = open_with_panel(window, note_copy, CZI, AgendaPanel)
    model, view = panel.model, panel.view
    view.setCurrentIndex(model.index(2, 0))
    current = model.rows[2].id
    following = FollowingView(model)
    first = model.rows[0].item
    at = text.index("\n", first.start) + 1
    type_at(qtbot, win, at, "- [ ] A new topic")
    qtbot.keyClick(win.editor, Qt.Key.Key_Return)
    win.document.reparse_now()
    assert following.signals == ["inserted"]
    assert model.rows[1].item.text == "A new topic"
    assert model.rows[view.currentIndex().row()].id == current
