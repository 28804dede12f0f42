"""Network and git work off the UI thread, with a progress dialog and a Cancel button.

``start_job`` runs ``work(cancel, progress)`` in a worker thread.  ``progress(text)``
may be called from that thread; the dialog shows the latest text.  Cancel sets the
``threading.Event`` the core functions check between requests and while they wait
for a rate limit; the HackMD client also watches it during a request and shuts its
socket down at once (:mod:`noteapp.publish.http_call`), so the UI never waits on a
stalled server.  The result, or the exception, comes back on the UI thread.
``quiet=True`` runs the same way without a dialog (the live HackMD bridge's polls),
cancelled through :attr:`Job.cancel`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

# Quick jobs finish before the dialog would flash up.
SHOW_AFTER_MS = 400


class Job(QObject):
    progressed = Signal(str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        title: str,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        quiet: bool = False,
    ) -> None:
        super().__init__(parent)
        self._on_success = on_success
        self._on_failure = on_failure
        self.cancel = threading.Event()
        self.progressed.connect(self._show_progress)
        self.succeeded.connect(self._succeeded)
        self.failed.connect(self._failed)
        self.done = False
        self.dialog: QProgressDialog | None = None
        if quiet:
            return
        self.dialog = QProgressDialog(
            title, QCoreApplication.translate("jobs", "Cancel"), 0, 0, parent
        )
        self.dialog.setObjectName("jobProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel.set)
        # The signals are connected to bound methods of this object (which lives on the
        # UI thread): the worker's emits are queued to the UI thread, never run in it.

    def _show_progress(self, text: str) -> None:
        if self.dialog is not None:
            self.dialog.setLabelText(text)

    def _succeeded(self, result: object) -> None:
        self._close()
        self._on_success(result)

    def _failed(self, exc: BaseException) -> None:
        self._close()
        self._on_failure(exc)

    def _close(self) -> None:
        self.done = True
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel.set)
            self.dialog.close()
            self.dialog.deleteLater()
        self.deleteLater()


def start_job(
    parent: QWidget,
    title: str,
    work: Callable[[threading.Event, Callable[[str], None]], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    *,
    quiet: bool = False,
) -> Job:
    job = Job(parent, title, on_success, on_failure, quiet)

    def run() -> None:  # in the worker thread: only signals cross back
        try:
            result = work(job.cancel, job.progressed.emit)
        except BaseException as exc:  # reported to the user, never lost in the thread
            job.failed.emit(exc)
        else:
            job.succeeded.emit(result)

    threading.Thread(target=run, name=f"job: {title}", daemon=True).start()
    return job
