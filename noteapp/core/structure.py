"""The meeting structure found in a note: plain immutable records with their places.

The many small records (task, agenda and action items, links) are NamedTuples: a
5,000-line note holds thousands, and a tuple is built several times faster than a
frozen dataclass, which matters for a parse after every pause in typing.

Every record knows its ``line`` (1-based) and its ``start``/``end`` offsets in the
note's text (code points, ``\\n`` newlines), so an edit can go straight to it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from noteapp.core.meeting.attendees.records import AttendeeStyle


class Attendee(NamedTuple):
    name: str
    initials: str | None = None
    handle: str | None = None  # without "@", escaping or backticks
    affiliation: str | None = None
    present: bool = True
    line: int = 0
    start: int = 0  # the entry's own text: a table row, a list item, an inline segment
    end: int = 0
    group: int = 0  # index of its AttendeeGroup in Meeting.attendee_groups

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "initials": self.initials,
            "handle": self.handle,
            "affiliation": self.affiliation,
            "present": self.present,
        }


@dataclass(frozen=True)
class AttendeeGroup:
    """One block of attendees written in one style.

    ``style`` is one of "inline" (a label then a comma list), "bullets", "numbered",
    "table", "html_table", "front_matter"; ``layout`` is the style's own record
    (:mod:`noteapp.core.meeting.attendees.records`: ``InlineStyle``, ``ListStyle``,
    ``TableStyle``, ``HtmlTableStyle``, ``FrontMatterStyle``), what an edit needs to
    write a new entry the same way (marker, separator, column order and widths,
    escaping...).
    """

    style: str
    start: int
    end: int
    present: bool = True
    label: str | None = None
    layout: AttendeeStyle | None = field(default=None, compare=False, hash=False)

    @property
    def holds(self) -> tuple[str, ...]:
        """The fields a new entry of this block can carry."""
        return self.layout.holds if self.layout is not None else ("name",)


class TaskItem(NamedTuple):
    """A task-list item: ``- [ ] text``, ``* [x] text``, ``1. [X] text``, at any depth."""

    text: str
    checked: bool
    line: int
    depth: int  # 0 for top level; one more per nesting level
    start: int  # the whole line (without its newline)
    end: int
    box: int  # offset of the character between the brackets
    marker: str  # "-", "*", "+", "1." ...

    def as_json(self) -> dict[str, Any]:
        return {"text": self.text, "checked": self.checked, "line": self.line}


class AgendaItem(NamedTuple):
    text: str
    checked: bool | None  # None when the agenda is a plain or numbered list
    depth: int
    timebox_minutes: int | None
    line: int
    start: int
    end: int

    def as_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "checked": self.checked,
            "depth": self.depth,
            "timebox_minutes": self.timebox_minutes,
        }


class ActionItem(NamedTuple):
    text: str
    owners: tuple[str, ...]
    done: bool
    line: int
    start: int
    end: int
    carried: bool = False  # listed under a "previous action items" / "pushed" heading

    def as_json(self) -> dict[str, Any]:
        return {"text": self.text, "owners": list(self.owners), "done": self.done}


class Link(NamedTuple):
    kind: str  # "arewemeetingyet", "timeanddate", "dateful", "hackmd", "video", "calendar"
    url: str
    line: int

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "url": self.url}


class When(NamedTuple):
    date: dt.date | None = None
    date_source: str | None = None  # "front_matter", "file_name", "heading", "date_line"
    start: dt.datetime | None = None  # aware
    timezone: str | None = None  # IANA name
