"""Checklists, agenda, action items and speakers, read from the note's own text.

The rules are docs/meeting-structure.md's.  Everything here is built for a parse
after every pause in typing: whole-text regex scans over the parts of the note that
are not code, ``"\\n"``-led patterns over :attr:`Outline.padded` (the regex engine
then jumps from newline to newline), and Python loops only over the lines that
matter: task items, the lists of agenda and action-item sections, ``TODO`` lines.

Where a list item belongs is decided by its *home*: the innermost enclosing section
whose heading says what it holds (attendees, agenda, actions, carryover, minutes).
A sub-heading that says nothing ("### CFEP updates", "**Docker hub**") belongs to
its parent's home; one that says something else ("### Pushed to next meeting"
inside "## Agenda") is a home of its own.  So a conda-forge item under "Pushed to
next meeting" is a carried-over action item whether or not the file also wraps it
in a "## Agenda".
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from functools import cached_property, lru_cache
from operator import attrgetter
from typing import NamedTuple

from noteapp.core.meeting.structure import ActionItem, AgendaItem, TaskItem
from noteapp.core.text.lazy_pattern import lazy_compile
from noteapp.core.text.outline import Outline, Section
from noteapp.core.text.stopping import check
from noteapp.core.text.text_cache import LINES, PIECES, TextCache, piece_cache
from noteapp.core.text.vocabulary import VOCABULARY

# A list item line: indentation (spaces, tabs and the NBSPs HackMD pastes), marker, the
# gap before the content, the rest of the line.  "\n"-led: run it over Outline.padded.
_ITEM = re.compile(r"\n([ \t\xa0]*)([-*+]|\d{1,9}[.)])([ \t]+|(?=\n)|\Z)([^\n]*)")
# A task item from its line start, and the box that finds it: "[ ]", "[x]" or "[X]" then a
# space or the end of the line, right after the marker.
_TASK_LINE = re.compile(r"[ \t\xa0]*([-*+]|\d{1,9}[.)])[ \t]+\[([ xX])\]([^\n]*)")
_ANY_BOX = re.compile(r"\[[ xX]\](?=[ \t\xa0\n]|\Z)")
_BOX = re.compile(r"\[([ xX])\](?:[ \t\xa0]+|$)")
# Between two list items: a blank line then text at column 0, or a fence at column 0,
# ends the list (CommonMark), so the next item starts a new one.
_LIST_BREAK = lazy_compile(r"\n[ \t]*\n(?=\S)|\n(?=```|~~~)")
# Speakers: initials opening a (non-task) list item, "JH: ..." or "(MvN) ...".
_INITIALS = r"[A-Z][A-Za-z]{0,2}[A-Z]"
_SPEAKER = re.compile(
    r"\n[ \t\xa0]*(?:[-*+]|\d{1,9}[.)])[ \t]+"
    rf"(?:\((?={_INITIALS}\))|(?={_INITIALS}:))({_INITIALS})"
)
# Time boxes: [10minutes], [10 min], (5 min), (5 minutes), (5m), (1h), [time=5 minutes].
TIMEBOX = re.compile(
    r"[\[(](?:time=)?[ \t]*(\d+(?:\.\d+)?)[ \t]*(minutes?|mins?|m|hours?|hrs?|h)[ \t]*[\])]",
    re.I,
)
HOUR_UNITS = frozenset(("h", "hr", "hrs", "hour", "hours"))

# An action written as a line of its own, anywhere: "ACTION: SC to move m/4", "* AI: Kate -
# ...", "**Action item**: Oliver to reply", "****ACTION****: ...", "**Action** JR to ...",
# "> ***Action #1: add a text (Matt Garrish)***", "Notes: ACTION: ...".
_ACTION_LINE = lazy_compile(
    r"\n[ \t\xa0>]*(?:(?:[-*+]|\d{1,3}[.)])[ \t]+)?(?:\[(?P<box>[ xX])\][ \t]+)?"
    r"(?:[A-Z][a-z]+:[ \t]+)?"
    r"(?:(?P<bold>[*_]{1,4})[ \t]*(?:ACTIONS?|[Aa]ction(?: [Ii]tems?| [Pp]oints?)?|AI)"
    r"(?:[ \t]*#\d+)?[ \t]*(?:[:：][ \t]*[*_]{0,4}|[*_]{1,4}[ \t]*(?:[:：]|(?=[ \t]+[A-Z@])))"
    r"|(?:ACTIONS?|Action(?: [Ii]tems?| [Pp]oints?)?|AI)(?:[ \t]*#\d+)?"
    r"(?:[ \t]*\((?P<who>[^()\n]{1,40})\))?[ \t]*[:：]"  # "AI(@alice): ...", "Action (Bob):"
    r"|\[(?:ACTIONS?|ACTION ITEMS?|AI|AP|TODO)\][ \t]*[:：]?"  # "[ACTION] Ken to ..."
    r"|(?P<abbr>AP|AR|A\.I\.|A\.P\.)[ \t]*[:：]"  # "AP: Ken to ..." (action point)
    r"|(?:ACTIONS?|Action(?: [Ii]tems?| [Pp]oints?)?|AI|TODO|To-?do)[ \t]+[-–—](?=[ \t]))"
    r"[ \t]*(?=\S)"
)
_DONE_MARK = re.compile(r"\[\[?done\]?(?:\([^)]*\))?\]|\(done\)|\bDONE\b", re.I)

# -- owners ---------------------------------------------------------------------------------
# "odo": "todo" and "Todo" in one C-speed str.find; "O DO": "[TO DO]:"
_TODO_SPELLINGS = ("TODO", "odo", "O DO")
_TODO_LINE = lazy_compile(
    r"[ \t\xa0]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:\[[ xX]\][ \t\xa0]+)?"
    r"(?:[A-Z][\w.'’-]*[ \t]+)?(?:\((?i:todo)\)|(?i:todo):|\[(?i:to ?do)\]:)"
)
_TODO_PREFIX = lazy_compile(
    r"(?:(?P<who>[A-Z][\w.'’-]*)[ \t]+)?(?:\(todo\)|todo:|\[to ?do\]:)[ \t]*", re.I
)
_WORD = r"[^\W\d_][\w'’.-]*"
_NAME = rf"(?:@[\w-]+|{_WORD}(?: {_WORD}){{0,2}})"
_JOIN = r"(?:[ \t]*[,/&+][ \t]*|[ \t]+and[ \t]+)"
_BOLD_LEAD = lazy_compile(rf"\*\*({_NAME}(?:{_JOIN}{_NAME})*):?\*\*:?[ \t]")
_PAREN_LEAD = re.compile(r"\(([^()\n]{1,60})\)(?=[ \t:]|$)")
_COLON_LEAD = lazy_compile(rf"({_NAME}(?:{_JOIN}{_NAME})*):[ \t]")
_TO_LEAD = lazy_compile(
    rf"({_NAME}(?:(?:[ \t]+and[ \t]+|[ \t]*[,&+][ \t]*){_NAME})*)"
    r"(?:[ \t]+[✅✔☑✓]\ufe0f?)?"  # "JW ✅ to write ...": ticked off beside the name
    r"(?:[ \t]+(?:to|will|should|(?:is|are)[ \t]+[a-z]+ing[ \t]+(?:to|on))"
    r"|(?<!\bis)(?<!\bare)[ \t]+[a-z]+ing[ \t]+(?:to|on))[ \t]"  # "Kate working on"
)
_DASH_LEAD = lazy_compile(
    rf"({_NAME}(?:[ \t]*[,&/][ \t]*{_NAME})*)(?:[ \t]+|(?<=[^\W_]))[-–—][ \t]"
)
_TRAILING_OWNER = lazy_compile(rf"\(({_NAME}(?:[ \t]*[,&/][ \t]*{_NAME})*)\)[ \t.*_]*$")
# "(MRB done)": the owner, then how the item stands
_STATUS_AFTER = re.compile(r"[ \t]+(?:done|wip|in progress|pending|ongoing)$", re.I)
# The verbs an action item starts with ("Send the slides"), or that follow its owner
# ("Theo have a meeting with ...", "Stewart add a field ...")
IMPERATIVES = frozenset(
    [
        "add",
        "ask",
        "have",
        "build",
        "check",
        "contact",
        "create",
        "document",
        "do",
        "draft",
        "email",
        "figure",
        "file",
        "fill",
        "find",
        "finish",
        "fix",
        "follow",
        "get",
        "invite",
        "look",
        "make",
        "merge",
        "move",
        "open",
        "organise",
        "organize",
        "ping",
        "post",
        "prepare",
        "publish",
        "put",
        "reach",
        "release",
        "remove",
        "reply",
        "review",
        "schedule",
        "send",
        "set",
        "share",
        "start",
        "submit",
        "talk",
        "test",
        "try",
        "update",
        "upload",
        "wait",
        "write",
        # verbs that are seldom nouns ("Broaden this activity", "Investigate the leak")
        "announce",
        "broaden",
        "circulate",
        "clarify",
        "collect",
        "confirm",
        "continue",
        "contribute",
        "coordinate",
        "decide",
        "define",
        "deploy",
        "ensure",
        "evaluate",
        "explore",
        "identify",
        "implement",
        "improve",
        "investigate",
        "propose",
        "provide",
        "reduce",
        "resolve",
        "summarise",
        "summarize",
        "understand",
        "verify",
    ]
)
_SPLIT_NAMES = re.compile(_JOIN)
# A word that links an action to what came before ("Otherwise Erik to remove ...")
CONNECTIVE = (
    r"(?:Otherwise|Then|Also|Meanwhile|Afterwards|Finally|Additionally|Alternatively|"
    r"Else|If not|If so),?[ \t]+(?=[A-Z@])"
)
_CONNECTIVE_LEAD = lazy_compile(CONNECTIVE)
# "..., Rob to comment", "... and Amy to review", "..., Karen will send": more owners
_MORE_TO = lazy_compile(
    rf"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)({_NAME})[ \t]+(?:to|will)[ \t]+[a-z]"
)
# "... reviewing job descriptions: Raniere and Elizabeth": who, after a colon at the end
_TRAILING_NAMES = lazy_compile(rf":[ \t]+({_NAME}(?:{_JOIN}{_NAME})*)[ \t.*_]*$")
# "... (owner: Ken)", "... (assigned to Ken)", "... — Ken", "... -> Ken", "... [Ken]": who,
# marked at the end
_MARKED_OWNER = lazy_compile(
    rf"(?:\((?i:owners?|assigned to|assignees?|who|by)[: \t]+({_NAME}(?:{_JOIN}{_NAME})*)\)"
    rf"|[ \t](?:—|–|->|→|=>)[ \t]*({_NAME}(?:{_JOIN}{_NAME})*)"
    rf"|\[({_NAME}(?:{_JOIN}{_NAME})*)\]"
    rf"|[;,][ \t]*(?i:owners?|assigned to|assignees?)[: \t]+({_NAME}(?:{_JOIN}{_NAME})*))"
    r"[ \t.*_]*$"
)
# "the secretary will set up ...": a role in the meeting, then what it is to do
_ROLE_WILL = lazy_compile(r"[Tt]he[ \t]+([a-z]+)[ \t]+(?:will|to|should)[ \t]+[a-z]")
_TRAILING_GROUP = lazy_compile(r"\(((?:all|both) [a-z]+s|everyone|everybody)\)[ \t.*_]*$", re.I)
_NAME_VERB = lazy_compile(r"([A-Z][a-z'’-]+|[A-Z]{2,4}|[a-z][A-Z]{1,3})[ \t]+([A-Za-z][a-z]+)\b")
_NAME_WORD = r"(?:[A-Z][\w'’-]*|[a-z][A-Z]{1,3})"
_NAMES_VERB = lazy_compile(
    rf"({_NAME_WORD}(?:(?:[ \t]*[,&/+][ \t]*|[ \t]+and[ \t]+){_NAME_WORD})+)[ \t]+([a-z]+)\b"
)
_MIXED_INITIALS = re.compile(r"[a-z][A-Z]{1,3}")  # "eP", "tBL": initials written so
_OWNERS_ACTION = lazy_compile(
    rf"({_NAME}(?:{_JOIN}{_NAME})*)[ \t]+(?i:action(?:[ \t]+items?|[ \t]+points?)?|AI)[ \t]*:[ \t]"
)
_HANDLE_LIKE = re.compile(r"@?[a-z][a-z0-9-]{2,38}")
_FIRST_AND_INITIAL = re.compile(r"[a-z][a-z'’-]+ [A-Z]\.?")
_LABEL_THEN = lazy_compile(r"[^:\n]{1,40}:[ \t]+")
# "Everyone take a look", not "All Executive Council members will ..." (a group)
_EVERYONE = lazy_compile(r"(Everyone|Everybody|All)(?=[ \t]+[a-z])")
_OWNER_BEFORE_STATUS = lazy_compile(
    rf"\(({_NAME}(?:[ \t]*[,&/][ \t]*{_NAME})*)\)(?=[ \t]*[-–—][ \t])"
)
# "set up @infra handle": an account named, not an owner
_HANDLE_OBJECT = re.compile(r"[ \t]+(?:handle|account|team|org|organi[sz]ation|user)\b", re.I)
# "Ping @kkraus", "cc @x", "thanks to @y": a handle mentioned, not an owner
_NOT_OWNER_BEFORE = re.compile(r"(?:\bping|\bcc:?|\bthanks(?: to)?|h/t|/cc)[ \t]*$", re.I)
_BOLD_LABEL = lazy_compile(r"\*\*([^*\n]{1,30}?):?\*\*:?[ \t]+")
_TAG_LEAD = lazy_compile(r"\[(?:name=)?([A-Za-z][\w.-]*)\][ \t]+")
_HANDLE = lazy_compile(r"(?:(?<=[\s(`\\\[])|^)@([A-Za-z0-9][\w-]*)")
# Words that open a sentence or a label, not a name: "Note: ...", "Need to ...".  Checked
# lower-cased, except a word in capitals, which is initials ("IF" is Isuru Fernando) unless
# it is one of _NOT_INITIALS.
_LABEL_WORDS = (
    "a about action actions added agenda agree agreed aim also an and announcement answer "
    "are aside background blocked bonus but can caveat check comment comments concern "
    "concerns conclusion consensus context continue current date deadline decide decided "
    "decision decisions details discussion done due edit example feedback first follow goal "
    "goals going guidance have has he how i idea ideas if important info input is issue "
    "issues it last link links make maybe motivation move need needs new next no note notes "
    "ok old option options or other others outcome output pending plan plans problem "
    "proposal question questions re reach ref reference related remember reminder resolution "
    "resolved agreement response "
    "result results second see she solution solved status still step steps summary that the "
    "then they this time todo try update updates vote votes want wants warning we what when "
    "where which who why yes you"
)
_NOT_NAMES = frozenset(_LABEL_WORDS.split())
# Words that open a sentence before a verb and name nobody ("Please send ...")
_OPENERS = frozenset(
    ["please", "to", "docs", "everyone", "someone", "somebody", "all", "let", "lets", "just"]
)
_LABEL_CAPITALS = "A API CEP CFEP CI FAQ FYI NB NOTE OK PR PRS PS Q RFC TBD TODO UI URL UX WIP"
_NOT_INITIALS = frozenset(_LABEL_CAPITALS.split())


class ListItem(NamedTuple):
    """One list item line, as the agenda, action-item and edit code need it."""

    start: int  # the line's first offset
    end: int  # the line's end (before its newline)
    indent: str  # the indentation as written
    width: int  # its width in columns (tab stops of 4; an NBSP counts as a column)
    depth: int  # 0 for the top level of its list
    marker: str  # "-", "*", "+", "1.", "3)"
    gap: str  # what separates the marker from the content
    box: int  # offset of the character between the brackets, or -1
    checked: bool | None  # None when the item has no box
    text: str  # after the marker (and the box), trimmed


def _width(indent: str) -> int:
    if "\t" not in indent:
        return len(indent)
    width = 0
    for ch in indent:
        width = (width // 4 + 1) * 4 if ch == "\t" else width + 1
    return width


class ListModel:
    """What the four readers share for one outline: homes, code-free ranges, list items."""

    def __init__(self, outline: Outline) -> None:
        # A proxy: the outline keeps its model (see model()), and a model that held its
        # outline would make a cycle that only the cyclic GC frees.
        self.outline = weakref.proxy(outline)
        sections = outline.sections
        parents: list[int | None] = []
        open_: list[int] = []
        for i, section in enumerate(sections):
            at = section.heading.start
            while open_ and sections[open_[-1]].end <= at:
                open_.pop()
            parents.append(open_[-1] if open_ else None)
            open_.append(i)
        self.parents = parents
        homes: list[int | None] = []
        for i, section in enumerate(sections):
            parent = parents[i]
            if section.kind != "other":
                homes.append(i)
            else:
                homes.append(None if parent is None else homes[parent])
        self.homes = homes
        # Segment k runs from heading k-1's start to heading k's (segment 0: the body
        # before the first heading); its home is the home of the section that heading opens.
        starts = [outline.body_start] + [s.heading.start for s in sections]
        self.seg_starts = starts
        self.seg_ends = [*starts[1:], len(outline.text)]
        self.seg_homes: list[Section | None] = [None]
        self.seg_homes.extend(sections[h] if h is not None else None for h in homes)
        self._items: dict[int, list[ListItem]] = {}
        self._depths: dict[int, dict[int, int]] = {}

    @cached_property
    def free(self) -> list[tuple[int, int]]:
        """The body without code: ranges whose lines may hold structure.

        A comment that opens in the middle of a line leaves that line in (its start is
        not in code, as :meth:`Outline.in_code` would say).
        """
        text, at = self.outline.text, self.outline.body_start
        out: list[tuple[int, int]] = []
        for start, end in self.outline.code:
            if start > 0 and text[start - 1] != "\n":
                start = self.outline.newline_after(start)
            if start > at:
                out.append((at, start))
            at = max(at, end)
        if at < len(text) or not out:
            out.append((at, len(text)))
        return out

    def matches(self, pattern: re.Pattern[str], begin: int, stop: int) -> Iterator[re.Match[str]]:
        """Matches of a "\\n"-led line pattern for the lines starting in [begin, stop),
        outside code.  ``match.start()`` is the line's offset; other offsets are + 1."""
        padded, free = self.outline.padded, self.free
        last = len(self.outline.text)
        i = max(bisect_right(self._free_starts, begin) - 1, 0)
        while i < len(free) and free[i][0] < stop:
            a, b = free[i]
            if b > begin:
                end = min(b, stop)
                # A range ending at the end of the text must take the last line whole: in
                # padded coordinates that line ends one further (no final newline to stop at).
                yield from pattern.finditer(padded, max(a, begin), end + 1 if end == last else end)
            i += 1

    @cached_property
    def _free_starts(self) -> list[int]:
        return [a for a, _ in self.free]

    def segment_of(self, offset: int) -> int:
        return bisect_right(self.seg_starts, offset) - 1

    def segments_of(self, *kinds: str) -> list[int]:
        homes = self.seg_homes
        return [k for k, home in enumerate(homes) if home is not None and home.kind in kinds]

    def items(self, seg: int) -> list[ListItem]:
        """The list items of segment ``seg`` (outside code), with their depth."""
        found = self._items.get(seg)
        if found is None:
            found = self._items[seg] = self._cached_scan(self.seg_starts[seg], self.seg_ends[seg])
        return found

    def scan_key(self, begin: int, stop: int) -> tuple[str, tuple[tuple[int, int], ...]]:
        """What the items of [begin, stop) depend on: its text and its code-free ranges."""
        ranges, first = self.free, max(bisect_right(self._free_starts, begin) - 1, 0)
        last = bisect_left(self._free_starts, stop, first)  # the ranges starting before stop
        free = tuple(
            (max(a, begin) - begin, min(b, stop) - begin)
            for a, b in ranges[first:last]
            if b > begin
        )
        return self.outline.text[begin:stop], free

    def _cached_scan(self, begin: int, stop: int) -> list[ListItem]:
        """``_scan``, or the items read from the same text before, moved to ``begin``:
        after a keystroke most segments are as they were."""
        key = self.scan_key(begin, stop)
        hit = _SCANS.get(key)
        if hit is None:
            items = self._scan(begin, stop)
            _SCANS.put(key, (begin, items))
            return items
        old, items = hit
        d = begin - old
        if not d:
            return items
        new = tuple.__new__
        return [
            new(ListItem, (a + d, e + d, i, w, dp, m, g, x + d if x >= 0 else -1, c, t))
            for a, e, i, w, dp, m, g, x, c, t in items
        ]

    def depth_at(self, start: int) -> int:
        """Depth of the list item whose line starts at ``start``."""
        seg = self.segment_of(start)
        depths = self._depths.get(seg)
        if depths is None:
            depths = self._depths[seg] = {i.start: i.depth for i in self.items(seg)}
        return depths[start]

    def _scan(self, begin: int, stop: int) -> list[ListItem]:
        text = self.outline.text
        new_tuple = tuple.__new__  # ListItem(...) without the generated __new__: 2x faster
        out: list[ListItem] = []
        stack: list[int] = []  # content columns of the open items
        prev_end = -1
        for m in self.matches(_ITEM, begin, stop):
            start = m.start()
            if (
                prev_end >= 0
                and start != prev_end + 1
                and _LIST_BREAK.search(text, prev_end, start)
            ):
                stack.clear()
            indent, marker, gap, rest = m.groups()
            width = len(indent) if "\t" not in indent else _width(indent)
            while stack and stack[-1] > width:
                stack.pop()
            depth = len(stack)
            gap_width = len(gap) if "\t" not in gap else _width(gap)
            stack.append(width + len(marker) + (gap_width if 0 < gap_width <= 4 else 1))
            prev_end = end = m.end() - 1
            box, checked = -1, None
            if gap and rest[:1] == "[":
                b = _BOX.match(rest)
                if b:
                    # the padded offset of "[" is the text offset of the character after it
                    box, checked = m.start(4), b.group(1) != " "
                    rest = rest[b.end() :]
            out.append(
                new_tuple(
                    ListItem,
                    (start, end, indent, width, depth, marker, gap, box, checked, rest.strip()),
                )
            )
        return out

    @cached_property
    def sub_headings(self) -> list[tuple[int, int]]:
        """(section index, depth) of each heading that is an item of an agenda section."""
        sections = self.outline.sections
        out: list[tuple[int, int]] = []
        for i, section in enumerate(sections):
            home = self.homes[i]
            if section.kind != "other" or home is None or sections[home].kind != "agenda":
                continue
            depth, j = 0, self.parents[i]
            while j is not None and j != home:
                depth, j = depth + 1, self.parents[j]
            out.append((i, depth))
        return out


