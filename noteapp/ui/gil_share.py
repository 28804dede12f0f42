"""A short GIL switch interval while a worker thread runs Python beside the editor.

A thread running pure Python keeps the GIL until the interpreter's switch interval
(5 ms) has passed, and the editor's thread needs it for every call into Python: a paint
of a panel full of checkboxes (one call each into the window's style) waited ~5 ms per
call, 440 ms in all, while the workspace index ran.  Inside :func:`quick_handoff` the
interval is 1 ms; it goes back to what it was when the last such thread is done (the
parse worker and the index may overlap).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

SWITCH_INTERVAL_S = 0.001

_lock = threading.Lock()
_inside = 0
_saved = 0.0


@contextmanager
def quick_handoff() -> Iterator[None]:
    global _inside, _saved
    with _lock:
        if not _inside:
            _saved = sys.getswitchinterval()
            sys.setswitchinterval(min(_saved, SWITCH_INTERVAL_S))
        _inside += 1
    try:
        yield
    finally:
        with _lock:
            _inside -= 1
            if not _inside:
                sys.setswitchinterval(_saved)
