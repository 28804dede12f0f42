"""What ``noteapp search``, ``actions`` and ``people`` share: the workspace option, an
up-to-date index (with progress on a terminal) and the series names."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from noteapp.storage.archive import Workspace


class ArchiveError(Exception):
    pass


def add_workspace_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--workspace",
        type=Path,
        metavar="DIR",
        help="the folder to look through (default: $NOTEAPP_WORKSPACE or the user's "
        "workspace); any folder or git work tree of notes",
    )
    parser.add_argument(
        "--series",
        metavar="NAME",
        help="only this series: its folder in the workspace (year folders belong to their "
        "parent), or that folder's name",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")


def day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def open_workspace(args: argparse.Namespace) -> Workspace:
    """The index of the chosen folder, updated now (progress on stderr if a terminal)."""
    from noteapp.storage.archive import Workspace

    root = args.workspace
    if root is None:
        from noteapp.storage.workspace import default_workspace

        root = default_workspace()
    if not root.is_dir():
        raise ArchiveError(f"{root}: no such folder (give one with --workspace DIR)")
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show and (done % 50 == 0 or done == total):
            print(f"\rindexing {root}: {done}/{total} notes", end="", file=sys.stderr)

    workspace = Workspace.open(root, update=False)
    report = workspace.update(progress=progress)
    if show and report.touched:
        print(file=sys.stderr)
    return workspace


def series_name(workspace: Workspace, name: str | None) -> str | None:
    """The series key for ``--series NAME``: the key itself, or its last folder name
    when that is unique."""
    if name is None:
        return None
    known = [s.series for s in workspace.series()]
    wanted = name.strip("/")
    if wanted in known:
        return wanted
    tails = [k for k in known if k.rsplit("/", 1)[-1] == wanted]
    if len(tails) == 1:
        return tails[0]
    choices = ", ".join(known) or "none indexed"
    if tails:
        raise ArchiveError(f"--series {name!r} is ambiguous: {', '.join(tails)}")
    raise ArchiveError(f"no series {name!r} in {workspace.root}; series: {choices}")
