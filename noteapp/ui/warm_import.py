"""Import a module in a worker thread, then go on on the GUI thread.

A feature that starts after the first paint may still need a large import (the
workspace index's storage and readers: ~150 ms, more on a busy machine), and an import
on the GUI thread is a freeze of the window just opened.  In a worker that shares the
GIL quickly (:func:`noteapp.ui.gil_share.quick_handoff`) the editor's thread waits ~1 ms
at a time instead; the import system's own per-module locks keep a module imported by
both threads at once whole.  Each module's compile holds the GIL in one call, though:
given ``pace`` (:func:`noteapp.ui.typing_pause.wait_for_pause`), the worker calls it
before loading each module, so the import goes on in the pauses between keys.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
import threading
from collections.abc import Callable, Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

from PySide6.QtCore import QObject, Qt, Signal

from noteapp.ui.gil_share import quick_handoff


class _Imported(QObject):
    done = Signal()


class _PacedFinder:
    """First on ``sys.meta_path`` while a paced import runs: in the importing thread
    only, ``pace()`` before each module is looked for; it finds nothing itself.  A module
    the GUI thread imports meanwhile waits at most one pause (``pace`` is time-bound)."""

    def __init__(self, thread: int, pace: Callable[[], None]) -> None:
        self.thread = thread
        self.pace = pace

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if threading.get_ident() == self.thread:
            self.pace()
        return None


def import_then(
    module: str,
    owner: QObject,
    then: Callable[[], None],
    pace: Callable[[], None] | None = None,
) -> None:
    """Import ``module`` in a worker, then call ``then`` on ``owner``'s (the GUI) thread;
    never if ``owner`` is gone by then.  An import that fails calls ``then`` too: its own
    import of the module raises where it is used, as it would have.  ``pace``: called in
    the worker before each module it loads (it may block)."""
    carrier = _Imported(owner)
    carrier.done.connect(then, Qt.ConnectionType.QueuedConnection)

    def run() -> None:
        finder = None if pace is None else _PacedFinder(threading.get_ident(), pace)
        if finder is not None:
            sys.meta_path.insert(0, finder)  # type: ignore[arg-type]
        # A failed import is reported where the GUI thread imports the module itself.
        try:
            with quick_handoff(), contextlib.suppress(Exception):
                importlib.import_module(module)
        finally:
            if finder is not None:
                with contextlib.suppress(ValueError):
                    sys.meta_path.remove(finder)  # type: ignore[arg-type]
        with contextlib.suppress(RuntimeError):  # the owner (and its carrier) is gone
            carrier.done.emit()

    threading.Thread(target=run, name=f"import {module}", daemon=True).start()
