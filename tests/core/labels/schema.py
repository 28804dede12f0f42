"""What a hand label of one note records, and the rules for making one.

A label is written by *reading* the note as a person would, never by pasting parser
output. Anything not fixed by the label is ``ANY`` and not checked. Lines are 1-based
line numbers of the file as it is on disk (a file with CR-only line ends counts CRs);
an item that wraps over several lines is labelled at its first line.

Rules (what a person would recognise):

* **attendees** (``P``): one entry per person named in a roll call, attendee list,
  "Present"/"Attendees"/"Participants" table or line, sign-in list, and also those listed
  as absent (``present=False``: apologies, regrets, absent, excused, "could not attend").
  In document order, name copied byte for byte from the file (without markup, link
  syntax, initials, pronouns, arrival times or remarks). ``initials``/``handle``/
  ``affiliation`` as written for that person (handle without ``@`` or escapes), ``None``
  when the entry has no such field. Not people: tallies ("12 people total"), role labels
  ("Members:", "Scribe:" as a label), placeholders ("Name / GitHub ID"), prose. A
  scribe, chair or moderator named on a "Chair:"/"Scribe:" line is *not* an attendee
  unless the note also lists them among those present.
* **date**: the meeting's date as ``YYYY-MM-DD`` (front matter, a date stated in the
  text, a heading, the file name; a year only in a folder name completes a day-month),
  ``None`` where the note gives none.
* **start** / **timezone**: the start of the meeting as ISO 8601 with its UTC offset,
  and the IANA zone it was stated in, only where the note states it without doubt; the
  first time of a range is the start. ``None`` only where the note states no time.
* **agenda** (``Topic``): the topics the meeting was to go through: the items of an
  agenda list (top level, or a nested level when the level above is only a grouping
  label such as "New business:"), or the sub-headings of an agenda/topics/discussion
  section when the note's topics are headings. Not topics: discussion bullets nested
  under a topic, logistics under an agenda heading (call link, place, time, "Agenda
  doc"), the agenda heading itself. ``timebox``: the minutes a topic is given ("(10
  min)", "[5m]", "15'", "10:00-10:15" gives 15), ``None`` where it has none.
* **actions** (``Action``): the things someone undertook to do: items of an action-item
  section, ``ACTION:``/``AI:``/``TODO:`` lines, "Name to do X" decisions written as
  actions, task items under an actions label. Not actions: agenda task boxes, a
  "Review of action items" heading's discussion. ``owners``: as written (names,
  initials, or handles without ``@``), in order; ``()`` when the item names nobody.
  ``done``: ticked or struck through.

``text`` in ``Topic`` and ``Action`` is a short verbatim fragment (at least ten
characters, or the whole item if shorter) of the item's first line, so a wrong line
number fails the label's own guard test before any parser is involved.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class _Any:
    """Marker for a field the label does not fix."""

    def __repr__(self) -> str:
        return "ANY"


ANY: Any = _Any()


@dataclass(frozen=True)
class P:
    """One attendee entry as the note writes it."""

    name: str
    initials: str | None = ANY
    handle: str | None = ANY
    affiliation: str | None = ANY
    present: bool = ANY


@dataclass(frozen=True)
class Topic:
    """One agenda topic."""

    line: int
    text: str
    timebox: int | None = ANY


@dataclass(frozen=True)
class Action:
    """One action item."""

    line: int
    text: str
    owners: tuple[str, ...] = ANY
    done: bool = ANY


@dataclass(frozen=True)
class NoteLabel:
    path: str  # relative to the corpus folder, e.g. "w3c-solid/2023-03-01.md"
    attendees: tuple[P, ...] = ANY
    date: str | None = ANY
    start: str | None = ANY
    timezone: str | None = ANY
    agenda: tuple[Topic, ...] = ANY
    actions: tuple[Action, ...] = ANY
    why: str = ""  # the judgement calls made while labelling this file
