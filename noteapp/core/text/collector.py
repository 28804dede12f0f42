"""The cycle collector held off while a note is parsed.

A parse makes hundreds of thousands of small tuples (items, entries, spans) and no
reference cycles (tests/core/test_parse_memory.py), yet every 700 of them the
collector walks the young objects, and every so often all of them: with a long note's
previous snapshot and the caches alive, that was a third of a 50,000-line note's parse.
Held off, it would still walk, at its next run, every object the parse left alive
(the new snapshot, the caches' new entries): 50-110 ms at 50,000 lines with the GIL
held, a stall of the window's thread while a worker parsed.  So when the last parse
ends, what is alive is moved out of the collector's reach (``gc.freeze``) before it
comes back: a parse makes no cycles, and frozen objects are still freed by reference
counting when the next snapshot replaces them.  Parses may run in two threads at once:
the collector comes back when the last one ends, and only if it was on before.

A garbage cycle made elsewhere and still uncollected at that moment would be frozen too
(kept until :func:`thaw`); :func:`thaw` puts everything frozen back under the collector,
for a caller with time to spare (an idle moment, or a closed window)."""

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
                gc.freeze()
                gc.enable()


def thaw() -> None:
    """Put what parses froze back under the cycle collector (its next full run sees it)."""
    gc.unfreeze()
