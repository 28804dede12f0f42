"""The Agenda panel: the note's agenda as an indented checklist, the item "now
discussing", its time against its time box, and the live-call commands that go with
it (F5 timer, F6 next item, Ctrl+Shift+G add an item, Alt+Up/Down move an item).

Every change is a core edit applied as one undo step (``NoteDocument.run``): ticking
(``set_checked``), adding (``add_agenda_item``), moving (``move_agenda_item``, also by
drag and drop).  What is being discussed, and for how long, is view state only.  The
core edit functions are imported on first use: start-up does not need them.
"""

from __future__ import annotations

import re
from itertools import compress, repeat
from operator import attrgetter, is_not, or_
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from noteapp.core.meeting.clock import item_time
from noteapp.core.text.edits import Edit
from noteapp.ui import caret_actions
from noteapp.ui.action_factory import command_action
from noteapp.ui.caret_actions import local_time
from noteapp.ui.meeting_timer import WARNING_COLOUR, MeetingTimer
from noteapp.ui.panel import PanelSpec
from noteapp.ui.panels.snapshot_rows import (
    Index,
    Panel,
    Row,
    SnapshotRows,
    check_state,
    dock_panel,
    muted_colour,
    set_current,
    show_and_focus,
)

PANEL = PanelSpec("Agenda", "agendaDock", "focus_agenda")
PANELS = (PANEL,)  # the docks this feature adds (noteapp.ui.i18n reads their titles)


if TYPE_CHECKING:
    from noteapp.core.meeting import Meeting
    from noteapp.core.meeting.clock import MeetingClock
    from noteapp.core.meeting.structure import AgendaItem
    from noteapp.ui.document import NoteDocument
    from noteapp.ui.window_api import WindowAPI

DEPTH_ROLE = Qt.ItemDataRole.UserRole + 1
INDENT_PX = 18
NOW = "▶ "


# Inline markup the list shows as plain text: **bold**, __bold__, [text](url).
_MARKUP = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|\[([^\]\n]+)\]\([^)\s]*\)")


def plain(text: str) -> str:
    """``**Min** (5m): [Outreachy](url)`` as ``Min (5m): Outreachy``."""
    return _MARKUP.sub(lambda m: m[2] if m[2] is not None else m[3], text)


def shown_agenda(meeting: Meeting) -> list[int]:
    """The indexes of the agenda items the panel lists: the topics and the items with a
    box. Where the discussion is written under each agenda item (conda-forge, JupyterHub)
    its bullets are agenda list items too, but not topics; the panel leaves them out.
    A note whose topics are not its agenda items (headings) shows every item."""
    topics = set(map(_START, meeting.topics))
    agenda = meeting.agenda
    # in C over the items: a 50,000-line core call's agenda has ~30,000 list items
    is_topic = list(map(topics.__contains__, map(_START, agenda)))
    if not any(is_topic):
        return list(range(len(agenda)))
    boxed = map(is_not, map(_CHECKED, agenda), repeat(None))
    return list(compress(range(len(agenda)), map(or_, is_topic, boxed)))


_START = attrgetter("start")
_CHECKED = attrgetter("checked")


