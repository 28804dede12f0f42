"""The toolbar: the commands of a call at one click, with icons that follow the theme.

Built from :data:`TOOLBAR` (command names of :mod:`noteapp.ui.hotkeys`, ``None`` for a
separator) once every feature has added its commands; View ▸ Toolbar hides it.  Each
button's tooltip names the command and its shortcut, so the mouse teaches the keys.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QToolBar

from noteapp.ui.icons import set_command_icons

if TYPE_CHECKING:
    from noteapp.ui.main_window import MainWindow

TOOLBAR: tuple[str | None, ...] = (
    "new_meeting",
    "open",
    "save",
    None,
    "timer",
    "next_agenda",
    "insert_time",
    "add_attendee",
    "add_agenda",
    "add_action",
    None,
    "find",
    "focus_preview",
    "focus_schedule",
    None,
    "publish_hackmd",
    "publish_pr",
)
ICON_SIZE = 20


def install(window: MainWindow) -> None:
    set_command_icons(window.commands)
    bar = QToolBar(QCoreApplication.translate("toolbar", "Toolbar"), window)
    bar.setObjectName("mainToolBar")
    bar.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    bar.setMovable(False)
    bar.setAccessibleName(QCoreApplication.translate("toolbar", "Main commands"))
    for name in TOOLBAR:
        action = window.commands.get(name) if name else None
        if name is None:
            bar.addSeparator()
        elif action is not None:
            bar.addAction(action)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            title = action.text().replace("&", "").rstrip("…")
            action.setToolTip(f"{title} ({keys})" if keys else title)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    window.menu("View").addAction(bar.toggleViewAction())
    window.toolbar = bar
