"""The edit journal: every change to a note's text is on disk moments after the keystroke.

No Qt here.  A recovery snapshot (:mod:`noteapp.storage.recovery`) holds a document's
text at one moment and names its journal, ``<key>~<generation>.journal`` beside it.
Each later edit is appended to the journal as one line and fsynced, in a worker
thread (:class:`JournalWriter`), so typing never waits for the disk and a 50 MB note
is never rewritten for a keystroke.  Reading the snapshot replays the journal
(:func:`replay`); a torn or damaged line (the process died mid-write, the disk lost a
block) ends the replay there: what comes back is an exact earlier state of the text,
and the snapshot says that the tail was dropped.

A line is ``<crc32, 8 hex digits> <JSON [time, position, removed, inserted]>\\n``.
Positions and counts are UTF-16 code units, as Qt's are (the replay works on UTF-16
bytes), so the editor never converts offsets.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import queue
import threading
import time
import zlib
from typing import TYPE_CHECKING, NamedTuple

from noteapp.storage.atomic import _fsync_dir

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from noteapp.core.text.source import SourceText
    from noteapp.storage.recovery import RecoveryStore

SUFFIX = ".journal"
_UTF16 = "utf-16-le"

log = logging.getLogger(__name__)


def journal_name(key: str, generation: str) -> str:
    return f"{key}~{generation}{SUFFIX}"


def units(text: str) -> int:
    """The length of ``text`` in UTF-16 code units (Qt's positions)."""
    return len(text.encode(_UTF16, "surrogatepass")) // 2


def record(position: int, removed: int, inserted: str, when: float | None = None) -> bytes:
    """One journal line."""
    body = json.dumps([when or time.time(), position, removed, inserted]).encode("ascii")
    return b"%08x %s\n" % (zlib.crc32(body), body)


class Replayed(NamedTuple):
    text: str
    edits: int  # records applied
    damaged: bool  # a torn or unreadable record ended the replay (the rest was dropped)
    last: float  # time.time() of the last record applied (0.0: none)


class _GapBuffer:
    """UTF-16 text with a gap at the last edit, so a journal of typing replays in time
    proportional to the edits, not to the note's size times their number."""

    def __init__(self, text: str) -> None:
        self.head = bytearray(text.encode(_UTF16, "surrogatepass"))
        self.tail = bytearray()  # the text after the gap, byte-reversed

    def __len__(self) -> int:
        return (len(self.head) + len(self.tail)) // 2

    def replace(self, position: int, removed: int, inserted: str) -> None:
        gap = len(self.head) // 2
        if position < gap:
            moved = self.head[2 * position :]
            del self.head[2 * position :]
            self.tail += moved[::-1]
        elif position > gap:
            take = 2 * (position - gap)
            moved = self.tail[-take:]
            del self.tail[-take:]
            self.head += moved[::-1]
        if removed:
            del self.tail[-2 * removed :]
        self.head += inserted.encode(_UTF16, "surrogatepass")

    def text(self) -> str:
        return (bytes(self.head) + bytes(self.tail[::-1])).decode(_UTF16, "surrogatepass")


def replay(text: str, journal: bytes) -> Replayed:
    """``text`` with the journal's edits applied, up to the first record that is torn,
    fails its checksum or does not fit the text."""
    buffer, edits, last = _GapBuffer(text), 0, 0.0
    lines = journal.split(b"\n")
    damaged = lines.pop() != b""  # bytes after the last newline: a torn write
    for line in lines:
        entry = _parse(line)
        if entry is None:
            damaged = True
            break
        when, position, removed, inserted = entry
        if position + removed > len(buffer):
            damaged = True
            break
        buffer.replace(position, removed, inserted)
        edits, last = edits + 1, when
    return Replayed(buffer.text() if edits else text, edits, damaged, last)


def _parse(line: bytes) -> tuple[float, int, int, str] | None:
    checksum, _, body = line.partition(b" ")
    try:
        if len(checksum) != 8 or int(checksum, 16) != zlib.crc32(body):
            return None
        when, position, removed, inserted = json.loads(body)
    except ValueError:
        return None
    counts = (position, removed)
    ints = all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in counts)
    if not (ints and isinstance(inserted, str) and isinstance(when, int | float)):
        return None
    return float(when), position, removed, inserted


# -- writing ----------------------------------------------------------------------------


class _Begin(NamedTuple):
    key: str
    generation: str
    source: SourceText
    text: str
    disk_sha256: str | None


class _Prepare(NamedTuple):
    text: str


class _Edit(NamedTuple):
    position: int
    removed: int
    inserted: str
    length: int  # the document's length after the edit (a consistency check)
    when: float


