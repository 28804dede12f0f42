"""The action-item tracker (Ctrl+9): every action item of the series with its owner,
the meeting it was first written in, the meetings it was carried through, its age
and its state.  Ticking one (Space, or its box) marks it done where it is open now
(its newest copy): that note is opened and the tick is one undo step there.  "Stale"
shows the items open for more than N meetings.  Enter opens the newest copy."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from noteapp.core.archive.tick import done_edit
from noteapp.ui.action_factory import command_action
from noteapp.ui.archive.common import RowsModel, SeriesBox, open_at, table
from noteapp.ui.archive.panel import ArchivePanel

if TYPE_CHECKING:
    from noteapp.storage.archive import Workspace
    from noteapp.storage.archive.tracker import Tracked
    from noteapp.ui.window_api import WindowAPI

DONE, OWNER, ITEM, FIRST, CARRIED, AGE, OPEN_IN = range(7)
COLUMNS = (
    QT_TRANSLATE_NOOP("headers", "Done"),
    QT_TRANSLATE_NOOP("headers", "Owner"),
    QT_TRANSLATE_NOOP("headers", "Action item"),
    QT_TRANSLATE_NOOP("headers", "First written"),
    QT_TRANSLATE_NOOP("headers", "Carried"),
    QT_TRANSLATE_NOOP("headers", "Age"),
    QT_TRANSLATE_NOOP("headers", "Open in"),
)


def _cells(item: Tracked) -> tuple[object, ...]:
    return (
        "",
        ", ".join(item.owners),
        item.text,
        item.first.isoformat(),
        len(item.carried_through) or "",
        f"{item.age} mtg" if item.age else "new",
        item.newest_date.isoformat(),
    )


def _tip(item: Tracked, column: int) -> str:
    through = "\n".join(f"  {d}  {n}" for n, d in item.carried_through) or "  (not carried)"
    return (
        f"{item.text}\nFirst written {item.first} in {item.origin}\n"
        f"Carried through {len(item.carried_through)} meetings:\n{through}\n"
        f"{'Done' if item.done else 'Open'} in {item.newest}, line {item.lines[0]}"
    )


class TrackerModel(RowsModel):
    def __init__(self, panel: TrackerPanel) -> None:
        super().__init__(COLUMNS, _cells, panel, tip=_tip, checked=lambda item: item.done)
        self.panel = panel

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: object, role: int = 0
    ) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != DONE:
            return False
        item = self.rows[index.row()]
        if item.done:
            self.panel.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "archive.tracker", "Already done in {0}; untick it there (Enter opens it)"
                ).format(item.newest),
                5000,
            )
            return False
        return self.panel.tick(item)


class TrackerPanel(ArchivePanel):
    def __init__(self, window: WindowAPI, dock: QDockWidget) -> None:
        super().__init__(window, dock)
        self.series_box = SeriesBox(self, "trackerSeries")
        self.owner = QLineEdit(self)
        self.owner.setObjectName("trackerOwner")
        self.owner.setPlaceholderText(QCoreApplication.translate("archive.tracker", "Owner"))
        self.owner.setClearButtonEnabled(True)
        self.open_only = QCheckBox(
            QCoreApplication.translate("archive.tracker", "&Open only"), self
        )
        self.open_only.setObjectName("trackerOpenOnly")
        self.open_only.setChecked(True)
        self.stale = QSpinBox(self)
        self.stale.setObjectName("trackerStale")
        self.stale.setRange(0, 999)
        self.stale.setPrefix(QCoreApplication.translate("archive.tracker", "Stale: open > "))
        self.stale.setSuffix(QCoreApplication.translate("archive.tracker", " meetings"))
        self.stale.setSpecialValueText(
            QCoreApplication.translate("archive.tracker", "Stale: any age")
        )
        row = QHBoxLayout()
        for widget in (self.series_box, self.owner, self.open_only, self.stale):
            row.addWidget(widget)
        self.layout_.addLayout(row)
        self.model = TrackerModel(self)
        self.view = table(self, self.model, "trackerView", ITEM)
        self.view.activated.connect(lambda index: self.open_item(index.row()))
        # Space, while the list has the focus (a scoped command: a widget shortcut).
        self.view.addAction(command_action(self.view, "tracker_done", self.tick_current))
        self.layout_.addWidget(self.view)
        self.series_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.owner.textChanged.connect(lambda _t: self.refresh())
        self.open_only.toggled.connect(lambda _on: self.refresh())
        self.stale.valueChanged.connect(lambda _v: self.refresh())
        self.setFocusProxy(self.view)

    def refresh(self) -> None:
        series = self.chosen_series(self.series_box)
        owner = self.owner.text().strip() or None
        open_only, stale = self.open_only.isChecked(), self.stale.value() or None

        def question(workspace: Workspace) -> tuple[list[str], list[Tracked]]:
            items = workspace.actions(series=series, owner=owner, open=open_only, stale=stale)
            return [s.series for s in workspace.series()], items

        self.ask(question, lambda answer: self._show(series, *answer))

    def _show(self, asked: str | None, series: list[str], items: list[Tracked]) -> None:
        if not self.fill_series(self.series_box, series, asked):
            return
        self.model.set_rows(items)
        for column in (OWNER, FIRST, CARRIED, AGE, OPEN_IN):
            self.view.resizeColumnToContents(column)
        self.view.setColumnWidth(DONE, 44)

    def tick_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.setData(
                self.model.index(index.row(), DONE),
                Qt.CheckState.Checked,
                Qt.ItemDataRole.CheckStateRole,
            )

    def tick(self, item: Tracked) -> bool:
        """Open the note where ``item`` is open now and tick it there (one undo step)."""

        if not open_at(self.window, self.archive.path_of(item.newest), item.lines[0]):
            return False
        if not self.window.document.run(done_edit, item.text, item.lines):
            return False
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "archive.tracker", "Ticked in {0}: Ctrl+Z undoes it, Ctrl+S saves it"
            ).format(item.newest),
            8000,
        )
        return True

    def open_item(self, row: int) -> None:
        item = self.model.rows[row]
        open_at(self.window, self.archive.path_of(item.newest), item.lines[0])


def build(window: WindowAPI, dock: QDockWidget) -> QWidget:
    return TrackerPanel(window, dock)
