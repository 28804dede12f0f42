"""Cheap tests, with ``str`` methods at C speed, that a piece of text cannot hold what a
reader's regular expression looks for, so the reader skips the regex scan (the scan tries
its pattern at every line or position of the piece; ``in`` is a fast substring search).

Each test must be a *necessary* condition of the pattern it guards: a literal that every
match contains. Then a skipped scan is one that would have found nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

# The characters outside ASCII that a case-insensitive pattern (``re.IGNORECASE``) matches
# to an ASCII letter: "İ" and "ı" to "i", "ſ" to "s", the Kelvin sign to "k"
# (tests/core/test_quick_find.py checks the list against ``re``).
ASCII_FOLDS = "\u0130\u0131\u017f\u212a"


def holds_any(text: str, needles: Iterable[str]) -> bool:
    """Whether ``text`` holds one of ``needles`` as it is written."""
    return any(needle in text for needle in needles)


def holds_any_folded(text: str, needles: Iterable[str]) -> bool:
    """Whether ``text`` may hold one of ``needles`` (lowercase ASCII) in any case, as a
    case-insensitive pattern matches it (True when ``text`` holds one of
    :data:`ASCII_FOLDS`: the lowered text cannot tell then)."""
    low = lowered(text)  # ASCII letters lowered one for one; nothing else lowers to them
    return low is None or holds_any(low, needles)


def lines_holding(text: str, needles: Iterable[str]) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` that holds one of ``needles`` (none holding a
    newline), in order; ``end`` is the line's newline or the text's end. A pattern whose
    matches stay within a line then needs to be tried on these lines only."""
    spans: dict[int, int] = {}
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            spans[start] = end
            at = text.find(needle, end)  # the next line's (this one is in)
    return sorted(spans.items())


def lowered(text: str) -> str | None:
    """``text.lower()``, of the same length, on which a case-sensitive pattern of lowercase
    phrases finds every line a case-insensitive one finds on ``text`` (``re`` tries such a
    pattern's alternatives several times faster); None when ``text`` holds one of
    :data:`ASCII_FOLDS` ("İ" lowers to two characters; "ſ" is "s" only to ``re``).

    The phrases must hold no other character ``re`` folds to another lowercase one
    (tests/core/test_quick_find.py checks the readers' phrases)."""
    if not text.isascii() and holds_any(text, ASCII_FOLDS):
        return None
    return text.lower()
