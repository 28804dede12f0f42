"""The open note changed on disk (``git pull``, another editor): tell the user, let them choose.

One :class:`QFileSystemWatcher` for the whole process (a single inotify handle, however
many windows) watches each open note and its folder.  The folder watch
matters: tools that save by writing a temporary file and renaming it over the note
(git, most editors, noteapp itself) replace the file the watcher was following, so
it drops the path; the folder tells us when the name exists again, and the path is
re-added.  Events are coalesced for :data:`SETTLE_MS`, then the file's digest is
compared with the one the window last loaded or saved, so our own saves, a
``touch`` and unrelated files in the folder are ignored.

When the bytes really differ the user chooses (never silently):

* **Reload**: show the file on disk.  Unsaved edits are only dropped after a second
  "discard your changes?" confirmation; without one, they are kept.
* **Keep mine**: the window keeps its text and marks itself modified; the window
  still knows the old digest, so a later save asks before overwriting the new file.
* **Compare**: a diff of disk vs. editor, then Reload or Keep mine.

A deleted file is reported and the text kept (marked modified, so closing asks).
Each version of the file on disk is asked about once.  Every dialog is a small
method (:meth:`ask_change`, :meth:`compare`, :meth:`confirm_discard`,
:meth:`tell_deleted`) that tests replace.
"""

from __future__ import annotations

import enum
import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from noteapp.storage.atomic import file_digest
from noteapp.ui.prompts import APP_TITLE

if TYPE_CHECKING:
    from noteapp.ui.window_api import WindowAPI

# Tools write in several steps (truncate + write, or unlink + rename): wait for calm.
SETTLE_MS = 200
# A dialog is already open (e.g. Save asking): look again this much later.
BUSY_RETRY_MS = 1_000
_DELETED = "deleted"
_WATCHER_NAME = "noteapp_file_watcher"


class DiskChoice(enum.Enum):
    RELOAD = "reload"
    KEEP = "keep"
    COMPARE = "compare"


