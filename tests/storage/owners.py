"""Owner records of real processes: one that has exited, one that is running."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
from collections.abc import Iterator

from noteapp.storage.locks import Owner, process_token


def exited_owner() -> Owner:
    """The owner record of a process that has exited (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    token = process_token(child.pid)
    child.wait()
    return Owner(child.pid, socket.gethostname(), token, 1.0)


@contextlib.contextmanager
def running_owner() -> Iterator[Owner]:
    """The owner record of another process, running until the block ends."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        yield Owner(child.pid, socket.gethostname(), process_token(child.pid), 1.0)
    finally:
        child.kill()
        child.wait()
