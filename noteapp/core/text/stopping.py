"""A parse that can be stopped: its text is stale (typing went on) before it ends.

A worker thread parses a long note after a pause in typing; a keystroke meanwhile makes
that parse's snapshot useless, and, since the parser is pure Python, every moment it
keeps running is a moment the editor's thread waits for the GIL.  ``parse_meeting(...,
stop=event)`` runs the parse with ``event`` as this thread's stop signal; the readers'
piece caches (:mod:`noteapp.core.text.text_cache`, visited every few microseconds of a
parse) and the parse's stages call :func:`check`, which raises :class:`ParseStopped`
once the event is set.  A cache only ever holds complete entries, so a stopped parse
leaves nothing half-made behind.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class ParseStopped(Exception):
    """The parse was asked to stop (its text is no longer the editor's)."""


class _Local(threading.local):
    # a class default: reading it costs a fifth of getattr(local, "event", None), and
    # check() runs at every cache visit of a parse (tens of thousands at 50,000 lines)
    event: threading.Event | None = None


_local = _Local()


@contextmanager
def stoppable(event: threading.Event | None) -> Iterator[None]:
    """Within: :func:`check` in this thread raises once ``event`` is set (None: never)."""
    outer = _local.event
    _local.event = event
    try:
        yield
    finally:
        _local.event = outer


def check() -> None:
    """Raise :class:`ParseStopped` if this thread's parse was asked to stop."""
    event = _local.event
    if event is not None and event.is_set():
        raise ParseStopped
