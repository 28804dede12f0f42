"""Small actions on the real editor widget, shared by the UI tests."""

from __future__ import annotations

from noteapp.ui.main_window import MainWindow
from noteapp.ui.textbridge import document_text, to_utf16


def text_of(window: MainWindow) -> str:
    return document_text(window.editor.document())


def put_cursor(window: MainWindow, index: int) -> None:
    """Move the caret to code-point ``index`` of the note."""
    cursor = window.editor.textCursor()
    cursor.setPosition(to_utf16(text_of(window), index))
    window.editor.setTextCursor(cursor)


def type_at(qtbot, window: MainWindow, index: int, keys: str) -> None:
    put_cursor(window, index)
    qtbot.keyClicks(window.editor, keys)


def nth_line_end(data: bytes, line: int, newline: bytes = b"\n") -> int:
    """Byte offset where line ``line`` (1-based) ends, before its newline."""
    offset = -1
    for _ in range(line):
        offset = data.index(newline, offset + 1)
    return offset


def settle(qtbot, window) -> None:
    """Past the first paint and the layout's own adjustments."""
    painted: list[bool] = []
    window.editor.after_next_paint(lambda: painted.append(True))
    window.editor.viewport().update()
    qtbot.waitUntil(lambda: bool(painted))
    qtbot.wait(50)


def window_on(make_window, qtbot, path, text: str, size: tuple[int, int]) -> MainWindow:
    """A shown window of ``size`` on ``text`` written to ``path``, past its first paint."""
    path.write_text(text, encoding="utf-8")
    window, _dialogs = make_window()
    window.resize(*size)
    assert window.open_path(path)
    settle(qtbot, window)
    return window
