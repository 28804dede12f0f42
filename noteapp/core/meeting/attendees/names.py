"""One person as written: a name, then initials, a handle, an organisation, remarks.

:func:`read_person` reads ``Name (XX) (handle)``-like text wherever it stands (a list
item, an inline segment, a table cell, a slash field); :func:`segments` splits an
inline run of people (``Ada (AL), Grace and Edsger``); :func:`is_name` tells a person's
name from a tally, a placeholder or prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from noteapp.core.meeting.attendees.records import AttendeeEntry, Part
from noteapp.core.meeting.attendees.text import (
    COMMA,
    HANDLE,
    HANDLE_RE,
    INITIALS,
    INITIALS_RE,
    LINK_RE,
    clean,
    split_top,
    strip_span,
    unmark,
)
from noteapp.core.meeting.structure import Attendee
from noteapp.core.text.lazy_pattern import lazy_compile
from noteapp.core.text.outline import Outline

_INITIALS_NOTE_RE = re.compile(rf"(?P<ini>{INITIALS})(?:[ \t]*[;,].*)?", re.S)
_AT_HANDLE_RE = lazy_compile(rf"(?P<pre>`?(?:\\?@)|gh:[ \t]*@?|`)(?P<h>{HANDLE})(?P<post>`?)")
_TIME_RE = re.compile(r"\d{1,2}:\d{2}")
_BOX_RE = re.compile(r"\[[ xX]\][ \t]+")
_MISSING_PAREN_RE = lazy_compile(rf"[ \t](?P<ini>{INITIALS})\)")
_WORD_RE = re.compile(r"\S+")
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
NOT_NAMES = {
    "…",
    "...",
    "etc",
    "etc.",
    "others",
    "and others",
    "tbd",
    "tbc",
    "none",
    "n/a",
    "na",
    "nobody",
    "no one",
    "noone",
    "-",
    "—",
    "–",
    "nil",
    "keine",
    "aucun",
    "aucune",
    "无",
    "なし",
}
_CLOSING_STOP = re.compile(r"[^\W\d_]{2,}(?<!Jr)(?<!Sr)\.$")  # "…, Hadley Wickham." / "…, Li."
_BARE_HANDLE_RE = re.compile(rf"[*_`]*\\?@(?P<h>{HANDLE})[*_`]*")
_DASH_ORG_RE = re.compile(r"[ \t]*[-–—][ \t]+")  # "Name - Org", "Name- Org"
_PAREN_PARTS = re.compile(r"[ \t]*[;,][ \t]*")
_PRONOUNS_RE = re.compile(r"(?:he|she|they|xe|ze|ey|any)\s*/\s*\w+(?:\s*/\s*\w+)?|any pronouns")
# Remarks about a person in parentheses (a role in the meeting, how they took part).
_REMARKS = (
    "chair",
    "co-chair",
    "cochair",
    "vice chair",
    "note taker",
    "notetaker",
    "note-taker",
    "notes",
    "scribe",
    "minutes",
    "host",
    "co-host",
    "moderator",
    "facilitator",
    "guest",
    "phone",
    "by phone",
    "remote",
    "remotely",
    "in person",
    "online",
    "video",
    "audio",
    "observing",
    "observer",
    "late",
    "very late",
    "left early",
    "joined late",
    "intros",
    "backup",
    "presenter",
    "presenting",
    "speaker",
    "timekeeper",
    "secretary",
    "lead",
    "ex officio",
    "invited expert",
    "part",
    "partly",
    "part-time",
    "first time",
    "new",
)


# ----------------------------------------------------------------------------- persons


@dataclass
class Person:
    name: str = ""
    initials: str | None = None
    handle: str | None = None
    parts: list[Part] = field(default_factory=list)
    handle_format: str | None = None
    affiliation: Part | None = None  # an organisation written in parentheses or after " - "
    form: str = "person"  # "handle" (the entry is a handle), "paren" ("Name (Org)"), "dash"


def read_person(
    text: str, start: int, end: int, *, trim_remarks: bool, bare_handle: bool
) -> Person:
    """Read ``Name (XX) (handle)``-like text: a name, then notes in parentheses or after.

    ``(XX)`` / ``(XX; remark)`` give initials, ``(20:09)`` is an arrival time, ``(@h)``,
    ``@h``, ``gh: h`` (and, where ``bare_handle``, ``(h)`` or ``h`` after the initials)
    a handle; anything else is a remark, left out of the name. A nickname in parentheses
    inside the name (``Benjamin (Benny) Szeghy``) stays in it.
    """
    person = Person()
    start, end = unmark(text, start, end)
    box = _BOX_RE.match(text, start, end)
    if box:
        start = box.end()
    bare = _BARE_HANDLE_RE.fullmatch(text, start, end)
    if bare:  # "- @djdv", "_@djdv_": a roll call by handle; the handle is the name too
        s, e = bare.start("h"), bare.end("h")
        person.name = person.handle = text[s:e]
        person.handle_format = text[start:s] + "{}" + text[e:end]
        person.parts = [Part("name", s, e, s, e)]
        person.form = "handle"
        return person
    head_end = _head_end(text, start, end)
    dash = _DASH_ORG_RE.search(text, start, head_end)
    if dash and len(text[start : dash.start()].split()) <= 4:  # "Wilmar Igl - Icon"
        a, b = strip_span(text, dash.end(), head_end)
        if b > a:
            person.affiliation = Part("affiliation", a, b, dash.start(), b)
            person.form = "dash"
        head_end = dash.start()
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
    name_start, name_end = unmark(text, start, head_end)
    if trim_remarks:
        name_end = _name_end(text, name_start, name_end)
        name_start, name_end = unmark(text, name_start, name_end)
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
        if ch == "(" and text[i - 1] == "]":  # "[Name](url) (Org)": the link's target
            close = text.find(")", i, end)
            if close > 0:
                i = close + 1
                continue
        if ch == "{" and text.find(")", i, end) > 0:  # "Mike O'Neill {Baycloud)": a typo
            return i
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
                and not INITIALS_RE.fullmatch(after.split()[0].rstrip(")"))
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


def _tail(person: Person, text: str, pos: int, end: int, bare_handle: bool) -> None:
    """Initials, handle and remarks after the name."""
    while pos < end:
        while pos < end and text[pos].isspace():
            pos += 1
        if pos >= end:
            return
        if text[pos] in "({":
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
        if bare_handle and person.handle is None and person.initials and HANDLE_RE.fullmatch(rest):
            _set_handle(person, text, pos, pos + len(rest), pos, pos + len(rest))
        return  # anything else is a remark: "very late"


def _paren(person: Person, text: str, open_: int, close: int, bare_handle: bool) -> None:
    inner_s, inner_e = strip_span(text, open_ + 1, close)
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
        or (bare_handle and person.initials and HANDLE_RE.fullmatch(inner))
        or _lower_handle(inner)
    ):
        h_start = inner_s + (at.start("h") if at and "@" in at.group("pre") else 0)
        h_end = inner_s + (at.end("h") if at and "@" in at.group("pre") else len(inner))
        _set_handle(person, text, h_start, h_end, open_, min(close + 1, len(text)))
        return
    if person.affiliation is None:
        _paren_affiliation(person, text, inner_s, inner_e, open_, min(close + 1, len(text)))


def _lower_handle(inner: str) -> bool:
    """``(karalabe)``, ``(protolambda)``: one lower-case word in parentheses is an
    account name, unless it is a remark or names a company (``(prysmaticlabs)``)."""
    return (
        inner.islower()
        and bool(HANDLE_RE.fullmatch(inner))
        and not _is_remark(inner)
        and not inner.endswith(_ORG_SUFFIXES)
    )


# Words that end a company's name when it is written as one word ("prysmaticlabs").
_ORG_SUFFIXES = ("labs", "lab", "inc", "ltd", "llc", "gmbh", "corp", "foundation", "group")


def _paren_affiliation(
    person: Person, text: str, start: int, end: int, outer_start: int, outer_end: int
) -> None:
    """``(Mozilla)``, ``(co-chair, Apple)``, ``(he/him; The Washington Post)``,
    ``(glazou, Dashlane)``: pronouns, roles and remarks are left out; a lone lower-case
    word before the organisation is the person's handle; the rest is the affiliation."""
    parts = [(a, b) for a, b in split_top(text, start, end, _PAREN_PARTS) if b > a]
    kept = []
    for a, b in parts:
        a, b = strip_span(text, a, b)
        word = text[a:b]
        if not word or _is_remark(word):
            continue
        kept.append((a, b))
    if not kept:
        return
    if (
        len(kept) >= 2
        and person.handle is None
        and HANDLE_RE.fullmatch(text, *kept[0])
        and text[kept[0][0]].islower()
    ):
        _set_handle(person, text, kept[0][0], kept[0][1], kept[0][0], kept[0][1])
        kept = kept[1:]
    a, b = kept[0]  # "(Apple, TAG)": the first organisation is the affiliation
    if any(ch.isalpha() for ch in text[a:b]):
        person.affiliation = Part("affiliation", a, b, outer_start, outer_end)
        person.form = "paren"


