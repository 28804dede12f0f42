"""Shared by the agenda and action-item panel tests."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

from noteapp.ui.main_window import MainWindow
from tests.ui.helpers import text_of

P = TypeVar("P", bound=QWidget)


def open_with_panel(window, note_copy, name: str, panel_type: type[P]) -> tuple[MainWindow, P, str]:
    """The window showing a copy of corpus note ``name``, active, with the caret in the
    note; its panel of ``panel_type``; the note's text."""
    win, _dialogs = window
    assert win.open_path(note_copy(name))
    win.activateWindow()
    win.editor.setFocus()
    panel = win.findChild(panel_type)
    assert panel is not None
    return win, panel, text_of(win)


def with_char(text: str, line_text: str, column: int, char: str) -> str:
    """``text`` with the character at ``column`` of the line ``line_text`` replaced."""
    at = text.index("\n" + line_text + "\n") + 1 + column
    return text[:at] + char + text[at + 1 :]
