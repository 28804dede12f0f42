"""Which files under a folder are notes, with the size and time that say "changed?".

Hidden folders (``.git``, ``.noteapp``) and build output (``_site``,
``node_modules``) are skipped; notes are Markdown and text files, and files without
a suffix whose name is a date (``2022-10-07``).
"""

from __future__ import annotations

import os
import stat as _stat
from pathlib import Path, PurePosixPath
from typing import NamedTuple

from noteapp.core.meeting.when import date_from_path
from noteapp.core.text.check import NOTE_SUFFIXES

SKIP_FOLDERS = {"_site", "node_modules", "__pycache__", "_build", "site-packages"}


class Stamp(NamedTuple):
    size: int
    mtime_ns: int


def is_note_name(name: str) -> bool:
    suffix = PurePosixPath(name).suffix.lower()
    if suffix:
        return suffix in NOTE_SUFFIXES
    return date_from_path(Path(name)) is not None


def scan(root: Path) -> dict[str, Stamp]:
    """Every note under ``root`` by its relative POSIX path."""
    found: dict[str, Stamp] = {}
    base = str(root)
    for folder, dirs, files in os.walk(base):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIP_FOLDERS)
        rel_folder = os.path.relpath(folder, base)
        prefix = "" if rel_folder == "." else rel_folder.replace(os.sep, "/") + "/"
        for name in files:
            if name.startswith(".") or not is_note_name(name):
                continue
            stamp = stat(os.path.join(folder, name))
            if stamp is not None:
                found[prefix + name] = stamp
    return found


def stat(path: str | os.PathLike[str]) -> Stamp | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    if not _stat.S_ISREG(info.st_mode):
        return None
    return Stamp(info.st_size, info.st_mtime_ns)


def folders(root: Path) -> list[Path]:
    """``root`` and the folders under it that :func:`scan` looks into (for a watcher)."""
    out = [root]
    for folder, dirs, _files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIP_FOLDERS)
        out.extend(Path(folder) / d for d in dirs)
    return out
