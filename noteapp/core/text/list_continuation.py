"""What Return does on a list line: the next item's marker, or the end of the list.

As in the desktop editors people know (ghostwriter, Typora, VS Code): Return in a list
item starts the next item at the same depth with the same marker (``-``, ``*``, ``+``,
the next number, an empty task box, the block quote's ``>``); Return on an item that is
only its marker removes the marker, ending the list.  What follows the marker (a
speaker's ``JH:``, the item's words) is never repeated.

Plain functions of the caret's line and the lines above it, so the editor can ask on
every Return for nothing measurable.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

# Indentation, block-quote marks, then a list marker with its gap and an optional box.
_PREFIX = re.compile(
    r"(?P<quote>[ \t]*(?:>[ \t]?)*)"
    r"(?:(?P<lead>[ \t]*)(?:(?P<bullet>[-*+])|(?P<number>\d{1,9})(?P<delim>[.)]))"
    r"(?P<gap>[ \t]+)(?:(?P<box>\[[ xX]\])(?:[ \t]+|$))?)?"
)
_RULE = re.compile(r"[ \t]*(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})")
_TABLE_DELIMITER = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*")
_HTML_START = re.compile(r" {0,3}</?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)|[ \t]*<!--")
# What moved down by a Return in front of it stays as it is: a line of its own kind.
_BLOCK_START = re.compile(r"(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#{1,6}(?:[ \t]|$)|>|\||`{3}|~{3})")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_FRONT = {"---": ("---", "..."), "+++": ("+++",)}


class Continuation(NamedTuple):
    """Return on a list line: insert ``"\\n" + prefix`` at the caret, or (``end``)
    replace the whole line, only a marker, by ``prefix`` (what encloses the list)."""

    prefix: str
    end: bool = False


def continuation(line: str, column: int, above: Sequence[str] = ()) -> Continuation | None:
    """What Return at ``column`` (code points) of ``line`` does; None: a plain line break
    (not a list or quote line, the caret before its text or before another block's
    start, ``- [ ] new|## Agenda``, a table row or HTML).

    ``above``: the lines just above, nearest last, up to a blank line (or fewer): a
    table's delimiter row or an HTML block's opening tag there means no list."""
    match = _PREFIX.match(line)
    if match is None or match.end() == 0 or column < match.end() or _RULE.fullmatch(line):
        return None
    quote = match.group("quote")
    if match.group("lead") is None and ">" not in quote:
        return None  # indentation only: a paragraph's continuation line
    if _BLOCK_START.match(line[column:].lstrip(" \t")) or _in_table_or_html(line, above):
        return None  # Return typed before an item or heading: a line break, nothing added
    if not line[match.end() :].strip():
        # "> - " ends the list, not the quote; a quote's own last ">" ends the quote.
        kept = quote if ">" in quote and match.group("lead") is not None else ""
        return Continuation(kept, end=True)
    if match.group("lead") is None:
        return Continuation(quote)
    if match.group("number") is not None:
        number = match.group("number")
        marker = str(int(number) + 1).zfill(len(number)) + match.group("delim")
    else:
        marker = match.group("bullet")
    box = "[ ] " if match.group("box") else ""
    return Continuation(quote + match.group("lead") + marker + match.group("gap") + box)


def _in_table_or_html(line: str, above: Sequence[str]) -> bool:
    paragraph: list[str] = []
    for text in reversed(above):
        if not text.strip():
            break
        paragraph.append(text)
    if paragraph and _HTML_START.match(paragraph[-1]):
        return True  # an HTML block runs to the next blank line
    return "|" in line and any("|" in t and _TABLE_DELIMITER.fullmatch(t) for t in paragraph)


def in_verbatim(lines: Sequence[str], from_start: bool) -> bool:
    """True when the line after ``lines`` is inside front matter (only when ``lines``
    start at the note's first line: ``from_start``), fenced code or an HTML comment.
    For editors without the highlighter's line states (a huge note); ``lines`` may be
    the last few hundred lines only."""
    close: tuple[str, ...] = ()
    fence = ""
    comment = False
    for i, text in enumerate(lines):
        if i == 0 and from_start and text.rstrip(" \t") in _FRONT:
            close = _FRONT[text.rstrip(" \t")]
        elif close:
            close = () if text.rstrip(" \t") in close else close
        elif fence:
            found = _FENCE.match(text)
            if found and _closes(found.group(1), fence) and not text[found.end() :].strip():
                fence = ""
        elif comment:
            comment = "-->" not in text
        elif found := _FENCE.match(text):
            fence = found.group(1)
        elif "<!--" in text:
            comment = "-->" not in text[text.rfind("<!--") :]
    return bool(close or fence or comment)


def _closes(marks: str, fence: str) -> bool:
    return marks[0] == fence[0] and len(marks) >= len(fence)
