"""The attendance plot: how many came to each meeting of the series, and the meetings
the chosen person attended.  pyqtgraph (with numpy) is imported only here, when the
People panel is first shown; without it the panel says so and shows the tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from noteapp.core.series.roster import person_key

if TYPE_CHECKING:
    from noteapp.storage.archive.attendance import MeetingCount

NO_PLOT = QT_TRANSLATE_NOOP(
    "archive.plot",
    "The attendance plot needs pyqtgraph and numpy ({error}); "
    "install them with: pip install pyqtgraph numpy",
)


def _x(day: dt.date) -> float:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp()


class AttendancePlot:
    """A PlotWidget (or a label saying why there is none) and what it shows."""

    def __init__(self, parent: QWidget) -> None:
        self.points: list[tuple[float, int]] = []  # what the line shows, for tests
        self.marked: list[tuple[float, int]] = []  # the chosen person's meetings
        try:
            import pyqtgraph as pg
        except ImportError as exc:  # a broken install: the tables still work
            self.widget: QWidget = QLabel(
                QCoreApplication.translate("archive.plot", NO_PLOT).format(error=exc), parent
            )
            self.widget.setWordWrap(True)  # type: ignore[attr-defined]
            self._plot = None
            return
        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        axis = pg.DateAxisItem(orientation="bottom")
        self._plot = pg.PlotWidget(parent, axisItems={"bottom": axis})
        self._plot.setObjectName("attendancePlot")
        self._plot.setLabel("left", QCoreApplication.translate("archive.plot", "present"))
        self._plot.showGrid(x=True, y=True, alpha=0.2)
        self._line = self._plot.plot(
            [],
            [],
            pen=pg.mkPen("#4a78b5", width=2),
            symbol="o",
            symbolSize=4,
            symbolBrush="#4a78b5",
        )
        self._mine = pg.ScatterPlotItem(size=10, brush=pg.mkBrush("#d9822b"), pen=None)
        self._plot.addItem(self._mine)
        self.widget = self._plot

    @property
    def available(self) -> bool:
        return self._plot is not None

    def show(self, counts: Sequence[MeetingCount], person: str | None) -> None:
        """The series' attendance; ``person`` (a name as the notes write it, or None)."""

        self.points = [(_x(c.date), c.present) for c in counts]
        key = person_key(person) if person else None
        self.marked = [
            (_x(c.date), c.present)
            for c in counts
            if key is not None and any(person_key(n) == key for n in c.people)
        ]
        if self._plot is None:
            return
        self._line.setData([x for x, _ in self.points], [y for _, y in self.points])
        self._mine.setData([x for x, _ in self.marked], [y for _, y in self.marked])
        self._plot.setTitle(
            QCoreApplication.translate("archive.plot", "Present per meeting; ● {0}").format(person)
            if person
            else QCoreApplication.translate("archive.plot", "Present per meeting")
        )
        self._plot.enableAutoRange()
