"""A small bounded cache that worker threads can share: what a reader found in a
piece of text, kept by that text so a reparse after a keystroke reuses it."""

from __future__ import annotations

import threading
from typing import Any


class TextCache:
    """A dict of at most ``size`` entries (the oldest goes first), behind a lock:
    parses run in the editor's thread and in worker threads."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: dict[Any, Any] = {}
        self._lock = threading.Lock()

    def get(self, key: Any) -> Any:
        with self._lock:
            return self._data.get(key)

    def put(self, key: Any, value: Any) -> None:
        with self._lock:
            if len(self._data) >= self.size:
                self._data.pop(next(iter(self._data)), None)
            self._data[key] = value

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
