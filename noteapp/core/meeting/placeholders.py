"""The lines a template leaves where the first entry of a section goes.

A template writes ``- [ ]`` under "Action items", ``- `` (an empty bullet) under
"Agenda" or "Minutes", or a word that says "nothing yet" (``TBD``, ``TODO``, ``...``):
the first real entry is written over that line instead of after it, so the note does
not keep an empty item, or a "TBD" above the agenda it was standing in for.
"""

from __future__ import annotations

import re

from noteapp.core.text.lazy_pattern import lazy_compile

# "nothing yet": to be decided, to do, an ellipsis (ASCII or the character).
_WORD = r"(?:TBD|tbd|TBA|tba|TODO|todo|\.\.\.|…)"

# A placeholder line, whole: an empty list item (a marker, with or without an empty
# box), that item with a "nothing yet" word, or the word alone.
PLACEHOLDER_LINE = lazy_compile(
    r"(?P<indent>[ \t\xa0]*)"
    r"(?:(?P<marker>[-*+]|\d{1,9}[.)])(?:[ \t]+(?P<box>\[ \]))?(?:[ \t]+" + _WORD + r")?"
    r"|" + _WORD + r")"
    r"[ \t\xa0]*"
)


def is_placeholder(line: str) -> bool:
    """Whether ``line`` (without its newline) is a placeholder and nothing else."""
    return PLACEHOLDER_LINE.fullmatch(line) is not None


def find_placeholder(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first placeholder line that lies whole in ``text[start:end]``."""
    at = text.rfind("\n", 0, start) + 1
    if at < start:  # ``start`` is inside a line: begin at the next one
        at = text.find("\n", start) + 1 or len(text)
    while at < end:
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        if stop > end:
            return None
        found = PLACEHOLDER_LINE.fullmatch(text, at, stop)
        if found is not None and stop > at:
            return found
        at = stop + 1
    return None


def entry_over(found: re.Match[str], content: str, box: bool | None, default_box: bool) -> str:
    """The first real entry written over the placeholder ``found``: its indentation
    and marker kept (a dash when it was a bare word).  ``box`` None follows the
    placeholder (a box when it had one; ``default_box`` for a bare word); True or
    False asks for a box or none."""
    marker = found["marker"] or "-"
    if box is None:
        box = found["box"] is not None if found["marker"] else default_box
    return f"{found['indent']}{marker} {'[ ] ' if box else ''}{content}"
