"""The Meetings panel: the open note's series, newest first, with attendance, open
action items and a one-line summary.  Enter opens a meeting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDockWidget, QWidget

from noteapp.ui.archive.common import RowsModel, SeriesBox, open_at, table
from noteapp.ui.archive.panel import ArchivePanel

if TYPE_CHECKING:
    from noteapp.storage.archive import Workspace
    from noteapp.storage.archive.listing import MeetingRow
    from noteapp.ui.window_api import WindowAPI

DATE, PRESENT, OPEN, SUMMARY = range(4)


def _cells(row: MeetingRow) -> tuple[object, ...]:
    when = row.date.isoformat() if row.date else "—"
    return when, row.present or "", row.open_items or "", row.summary or row.title or row.path


def _tip(row: MeetingRow, _column: int) -> str:
    parts = [row.path, row.title or ""]
    if row.error:
        parts.append(f"Not fully read: {row.error}")
    return "\n".join(p for p in parts if p)


class MeetingsPanel(ArchivePanel):
    def __init__(self, window: WindowAPI, dock: QDockWidget) -> None:
        super().__init__(window, dock)
        self.series_box = SeriesBox(self, "meetingsSeries", with_all=False)
        self.series_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model = RowsModel(
            (
                QT_TRANSLATE_NOOP("headers", "Date"),
                QT_TRANSLATE_NOOP("headers", "Present"),
                QT_TRANSLATE_NOOP("headers", "Open"),
                QT_TRANSLATE_NOOP("headers", "Summary"),
            ),
            _cells,
            self,
            tip=_tip,
        )
        self.view = table(self, self.model, "meetingsView", SUMMARY)
        self.view.activated.connect(lambda index: self.open_row(index.row()))
        self.layout_.addWidget(self.series_box)
        self.layout_.addWidget(self.view)
        self.setFocusProxy(self.view)
        self._shown_for: object = None

    def refresh(self) -> None:
        if self.workspace() is None:
            return
        current = self.archive.current_series()
        note = self.window.path
        if note != self._shown_for:  # another note: show its series
            self._shown_for = note
            self.series_box.clear()
        series = self.series_box.series() if self.series_box.count() else current

        def question(workspace: Workspace) -> tuple[list[str], list[MeetingRow]]:
            rows = workspace.meetings(series) if series is not None else []
            return [s.series for s in workspace.series()], rows

        self.ask(question, lambda answer: self._show(current, series, *answer))

    def _show(
        self, current: str | None, asked: str | None, names: list[str], rows: list[MeetingRow]
    ) -> None:
        if current is not None and current not in names:
            names.append(current)
        self.series_box.fill(sorted(names), current)
        if self.series_box.series() != asked:  # the chosen series had no meetings yet
            self._soon.start()
            return
        self.model.set_rows(rows)
        rel = self.archive.rel()
        at = next((i for i, r in enumerate(rows) if r.path == rel), 0 if rows else None)
        if at is not None:
            self.view.selectRow(at)
        self.view.resizeColumnToContents(DATE)

    def open_row(self, row: int) -> None:
        meeting = self.model.rows[row]
        open_at(self.window, self.archive.path_of(meeting.path))


def build(window: WindowAPI, dock: QDockWidget) -> QWidget:
    panel = MeetingsPanel(window, dock)
    panel.view.setAttribute(Qt.WidgetAttribute.WA_MacShowFocusRect, False)
    return panel