# Segments' list items by text (ListModel._cached_scan); parses run in worker threads too.
_SCANS = TextCache(PIECES)
_MODEL_KEY = "_list_model"


def model(outline: Outline) -> ListModel:
    """The shared list model of ``outline`` (built once, kept while the outline lives).

    Kept on the outline itself, so it goes when the outline goes: a process-wide
    WeakKeyDictionary of models (whose values refer to their keys) kept every parse of a
    typing session alive.  Two threads asking at once may both build one; setdefault
    keeps the first, and both are the same reading of the same outline.
    """
    found = outline.__dict__.get(_MODEL_KEY)
    if found is None:
        found = outline.__dict__.setdefault(_MODEL_KEY, ListModel(outline))
    return found


# -- the four readers -------------------------------------------------------------------------

_START = attrgetter("start")


def _unchanged_before(mod: ListModel, outline: Outline) -> int:
    """Where the segment an edit began in starts (0 if ``outline`` was not made by
    :meth:`Outline.after_edit`): a segment's items, their depth and whether they are
    code depend only on the text before them, so the segments before it read as before."""
    edited = outline.same_before
    if edited is None:
        return 0
    return mod.seg_starts[max(bisect_right(mod.seg_starts, edited) - 1, 0)]


def parse_checklist(outline: Outline, previous: Sequence[TaskItem] = ()) -> tuple[TaskItem, ...]:
    """Every task-list item outside code, in text order.  ``previous``: the checklist of
    the text ``outline`` is an edit of (:meth:`Outline.after_edit`); its items in the
    segments before the edit are kept, the rest read again."""
    mod = model(outline)
    text, line_of = outline.text, outline.line_of
    keep = _unchanged_before(mod, outline) if previous else 0
    out: list[TaskItem] = list(previous[: bisect_left(previous, keep, key=_START)])
    for a, b in mod.free:
        if b <= keep:
            continue
        a = max(a, keep)  # a line start: a clipped range keeps every line it had
        for k, hit in enumerate(_ANY_BOX.finditer(text, a, b)):  # rarer than lines
            if not k & 255:
                check()  # a long note holds thousands of boxes
            box = hit.start()
            start = text.rfind("\n", 0, box) + 1
            m = _TASK_LINE.match(text, start)
            if m is None or m.start(2) != box + 1 or start < a:
                continue
            # Only an indented item needs its list read (nested, or a list that starts indented).
            depth = mod.depth_at(start) if text[start] in " \t\xa0" else 0
            out.append(
                TaskItem(
                    m.group(3).strip(),
                    m.group(2) != " ",
                    line_of(start),
                    depth,
                    start,
                    m.end(),
                    box + 1,
                    m.group(1),
                )
            )
    return tuple(out)


