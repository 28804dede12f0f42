"""The editor's text as Python lines, kept up to date edit by edit.

Reading a 50,000-line note out of Qt (``toRawText``) takes 30-60 ms, longer than a
frame, and the parse after each pause needs the whole text.  :class:`TextMirror` keeps
one string per block and, on each ``contentsChange``, reads only the blocks the change
touched (block numbers, not character positions: no UTF-16 arithmetic), so the text is
one ``join`` away.  If the bookkeeping ever disagrees with the document (its block
count), the whole document is read again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument

from noteapp.ui.textbridge import document_text


class TextMirror(QObject):
    """Lives as the document's child: it goes with it."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._document = document
        self._lines: list[str] | None = None  # None: read the whole document next time
        self._text: str | None = None  # the lines joined, until the next change
        document.contentsChange.connect(self._change)

    def reset(self) -> None:
        self._lines = self._text = None

    def prime(self, text: str) -> None:
        """``text`` is the document's text (as loaded): kept, so the first pause after
        typing does not read the whole document out of Qt (30-60 ms at 50,000 lines, on
        the GUI thread, while a parse worker held the GIL: 100-180 ms stalls)."""
        lines = text.split("\n")
        if self._lines is None and len(lines) == self._document.blockCount():
            self._lines, self._text = lines, text

    def _change(self, position: int, _removed: int, added: int) -> None:
        lines = self._lines
        if lines is None:
            return
        document = self._document
        try:
            first = document.findBlock(position)
        except RuntimeError:  # the document is being deleted
            self.reset()
            return
        last = document.findBlock(position + added)
        if not last.isValid():
            last = document.lastBlock()
        start, stop = first.blockNumber(), last.blockNumber() + 1
        old = (stop - start) - (document.blockCount() - len(lines))  # the lines replaced
        if start < 0 or old < 0 or start + old > len(lines):
            self.reset()
            return
        new = []
        block = first
        for _ in range(stop - start):
            new.append(block.text())
            block = block.next()
        if old == len(new) == 1 and lines[start] == new[0]:
            return  # a colouring pass: the text is unchanged
        lines[start : start + old] = new
        self._text = None

    def text(self) -> str:
        """The document's text with ``\\n`` line breaks (as ``document_text``)."""
        if self._lines is not None and len(self._lines) != self._document.blockCount():
            self.reset()
        if self._lines is None:
            self._text = document_text(self._document)
            self._lines = self._text.split("\n")
        elif self._text is None:
            self._text = "\n".join(self._lines)
        return self._text