class JournalWriter:
    """Writes one window's snapshots and journal in a worker thread, in the order asked.

    The GUI thread only queues: :meth:`begin` (a new snapshot: the text at this moment,
    after which the journal starts empty), :meth:`edit`, :meth:`remove`.  ``report``
    is called from the worker with the OSError of a failed write, and with None when
    writes succeed again after a failure; ``resync`` when an edit does not fit the text
    as journaled (the caller then begins again from the full text).  Both must be
    thread-safe (a queued Qt signal is).
    """

    def __init__(
        self,
        store: RecoveryStore,
        report: Callable[[OSError | None], None],
        resync: Callable[[], None],
    ) -> None:
        self.store = store
        self._report, self._resync = report, resync
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        # Worker-side state
        self._fd: int | None = None
        self._key: str | None = None
        self._length = 0
        self._failed = False  # the last write failed: edits are dropped until a begin
        self._stale = False  # an edit did not fit: edits are dropped until a begin
        self._prepared: tuple[str, int] | None = None  # (text, units(text)) made ahead
        self.journal_bytes = 0  # size of the current journal (read by the GUI: a hint)
        self.ok = True  # the last write succeeded and every edit since then is on disk

    # -- the GUI thread's side ----------------------------------------------------------

    def begin(self, key: str, source: SourceText, text: str, disk_sha256: str | None) -> None:
        self._put(_Begin(key, os.urandom(4).hex(), source, text, disk_sha256))

    def prepare(self, text: str) -> None:
        """Encode ``text`` now for a :meth:`begin` of it that may come (the unmodified
        text: a note's first snapshot is begun by its first edit, with typing)."""
        self._put(_Prepare(text))

    def edit(self, position: int, removed: int, inserted: str, length: int) -> None:
        self._put(_Edit(position, removed, inserted, length, time.time()))

    def remove(self, key: str) -> None:
        self._put(("remove", key))

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything queued is written; True when it all reached the disk."""
        if self._thread is None:
            return self.ok
        done = threading.Event()
        self._put(done)
        return done.wait(timeout) and self.ok

    def stop(self) -> None:
        """Finish what is queued, then end the worker (it is a daemon: exit never waits)."""
        if self._thread is not None:
            self._put(None)
            self._thread = None

    def _put(self, item: object) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="noteapp-journal", daemon=True)
            self._thread.start()
        self._queue.put(item)

    # -- the worker ------------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            batch = [self._queue.get()]
            with contextlib.suppress(queue.Empty):
                while len(batch) < 10_000:
                    batch.append(self._queue.get_nowait())
            lines: list[bytes] = []
            for item in batch:
                if isinstance(item, _Edit):
                    line = self._line(item)
                    if line:
                        lines.append(line)
                    continue
                self._append(lines)
                lines = []
                if item is None:
                    self._close()
                    return
                if isinstance(item, threading.Event):
                    item.set()
                elif isinstance(item, _Begin):
                    self._begin(item)
                elif isinstance(item, _Prepare):
                    self.store.prepare(item.text)
                    self._prepared = (item.text, units(item.text))
                elif isinstance(item, tuple):
                    self._remove(item[1])
            self._append(lines)

    def _line(self, edit: _Edit) -> bytes | None:
        if self._fd is None or self._failed or self._stale:
            return None
        removed = min(edit.removed, self._length - edit.position)
        if removed < 0 or self._length - removed + units(edit.inserted) != edit.length:
            log.warning("an edit did not fit the journaled text: writing the whole text again")
            self._stale, self.ok = True, False  # until the resync's begin
            self._tell(self._resync)
            return None
        self._length = edit.length
        return record(edit.position, removed, edit.inserted, edit.when)

    def _append(self, lines: list[bytes]) -> None:
        if not lines or self._fd is None or self._failed or self._stale:
            return
        data = b"".join(lines)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(self._fd, view) :]
            (getattr(os, "fdatasync", None) or os.fsync)(self._fd)
        except OSError as exc:
            self._fail(exc)
            return
        self.journal_bytes += len(data)

    def _begin(self, begin: _Begin) -> None:
        self._close()
        self._key = begin.key
        snapshot = self.store.snapshot_of(
            begin.key, begin.source, begin.text, begin.disk_sha256, journal=begin.generation
        )
        name = self.store.folder / journal_name(begin.key, begin.generation)
        try:
            self.store.write(snapshot)
            self._fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_EXCL, 0o600)
            _fsync_dir(self.store.folder)
        except OSError as exc:
            self._fail(exc)
            return
        self.store.remove_journals(begin.key, keep=name)
        prepared, self._prepared = self._prepared, None
        if prepared is not None and prepared[0] is begin.text:
            self._length = prepared[1]
        else:
            self._length = units(begin.text)
        self.journal_bytes = 0
        was_failing, self._failed, self._stale, self.ok = self._failed, False, False, True
        if was_failing:
            self._tell(self._report, None)

    def _remove(self, key: str) -> None:
        if key == self._key:
            self._close()
            self._key = None
        with contextlib.suppress(OSError):
            self.store.remove(key)

    def _fail(self, exc: OSError) -> None:
        self._close()
        self._failed, self.ok = True, False
        self._tell(self._report, exc)

    @staticmethod
    def _tell(callback: Callable[..., None], *args: object) -> None:
        # A Qt signal of a window already deleted raises RuntimeError: nobody to tell.
        with contextlib.suppress(RuntimeError):
            callback(*args)

    def _close(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None


def journal_files(folder: Path, key: str) -> list[Path]:
    """Every journal of snapshot ``key`` in ``folder``."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    prefix = f"{key}~"
    return [folder / n for n in names if n.startswith(prefix) and n.endswith(SUFFIX)]
