"""The plain-text editor widget that holds a note."""

from __future__ import annotations

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
        self.setObjectName("editor")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.setFont(font)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabStopDistance(4 * self.fontMetrics().horizontalAdvance(" "))
        self._extra: dict[str, list[QTextEdit.ExtraSelection]] = {}

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
