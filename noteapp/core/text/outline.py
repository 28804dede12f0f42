"""The outline of a note: lines, fenced code, headings and the sections they open.

Built once per parse with whole-text regex scans (C speed), so every structure
parser can ask "which line is this offset on", "is this inside code" and "which
section is this" cheaply, even on a 5,000-line note.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import (
    cache,
    cached_property,
)
from itertools import accumulate, count, pairwise, repeat
from operator import add
from typing import TYPE_CHECKING, NamedTuple

from noteapp.core.text.lazy_pattern import lazy_compile
from noteapp.core.text.stopping import check
from noteapp.core.text.vocabulary import label_role

if TYPE_CHECKING:
    from noteapp.core.text.changed import Change

# Line patterns start with a literal "\n" and run over Outline.padded ("\n" + text): the
# regex engine then jumps from newline to newline, 4-5x faster than "^" with re.M.  One
# pattern finds every line that can matter to the outline, so the text is scanned once.
_MARKS = re.compile(
    # the lookahead turns ordinary lines ("- JH: ...", prose) away at their first character
    r"\n(?= {0,3}(?:#|=|-+[ \t]*(?:\n|\Z)|\*\*|```|~~~)) {0,3}(?:"
    r"(?P<atx>#{1,6})(?:[ \t]+(?P<atx_text>[^\n]*?))?(?:[ \t]+#+)?[ \t]*(?=\n|\Z)"
    r"|(?P<bar>=+|-+)[ \t]*(?=\n|\Z)"  # a setext underline (or a thematic break)
    # "**Updates:**" alone on a line (also with one stray "**" inside: "**065/18 **Budget**")
    r"|\*\*(?P<bold>[^*\n]+?(?:\*\*[^*\n]+?)?)\*\*[ \t]*:?[ \t]*(?=\n|\Z)"
    r"|(?P<fence>`{3,}|~{3,})(?P<info>[^\n]*)"
    r")"
)
_UNDERLINE = lazy_compile(r" {0,3}(=+|-+)[ \t]*")
_IAL = lazy_compile(r" {0,3}\{:[^}\n]*\}[ \t]*")
_ITEM_START = lazy_compile(r" {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_EMOJI_AND_MARKUP = re.compile(r"[^\w\s&/()'-]+|:[a-z0-9_+-]+:")

PSEUDO_LEVEL = 7

# Section kinds, from the heading's words (emoji, markup and case ignored). First match wins.
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "carryover",
        re.compile(
            r"previous action items|pushed to next meeting|deferred to next meeting|"
            r"outstanding items from the previous|stuff from last week|from previous meeting|"
            r"^last meeting$|^\d+ meetings ago$|^this meeting$|move to issue tracker",
            re.I,
        ),
    ),
    ("actions", re.compile(r"\baction items?\b|^actions?$|^todos?$|^next steps$", re.I)),
    (
        "attendees",
        re.compile(
            r"\battend(ees|ing|ance)\b|\bparticipants\b|^present\b|roll call|^check-in\b|"
            r"^sign in\b|who.?s here",
            re.I,
        ),
    ),
    (
        "agenda",
        re.compile(
            r"\bagenda\b|^topics$|^standing items$|^active votes$|^new agenda items$|"
            r"^discussion points$|^breakout topics$",
            re.I,
        ),
    ),
    ("minutes", re.compile(r"^(meeting )?minutes\b|^notes$|^discussion$|^agenda / notes$", re.I)),
)


#: A fence line: its offset, its backticks or tildes, the end of its line, and whether
#: nothing follows them (only such a fence closes a block).
Fence = tuple[int, str, int, bool]


def _fence(match: re.Match[str]) -> Fence:
    return (match.start(), match.group("fence"), match.end() - 1, not match.group("info").strip())


def _newlines(text: str, start: int, stop: int) -> Iterator[int]:
    """Offsets of the newlines in ``text[start:stop]``."""
    at = text.find("\n", start, stop)
    while at >= 0:
        yield at
        at = text.find("\n", at + 1, stop)


class Reread(NamedTuple):
    """What :meth:`Outline.after_edit` read again: lines ``first`` to ``last`` (1-based,
    the new text's numbering); the lines after them moved by ``moved`` lines."""

    first: int
    last: int
    moved: int


class HeadingAt(NamedTuple):
    """A heading in the text. ``level`` 7 marks a bold-only pseudo-heading line."""

    level: int
    text: str
    line: int  # 1-based
    start: int  # offset of the heading's first line
    end: int  # offset just after its last line (and newline)


class Section(NamedTuple):
    """The body a heading opens: up to the next heading of the same or a higher level."""

    heading: HeadingAt
    start: int  # first offset after the heading
    end: int
    kind: str  # "attendees", "agenda", "actions", "carryover", "minutes" or "other"


# The vocabulary's roles as the outline's section kinds.
_ROLE_KINDS = {
    "attendees": "attendees",
    "apologies": "attendees",
    "agenda": "agenda",
    "minutes": "minutes",
    "actions": "actions",
    "carryover": "carryover",
}


def _kind_checked(heading_text: str) -> str:
    check()
    return section_kind(heading_text)


@cache
def section_kind(heading_text: str) -> str:
    """What a heading's section holds, from its words: the vocabulary table's role
    (:mod:`noteapp.core.text.vocabulary`), else the forms seen in the corpus."""

    kind = _ROLE_KINDS.get(label_role(heading_text) or "")
    if kind is not None:
        return kind
    words = _EMOJI_AND_MARKUP.sub(" ", heading_text)
    words = re.sub(r"\s+", " ", words).strip(" :")
    for kind, pattern in _KINDS:
        if pattern.search(words):
            return kind
    return "other"


class Outline:
    """Lines, code, headings and sections of ``text`` from offset ``body_start`` on."""

    def __init__(self, text: str, body_start: int = 0) -> None:
        self._begin(text, body_start)
        # Offset of each line's start: cumulative lengths plus one newline per line, all
        # in C (a generator over re.finditer costs 3x as much on a 5,000-line note).
        lengths = map(len, text.split("\n"))
        self.line_starts = list(map(add, accumulate(lengths, initial=0), count()))[:-1]
        marks = list(self.scan(_MARKS))
        check()  # a stale parse stops between the steps of a long note's outline
        self._fences = [_fence(m) for m in marks if m.group("fence")]
        self._comments = [m.span() for m in _HTML_COMMENT.finditer(text, body_start)]
        self.code = self._code_ranges(self._fences, self._comments)
        check()
        self.headings = self._headings([m for m in marks if not m.group("fence")])

    def _begin(self, text: str, body_start: int) -> None:
        #: Set by :meth:`after_edit`: the lines read again; the rest is the old outline's.
        self.edit: Reread | None = None
        #: Set by :meth:`after_edit`: the first offset the edit changed (the text before
        #: it, and the body's start, are the old text's), else None.
        self.same_before: int | None = None
        self.text = text
        self.body_start = body_start
        # "\n" + text: a match of a "\n"-led line pattern at padded offset p is a line
        # starting at text offset p, and any group's text offset is its padded offset - 1.
        self.padded = "\n" + text

    @classmethod
    def after_edit(cls, before: Outline, text: str, body_start: int) -> Outline:
        """The outline of ``text``, an edit of ``before``'s text: only the lines the edit
        touched, and the paragraph after them (a setext underline reads the lines above
        it), are scanned again; the rest is ``before``'s, moved.  The same outline as
        ``Outline(text, body_start)``; built whole when the edit reaches into the front
        matter, a fence or an HTML comment."""
        from noteapp.core.text.changed import changed_span  # typing's: not at start-up

        change = changed_span(before.text, text)
        if body_start != before.body_start or change.start < body_start:
            return cls(text, body_start)
        new = cls.__new__(cls)
        new._begin(text, body_start)
        if not new._splice(before, change):
            new = cls(text, body_start)
        new.same_before = change.start
        return new

    def _splice(self, before: Outline, change: Change) -> bool:
        """Fill this outline from ``before`` and ``change``; False: the edit changed
        what is code (build it whole)."""
        text, old_starts, d = self.text, before.line_starts, change.delta
        first = bisect_right(old_starts, change.start) - 1  # 0-based: the first line touched
        last = bisect_right(old_starts, change.old_end) - 1  # and the last, in the old text
        begin = old_starts[first]
        old_stop = before.line_end(last + 1)  # the end of the last touched line's text
        stop = old_stop + d
        inside = [i + 1 for i in _newlines(text, begin, stop)]
        moved = list(map(add, old_starts[last + 1 :], repeat(d))) if d else old_starts[last + 1 :]
        self.line_starts = old_starts[: first + 1] + inside + moved
        lines = len(inside) - (last - first)  # lines the edit added (or removed: < 0)
        # every fence and comment outside the touched lines as before, moved: else whole
        fences = [f for f in before._fences if f[0] < begin]
        fences += [_fence(m) for m in self.scan(_MARKS, begin, stop) if m.group("fence")]
        fences += [(a + d, f, e + d, c) for a, f, e, c in before._fences if a > old_stop]
        self._fences = fences
        self._comments = self._comments_after(before, begin, stop, d)
        self.code = self._code_ranges(fences, self._comments)
        # a code block around the touched lines only grows or shrinks with them
        moved = [
            (a + d, b + d) if a > old_stop else (a, b + d if b >= old_stop else b)
            for a, b in before.code
        ]
        if self.code != moved:
            return False
        # The headings: a setext underline below the touched lines reads the paragraph
        # above it, so the lines up to the first blank one after them are read again.
        number = self.line_of(stop) + 1
        while number <= len(self.line_starts) and self.line_text(number).strip():
            number += 1
        reread_end = self.line_end(min(number, len(self.line_starts)))
        old_reread_end = reread_end - d
        marks = [m for m in self.scan(_MARKS, begin, reread_end) if not m.group("fence")]
        self.headings = [h for h in before.headings if h.end <= begin]
        self.headings += self._headings(marks)
        self.headings += [
            HeadingAt(h.level, h.text, h.line + lines, h.start + d, h.end + d)
            for h in before.headings
            if h.start > old_reread_end
        ]
        # the lines read again (new numbering) and how far the lines after them moved
        self.edit = Reread(first + 1, min(number, len(self.line_starts)), lines)
        return True

    def scan(
        self, pattern: re.Pattern[str], start: int = -1, end: int | None = None
    ) -> Iterator[re.Match[str]]:
        """Matches of a ``"\n"``-led line pattern over :attr:`padded`, from text offset
        ``start`` (default: the body) to ``end``.  ``match.start()`` is the matched line's
        text offset; subtract 1 from any other padded offset."""
        begin = self.body_start if start < 0 else start
        stop = len(self.padded) if end is None else end + 1
        return pattern.finditer(self.padded, begin, stop)

    # -- lines ---------------------------------------------------------------------------

    def line_of(self, offset: int) -> int:
        """1-based line number of ``offset``."""
        return bisect_right(self.line_starts, offset)

    def line_start(self, line: int) -> int:
        return self.line_starts[line - 1]

    def line_end(self, line: int) -> int:
        """Offset of the end of ``line``'s text (before its newline)."""
        if line < len(self.line_starts):
            return self.line_starts[line] - 1
        return len(self.text)

    def line_text(self, line: int) -> str:
        return self.text[self.line_start(line) : self.line_end(line)]

    def newline_after(self, offset: int) -> int:
        """Offset just after the newline ending the line that holds ``offset``."""
        nl = self.text.find("\n", offset)
        return len(self.text) if nl < 0 else nl + 1

    # -- code ------------------------------------------------------------------------------

    def _comments_after(
        self, before: Outline, begin: int, stop: int, d: int
    ) -> list[tuple[int, int]]:
        """The HTML comments, ``before``'s moved by ``d`` once the scan, started again at
        the last comment ending before ``begin``, meets one of them past ``stop``."""
        old = before._comments
        kept = bisect_right(old, (begin, -1))
        while kept and old[kept - 1][1] > begin:
            kept -= 1
        comments = old[:kept]
        resume = comments[-1][1] if comments else self.body_start
        for match in _HTML_COMMENT.finditer(self.text, resume):
            a, b = match.span()
            i = bisect_left(old, (a - d, b - d))
            if a > stop and i < len(old) and old[i] == (a - d, b - d):
                # the scan is in step with the old one again: the rest is the old's, moved
                comments.extend((a + d, b + d) for a, b in old[i:])
                break
            comments.append((a, b))
        return comments

    def _code_ranges(
        self, fences: list[Fence], comments: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """Fenced code blocks and HTML comments: nothing in them is structure."""
        ranges: list[tuple[int, int]] = []
        opened: Fence | None = None
        for fence in fences:
            if opened is None:
                opened = fence
            elif fence[1][0] == opened[1][0] and len(fence[1]) >= len(opened[1]) and fence[3]:
                ranges.append((opened[0], fence[2]))
                opened = None
        if opened is not None:  # an unclosed fence runs to the end, as in CommonMark
            ranges.append((opened[0], len(self.text)))
        ranges.extend(comments)
        ranges.sort()
        return ranges

    @cached_property
    def _code_starts(self) -> list[int]:
        return [start for start, _ in self.code]

    def in_code(self, offset: int) -> bool:
        i = bisect_right(self._code_starts, offset) - 1
        return i >= 0 and self.code[i][0] <= offset < self.code[i][1]

    # -- headings and sections -------------------------------------------------------------

    def _headings(self, marks: list[re.Match[str]]) -> list[HeadingAt]:
        found: list[HeadingAt] = []
        for k, m in enumerate(marks):
            if not k & 255:
                check()  # thousands of headings in a long note
            start = m.start()
            if self.in_code(start):
                continue
            if m.group("atx"):
                found.append(
                    HeadingAt(
                        len(m.group("atx")),
                        (m.group("atx_text") or "").strip(),
                        self.line_of(start),
                        start,
                        self.newline_after(start),
                    )
                )
            elif m.group("bold"):
                found.append(
                    HeadingAt(
                        PSEUDO_LEVEL,
                        m.group("bold").replace("**", "").strip().rstrip(":"),
                        self.line_of(start),
                        start,
                        self.newline_after(start),
                    )
                )
            elif m.group("bar") and (heading := self._setext(m)):
                found.append(heading)
        return found

    def _setext(self, underline: re.Match[str]) -> HeadingAt | None:
        """The heading an ``===``/``---`` line makes of the paragraph line above, if any."""
        number = self.line_of(underline.start())
        if number < 2 or self.line_start(number - 1) < self.body_start:
            return None
        line = self.line_text(number - 1)
        if (
            not line.strip()
            or line.startswith(("    ", "\t", "#", ">"))
            or re.match(r" {0,3}([-*+]|\d+[.)])([ \t]|$)", line)
            or (underline.group("bar")[0] == "-" and "|" in line)
            or _UNDERLINE.fullmatch(line)
            or _IAL.fullmatch(line)  # kramdown's "{: .class}" / "{:toc}": not text
            or self._lazy_in_container(number - 1, underline)
        ):
            return None
        level = 1 if underline.group("bar")[0] == "=" else 2
        return HeadingAt(
            level,
            line.strip(),
            number - 1,
            self.line_start(number - 1),
            self.newline_after(underline.start()),
        )

    def _lazy_in_container(self, last: int, underline: re.Match[str]) -> bool:
        """The paragraph ending on line ``last`` began in a list item or a block quote that
        the underline is not indented into: the underline would be a lazy continuation,
        which CommonMark (GitHub) and kramdown never read as a setext underline."""
        bar = underline.group(0)[1:]  # the match starts at the newline before the line
        indent = len(bar) - len(bar.lstrip(" "))
        number = last
        while number >= 1 and self.line_start(number) >= self.body_start:
            line = self.line_text(number)
            if not line.strip():
                return False
            if line.lstrip().startswith(">"):
                return True
            item = _ITEM_START.match(line)
            if item:
                return indent < item.end()
            number -= 1
        return False

    @cached_property
    def sections(self) -> list[Section]:
        # A section ends at the next heading of its level or a higher one (a bold
        # pseudo-heading, level 7, at the next heading of any): the open sections, on a
        # stack of rising levels, close as each heading comes (linear in the headings).
        heads = self.headings
        ends = [len(self.text)] * len(heads)
        open_: list[int] = []
        for j, later in enumerate(heads):
            while open_ and heads[open_[-1]].level >= later.level:
                ends[open_.pop()] = later.start
            open_.append(j)
        # a first parse reads each heading's words (a few microseconds each, thousands)
        return [
            Section(head, head.end, end, _kind_checked(head.text))
            for head, end in zip(heads, ends, strict=True)
        ]

    def sections_of(self, kind: str) -> list[Section]:
        return [s for s in self.sections if s.kind == kind]

    def section_at(self, offset: int) -> Section | None:
        """The innermost section holding ``offset``."""
        best: Section | None = None
        for section in self.sections:
            if section.heading.start > offset:
                break
            if section.start <= offset < section.end or (section.start == section.end == offset):
                best = section
        return best

    @cached_property
    def pieces(self) -> list[tuple[int, int]]:
        """The body cut at each heading: (start, end) of a heading line and the lines
        up to the next heading (the first piece: the body before the first heading).
        Readers that cache what they find in a piece by its text re-read, after a
        keystroke, only the piece that changed."""
        cuts = [self.body_start]
        cuts.extend(h.start for h in self.headings if h.start > self.body_start)
        cuts.append(len(self.text))
        return [(a, b) for a, b in pairwise(cuts) if b > a]

    @cached_property
    def piece_texts(self) -> list[str]:
        """The text of each of :attr:`pieces` (cut once for every reader that keeps
        what it finds in a piece by its text)."""
        text = self.text
        return [text[a:b] for a, b in self.pieces]

    def first_heading(self) -> HeadingAt | None:
        return next((h for h in self.headings if h.level < PSEUDO_LEVEL and h.text), None)
