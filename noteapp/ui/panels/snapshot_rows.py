"""What the agenda and action-item panels share: a table model over a snapshot's items,
and the few lines that put a panel in the window.

A row is one item of the latest :class:`~noteapp.core.meeting.Meeting` plus a stable
id (:class:`~noteapp.core.meeting.identity.StableIds`) and the index of its task-list box.
A new snapshot costs a few list comparisons in C when nothing the panel shows changed
(typing in the minutes), a ``dataChanged`` when items changed in place (a tick), and
rows removed and inserted where items came or went (a reset only when no row is kept);
the view's current item is kept by id across it.
Ticking a box never changes the model: it asks for a core edit
(``checkRequested``), and the re-parsed snapshot brings the new state.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from itertools import repeat
from operator import attrgetter, is_not, ne
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from noteapp.core.meeting.identity import StableIds, common_prefix, shared_ends

if TYPE_CHECKING:
    from noteapp.core.meeting import Meeting
    from noteapp.core.meeting.structure import TaskItem
    from noteapp.ui.document import NoteDocument
    from noteapp.ui.panel import PanelSpec
    from noteapp.ui.window_api import WindowAPI

Index = QModelIndex | QPersistentModelIndex


class Row(NamedTuple):
    id: int  # stable across re-parses
    item: Any  # an AgendaItem or ActionItem
    task: int | None  # index of its box in Meeting.checklist, None without a box


_START = attrgetter("start")
_new_row = tuple.__new__  # Row(*fields) without a Python-level __new__ per row


def _differing(a: Sequence[Any], b: Sequence[Any]) -> list[int]:
    """Positions where ``a`` and ``b`` (of one length) differ."""
    return [k for k, different in enumerate(map(ne, a, b)) if different]


class SnapshotRows(QAbstractTableModel):
    """Rows over a sequence of snapshot items; subclasses say what each cell shows."""

    #: The user ticked or unticked a row's box: (row id, checked).
    checkRequested = Signal(int, bool)
    #: Before and after a refresh that removes or inserts rows (not a reset).
    aboutToReplaceRows = Signal()
    rowsReplaced = Signal()

    COLUMNS: tuple[str, ...] = ("",)
    CHECK_COLUMN = 0  # the column whose check box is the item's task-list box
    # Computed once: views ask for flags per cell as they paint, and each "|" of Python
    # enum flags costs a few microseconds.
    ROOT_FLAGS = Qt.ItemFlag.NoItemFlags
    ITEM_FLAGS = (
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
    )
    BOX_FLAGS = ITEM_FLAGS | Qt.ItemFlag.ItemIsUserCheckable

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self._ids = StableIds()
        self._row_ids: list[int] = []  # the rows' ids and shown(), as last set
        self._shown: list[tuple[Any, bool]] = []

    # -- what subclasses define ------------------------------------------------------------

    def key(self, item: Any) -> Hashable:
        """What identifies ``item`` across parses, with its order."""
        return self._key_of(item)

    def shown(self, row: Row) -> tuple[Any, ...]:
        """Everything about ``row`` the view shows (offsets and line numbers excluded)."""
        return (self._shown_of(row.item), row.task is not None)

    # The fields of key() and shown() (with whether the row has a box), read with
    # attrgetter: a refresh compares thousands of rows in C, not one Python call each.
    KEY_FIELDS: tuple[str, ...] = ("text",)
    SHOWN_FIELDS: tuple[str, ...] = ("text",)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._key_of = staticmethod(attrgetter(*cls.KEY_FIELDS))
        cls._shown_of = staticmethod(attrgetter(*cls.SHOWN_FIELDS))

    _key_of = staticmethod(attrgetter(*KEY_FIELDS))
    _shown_of = staticmethod(attrgetter(*SHOWN_FIELDS))

    # -- refreshing ------------------------------------------------------------------------

    def set_items(self, items: Sequence[Any], checklist: Sequence[TaskItem]) -> None:
        """Show ``items``; ``checklist`` maps them to their boxes by start offset.

        Rows are matched to the previous ones by their stable ids: the rows before and
        after the first and last differing id stay (``dataChanged`` for those that look
        different), the run between is removed and the new one inserted (an item typed,
        deleted or moved); a reset only when no row is kept.  Typing elsewhere in the
        note (offsets shifted, nothing shown changed) emits nothing.
        """
        ids = self._ids.update(list(map(self._key_of, items)))
        if checklist:
            boxes = dict(zip(map(_START, checklist), range(len(checklist)), strict=True))
            tasks: list[int | None] = list(map(boxes.get, map(_START, items)))
        else:
            tasks = [None] * len(items)
        boxed = map(is_not, tasks, repeat(None))
        shown = list(zip(map(self._shown_of, items), boxed, strict=False))
        new = list(map(_new_row, repeat(Row), zip(ids, items, tasks, strict=True)))
        # The rows before the edit (the same items, at the same offsets: named tuples,
        # compared in C) stay the same objects: what a view or a panel holds is current.
        same = common_prefix(self.rows, new)
        new[:same] = self.rows[:same]
        old_ids, old_shown = self._row_ids, self._shown
        if ids == old_ids:
            self.rows, self._shown = new, shown
            if shown != old_shown:
                changed = _differing(old_shown, shown)
                self.rows_changed(changed[0], changed[-1])
            return
        n_old, n_new = len(old_ids), len(ids)
        head, tail = shared_ends(old_ids, ids)
        if head == tail == 0:
            self.beginResetModel()
            self.rows, self._row_ids, self._shown = new, ids, shown
            self.endResetModel()
            return
        kept = self.rows[:head] + self.rows[n_old - tail :]
        self.aboutToReplaceRows.emit()
        if n_old - tail > head:
            self.beginRemoveRows(QModelIndex(), head, n_old - tail - 1)
            self.rows = kept
            self.endRemoveRows()
        if n_new - tail > head:
            self.beginInsertRows(QModelIndex(), head, n_new - tail - 1)
            self.rows = new
            self.endInsertRows()
        self.rows, self._row_ids, self._shown = new, ids, shown
        # the kept rows that look different: compared with what they showed before
        kept_old = old_shown[:head] + old_shown[n_old - tail :]
        kept_new = shown[:head] + shown[n_new - tail :]
        if kept_old != kept_new:
            shift = n_new - tail - head  # a kept row after the run: its new place
            changed = [k if k < head else k + shift for k in _differing(kept_old, kept_new)]
            self.rows_changed(changed[0], changed[-1])
        self.rowsReplaced.emit()

    def rows_changed(self, first: int, last: int) -> None:
        """Tell the view that rows ``first``..``last`` look different."""
        if self.rows:
            last_column = self.columnCount() - 1
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))

    def row_of(self, row_id: int | None) -> int | None:
        return next((k for k, row in enumerate(self.rows) if row.id == row_id), None)

    # -- Qt model API --------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Qt's own index() asks rowCount() and columnCount(): two calls into Python for
        # every index a view makes while it lays out and paints; this is one.
        if 0 <= row < len(self.rows) and 0 <= column < len(self.COLUMNS) and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("headers", self.COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return self.ROOT_FLAGS
        if index.column() == self.CHECK_COLUMN and self.rows[index.row()].task is not None:
            return self.BOX_FLAGS
        return self.ITEM_FLAGS

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.rows[index.row()]
        if role != Qt.ItemDataRole.CheckStateRole or row.task is None:
            return False
        self.checkRequested.emit(row.id, _is_checked(value))
        return True


def check_state(checked: bool | None) -> Qt.CheckState:
    return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked


def _is_checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value


def muted_colour() -> QColor:
    return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)


def current_id(view: QAbstractItemView, model: SnapshotRows) -> int | None:
    """The stable id of the view's current row, if any."""
    row = view.currentIndex().row()
    return model.rows[row].id if 0 <= row < len(model.rows) else None


