"""The base of the archive panels: follow the index and the open note, refresh when
shown, say why there is nothing to show yet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

from noteapp.ui.archive.common import SeriesBox
from noteapp.ui.archive.feature import archive_of

if TYPE_CHECKING:
    from noteapp.storage.archive import Workspace
    from noteapp.ui.window_api import WindowAPI

NOT_READY = "The workspace index is being built…"


class ArchivePanel(QWidget):
    """Subclasses build their widgets into :attr:`layout_` and implement :meth:`refresh`."""

    def __init__(self, window: WindowAPI, dock: QDockWidget) -> None:
        super().__init__(dock)
        self.window = window
        self.dock = dock
        self.archive = archive_of(window)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(4, 4, 4, 4)
        self.notice = QLabel(NOT_READY, self)
        self.notice.setObjectName("archiveNotice")
        self.notice.setWordWrap(True)
        self.layout_.addWidget(self.notice)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self._refresh_if_shown)
        self.archive.changed.connect(self._soon.start)
        window.documentLoaded.connect(lambda _path: self._soon.start())
        dock.visibilityChanged.connect(lambda shown: shown and self._soon.start())
        self._filled = False
        self._soon.start()

    def workspace(self) -> Workspace | None:
        found = self.archive.reader()
        self.notice.setVisible(found is None)
        return found

    def fill_series(self, box: SeriesBox, workspace: Workspace) -> None:
        """The index's series in ``box``; the open note's is chosen the first time."""
        first = not self._filled
        self._filled = True
        box.fill(
            [s.series for s in workspace.series()], self.archive.current_series() if first else None
        )

    def _refresh_if_shown(self) -> None:
        if self.dock.isVisible():
            self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError
