"""Never lose a keystroke: recovery snapshots, the note's lock, autosave, changes on disk.

:func:`install` gives each window one :class:`Safety`:

* **Snapshots and the journal** (``noteapp.storage.recovery``, ``.journal``): the first
  change after a load or save writes a snapshot of the text as it was (the window
  already holds it: nothing is read from the editor) and every change after it is
  appended to the snapshot's journal, fsynced by a worker thread moments after the
  keystroke.  The GUI thread only reads the inserted characters.  :data:`IDLE_MS`
  after the last change the journal is folded into a new snapshot (for a large note
  only once the journal is big: reading 50 MB out of the editor takes a second).
  Nothing is written while the document is unmodified; the snapshot and journal are
  deleted once the text is saved, or discarded on purpose (closing, opening another
  note).  A failed write (disk full) is reported once in the status bar and retried
  every :data:`RETRY_MS` with the whole text; the text in the window is never touched.
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
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from noteapp.storage.atomic import file_digest, is_read_only, remove_stale_temporaries
from noteapp.storage.locks import FileLock, LockState, Owner, remove_stale_locks, state_dir
from noteapp.storage.settings import config_dir
from noteapp.ui.disk_watch import DiskWatch
from noteapp.ui.prompts import APP_TITLE
from noteapp.ui.textbridge import PARAGRAPH_SEPARATOR, document_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QAction

    from noteapp.storage.journal import JournalWriter
    from noteapp.storage.recovery import RecoveryStore, Snapshot
    from noteapp.ui.recovery_dialog import RecoveryChoice
    from noteapp.ui.window_api import WindowAPI

IDLE_MS = 2_000
RETRY_MS = 5_000
# Above this many characters, a pause folds the journal into a snapshot only once it
# holds more than COMPACT_BYTES (reading the whole text out of the editor costs time).
LARGE_CHARS = 1_000_000
COMPACT_BYTES = 1_000_000
AUTOSAVE_IDLE_MS = 5_000
# Set on the windows of a ``--quit-after-load`` run: nothing may wait for the user there.
BATCH_PROPERTY = "noteapp_batch"


def install(window: WindowAPI) -> None:
    Safety(window)


def safety_of(window: WindowAPI) -> Safety | None:
    return window.findChild(Safety, "safety")


#: After a note is loaded, when the journal's writer is made ready for the first edit.
WARM_UP_MS = 1500
# A note at least this long has its first snapshot encoded before its first edit.
PREPARE_CHARS = 200_000


def _timer(parent: QObject, slot: Callable[[], object]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.timeout.connect(slot)
    return timer


def _since(owner: Owner) -> str:
    return time.strftime("%H:%M", time.localtime(owner.started)) if owner.started else "?"


class Safety(QObject):
    """Snapshots, journal, lock and autosave of one window."""

    # From the journal's worker thread (queued to the GUI thread).
    _write_failed = Signal(object)  # the OSError; None once writes work again
    _resync_needed = Signal()

    def __init__(self, window: WindowAPI) -> None:
        super().__init__(window)
        self.setObjectName("safety")
        self.window = window
        self._store: RecoveryStore | None = None
        self._writer: JournalWriter | None = None
        self._key: str | None = None  # this document's snapshot name, made on first use
        self.lock: FileLock | None = None
        self.failing = False  # the last snapshot write failed (said once, retried)
        self._journaling = False  # a snapshot was begun; each change goes to its journal
        self._edits = 0  # changes journaled since the last snapshot
        self._loading = False  # the window is filling the editor with a note
        # The process is ending (``finish``): Qt's tear-down of the document still reports
        # changes, which must start no write that the exit would cut in half.
        self._ended = False
        # The document's revision at the last change seen: a change that leaves it is
        # the highlighter's (Qt reports re-formatting as a change of the same length).
        self._revision = window.editor.document().revision()
        # Bound now: a window outliving a test (or a changed $NOTEAPP_STATE_DIR) keeps its own.
        self._folder = state_dir() / "recovery"
        self._warm = False  # the journal's writer is made for the note loaded
        self._read_only = False  # we made the editor read-only (lock held elsewhere)
        self._autosave_failed = False  # until the next successful save: no error after error
        self._idle = _timer(self, self._compact)
        self._retry = _timer(self, self.snapshot_now)
        self._autosave = _timer(self, self.autosave_now)
        self.disk_watch = DiskWatch(window)
        self._write_failed.connect(self._on_write_result)
        self._resync_needed.connect(self._resync)

        doc = window.editor.document()
        doc.contentsChange.connect(self._contents_change)
        doc.contentsChanged.connect(self._changed)
        doc.modificationChanged.connect(lambda modified: modified and self._changed())
        window.documentAboutToLoad.connect(self._about_to_load)
        window.documentLoaded.connect(self._loaded)
        window.document.snapshotChanged.connect(self._snapshot_came)
        window.documentSaved.connect(self._saved)
        window.documentClosing.connect(self._closing)
        self.autosave_action = window.add_command(
            "autosave", self._toggle_autosave, checkable=True, menu=False
        )
        self.autosave_action.setChecked(window.settings.autosave)
        _insert_before_quit(window, self.autosave_action)

    # -- snapshots and the journal ----------------------------------------------------------

    # ``noteapp.storage.recovery`` is imported on the first change, not at start-up.
    @property
    def store(self) -> RecoveryStore:
        if self._store is None:
            from noteapp.storage.recovery import RecoveryStore

            self._store = RecoveryStore(self._folder)
        return self._store

    @property
    def writer(self) -> JournalWriter:
        if self._writer is None:
            from noteapp.storage.journal import JournalWriter

            writer = JournalWriter(self.store, self._write_failed.emit, self._resync_needed.emit)
            self.window.destroyed.connect(writer.stop)  # a plain Python object: outlives us
            self._writer = writer
        return self._writer

    @property
    def key(self) -> str:
        if self._key is None:
            from noteapp.storage.recovery import new_key

            self._key = new_key(self.window.path)
        return self._key

    def _contents_change(self, position: int, removed: int, added: int) -> None:
        """On every change: queue it for the journal (only the inserted text is read)."""
        if self._loading or self._ended:
            return
        doc = self.window.editor.document()
        revision = doc.revision()
        if removed == added and revision == self._revision:
            return  # the highlighter re-formatted a line: the text is the same
        self._revision = revision
        length = doc.characterCount() - 1  # without the paragraph end Qt always keeps
        added = max(0, min(added, length - position))
        inserted = ""
        if added:
            cursor = QTextCursor(doc)
            cursor.setPosition(position)
            cursor.setPosition(position + added, QTextCursor.MoveMode.KeepAnchor)
            inserted = cursor.selectedText().replace(PARAGRAPH_SEPARATOR, "\n")
        if not self._journaling:
            self._begin(self.window.clean_text)  # the text before this change
        self._edits += 1
        self.writer.edit(position, removed, inserted, length)

    def _changed(self) -> None:
        """After every change: restart the idle timer, nothing more."""
        if self._loading or self._ended:
            return
        self._idle.start(IDLE_MS)
        if self.window.settings.autosave:
            self._autosave.start(AUTOSAVE_IDLE_MS)

    def _begin(self, text: str) -> None:
        window = self.window
        self.writer.begin(self.key, window.source, text, window.disk_digest)
        self._journaling, self._edits = True, 0

    def _compact(self) -> None:
        """At a pause: fold the journal into a new snapshot (a large note: once it is big)."""
        if not self.window.is_modified():
            self._forget()  # undone back to the saved text: nothing to keep
            return
        if self._journaling and self._edits == 0 and not self.failing:
            return
        doc = self.window.editor.document()
        big = doc.characterCount() > LARGE_CHARS
        if big and self._journaling and self.writer.journal_bytes < COMPACT_BYTES:
            return
        self._begin(document_text(doc))

    def _resync(self) -> None:
        """An edit did not fit the journaled text: start again from the whole text."""
        if self._journaling and self.window.is_modified():
            self._begin(document_text(self.window.editor.document()))

    def _on_write_result(self, error: OSError | None) -> None:
        window = self.window
        if error is not None:
            if not self.failing:
                window.statusBar().showMessage(
                    QCoreApplication.translate(
                        "safety",
                        "Could not write the recovery copy ({0}); retrying. Your text is "
                        "still here: save it when you can.",
                    ).format(error.strerror or error),
                    15_000,
                )
            self.failing = True
            self._retry.start(RETRY_MS)
        elif self.failing:
            self.failing = False
            window.statusBar().showMessage(
                QCoreApplication.translate("safety", "Recovery copies are written again."), 5_000
            )

    def snapshot_now(self, timeout: float = 10.0) -> bool:
        """Write the snapshot and journal now if there are unsaved changes; True when the
        text is on disk (in the note or in the snapshot and its journal)."""
        self._idle.stop()
        self._retry.stop()
        if not self.window.is_modified():
            self._forget()
            return True
        if not self._journaling or self._edits or self.failing:
            self._begin(document_text(self.window.editor.document()))
        return self.flush(timeout)

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every change queued is written; True when all reached the disk."""
        if self._writer is None:
            return not self.window.is_modified()
        return self.writer.flush(timeout)

    def preserve(self, timeout: float = 5.0) -> bool:
        """The process is about to end without asking (SIGTERM, SIGHUP): make sure the
        unsaved text is in the snapshot and journal, and release the lock.  The snapshot
        stays: the next start offers it back.  True when the text is on disk."""
        safe = True
        if self.window.is_modified():
            safe = (self._journaling and self.flush(timeout)) or self.snapshot_now(timeout)
        self._release_lock()
        return safe

    def finish(self, timeout: float = 10.0) -> bool:
        """The process is ending: let the worker finish what is queued (it is a daemon
        thread, killed mid-write at exit: a half-written temporary file would be left).
        Nothing is written after this: a change reported later is the tear-down's."""
        self._ended = True
        for timer in (self._idle, self._retry, self._autosave):
            timer.stop()
        if self._writer is None:
            return True
        done = self._writer.flush(timeout)
        self._writer.stop()
        return done

    def _forget(self) -> None:
        """Delete this document's snapshot: its text was saved or discarded on purpose."""
        self._idle.stop()
        self._retry.stop()
        self._journaling, self._edits = False, 0
        if self._key is None or self._writer is None:
            return  # nothing was ever written for this document
        # If this fails it is an orphan: offered at the next start, where Discard removes it.
        self._writer.remove(self._key)
        self._writer.flush()

    def _about_to_load(self) -> None:
        self._loading = True

    def _loaded(self, path: Path | None) -> None:
        self._loading = False
        self._revision = self.window.editor.document().revision()
        self._forget()
        self._autosave.stop()
        self._key = None
        self._take_lock(path)
        # The journal's modules and writer made in an idle moment, not by the first
        # keystroke (importing them took ~30 ms of that keystroke on a long note, 150 ms
        # where modules are compiled on import): on the loop turn after the note's first
        # snapshot (the panels first); after the first paint's own callbacks (the parse
        # handed to its worker, the first colours) if that is sooner, as with a long note
        # parsed in a worker for a second or more; or after WARM_UP_MS.
        self._warm = False
        QTimer.singleShot(WARM_UP_MS, self, self._warm_up)
        self.window.editor.after_next_paint(
            lambda: QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self._warm_up))
        )

    def _snapshot_came(self, _meeting: object) -> None:
        if not self._warm:
            QTimer.singleShot(0, self, self._warm_up)

    def _warm_up(self) -> None:
        if not self._loading and not self._warm:
            self._warm = True
            self.writer  # noqa: B018 (made now: the store, the journal writer)
            self.key  # noqa: B018
            self._prepare()

    def _prepare(self) -> None:
        """A long unmodified note's first snapshot encoded now, in the journal's worker:
        it is begun by the first edit, and encoding 3 MB there (~20 ms holding the GIL)
        made the first keystrokes wait."""
        window = self.window
        if self._writer is not None and not window.is_modified():
            text = window.clean_text
            if len(text) >= PREPARE_CHARS:
                self._writer.prepare(text)

    def _saved(self, path: Path) -> None:
        self._forget()
        self._autosave.stop()
        self._autosave_failed = False
        self._key = None  # Save As: the next snapshot is named for the new path
        self._take_lock(path)  # Save As moves the lock
        self._prepare()  # the next edit begins a snapshot of the text saved

    def _closing(self) -> None:
        self._forget()
        self._autosave.stop()
        self._release_lock()
        if self._writer is not None:  # its thread ends (a later edit starts one again)
            self._writer.stop()

    # -- the lock ---------------------------------------------------------------------------

    def _take_lock(self, path: Path | None) -> None:
        if self.lock is not None and path is not None and self.lock.is_for(path):
            return  # reloaded or saved the same note
        self._release_lock()
        if path is None:
            return
        # What a killed noteapp's save left beside this note (not before the first paint).
        QTimer.singleShot(0, self, lambda: remove_stale_temporaries(path.parent))
        lock = self.lock = FileLock(path)
        try:
            result = lock.acquire()
        except OSError as exc:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("safety", "Could not lock {0}: {1}").format(
                    path.name, exc
                ),
                8_000,
            )
            return
        holder = result.holder
        if result.state is LockState.HERE:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "safety", "{0} is also open in another window: each save checks the other's."
                ).format(path.name),
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
                QCoreApplication.translate(
                    "safety", "Read-only: {0} is open in another noteapp ({1})."
                ).format(lock.note.name, where)
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
        detail = QCoreApplication.translate(
            "safety",
            "It is open read-only here. Edit Anyway lets both copies change it: each save "
            "still asks before replacing what the other saved.",
        )
        text = QCoreApplication.translate(
            "safety", "{0} is already open in another noteapp ({1})."
        ).format(path.name, where)
        buttons = [
            (QCoreApplication.translate("safety", "&Read-Only"), "reject"),
            (QCoreApplication.translate("safety", "&Edit Anyway"), "accept"),
        ]
        return self.window.prompts.choose(APP_TITLE, text, buttons, detail=detail, default=0) == 1

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

        if is_read_only(path):
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "safety", "Autosave paused: {0} is read-only. Save to choose what to do."
                ).format(path.name),
                10_000,
            )
            return
        if file_digest(path) != window.disk_digest:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "safety", "Autosave paused: {0} changed on disk. Save to choose what to keep."
                ).format(path.name),
                10_000,
            )
            return
        if not window.save():  # the window has said why; the snapshot still holds the text
            self._autosave_failed = True
            window.statusBar().showMessage(
                QCoreApplication.translate("safety", "Autosave paused until the note is saved."),
                10_000,
            )


