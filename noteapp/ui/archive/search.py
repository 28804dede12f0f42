"""Search (Ctrl+Shift+F): full-text search over every note of the workspace, ranked,
with the matching line; filters by series, dates and person; Enter opens the note at
that line.  Results follow the typing after a short pause."""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QDockWidget, QGridLayout, QLabel, QLineEdit, QWidget

from noteapp.storage.archive.search import START, STOP, Filters, search
from noteapp.ui.archive.common import RowsModel, SeriesBox, open_at, table
from noteapp.ui.archive.panel import ArchivePanel

if TYPE_CHECKING:
    from noteapp.storage.archive import Workspace
    from noteapp.storage.archive.search import Hit, Results
    from noteapp.ui.window_api import WindowAPI

TYPING_PAUSE_MS = 150
LIMIT = 50
DATE, NOTE, LINE = range(3)


def _cells(hit: Hit) -> tuple[object, ...]:
    when = hit.date.isoformat() if hit.date else ""
    return when, f"{hit.path}:{hit.line}", hit.plain_snippet("", "")


def _tip(hit: Hit, _column: int) -> str:
    marked = html.escape(hit.snippet).replace(START, "<b>").replace(STOP, "</b>")
    return f"<p>{html.escape(hit.title or hit.path)}</p><p>{marked}</p>"


class SearchPanel(ArchivePanel):
    def __init__(self, window: WindowAPI, dock: QDockWidget) -> None:
        super().__init__(window, dock)
        self.query = QLineEdit(self)
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(
            QCoreApplication.translate(
                "archive.search", 'Search notes: words, "a phrase", pre*, OR, NOT'
            )
        )
        self.query.setClearButtonEnabled(True)
        self.series_box = SeriesBox(self, "searchSeries")
        self.since = self._field("searchSince", "since YYYY-MM-DD")
        self.until = self._field("searchUntil", "until YYYY-MM-DD")
        self.person = self._field("searchPerson", "attended by (name, handle)")
        grid = QGridLayout()
        grid.addWidget(self.query, 0, 0, 1, 4)
        grid.addWidget(self.series_box, 1, 0)
        grid.addWidget(self.person, 1, 1)
        grid.addWidget(self.since, 1, 2)
        grid.addWidget(self.until, 1, 3)
        self.layout_.addLayout(grid)
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.layout_.addWidget(self.status)
        self.model = RowsModel(
            (
                QT_TRANSLATE_NOOP("headers", "Date"),
                QT_TRANSLATE_NOOP("headers", "Note"),
                QT_TRANSLATE_NOOP("headers", "Line"),
            ),
            _cells,
            self,
            tip=_tip,
        )
        self.view = table(self, self.model, "searchResults", LINE)
        self.view.activated.connect(lambda index: self.open_hit(index.row()))
        self.layout_.addWidget(self.view)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.refresh)
        for field in (self.query, self.since, self.until, self.person):
            field.textChanged.connect(lambda _text: self._pause.start())
        self.series_box.currentIndexChanged.connect(lambda _i: self._pause.start())
        self.query.returnPressed.connect(self._first)
        self.setFocusProxy(self.query)
        self._open_first = False

    def _field(self, name: str, hint: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setPlaceholderText(hint)
        field.setClearButtonEnabled(True)
        return field

    def refresh(self) -> None:
        self._pause.stop()
        self._open_first = False
        text = self.query.text().strip()
        if not text:
            self._asked += 1  # an answer still on its way is not wanted any more
            self.model.set_rows([])
            self.status.setText("")
            return
        try:
            since, until = _day(self.since.text()), _day(self.until.text())
        except ValueError as exc:
            self.status.setText(str(exc))
            return

        filters = Filters(
            self.series_box.series(), since, until, self.person.text().strip() or None
        )

        def question(workspace: Workspace) -> tuple[list[str], Results]:
            results = search(workspace.conn, text, filters, limit=LIMIT, prefix_last=True)
            return [s.series for s in workspace.series()], results

        self.ask(question, lambda answer: self._show(*answer))

    def _show(self, series: list[str], results: Results) -> None:
        self.series_box.fill(series, None)
        self.model.set_rows(results.hits)
        count = len(results.hits)
        said = f"{count}{'+' if count == LIMIT else ''} notes" if count != 1 else "1 note"
        self.status.setText(results.message or (said if count else "No matches"))
        self.view.resizeColumnToContents(DATE)
        self.view.resizeColumnToContents(NOTE)
        if self._open_first and self.model.rows:
            self.open_hit(0)
        self._open_first = False

    def _first(self) -> None:
        """Enter in the query: open the best hit (once the answer to this query is in)."""
        if self._pause.isActive() or self.answering:
            self.refresh()
            self._open_first = True
        elif self.model.rows:
            self.open_hit(0)

    def open_hit(self, row: int) -> None:
        hit = self.model.rows[row]
        open_at(self.window, self.archive.path_of(hit.path), hit.line)


def _day(text: str) -> dt.date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date: write it as YYYY-MM-DD") from None


def build(window: WindowAPI, dock: QDockWidget) -> QWidget:
    return SearchPanel(window, dock)