class _Watcher(QObject):
    """The one QFileSystemWatcher of the process (one inotify handle however many windows
    are open), with a count of the windows that want each path."""

    changed = Signal(str)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(_WATCHER_NAME)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self.changed)
        self._watcher.directoryChanged.connect(self.changed)
        self._users: Counter[str] = Counter()

    @classmethod
    def shared(cls) -> _Watcher:
        app = QCoreApplication.instance()
        assert app is not None, "watching files needs a running QApplication"
        found = app.findChild(cls, _WATCHER_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
        return found if found is not None else cls(app)

    def ensure(self, paths: Iterable[str]) -> None:
        """Watch these paths again if they exist: a file renamed over, or deleted and
        recreated, drops out of the watcher."""
        watched = set(self._watcher.files() + self._watcher.directories())
        for path in paths:
            if path not in watched and os.path.exists(path):
                self._watcher.addPath(path)

    def hold(self, paths: Iterable[str]) -> None:
        self._users.update(paths)
        self.ensure(paths)

    def release(self, paths: Iterable[str]) -> None:
        watched = set(self._watcher.files() + self._watcher.directories())
        for path in paths:
            self._users[path] -= 1
            if self._users[path] <= 0:
                del self._users[path]
                if path in watched:
                    self._watcher.removePath(path)


class DiskWatch(QObject):
    """Watches the window's note on disk and asks what to do when someone else changes it."""

    def __init__(self, window: WindowAPI) -> None:
        super().__init__(window)
        self.setObjectName("disk_watch")
        self.window = window
        self._watcher = _Watcher.shared()
        self._watcher.changed.connect(self._changed)
        self._held: tuple[str, ...] = ()  # the note and its folder
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.timeout.connect(self.check)
        self._path: Path | None = None  # the note being watched (None: closed or untitled)
        self._answered: str | None = None  # the disk digest the user already chose about
        self._asking = False
        window.documentLoaded.connect(self.watch)
        window.documentSaved.connect(self.watch)
        window.documentClosing.connect(lambda: self.watch(None))

    def watch(self, path: Path | None) -> None:
        """Follow ``path`` (None: nothing) from its current state on."""
        self._settle.stop()
        self._path = path
        self._answered = None
        self._watcher.release(self._held)
        self._held = (str(path), str(path.parent)) if path is not None else ()
        self._watcher.hold(self._held)

    def _changed(self, path: str) -> None:
        if path in self._held:
            self._settle.start(SETTLE_MS)

    def check(self) -> None:
        """Compare the file on disk with what the window knows, and ask if it changed."""
        window = self.window
        path = self._path
        if path is None or path != window.path or self._asking:
            return
        if QApplication.activeModalWidget() is not None:
            self._settle.start(BUSY_RETRY_MS)  # never stack a question on another one
            return

        self._watcher.ensure(self._held)
        digest = file_digest(path)
        if digest == window.disk_digest or (digest or _DELETED) == self._answered:
            return  # our own save, an unrelated file in the folder, or already answered
        self._answered = digest or _DELETED
        self._asking = True
        try:
            if digest is None:
                window.editor.document().setModified(True)  # the text exists only here now
                self.tell_deleted(path)
            else:
                self._resolve(path)
        finally:
            self._asking = False
        self._settle.start(SETTLE_MS)  # a change that came while the question was open

    def _resolve(self, path: Path) -> None:
        choice = self.ask_change(path)
        if choice is DiskChoice.COMPARE:
            choice = self.compare(path, self.disk_text(path), self.window.document.text())
        unsaved = self.window.is_modified()
        if choice is DiskChoice.RELOAD and (not unsaved or self.confirm_discard(path)):
            encoding = self.window.source.encoding
            if self.window.open_path(path, encoding):
                return
        self.window.editor.document().setModified(True)  # Keep mine: Save will ask first
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "disk_watch",
                "{0} changed on disk; your version is kept. Saving will ask "
                "before replacing the file.",
            ).format(path.name),
            10_000,
        )

    def disk_text(self, path: Path) -> str:
        from noteapp.storage.recovery import text_on_disk

        return text_on_disk(path, self.window.source.encoding) or ""

    # -- dialogs: tests replace these -----------------------------------------------------

    def ask_change(self, path: Path) -> DiskChoice:
        if self.window.is_modified():
            detail = QCoreApplication.translate(
                "disk_watch",
                "You have unsaved changes here. Reload shows the file on disk (after asking "
                "whether to discard your changes); Keep Mine keeps your text, and saving will "
                "ask before replacing the file.",
            )
        else:
            detail = QCoreApplication.translate(
                "disk_watch", "Reload shows the new version; Keep Mine keeps this one."
            )
        buttons = [
            (QCoreApplication.translate("disk_watch", "&Reload"), "accept"),
            (QCoreApplication.translate("disk_watch", "&Keep Mine"), "reject"),
            (QCoreApplication.translate("disk_watch", "&Compare…"), "action"),
        ]
        clicked = self.window.prompts.choose(
            APP_TITLE,
            QCoreApplication.translate("disk_watch", "{0} has changed on disk.").format(path.name),
            buttons,
            detail=detail,
            default=2,
            escape=1,
        )
        if clicked == 0:
            return DiskChoice.RELOAD
        return DiskChoice.COMPARE if clicked == 2 else DiskChoice.KEEP

    def compare(self, path: Path, disk: str, mine: str) -> DiskChoice:
        """Show disk vs. editor; returns RELOAD or KEEP."""
        from noteapp.storage.recovery import unified_diff
        from noteapp.ui.recovery_dialog import choose_with_diff

        diff = unified_diff(disk, mine, f"{path.name} (on disk)", f"{path.name} (here)")
        choices = (
            (QCoreApplication.translate("disk_watch", "&Reload"), DiskChoice.RELOAD),
            (QCoreApplication.translate("disk_watch", "&Keep Mine"), DiskChoice.KEEP),
        )
        message = QCoreApplication.translate(
            "disk_watch", "{0} changed on disk. Lines with - are on disk, + are yours."
        ).format(path)
        return choose_with_diff(
            self.window,
            QCoreApplication.translate("disk_watch", "Compare"),
            message,
            diff,
            choices,
            DiskChoice.KEEP,
        )

    def confirm_discard(self, path: Path) -> bool:
        question = QCoreApplication.translate(
            "disk_watch", "Reload {0} and discard your unsaved changes?"
        ).format(path.name)
        return self.window.prompts.confirm(APP_TITLE, question, discard=True)

    def tell_deleted(self, path: Path) -> None:
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "disk_watch",
                "{0} was deleted or moved on disk. Your text is kept here: Save "
                "writes it back, Save As puts it elsewhere.",
            ).format(path.name)
        )