# Every form of a time box a topic is given: in brackets or parentheses, full-width ones
# too, maybe after a remark ("(chairs; 10m)", "（10 ～ 15min）"), or written after the
# presenter before the topic ("Kirstie 3 mins: ...", "**Dan** 10-15 mins: ...").
_RANGE = r"(?P<a>\d+(?:\.\d+)?)(?:[ \t]*[-–~～][ \t]*(?P<b>\d+(?:\.\d+)?))?[ \t]*"
_BOX_FORMS = re.compile(
    r"[\[(（][^\[\]()（）\n]{0,20}?(?:time=)?[ \t]*"
    + _RANGE
    + r"(?P<u>minutes?|mins?|m|hours?|hrs?|h)\.?[ \t]*[\])）]"
    r"|^[ \t]*(?:\*\*[^*\n]{1,40}\*\*|[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*)?)?[ \t]*"
    + _RANGE.replace("?P<a>", "?P<a2>").replace("?P<b>", "?P<b2>")
    + r"(?P<u2>minutes?|mins?)\b[^:\n]{0,30}:",
    re.I,
)


@lru_cache(maxsize=LINES)  # a reparse after typing meets the same lines again
def timebox_minutes(text: str) -> int | None:
    """Minutes of the first time box in ``text``: "[10minutes]", "(5 min)", "(1h)",
    "（5 mins）", "Kirstie 3 mins: ..."; a range gives its upper bound (the time set
    aside: "(10-15min)" is 15)."""
    m = _BOX_FORMS.search(text)
    if m is None:
        return None
    low = m.group("a") or m.group("a2")
    high = m.group("b") or m.group("b2") or low
    unit = (m.group("u") or m.group("u2")).lower()
    amount = float(high)
    return round(amount * 60 if unit in HOUR_UNITS else amount)


