"""Edit ▸ Undo, Redo, Cut, Copy, Paste, Select All: the platform's standard keys, one
undo history for the whole window.

The note has one undo stack (the editor's document): typing and every panel action
(a tick, a check-in, a removal) are steps on it. Undo and Redo therefore act on the
note wherever the focus is, except in a field that is being typed in (the Add field,
a cell being edited), which undoes its own typing first, as every text field does.
Cut, Copy, Paste and Select All act on the focused text field, else on the note.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from noteapp.ui.action_factory import command_action

if TYPE_CHECKING:
    from noteapp.ui.window_api import WindowAPI

# command -> (the standard key, the editor's slot name)
STANDARD = {
    "undo": (QKeySequence.StandardKey.Undo, "undo"),
    "redo": (QKeySequence.StandardKey.Redo, "redo"),
    "cut": (QKeySequence.StandardKey.Cut, "cut"),
    "copy": (QKeySequence.StandardKey.Copy, "copy"),
    "paste": (QKeySequence.StandardKey.Paste, "paste"),
    "select_all": (QKeySequence.StandardKey.SelectAll, "selectAll"),
}
_HISTORY = ("undo", "redo")


def _field() -> QLineEdit | QPlainTextEdit | QTextEdit | None:
    focus = QApplication.focusWidget()
    return focus if isinstance(focus, (QLineEdit, QPlainTextEdit, QTextEdit)) else None


def install(window: WindowAPI) -> None:
    menu = window.menu("Edit")
    first = menu.actions()[0] if menu.actions() else None
    editor = window.editor
    document = editor.document()
    actions: dict[str, QAction] = {}
    for name, (key, slot) in STANDARD.items():

        def run(_checked: bool = False, name: str = name, slot: str = slot) -> None:
            field = _field()
            if name in _HISTORY and (field is None or field is editor):
                getattr(editor, slot)()  # the note's history, from every panel
                return
            target = field if field is not None else editor
            getattr(target, slot)()

        action = command_action(window, name, run, shortcuts=key)  # type: ignore[arg-type]
        menu.insertAction(first, action)
        window.addAction(action)
        window.commands[name] = action
        actions[name] = action
        if name in ("redo", "paste"):
            menu.insertSeparator(first)
    actions["undo"].setEnabled(document.isUndoAvailable())
    actions["redo"].setEnabled(document.isRedoAvailable())
    document.undoAvailable.connect(actions["undo"].setEnabled)
    document.redoAvailable.connect(actions["redo"].setEnabled)
