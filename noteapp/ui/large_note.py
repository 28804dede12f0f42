"""Notes far larger than any meeting: loaded in steps with progress and Cancel, no panels.

Measured here: a 50 MB note took the window 12 s to open, frozen (setPlainText 3.5 s,
the parse 12 s, then colouring every line); a 500,000-line one 5 s.  Above the limits
below, the text goes into the editor in slices of ``SLICE`` characters with the event
loop running in between (no slice takes over ~60 ms) under a progress dialog that can
cancel, and the note is not parsed, coloured or previewed: the panels would take seconds
after every pause in typing.  Editing, find and replace and saving work as usual.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QProgressDialog

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit, QWidget

# The 50,000-line bench note is 3 MB and stays an ordinary note.
LARGE_CHARACTERS = 8_000_000
LARGE_LINES = 150_000
SLICE = 256_000
SHOW_PROGRESS_AFTER_MS = 300


def is_large(text: str) -> bool:
    return len(text) > LARGE_CHARACTERS or text.count("\n", 0, LARGE_CHARACTERS) > LARGE_LINES


def describe(text: str) -> str:
    """ "50 MB, 812,345 lines" (the size in UTF-8)"""
    size = len(text.encode("utf-8", "surrogatepass"))
    lines = text.count("\n") + (not text.endswith("\n"))
    return f"{size / 1e6:,.0f} MB, {lines:,} lines"


def fill_in_slices(editor: QPlainTextEdit, text: str, parent: QWidget, name: str) -> bool:
    """Put ``text`` into the (empty) editor slice by slice, with a progress dialog.

    Returns False when the user cancelled (the editor is then emptied again).  The
    editor is read-only and keeps no undo history while it fills."""
    document = editor.document()
    dialog = QProgressDialog(
        QCoreApplication.translate("large_note", "Opening {0} ({1})…").format(name, describe(text)),
        QCoreApplication.translate("large_note", "Cancel"),
        0,
        len(text),
        parent,
    )
    dialog.setObjectName("largeNoteProgress")
    dialog.setWindowTitle(QCoreApplication.translate("large_note", "Opening a large note"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
    read_only = editor.isReadOnly()
    editor.setReadOnly(True)
    document.setUndoRedoEnabled(False)
    cursor = QTextCursor(document)
    position = 0
    try:
        while position < len(text):
            end = text.find("\n", position + SLICE)
            end = len(text) if end < 0 else end + 1
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(text[position:end])
            position = end
            dialog.setValue(position)
            QApplication.processEvents()
            if dialog.wasCanceled():
                editor.setPlainText("")
                return False
        editor.moveCursor(QTextCursor.MoveOperation.Start)  # as setPlainText leaves it
        return True
    finally:
        document.setUndoRedoEnabled(True)  # an empty history: undo starts from the load
        editor.setReadOnly(read_only)
        dialog.reset()
        dialog.deleteLater()