def parse_agenda(
    outline: Outline,
    checklist: tuple[TaskItem, ...],
    taught: Mapping[int, str] | None = None,
    previous: Sequence[AgendaItem] = (),
) -> tuple[AgendaItem, ...]:
    """List items at any depth, and sub-headings, of the agenda sections.

    ``taught`` (a heading's offset -> role) holds the roles the user set for the
    series' sections: a heading taught as the agenda is one, one taught as anything
    else is not, and their sub-sections follow them.  ``previous``: the agenda of the
    text ``outline`` is an edit of, read with the same taught roles; its items before the
    segment the edit began in are kept (a heading's role and depth, like a list item's,
    depend only on the text before it)."""
    mod = model(outline)
    keep = _unchanged_before(mod, outline) if previous else 0
    found: list[AgendaItem] = []
    segments = _taught_segments(mod, outline, taught) if taught else mod.segments_of("agenda")
    starts = [t.start for t in checklist]
    for seg in segments:
        if mod.seg_starts[seg] >= keep:
            found.extend(_segment_agenda(mod, seg, checklist, starts))
    sections = outline.sections
    for i, depth in _taught_sub_headings(mod, outline, taught) if taught else mod.sub_headings:
        head = sections[i].heading
        if head.start < keep:
            continue
        end = outline.line_end(head.line)
        found.append(
            AgendaItem(
                head.text, None, depth, timebox_minutes(head.text), head.line, head.start, end
            )
        )
    found.sort(key=_START)
    return (*previous[: bisect_left(previous, keep, key=_START)], *found)


