"""Real key events for the benchmarks (what a keyboard sends, through the event loop)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

_NAMED = {" ": Qt.Key.Key_Space, "\n": Qt.Key.Key_Return, ":": Qt.Key.Key_Colon,
          "-": Qt.Key.Key_Minus, ".": Qt.Key.Key_Period}  # fmt: skip


def send_key(widget: QWidget, char: str) -> None:
    """Press and release the key for ``char`` (a-z, A-Z, space, newline, ``:-.``).

    QTest.keyClick with a str leaks a reference to None per call in PySide6 6.12, which
    aborts a long run: these are plain QKeyEvents."""
    if char in _NAMED:
        key = _NAMED[char]
    else:
        key = Qt.Key(Qt.Key.Key_A.value + ord(char.lower()) - ord("a"))
    modifiers = Qt.KeyboardModifier.ShiftModifier if char.isupper() else Qt.KeyboardModifier(0)
    text = "\r" if char == "\n" else char
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, text))
