"""Never lose a keystroke: recovery snapshots, the note's lock, autosave, changes on disk.

:func:`install` gives each window one :class:`Safety`:

* **Snapshots** (``noteapp.storage.recovery``): :data:`IDLE_MS` after the last change,
  and at least every :data:`MAX_INTERVAL_MS` while typing goes on, the unsaved text
  is written atomically to the state folder.  A keystroke only restarts timers.
  Nothing is written while the document is unmodified; the snapshot is deleted once
  the text is saved, or discarded on purpose (closing, opening another note).  A
  failed write (disk full) is reported once in the status bar and retried every
  :data:`RETRY_MS`; the text in the window is never touched.
* **Lock** (``noteapp.storage.locks``, which explains the choice): a note open in
  another live noteapp opens read-only, and the user may edit anyway.
* **Autosave** (File ▸ Autosave, off by default): :data:`AUTOSAVE_IDLE_MS` after the
  last change the window's own ``save()`` runs, unless the file changed on disk
  (then autosave waits for the user's Save, which asks).
* **Changes on disk**: :class:`noteapp.ui.disk_watch.DiskWatch`.

After a crash, :func:`after_start` (called by ``noteapp.ui.app.run``) offers the
orphaned snapshots back through :class:`StartupRecovery`.
"""

from __future__ import annotations

import contextlib
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from noteapp.storage.locks import FileLock, LockState, Owner
from noteapp.ui.disk_watch import DiskWatch

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QAction

    from noteapp.storage.recovery import RecoveryStore, Snapshot
    from noteapp.ui.main_window import MainWindow
    from noteapp.ui.recovery_dialog import RecoveryChoice

IDLE_MS = 2_000
MAX_INTERVAL_MS = 30_000
RETRY_MS = 5_000
AUTOSAVE_IDLE_MS = 5_000
# Set on the windows of a ``--quit-after-load`` run: nothing may wait for the user there.
BATCH_PROPERTY = "noteapp_batch"


def install(window: MainWindow) -> None:
    Safety(window)


def safety_of(window: MainWindow) -> Safety | None:
    return window.findChild(Safety, "safety")


def _timer(parent: QObject, slot: Callable[[], object]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.timeout.connect(slot)
    return timer


def _since(owner: Owner) -> str:
    return time.strftime("%H:%M", time.localtime(owner.started)) if owner.started else "?"


class Safety(QObject):
    """Snapshots, lock and autosave of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("safety")
        self.window = window
        self._store: RecoveryStore | None = None
        self._key: str | None = None  # this document's snapshot name, made on first use
        self.lock: FileLock | None = None
        self.failing = False  # the last snapshot write failed (said once, retried)
        self._written: str | None = None  # the text in the snapshot file
        self._read_only = False  # we made the editor read-only (lock held elsewhere)
        self._autosave_failed = False  # until the next successful save: no error after error
        self._idle = _timer(self, self.snapshot_soon)
        self._guard = _timer(self, self.snapshot_soon)
        self._writing = threading.Lock()  # one snapshot write at a time, in order
        self._in_flight = False  # a worker is writing a snapshot
        self._forgotten = 0  # counts _forget(): a worker's write from before it is stale
        self._autosave = _timer(self, self.autosave_now)
        self.disk_watch = DiskWatch(window)

        doc = window.editor.document()
        doc.contentsChanged.connect(self._changed)
        doc.modificationChanged.connect(lambda modified: modified and self._changed())
        window.documentLoaded.connect(self._loaded)
        window.documentSaved.connect(self._saved)
        window.documentClosing.connect(self._closing)
        self.autosave_action = window.add_command(
            "autosave", self._toggle_autosave, checkable=True, menu=False
        )
        self.autosave_action.setChecked(window.settings.autosave)
        _insert_before_quit(window, self.autosave_action)

    # -- snapshots ------------------------------------------------------------------------

    # ``noteapp.storage.recovery`` is imported on the first snapshot, not at start-up.
    @property
    def store(self) -> RecoveryStore:
        if self._store is None:
            from noteapp.storage.recovery import RecoveryStore

            self._store = RecoveryStore()
        return self._store

    @property
    def key(self) -> str:
        if self._key is None:
            from noteapp.storage.recovery import new_key

            self._key = new_key(self.window.path)
        return self._key

    def _changed(self) -> None:
        """On every keystroke: restart timers, nothing more."""
        self._idle.start(IDLE_MS)
        if not self._guard.isActive():
            self._guard.start(MAX_INTERVAL_MS)
        if self.window.settings.autosave:
            self._autosave.start(AUTOSAVE_IDLE_MS)

    def snapshot_now(self) -> bool:
        """Write the snapshot if there are unsaved changes; True when the text is on disk
        (in the note or in the snapshot)."""
        self._idle.stop()
        self._guard.stop()
        window = self.window
        if not window.is_modified():
            self._forget()  # undone back to the saved text: nothing to keep
            return True
        text = window.document.text()
        if text == self._written:
            return True
        from noteapp.storage.recovery import Snapshot

        snapshot = Snapshot.of(self.key, window.source, text, window.disk_digest)
        try:
            with self._writing:  # after a worker's older snapshot, never before it
                self.store.write(snapshot)
        except OSError as exc:
            return self._written_or_not(text, exc)
        return self._written_or_not(text, None)

    def snapshot_soon(self) -> None:
        """The timers' snapshot: a long note's is encoded and written in a worker thread
        (tens of ms at 50,000 lines); the result comes back here."""
        from noteapp.ui.document import BACKGROUND_CHARACTERS

        window = self.window
        text = window.document.text() if window.is_modified() else ""
        if len(text) < BACKGROUND_CHARACTERS or self._in_flight:
            if self._in_flight:
                self._idle.start(IDLE_MS)  # after the write under way
                return
            self.snapshot_now()
            return
        self._idle.stop()
        self._guard.stop()
        if text == self._written:
            return
        from noteapp.storage.recovery import Snapshot

        snapshot = Snapshot.of(self.key, window.source, text, window.disk_digest)
        store, done = self.store, _Done()
        forgotten = self._forgotten
        done.finished.connect(lambda error: self._background_written(snapshot, forgotten, error))

        def write() -> None:
            error = None
            try:
                with self._writing:
                    store.write(snapshot)
            except OSError as exc:
                error = exc
            done.finished.emit(error)

        self._in_flight = True
        self._done = done  # held until it reports
        threading.Thread(target=write, name="noteapp-snapshot", daemon=True).start()

    def _background_written(
        self, snapshot: Snapshot, forgotten: int, error: OSError | None
    ) -> None:
        self._in_flight = False
        if forgotten == self._forgotten:
            self._written_or_not(snapshot.text, error)
        elif self._written is None:  # saved or discarded while it was written: not needed
            with contextlib.suppress(OSError):
                self.store.remove(snapshot.key)

    def _written_or_not(self, text: str, exc: OSError | None) -> bool:
        window = self.window
        if exc is not None:
            if not self.failing:
                window.statusBar().showMessage(
                    f"Could not write the recovery copy ({exc.strerror or exc}); retrying. "
                    "Your text is still here: save it when you can.",
                    15_000,
                )
            self.failing = True
            self._idle.start(RETRY_MS)
            return False
        if self.failing:
            self.failing = False
            window.statusBar().showMessage("Recovery copies are written again.", 5_000)
        self._written = text
        return True

    def _forget(self) -> None:
        """Delete this document's snapshot: its text was saved or discarded on purpose."""
        self._forgotten += 1
        self._idle.stop()
        self._guard.stop()
        self._written = None
        if self._key is None:
            return  # nothing was ever written for this document
        # If this fails it is an orphan: offered at the next start, where Discard removes it.
        with contextlib.suppress(OSError):
            self.store.remove(self._key)

    def _loaded(self, path: Path | None) -> None:
        self._forget()
        self._autosave.stop()
        self._key = None
        self._take_lock(path)

    def _saved(self, path: Path) -> None:
        self._forget()
        self._autosave.stop()
        self._autosave_failed = False
        self._key = None  # Save As: the next snapshot is named for the new path
        self._take_lock(path)  # Save As moves the lock

    def _closing(self) -> None:
        self._forget()
        self._autosave.stop()
        self._release_lock()

    # -- the lock ---------------------------------------------------------------------------

    def _take_lock(self, path: Path | None) -> None:
        if self.lock is not None and path is not None and self.lock.is_for(path):
            return  # reloaded or saved the same note
        self._release_lock()
        if path is None:
            return
        lock = self.lock = FileLock(path)
        try:
            result = lock.acquire()
        except OSError as exc:
            self.window.statusBar().showMessage(f"Could not lock {path.name}: {exc}", 8_000)
            return
        holder = result.holder
        if result.state is LockState.HERE:
            self.window.statusBar().showMessage(
                f"{path.name} is also open in another window: each save checks the other's.",
                10_000,
            )
        elif result.state is LockState.OTHER and holder is not None:
            self._set_read_only(True)  # until the user says otherwise
            QTimer.singleShot(0, self, lambda: self._resolve_lock(lock, holder))

    def _resolve_lock(self, lock: FileLock, holder: Owner) -> None:
        if lock is not self.lock or self.window.property(BATCH_PROPERTY):
            return  # another note was opened meanwhile, or nobody may be asked
        where = f"process {holder.pid} on {holder.hostname}, since {_since(holder)}"
        if self.ask_edit_locked(lock.note, where):
            with contextlib.suppress(OSError):  # unlocked then; the save check still guards
                lock.acquire(force=True)
            self._set_read_only(False)
        else:
            self.window.statusBar().showMessage(
                f"Read-only: {lock.note.name} is open in another noteapp ({where})."
            )

    def _set_read_only(self, on: bool) -> None:
        if on or self._read_only:
            self.window.editor.setReadOnly(on)
            self._read_only = on

    def _release_lock(self) -> None:
        self._set_read_only(False)
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def ask_edit_locked(self, path: Path, where: str) -> bool:
        """The note is open in another live noteapp: True to edit here anyway."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "noteapp",
            f"{path.name} is already open in another noteapp ({where}).",
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setInformativeText(
            "It is open read-only here. Edit Anyway lets both copies change it: each save "
            "still asks before replacing what the other saved."
        )
        read_only = box.addButton("&Read-Only", QMessageBox.ButtonRole.RejectRole)
        edit = box.addButton("&Edit Anyway", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(read_only)
        box.exec()
        return box.clickedButton() is edit

    # -- autosave -----------------------------------------------------------------------

    def _toggle_autosave(self) -> None:
        on = self.autosave_action.isChecked()
        self.window.settings.autosave = on
        self.window.settings_changed()
        if on and self.window.is_modified():
            self._autosave.start(AUTOSAVE_IDLE_MS)

    def autosave_now(self) -> None:
        window = self.window
        path = window.path
        if not (window.settings.autosave and window.is_modified()) or path is None:
            return  # a new note needs a name first: Save As is the user's call
        if window.editor.isReadOnly() or self._autosave_failed:
            return
        if QApplication.activeModalWidget() is not None:
            self._autosave.start(AUTOSAVE_IDLE_MS)  # a question is open: not now
            return
        from noteapp.storage.atomic import file_digest

        if file_digest(path) != window.disk_digest:
            window.statusBar().showMessage(
                f"Autosave paused: {path.name} changed on disk. Save to choose what to keep.",
                10_000,
            )
            return
        if not window.save():  # the window has said why; the snapshot still holds the text
            self._autosave_failed = True
            window.statusBar().showMessage("Autosave paused until the note is saved.", 10_000)


class _Done(QObject):
    """A worker's snapshot write, reported on the GUI thread (no parent: the worker
    holds it while it runs)."""

    finished = Signal(object)


def _insert_before_quit(window: MainWindow, action: QAction) -> None:
    """File ▸ Autosave sits with Save and Save As, above the separator before Quit."""
    menu = window.menu("File")
    actions = menu.actions()
    quit_at = actions.index(window.quit_action) if window.quit_action in actions else len(actions)
    before = actions[quit_at - 1] if quit_at > 0 and actions[quit_at - 1].isSeparator() else None
    menu.insertAction(before or window.quit_action, action)


# -- crash recovery at start-up ---------------------------------------------------------------


def restore_snapshot(window: MainWindow, snapshot: Snapshot, store: RecoveryStore) -> None:
    """Show ``snapshot`` in ``window`` as an unsaved change; Save writes it in the note's
    own encoding and newline style, and still asks if the file changed since it was loaded.

    The orphan is deleted only once the text is safe in this window's own snapshot.
    """
    window.load_source(snapshot.source(), disk_digest=snapshot.disk_sha256)
    window.editor.document().setModified(True)
    when = time.strftime("%H:%M:%S", time.localtime(snapshot.saved_at))
    window.statusBar().showMessage(f"Recovered the unsaved text from {when}: Save keeps it.")
    safety = safety_of(window)
    if safety is not None and safety.snapshot_now():
        store.remove(snapshot.key)


class StartupRecovery:
    """After a crash or kill: offer each orphaned snapshot (Restore, Discard or Later)."""

    def __init__(self, windows: list[MainWindow], store: RecoveryStore | None = None) -> None:
        self.windows = windows  # restored notes that need a new window are appended here
        if store is None:
            from noteapp.storage.recovery import RecoveryStore

            store = RecoveryStore()
        self.store = store

    def ask(self, snapshot: Snapshot) -> RecoveryChoice:
        """The user's choice for one snapshot (tests replace this)."""
        from noteapp.ui.recovery_dialog import ask_recovery

        return ask_recovery(self.windows[-1] if self.windows else None, snapshot)

    def run(self) -> list[MainWindow]:
        """Ask about every orphan; the windows that now show recovered text."""
        orphans = self.store.orphans()  # one folder scan; usually empty
        if not orphans:
            return []
        from noteapp.ui.recovery_dialog import RecoveryChoice

        restored = []
        for snapshot in orphans:
            if snapshot.matches_disk() or (snapshot.path is None and not snapshot.text):
                self.store.remove(snapshot.key)  # nothing that is not already on disk
                continue
            choice = self.ask(snapshot)
            if choice is RecoveryChoice.RESTORE:
                window = self._window_for(snapshot)
                restore_snapshot(window, snapshot, self.store)
                restored.append(window)
            elif choice is RecoveryChoice.DISCARD:
                self.store.remove(snapshot.key)
        return restored

    def _window_for(self, snapshot: Snapshot) -> MainWindow:
        """The window already showing that note, unedited; else a new one."""
        for window in self.windows:
            if snapshot.path and window.path == snapshot.path and not window.is_modified():
                return window
        from noteapp.ui.main_window import MainWindow

        window = MainWindow(self.windows[0].settings if self.windows else None)
        window.show()
        self.windows.append(window)
        return window


def after_start(windows: list[MainWindow], interactive: bool = True) -> None:
    """Called by ``app.run`` once the start windows exist.

    Interactive: right after the first paint, offer what crashed sessions left.
    ``--quit-after-load`` (not interactive): mark the windows so nothing asks.
    """
    if not windows:
        return
    if not interactive:
        for window in windows:
            window.setProperty(BATCH_PROPERTY, True)
        return
    windows[-1].editor.after_next_paint(lambda: StartupRecovery(windows).run())
