"""People (Ctrl+Shift+O): attendance over time per person and per series, with a plot, first
and last attended, and names that are probably one person, each with a one-step
rename across the notes you pick (previewed as a diff before anything is written)."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from noteapp.ui.archive.common import RowsModel, SeriesBox, table
from noteapp.ui.archive.panel import ArchivePanel
from noteapp.ui.archive.plot import AttendancePlot
from noteapp.ui.archive.rename_dialog import RenameDialog

if TYPE_CHECKING:
    from noteapp.core.archive.people import Person, Variant
    from noteapp.storage.archive import Workspace
    from noteapp.storage.archive.attendance import MeetingCount
    from noteapp.ui.window_api import WindowAPI

NAME, MEETINGS, FIRST, LAST, SERIES = range(5)


class _Answer(NamedTuple):
    series: list[str]
    people: list[Person]
    counts: list[MeetingCount]
    variants: list[Variant]


def _cells(person: Person) -> tuple[object, ...]:
    return (
        person.name,
        len(person.meetings),
        person.first.isoformat() if person.first else "",
        person.last.isoformat() if person.last else "",
        ", ".join(f"{s or '.'} ({n})" for s, n in person.series.most_common()),
    )


def _tip(person: Person, _column: int) -> str:
    spellings = ", ".join(f"{name} ({n})" for name, n in person.spellings.most_common())
    extra = f"\nAbsent (apologies): {person.absent}" if person.absent else ""
    handles = f"\nHandles: {', '.join(sorted(person.handles))}" if person.handles else ""
    return f"Written as: {spellings}{handles}{extra}"


class PeoplePanel(ArchivePanel):
    def __init__(self, window: WindowAPI, dock: QDockWidget) -> None:
        super().__init__(window, dock)

        self.series_box = SeriesBox(self, "peopleSeries")
        self.series_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model = RowsModel(
            (
                QT_TRANSLATE_NOOP("headers", "Name"),
                QT_TRANSLATE_NOOP("headers", "Meetings"),
                QT_TRANSLATE_NOOP("headers", "First"),
                QT_TRANSLATE_NOOP("headers", "Last"),
                QT_TRANSLATE_NOOP("headers", "Series"),
            ),
            _cells,
            self,
            tip=_tip,
        )
        self.view = table(self, self.model, "peopleView", SERIES)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._replot())
        self.plot = AttendancePlot(self)
        self.variants = QListWidget(self)
        self.variants.setObjectName("peopleVariants")
        self.rename_button = QPushButton(
            QCoreApplication.translate("archive.people", "&Rename…"), self
        )
        self.rename_button.setObjectName("peopleRename")
        self.rename_button.clicked.connect(self.rename_chosen)
        self.variants.itemActivated.connect(lambda _item: self.rename_chosen())
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.plot.widget, 3)
        column.addWidget(
            QLabel(QCoreApplication.translate("archive.people", "Probably the same person:"), side)
        )
        row = QHBoxLayout()
        row.addWidget(self.variants, 1)
        row.addWidget(self.rename_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(row, 1)
        split = QSplitter(self)
        split.addWidget(self.view)
        split.addWidget(side)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.layout_.addWidget(self.series_box)
        self.layout_.addWidget(split)
        self.setFocusProxy(self.view)
        self._counts: list[MeetingCount] = []
        self._variant_list: list[Variant] = []

    def refresh(self) -> None:
        series = self.chosen_series(self.series_box)

        def question(workspace: Workspace) -> _Answer:
            return _Answer(
                [s.series for s in workspace.series()],
                [p for p in workspace.people(series=series) if p.meetings],
                workspace.attendance(series=series),
                workspace.variants(series=series),
            )

        self.ask(question, lambda answer: self._show(series, answer))

    def _show(self, asked: str | None, answer: _Answer) -> None:
        if not self.fill_series(self.series_box, answer.series, asked):
            return
        self.model.set_rows(answer.people)
        self._counts = answer.counts
        self._variant_list = answer.variants
        self.variants.clear()
        for variant in self._variant_list:
            text = f"{variant.other.name} → {variant.person.name}  ({variant.reason})"
            QListWidgetItem(text, self.variants)
        self.rename_button.setEnabled(bool(self._variant_list))
        for column in (MEETINGS, FIRST, LAST):
            self.view.resizeColumnToContents(column)
        if answer.people:
            self.view.selectRow(0)
        self._replot()

    def chosen(self) -> Person | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _replot(self) -> None:
        person = self.chosen()
        self.plot.show(self._counts, person.name if person else None)

    def rename_chosen(self) -> None:
        row = self.variants.currentRow()
        if not 0 <= row < len(self._variant_list):
            row = 0
        if not self._variant_list:
            return

        variant = self._variant_list[row]
        dialog = RenameDialog(self.window, self.archive, variant)
        dialog.open()


def build(window: WindowAPI, dock: QDockWidget) -> QWidget:
    return PeoplePanel(window, dock)
