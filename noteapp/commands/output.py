"""What the export, import, publish and pull commands share: messages and safe writing."""

from __future__ import annotations

import sys
from pathlib import Path

from noteapp.core.errors import PublishError


def fail(message: str, status: int = 1) -> int:
    print(f"noteapp: {message}", file=sys.stderr)
    return status


def fail_os(exc: OSError, path: Path | str | None, outcome: str = "nothing was written") -> int:
    """A failed read or write, as ``noteapp: <file>: <what happened> — <what to do>``."""
    from noteapp.core.errors import describe_os_error

    return fail(describe_os_error(exc, path, outcome), 2)


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def write_output(out: Path, data: bytes, *, force: bool, source: Path | None = None) -> None:
    """Write ``data`` to ``out`` atomically; an existing file only with ``force``."""
    from noteapp.storage.atomic import atomic_write

    if out.exists() and not force:
        same = source is not None and out.resolve() == source.resolve()
        what = "is the note itself" if same else "exists"
        raise PublishError(f"{out} {what}; nothing was written (use --force to replace it).")
    if out.is_dir():
        raise PublishError(f"{out} is a folder; give a file name.")
    atomic_write(out, data)


def print_text(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()