def _is_remark(word: str) -> bool:
    """A note about the person rather than their organisation: pronouns, a role in the
    meeting, how or when they joined."""
    lower = " ".join(word.lower().split())
    return bool(_PRONOUNS_RE.fullmatch(lower)) or any(
        lower == r or lower.startswith(r + " ") or lower.endswith(" " + r) for r in _REMARKS
    )


def _set_handle(person: Person, text: str, s: int, e: int, os_: int, oe: int) -> None:
    person.handle = text[s:e]
    person.handle_format = text[os_:s] + "{}" + text[e:oe]
    person.parts.append(Part("handle", s, e, os_, oe))


_SITE_PREFIX = re.compile(r"(?i:github|gh)[ \t]*:[ \t]*")


def handle_field(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """A whole field that is a handle: ``\\@h``, ``@h``, `` `@h` ``, `` `h` ``, a link
    ``[\\@h](https://github.com/h)``, maybe with a remark in parentheses after it.
    Returns the handle's span and its format (``{}`` marks the handle)."""
    site = _SITE_PREFIX.match(text, start, end)  # "GitHub:[@TallTed](...)", "GitHub: x"
    if site:
        start = site.end()
    link = LINK_RE.match(text, start, end)
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


def make_entry(
    person: Person,
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
    if affiliation is None and person.affiliation is not None:
        affiliation = person.affiliation
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


def is_name(name: str, *, item: bool = False) -> bool:
    """Whether an entry's name can be a person's: not empty, not "None" or "…", not a
    tally ("12 people total", "22", "本次会议共有22名成员参会"), not a sentence. A list
    item (``item``) of two lower-case words is a name ("dan sinclair")."""
    if not name or name.lower().rstrip(".") in NOT_NAMES or not any(c.isalpha() for c in name):
        return False
    if name.endswith(("...", "…")):
        return False  # "attendee names...": a placeholder
    words = name.split()
    if any(w.isdigit() for w in words) or len(words) > 6:
        return False
    if not name.isascii() and _CJK_NOT_NAME.search(name):
        return False
    if (
        len(words) > 1
        and name.isascii()
        and not any(w[:1].isupper() for w in words)
        and not (item and len(words) == 2)
    ):
        return False  # "we need more reviewers": prose, not a name
    if (
        len(words) > 2
        and name.isascii()
        and all(w.islower() and w not in _PARTICLES for w in words[1:])
    ):
        return False  # "Rest unknown due to recording": a sentence
    return not (name.endswith(("?", "!")) or _URL_IN_NAME.search(name))


# A web address is not a name; a name may still hold the letters "http" ("Ahttp").
_URL_IN_NAME = re.compile(r"(?i)\bhttps?:|://|\bwww\.")


# A CJK "name" that is a sentence or a tally: a full stop or comma, a digit, or more
# than five ideographs in a row (names are two to four).
_CJK_NOT_NAME = re.compile(r"[。，；！？]|[\u3400-\u9fff\uf900-\ufaff]{6}|\d")


def looks_written_as_name(name: str) -> bool:
    """A stricter check for text outside any list (a paragraph under an attendee
    heading): every word of a Latin-script name is capitalised, or a particle."""
    if not is_name(name):
        return False
    if not name[:1].isalpha() or (name.isascii() and (name.isupper() or len(name) < 2)):
        return False  # "X", "XX", "TODO": a placeholder
    # Five words at most, but a double-barrelled word ("Aa-Bb") is one word: its
    # parts only have to be capitalised.
    if len(name.split()) > 5:
        return False
    words = name.replace("-", " ").split()
    return all(
        not w[:1].isalpha() or not w[:1].isascii() or w[:1].isupper() or w in _PARTICLES
        for w in words
    )


# Between people: a comma (also "、"), ";", " and " / " & " before a capital, or a bold
# sub-label opening a wrapped line ("**and welcoming**: Dieu My Nguyen (DMN)").
_INLINE_SEPS = re.compile(
    r"[ \t]*(?:[,、，;]|[ \t\n](?:and|&)[ \t\n]+(?=[A-Z])"
    r"|\n[ \t]*(?:\*\*|__)[^*_\n]{1,40}(?:(?:\*\*|__)[ \t]*[:：]|[:：][ \t]*(?:\*\*|__)))"
    r"[ \t\n]*"
)


def segments(
    outline: Outline, start: int, end: int, present: bool, *, strict: bool = False
) -> tuple[list[AttendeeEntry], list[str]]:
    """People in an inline list ``text[start:end]`` and the separators between them.

    ``Acme (Noor, Pavel), Globex (Ines)`` names organisations with their people when
    one of its parts is plainly such a group (one word, then two or more names).
    ``strict`` (a paragraph with no label): every part must read as a name, else the
    paragraph holds nobody."""
    text = outline.text
    entries: list[AttendeeEntry] = []
    seps: list[str] = []
    spans = split_top(text, start, end, _INLINE_SEPS)
    pieces = []
    for n, (s, e) in enumerate(spans):
        s, e = strip_span(text, s, e)
        if s >= e:
            continue
        if n == len(spans) - 1 and _CLOSING_STOP.search(text, s, e):
            e -= 1  # "..., Andy Nicholls.": the sentence's full stop, not an initial's
        pieces.append((s, e))
    grouped = any(_org_group(text, s, e, plain=True) for s, e in pieces)
    lenient = len(pieces) < 4  # True: no room for an odd name (a short list, one line)
    previous_end: int | None = None
    for s, e in pieces:
        group = _org_group(text, s, e, plain=False) if grouped else None
        people = group if group else [(s, e, None)]
        for ps, pe, org in people:
            person = read_person(text, ps, pe, trim_remarks=not strict, bare_handle=False)
            ok = looks_written_as_name(person.name) if strict else is_name(person.name)
            if strict and not ok and is_name(person.name, item=True) and not lenient:
                lenient, ok = True, True  # one odd name ("muddlebee(answesh)") in a list
            if not ok:
                if strict and text[ps:pe].strip(" .").lower() not in NOT_NAMES:
                    return [], []
                continue
            if previous_end is not None:
                seps.append(text[previous_end:ps])
            previous_end = pe
            entries.append(make_entry(person, "segment", present, text, outline, ps, pe, org))
    return entries, seps


_ORG_GROUP = re.compile(r"(?P<org>[^\W\d_][\w&.'’-]*)[ \t]*\((?P<inner>[^()]+)\)")
_GIVEN_NAME = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:[ \t][^\W\d_][^\W\d_'’-]*)?")


def _org_group(
    text: str, start: int, end: int, *, plain: bool
) -> list[tuple[int, int, Part]] | None:
    """``Google (Devlin, Oliver, Patrick)``: the people of one organisation, each with
    the organisation as a Part. ``plain``: only a group no one could read as a person
    with remarks (two or more capitalised names, not acronyms, in the parentheses)."""
    m = _ORG_GROUP.fullmatch(text, start, end)
    if m is None:
        return None
    names = [
        strip_span(text, a, b) for a, b in split_top(text, m.start("inner"), m.end("inner"), COMMA)
    ]
    if plain and len(names) < 2:
        return None
    for a, b in names:
        word = text[a:b]
        if not _GIVEN_NAME.fullmatch(word) or not word[:1].isupper() or word.isupper():
            return None
        if _is_remark(word):
            return None
    org = Part("affiliation", m.start("org"), m.end("org"), m.start("org"), m.end("org"))
    return [(a, b, org) for a, b in names]


def harmonize(text: str, outline: Outline, entries: list[AttendeeEntry]) -> list[AttendeeEntry]:
    """One reading of the parentheses for a whole list: where most people's
    parentheses hold an organisation (``(Google)``, ``(Stony Brook University)``), a
    short capital word there is an organisation too (``(BBC)``, ``(ODI)``, not initials)
    and so is a lower-case word (``(dstillery)``, not an account name)."""
    entries = _account_names(text, entries)
    orgs = sum(1 for x in entries if _paren_part(text, x, "affiliation"))
    # Capitals that do not start with the name's first letter ("Roberto S.K. Breitman
    # (ODI)") are an organisation where most of the list's capitals are such.
    foreign = [x for x in entries if _paren_part(text, x, "initials") and _not_own(x)]
    own = sum(1 for x in entries if _paren_part(text, x, "initials")) - len(foreign)
    if (orgs < 2 or orgs * 2 < len(entries)) and len(foreign) <= own:
        return entries
    initials = own if len(foreign) > own else own + len(foreign)
    lower = _paren_handles(text, entries)
    out = []
    for x in entries:
        a = x.attendee
        part = None
        majority = orgs >= 2 and orgs * 2 >= len(entries)
        if a.affiliation is None and (
            (majority and initials < orgs) or (x in foreign and len(foreign) > own)
        ):
            part = _paren_part(text, x, "initials")
        if (
            part is None
            and majority
            and a.affiliation is None
            and lower < orgs
            and x.handle_format == "({})"
        ):
            part = _paren_part(text, x, "handle")
        if part is None:
            out.append(x)
            continue
        value = text[a.start + part.start : a.start + part.end]
        parts = tuple(p._replace(kind="affiliation") if p is part else p for p in x.parts)
        attendee = a._replace(
            initials=None if part.kind == "initials" else a.initials,
            handle=None if part.kind == "handle" else a.handle,
            affiliation=value,
        )
        fmt = None if part.kind == "handle" else x.handle_format
        out.append(x._replace(attendee=attendee, parts=parts, handle_format=fmt))
    return out


def _paren_handles(text: str, entries: list[AttendeeEntry]) -> int:
    """How many entries hold a bare account name in parentheses."""
    return sum(1 for x in entries if _paren_part(text, x, "handle") and x.handle_format == "({})")


def _account_names(text: str, entries: list[AttendeeEntry]) -> list[AttendeeEntry]:
    """Where most people's parentheses hold an account name (``(protolambda)``), one
    capitalised word there is an account name too (``(Lightclient)``), not an
    organisation: the list writes one kind of thing in its parentheses."""
    handles = _paren_handles(text, entries)
    words = []
    for x in entries:
        part = _paren_part(text, x, "affiliation")
        a = x.attendee
        if part is None or a.handle or a.initials:
            continue
        value = text[a.start + part.start : a.start + part.end]
        if HANDLE_RE.fullmatch(value) and value[1:].islower():
            words.append((x, part, value))
    if handles < 2 or handles <= len(words):
        return entries
    out = {id(x): x for x in entries}
    for x, part, value in words:
        parts = tuple(p._replace(kind="handle") if p is part else p for p in x.parts)
        attendee = x.attendee._replace(handle=value, affiliation=None)
        out[id(x)] = x._replace(attendee=attendee, parts=parts, handle_format="({})")
    return [out[id(x)] for x in entries]


def _not_own(entry: AttendeeEntry) -> bool:
    a = entry.attendee
    initials = a.initials or ""
    return bool(initials) and initials.isupper() and a.name[:1].upper() != initials[:1]


def _paren_part(text: str, entry: AttendeeEntry, kind: str) -> Part | None:
    part = entry.part(kind)
    if part is None:
        return None
    at = entry.attendee.start + part.outer_start
    return part if text[at : at + 1] == "(" else None