def _insert_before_quit(window: WindowAPI, action: QAction) -> None:
    """File ▸ Autosave sits with Save and Save As, above the separator before Quit."""
    menu = window.menu("File")
    actions = menu.actions()
    quit_at = actions.index(window.quit_action) if window.quit_action in actions else len(actions)
    before = actions[quit_at - 1] if quit_at > 0 and actions[quit_at - 1].isSeparator() else None
    menu.insertAction(before or window.quit_action, action)


# -- crash recovery at start-up ---------------------------------------------------------------


def restore_snapshot(window: WindowAPI, snapshot: Snapshot, store: RecoveryStore) -> None:
    """Show ``snapshot`` in ``window`` as an unsaved change; Save writes it in the note's
    own encoding and newline style, and still asks if the file changed since it was loaded.

    The orphan is deleted only once the text is safe in this window's own snapshot.
    """
    window.load_source(snapshot.source(), disk_digest=snapshot.disk_sha256)
    window.editor.document().setModified(True)
    when = time.strftime("%H:%M:%S", time.localtime(snapshot.saved_at))
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "safety", "Recovered the unsaved text from {0}: Save keeps it."
        ).format(when)
    )
    safety = safety_of(window)
    if safety is not None and safety.snapshot_now():
        store.remove(snapshot.key)


