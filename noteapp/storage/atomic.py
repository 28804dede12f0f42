"""Atomic file replacement: the old file or the new one, never half of either."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def atomic_write(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder.

    The temporary file is fsynced, given the original file's permission bits
    (or the usual ones for a new file) and renamed over the target; a symlink is
    written through, not replaced.  On any error the target is untouched and the
    temporary file is removed.
    """
    target = Path(path)
    if target.is_symlink():
        target = target.resolve()
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    tmp_name = _temporary_copy(target, data, mode)
    try:
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(target.parent)


def write_new_file(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path``, which must not exist (``FileExistsError`` if it does).

    The bytes go to a fsynced temporary file in the same folder, which is then
    hard-linked to the name: the link fails if the name is taken, so two writers
    cannot both win and a crash leaves no half-written note.  Where the file system has
    no hard links, the name is claimed with ``O_EXCL`` and the temporary file renamed
    over that empty claim.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp_name = _temporary_copy(target, data, 0o666 & ~_umask())
    try:
        try:
            os.link(tmp_name, target)
        except FileExistsError:
            raise
        except OSError:  # no hard links here (FAT, some network shares)
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            os.replace(tmp_name, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
    _fsync_dir(target.parent)


def _temporary_copy(target: Path, data: bytes, mode: int) -> str:
    """``data`` in a fsynced temporary file beside ``target`` with ``mode``; its name."""
    import tempfile  # with hashlib below, kept off the start-up path until first needed

    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    return tmp_name


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX only; a no-op where unsupported)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def bytes_digest(data: bytes) -> str:
    """SHA-256 of ``data``, as :func:`file_digest` gives it for a file."""
    import hashlib  # loads OpenSSL: ~3 ms, off the start-up path

    return hashlib.sha256(data).hexdigest()


def file_digest(path: str | os.PathLike[str] | None) -> str | None:
    """SHA-256 of a file's bytes; None if there is no such file or it cannot be read."""
    if path is None:
        return None
    try:
        return bytes_digest(Path(path).read_bytes())
    except OSError:
        return None