# The agenda items of a segment by its text, code and boxes (_segment_agenda).
_SEGMENT_AGENDA = TextCache(PIECES)


def _segment_agenda(
    mod: ListModel, seg: int, checklist: tuple[TaskItem, ...], starts: list[int]
) -> list[AgendaItem]:
    """The agenda items of segment ``seg``'s list items, or those read from the same
    segment before, moved here (after a keystroke most segments are as they were)."""
    outline = mod.outline
    begin, stop = mod.seg_starts[seg], mod.seg_ends[seg]
    i, j = bisect_left(starts, begin), bisect_left(starts, stop)
    boxes = {t.start: t.checked for t in checklist[i:j]}
    key = (*mod.scan_key(begin, stop), tuple((a - begin, c) for a, c in boxes.items()))
    hit = _SEGMENT_AGENDA.get(key)
    line = outline.line_of(begin)
    if hit is not None:
        old, old_line, items = hit
        ds, dl = begin - old, line - old_line
        if not ds and not dl:
            return items
        new = tuple.__new__
        return [
            new(AgendaItem, (t, c, d, b, n + dl, a + ds, e + ds)) for t, c, d, b, n, a, e in items
        ]
    line_of = outline.line_of
    items = [
        AgendaItem(
            item.text,
            boxes.get(item.start),
            item.depth,
            timebox_minutes(item.text),
            line_of(item.start),
            item.start,
            item.end,
        )
        for item in mod.items(seg)
    ]
    _SEGMENT_AGENDA.put(key, (begin, line, items))
    return items