class StartupRecovery:
    """After a crash or kill: offer each orphaned snapshot (Restore, Discard or Later)."""

    def __init__(
        self,
        windows: list[WindowAPI],
        store: RecoveryStore | None = None,
        new_window: Callable[[], WindowAPI] | None = None,
    ) -> None:
        self.windows = windows  # restored notes that need a new window are appended here
        # A new window for a restored note (the start-up's; by default one like the first).
        self.new_window = new_window
        if store is None:
            from noteapp.storage.recovery import RecoveryStore

            store = RecoveryStore()
        self.store = store

    def ask(self, snapshot: Snapshot) -> RecoveryChoice:
        """The user's choice for one snapshot (tests replace this)."""
        from noteapp.ui.recovery_dialog import ask_recovery

        return ask_recovery(self.windows[-1] if self.windows else None, snapshot)

    def run(self) -> list[WindowAPI]:
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

    def _window_for(self, snapshot: Snapshot) -> WindowAPI:
        """The window already showing that note, unedited; else a new one."""
        for window in self.windows:
            if snapshot.path and window.path == snapshot.path and not window.is_modified():
                return window
        if self.new_window is not None:
            window = self.new_window()
        else:
            first = self.windows[0]
            window = type(first)(first.settings)
        window.show()
        self.windows.append(window)
        return window


def finish_writes(windows: list[WindowAPI], timeout: float = 10.0) -> None:
    """Called by ``app.run`` once the event loop has ended."""
    for window in windows:
        safety = safety_of(window)
        if safety is not None:
            safety.finish(timeout)


def after_start(
    windows: list[WindowAPI],
    interactive: bool = True,
    new_window: Callable[[], WindowAPI] | None = None,
) -> None:
    """Called by ``app.run`` once the start windows exist.

    Interactive: right after the first paint, remove stale locks and temporary files and
    offer what crashed sessions left.
    ``--quit-after-load`` (not interactive): mark the windows so nothing asks.
    """
    if not windows:
        return
    if not interactive:
        for window in windows:
            window.setProperty(BATCH_PROPERTY, True)
        return
    windows[-1].editor.after_next_paint(
        lambda: (tidy_state(), StartupRecovery(windows, None, new_window).run())
    )


def tidy_state() -> None:
    """Remove the locks of processes gone (kills pile them up) and the temporary files
    of the snapshots and settings they were writing."""

    remove_stale_locks()
    remove_stale_temporaries(state_dir() / "recovery")
    remove_stale_temporaries(config_dir())
