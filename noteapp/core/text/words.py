"""The word count, kept up to date by counting only what an edit changed.

A word is a run of non-space characters holding a letter or digit ("-", "|" are not
words), so a count splits at any whitespace: the count of a text is the sum of the
counts of pieces cut at whitespace.  :class:`WordCounter` uses that twice: an edit
changes the count only inside the whitespace-bounded span around it, and a whole text
is counted in pieces of ``PIECE`` characters, so no single regex call (which holds the
GIL) runs long when a worker thread counts.
"""

from __future__ import annotations

import re
import threading

_WORD = re.compile(r"[^\W_]\S*")
PIECE = 65_536


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """The words in ``text[start:end]`` (cut at whitespace: the count is exact there)."""
    end = len(text) if end is None else end
    total = 0
    while start < end:
        stop = min(end, start + PIECE)
        if stop < end:
            while stop < end and not text[stop].isspace():  # cut between words
                stop += 1
        total += len(_WORD.findall(text, start, stop))
        start = stop
    return total


class WordCounter:
    """``count(text)``: the words in ``text``, counting again only around what changed
    since the last call."""

    def __init__(self) -> None:
        self._text: str | None = None
        self._total = 0
        self._lock = threading.Lock()  # the editor's thread and a parse worker count

    def count(self, text: str) -> int:
        with self._lock:
            return self._count(text)

    def _count(self, text: str) -> int:
        old = self._text
        if old is None:
            total = count_words(text)
        elif old is text or old == text:
            total = self._total
        else:
            from noteapp.core.text.changed import changed_span  # typing's: not at start-up

            start, old_end, new_end = changed_span(old, text)
            while start > 0 and not text[start - 1].isspace():
                start -= 1  # back to the start of the word the edit touched
            while new_end < len(text) and not text[new_end].isspace():
                old_end += 1  # on to the end of that word (the same characters in both)
                new_end += 1
            total = (
                self._total - count_words(old, start, old_end) + count_words(text, start, new_end)
            )
        self._text, self._total = text, total
        return total

    def body(self, text: str, start: int) -> int:
        """The words in ``text`` from ``start`` (the end of the front matter: a line
        break, so the words before it are counted apart exactly)."""
        return self.count(text) - count_words(text, 0, start)