def _taught_segments(mod: ListModel, outline: Outline, taught: Mapping[int, str]) -> list[int]:
    """The agenda segments with the taught roles (see :func:`taught_home`)."""
    sections = outline.sections
    out = []
    for k in range(1, len(mod.seg_starts)):
        home = taught_home(mod, outline, k, taught)
        if home is not None:
            role = taught.get(sections[home].heading.start, sections[home].kind)
            if role == "agenda":
                out.append(k)
    return out


def taught_home(
    mod: ListModel, outline: Outline, seg: int, taught: Mapping[int, str]
) -> int | None:
    """The index of the section whose role segment ``seg`` has: the nearest heading above
    it (its own first) that is taught or has a role of its own; None if none has."""
    sections = outline.sections
    j: int | None = seg - 1 if seg > 0 else None
    while j is not None:
        section = sections[j]
        if section.heading.start in taught or section.kind != "other":
            return j
        j = mod.parents[j]
    return None


def _taught_sub_headings(
    mod: ListModel, outline: Outline, taught: Mapping[int, str]
) -> list[tuple[int, int]]:
    """``ListModel.sub_headings`` with the taught roles: the headings without a role of
    their own whose nearest heading with one is the agenda."""
    sections = outline.sections
    out: list[tuple[int, int]] = []
    for i, section in enumerate(sections):
        if section.heading.start in taught or section.kind != "other":
            continue
        depth, j = 0, mod.parents[i]
        while j is not None:
            above = sections[j]
            role = taught.get(above.heading.start) or (
                above.kind if above.kind != "other" else None
            )
            if role is not None:
                if role == "agenda":
                    out.append((i, depth))
                break
            depth, j = depth + 1, mod.parents[j]
    return out


def marked_actions(outline: Outline) -> list[ActionItem]:
    """Lines marked as actions anywhere: "TODO:", "(TODO)", "ACTION:", "AI:",
    "**Action item**:", "> ***Action #1: ...***" (``carried`` left False).

    Found piece by piece (:attr:`Outline.pieces`), each piece's lines cached by its text."""
    line_of = outline.line_of
    found: list[ActionItem] = []
    for a, marks in _piece_marks.along(outline):
        for start, end, body, done, who in marks:
            start, end = a + start, a + end
            if start < outline.body_start or outline.in_code(start):
                continue
            item = _action(body, done, line_of(start), start, end, False)
            if who:  # the owners in the marker's parentheses come first
                item = item._replace(owners=tuple(dict.fromkeys([*who, *item.owners])))
            found.append(item)
    return found


@piece_cache
def _piece_marks(piece: str) -> tuple[tuple[int, int, str, bool, tuple[str, ...]], ...]:
    """(start, end, text, done, owners in the marker) of the marked lines of ``piece``."""
    found: dict[int, tuple[int, int, str, bool, tuple[str, ...]]] = {}
    for start in _todo_lines(piece, 0):
        if _TODO_LINE.match(piece, start) is None:
            continue
        end = piece.find("\n", start)
        end = len(piece) if end < 0 else end
        body, checked = item_text(piece[start:end])
        rest = _TODO_PREFIX.sub("", body, count=1).strip(" *_:")
        if not rest or names_in(rest):
            continue  # "TODO:" alone, or "TODO: Ana and Ben", labels the list under it
        found[start] = (start, end, body, bool(checked), ())
    for m in _ACTION_LINE.finditer("\n" + piece):
        start = m.start()
        if start in found:
            continue
        end = piece.find("\n", start)
        end = len(piece) if end < 0 else end
        rest = piece[m.end() - 1 : end].strip().rstrip("*_ ").strip()
        done = bool(_DONE_MARK.search(rest))
        rest = _DONE_MARK.sub("", rest).strip()
        if not rest or rest.lower() in ("text", "..."):  # a template's "ACTION: text"
            continue
        if m.group("abbr") and not _assigns(rest):
            continue  # "AP: I think ...": AP may be someone's initials
        checked = m.group("box") is not None and m.group("box") != " "
        who: tuple[str, ...] = ()
        if m.group("who"):
            names = (n.strip().lstrip("@") for n in _SPLIT_NAMES.split(m.group("who")))
            who = tuple(n for n in names if n)
        found[start] = (start, end, rest, checked or done, who)
    for m in _OWNER_BOX.finditer("\n" + piece):  # "* (MRB) [ ] make a hint", "* ( ) [ ] ..."
        start = m.start()
        if start in found:
            continue
        end = piece.find("\n", start)
        end = len(piece) if end < 0 else end
        names = (n.strip().lstrip("@") for n in _SPLIT_NAMES.split(m.group("who")))
        body = piece[m.end() - 1 : end].strip()
        found[start] = (start, end, body, m.group("box") != " ", tuple(n for n in names if n))
    # "Discussed X. Action item: Carol will amend": the action starts at its label and
    # runs to the next one on the line, or to the line's end.
    for m in _MID_ACTION.finditer(piece):
        start = m.start("label")
        end = piece.find("\n", m.end())
        end = len(piece) if end < 0 else end
        nxt = _MID_ACTION.search(piece, m.end(), end)
        end = nxt.start() if nxt else end
        rest = piece[m.end() : end].strip().rstrip("*_ ").strip()
        if rest:
            found[start] = (start, end, rest, False, ())
    return tuple(found[k] for k in sorted(found))


# A task box after an owner's parentheses (maybe an empty slot to fill): a to-do.
_OWNER_BOX = lazy_compile(
    r"\n[ \t\xa0]*(?:[-*+]|\d{1,3}[.)])[ \t]+\((?P<who>[^()\n]{0,30})\)[ \t]*"
    r"\[(?P<box>[ xX])\][ \t]+(?=\S)"
)
# An action label after the end of a sentence on the same line.
_MID_ACTION = lazy_compile(
    r"(?<=[^\W\d_][.;!?)])[ \t]+(?P<label>[*_]{0,4}(?:ACTIONS?|Action(?: [Ii]tems?)?|AI)"
    r"[*_]{0,4}[ \t]*[:：][*_]{0,4})[ \t]*(?=\S)"
)


def _assigns(text: str) -> bool:
    """Whether ``text`` reads as work to do: someone's, or a verb first."""
    return bool(owners_of(text)) or text.split(" ", 1)[0].lower() in IMPERATIVES


def count_speakers(outline: Outline) -> dict[str, int]:
    """Initials opening minute lines, counted, in first-seen order.

    Attendee sections are left out: "1. JRG: Jaime ..." there is a roster entry.
    Counted piece by piece (:attr:`Outline.pieces`), each piece's counts kept by its text
    and the parts of it that are left out.
    """
    mod = model(outline)
    skip = [(mod.seg_starts[k], mod.seg_ends[k]) for k in mod.segments_of("attendees")]
    skip.extend(outline.code)
    skip.sort()
    free: list[tuple[int, int]] = []  # text offsets of the lines to read
    at, last = outline.body_start, len(outline.text)
    for a, b in skip:
        if a > at:
            free.append((at, a))
        at = max(at, b)
    if at < last:
        free.append((at, last))
    counts: Counter[str] = Counter()
    k = 0
    for (a, b), piece in zip(outline.pieces, outline.piece_texts, strict=True):
        while k < len(free) and free[k][1] <= a:
            k += 1
        parts = []
        j = k
        while j < len(free) and free[j][0] < b:
            parts.append((max(free[j][0], a) - a, min(free[j][1], b) - a))
            j += 1
        if parts:
            lead = outline.padded[a]  # the newline before the piece (not after front matter)
            counts.update(_piece_speakers(lead, piece, tuple(parts), b == last))
    counts.pop("TODO", None)  # "- TODO: ..." is a to-do, not a person
    return dict(counts)


_SPEAKERS = TextCache(PIECES)


def _piece_speakers(
    lead: str, piece: str, parts: tuple[tuple[int, int], ...], last: bool
) -> Counter[str]:
    """The speakers' initials of the lines in ``parts`` of ``piece``, counted: ``lead``
    is the character before the piece (a newline but after front matter); ``last``: the
    piece ends the note, maybe without a newline."""
    key = (lead, piece, parts, last)
    found = _SPEAKERS.get(key)
    if found is None:
        found = Counter()
        padded, end = lead + piece, len(piece)  # padded p: the newline before the line at p
        for x, y in parts:
            # a line's match ends before the next line's start, or at the padded text's end
            found.update(_SPEAKER.findall(padded, x, y + 1 if last and y == end else y))
        _SPEAKERS.put(key, found)
    return found


# -- helpers ----------------------------------------------------------------------------------


def _todo_lines(text: str, begin: int) -> list[int]:
    """Starts of the lines that hold "TODO", "todo" or "Todo" (str.find: C speed)."""
    starts: set[int] = set()
    for word in _TODO_SPELLINGS:
        at = text.find(word, begin)
        while at >= 0:
            starts.add(text.rfind("\n", 0, at) + 1)
            at = text.find(word, at + 3)
    return sorted(starts)


def item_text(line: str) -> tuple[str, bool | None]:
    """A line's text without list marker and box, trimmed, and the box's state."""
    m = _ITEM.match("\n" + line)
    if m is None:
        return line.strip(), None
    rest = m.group(4)
    if m.group(3) and rest[:1] == "[":
        b = _BOX.match(rest)
        if b:
            return rest[b.end() :].strip(), b.group(1) != " "
    return rest.strip(), None


def unstrike(text: str) -> tuple[str, bool]:
    """``~~text~~`` → (``text``, True) when the whole text is struck through."""
    if len(text) > 4 and text.startswith("~~") and text.endswith("~~") and ("~~" not in text[2:-2]):
        return text[2:-2].strip(), True
    return text, False


def _action(text: str, checked: bool, line: int, start: int, end: int, carried: bool) -> ActionItem:
    text, struck = unstrike(text)
    return ActionItem(text, owners_of(text), checked or struck, line, start, end, carried)


def _not_a_name(word: str) -> bool:
    if word.isupper():
        return word in _NOT_INITIALS
    return word.lower().rstrip(".") in _NOT_NAMES


def _names(group: str, *, any_case: bool) -> list[str] | None:
    """The names in a leading group ("MRB/IF", "Jaime and Hind"), or None if any part is
    not a name (too many words, a label word, lower case where capitals are needed)."""
    names: list[str] = []
    for part in _SPLIT_NAMES.split(group.strip()):
        name = part.strip().rstrip("?").lstrip("@")
        words = name.split()
        if not name or len(words) > 3 or _not_a_name(words[0]):
            return None
        if (
            not any_case
            and not part.startswith("@")
            and not all(
                (w[0].isupper() or _MIXED_INITIALS.fullmatch(w))
                and not re.search(r"(?<![A-Z])-[a-z]", w)
                for w in words
            )
        ):
            return None
        names.append(name)
    return names


def names_in(group: str) -> tuple[str, ...] | None:
    """The names of a group that only names people ("OM and Arielle"), else None."""
    names = _names(group, any_case=False)
    return tuple(names) if names else None


def _loose_names(group: str) -> list[str] | None:
    """A subject partly in lower case that still names people: handles beside a name
    ("jakirkham & CJ-wright"), a first name and an initial ("matt B")."""
    if _FIRST_AND_INITIAL.fullmatch(group.strip()):
        return [group.strip()]
    parts = [p.strip() for p in _SPLIT_NAMES.split(group.strip())]
    if len(parts) < 2:
        return None
    strict = [p for p in parts if _names(p, any_case=False)]
    loose = [p for p in parts if _HANDLE_LIKE.fullmatch(p) and not _not_a_name(p.lstrip("@"))]
    if not strict or len(strict) + len(loose) != len(parts):
        return None
    return [p.lstrip("@") for p in parts]


