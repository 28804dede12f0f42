"""Import a module in a worker thread, then go on on the GUI thread.

A feature that starts after the first paint may still need a large import (the
workspace index's storage and readers: ~150 ms, more on a busy machine), and an import
on the GUI thread is a freeze of the window just opened.  In a worker that shares the
GIL quickly (:func:`noteapp.ui.gil_share.quick_handoff`) the editor's thread waits ~1 ms
at a time instead; the import system's own per-module locks keep a module imported by
both threads at once whole.
"""

from __future__ import annotations

import contextlib
import importlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal

from noteapp.ui.gil_share import quick_handoff


class _Imported(QObject):
    done = Signal()


def import_then(module: str, owner: QObject, then: Callable[[], None]) -> None:
    """Import ``module`` in a worker, then call ``then`` on ``owner``'s (the GUI) thread;
    never if ``owner`` is gone by then.  An import that fails calls ``then`` too: its own
    import of the module raises where it is used, as it would have."""
    carrier = _Imported(owner)
    carrier.done.connect(then, Qt.ConnectionType.QueuedConnection)

    def run() -> None:
        # A failed import is reported where the GUI thread imports the module itself.
        with quick_handoff(), contextlib.suppress(Exception):
            importlib.import_module(module)
        with contextlib.suppress(RuntimeError):  # the owner (and its carrier) is gone
            carrier.done.emit()

    threading.Thread(target=run, name=f"import {module}", daemon=True).start()