class AgendaModel(SnapshotRows):
    """One row per agenda topic (:func:`shown_agenda`); ``indexes`` holds each row's
    index in the note's agenda, which the edits take."""

    COLUMNS = (QT_TRANSLATE_NOOP("headers", "Agenda"),)
    # Rows are dragged to reorder; a drop between rows lands on the root.
    _DRAG_DROP = Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
    ROOT_FLAGS = Qt.ItemFlag.ItemIsDropEnabled
    ITEM_FLAGS = SnapshotRows.ITEM_FLAGS | _DRAG_DROP
    BOX_FLAGS = SnapshotRows.BOX_FLAGS | _DRAG_DROP

    def __init__(self, clock: MeetingClock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.discussing: int | None = None  # the id of the item now discussed
        self.indexes: list[int] = []  # row -> index in meeting.agenda

    def show_agenda(self, meeting: Meeting) -> None:
        self.indexes = shown_agenda(meeting)
        agenda = meeting.agenda
        self.set_items(list(map(agenda.__getitem__, self.indexes)), meeting.checklist)

    KEY_FIELDS = ("depth", "text")
    SHOWN_FIELDS = ("text", "checked", "depth", "timebox_minutes")

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.rows[index.row()]
        item: AgendaItem = row.item
        if role == Qt.ItemDataRole.DisplayRole:
            text = plain(item.text) or "(empty)"
            if row.id == self.discussing:
                text = NOW + text
            if self._timed(row.id):
                text += f"   {item_time(self.clock.spent(row.id), item.timebox_minutes)}"
            return text
        if role == Qt.ItemDataRole.CheckStateRole:
            return check_state(item.checked) if row.task is not None else None
        if role == DEPTH_ROLE:
            return item.depth
        if role == Qt.ItemDataRole.FontRole and row.id == self.discussing:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.clock.overdue(row.id, item.timebox_minutes):
                return WARNING_COLOUR
            return muted_colour() if not item.text else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        return None

    def _timed(self, row_id: int) -> bool:
        """Show the item's time: the meeting has started and the item has been discussed."""
        if not self.clock.elapsed() and not self.clock.running:
            return False
        return row_id == self.clock.current or self.clock.spent(row_id) > 0

    def _tooltip(self, row: Row) -> str:
        item: AgendaItem = row.item
        lines = [plain(item.text) or "(an empty item)", f"Line {item.line}"]
        if item.timebox_minutes is not None:
            lines.append(f"Time box: {item.timebox_minutes} min")
        if self._timed(row.id):
            lines.append(f"Discussed for {item_time(self.clock.spent(row.id), None)}")
        lines.append("Enter or double-click: discuss this item now · Alt+Up/Down: move it")
        return "\n".join(lines)


class IndentDelegate(QStyledItemDelegate):
    """Draws (and hit-tests) each row indented by its depth, check box included."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        depth = index.data(DEPTH_ROLE) or 0
        option.rect = option.rect.adjusted(depth * INDENT_PX, 0, 0, 0)


class AgendaView(QListView):
    """The agenda list; a drop asks for a move instead of letting Qt move rows."""

    #: (dragged row, row it was dropped on)
    dropRequested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaView")
        self.setUniformItemSizes(True)
        # Lay out 40 rows at a time, the rest on later loop turns: a long agenda (or the
        # list items of a 5,000-line note) no longer holds up the window's first paint.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(40)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setItemDelegate(IndentDelegate(self))

    def dropEvent(self, event: QDropEvent) -> None:
        source = self.currentIndex()
        target = self.indexAt(event.position().toPoint())
        # Ignored: Qt must not remove the dragged row; the re-parse shows the move.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        if source.isValid() and target.isValid() and source.row() != target.row():
            self.dropRequested.emit(source.row(), target.row())


class AgendaPanel(Panel):
    """The agenda view and its add field, kept in step with the note's snapshots."""

    def __init__(self, document: NoteDocument, timer: MeetingTimer, parent: QWidget) -> None:
        super().__init__(document, parent)
        self.timer = timer
        self.model = AgendaModel(timer.clock, self)
        self.view = AgendaView(self)
        self.add_field = QLineEdit(self)
        self.add_field.setObjectName("agendaAddField")
        self.add_field.setPlaceholderText(
            QCoreApplication.translate(
                "panels.agenda", "New agenda item, e.g. Release plan (10 min) ⏎"
            )
        )
        self.add_field.setClearButtonEnabled(True)
        for name, step in (("agenda_up", -1), ("agenda_down", 1)):
            self._view_action(name, lambda _checked=False, step=step: self.move_current(step))
        self.view.activated.connect(lambda index: self.discuss(self.model.rows[index.row()].id))
        self.view.dropRequested.connect(self.drop)
        self.add_field.returnPressed.connect(self.add_item)
        timer.ticked.connect(self._ticked)
        self.follow(self.model, self.view, self.add_field)

    def _view_action(self, name: str, slot: Any) -> None:
        """A panel-local shortcut from hotkeys.COMMANDS: works while the list has focus."""
        self.view.addAction(command_action(self.view, name, slot))

    # -- following the note -------------------------------------------------------------

    def show_meeting(self, meeting: Meeting) -> None:
        self.model.show_agenda(meeting)
        row = self.model.row_of(self.model.discussing)
        if row is None:
            self.model.discussing = None
        self._tell_timer()

    def reset(self) -> None:
        """Another note: nothing discussed, the timer back to zero."""
        self.model.discussing = None
        self.timer.reset()
        self.model.rows_changed(0, len(self.model.rows) - 1)

    def _fresh_rows(self) -> list[Row]:
        """The rows of the current text (a pending re-parse after typing is done now)."""
        self.document.meeting  # noqa: B018 (re-parses if stale, which refreshes the rows)
        return self.model.rows

    # -- now discussing -----------------------------------------------------------------

    def discuss(self, row_id: int | None) -> None:
        """Make ``row_id`` the item now discussed (None: none)."""
        old = self.model.row_of(self.model.discussing)
        self.model.discussing = row_id
        for row in (old, self.model.row_of(row_id)):
            if row is not None:
                self.model.rows_changed(row, row)
        self._tell_timer()
        set_current(self.view, self.model, row_id)

    def next_item(self) -> None:
        """F6: tick the item now discussed (one undo step), discuss the next unticked
        top-level item, and start the timer if it is stopped."""
        rows = self._fresh_rows()
        here = self.model.row_of(self.model.discussing)
        if here is not None:
            current = rows[here]
            if current.task is not None and not current.item.checked:
                from noteapp.core.meeting.task_edits import set_checked

                doc = self.document
                doc.run(
                    set_checked, current.task, True, roles=doc.roles(), like=doc.earlier_notes()
                )
                rows = self.model.rows
                here = self.model.row_of(current.id)
        start = 0 if here is None else here + 1
        following = (r for r in rows[start:] if r.item.depth == 0 and r.item.text)
        upcoming = next((r for r in following if r.item.checked is not True), None)
        self.discuss(upcoming.id if upcoming else None)
        if upcoming is None:
            self.message.emit("No agenda item left to discuss")
        else:
            self._start_in_minutes(upcoming.item.text)
        self.timer.start()

    def _start_in_minutes(self, topic: str) -> None:
        """Where the minutes are grouped by topic, start ``topic``'s group (one undo
        step), written like the groups before it."""
        from noteapp.core.meeting.minute_place import start_topic

        found = start_topic(self.document.meeting, topic, local_time().strftime("%H:%M"))
        if found is not None:
            at, new = found
            self.document.apply(Edit(at, at, new))

    def _tell_timer(self) -> None:
        row = self.model.row_of(self.model.discussing)
        if row is None:
            self.document.discussing = None
            self.timer.discuss(None, None, None)
            return
        item: AgendaItem = self.model.rows[row].item
        self.document.discussing = item.text
        number = sum(1 for r in self.model.rows[: row + 1] if r.item.depth == 0) or None
        self.timer.discuss(self.model.discussing, number, item.timebox_minutes)

    def _ticked(self) -> None:
        row = self.model.row_of(self.model.clock.current)
        if row is not None:
            self.model.rows_changed(row, row)

    # -- edits ----------------------------------------------------------------------------

    def add_item(self) -> None:
        """The add field's Enter: append its text as an agenda item."""
        from noteapp.core.meeting.task_edits import add_agenda_item

        text = self.add_field.text().strip()
        if not text:
            return
        before = len(self.model.rows)
        doc = self.document
        if doc.run(add_agenda_item, text, roles=doc.roles(), **doc.style_sources()):
            self.add_field.clear()
            if len(self.model.rows) > before:
                added = max(self.model.rows, key=lambda r: r.id)  # the newest id
                set_current(self.view, self.model, added.id)

    def move_current(self, step: int) -> None:
        """Alt+Up/Down: move the current item one place among its (listed) siblings."""
        self._fresh_rows()  # rows are those of the current text from here on
        row = self.view.currentIndex().row()
        if row < 0:
            return
        index = self.model.indexes[row]
        siblings = self._siblings(index)
        place = siblings.index(index) + step
        if 0 <= place < len(siblings):
            self._move(row, siblings[place])

    def _siblings(self, index: int) -> list[int]:
        """The agenda indexes of item ``index``'s siblings that the panel lists."""
        from noteapp.core.meeting.task_edits import agenda_siblings

        listed = set(self.model.indexes)
        return [s for s in agenda_siblings(self.document.meeting, index) if s in listed]

    def drop(self, row: int, target: int) -> None:
        """A drag from ``row`` dropped on ``target``: move it to the place of the sibling
        that is ``target`` or holds it."""
        ids = self.model.rows[row].id, self.model.rows[target].id
        self._fresh_rows()
        row, target = (self.model.row_of(i) for i in ids)
        if row is None or target is None:
            return
        index, onto = self.model.indexes[row], self.model.indexes[target]
        agenda = self.document.meeting.agenda
        holder = max((s for s in self._siblings(index) if s <= onto), default=None)
        depth = agenda[index].depth
        inside = holder is not None and all(
            agenda[k].depth > depth for k in range(holder + 1, onto + 1)
        )
        if holder is None or not inside:
            self.message.emit("An agenda item moves among the items of its own list")
            return
        self._move(row, holder)

    def _move(self, row: int, to_index: int) -> None:
        """Move the item of ``row`` to the place of agenda item ``to_index``."""
        from noteapp.core.meeting.task_edits import move_agenda_item

        moved = self.model.rows[row].id
        doc = self.document
        if doc.run(move_agenda_item, self.model.indexes[row], to_index, roles=doc.roles()):
            set_current(self.view, self.model, moved)


def install(window: WindowAPI) -> None:
    """The Agenda dock, the meeting timer in the status bar, and their commands."""

    timer = MeetingTimer(window)
    window.statusBar().addPermanentWidget(timer.label)
    panel = AgendaPanel(window.document, timer, window)
    dock = dock_panel(window, panel, PANEL)
    timer_action = window.add_command("timer", timer.toggle, checkable=True)
    timer.runningChanged.connect(timer_action.setChecked)
    window.add_command("next_agenda", panel.next_item)
    window.add_command("add_agenda", lambda: show_and_focus(dock, panel.add_field))
    window.documentLoaded.connect(lambda _path: panel.reset())
    window.documentClosing.connect(timer.stop)  # a closed window does no work
    caret_actions.install(window)


__all__ = ["AgendaModel", "AgendaPanel", "AgendaView", "MeetingTimer", "install"]
