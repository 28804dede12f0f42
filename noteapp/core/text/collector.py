"""The cycle collector held off while a note is parsed.

A parse makes hundreds of thousands of small tuples (items, entries, spans) and no
reference cycles (tests/core/test_parse_memory.py), yet every 700 of them the
collector walks the young objects, and every so often all of them: with a long note's
previous snapshot and the caches alive, that was a third of a 50,000-line note's parse.
Held off, it runs once afterwards.  Parses may run in two threads at once: the
collector comes back when the last one ends, and only if it was on before."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0  # parses running
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
