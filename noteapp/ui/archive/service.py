"""The index of one folder, kept up to date in a background thread.

One :class:`ArchiveService` per indexed folder and process, shared by its windows.
Its writer thread owns the one writing connection and runs every update (the first
full check, what the file watcher or a save reports); parsing many notes happens in
worker processes (see :mod:`noteapp.storage.archive.indexer`).  The panels' questions
(:meth:`ask`: the tracker of every series takes most of a second over 5,000 notes) run
in a third thread on its own connection, and their answers come back to the UI thread;
quick lookups (the open note's series) go through :meth:`reader`.  WAL lets both read
while the writer writes.

Changes are noticed by a :class:`QFileSystemWatcher` on the folders (files added,
removed, renamed over: git, atomic saves), by noteapp's own saves, and by a cheap
stat check when a window comes back to the front (an edit made elsewhere in place).
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal

from noteapp.storage.archive import Workspace, db
from noteapp.storage.archive.indexer import UpdateReport
from noteapp.storage.archive.scan import folders
from noteapp.ui.gil_share import quick_handoff
from noteapp.ui.typing_pause import wait_for_pause

SETTLE_MS = 400  # a git checkout touches many folders: one update after it settles
_STOP = object()
_FULL = None
_services: dict[Path, ArchiveService] = {}


class ArchiveService(QObject):
    #: Notes parsed so far, notes to parse (emitted from the writer thread, received here).
    progressed = Signal(int, int)
    #: An update finished: its UpdateReport.
    updated = Signal(object)
    #: An update failed: the message.
    failed = Signal(str)
    _watch = Signal(object)  # folders to watch, found by the writer thread
    _answered = Signal(object)  # a question's answer, to hand over on the UI thread

    def __init__(self, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self.ready = False  # a first update has finished
        self.busy = False
        self.error: str | None = None  # the last update's failure, until one succeeds
        self.last_report: UpdateReport | None = None
        self._jobs: queue.Queue[object] = queue.Queue()
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self._reader: Workspace | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _path: self._settle.start())
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check)
        self._watch.connect(self._add_folders)
        self._answered.connect(self._deliver)
        self._questions: queue.Queue[Question | object] = queue.Queue()
        self._asker: threading.Thread | None = None
        self.updated.connect(self._finished)
        # Called by the writer thread between small steps of an update: it blocks while
        # the user types (the update's Python would make each keystroke wait for the GIL).
        self.pace: Callable[[], None] = wait_for_pause

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name=f"index {self.root}", daemon=True)
        self._thread.start()
        self.check()

    def check(self) -> None:
        """Compare every note's stamp with the index (and re-read what changed)."""
        self._jobs.put(_FULL)

    def note_changed(self, path: Path) -> None:
        """``path`` was written (by this window): index it now."""
        rel = self.relative(path)
        if rel is not None:
            self._jobs.put([rel])

    def relative(self, path: Path) -> str | None:
        try:
            return Path(os.path.abspath(path)).relative_to(self.root).as_posix()
        except ValueError:
            return None

    def reader(self) -> Workspace:
        """The UI thread's connection to the index."""
        if self._reader is None:
            from noteapp.storage.archive import db

            # No schema work here: that would wait for the writer's lock; reads never do.
            conn = db.connect(db.index_path(self.root), create=False)
            self._reader = Workspace(self.root, conn)
        return self._reader

    def ask(self, question: Question) -> None:
        """Answer ``question`` in the background (see :class:`Question`)."""
        if self._asker is None:
            self._asker = threading.Thread(
                target=self._answer, name=f"index questions {self.root}", daemon=True
            )
            self._asker.start()
        self._questions.put(question)

    def stop(self) -> None:
        self._cancel.set()
        self._jobs.put(_STOP)
        self._questions.put(_STOP)
        for thread in (self._thread, self._asker):
            if thread is not None:
                thread.join(timeout=10)
        self._thread = self._asker = None
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """For tests and scripts: block until the queued updates are done."""
        done = threading.Event()
        self._jobs.put(done)
        return done.wait(timeout)

    # -- the writer thread ------------------------------------------------------------------

    def _run(self) -> None:
        try:
            workspace = Workspace.open(self.root, update=False)
        except Exception as exc:  # an unwritable cache folder: say so, the notes are fine
            self._fail(f"cannot open the index in the cache folder: {exc}")
            return
        try:
            while True:
                job = self._jobs.get()
                if job is _STOP:
                    return
                if isinstance(job, threading.Event):
                    job.set()
                    continue
                full, paths = job is _FULL, set(job or ())  # type: ignore[call-overload]
                while not self._jobs.empty():  # what piled up meanwhile, in one go
                    more = self._jobs.queue[0]
                    if more is _STOP or isinstance(more, threading.Event):
                        break
                    self._jobs.get()
                    full = full or more is _FULL
                    paths |= set(more or ())  # type: ignore[call-overload]
                self.busy = True
                try:
                    with quick_handoff():  # the editor's thread gets the GIL back soon
                        report = workspace.update(
                            None if full else sorted(paths),
                            progress=self._progress,
                            cancel=self._cancel,
                            pace=self.pace,
                        )
                except Exception as exc:  # reported in the window; the next update retries
                    self.busy = False
                    self._fail(f"{type(exc).__name__}: {exc}")
                    continue
                self.busy = False
                self.error = None
                if full:
                    self._watch.emit(folders(self.root))
                self.updated.emit(report)
        finally:
            workspace.close()

    def _answer(self) -> None:
        workspace: Workspace | None = None
        try:
            while True:
                question = self._questions.get()
                if question is _STOP:
                    return
                assert isinstance(question, Question)
                if not question.wanted():  # asked again since: only the last one counts
                    continue
                try:
                    if workspace is None:
                        conn = db.connect(db.index_path(self.root), create=False)
                        workspace = Workspace(self.root, conn)
                    answer = question.ask(workspace)
                except Exception as exc:  # told to the panel; the next question retries
                    if workspace is not None:
                        workspace.close()
                        workspace = None
                    failed = f"{type(exc).__name__}: {exc}"
                    self._answered.emit(lambda q=question, m=failed: q.deliver_failure(m))
                    continue
                self._answered.emit(lambda q=question, a=answer: q.deliver(a))
        finally:
            if workspace is not None:
                workspace.close()

    def _fail(self, message: str) -> None:
        # Kept as well as sent: a window that connects later (or just after the thread
        # failed, before its connection existed) still learns of it.
        self.error = message
        self.failed.emit(message)

    def _progress(self, done: int, total: int) -> None:
        if done == total or done % 25 == 0:
            self.progressed.emit(done, total)

    # -- back on the UI thread --------------------------------------------------------------

    def _add_folders(self, found: list[Path]) -> None:
        watched = set(self._watcher.directories())
        new = [str(f) for f in found if str(f) not in watched]
        if new:
            self._watcher.addPaths(new)

    def _deliver(self, deliver: Callable[[], None]) -> None:
        deliver()

    def _finished(self, report: UpdateReport) -> None:
        self.ready = True
        self.last_report = report


class Question:
    """``ask(workspace)`` run on the question thread; ``then(answer)`` (or ``failed(message)``)
    back on the UI thread, but only while ``wanted()``: a panel asked again meanwhile
    skips the answers it no longer needs."""

    def __init__(
        self,
        ask: Callable[[Workspace], Any],
        then: Callable[[Any], None],
        failed: Callable[[str], None],
        wanted: Callable[[], bool],
    ) -> None:
        self.ask = ask
        self.then = then
        self.failed = failed
        self.wanted = wanted

    def deliver(self, answer: Any) -> None:
        if self.wanted():
            self.then(answer)

    def deliver_failure(self, message: str) -> None:
        if self.wanted():
            self.failed(message)


def service_for(root: Path) -> ArchiveService:
    """The running service of ``root`` (started on first use)."""
    root = Path(os.path.abspath(root))
    found = _services.get(root)
    if found is None:
        app = QCoreApplication.instance()
        found = _services[root] = ArchiveService(root, app)
        if app is not None:
            app.aboutToQuit.connect(found.stop)
        found.start()
    return found


def stop_all() -> None:
    """Stop every service (the tests' teardown)."""
    while _services:
        _root, service = _services.popitem()
        service.stop()
        service.deleteLater()
