"""The plain-text editor widget that holds a note."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QPalette, QResizeEvent, QTextBlock, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout, QPlainTextEdit, QTextEdit, QWidget

from noteapp.ui.textbridge import OffsetMap
from noteapp.ui.typography import (
    LINE_HEIGHT,
    MIN_COLUMNS,
    MIN_MARGIN_PX,
    READING_COLUMNS,
    SIDE_MARGIN_CHARS,
    TOP_MARGIN_LINES,
    default_editor_font,
)

_RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SpacedLayout(QPlainTextDocumentLayout):
    """A plain-text layout whose lines are :attr:`line_height` times their own height.

    ``QPlainTextEdit`` ignores a block's ``lineHeight`` format; this layout spaces the
    lines of each block itself, as Qt lays a block out: every line moves down by the
    extra of the lines above it plus half its own (the text sits in the middle of its
    taller line), and the block's rectangle grows to match.  Painting, the caret, clicks
    and scrolling all read the lines' positions and the block's rectangle, so they agree.
    The text and its undo history are untouched: this is layout only.
    """

    def __init__(self, document: QTextDocument, line_height: float = LINE_HEIGHT) -> None:
        super().__init__(document)
        self.line_height = line_height

    def blockBoundingRect(self, block: QTextBlock) -> QRectF:
        rect = super().blockBoundingRect(block)  # lays the block out when it must
        layout = block.layout()
        count = layout.lineCount() if layout is not None else 0
        if count == 0 or not rect.isValid():
            return rect
        factor = self.line_height
        top = 0.0
        for i in range(count):  # from scratch each time: a re-laid-out block is tight
            line = layout.lineAt(i)
            height = line.height()
            line.setPosition(QPointF(line.x(), top + height * (factor - 1) / 2))
            top += height * factor
        if not block.next().isValid():
            top += self.document().documentMargin()
        return QRectF(rect.x(), rect.y(), rect.width(), top)


class NoteEditor(QPlainTextEdit):
    """A monospace, word-wrapping plain-text editor whose text keeps to a readable
    column (:data:`READING_COLUMNS` characters at most), centred between margins of the
    text's own background.

    Read its text with :func:`noteapp.ui.textbridge.document_text`, never
    ``toPlainText()``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paint_waiters: list[Callable[[], object]] = []  # before any viewport event
        self.setObjectName("editor")
        document = QTextDocument(self)
        document.setDocumentLayout(SpacedLayout(document))
        self.setDocument(document)
        self.reading_columns: int | None = READING_COLUMNS  # None: as wide as the editor
        # The margins around the viewport are painted in the text's colour, not the window's.
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.setFont(default_editor_font())
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._extra: dict[str, list[QTextEdit.ExtraSelection]] = {}
        # Return and Enter go here first (list continuation); True: it was handled.  In
        # keyPressEvent, not an event filter: a completer hands its popup's keys straight
        # to the widget's event(), past any filter.
        self.return_hook: Callable[[QKeyEvent], bool] | None = None
        # Called first on every key press, before Qt edits the text: the Python calls of
        # the keystroke itself (layout, highlighting, the journal) each wait for the GIL
        # while a worker thread runs Python, so the workers are told here to give way.
        self.key_hooks: list[Callable[[], object]] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:
        for before in self.key_hooks:
            before()
        hook = self.return_hook
        if hook is not None and event.key() in _RETURN_KEYS and hook(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.setTabStopDistance(4 * self.fontMetrics().horizontalAdvance(" "))
            self.update_margins()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.update_margins()
        super().resizeEvent(event)

    def update_margins(self) -> None:
        """Margins of a couple of characters (less when the editor is narrow, so the
        text keeps its :data:`MIN_COLUMNS`), widened to centre the reading column."""
        metrics = self.fontMetrics()
        char = metrics.averageCharWidth()
        top = round(TOP_MARGIN_LINES * metrics.lineSpacing())
        scrollbar = self.verticalScrollBar()
        available = self.width() - 2 * self.frameWidth() - 2 * self.document().documentMargin()
        if scrollbar.isVisible():
            available -= scrollbar.width()
        room = (available - MIN_COLUMNS * char) // 2  # beside the narrowest column
        side = int(max(MIN_MARGIN_PX, min(SIDE_MARGIN_CHARS * char, room)))
        extra = 0
        wraps = self.lineWrapMode() != QPlainTextEdit.LineWrapMode.NoWrap
        if self.reading_columns and wraps:
            column = self.reading_columns * char + 2
            extra = max(0, int(available - column - 2 * side) // 2)
        self.setViewportMargins(side + extra, top, side + extra, 0)

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
                QTimer.singleShot(0, self, callback)  # never after the editor is gone
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
