"""One lock per open note, so a second noteapp notices that the note is already open.

No Qt here.  A lock is a small JSON file ``<state dir>/locks/<path key>.lock`` naming
its owner: pid, host name, the process's start token and the time it was taken.

What a lock means (and what it does not):

* It is a *warning*, not a guard.  What keeps two editors from overwriting each
  other is the changed-on-disk check at save (the file's digest), which works with
  any other program too.  So a lock never blocks the user; it makes noteapp ask.
* Held by another *live* noteapp: the window opens the note **read-only** and asks
  whether to edit anyway.  Read-only is the safe default for the usual case (the
  note is open in a forgotten window); "edit anyway" takes the lock over, and the
  save check still asks before either copy overwrites the other's saved changes.
* Held by a *dead* process on this host (a crash or a kill) or unreadable: stale,
  taken over without a word.  A lock from another host cannot be checked and counts
  as live.
* Held by another window of this very process: reported as :attr:`LockState.HERE`
  (the caller tells the user; there is no other process to wait for).

Liveness checks the pid *and* the process's start token (Linux: ``/proc``), so a pid
reused by an unrelated program after a crash does not keep a lock (or a recovery
snapshot) alive; a zombie counts as dead.
"""

from __future__ import annotations

import contextlib
import enum
import json
import os
import time
from pathlib import Path
from typing import NamedTuple

import platformdirs

from noteapp.storage.atomic import TEMP_MARK, TEMP_SUFFIX, private_folder, remove_stale_temporaries
from noteapp.storage.processes import pid_alive

SCHEMA = 1


def state_dir() -> Path:
    """``$NOTEAPP_STATE_DIR`` or the platform's per-user state folder for noteapp."""
    override = os.environ.get("NOTEAPP_STATE_DIR")
    if override:
        return Path(override).expanduser()
    return platformdirs.user_state_path("noteapp", appauthor=False)


# What no file name may hold on some platform (and ``%``, the escape), written as ``%XX``.
_ESCAPES = str.maketrans(
    {ch: f"%{ord(ch):02X}" for ch in '%/\\:*?"<>|' + "".join(map(chr, range(32)))}
)
# Room for a recovery snapshot's "-<session>.json" within a 255-byte file name.
MAX_KEY_BYTES = 200


def path_key(path: str | os.PathLike[str]) -> str:
    """A file-name-safe key for a note's absolute path: the path itself, escaped
    (``/home/ann/x.md`` -> ``%2Fhome%2Fann%2Fx.md``), so a lock or snapshot names its note
    and two paths never share a key; a path too long for a file name gets its SHA-256."""
    absolute = os.path.abspath(os.fspath(path))
    key = absolute.translate(_ESCAPES)
    if len(key.encode("utf-8", "surrogatepass")) <= MAX_KEY_BYTES:
        return key
    import hashlib  # rare; loading OpenSSL costs ~3 ms at start-up

    return hashlib.sha256(absolute.encode("utf-8", "surrogatepass")).hexdigest()[:24]


# -- processes -------------------------------------------------------------------------


