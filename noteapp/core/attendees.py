"""Attendees: who came (and who sent apologies), read in every community's style.

The rules are those of ``docs/meeting-structure.md`` ("Attendees"). Blocks are found
in three cheap ways, never by walking every line of the note:

- one whole-text ``re.finditer`` for inline labels (``**Attending:**``, ``Present:``,
  ``Apologies/Contributing:``, ``参加者:``...) and one for ``Roll call:`` paragraphs;
- the outline's precomputed sections of kind "attendees" (``## Attendees``,
  ``### Check-in 💁``, ``## Sign in!``...), whose bodies are scanned line by line;
- the front matter's ``members:`` / ``other_attendees:`` / ``attendees:`` lists.

Each block becomes an :class:`AttendeeGroup` (style "inline", "bullets", "numbered",
"table" or "front_matter") whose ``details`` say how the block is written (marker,
separator, column order and widths, handle escaping...), and each person in it an
:class:`Attendee`. :func:`scan_attendees` also returns, per entry, where each field sits
in the text (:class:`Part`), which is what :mod:`noteapp.core.attendee_edits` edits.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any, NamedTuple

from noteapp.core.frontmatter import FrontMatter
from noteapp.core.lazy_pattern import lazy_compile
from noteapp.core.outline import Outline
from noteapp.core.structure import Attendee, AttendeeGroup

# ----------------------------------------------------------------------------- vocabulary

PRESENT_LABELS = (
    "Attending",
    "Attendees",
    "Intend to attend",
    "Plan to attend",
    "Present/Contributing",
    "Present/Contributors",
    "Present",
    "Participants",
    "参加者",
    "リモート",
)
ABSENT_LABELS = ("Apologies/Contributing", "Apologies", "Excused", "Regrets", "Absent", "欠席")
FRONT_MATTER_KEYS = ("members", "other_attendees", "attendees")
FIELD_KINDS = ("name", "initials", "handle", "affiliation")

_LABELS = "|".join(
    re.escape(label) for label in sorted(PRESENT_LABELS + ABSENT_LABELS, key=len, reverse=True)
)
_PAREN_NOTE = r"(?:[ \t]*\([^()\n]{1,40}\))?"
_LABEL_RE = re.compile(
    rf"^(?P<lead>[ \t]*(?:(?:[-*+]|\d{{1,3}}[.)])[ \t]+)?)"
    rf"(?:(?P<bold>\*\*|__)[ \t]*(?P<l1>{_LABELS}){_PAREN_NOTE}[ \t]*"
    rf"(?:(?P=bold)[ \t]*[:：]|[:：][ \t]*(?P=bold))"
    rf"|(?P<l2>{_LABELS}){_PAREN_NOTE}[ \t]*[:：])[ \t]*",
    re.M,
)
# Finds the lines that may hold a label: a "\n"-led pattern lets ``re`` jump from newline
# to newline (a "^"-anchored multi-line pattern, or the bare alternation, is several times
# slower on a long note); _LABEL_RE then reads each line found.
_LABEL_LINE_RE = re.compile(rf"\n(?=[ \t*_+\-0-9.)]{{0,12}}(?:{_LABELS}))")
_ROLL_CALL_RE = re.compile(r"oll call[ \t]*:[ \t]*$", re.M)  # "Roll call:" / "roll call:"
_ITEM_RE = lazy_compile(r"(?P<indent>[ \t]*)(?P<marker>[-*+]|\d{1,3}[.)])(?P<space>[ \t]+|$)")
_TABLE_SEP_RE = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*")
_INITIALS = r"[A-Z][A-Za-z]{0,2}[A-Z]"
_INITIALS_RE = re.compile(_INITIALS)
_INITIALS_NOTE_RE = re.compile(rf"(?P<ini>{_INITIALS})(?:[ \t]*[;,].*)?", re.S)
_PREFIX_RE = re.compile(rf"(?P<ini>{_INITIALS}):[ \t]+")
_HANDLE = r"[A-Za-z0-9][A-Za-z0-9_-]*"
_HANDLE_RE = re.compile(_HANDLE)
_AT_HANDLE_RE = lazy_compile(rf"(?P<pre>`?(?:\\?@)|gh:[ \t]*@?|`)(?P<h>{_HANDLE})(?P<post>`?)")
_TIME_RE = re.compile(r"\d{1,2}:\d{2}")
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PLACEHOLDER_RE = lazy_compile(r"(?:your |full )?name\b", re.I)
_LINK_RE = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_ESCAPE_RE = re.compile(r"\\([^\w\s])")
_HANDLE_WORD_RE = re.compile(r"github|\bgh\b|handle|user ?name|login")
_ORG_WORD_RE = re.compile(r"affiliation|organi[sz]ation|\borg\b|institution|company|employer")
_BOX_RE = re.compile(r"\[[ xX]\][ \t]+")
_MISSING_PAREN_RE = lazy_compile(rf"[ \t](?P<ini>{_INITIALS})\)")
_WORD_RE = re.compile(r"\S+")
_CELL_HANDLE_RE = re.compile(rf"(`?\\?@?)({_HANDLE})(`?)")
_PAREN_AT_RE = re.compile(r"\(\\?@")
_BRACKET_RE = re.compile(r"[()\[\]`]")
_FILLER_CELL_RE = re.compile(r"`?(?:X{3,}|\.\.\.|…)?`?")
_MARKUP_EDGE = "*_`~"
_PARTICLES = {
    "van",
    "von",
    "der",
    "den",
    "de",
    "da",
    "di",
    "du",
    "la",
    "le",
    "vom",
    "zu",
    "del",
    "dos",
    "das",
    "bin",
    "al",
    "y",
    "ter",
    "ten",
}
_NOT_NAMES = {"…", "...", "etc", "etc.", "others", "and others", "tbd", "tbc"}


# ----------------------------------------------------------------------------- records


class Part(NamedTuple):
    """Where one field of an entry sits, as offsets from the entry's start (so a block
    that only moved keeps its parts): ``start``/``end`` bound the value itself (what a
    rename replaces); ``outer_start``/``outer_end`` the field as written, with its markup
    (``(JM)``, ``\\@betatim``, a table cell's inside), which is what clearing removes."""

    kind: str  # "name", "initials", "handle", "affiliation" or "other"
    start: int
    end: int
    outer_start: int
    outer_end: int


class AttendeeEntry(NamedTuple):
    """One attendee with the places of its fields and its own style facts."""

    attendee: Attendee
    parts: tuple[Part, ...]
    kind: str  # "segment", "person", "slash", "comma", "row", "yaml"
    handle_format: str | None = None  # how its handle is written, "{}" marks the handle

    def part(self, kind: str) -> Part | None:
        return next((p for p in self.parts if p.kind == kind), None)

    def span(self, kind: str) -> tuple[int, int] | None:
        """Absolute offsets of a field's value in the text, or None."""
        part = self.part(kind)
        base = self.attendee.start
        return None if part is None else (base + part.start, base + part.end)

    def outer(self, kind: str) -> tuple[int, int] | None:
        """Absolute offsets of a field as written (with its markup), or None."""
        part = self.part(kind)
        base = self.attendee.start
        return None if part is None else (base + part.outer_start, base + part.outer_end)


class AttendeeBlock(NamedTuple):
    group: AttendeeGroup
    entries: tuple[AttendeeEntry, ...]
    fillers: tuple[tuple[int, int], ...] = ()  # placeholder rows/items to fill, line spans
    region: tuple[int, int] | None = None  # the section body holding it, if any


# ----------------------------------------------------------------------------- entry point


def parse_attendees(
    outline: Outline, fm: FrontMatter
) -> tuple[tuple[Attendee, ...], tuple[AttendeeGroup, ...]]:
    """The attendees of the note in document order, and the blocks they are written in."""
    blocks = scan_attendees(outline, fm)
    people = tuple(entry.attendee for block in blocks for entry in block.entries)
    return people, tuple(block.group for block in blocks)


def scan_attendees(outline: Outline, fm: FrontMatter) -> list[AttendeeBlock]:
    """Every attendee block with its entries and their fields' places, in document order."""
    scanner = _Scanner(outline)
    blocks: list[AttendeeBlock] = _front_matter_blocks(outline.text, fm)
    blocks.extend(scanner.labels())
    blocks.extend(scanner.roll_calls())
    blocks.extend(scanner.sections())
    blocks.sort(key=lambda b: b.group.start)
    for number, block in enumerate(blocks):
        if block.entries and block.entries[0].attendee.group != number:
            blocks[number] = block._replace(
                entries=tuple(
                    e._replace(attendee=e.attendee._replace(group=number)) for e in block.entries
                )
            )
    return blocks


_BLOCK_CACHE: dict[tuple[Any, ...], tuple[int, int, AttendeeBlock | None]] = {}
_BLOCK_CACHE_SIZE = 512
# The window parses on the UI thread and publishing in a worker: eviction is not atomic.
_BLOCK_LOCK = threading.Lock()


def _moved(block: AttendeeBlock, delta: int, lines: int) -> AttendeeBlock:
    """``block`` as it reads ``delta`` characters and ``lines`` lines further on."""
    group = block.group
    details = group.details
    if "content_start" in details:
        details = {
            **details,
            "content_start": details["content_start"] + delta,
            "content_end": details["content_end"] + delta,
        }
    entries = tuple(
        AttendeeEntry(
            Attendee(
                a.name,
                a.initials,
                a.handle,
                a.affiliation,
                a.present,
                a.line + lines,
                a.start + delta,
                a.end + delta,
                a.group,
            ),
            e.parts,
            e.kind,
            e.handle_format,
        )
        for e in block.entries
        for a in (e.attendee,)
    )
    return AttendeeBlock(
        replace(group, start=group.start + delta, end=group.end + delta, details=details),
        entries,
        tuple((s + delta, e + delta) for s, e in block.fillers),
        block.region,
    )


def attendee_sections(outline: Outline) -> list[tuple[int, int]]:
    """Bodies of the attendee sections: from after the heading to the next heading."""
    out = []
    starts = [h.start for h in outline.headings]
    for section in outline.sections_of("attendees"):
        i = bisect_left(starts, section.start)
        end = min(section.end, starts[i]) if i < len(starts) else section.end
        out.append((section.start, end))
    return out


# ----------------------------------------------------------------------------- small helpers


def _strip_span(text: str, start: int, end: int, chars: str | None = None) -> tuple[int, int]:
    """``start``/``end`` moved inwards past whitespace (or ``chars``)."""
    piece = text[start:end]
    left = piece.lstrip(chars)
    if not left:
        return start, start
    start += len(piece) - len(left)
    return start, end - (len(left) - len(left.rstrip(chars)))


def _unmark(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and wrapping markup (``**bold**``, ``_it_``, a ``[link](url)``)."""
    start, end = _strip_span(text, start, end)
    while start < end and (text[start] in _MARKUP_EDGE or text[start] == "["):
        link = _LINK_RE.fullmatch(text, start, end) if text[start] == "[" else None
        if link:
            start, end = link.start(1), link.end(1)
            continue
        s2, e2 = start, end
        while s2 < e2 and text[s2] in _MARKUP_EDGE and text[e2 - 1] == text[s2]:
            s2, e2 = s2 + 1, e2 - 1
        s2, e2 = _strip_span(text, s2, e2)
        if (s2, e2) == (start, end) or s2 >= e2:
            break
        start, end = s2, e2
    return start, end


def clean(value: str) -> str:
    """A value as shown: whitespace runs (line wraps) become one space, ``\\x`` escapes go."""
    if "\\" in value:
        value = _ESCAPE_RE.sub(r"\1", value)
    return " ".join(value.split())


def _split_top(text: str, start: int, end: int, seps: re.Pattern[str]) -> list[tuple[int, int]]:
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


def _header_kinds(fields: list[str]) -> tuple[str, ...] | None:
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


def _majority(values: list[str], default: str) -> str:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else default


def is_absent_label(label: str) -> bool:
    return any(label.startswith(a) for a in ABSENT_LABELS)


# ----------------------------------------------------------------------------- persons


@dataclass
class _Person:
    name: str = ""
    initials: str | None = None
    handle: str | None = None
    parts: list[Part] = field(default_factory=list)
    handle_format: str | None = None


def _person(text: str, start: int, end: int, *, trim_remarks: bool, bare_handle: bool) -> _Person:
    """Read ``Name (XX) (handle)``-like text: a name, then notes in parentheses or after.

    ``(XX)`` / ``(XX; remark)`` give initials, ``(20:09)`` is an arrival time, ``(@h)``,
    ``@h``, ``gh: h`` (and, where ``bare_handle``, ``(h)`` or ``h`` after the initials)
    a handle; anything else is a remark, left out of the name. A nickname in parentheses
    inside the name (``Benjamin (Benny) Szeghy``) stays in it.
    """
    person = _Person()
    start, end = _unmark(text, start, end)
    box = _BOX_RE.match(text, start, end)
    if box:
        start = box.end()
    head_end = _head_end(text, start, end)
    missing = (
        _MISSING_PAREN_RE.search(text, start, head_end) if ")" in text[start:head_end] else None
    )
    if missing:  # "Hailey Johnson HJ)": the opening parenthesis is missing
        person.initials = missing.group("ini")
        person.parts.append(
            Part(
                "initials",
                missing.start("ini"),
                missing.end("ini"),
                missing.start("ini"),
                missing.end(),
            )
        )
        head_end = missing.start()
    name_start, name_end = _unmark(text, start, head_end)
    if trim_remarks:
        name_end = _name_end(text, name_start, name_end)
        name_start, name_end = _unmark(text, name_start, name_end)
    person.name = clean(text[name_start:name_end])
    if not person.name:
        return person
    person.parts.insert(0, Part("name", name_start, name_end, name_start, name_end))
    _tail(person, text, head_end, end, bare_handle)
    return person


def _head_end(text: str, start: int, end: int) -> int:
    """Where the name part ends: at the first note in parentheses that is not a nickname
    followed by more of the name, or at an ``@handle`` / ``gh:`` token."""
    i = start + 1
    while i < end:
        ch = text[i]
        if ch == "(":
            close = text.find(")", i, end)
            after = text[close + 1 : end].lstrip() if close > 0 else ""
            inner = text[i + 1 : close] if close > 0 else ""
            if (
                close > 0
                and after[:1].isupper()
                and not _INITIALS_NOTE_RE.fullmatch(inner)
                and not _TIME_RE.fullmatch(inner)
                and "@" not in inner
                and not _INITIALS_RE.fullmatch(after.split()[0].rstrip(")"))
            ):
                i = close + 1
                continue
            return i
        if ch == "@" and text[i - 1] in " \t\\`":
            return i - 1 if text[i - 1] in "\\`" else i
        if text.startswith("gh:", i) and text[i - 1].isspace():
            return i
        i += 1
    return end


def _name_end(text: str, start: int, end: int) -> int:
    """Where a name stops before a remark (``very late``, ``& the Do-a-thon``)."""
    first = True
    for m in _WORD_RE.finditer(text[start:end]):
        tok = m.group()
        lower = tok[0].islower() and tok.lower() not in _PARTICLES
        if not first and (lower or not (tok[0].isalpha() or tok[0] in "\"'“‘")):
            return start + m.start()
        first = False
    return end


def _tail(person: _Person, text: str, pos: int, end: int, bare_handle: bool) -> None:
    """Initials, handle and remarks after the name."""
    while pos < end:
        while pos < end and text[pos].isspace():
            pos += 1
        if pos >= end:
            return
        if text[pos] == "(":
            close = text.find(")", pos, end)
            close = end if close < 0 else close
            _paren(person, text, pos, close, bare_handle)
            pos = close + 1
            continue
        m = _AT_HANDLE_RE.match(text, pos, end)
        if m and person.handle is None and (m.end() == end or text[m.end()] in " \t(,"):
            _set_handle(person, text, m.start("h"), m.end("h"), pos, m.end())
            pos = m.end()
            continue
        rest = text[pos:end].rstrip()
        if bare_handle and person.handle is None and person.initials and _HANDLE_RE.fullmatch(rest):
            _set_handle(person, text, pos, pos + len(rest), pos, pos + len(rest))
        return  # anything else is a remark: "very late"


def _paren(person: _Person, text: str, open_: int, close: int, bare_handle: bool) -> None:
    inner_s, inner_e = _strip_span(text, open_ + 1, close)
    inner = text[inner_s:inner_e]
    ini = _INITIALS_NOTE_RE.fullmatch(inner)
    if ini and person.initials is None and person.handle is None:
        person.initials = ini.group("ini")
        person.parts.append(
            Part("initials", inner_s, inner_s + ini.end("ini"), open_, min(close + 1, len(text)))
        )
        return
    if _TIME_RE.fullmatch(inner):
        return
    at = _AT_HANDLE_RE.fullmatch(inner)
    if person.handle is None and (
        (at and "@" in at.group("pre"))
        or (bare_handle and person.initials and _HANDLE_RE.fullmatch(inner))
    ):
        h_start = inner_s + (at.start("h") if at and "@" in at.group("pre") else 0)
        h_end = inner_s + (at.end("h") if at and "@" in at.group("pre") else len(inner))
        _set_handle(person, text, h_start, h_end, open_, min(close + 1, len(text)))


def _set_handle(person: _Person, text: str, s: int, e: int, os_: int, oe: int) -> None:
    person.handle = text[s:e]
    person.handle_format = text[os_:s] + "{}" + text[e:oe]
    person.parts.append(Part("handle", s, e, os_, oe))


def _handle_field(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """A whole field that is a handle: ``\\@h``, ``@h``, `` `@h` ``, `` `h` ``, a link
    ``[\\@h](https://github.com/h)``, maybe with a remark in parentheses after it.
    Returns the handle's span and its format (``{}`` marks the handle)."""
    link = _LINK_RE.match(text, start, end)
    inner_start, inner_end = (start + 1, link.end(1)) if link else (start, end)
    m = _AT_HANDLE_RE.match(text, inner_start, inner_end)
    if not m or m.group("pre").startswith("gh"):
        return None
    if m.group("pre") == "`" and not m.group("post"):
        return None
    if link and m.end() != inner_end:
        return None
    rest = text[link.end() if link else m.end() : end].strip()
    if rest and not (rest.startswith("(") and rest.endswith(")")):
        return None
    outer_end = link.end() if link else m.end()
    return (
        m.start("h"),
        m.end("h"),
        text[start : m.start("h")] + "{}" + text[m.end("h") : outer_end],
    )


# ----------------------------------------------------------------------------- entries


def _entry(
    person: _Person,
    kind: str,
    present: bool,
    text: str,
    outline: Outline,
    start: int,
    end: int,
    affiliation: Part | None = None,
    extra: tuple[Part, ...] = (),
) -> AttendeeEntry:
    parts = list(person.parts)
    if affiliation is not None:
        parts.append(affiliation)
    parts.extend(extra)
    attendee = Attendee(
        name=person.name,
        initials=person.initials,
        handle=person.handle,
        affiliation=clean(text[affiliation.start : affiliation.end]) if affiliation else None,
        present=present,
        line=outline.line_of(start),
        start=start,
        end=end,
    )
    parts.sort(key=lambda p: p.outer_start)
    relative = tuple(
        Part(p.kind, p.start - start, p.end - start, p.outer_start - start, p.outer_end - start)
        for p in parts
    )
    return AttendeeEntry(attendee, relative, kind, person.handle_format)


def _is_name(name: str) -> bool:
    return bool(name) and name.lower() not in _NOT_NAMES and any(c.isalpha() for c in name)


# Between people: a comma (also "、"), ";", " and " / " & " before a capital, or a bold
# sub-label opening a wrapped line ("**and welcoming**: Dieu My Nguyen (DMN)").
_INLINE_SEPS = re.compile(
    r"[ \t]*(?:[,、，;]|[ \t\n](?:and|&)[ \t\n]+(?=[A-Z])"
    r"|\n[ \t]*(?:\*\*|__)[^*_\n]{1,40}(?:(?:\*\*|__)[ \t]*[:：]|[:：][ \t]*(?:\*\*|__)))"
    r"[ \t\n]*"
)


def _segments(
    outline: Outline, start: int, end: int, present: bool
) -> tuple[list[AttendeeEntry], list[str]]:
    """People in an inline list ``text[start:end]`` and the separators between them."""
    text = outline.text
    entries: list[AttendeeEntry] = []
    seps: list[str] = []
    spans = _split_top(text, start, end, _INLINE_SEPS)
    previous_end: int | None = None
    for s, e in spans:
        s, e = _strip_span(text, s, e)
        if s >= e:
            continue
        person = _person(text, s, e, trim_remarks=True, bare_handle=False)
        if not _is_name(person.name):
            continue
        if previous_end is not None:
            seps.append(text[previous_end:s])
        previous_end = e
        entries.append(_entry(person, "segment", present, text, outline, s, e))
    return entries, seps


# ----------------------------------------------------------------------------- the scanner


_FIELD_SEP = re.compile(r"[ \t]*/[ \t]*")
_COMMA = re.compile(r"[ \t]*,[ \t]*")


def _slash_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Fields of ``Name / Org / \\@handle``: a ``/`` outside brackets with a space on either
    side; a ``/`` glued to the name (``Jeff Edwards/EPA / ...``) also ends the name, and
    where no ``/`` has a space, every ``/`` separates (``Tim/Binder/@betatim``)."""
    spans = _split_top(text, start, end, _FIELD_SEP)
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


class _Scanner:
    """Finds the blocks; lines are addressed by number through the outline's line table."""

    def __init__(self, outline: Outline) -> None:
        self.outline = outline
        self.text = outline.text
        self.claimed: list[tuple[int, int]] = []
        self.heading_starts = [h.start for h in outline.headings]
        self.heading_set = set(self.heading_starts)
        self.count = len(outline.line_starts)

    def _span(self, line: int) -> tuple[int, int]:
        return self.outline.line_starts[line - 1], self.outline.line_end(line)

    def _body(self, line: int) -> str:
        s, e = self._span(line)
        return self.text[s:e]

    def _cached(
        self,
        start: int,
        end: int,
        params: tuple[Any, ...],
        build: Callable[..., AttendeeBlock | None],
        *args: Any,
    ) -> Any:
        """``build(*args)``, or the block read from the same text before (moved if it
        moved).

        The editor reparses after every pause in typing; most blocks have not changed,
        so their entries are kept, not read again."""
        key = (self.text[start:end], params)
        line = self.outline.line_of(start)
        hit = _BLOCK_CACHE.get(key)
        if hit is None:
            block = build(*args)
            with _BLOCK_LOCK:
                if len(_BLOCK_CACHE) >= _BLOCK_CACHE_SIZE:
                    del _BLOCK_CACHE[next(iter(_BLOCK_CACHE))]
                _BLOCK_CACHE[key] = (start, line, block)
            return block
        old_start, old_line, cached = hit
        if cached is None or (old_start, old_line) == (start, line):
            return cached
        moved = _moved(cached, start - old_start, line - old_line)
        return moved

    def _claimed(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.claimed)

    def _last_line_before(self, offset: int) -> int:
        """The last line that starts before ``offset``."""
        return self.outline.line_of(offset - 1) if offset > 0 else 0

    def _next_heading(self, offset: int) -> int:
        i = bisect_left(self.heading_starts, offset)
        return self.heading_starts[i] if i < len(self.heading_starts) else len(self.text)

    # -- inline labels

    def labels(self) -> list[AttendeeBlock]:
        blocks = []
        text, outline = self.text, self.outline
        starts = [outline.body_start]
        starts.extend(hit.start() + 1 for hit in _LABEL_LINE_RE.finditer(text, outline.body_start))
        for line_start in starts:
            m = _LABEL_RE.match(text, line_start)
            if m is None or outline.in_code(line_start):
                continue
            block = self._label_block(m)
            if block is not None:
                blocks.append(block)
        return blocks

    def _label_block(self, m: re.Match[str]) -> AttendeeBlock | None:
        text, outline = self.text, self.outline
        label = m.group("l1") or m.group("l2")
        present = not is_absent_label(label)
        line = outline.line_of(m.start())
        content_end = outline.line_end(line)
        if not text[m.end() : content_end].strip():
            block = self._block_after(line, label, present, m.start())
            if block is not None:
                return block
        in_item = bool(m.group("lead").strip())
        nxt = line + 1
        while nxt <= self.count:
            s, e = self._span(nxt)
            body = text[s:e]
            if (
                not body.strip()
                or outline.in_code(s)
                or _ITEM_RE.match(body)
                or body.lstrip()[:1] in ("#", "|", ">", "<")
                or _LABEL_RE.match(body)
                or (in_item and not body[:1].isspace())
                or s in self.heading_set
            ):
                break
            content_end = e
            nxt += 1
        self.claimed.append((m.start(), content_end))
        return self._cached(
            m.start(), content_end, (label,), self._inline, m, label, present, content_end
        )

    def _inline(
        self, m: re.Match[str], label: str, present: bool, content_end: int
    ) -> AttendeeBlock:
        text = self.text
        entries, seps = _segments(self.outline, m.end(), content_end, present)
        japanese = label in ("参加者", "欠席", "リモート")
        raw_label = text[m.start() + len(m.group("lead")) : m.end()]
        group = AttendeeGroup(
            "inline",
            m.start(),
            _strip_span(text, m.end(), content_end)[1] if entries else m.end(),
            present,
            label,
            {
                "separator": _majority(
                    [x for x in seps if "\n" not in x], "、" if japanese else ", "
                ),
                "label_text": raw_label.rstrip(),
                "lead": m.group("lead"),
                "bold": m.group("bold") or "",
                "content_start": m.end(),
                "content_end": content_end,
                "holds": ("name", "initials"),
            },
        )
        return AttendeeBlock(group, tuple(entries))

    def _block_after(
        self, line: int, label: str | None, present: bool, start: int | None
    ) -> AttendeeBlock | None:
        """A list or table right after a label or ``Roll call:`` line (one blank allowed)."""
        text, outline = self.text, self.outline
        nxt = line + 1
        if nxt <= self.count and not self._body(nxt).strip():
            nxt += 1
        if nxt > self.count:
            return None
        s, e = self._span(nxt)
        body = text[s:e]
        if (
            outline.in_code(s)
            or self._claimed(s)
            or not (_ITEM_RE.match(body) or body.lstrip().startswith("|"))
        ):
            return None
        last = self._last_line_before(self._next_heading(s))
        blocks = self._blocks(nxt, last, present=present, label=label, single=True)
        if not blocks:
            return None
        if start is None:
            return blocks[0]
        return blocks[0]._replace(group=replace(blocks[0].group, start=start))

    # -- "Roll call:" paragraphs (JupyterHub)

    def roll_calls(self) -> list[AttendeeBlock]:
        blocks = []
        for m in _ROLL_CALL_RE.finditer(self.text, self.outline.body_start):
            if (
                self.text[m.start() - 1 : m.start()] not in ("R", "r")
                or self.outline.in_code(m.start())
                or self._claimed(m.start())
            ):
                continue
            block = self._block_after(self.outline.line_of(m.start()), None, True, None)
            if block is not None:
                blocks.append(block._replace(group=replace(block.group, label="Roll call")))
        return blocks

    # -- sections

    def sections(self) -> list[AttendeeBlock]:
        blocks = []
        for start, end in attendee_sections(self.outline):
            if end <= start:
                continue
            found = self._blocks(
                self.outline.line_of(start),
                self._last_line_before(end),
                present=True,
                label=None,
                single=False,
            )
            blocks.extend(b._replace(region=(start, end)) for b in found)
        return blocks

    def _blocks(
        self, first: int, last: int, *, present: bool, label: str | None, single: bool
    ) -> list[AttendeeBlock]:
        """Tables and lists on lines ``first``..``last``; paragraphs between them are
        skipped, but a prompt (``Your name / GitHub ID / affiliation``) gives the next
        list its field order."""
        text, outline = self.text, self.outline
        blocks: list[AttendeeBlock] = []
        prompt: tuple[str, ...] | None = None
        line = first
        while line <= last:
            s, e = self._span(line)
            body = text[s:e]
            if not body.strip() or outline.in_code(s) or self._claimed(s):
                line += 1
                continue
            if (
                body.lstrip().startswith("|")
                and line < last
                and _TABLE_SEP_RE.fullmatch(self._body(line + 1))
            ):
                end = line
                while end < last and self._body(end + 1).lstrip().startswith("|"):
                    end += 1
                blocks.append(
                    self._cached(
                        s,
                        self._span(end)[1],
                        ("table", present, label),
                        self._table,
                        line,
                        end,
                        present,
                        label,
                    )
                )
            elif _ITEM_RE.match(body):
                end = self._list_end(line, last)
                block = self._cached(
                    s,
                    self._span(end)[1],
                    ("list", present, label, prompt),
                    self._list,
                    line,
                    end,
                    present,
                    label,
                    prompt,
                )
                if block is None:
                    line = end + 1
                    continue
                blocks.append(block)
            else:
                spans = _slash_spans(text, s, e)
                kinds = _header_kinds([text[a:b] for a, b in spans]) if len(spans) > 1 else None
                if kinds is not None:
                    prompt = kinds
                line += 1
                continue
            self.claimed.append((s, self._span(end)[1]))
            if single:
                break
            line = end + 1
        return blocks

    # -- tables

    def _table(self, first: int, last: int, present: bool, label: str | None) -> AttendeeBlock:
        text, outline = self.text, self.outline
        rows = table_rows(text, self._span(first)[0], self._span(last)[1])
        header = rows[0][2]
        columns = tuple(header_kind(text[a:b]) for a, b in header)
        entries = []
        fillers = []
        handle_formats = []
        hcol = columns.index("handle") if "handle" in columns else -1
        for s, e, cells in rows[2:]:
            entry = _row_entry(text, outline, s, e, cells, columns, present)
            if entry is None:
                fillers.append((s, e))
                if 0 <= hcol < len(cells):  # a template's `XXXXXXXX` shows the style
                    a, b = _strip_span(text, *cells[hcol])
                    if b > a and text[a] == "`":
                        handle_formats.append("`{}`")
                continue
            entries.append(entry)
            if entry.handle_format:
                handle_formats.append(entry.handle_format)
        group = AttendeeGroup(
            "table",
            rows[0][0],
            rows[-1][1],
            present,
            label,
            {
                "columns": columns,
                "headers": tuple(clean(text[a:b]) for a, b in header),
                "widths": tuple(b - a for a, b in header),
                "separator_style": "tight"
                if all(text[a : a + 1] == "-" for a, _b in rows[1][2])
                else "spaced",
                "handle_format": _majority(handle_formats, "{}"),
                "holds": tuple(k for k in FIELD_KINDS if k in columns),
            },
        )
        return AttendeeBlock(group, tuple(entries), tuple(fillers))

    # -- lists

    def _list_end(self, first: int, last: int) -> int:
        """The last line of the list that starts on line ``first``."""
        text = self.text
        m0 = _ITEM_RE.match(self._body(first))
        assert m0
        base = len(m0.group("indent").expandtabs(4))
        ordered = m0.group("marker")[0].isdigit()
        end = first
        line = first + 1
        while line <= last:
            s, e = self._span(line)
            body = text[s:e]
            if not body.strip():
                line += 1
                continue
            m = _ITEM_RE.match(body)
            indent = len(body) - len(body.lstrip())
            if m:
                mind = len(m.group("indent").expandtabs(4))
                if mind < base or (mind == base and m.group("marker")[0].isdigit() != ordered):
                    break
            elif (
                body.lstrip().startswith(("#", "|"))
                or (indent <= base and line > end + 1)
                or s in self.heading_set
                or self.outline.in_code(s)
            ):
                break
            end = line
            line += 1
        return end

    def _list(
        self,
        first: int,
        last: int,
        present: bool,
        label: str | None,
        prompt: tuple[str, ...] | None,
    ) -> AttendeeBlock | None:
        text, outline = self.text, self.outline
        m0 = _ITEM_RE.match(self._body(first))
        assert m0
        base = len(m0.group("indent").expandtabs(4))
        items: list[list[int]] = []  # [item start, item end, body start, first line end]
        for line in range(first, last + 1):
            s, e = self._span(line)
            m = _ITEM_RE.match(text, s, e)
            if m and len(m.group("indent").expandtabs(4)) == base:
                items.append([s, e, m.end(), e])
            elif items and text[s:e].strip():
                items[-1][1] = e  # a wrapped line or a sub-item: part of the entry
        header_kinds: tuple[str, ...] | None = None
        bodies: list[_Item] = []
        fillers: list[tuple[int, int]] = []
        for n, (s, e, b, le) in enumerate(items):
            be = _strip_span(text, b, le)[1]
            spans = _slash_spans(text, b, be)
            kinds = _header_kinds([text[x:y] for x, y in spans])
            if kinds is not None or not text[b:be].strip(" *_`"):
                if n == 0 and kinds is not None and prompt is None:
                    header_kinds = kinds  # the list's own header row
                else:
                    fillers.append((s, e))
                continue
            bodies.append(_Item(s, e, b, be, spans, _item_format(text, b, be, spans)))
        order = prompt or (header_kinds if header_kinds and len(header_kinds) > 1 else None)
        if order is None:
            order = _order_from_handles(text, bodies)
        fmt = _majority(
            [i.format for i in bodies if i.format != "ambiguous"],
            "slash" if order and len(order) > 1 else "person",
        )
        entries: list[AttendeeEntry] = []
        for item in bodies:
            if item.format == "ambiguous":
                item.format = "comma" if fmt == "comma" else "multi"
            entries.extend(_item_entries(outline, item, present, order))
        if not entries and not fillers and header_kinds is None:
            return None
        markers = [_ITEM_RE.match(text, s, e) for s, e, _b, _le in items]
        marker_texts = [m.group("marker") for m in markers if m]
        kind = _majority([x.kind for x in entries], fmt)
        if kind == "segment":  # "- MS, ED, LB, CJ": several people in one item
            kind = "multi"
        slash_seps = [
            text[x.parts[0].outer_end : x.parts[1].outer_start]
            for x in entries
            if x.kind == "slash"
            and len(x.parts) > 1
            and text[x.parts[0].outer_end : x.parts[1].outer_start].strip() == "/"
        ]
        group = AttendeeGroup(
            "numbered" if m0.group("marker")[0].isdigit() else "bullets",
            items[0][0],
            items[-1][1],
            present,
            label,
            {
                "marker": m0.group("marker"),
                "marker_space": m0.group("space") or " ",
                "indent": m0.group("indent"),
                "numbering": "same" if len(set(marker_texts)) == 1 else "increment",
                "format": kind,
                "fields": order or ("name",),
                "field_separator": _majority(slash_seps, " / "),
                "handle_format": _majority([x.handle_format or "" for x in entries], "{}"),
                "separator": ", ",
                "has_header": header_kinds is not None,
                "has_prompt": prompt is not None,
                "holds": _list_holds(kind, order, entries),
            },
        )
        return AttendeeBlock(group, tuple(entries), tuple(fillers))


@dataclass
class _Item:
    start: int  # the item's lines
    end: int
    body: int  # its text after the marker, on the first line
    body_end: int
    spans: list[tuple[int, int]]  # its slash fields
    format: str


def _list_holds(
    kind: str, order: tuple[str, ...] | None, entries: list[AttendeeEntry]
) -> tuple[str, ...]:
    """The fields a new entry of this list can carry."""
    if kind == "slash":
        return ("name", "initials", *(k for k in ("handle", "affiliation") if k in (order or ())))
    if kind == "comma":
        return FIELD_KINDS
    if kind == "multi":
        return ("name",)
    if any(x.attendee.handle for x in entries):
        return ("name", "initials", "handle")
    return ("name", "initials")


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of a table row's cells' insides (between the pipes)."""
    s, e = _strip_span(text, start, end, " \t")
    pipes = [i for i in range(s, e) if text[i] == "|" and (i == s or text[i - 1] != "\\")]
    if not pipes:
        return [(s, e)]
    bounds = pipes[:]
    if pipes[0] != s:
        bounds.insert(0, s - 1)
    if pipes[-1] != e - 1:
        bounds.append(e)
    return [(bounds[k] + 1, bounds[k + 1]) for k in range(len(bounds) - 1)]


def table_rows(text: str, start: int, end: int) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """(start, end, cell insides) of each line of the table ``text[start:end]``."""
    rows = []
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        rows.append((pos, stop, _cells(text, pos, stop)))
        if nl < 0:
            break
        pos = nl + 1
    return rows


def _row_entry(
    text: str,
    outline: Outline,
    start: int,
    end: int,
    cells: list[tuple[int, int]],
    columns: tuple[str, ...],
    present: bool,
) -> AttendeeEntry | None:
    values: dict[str, Part] = {}
    handle_format = None
    for kind, (a, b) in zip(columns, cells, strict=False):
        if kind in values or kind == "other":
            continue
        s, e = _unmark(text, a, b) if kind != "handle" else _strip_span(text, a, b)
        raw = text[s:e]
        if not raw or _FILLER_CELL_RE.fullmatch(raw):
            continue
        if kind == "handle":
            m = _CELL_HANDLE_RE.fullmatch(raw)
            if m:
                handle_format = m.group(1) + "{}" + m.group(3)
                s, e = s + m.start(2), s + m.end(2)
            elif "@" in raw:
                continue  # an e-mail address is not a handle
        values[kind] = Part(kind, s, e, a, b)
    name = values.get("name")
    if name is None or not _is_name(clean(text[name.start : name.end])):
        return None
    person = _Person(clean(text[name.start : name.end]), handle_format=handle_format)
    initials = values.get("initials")
    handle = values.get("handle")
    person.initials = text[initials.start : initials.end] if initials else None
    person.handle = text[handle.start : handle.end] if handle else None
    person.parts = [p for k, p in values.items() if k != "affiliation"]
    entry = _entry(person, "row", present, text, outline, start, end, values.get("affiliation"))
    return entry


def _item_format(text: str, start: int, end: int, slash: list[tuple[int, int]]) -> str:
    """ "slash", "comma", "person" or "ambiguous" (several comma parts, no other sign)."""
    if _PREFIX_RE.match(text, start, end):
        return "comma"
    if len(slash) > 1:
        return "slash"
    parts = _split_top(text, start, end, _COMMA)
    if len(parts) < 2:
        return "person"
    if _PAREN_AT_RE.search(text, start, end):
        return "comma"
    return "ambiguous"


def _item_entries(
    outline: Outline, item: _Item, present: bool, order: tuple[str, ...] | None
) -> list[AttendeeEntry]:
    text = outline.text
    if item.format == "multi":  # "- MS, ED, LB, CJ"
        return _segments(outline, item.body, item.body_end, present)[0]
    if item.format == "person":
        person = _person(text, item.body, item.body_end, trim_remarks=False, bare_handle=True)
        if not _is_name(person.name):
            return []
        return [_entry(person, "person", present, text, outline, item.start, item.end)]
    if item.format == "comma":
        return _comma_entry(outline, item, present)
    return _slash_entry(outline, item, present, order)


def _comma_entry(outline: Outline, item: _Item, present: bool) -> list[AttendeeEntry]:
    """``JRG: Jaime Rodríguez-Guerra (@jaimergp), Quansight, CF/C, C/SC``."""
    text = outline.text
    s, e, b, be = item.start, item.end, item.body, item.body_end
    prefix = _PREFIX_RE.match(text, b, be)
    start = prefix.end() if prefix else b
    spans = _split_top(text, start, be, _COMMA)
    person = _person(text, spans[0][0], spans[0][1], trim_remarks=False, bare_handle=False)
    if not _is_name(person.name):
        return []
    if prefix:
        ini = prefix.start("ini"), prefix.end("ini")
        person.initials = prefix.group("ini")
        person.parts = [p for p in person.parts if p.kind != "initials"]
        person.parts.append(Part("initials", ini[0], ini[1], b, prefix.end()))
    affiliation = None
    extra = []
    for n, (x, y) in enumerate(spans[1:]):
        x, y = _strip_span(text, x, y)
        if n == 0 and y > x:
            affiliation = Part("affiliation", x, y, x, y)
        elif y > x:
            extra.append(Part("other", x, y, x, y))
    return [_entry(person, "comma", present, text, outline, s, e, affiliation, tuple(extra))]


def _slash_entry(
    outline: Outline, item: _Item, present: bool, order: tuple[str, ...] | None
) -> list[AttendeeEntry]:
    """``Name / Org / \\@handle`` (JupyterHub), ``Name / `@handle` / org`` (GeoJupyter),
    ``Name (pronouns) / \\@handle / affiliation / location`` (collab café)."""
    text = outline.text
    s, e = item.start, item.end
    spans = [_strip_span(text, x, y) for x, y in item.spans]
    person = _person(text, spans[0][0], spans[0][1], trim_remarks=False, bare_handle=False)
    if not _is_name(person.name):
        return []
    affiliation = None
    extra = []
    for n, (x, y) in enumerate(spans[1:], 1):
        if y <= x:
            continue
        hf = _handle_field(text, x, y)
        slot = order[n] if order and n < len(order) else None
        if (
            hf is None
            and person.handle is None
            and slot == "handle"
            and _HANDLE_RE.fullmatch(text[x:y])
        ):
            hf = (x, y, "{}")
        if hf is not None and person.handle is None:
            person.handle = text[hf[0] : hf[1]]
            person.handle_format = hf[2]
            person.parts.append(Part("handle", hf[0], hf[1], x, y))
        elif (
            affiliation is None
            and not _EMAIL_RE.fullmatch(text[x:y])
            and not (
                text[x] in "@`" or text.startswith("\\@", x)  # "\@Freek Pols": not a handle
            )
        ):
            affiliation = Part("affiliation", x, y, x, y)
        else:
            extra.append(Part("other", x, y, x, y))
    return [_entry(person, "slash", present, text, outline, s, e, affiliation, tuple(extra))]


def _order_from_handles(text: str, bodies: list[_Item]) -> tuple[str, ...] | None:
    """The field order of a slash list without a prompt line: the handle where its
    entries put their explicit (``@``, escaped or backticked) handles, if any; the
    affiliation in the first other place after the name."""
    slots: list[int] = []
    widths: list[int] = []
    for item in bodies:
        if item.format != "slash":
            continue
        spans = item.spans
        widths.append(len(spans))
        slot = next(
            (
                n
                for n, (x, y) in enumerate(spans[1:], 1)
                if _handle_field(text, *_strip_span(text, x, y))
            ),
            None,
        )
        if slot is not None:
            slots.append(slot)
    if not widths:
        return None
    kinds = ["name"] + ["other"] * (max(widths) - 1)
    if slots:
        kinds[Counter(slots).most_common(1)[0][0]] = "handle"
    free = next((n for n in range(1, len(kinds)) if kinds[n] == "other"), None)
    if free is not None:
        kinds[free] = "affiliation"
    return tuple(kinds)


# ----------------------------------------------------------------------------- front matter


def _front_matter_blocks(text: str, fm: FrontMatter) -> list[AttendeeBlock]:
    data = fm.data or {}
    keys = [k for k in FRONT_MATTER_KEYS if k in data]
    if not keys or fm.kind != "yaml":
        return []
    outline_lines = text[fm.content_start : fm.content_end].split("\n")
    blocks = []
    offsets = []
    pos = fm.content_start
    for line in outline_lines:
        offsets.append(pos)
        pos += len(line) + 1
    for key in keys:
        values = data[key] if isinstance(data[key], list) else []
        for n, line in enumerate(outline_lines):
            m = re.match(rf"{re.escape(key)}[ \t]*:(?P<rest>.*)$", line)
            if not m:
                continue
            items = []
            indent = "  "
            if m.group("rest").strip().startswith("["):
                items = _flow_items(text, offsets[n] + m.start("rest"), offsets[n] + len(line))
                style = "flow"
            else:
                style = "block"
                for k in range(n + 1, len(outline_lines)):
                    item = re.match(r"(?P<indent>[ \t]*)-[ \t]+(?P<value>.*)$", outline_lines[k])
                    if item is None:
                        if outline_lines[k].strip() and not outline_lines[k].lstrip().startswith(
                            "#"
                        ):
                            break
                        continue
                    indent = item.group("indent")
                    vs, ve = _strip_span(
                        text, offsets[k] + item.start("value"), offsets[k] + item.end("value")
                    )
                    items.append((offsets[k], offsets[k] + len(outline_lines[k]), vs, ve))
            entries = []
            for value, (ls, le, vs, ve) in zip(values, items, strict=False):
                if not isinstance(value, str) or not value.strip():
                    continue
                attendee = Attendee(
                    value.strip(), line=text.count("\n", 0, ls) + 1, start=ls, end=le
                )
                part = Part("name", vs - ls, ve - ls, vs - ls, ve - ls)
                entries.append(AttendeeEntry(attendee, (part,), "yaml"))
            end = items[-1][1] if items else offsets[n] + len(line)
            group = AttendeeGroup(
                "front_matter",
                offsets[n],
                end,
                True,
                key,
                {"key": key, "list_style": style, "indent": indent, "holds": ("name",)},
            )
            blocks.append(AttendeeBlock(group, tuple(entries)))
            break
    return blocks


def _flow_items(text: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    open_ = text.find("[", start, end)
    close = text.rfind("]", start, end)
    if open_ < 0 or close < 0:
        return []
    out = []
    for s, e in _split_top(text, open_ + 1, close, _COMMA):
        s, e = _strip_span(text, s, e)
        if e > s:  # the value as written, quotes and all (as in a block list)
            out.append((s, e, s, e))
    return out
