"""Live-call commands that act at the caret: insert the time of day, tick the task
item on the caret's line.  Installed with the agenda panel."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor

from noteapp.ui import repair

if TYPE_CHECKING:
    from noteapp.ui.editor import NoteEditor
    from noteapp.ui.window_api import WindowAPI


def local_time() -> dt.datetime:
    """Now, in the computer's time zone (tests replace this)."""
    return dt.datetime.now().astimezone()


def insert_time(editor: NoteEditor) -> None:
    """Ctrl+Shift+T: type the time of day as ``HH:MM`` at the caret, as one undo step
    of its own (not merged with the typing around it)."""
    cursor = editor.textCursor()
    cursor.beginEditBlock()
    cursor.insertText(local_time().strftime("%H:%M"))
    cursor.endEditBlock()
    editor.setTextCursor(cursor)


def toggle_task(window: WindowAPI) -> bool:
    """Ctrl+Return: tick or untick the task item on the caret's line (one undo step);
    the caret stays where it was.  False when the line holds no task item."""
    from noteapp.core.meeting.task_edits import toggle_item  # on first use: not at start-up

    editor = window.editor
    cursor = editor.textCursor()
    line = cursor.blockNumber() + 1  # a block is a line: the note's breaks are all "\n"
    checklist = window.document.meeting.checklist
    index = bisect_left(checklist, line, key=lambda t: t.line)
    if index == len(checklist) or checklist[index].line != line:
        window.statusBar().showMessage(
            QCoreApplication.translate("caret_actions", "No task item (- [ ] …) on this line"), 4000
        )
        return False
    anchor, position = cursor.anchor(), cursor.position()
    document = window.document
    if not document.run(toggle_item, index, roles=document.roles(), like=document.earlier_notes()):
        return False
    cursor.setPosition(anchor)  # a tick changes one character in place: same offsets
    cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    return True


def install(window: WindowAPI) -> None:
    window.add_command("insert_time", lambda: insert_time(window.editor))
    window.add_command("toggle_task", lambda: toggle_task(window))
    repair.install(window)