def process_token(pid: int) -> str | None:
    """What tells this process apart from a later one with the same pid (Linux: its
    start time in clock ticks since boot); ``"zombie"`` for a dead, unreaped process;
    None where the platform does not say."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            stat = handle.read().decode("ascii", "replace")
    except OSError:
        return None
    fields = stat[stat.rfind(")") + 2 :].split()  # the name in (...) may hold spaces
    if not fields:
        return None
    if fields[0] in ("Z", "X"):
        return "zombie"
    return fields[19] if len(fields) > 19 else None


class Owner(NamedTuple):
    """The process holding a lock or having written a recovery snapshot."""

    pid: int
    hostname: str
    token: str | None = None
    started: float = 0.0

    @classmethod
    def current(cls) -> Owner:
        return _CURRENT

    @classmethod
    def from_json(cls, data: object) -> Owner:
        """Raises ValueError for anything that is not an owner record."""
        if not isinstance(data, dict):
            raise ValueError("owner is not an object")
        pid, host, token, started = (data.get(k) for k in ("pid", "hostname", "token", "started"))
        if not isinstance(pid, int) or not isinstance(host, str):
            raise ValueError("owner needs an integer pid and a hostname")
        return cls(
            pid,
            host,
            token if isinstance(token, str) else None,
            float(started) if isinstance(started, int | float) else 0.0,
        )

    def is_me(self) -> bool:
        me = _CURRENT
        return (self.pid, self.hostname, self.token) == (me.pid, me.hostname, me.token)

    def on_this_host(self) -> bool:
        return self.hostname == _CURRENT.hostname

    def alive(self) -> bool:
        """True unless the owner is known to be gone (another host: assumed alive)."""
        if not self.on_this_host():
            return True
        if self.is_me():
            return True
        if not pid_alive(self.pid):
            return False
        now = process_token(self.pid)
        if now == "zombie":
            return False
        return self.token is None or now is None or now == self.token


def _hostname() -> str:
    if hasattr(os, "uname"):
        return os.uname().nodename  # POSIX: no need to import socket (3 ms) at start-up
    import socket

    return socket.gethostname()


_CURRENT = Owner(os.getpid(), _hostname(), process_token(os.getpid()), time.time())


# -- locks -----------------------------------------------------------------------------


class LockState(enum.Enum):
    HELD = "held"  # ours now (it was free, stale, or taken over on purpose)
    HERE = "here"  # another window of this process has it
    OTHER = "other"  # a live (or unverifiable) other process has it


class LockResult(NamedTuple):
    state: LockState
    holder: Owner | None = None  # who has it, for HERE and OTHER


# Lock files held by this process (one entry per window holding one).
_held: set[Path] = set()


class FileLock:
    """The lock of one note's path (not taken until :meth:`acquire`)."""

    def __init__(self, path: str | os.PathLike[str], folder: Path | None = None) -> None:
        self.note = Path(os.path.abspath(os.fspath(path)))
        # Named for the file itself: two windows on one note through a symlink (or
        # ``..``) see the same lock.
        self.file = (folder or locks_dir()) / f"{path_key(os.path.realpath(self.note))}.lock"
        self.held = False

    def is_for(self, path: str | os.PathLike[str]) -> bool:
        return self.note == Path(os.path.abspath(os.fspath(path)))

    def holder(self) -> Owner | None:
        """The owner written in the lock file; None if there is none or it is unreadable."""
        return _lock_owner(self.file)

    def acquire(self, force: bool = False) -> LockResult:
        """Take the lock if it is free or stale (or always, with ``force``).

        Two noteapps opening the same note in the same millisecond could both write
        it; the read-back below catches most of that, and the save check the rest.
        """
        if self.held:
            return LockResult(LockState.HELD)
        holder = self.holder()
        if holder is not None and not force:
            if holder.is_me() and self.file in _held:
                return LockResult(LockState.HERE, holder)
            if not holder.is_me() and holder.alive():
                return LockResult(LockState.OTHER, holder)
        me = Owner.current()
        record = {"schema": SCHEMA, "path": str(self.note), "owner": me._asdict()}
        _replace(self.file, json.dumps(record).encode("utf-8"))
        now = self.holder()
        if now is not None and not now.is_me():  # lost a race to another process
            return LockResult(LockState.OTHER, now)
        self.held = True
        _held.add(self.file)
        return LockResult(LockState.HELD)

    def release(self) -> None:
        """Remove the lock file if it is still ours (another noteapp may have taken it)."""
        if not self.held:
            return
        self.held = False
        _held.discard(self.file)
        holder = self.holder()
        if holder is not None and holder.is_me():
            with contextlib.suppress(OSError):
                self.file.unlink()


def _lock_owner(file: Path) -> Owner | None:
    try:
        data = json.loads(file.read_bytes())
        return Owner.from_json(data.get("owner") if isinstance(data, dict) else None)
    except (OSError, ValueError):
        return None


def locks_dir() -> Path:
    return state_dir() / "locks"


def remove_stale_locks(folder: Path | None = None) -> list[Path]:
    """Remove the lock files (and their temporary files) of processes gone from this
    host, so they do not pile up after kills; the paths removed.  Locks of live
    processes, of other hosts and files not named like ours are left alone."""

    folder = folder or locks_dir()
    removed = remove_stale_temporaries(folder)
    try:
        entries = [e for e in os.scandir(folder) if e.name.endswith(".lock")]
    except OSError:
        return removed
    for entry in entries:
        owner = _lock_owner(Path(entry.path))
        if owner is not None and owner.on_this_host() and not owner.alive():
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def _replace(file: Path, data: bytes) -> None:
    """Atomic for readers (a temporary file renamed over), private (0600 in a 0700
    folder), but not fsynced: a lock lost to a power cut is stale anyway, and start-up
    should not wait for the disk."""

    private_folder(file.parent)
    tmp = file.with_name(f".{file.name}{TEMP_MARK}{os.getpid()}-{os.urandom(3).hex()}{TEMP_SUFFIX}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, file)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
