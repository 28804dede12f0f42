"""A narrow window keeps a wide enough editor: the docks move out of its way.

When the editor would be narrower than :data:`MIN_COLUMNS` characters (an 800x600
screen, a window tiled to half a laptop screen, the Schedule dock opened beside the
others), every dock is tabbed into one group below the editor, so the text keeps the
window's full width.  The layout the user had is kept and comes back when the window
is wide enough for it again; closing a narrow window saves that layout, not the
narrow one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget

from noteapp.ui.typography import MIN_COLUMNS, MIN_MARGIN_PX

if TYPE_CHECKING:
    from noteapp.ui.window_api import WindowAPI

# Come back to the wide layout only with this much room to spare (no flicker at the edge).
HYSTERESIS_PX = 40


def editor_width_needed(window: WindowAPI, columns: int = MIN_COLUMNS) -> int:
    """The editor width, in pixels, that shows ``columns`` characters of its font
    between its narrowest side margins."""
    editor = window.editor
    scrollbar = editor.verticalScrollBar().sizeHint().width()
    text = columns * editor.fontMetrics().averageCharWidth() + 2 * MIN_MARGIN_PX
    return text + 2 * editor.frameWidth() + scrollbar + 2 * int(editor.document().documentMargin())


class NarrowLayout(QObject):
    """Watches the window's size and the docks' visibility; tabs the docks below the
    editor when it gets too narrow, and puts them back when there is room."""

    def __init__(self, window: WindowAPI) -> None:
        super().__init__(window)
        self.setObjectName("narrowLayout")
        self.window = window
        self.saved: QByteArray | None = None  # the layout before it was made narrow
        self._docks_width = 0  # how wide the docks were in it
        self.suspended = False  # focus mode has hidden the docks: leave them be
        self._check = QTimer(self, singleShot=True, interval=0)
        self._check.timeout.connect(self.check)
        # Watching starts after the first paint: the layout is settled then, and the
        # first paint pays nothing for it (a narrow window is re-laid out just after).
        window.editor.after_next_paint(self._start)

    def _start(self) -> None:
        window = self.window
        window.installEventFilter(self)
        for dock in window.findChildren(QDockWidget):
            dock.visibilityChanged.connect(lambda _visible: self._check.start())
        self.check()

    @property
    def narrow(self) -> bool:
        return self.saved is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self._check.start()  # after the dock layout has followed the new size
        return False

    def check(self) -> None:
        window = self.window
        if self.suspended or not window.isVisible():
            return
        need = editor_width_needed(window)
        if not self.narrow:
            if window.editor.width() < need and self._side_docks():
                self._make_narrow()
        elif window.width() - self._docks_width >= need + HYSTERESIS_PX:
            self._restore()

    def _docks(self) -> list[QDockWidget]:
        return [d for d in self.window.findChildren(QDockWidget) if not d.isFloating()]

    def _side_docks(self) -> list[QDockWidget]:
        sides = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
        return [
            d for d in self._docks() if d.isVisible() and self.window.dockWidgetArea(d) in sides
        ]

    def _make_narrow(self) -> None:
        window = self.window
        self._docks_width = window.width() - window.editor.width()
        self.saved = window.saveState()
        docks = self._docks()
        shown = [d for d in docks if d.isVisible()]
        window.setUpdatesEnabled(False)
        try:
            for dock in docks:
                window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            first = shown[0] if shown else docks[0]
            for dock in docks:
                if dock is not first:
                    window.tabifyDockWidget(first, dock)
            for dock in docks:
                dock.setVisible(dock in shown)
            if shown:
                shown[0].raise_()
                bottom = max(120, window.height() // 3)
                window.resizeDocks([shown[0]], [bottom], Qt.Orientation.Vertical)
        finally:
            window.setUpdatesEnabled(True)
        window.statusBar().showMessage(self.tr("Narrow window: panels below the note."), 4000)

    def _restore(self) -> None:
        saved, self.saved = self.saved, None
        if saved is not None:
            self.window.restoreState(saved)

    def state_to_save(self) -> QByteArray:
        """The layout to keep in the settings: the wide one while the window is narrow."""
        return self.saved if self.saved is not None else self.window.saveState()


def install(window: WindowAPI) -> None:
    window.narrow_layout = NarrowLayout(window)
