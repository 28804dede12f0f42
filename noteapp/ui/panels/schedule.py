"""The Schedule dock: a series' next meetings in every member's zone.

The same plan as ``noteapp schedule --series NAME`` (:func:`noteapp.core.series.upcoming.plan`):
one row per meeting, one column per zone, the rows where someone's local time moves
(a daylight-saving change) marked, the warnings below, and buttons that copy the
arewemeetingyet.com and timeanddate.com links or export the series as ``.ics``.
Built on the dock's first show (see noteapp.ui.panel); it reads files only when asked.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from noteapp.core.errors import NoteError
from noteapp.core.series.model import list_series
from noteapp.core.series.newnote import series_folder
from noteapp.core.series.upcoming import plan, series_zones
from noteapp.storage.atomic import atomic_write

if TYPE_CHECKING:
    from noteapp.core.series.model import Series
    from noteapp.core.series.upcoming import Plan
    from noteapp.ui.window_api import WindowAPI

# Item data: the row is a meeting where someone's local time moves (a DST change).
MOVED_ROLE = Qt.ItemDataRole.UserRole + 1


class _MovedRows(QStyledItemDelegate):
    """Paints the moved rows' background from the view's palette, at paint time, so it
    reads in both themes and follows a switch between them."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if index.data(MOVED_ROLE):
            from noteapp.ui.colours import attention_background

            option.backgroundBrush = QBrush(attention_background(option.palette))


class SchedulePanel(QWidget):
    def __init__(self, window: WindowAPI, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schedulePanel")
        self.window_ = window
        self.today: dt.date | None = None  # None: the real today (tests fix a day)
        self.plan: Plan | None = None
        self.series_list: list[Series] = []

        self.series_box = QComboBox(self, objectName="scheduleSeries")
        self.count_box = QSpinBox(self, objectName="scheduleCount", minimum=1, maximum=52)
        self.count_box.setValue(8)
        self.count_box.setSuffix(QCoreApplication.translate("panels.schedule", " meetings"))
        self.summary = QLabel(self, objectName="scheduleSummary", wordWrap=True)
        self.table = QTableWidget(self, objectName="scheduleTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setItemDelegate(_MovedRows(self.table))
        self.warnings = QLabel(self, objectName="scheduleWarnings", wordWrap=True)
        self.copy_aremy = QPushButton(
            QCoreApplication.translate("panels.schedule", "Copy &arewemeetingyet link"),
            self,
            objectName="copyArewemeetingyet",
        )
        self.copy_tad = QPushButton(
            QCoreApplication.translate("panels.schedule", "Copy &timeanddate link"),
            self,
            objectName="copyTimeanddate",
        )
        self.export_ics = QPushButton(
            QCoreApplication.translate("panels.schedule", "Export .&ics…"),
            self,
            objectName="exportIcs",
        )
        self.copy_aremy.clicked.connect(lambda: self._copy(self.plan and self.plan.arewemeetingyet))
        self.copy_tad.clicked.connect(lambda: self._copy(self.plan and self.plan.timeanddate))
        self.export_ics.clicked.connect(self.export_calendar)

        top = QHBoxLayout()
        top.addWidget(self.series_box, 1)
        top.addWidget(self.count_box)
        buttons = QHBoxLayout()
        for button in (self.copy_aremy, self.copy_tad, self.export_ics):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warnings)
        layout.addLayout(buttons)
        self.setFocusProxy(self.series_box)

        self.reload_series()
        self.series_box.currentIndexChanged.connect(self.refresh)
        self.count_box.valueChanged.connect(self.refresh)
        window.documentLoaded.connect(self._note_opened)
        self.refresh()

    # -- which series ---------------------------------------------------------------------

    def reload_series(self) -> None:
        workspace = self.window_.workspace_path()
        try:
            self.series_list = list_series(workspace)
        except NoteError as exc:
            self.series_list = []
            self.summary.setText(str(exc))
        self._folders = [series_folder(s, None, workspace).resolve() for s in self.series_list]
        self.series_box.blockSignals(True)
        self.series_box.clear()
        for series in self.series_list:
            self.series_box.addItem(series.title, series.name)
        self.series_box.blockSignals(False)
        self._select_near(self.window_.path)

    def _select_near(self, path: Path | None) -> None:
        if path is None:
            return
        path = path.resolve()
        for index, folder in enumerate(self._folders):
            if path.is_relative_to(folder):
                self.series_box.setCurrentIndex(index)
                return

    def _note_opened(self, path: Path | None) -> None:
        self._select_near(path)  # another series' note: its table (via currentIndexChanged)

    def series(self) -> Series | None:
        index = self.series_box.currentIndex()
        return self.series_list[index] if index >= 0 else None

    # -- the table ------------------------------------------------------------------------

    def refresh(self) -> None:
        series = self.series()
        self.plan = None
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.warnings.clear()
        for button in (self.copy_aremy, self.copy_tad, self.export_ics):
            button.setEnabled(False)
        if series is None:
            self.summary.setText(self.summary.text() or "No series in the workspace.")
            return
        zones, skipped = series_zones(series)
        tz = series.first_start.tzinfo
        today = self.today or dt.datetime.now(tz).date()
        after = dt.datetime.combine(today, dt.time.min, tzinfo=tz) - dt.timedelta(microseconds=1)
        try:
            result = plan(series.first_start, series.rule, zones=zones,
                          count=self.count_box.value(), after=after, title=series.title,
                          duration=series.duration)  # fmt: skip
        except NoteError as exc:
            self.summary.setText(str(exc))
            return
        self.plan = result
        self.summary.setText(f"{series.title}: {result.description}")
        self._fill(result)
        self.warnings.setText(
            "\n".join([f"⚠ {w.message}" for w in result.warnings] + [f"⚠ {m}" for m in skipped])
        )
        self.warnings.setVisible(bool(self.warnings.text()))
        self.copy_aremy.setEnabled(bool(result.arewemeetingyet))
        self.copy_tad.setEnabled(bool(result.timeanddate))
        self.export_ics.setEnabled(bool(result.rows))

    def _fill(self, result: Plan) -> None:
        moved = {w.start for w in result.warnings}
        self.table.setColumnCount(len(result.zones))
        self.table.setHorizontalHeaderLabels(list(result.zones))
        self.table.setRowCount(len(result.rows))
        for row, entry in enumerate(result.rows):
            self.table.setVerticalHeaderItem(row, QTableWidgetItem(f"{entry.start:%a %Y-%m-%d}"))
            for column, local in enumerate(entry.times):
                text = f"{local.when:%H:%M} {local.abbreviation}"
                item = QTableWidgetItem(f"{text} {local.day_shift}" if local.day_shift else text)
                item.setToolTip(f"{local.when:%A %Y-%m-%d %H:%M} ({local.offset})")
                if entry.start in moved:
                    item.setData(MOVED_ROLE, True)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    # -- actions --------------------------------------------------------------------------

    def _copy(self, link: str | None) -> None:
        if link:
            QGuiApplication.clipboard().setText(link)
            self.window_.statusBar().showMessage(
                QCoreApplication.translate("panels.schedule", "Copied {0}").format(link), 5000
            )

    def export_calendar(self) -> None:
        """Write the series as an .ics file the user picks (every calendar imports it)."""
        # Imported here: icalendar costs ~136 ms to import; only this path needs it.
        from noteapp.core.schedule.ics import series_ics

        series = self.series()
        if series is None:
            return
        path = self.choose_ics_path(f"{series.name}.ics")
        if not path:
            return
        data = series_ics(series.first_start, series.rule, series.duration, series.title,
                          url=series.video)  # fmt: skip
        try:
            atomic_write(Path(path), data)
        except OSError as exc:
            self.window_.statusBar().showMessage(
                QCoreApplication.translate("panels.schedule", "Could not write {0}: {1}").format(
                    path, exc
                ),
                10000,
            )
            return
        self.window_.statusBar().showMessage(
            QCoreApplication.translate("panels.schedule", "Wrote {0}").format(path), 5000
        )

    def choose_ics_path(self, name: str) -> str | None:
        """Ask where to save (tests replace this)."""
        start = str(self.window_.workspace_path() / name)
        return self.window_.prompts.save_file(
            QCoreApplication.translate("panels.schedule", "Export calendar"),
            start,
            "Calendar (*.ics)",
        )


def build(window: WindowAPI, dock: QDockWidget) -> SchedulePanel:
    """The dock's contents, made on its first show (Ctrl+7 or View ▸ Schedule)."""
    return SchedulePanel(window, dock)
