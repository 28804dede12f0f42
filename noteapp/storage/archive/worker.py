"""``python -m noteapp.storage.archive.worker``: parses notes for the indexer.

It reads one JSON line per note (``[root, path, old_digest]``) on stdin and answers
each with a length-prefixed pickle of :class:`noteapp.storage.archive.indexer.Parsed`
on stdout, in order.  A plain child process (not :mod:`multiprocessing`), so it never
re-imports the program that started it; it runs at a lower priority (``nice`` 10, below
normal on Windows).  In the PyInstaller bundle the interpreter is the bundle's own
program: it starts as a worker when given
:data:`noteapp.storage.archive.indexer.FROZEN_FLAG` (packaging/noteapp_main.py).
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import sys

from noteapp.storage.archive.indexer import parse_file


def main() -> int:
    if hasattr(os, "nice"):  # background work: the window that waits for it comes first
        with contextlib.suppress(OSError):
            os.nice(10)
    out = sys.stdout.buffer
    try:
        for line in sys.stdin.buffer:
            root, path, digest = json.loads(line)
            data = pickle.dumps(parse_file(root, path, digest), protocol=pickle.HIGHEST_PROTOCOL)
            out.write(len(data).to_bytes(8, "little"))
            out.write(data)
            out.flush()
    except BrokenPipeError:  # the indexer stopped listening (cancelled, or its app quit)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no flush error
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
