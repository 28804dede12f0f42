"""A small bounded cache that worker threads can share: what a reader found in a
piece of text, kept by that text so a reparse after a keystroke reuses it."""

from __future__ import annotations

import threading
from typing import Any

#: Entries of a cache kept by a piece of a note (the text between two headings, or a
#: section): every piece of a ~150,000-line note.  A parse visits the pieces in order,
#: so a least-recently-used cache smaller than the note's pieces misses every one of
#: them (at 2,048 a 50,000-line note's re-parse after a keystroke was as slow as its
#: first).  The stale versions typing leaves are evicted first.
PIECES = 16384
#: Entries of a cache kept by one line or label (a note has more of those).
LINES = 65536


class TextCache:
    """A dict of at most ``size`` entries (the least recently used goes first), behind a lock:
    parses run in the editor's thread and in worker threads."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: dict[Any, Any] = {}
        self._lock = threading.Lock()

    def get(self, key: Any) -> Any:
        with self._lock:
            data = self._data
            value = data.pop(key, None)
            if value is not None:
                data[key] = value  # now the most recently used
            return value

    def put(self, key: Any, value: Any) -> None:
        with self._lock:
            if len(self._data) >= self.size:
                self._data.pop(next(iter(self._data)), None)
            self._data[key] = value

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
