"""Across meetings in the window: which folder is indexed, when, and the commands.

Nothing here runs before the first paint: :func:`install` only adds commands and
(empty, lazily built) docks; the index service starts right after the window has
been painted, so a workspace of thousands of notes never delays it.  The indexed
folder is the workspace when the open note is in it, else the note's git work tree
or series folder (:func:`noteapp.core.archive.series_of.archive_root`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from noteapp.ui.panel import PanelSpec

if TYPE_CHECKING:
    from collections.abc import Callable

    from noteapp.storage.archive import Workspace
    from noteapp.storage.archive.indexer import UpdateReport
    from noteapp.ui.archive.service import ArchiveService
    from noteapp.ui.window_api import WindowAPI

MODULE = "noteapp.ui.archive."  # each panel's module has build(window, dock)
PANELS = (
    PanelSpec("Meetings", "meetingsDock", "focus_meetings", "left", MODULE + "meetings", True),
    PanelSpec("Search", "searchDock", "search_workspace", "right", MODULE + "search", True),
    PanelSpec("Action tracker", "trackerDock", "focus_tracker", "bottom", MODULE + "tracker", True),
    PanelSpec("People", "peopleDock", "focus_people", "bottom", MODULE + "people", True),
)


class Archive(QObject):
    """The window's view of the index: its folder, its service, its status."""

    #: The index has new answers (an update finished, or another folder is shown).
    changed = Signal()

    def __init__(self, window: WindowAPI) -> None:
        super().__init__(window)
        self.setObjectName("archive")
        self.window = window
        self.service: ArchiveService | None = None
        self.started = False
        self._told = False  # the panels heard of the first update
        self.chosen: Path | None = None  # Open Workspace Folder's choice: indexed whatever is open
        self.label = QLabel(window)
        self.label.setObjectName("archiveStatus")
        self.label.setContentsMargins(8, 0, 8, 0)
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        window.documentLoaded.connect(lambda _path: self._follow_note())
        window.documentSaved.connect(self._saved)
        window.installEventFilter(self)

    # -- which folder, and starting ---------------------------------------------------------

    def root(self) -> Path | None:
        from noteapp.core.archive.series_of import archive_root

        if self.chosen is not None:
            return self.chosen
        workspace = self.window.workspace_path()
        root = archive_root(self.window.path, workspace if workspace.is_dir() else None)
        return root if root is not None and root.is_dir() else None

    def start(self) -> None:
        """Start indexing (after the first paint); later calls follow the open note.
        ``NOTEAPP_INDEX=0`` keeps the index off (a huge tree, the test suite)."""
        if os.environ.get("NOTEAPP_INDEX", "1") == "0":
            return
        from noteapp.ui.typing_pause import wait_for_pause
        from noteapp.ui.warm_import import import_then

        # The index's modules (~150 ms) are imported in a worker: not a freeze of the
        # window; one module at a time, in the pauses between keys.
        import_then("noteapp.ui.archive.service", self, self._begin, pace=wait_for_pause)

    def _begin(self) -> None:
        self.started = True
        self._follow_note()

    def _follow_note(self) -> None:
        if not self.started:
            return
        root = self.root()
        if root is None or (self.service is not None and self.service.root == root):
            return
        from noteapp.ui.archive.service import service_for

        if self.service is not None:
            self.service.updated.disconnect(self._updated)
            self.service.progressed.disconnect(self._progress)
            self.service.failed.disconnect(self._failed)
        self.service = service_for(root)
        self.service.updated.connect(self._updated)
        self.service.progressed.connect(self._progress)
        self.service.failed.connect(self._failed)
        if self.service.error is not None:  # failed before this window listened
            self._failed(self.service.error)
        self.changed.emit()

    def reader(self) -> Workspace | None:
        """The index to read, or None while it has never been built."""
        if self.service is None or not self.service.ready:
            return None
        return self.service.reader()

    def rel(self, path: Path | None = None) -> str | None:
        path = path or self.window.path
        if self.service is None or path is None:
            return None
        return self.service.relative(path)

    def current_series(self) -> str | None:
        workspace = self.reader()
        rel = self.rel()
        if workspace is None or rel is None:
            return None
        from noteapp.core.archive.series_of import folder_series
        from noteapp.storage.archive.listing import series_of_path

        # A note not indexed yet (just created): the series its folder makes.
        return series_of_path(workspace.conn, rel) or folder_series(rel)

    def path_of(self, rel: str) -> Path:
        assert self.service is not None
        return self.service.root / rel

    # -- status -------------------------------------------------------------------------------

    def _progress(self, done: int, total: int) -> None:
        if total >= 20 and done < total:
            self.label.setText(
                QCoreApplication.translate("archive.feature", "Indexing notes {0:,}/{1:,}").format(
                    done, total
                )
            )
            self.label.show()

    def _updated(self, report: UpdateReport) -> None:
        self.label.hide()
        if report.touched or not self._told:
            self._told = True
            self.changed.emit()

    def _failed(self, message: str) -> None:
        # A lasting mark in the status bar (a message alone is gone in seconds).
        self.label.setText(QCoreApplication.translate("archive.feature", "Index unavailable"))
        self.label.setToolTip(
            QCoreApplication.translate(
                "archive.feature", "Could not update the workspace index: {0}"
            ).format(message)
        )
        self.label.show()
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "archive.feature", "Could not update the workspace index: {0}"
            ).format(message),
            8000,
        )

    def _saved(self, path: Path) -> None:
        if self.service is not None:
            self.service.note_changed(path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Back to the window after editing elsewhere: a cheap stat check of every note.
        if event.type() == QEvent.Type.WindowActivate and self.service is not None:
            self.service.check()
        return False

    # -- commands ----------------------------------------------------------------------------

    def step_meeting(self, step: int) -> None:
        """Previous (-1) or next (+1) meeting of the open note's series."""
        from noteapp.storage.archive.listing import neighbour
        from noteapp.ui.archive.common import open_at

        workspace, rel = self.reader(), self.rel()
        if workspace is None or rel is None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "archive.feature",
                    "The workspace index is not ready yet (or this note is not in it)",
                ),
                5000,
            )
            return
        found = neighbour(workspace.conn, rel, step)
        if found is None:
            word = (
                QCoreApplication.translate("archive.feature", "earlier")
                if step < 0
                else QCoreApplication.translate("archive.feature", "later")
            )
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "archive.feature", "No {0} meeting in this series"
                ).format(word),
                4000,
            )
            return
        open_at(self.window, self.path_of(found))

    def open_workspace(self) -> None:
        """File ▸ Open Workspace Folder…: index another folder (a site's git work tree)."""
        folder = self.window.prompts.folder(
            QCoreApplication.translate(
                "archive.feature", "Open a folder of notes as the workspace"
            ),
            str(self.window.workspace_path()),
        )
        if folder is None:
            return
        self.window.workspace = folder
        self.chosen = Path(os.path.abspath(folder))
        self.started = True
        self._follow_note()
        self.window.statusBar().showMessage(
            QCoreApplication.translate("archive.feature", "Workspace: {0}").format(folder), 5000
        )