def set_current(view: QAbstractItemView, model: SnapshotRows, row_id: int | None) -> None:
    """Make the row with ``row_id`` current (and selected), and show it."""
    row = model.row_of(row_id)
    if row is not None:
        index = model.index(row, 0)
        view.setCurrentIndex(index)
        view.scrollTo(index)


def keep_current(view: QAbstractItemView, model: SnapshotRows) -> None:
    """Keep the view's current item (by id) when the model is reset by a new snapshot."""
    kept: list[int | None] = [None]

    def remember() -> None:
        kept[0] = current_id(view, model)

    def restore() -> None:
        if kept[0] is not None and current_id(view, model) != kept[0]:
            set_current(view, model, kept[0])

    model.modelAboutToBeReset.connect(remember)
    model.modelReset.connect(lambda: set_current(view, model, kept[0]))
    model.aboutToReplaceRows.connect(remember)
    model.rowsReplaced.connect(restore)


class Panel(QWidget):
    """A dock's content: a view of a :class:`SnapshotRows` model above a row of fields
    to add an item, following the note's snapshots.  Subclasses build their widgets,
    then call :meth:`follow`."""

    #: Something to tell the user in the status bar.
    message = Signal(str)

    def __init__(self, document: NoteDocument, parent: QWidget) -> None:
        super().__init__(parent)
        self.document = document

    def follow(self, model: SnapshotRows, view: QAbstractItemView, *add_row: QWidget) -> None:
        """Lay out ``view`` above ``add_row``; show each new snapshot; keep the current
        item across refreshes; turn ticks into edits."""
        view.setModel(model)
        fields = QHBoxLayout()
        for widget in add_row:
            fields.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)
        layout.addLayout(fields)
        self.setFocusProxy(view)
        keep_current(view, model)
        tick_boxes(model, self.document)
        self.document.snapshotChanged.connect(self.show_meeting)
        if self.document.has_snapshot:
            self.show_meeting(self.document.meeting)

    def show_meeting(self, meeting: Meeting) -> None:
        raise NotImplementedError


def tick_boxes(model: SnapshotRows, document: NoteDocument) -> None:
    """Ticks in the view become ``set_checked`` edits, one undo step each."""

    def tick(row_id: int, checked: bool) -> None:
        from noteapp.core.meeting.task_edits import set_checked  # on first use: not at start-up

        document.meeting  # noqa: B018 (a re-parse pending after typing refreshes the rows)
        row = model.row_of(row_id)
        task = None if row is None else model.rows[row].task
        if task is not None:
            document.run(
                set_checked,
                task,
                checked,
                roles=document.roles(),
                like=document.earlier_notes(),
            )

    model.checkRequested.connect(tick)


def dock_panel(window: WindowAPI, panel: Panel, spec: PanelSpec) -> QDockWidget:
    """Dock ``panel`` by the panel recipe; its ``message`` signal speaks in the status bar."""
    dock = window.add_panel(spec, panel)
    panel.message.connect(lambda text: window.statusBar().showMessage(text, 5000))
    return dock


def show_and_focus(dock: QDockWidget, field: QLineEdit) -> None:
    """Bring the dock up and put the caret in ``field``, ready to type over its text."""
    dock.show()
    dock.raise_()
    field.setFocus(Qt.FocusReason.ShortcutFocusReason)
    field.selectAll()
