"""Whether a note is the record of a meeting, as a person tells at a glance.

Most notes are: they have a roll call, an agenda, minutes or actions labels, speaker
lines, a meeting time, task boxes, a heading that names the meeting ("Dev call",
"Minutes", "2031-05-02"), or they tell what the meeting did ("discussed", "agreed").
Some files kept beside them are not: a report the council posts ("This update will be
posted twice a month"), the text of slides shown at a meeting ("This content was
presented at ..."). Their headings are chapters, not agenda topics.

The guess is conservative: a note is read as *not a meeting record* only when it shows
none of the signs of one AND it says near its start what else it is (it calls itself a
document, an update, a report, a post...; it was presented, it has a "Presented by"
line). Teaching a section as agenda (or any part of a meeting) is a sign of a meeting,
so the user's word wins (:mod:`noteapp.core.meeting.teach`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from noteapp.core.meeting.when import PERIOD, parse_date
from noteapp.core.text.outline import PSEUDO_LEVEL

if TYPE_CHECKING:
    from noteapp.core.meeting.sections import MeetingSection
    from noteapp.core.meeting.structure import Attendee, TaskItem, When
    from noteapp.core.text.frontmatter import FrontMatter
    from noteapp.core.text.outline import Outline

# The parts only a meeting's note has ("when" is not one: a report is dated too).
MEETING_PARTS = frozenset(
    (
        "attendees",
        "apologies",
        "roles",
        "agenda",
        "minutes",
        "actions",
        "carryover",
        "decisions",
        "summary",
        "next_meeting",
        "chat",
        "logistics",
    )
)
# Words of a heading (or a front-matter title) that name a meeting or its record, and
# words that tell what a meeting did. Each pattern opens with a literal, so that a search
# of the lower-cased text skips at C speed to where the word may be (a 4,800-line note
# with no sign of a meeting is read in about 3 ms, one with a labelled part in 2 µs).
_MEETING_WORDS = tuple(map(re.compile, (
    r"meetings?\b", r"calls?\b", r"minutes\b", r"notes\b", r"agenda\b", r"sync(?:-?ups?)?\b",
    r"stand-?ups?\b", r"hangouts?\b", r"office[ \t]+hours\b", r"retro(?:spective)?s?\b",
    r"meet-?ups?\b", r"huddles?\b", r"check-?ins?\b", r"réunions?\b", r"sitzung(?:en)?\b",
    r"treffen\b", r"besprechung(?:en)?\b", r"reuni[oó]n(?:es)?\b", r"riunion[ei]\b",
    r"vergadering(?:en)?\b", "会议", "会議", "例会", "纪要", "議事録", "ミーティング",
)))  # fmt: skip
_NARRATED = tuple(map(re.compile, (
    r"discussed\b", r"agreed\b", r"decided\b", r"resolved\b", r"we[ \t]+met\b",
    r"met[ \t]+with\b", r"was[ \t]+raised\b",
)))  # fmt: skip
# A note that says what else it is: "This update will be posted...", "This document
# is informational", "This content was presented on...", "Presented by ...".
_SELF_TOLD = re.compile(
    r"\b(?:this|the[ \t]+following)[ \t]+(?:document|update|report|newsletter|post|blog[ \t]+post"
    r"|article|page|write-?up|presentation|deck|slides|talk|content)\b"
    r"|\bpresented[ \t]+(?:by|at|on|to|during)\b|\bslides?[ \t]+(?:by|from)\b",
    re.I,
)
_YEAR = re.compile(r"\d{4}")  # every date form parse_date reads has a year
_PERIOD_LINE = re.compile(rf"^[ \t*_]*(?:{PERIOD.pattern})[ \t*_]*$", re.I | re.M)
OPENING = 2000  # how far from the start a document says what it is (characters)


class Reading(NamedTuple):
    """How the note was read: as a meeting's record or not, and the sign it rests on."""

    record: bool
    why: str

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": "meeting record" if self.record else "not a meeting record",
            "why": self.why,
        }


MEETING = Reading(True, "the default")


def read_record(
    outline: Outline,
    fm: FrontMatter,
    sections: Sequence[MeetingSection],
    attendees: Sequence[Attendee],
    checklist: Sequence[TaskItem],
    speakers: Mapping[str, int],
    when: When,
) -> Reading:
    """Whether the note is a meeting's record; the cheap signs are looked at first."""
    part = next((s for s in sections if s.role in MEETING_PARTS), None)
    if part is not None:
        how = "taught" if part.taught else "labelled"
        return Reading(True, f"{part.role} section {part.label or part.role!r} ({how})")
    if attendees:
        return Reading(True, "a list of attendees")
    if speakers:
        return Reading(True, "speaker lines")
    if checklist:
        return Reading(True, "task boxes")
    if when.start is not None:
        return Reading(True, "a meeting time")
    titles = [h.text for h in outline.headings if h.level < PSEUDO_LEVEL]
    if isinstance(fm.data, dict) and isinstance(fm.data.get("title"), str):
        titles.append(fm.data["title"])
    heads = "\n".join(titles)
    word = _word(heads.lower(), _MEETING_WORDS)
    if word:
        return Reading(True, f"a heading naming a meeting ({word!r})")
    dated = _PERIOD_LINE.search(heads) or next(
        (y for y in _YEAR.finditer(heads) if parse_date(_line_at(heads, y.start()))), None
    )
    if dated:
        return Reading(True, f"a heading naming a date ({_line_at(heads, dated.start())!r})")
    body = outline.text[outline.body_start :]
    word = _word(body.lower(), _NARRATED)
    if word:
        return Reading(True, f"it tells what the meeting did ({word!r})")
    told = _SELF_TOLD.search(body, 0, OPENING)
    if told is None:
        return Reading(True, "nothing says it is another kind of document")
    return Reading(
        False,
        "no roll call, agenda, minutes or actions, speaker lines, meeting time or heading"
        f" naming a meeting, and it says what it is ({told.group()!r})",
    )


def _word(text: str, patterns: tuple[re.Pattern[str], ...]) -> str | None:
    """The first of ``patterns`` found in ``text`` (lower case) as a word of its own."""
    for pattern in patterns:
        for m in pattern.finditer(text):
            if m.start() == 0 or not text[m.start() - 1].isalnum():
                return m.group()
    return None


def _line_at(text: str, at: int) -> str:
    """The line of ``text`` that holds offset ``at``."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1 : end if end >= 0 else len(text)]
