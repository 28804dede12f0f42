"""Which series a note belongs to, read from where it sits, never from a community's name.

Without a series file the folder is the series: notes side by side are one series,
and year folders (``2023/``, ``2024/``) under one parent are that parent's series.  A
note that is a folder's ``index.md`` (one folder per meeting) belongs to the folder
holding those meeting folders.  A series file of the workspace (``series/NAME.toml``
with its ``folder`` and path pattern) claims the notes its pattern matches first.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from typing import NamedTuple

YEAR = re.compile(r"(?:19|20)\d\d")
INDEX_NAMES = ("index", "readme", "_index")


class SeriesRule(NamedTuple):
    """A series file's claim: notes under ``folder`` (relative POSIX, "" for the root)
    whose path below it matches ``pattern`` belong to series ``name``."""

    name: str
    folder: str
    pattern: re.Pattern[str]


def folder_series(rel: str) -> str:
    """The series of a note at ``rel`` (a POSIX path relative to the archive root):
    the folder it sits in, its year folder's parent, or the folder of its meeting
    folders.  ``""`` is the archive root itself."""
    parts = PurePosixPath(rel).parts
    folders = list(parts[:-1])
    if PurePosixPath(parts[-1]).stem.lower() in INDEX_NAMES and folders:
        folders.pop()  # ".../20250114-community/index.md": the meeting's own folder
    if folders and YEAR.fullmatch(folders[-1]):
        folders.pop()
    return "/".join(folders)


def series_of(rel: str, rules: Iterable[SeriesRule] = ()) -> str:
    """The series of the note at ``rel``: the first series file that claims it, else
    its folder's (:func:`folder_series`)."""
    for rule in rules:
        prefix = f"{rule.folder}/" if rule.folder else ""
        if rel.startswith(prefix) and rule.pattern.fullmatch(rel[len(prefix) :]):
            return rule.name
    return folder_series(rel)


def series_title(series: str, root: Path) -> str:
    """A name to show: the series folder's own name (the root's for ``""``)."""
    return PurePosixPath(series).name if series else root.name


def archive_root(note: Path | None, workspace: Path | None) -> Path | None:
    """The folder to index for a window showing ``note``: the workspace when the note is
    in it (or there is no note); else the git work tree holding the note; else the
    note's series folder.  None when there is nothing to index."""
    if note is None:
        return workspace
    note = Path(os.path.abspath(note))
    if workspace is not None and _inside(note, Path(os.path.abspath(workspace))):
        return Path(os.path.abspath(workspace))
    for folder in note.parents:
        if (folder / ".git").exists():
            return folder
    folder = note.parent
    if note.stem.lower() in INDEX_NAMES:
        folder = folder.parent
    if YEAR.fullmatch(folder.name):
        folder = folder.parent
    return folder


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True
