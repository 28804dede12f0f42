"""View ▸ Focus Mode: the note alone in its centred reading column.

One key (F11, from :mod:`noteapp.ui.hotkeys`) hides every panel and the toolbar; the
same key brings back exactly the layout there was: the window's dock and toolbar state
(``saveState``) is kept on the way in and restored on the way out.  The menu bar and
status bar stay, so the commands and the meeting timer are still at hand.  While it
is on, the narrow-window layout (:mod:`noteapp.ui.narrow_layout`) leaves the docks
alone, and closing the window first leaves focus mode, so the saved layout is the
user's, not the empty one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QObject
from PySide6.QtWidgets import QDockWidget, QToolBar

if TYPE_CHECKING:
    from noteapp.ui.window_api import WindowAPI


class FocusMode(QObject):
    """Hides and restores the window's chrome around the editor."""

    def __init__(self, window: WindowAPI) -> None:
        super().__init__(window)  # type: ignore[arg-type]  # a QMainWindow
        self.setObjectName("focusMode")
        self.window = window
        self.saved: QByteArray | None = None  # the layout before focus mode

    @property
    def on(self) -> bool:
        return self.saved is not None

    def toggle(self) -> None:
        if self.on:
            self.leave()
        else:
            self.enter()

    def enter(self) -> None:
        window = self.window
        narrow = window.narrow_layout
        if narrow is not None:
            narrow.suspended = True
        self.saved = window.saveState()
        for widget in (*window.findChildren(QDockWidget), *window.findChildren(QToolBar)):
            widget.hide()
        window.editor.setFocus()
        self._checked(True)
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "focus_mode", "Focus mode: {0} brings the panels back."
            ).format(window.commands["focus_mode"].shortcut().toString()),
            4000,
        )

    def leave(self) -> None:
        saved, self.saved = self.saved, None
        if saved is None:
            return
        window = self.window
        window.restoreState(saved)
        narrow = window.narrow_layout
        if narrow is not None:
            narrow.suspended = False
            narrow.check()  # the window may have been resized meanwhile
        window.editor.setFocus()
        self._checked(False)

    def _checked(self, on: bool) -> None:
        action = self.window.commands.get("focus_mode")
        if action is not None:
            action.setChecked(on)


def install(window: WindowAPI) -> None:
    mode = FocusMode(window)
    window.focus_mode = mode
    window.add_command("focus_mode", mode.toggle, checkable=True)
    window.documentClosing.connect(mode.leave)
