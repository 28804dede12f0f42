"""The meeting timer in the window: a :class:`MeetingClock` that ticks while it runs,
and its status-bar label ("Meeting 12:34 · Item 3: 4:10/5:00").

It does no work while stopped: the tick timer only runs while the clock does, and
each tick is aligned to the next whole second of meeting time.  The timer is view
state; nothing of it is written into the note.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from noteapp.core.meeting.clock import MeetingClock, status_text

WARNING_COLOUR = QColor("#d84315")  # deep orange: readable on light and dark themes


class MeetingTimer(QObject):
    """Start/stop meeting time; knows the agenda item now discussed and its time box."""

    #: Once a second while running, and whenever what it shows changes.
    ticked = Signal()
    #: The clock started (True) or stopped (False).
    runningChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, now: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self.clock = MeetingClock(now)
        self._number: int | None = None
        self._timebox: int | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.tick)
        self.label = QLabel()
        self.label.setObjectName("meetingTimerLabel")
        self.label.setContentsMargins(8, 0, 8, 0)
        self.label.hide()  # shown once the meeting has started

    @property
    def running(self) -> bool:
        return self.clock.running

    @property
    def ticking(self) -> bool:
        """True while the one-second tick is armed (only while running)."""
        return self._timer.isActive()

    def start(self) -> None:
        if not self.clock.running:
            self.clock.start()
            self.runningChanged.emit(True)
            self.tick()

    def stop(self) -> None:
        if self.clock.running:
            self.clock.stop()
            self._timer.stop()
            self.runningChanged.emit(False)
            self.tick()

    def toggle(self) -> None:
        """F5: start or stop."""
        if self.clock.running:
            self.stop()
        else:
            self.start()

    def reset(self) -> None:
        """Zero, stopped, nothing discussed (another note was opened)."""
        was_running = self.clock.running
        self.clock.reset()
        self._number = self._timebox = None
        self._timer.stop()
        if was_running:
            self.runningChanged.emit(False)
        self.tick()

    def discuss(self, key: Hashable | None, number: int | None, timebox: int | None) -> None:
        """The item now discussed: its key, its place among the top-level items (for
        the label) and its time box in minutes.  Call again when those change."""
        if (key, number, timebox) == (self.clock.current, self._number, self._timebox):
            return
        self.clock.discuss(key)
        self._number, self._timebox = number, timebox
        self.tick()

    def overdue(self) -> bool:
        """True when the item now discussed has used up its time box."""
        key = self.clock.current
        return key is not None and self.clock.overdue(key, self._timebox)

    def tick(self) -> None:
        """Show the time now; the tick timer calls this on each second while running."""
        self._show()
        self.ticked.emit()
        if self.clock.running:  # wake up as the next whole second of meeting time begins
            into_second = self.clock.elapsed() % 1.0
            self._timer.start(max(int((1.0 - into_second) * 1000) + 1, 1))

    def _show(self) -> None:
        label = self.label
        if not self.clock.running and not self.clock.elapsed():
            label.hide()
            return
        label.setText(status_text(self.clock, self._number, self._timebox))
        overdue = self.overdue()
        if overdue != label.property("overdue"):  # restyle only when it changes
            label.setProperty("overdue", overdue)
            label.setStyleSheet(
                f"color: {WARNING_COLOUR.name()}; font-weight: bold;" if overdue else ""
            )
            label.setToolTip(
                QCoreApplication.translate(
                    "meeting_timer", "The item now discussed is over its time box"
                )
                if overdue
                else QCoreApplication.translate(
                    "meeting_timer",
                    "Meeting time · time of the item now discussed (F5 starts/stops)",
                )
            )
        label.show()
