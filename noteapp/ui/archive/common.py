"""What the archive panels share: a read-only table model over plain rows, the series
chooser, and opening a note of the archive at a line."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableView, QWidget

if TYPE_CHECKING:
    from noteapp.ui.window_api import WindowAPI

Index = QModelIndex | QPersistentModelIndex
ALL_SERIES = QT_TRANSLATE_NOOP("archive.common", "All series")


class RowsModel(QAbstractTableModel):
    """Rows of any kind shown through ``cells(row) -> tuple`` (one value per column);
    ``tip(row, column)`` gives tooltips and ``checked(row)`` a check box in column 0."""

    def __init__(
        self,
        columns: Sequence[str],
        cells: Callable[[Any], Sequence[Any]],
        parent: QWidget,
        *,
        tip: Callable[[Any, int], str | None] | None = None,
        checked: Callable[[Any], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.rows: list[Any] = []
        self._cells = cells
        self._tip = tip
        self._checked = checked

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("headers", self.columns[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._checked is not None and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._cells(row)[index.column()]
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.CheckStateRole and self._checked and index.column() == 0:
            return Qt.CheckState.Checked if self._checked(row) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and self._tip is not None:
            return self._tip(row, index.column())
        return None


def table(parent: QWidget, model: RowsModel, name: str, stretch: int) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class SeriesBox(QComboBox):
    """Every series of the index ("All series" first when ``with_all``); the open note's
    series is chosen when the list is first filled."""

    def __init__(self, parent: QWidget, name: str, *, with_all: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._with_all = with_all
        self.setMinimumContentsLength(14)

    def fill(self, series: Sequence[str], current: str | None) -> None:
        chosen = self.series() if self.count() else current
        self.blockSignals(True)
        self.clear()
        if self._with_all:
            self.addItem(QCoreApplication.translate("archive.common", ALL_SERIES), None)
        for name in series:
            self.addItem(name or ".", name)
        at = self.findData(chosen) if chosen is not None else -1
        self.setCurrentIndex(at if at >= 0 else 0)
        self.blockSignals(False)

    def series(self) -> str | None:
        data = self.currentData()
        return data if isinstance(data, str) else None


def open_at(window: WindowAPI, path: Path, line: int | None = None) -> bool:
    """Show ``path`` in ``window`` (asking about unsaved changes first), caret on ``line``."""
    elsewhere = not same_file(window.path, path)
    if elsewhere and (not window.maybe_save() or not window.open_path(path)):
        return False
    if line is not None:
        block = window.editor.document().findBlockByNumber(max(line - 1, 0))
        if block.isValid():
            window.editor.setTextCursor(QTextCursor(block))
            window.editor.centerCursor()
    window.editor.setFocus()
    return True


def same_file(a: Path | None, b: Path | None) -> bool:
    if a is None or b is None:
        return False
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))
