"""Atomic file replacement: the old file or the new one, never half of either."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from noteapp.storage.processes import pid_alive


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


# Temporary files are ``.<name>.noteapp-<pid>-<random>.tmp``: the pid says whose they are,
# so the next start removes those of a killed process (:func:`remove_stale_temporaries`).
TEMP_MARK = ".noteapp-"
TEMP_SUFFIX = ".tmp"


class ReadOnlyFile(PermissionError):
    """The file to replace is read-only (0444): replacing it needs the user's word."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EACCES, "the file is read-only", str(path))
        self.path = path

    def __str__(self) -> str:
        return (
            f"{self.path}: the file is read-only, so it was left unchanged — make it "
            f"writable (chmod u+w) to change it, or write elsewhere."
        )


def is_read_only(path: str | Path) -> bool:
    """True for an existing file without write permission (its owner's bit: root too)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISREG(mode) and (not mode & stat.S_IWUSR or not os.access(path, os.W_OK))


def atomic_write(
    path: str | Path, data: bytes, *, private: bool = False, read_only_too: bool = False
) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder.

    The temporary file is fsynced, given the original file's permission bits
    (or the usual ones for a new file; 0600 with ``private``) and renamed over the
    target; a symlink is written through, not replaced.  On any error the target is
    untouched and the temporary file is removed.  A read-only file raises
    :class:`ReadOnlyFile` (the rename would replace it without a word) unless
    ``read_only_too``: then it is replaced and stays read-only.
    """
    target = Path(path)
    if target.is_symlink():
        target = target.resolve()
    if not read_only_too and is_read_only(target):
        raise ReadOnlyFile(target)
    if private:
        private_folder(target.parent)
        mode = 0o600
    else:
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


def write_private(path: str | Path, data: bytes) -> None:
    """``data`` into ``path`` atomically, mode 0600 in a 0700 folder: what noteapp keeps
    for the user alone (recovery copies, locks, settings, tokens' state)."""
    atomic_write(path, data, private=True)


def private_folder(folder: Path) -> Path:
    """``folder`` (and missing parents) made 0700; one made 0755 by an older noteapp is
    tightened."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # not ours to change (a shared folder): keep going
        if stat.S_IMODE(folder.stat().st_mode) != 0o700:
            os.chmod(folder, 0o700)
    return folder


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

    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{target.name}{TEMP_MARK}{os.getpid()}-", suffix=TEMP_SUFFIX, dir=target.parent
    )
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


def remove_stale_temporaries(folder: str | Path) -> list[Path]:
    """Remove the temporary files a killed noteapp left in ``folder`` (only ours by name,
    only those whose process is gone); the paths removed."""

    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        pid = _temporary_owner(entry.name)
        if pid is None or pid_alive(pid) or not entry.is_file(follow_symlinks=False):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed.append(Path(entry.path))
    return removed


def _temporary_owner(name: str) -> int | None:
    """The pid in a temporary file name of :func:`_temporary_copy`; None if it is not one."""
    if not (name.startswith(".") and name.endswith(TEMP_SUFFIX)) or TEMP_MARK not in name:
        return None
    pid, _, rest = name.rpartition(TEMP_MARK)[2].partition("-")
    return int(pid) if pid.isdigit() and rest else None


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
