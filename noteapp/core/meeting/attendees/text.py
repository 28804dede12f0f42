"""Small text helpers shared by the attendee styles: spans, markup, splitting, headers."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from noteapp.core.text.lazy_pattern import lazy_compile

ITEM_RE = lazy_compile(r"(?P<indent>[ \t]*)(?P<marker>[-*+]|\d{1,3}[.)])(?P<space>[ \t]+|$)")
INITIALS = r"[A-Z][A-Za-z]{0,2}[A-Z]"
INITIALS_RE = re.compile(INITIALS)
HANDLE = r"[A-Za-z0-9][A-Za-z0-9_-]*"
HANDLE_RE = re.compile(HANDLE)
_PLACEHOLDER_RE = lazy_compile(r"(?:your |full )?name\b", re.I)
LINK_RE = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_ESCAPE_RE = re.compile(r"\\([^\w\s])")
_HANDLE_WORD_RE = re.compile(r"github|\bgh\b|handle|user ?name|login")
_ORG_WORD_RE = re.compile(r"affiliation|organi[sz]ation|\borg\b|institution|company|employer")
_BRACKET_RE = re.compile(r"[()\[\]`]")
_MARKUP_EDGE = "*_`~"


def strip_span(text: str, start: int, end: int, chars: str | None = None) -> tuple[int, int]:
    """``start``/``end`` moved inwards past whitespace (or ``chars``)."""
    piece = text[start:end]
    left = piece.lstrip(chars)
    if not left:
        return start, start
    start += len(piece) - len(left)
    return start, end - (len(left) - len(left.rstrip(chars)))


def unmark(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and wrapping markup (``**bold**``, ``_it_``, a ``[link](url)``)."""
    start, end = strip_span(text, start, end)
    while start < end and (text[start] in _MARKUP_EDGE or text[start] == "["):
        link = LINK_RE.fullmatch(text, start, end) if text[start] == "[" else None
        if link:
            start, end = link.start(1), link.end(1)
            continue
        s2, e2 = start, end
        while s2 < e2 and text[s2] in _MARKUP_EDGE and text[e2 - 1] == text[s2]:
            s2, e2 = s2 + 1, e2 - 1
        s2, e2 = strip_span(text, s2, e2)
        if (s2, e2) == (start, end) or s2 >= e2:
            break
        start, end = s2, e2
    return start, end


def clean(value: str) -> str:
    """A value as shown: whitespace runs (line wraps) become one space, ``\\x`` escapes go."""
    if "\\" in value:
        value = _ESCAPE_RE.sub(r"\1", value)
    return " ".join(value.split())


def split_top(text: str, start: int, end: int, seps: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans of ``text[start:end]`` split at ``seps`` matches outside brackets and code."""
    guarded: list[tuple[int, int]] = []
    if _BRACKET_RE.search(text, start, end):
        depth, tick, opened = 0, False, start
        for m in _BRACKET_RE.finditer(text, start, end):
            ch = m.group()
            if ch == "`":
                if depth == 0:
                    if not tick:
                        opened = m.start()
                    else:
                        guarded.append((opened, m.end()))
                    tick = not tick
            elif tick:
                continue
            elif ch in "([":
                if depth == 0:
                    opened = m.start()
                depth += 1
            elif depth:
                depth -= 1
                if depth == 0:
                    guarded.append((opened, m.end()))
        if depth or tick:
            guarded.append((opened, end))
    spans = []
    pos = start
    for m in seps.finditer(text, start, end):
        if m.end() == m.start() or any(gs <= m.start() < ge for gs, ge in guarded):
            continue
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    return spans


def header_fields(fields: list[str]) -> tuple[str, ...] | None:
    """Column/field kinds from header words, or None when the words are not a header."""
    if not fields or not _PLACEHOLDER_RE.match(fields[0].strip(" *_`")):
        return None
    return tuple(header_kind(f) for f in fields)


def header_kind(word: str) -> str:
    """What a table column or a prompt field holds, from its header word."""
    word = word.strip(" *_`").lower()
    if _HANDLE_WORD_RE.search(word):
        return "handle"
    if "initial" in word:
        return "initials"
    if _ORG_WORD_RE.search(word):
        return "affiliation"
    if "name" in word:
        return "name"
    return "other"


def majority(values: Sequence[str | None], default: str) -> str:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else default


_FIELD_SEP = re.compile(r"[ \t]*/[ \t]*")
COMMA = re.compile(r"[ \t]*,[ \t]*")


def slash_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Fields of ``Name / Org / \\@handle``: a ``/`` outside brackets with a space on either
    side; a ``/`` glued to the name (``Jeff Edwards/EPA / ...``) also ends the name, and
    where no ``/`` has a space, every ``/`` separates (``Tim/Binder/@betatim``)."""
    spans = split_top(text, start, end, _FIELD_SEP)
    if len(spans) == 1:
        return spans
    spaced = [text[pe:s] != "/" for (_ps, pe), (s, _e) in pairwise(spans)]
    if not any(spaced):
        return spans
    out = [spans[0]]
    for k, (s, e) in enumerate(spans[1:]):
        if spaced[k] or k == 0:
            out.append((s, e))
        else:
            out[-1] = (out[-1][0], e)
    return out
