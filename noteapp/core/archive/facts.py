"""One note's meeting facts as plain records, ready for the index.

Built from :func:`noteapp.core.meeting.parse_meeting`'s snapshot only (attendees,
agenda, action items, date, speakers, links), so a better parser gives a better
index with no change here.  A note that does not decode is indexed as text (read with
replacement characters) and one the parser trips over as text alone; either way
``error`` says why.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from noteapp.core.errors import DecodeFailure, NoteError
from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.when import date_from_path
from noteapp.core.text.source import NEWLINE_RE, decode

if TYPE_CHECKING:
    from noteapp.core.meeting import Meeting

SUMMARY_CHARS = 160
_PROSE = re.compile(r"[ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?(?P<text>[^\s#|<>`\-=].*)")


class Person(NamedTuple):
    name: str
    initials: str | None
    handle: str | None
    affiliation: str | None
    present: bool
    line: int


class Topic(NamedTuple):
    text: str
    checked: bool | None
    depth: int
    line: int


class Action(NamedTuple):
    text: str
    owners: tuple[str, ...]
    done: bool
    line: int
    carried: bool


class NoteLink(NamedTuple):
    kind: str
    url: str
    line: int


@dataclass(frozen=True)
class NoteFacts:
    text: str  # the whole text (``\n`` newlines), for full-text search
    title: str | None = None
    date: dt.date | None = None
    summary: str = ""
    attendees: tuple[Person, ...] = ()
    agenda: tuple[Topic, ...] = ()
    actions: tuple[Action, ...] = ()
    speakers: dict[str, int] = field(default_factory=dict)
    links: tuple[NoteLink, ...] = ()
    error: str | None = None


def facts_from_bytes(data: bytes, path: Path) -> NoteFacts | None:
    """The facts of the note whose bytes are ``data``; None for a binary file."""
    try:
        text = decode(data, path).text
    except DecodeFailure as exc:
        raw = data.decode("utf-8", errors="replace").lstrip("\ufeff")
        return NoteFacts(NEWLINE_RE.sub("\n", raw), date=date_from_path(path), error=str(exc))
    except NoteError:  # NUL bytes: not a note at all
        return None
    return facts_from_text(text, path)


def facts_from_text(text: str, path: Path | None = None) -> NoteFacts:
    try:
        meeting = parse_meeting(text, path)
    except Exception as exc:  # a parser bug must not drop the note from the index
        when = date_from_path(path) if path else None
        return NoteFacts(text, date=when, error=f"not parsed: {type(exc).__name__}: {exc}")
    agenda = tuple(Topic(a.text, a.checked, a.depth, a.line) for a in meeting.agenda)
    return NoteFacts(
        text=text,
        title=_title(meeting),
        date=meeting.when.date or (date_from_path(path) if path else None),
        summary=summary(text, agenda),
        attendees=tuple(
            Person(a.name, a.initials, a.handle, a.affiliation, a.present, a.line)
            for a in meeting.attendees
        ),
        agenda=agenda,
        actions=tuple(
            Action(a.text, tuple(a.owners), a.done, a.line, a.carried) for a in meeting.action_items
        ),
        speakers=dict(meeting.speakers),
        links=tuple(NoteLink(link.kind, link.url, link.line) for link in meeting.links),
        error=meeting.front_matter.error,
    )


def _title(meeting: Meeting) -> str | None:
    data = meeting.front_matter.data
    if isinstance(data, dict) and data.get("title") not in (None, ""):
        return str(data["title"])
    head = meeting.outline.first_heading()
    return head.text if head else None


def summary(text: str, agenda: tuple[Topic, ...]) -> str:
    """One line: the top-level agenda topics, else the first line of prose."""
    topics = [t.text for t in agenda if t.depth == 0 and t.text.strip()]
    if topics:
        return _clip("; ".join(topics))
    in_front = text.startswith(("---", "+++"))
    for number, line in enumerate(text.split("\n")):
        if in_front:
            in_front = not (number and line.rstrip() in ("---", "...", "+++"))
            continue
        match = _PROSE.fullmatch(line)
        if match and len(match["text"].strip()) > 3 and not line.lstrip().startswith("**"):
            return _clip(match["text"].strip())
    return ""


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1].rstrip() + "…"
