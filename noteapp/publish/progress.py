"""Cancel flags and progress lines shared by every long publishing step."""

from __future__ import annotations

import threading
from collections.abc import Callable

from noteapp.core.errors import PublishError

Progress = Callable[[str], None]


class Cancelled(PublishError):
    """The user cancelled; whatever was done before is reported, nothing is half-done.
    ``maybe_sent``: a request was on its way and may have been carried out."""

    def __init__(self, message: str = "Cancelled.", *, maybe_sent: bool = False) -> None:
        super().__init__(message)
        self.maybe_sent = maybe_sent


def check(cancel: threading.Event | None) -> None:
    """Raise :class:`Cancelled` if ``cancel`` is set."""
    if cancel is not None and cancel.is_set():
        raise Cancelled("Cancelled.")


def report(progress: Progress | None, message: str) -> None:
    if progress is not None:
        progress(message)


def pause(seconds: float, cancel: threading.Event | None) -> None:
    """Sleep ``seconds``, waking at once (and raising :class:`Cancelled`) on cancel."""
    if seconds <= 0:
        check(cancel)
        return
    if cancel is None:
        threading.Event().wait(seconds)
    elif cancel.wait(seconds):
        raise Cancelled("Cancelled.")
