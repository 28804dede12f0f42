"""Background Python that waits for a pause in typing.

Every call into Python a keystroke makes (the spaced layout, the highlighter, the
journal) waits for the interpreter while a worker thread runs Python, up to the switch
interval each: a keystroke of ~80 such calls waited 40-90 ms behind the workspace
index's import and threading of a long note's items.  Work that need not be current
within a frame (the index) calls :func:`wait_for_pause` between small steps: it
returns once no key has been pressed for :data:`QUIET_S`.  The editor's key hook calls
:func:`typed`.  One clock for the process: the interpreter is shared by every window.
"""

from __future__ import annotations

import threading
import time

QUIET_S = 0.3  # the pause after a key press before background work goes on

_lock = threading.Lock()
_last = float("-inf")  # time.monotonic() of the latest key press


def typed() -> None:
    """A key was pressed (called on the GUI thread, before the key's edit)."""
    global _last
    with _lock:
        _last = time.monotonic()


def quiet_for() -> float:
    """Seconds since the latest key press (inf: none yet)."""
    with _lock:
        return time.monotonic() - _last


def wait_for_pause(quiet: float | None = None) -> None:
    """Block (in a worker thread) until no key has been pressed for ``quiet`` seconds
    (default :data:`QUIET_S`)."""
    quiet = QUIET_S if quiet is None else quiet
    while (left := quiet - quiet_for()) > 0:
        time.sleep(left)
