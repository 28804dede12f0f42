"""The meeting timer's logic, free of Qt: elapsed time, per-item time, time boxes.

The clock is view state: it is never written into the note.  Agenda items are
named by any hashable key the caller keeps stable across re-parses (the agenda
panel uses :class:`noteapp.core.meeting.identity.StableIds`).  Time is read from an
injected function, so tests drive it with a fake clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable


class MeetingClock:
    """Start/stop meeting time, and the time each agenda item spent "now discussing"."""

    def __init__(self, now: Callable[[], float] = time.monotonic) -> None:
        self.now = now  # the time source, in seconds (tests give a fake one)
        self._banked = 0.0  # meeting time before the current run
        self._since: float | None = None  # when the current run started (None: stopped)
        self._item: Hashable | None = None  # the item now discussed
        self._item_banked: dict[Hashable, float] = {}
        self._item_since = 0.0  # when the current item's current stretch started

    # -- running -------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._since is not None

    def start(self) -> None:
        if self._since is None:
            self._since = self._item_since = self.now()

    def stop(self) -> None:
        if self._since is not None:
            now = self.now()
            self._bank_item(now)
            self._banked += now - self._since
            self._since = None

    def toggle(self) -> bool:
        """Start if stopped, stop if running; True when it now runs."""
        if self.running:
            self.stop()
        else:
            self.start()
        return self.running

    def reset(self) -> None:
        """Back to zero, stopped, nothing discussed (a new note)."""
        self._banked, self._since, self._item = 0.0, None, None
        self._item_banked.clear()

    def elapsed(self) -> float:
        """Seconds of meeting time (the runs so far)."""
        if self._since is None:
            return self._banked
        return self._banked + self.now() - self._since

    # -- agenda items -------------------------------------------------------------------

    @property
    def current(self) -> Hashable | None:
        """The key of the item now discussed, or None."""
        return self._item

    def discuss(self, key: Hashable | None) -> None:
        """Make ``key`` the item now discussed; the previous one keeps the time it had."""
        if key == self._item:
            return
        if self._since is not None:
            now = self.now()
            self._bank_item(now)
            self._item_since = now
        self._item = key

    def spent(self, key: Hashable) -> float:
        """Seconds ``key`` has been discussed while the clock ran."""
        total = self._item_banked.get(key, 0.0)
        if key == self._item and self._since is not None:
            total += self.now() - self._item_since
        return total

    def overdue(self, key: Hashable, timebox_minutes: int | None) -> bool:
        """True when ``key`` has used more than its time box."""
        return timebox_minutes is not None and self.spent(key) > timebox_minutes * 60

    def _bank_item(self, now: float) -> None:
        if self._item is not None:
            self._item_banked[self._item] = (
                self._item_banked.get(self._item, 0.0) + now - self._item_since
            )
        self._item_since = now


def format_duration(seconds: float) -> str:
    """``"4:10"``, ``"12:34"``, ``"1:02:03"``: whole seconds, rounded down."""
    whole = max(int(seconds), 0)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


def item_time(seconds: float, timebox_minutes: int | None) -> str:
    """``"4:10/5:00"`` with a time box, ``"4:10"`` without."""
    spent = format_duration(seconds)
    if timebox_minutes is None:
        return spent
    return f"{spent}/{format_duration(timebox_minutes * 60)}"


def status_text(
    clock: MeetingClock, number: int | None = None, timebox_minutes: int | None = None
) -> str:
    """The status bar's words: ``"Meeting 12:34 · Item 3: 4:10/5:00"`` (words, not a
    stopwatch sign: not every desktop font has one).

    ``number`` is the 1-based place of the item now discussed among the top-level
    agenda items (None: no item is discussed).
    """
    text = f"Meeting {format_duration(clock.elapsed())}"
    key = clock.current
    if number is not None and key is not None:
        text += f" · Item {number}: {item_time(clock.spent(key), timebox_minutes)}"
    if not clock.running:
        text += " (stopped)"
    return text
