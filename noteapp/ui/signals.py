"""Signals from the terminal or the session: nothing typed is lost to them.

* SIGINT (Ctrl+C in the terminal) quits like File ▸ Quit: each window asks about its
  unsaved changes, and Cancel keeps it open.
* SIGTERM and SIGHUP (logout, ``kill``, a closed terminal): no time to ask.  Every
  window's journal is flushed (or its snapshot written), its lock released, and the
  process exits with 128 + the signal's number; the next start offers the text back.

Python runs its signal handlers only between bytecodes, never while Qt's event loop
waits in C.  The handler's wake-up byte goes to a pipe watched by a QSocketNotifier,
which turns the loop once in Python: the handler runs at once.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

from noteapp.ui.safety import safety_of

FLUSH_SECONDS = 5.0


def install(app: QApplication) -> Callable[[], None]:
    """Handle SIGINT, SIGTERM and SIGHUP while ``app`` runs (POSIX; SIGINT only elsewhere);
    returns what puts the previous handlers back (``run`` calls it once the loop ends)."""
    numbers = [getattr(signal, n) for n in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, n)]
    previous = {n: signal.getsignal(n) for n in numbers}
    for number in numbers:
        signal.signal(number, _handler)
    undo_wake = _wake_python(app)

    def restore() -> None:
        undo_wake()
        for number, handler in previous.items():
            signal.signal(number, handler)

    return restore


def _handler(number: int, _frame: object) -> None:
    # Runs between two bytecodes of whatever Python code is running: act from the loop.
    if number == signal.SIGINT:
        QTimer.singleShot(0, quit_asking)
    else:
        QTimer.singleShot(0, lambda: keep_and_exit(number))


def _wake_python(app: QApplication) -> Callable[[], None]:
    holder = QObject(app)  # the notifier or timer lives as long as the app, or until undone
    if sys.platform == "win32":  # no wake-up pipe for select(): look every 200 ms
        timer = QTimer(holder, interval=200)
        timer.timeout.connect(lambda: None)
        timer.start()
        return holder.deleteLater
    read_end, write_end = os.pipe()
    os.set_blocking(read_end, False)
    os.set_blocking(write_end, False)
    old_fd = signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
    notifier = QSocketNotifier(read_end, QSocketNotifier.Type.Read, holder)
    notifier.activated.connect(lambda *_: _drain(read_end))

    def undo() -> None:
        signal.set_wakeup_fd(old_fd)
        notifier.setEnabled(False)
        holder.deleteLater()
        for fd in (read_end, write_end):
            with contextlib.suppress(OSError):
                os.close(fd)

    return undo


def _drain(fd: int) -> None:
    with contextlib.suppress(OSError):
        while os.read(fd, 512):
            pass


def _main_windows() -> list:
    # By name: importing the window class here would make a cycle (it installs us).
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window"]


def quit_asking() -> None:
    """What Ctrl+Q does: close every window, each asking about unsaved changes."""
    QApplication.closeAllWindows()


def keep_and_exit(number: int) -> None:
    """Write every window's unsaved text to its snapshot, release its lock, exit."""

    for window in _main_windows():
        safety = safety_of(window)
        if safety is not None:
            safety.preserve(FLUSH_SECONDS)
    QApplication.exit(128 + number)
