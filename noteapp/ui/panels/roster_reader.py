"""The roster of a note's earlier notes (:func:`noteapp.core.series.roster.roster_for`),
read in a worker thread and handed back on the GUI thread.

Reading it means reading the head of up to a dozen notes beside this one and their
attendees: 100-300 ms of pure Python in a folder of long notes, which on the GUI thread
was a freeze of the window just opened.  The worker shares the GIL quickly
(:func:`noteapp.ui.gil_share.quick_handoff`), so the editor's thread waits ~1 ms at a time.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from noteapp.ui.gil_share import quick_handoff

if TYPE_CHECKING:
    from noteapp.core.series.roster import RosterEntry


class RosterReader(QObject):
    """``start(path)``; ``read(path, roster)`` follows on the GUI thread.  A read asked for
    while one of the same path runs is not started again.  Has no Qt parent: the worker
    holds it while it runs."""

    read = Signal(object, object)  # the note's path, list[RosterEntry]

    def __init__(self) -> None:
        super().__init__()
        self._running: set[Path] = set()
        self._lock = threading.Lock()

    def start(self, path: Path) -> None:
        with self._lock:
            if path in self._running:
                return
            self._running.add(path)
        threading.Thread(target=self._run, args=(path,), name="noteapp-roster", daemon=True).start()

    def _run(self, path: Path) -> None:
        from noteapp.core.series.roster import roster_for

        roster: list[RosterEntry] = []
        try:
            with quick_handoff():
                roster = roster_for(path)
        finally:
            with self._lock:
                self._running.discard(path)
            self.read.emit(path, roster)