def archive_of(window: WindowAPI) -> Archive:
    found = window.findChild(Archive, "archive")
    assert found is not None, "the archive feature is installed with the window"
    return found


def install(window: WindowAPI) -> None:
    from noteapp.ui.typing_pause import typed

    archive = Archive(window)
    window.editor.key_hooks.append(typed)  # the index's work waits for a pause in typing
    docks = [window.add_panel(spec) for spec in PANELS]  # each built on its first show
    window.tabifyDockWidget(docks[2], docks[3])  # tracker and people share the bottom
    window.add_command("previous_meeting", lambda: archive.step_meeting(-1))
    window.add_command("next_meeting", lambda: archive.step_meeting(+1))
    window.add_command("open_workspace", archive.open_workspace)
    window.menu("Workspace").addSeparator()
    for spec in PANELS:
        window.menu("Workspace").addAction(window.commands[spec.focus_command])
    # Indexing starts once the window is on screen, never on the way to the first paint,
    # and after the open note's own parse: both in threads at once, they took turns at
    # the GIL with the editor's thread (stalls of 100-250 ms after opening a long note).
    window.editor.after_next_paint(lambda: _after_the_parse(window, archive.start))


def _after_the_parse(window: WindowAPI, start: Callable[[], None]) -> None:
    document = window.document
    if document.has_snapshot:
        QTimer.singleShot(0, start)
        return

    def parsed(_meeting: object) -> None:
        document.snapshotChanged.disconnect(parsed)
        QTimer.singleShot(0, start)

    document.snapshotChanged.connect(parsed)
