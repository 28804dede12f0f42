"""The base of the archive panels: follow the index and the open note, refresh when
shown, say why there is nothing to show yet, and ask the index in the background
(:meth:`ArchivePanel.ask`): a question over thousands of notes never holds up typing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

from noteapp.ui.archive.common import SeriesBox
from noteapp.ui.archive.feature import archive_of
from noteapp.ui.archive.service import Question

if TYPE_CHECKING:
    from noteapp.storage.archive import Workspace
    from noteapp.ui.window_api import WindowAPI

NOT_READY = QT_TRANSLATE_NOOP("archive.panel", "The workspace index is being built…")
T = TypeVar("T")


class ArchivePanel(QWidget):
    """Subclasses build their widgets into :attr:`layout_` and implement :meth:`refresh`."""

    def __init__(self, window: WindowAPI, dock: QDockWidget) -> None:
        super().__init__(dock)
        self.window = window
        self.dock = dock
        self.archive = archive_of(window)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(4, 4, 4, 4)
        self.notice = QLabel(QCoreApplication.translate("archive.panel", NOT_READY), self)
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
        self._asked = 0  # questions asked; only the last one's answer is shown
        self._answered = 0
        self._soon.start()

    def workspace(self) -> Workspace | None:
        found = self.archive.reader()
        self.notice.setVisible(found is None)
        return found

    def ask(self, question: Callable[[Workspace], T], then: Callable[[T], None]) -> bool:
        """Run ``question`` on the index in the background, then ``then(answer)`` here
        (unless the panel asked again meanwhile).  False while there is no index yet."""
        if self.workspace() is None or self.archive.service is None:
            return False

        self._asked += 1
        asked = self._asked

        def got(answer: Any) -> None:
            self._answered = asked
            self.notice.hide()
            then(answer)

        def failed(message: str) -> None:
            self._answered = asked
            self.notice.setText(
                QCoreApplication.translate(
                    "archive.panel", "Could not read the workspace index: {0}"
                ).format(message)
            )
            self.notice.show()

        self.archive.service.ask(Question(question, got, failed, lambda: self._asked == asked))
        return True

    @property
    def answering(self) -> bool:
        """A question is out and its answer not shown yet."""
        return self._answered != self._asked

    def chosen_series(self, box: SeriesBox) -> str | None:
        """The series to ask about: the box's choice, or before the box is first filled
        the open note's (the one :meth:`fill_series` will choose)."""
        return box.series() if self._filled else self.archive.current_series()

    def fill_series(self, box: SeriesBox, series: Sequence[str], asked: str | None) -> bool:
        """The index's ``series`` in ``box`` (the open note's chosen the first time);
        False when the box now shows another series than the answer is ``asked`` about
        (the open note's series has no meetings yet): then it asks again."""
        first = not self._filled
        self._filled = True
        box.fill(list(series), self.archive.current_series() if first else None)
        if box.series() != asked:
            self._soon.start()
            return False
        return True

    def _refresh_if_shown(self) -> None:
        if self.dock.isVisible():
            self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError
