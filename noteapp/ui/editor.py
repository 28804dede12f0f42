"""The plain-text editor widget that holds a note."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from noteapp.ui.textbridge import OffsetMap


class NoteEditor(QPlainTextEdit):
    """A monospace, word-wrapping plain-text editor.

    Read its text with :func:`noteapp.ui.textbridge.document_text`, never
    ``toPlainText()``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paint_waiters: list[Callable[[], object]] = []  # before any viewport event
        self.setObjectName("editor")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.setFont(font)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabStopDistance(4 * self.fontMetrics().horizontalAdvance(" "))
        self._extra: dict[str, list[QTextEdit.ExtraSelection]] = {}

    def after_next_paint(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` once, on the loop turn after the text area's next paint (for
        the first paint: --quit-after-load, screenshots, work held back until then).

        Seen through :meth:`viewportEvent`, not an event filter on ``viewport()``: the
        first Python wrapper of the viewport makes PySide load ~80 widget classes'
        enums to type it, 10 ms of start-up."""
        self._paint_waiters.append(callback)

    def viewportEvent(self, event: QEvent) -> bool:
        handled = super().viewportEvent(event)
        if self._paint_waiters and event.type() == QEvent.Type.Paint:
            waiters, self._paint_waiters = self._paint_waiters, []
            for callback in waiters:  # after this paint has been flushed to the screen
                QTimer.singleShot(0, callback)
        return handled

    def set_extra_selections(self, kind: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Show ``selections`` as the extra selections called ``kind`` ("current_line",
        "find", ...), keeping every other kind's; later kinds are drawn on top."""
        self._extra[kind] = selections
        self.setExtraSelections([s for group in self._extra.values() for s in group])

    def line_and_column(self) -> tuple[int, int]:
        """The cursor's 1-based line and column, the column counted in characters."""
        cursor = self.textCursor()
        column = OffsetMap(cursor.block().text()).from_utf16(cursor.positionInBlock())
        return cursor.blockNumber() + 1, column + 1