def _later_owners(text: str) -> list[str]:
    """Owners named after the item's start: "the secretary will ...", "...: Raniere and
    Elizabeth" at the end, "..., Karen will send ..." in a later clause."""
    role = _ROLE_WILL.match(text)
    if role and role.group(1) in VOCABULARY["roles"]:
        return [role.group(1)]
    if text.endswith((")", "]")) or any(c in text for c in ("->", "—", "–", "→", ";", ",")):
        marked = _MARKED_OWNER.search(text)
        group = next((g for g in marked.groups() if g), "") if marked else ""
        names = _names(group, any_case=False) if group else None
        if names and not any(ch.isdigit() for ch in group):  # "-> CFEP-18": a reference
            return names
    if ":" in text:
        m = _TRAILING_NAMES.search(text)
        names = _names(m.group(1), any_case=False) if m else None
        if names:
            return names
    out: list[str] = []
    if ", " in text or " and " in text:
        for more in _MORE_TO.finditer(text):
            out.extend(_names(more.group(1), any_case=False) or ())
    return out


@lru_cache(maxsize=LINES)
def owners_of(text: str) -> tuple[str, ...]:
    """Who an action item names: "(JK)", "(MRB/IF)", "Name:", "All:", "Name to ...",
    "Name and Name to ...", "**Name:**", and any "@handle"; failing those, owners named
    later (:func:`_later_owners`). docs/meeting-structure.md lists every form."""
    owners: list[str] = []
    if "odo" in text[:40] or "ODO" in text[:40]:
        todo = _TODO_PREFIX.match(text)
        if todo:
            who = todo.group("who")
            if who and not _not_a_name(who):
                owners.append(who)
            text = text[todo.end() :]
    labelled = _OWNERS_ACTION.match(text) if " action" in text[:60].lower() else None
    if labelled:  # "Anaconda action item: get clarification ...": whose action it is
        names = _names(labelled.group(1), any_case=False)
        if names:
            return tuple(names)
    bold = _BOLD_LABEL.match(text)
    if bold and _not_a_name(bold.group(1).split()[0]):  # "**Resolution**: Tim to ..."
        text = text[bold.end() :]
    if text[:1] in "AEFIMOT" and (lead := _CONNECTIVE_LEAD.match(text)):
        text = text[lead.end() :]  # "Otherwise Erik to remove ..."
    tag = _TAG_LEAD.match(text)  # "[devlin] Propose ...", "[name=Julien] Summary ..."
    if tag:
        owners.append(tag.group(1))
        text = text[tag.end() :]
    first, head = text[:1], text[:80]
    if first == "(":
        leads: tuple[tuple[re.Pattern[str], bool], ...] = ((_PAREN_LEAD, True),)
    elif first == "*":
        leads = ((_BOLD_LEAD, False),)
    else:
        leads = ((_COLON_LEAD, False),) if ":" in head else ()
        if " to " in head or " will " in head or " should " in head:
            leads = (*leads, (_TO_LEAD, False))
        if " - " in head or " – " in head or " — " in head or "- " in head[:24]:
            leads = (*leads, (_DASH_LEAD, False))
    for pattern, any_case in leads:
        m = pattern.match(text)
        names = _names(m.group(1), any_case=any_case) if m else None
        if names is None and m and pattern is _TO_LEAD:
            names = _loose_names(m.group(1))
        if names:
            owners.extend(names)
            if m and pattern is _TO_LEAD and (", " in text or " and " in text[m.end() :]):
                # "Chrome to keep it, Rob to comment", "... and Amy to review"
                for more in _MORE_TO.finditer(text, m.end()):
                    owners.extend(_names(more.group(1), any_case=False) or ())
            break
    else:
        label = _LABEL_THEN.match(text)  # "cfep-10 next steps: CJ to call a vote"
        if label and not owners and " to " in text[label.end() : label.end() + 80]:
            m = _TO_LEAD.match(text, label.end())
            names = _names(m.group(1), any_case=False) if m else None
            owners.extend(names or ())
            if m and names and (", " in text or " and " in text[m.end() :]):
                for more in _MORE_TO.finditer(text, m.end()):
                    owners.extend(_names(more.group(1), any_case=False) or ())
        everyone = _EVERYONE.match(text)  # "Everyone take a look at ..."
        if everyone and not owners:
            owners.append(everyone.group(1))
    if not owners:  # "Theo have a meeting with ...": a name, then a verb
        m = _NAME_VERB.match(text)
        who = m.group(1) if m else ""
        verb = m.group(2) if m else ""
        if verb[:1].isupper() and not who[1:].isupper():  # "PAC Look for ...": initials
            verb = ""
        if verb.lower() in IMPERATIVES and not _not_a_name(who) and who.lower() not in _OPENERS:
            owners.append(who)
        elif (joint := _NAMES_VERB.match(text)) and joint.group(2) in IMPERATIVES:
            owners.extend(_names(joint.group(1), any_case=False) or ())  # "CJ and Jaime do"
    if not owners and ")" in text:  # "... (Matt Garrish)", "... (Mark) - in progress"
        m = _TRAILING_OWNER.search(text) or _OWNER_BEFORE_STATUS.search(text)
        names = _names(_STATUS_AFTER.sub("", m.group(1)), any_case=False) if m else None
        if names:
            owners.extend(names)
        elif group := _TRAILING_GROUP.search(text):  # "... doc (all editors)"
            owners.append(group.group(1))
    if not owners:
        owners.extend(_later_owners(text))
    if "@" in text:
        owners.extend(
            h.group(1)
            for h in _HANDLE.finditer(text)
            if not _NOT_OWNER_BEFORE.search(text, 0, h.start())
            and not _HANDLE_OBJECT.match(text, h.end())
        )
    return tuple(dict.fromkeys(owners))
