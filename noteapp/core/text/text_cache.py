"""A small bounded cache that worker threads can share: what a reader found in a
piece of text, kept by that text so a reparse after a keystroke reuses it."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Generic, Protocol, TypeVar

from noteapp.core.text.stopping import check

#: Entries of a cache kept by a piece of a note (the text between two headings, or a
#: section): every piece of a ~150,000-line note.  A parse visits the pieces in order,
#: so a least-recently-used cache smaller than the note's pieces misses every one of
#: them (at 2,048 a 50,000-line note's re-parse after a keystroke was as slow as its
#: first).  The stale versions typing leaves are evicted first.
PIECES = 16384
#: Entries of a cache kept by one line or label (a note has more of those).
LINES = 65536
#: Characters of text a cache may hold in its keys: a note of 100,000 lines and its
#: pieces, but not a thousand versions of a long section typing leaves behind.
CHARACTERS = 8_000_000

#: Parses an entry may go unused before :func:`sweep` drops it: typing leaves a version of
#: the piece being typed in at every pause, which no later parse asks for again; without
#: this, a 5,000-line note's caches grew ~55 MiB over an hour of typing (bench.memory_hour)
#: before the character bound was reached.  A few parses' worth: two windows, or a parse
#: stopped and begun again, keep what they share.
KEEP_PARSES = 4

_T = TypeVar("_T")
_epoch = 0  # parses begun (read unlocked: a stale read only keeps an entry one parse longer)
_caches: list[TextCache] = []


def _weight(key: Any) -> int:
    if isinstance(key, str):
        return len(key)
    if isinstance(key, tuple):
        return sum(len(k) for k in key if isinstance(k, str))
    return 0


class TextCache:
    """A dict of at most ``size`` entries (the least recently used goes first), behind a lock:
    parses run in the editor's thread and in worker threads."""

    def __init__(self, size: int, characters: int = CHARACTERS) -> None:
        self.size = size
        self.characters = characters
        # ordered by last use; an OrderedDict evicts in O(1) (a dict's oldest key, after
        # many moves, is found past the deleted slots before it: quadratic eviction)
        self._data: OrderedDict[Any, Any] = OrderedDict()
        self._held = 0  # characters of text in the keys
        self._lock = threading.Lock()
        self._used: dict[Any, int] = {}  # key -> the parse (epoch) that last used it
        _caches.append(self)

    def get(self, key: Any) -> Any:
        check()  # a stale parse stops here (noteapp.core.text.stopping)
        with self._lock:
            value = self._data.get(key)
            if value is not None:
                self._data.move_to_end(key)  # now the most recently used
                self._used[key] = _epoch
            return value

    def get_many(self, keys: Sequence[Any]) -> list[Any]:
        """``[self.get(k) for k in keys]`` (None for a key not kept), under one lock."""
        check()
        found: list[Any] = []
        with self._lock:
            data, used, epoch = self._data, self._used, _epoch
            for key in keys:
                value = data.get(key)
                if value is not None:
                    data.move_to_end(key)
                    used[key] = epoch
                found.append(value)
        return found

    def put(self, key: Any, value: Any) -> None:
        weight = len(key) if type(key) is str else _weight(key)
        with self._lock:
            data = self._data
            if key in data:
                self._held -= weight
                del data[key]
            while data and (len(data) >= self.size or self._held + weight > self.characters):
                old, _value = data.popitem(last=False)
                self._held -= _weight(old)
                self._used.pop(old, None)
            data[key] = value
            self._held += weight
            self._used[key] = _epoch

    def drop_unused(self, before: int) -> None:
        """Drop the entries no parse since ``before`` used (the least recently used are
        first in order, so this stops at the first entry still in use)."""
        with self._lock:
            data, used = self._data, self._used
            while data:
                old = next(iter(data))
                if used.get(old, before) >= before:
                    break
                del data[old]
                used.pop(old, None)
                self._held -= _weight(old)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
            self._used.clear()
            self._held = 0


def begin_parse() -> None:
    """A parse begins: what it uses is marked with a new epoch."""
    global _epoch
    _epoch += 1


def sweep() -> None:
    """A parse ended: drop what the last :data:`KEEP_PARSES` parses did not use."""
    before = _epoch - KEEP_PARSES + 1
    for cache in _caches:
        cache.drop_unused(before)


def clear_caches() -> None:
    """Empty every cache: the next parse reads the note as if never seen (tests compare
    a re-parse that reuses what it can with one that reuses nothing)."""
    for cache in _caches:
        cache.clear()


class _Cut(Protocol):
    """A text cut into pieces (an Outline)."""

    @property
    def pieces(self) -> list[tuple[int, int]]: ...

    @property
    def piece_texts(self) -> list[str]: ...


class PieceReader(Generic[_T]):
    """``read(piece)`` kept by the piece's text in a :class:`TextCache` of
    :data:`PIECES` entries (and :data:`CHARACTERS`: a note without headings is one
    piece, and each pause in typing leaves a version of it); ``read`` never returns None."""

    def __init__(self, read: Callable[[str], _T]) -> None:
        self.__wrapped__ = read
        self.__doc__ = read.__doc__
        self._cache = TextCache(PIECES)
        self.cache_clear = self._cache.clear

    def __call__(self, piece: str) -> _T:
        hit = self._cache.get(piece)
        if hit is None:
            hit = self.__wrapped__(piece)
            self._cache.put(piece, hit)
        return hit

    def many(self, pieces: Sequence[str]) -> list[_T]:
        """``[self(p) for p in pieces]``, the kept ones found under one lock: a note of
        50,000 lines has thousands of pieces, and a re-parse after a keystroke finds all
        but one of them kept."""
        found = self._cache.get_many(pieces)
        read, put = self.__wrapped__, self._cache.put
        for k, hit in enumerate(found):
            if hit is None:  # not kept (a first parse: most): read, without a second look-up
                check()  # a stale parse stops between pieces
                found[k] = hit = read(pieces[k])
                put(pieces[k], hit)
        return found

    def along(self, outline: _Cut) -> Iterator[tuple[int, _T]]:
        """(start, what was read there) of each piece of ``outline``
        (:attr:`noteapp.core.text.outline.Outline.pieces`)."""
        return zip((a for a, _b in outline.pieces), self.many(outline.piece_texts), strict=True)


def piece_cache(read: Callable[[str], _T]) -> PieceReader[_T]:
    """``read`` as a :class:`PieceReader`."""
    return PieceReader(read)
