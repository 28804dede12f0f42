"""Speaker lines: the minute lines that start with who is talking (``- JH: ...``,
``(JH) ...``, ``**JH:** ...``), found outside attendee sections and code.  Read by the
speaker edits and by the minutes' places (both need them; neither needs the other).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from noteapp.core.meeting.tasks import _NOT_INITIALS
from noteapp.core.text.frontmatter import parse_front_matter
from noteapp.core.text.outline import Outline

# Initials as minute lines write them: JH, JMS, MvN (docs/meeting-structure.md, "Speakers").
INITIALS = r"[A-Z][A-Za-z]{0,2}[A-Z]"
COLON_FORM = "{}: "
PAREN_FORM = "({}) "
BOLD_FORM = "**{}:** "


@lru_cache(maxsize=32)
def prefix_pattern(known: frozenset[str]) -> re.Pattern[str]:
    labels = [re.escape(k) for k in sorted(known, key=len, reverse=True)]
    alt = "|".join([*labels, INITIALS])
    return re.compile(
        rf"(?:\((?P<paren>{alt})\)|\*\*(?P<bold>{alt}):\*\*|(?P<colon>{alt}):)(?=[ \t]|$)[ \t]*"
    )


@lru_cache(maxsize=32)
def speaker_line_pattern(known: frozenset[str]) -> re.Pattern[str]:
    prefix = prefix_pattern(known).pattern
    return re.compile(rf"^([ \t\xa0]*)(?:([-*+]|\d{{1,9}}[.)])([ \t]+))?{prefix}", re.M)


def label_of(match: re.Match[str]) -> str:
    return match.group("paren") or match.group("bold") or match.group("colon")


def form_of(match: re.Match[str]) -> str:
    if match.group("paren"):
        return PAREN_FORM
    return BOLD_FORM if match.group("bold") else COLON_FORM


def is_speaker(match: re.Match[str], known: frozenset[str]) -> bool:
    label = label_of(match)
    return label in known or label not in _NOT_INITIALS  # "- TODO: ..." is not a person


def speaker_matches(
    text: str, labels: frozenset[str], start: int | None = None, end: int | None = None
) -> Iterator[re.Match[str]]:
    """The speaker lines of ``text`` (outside attendee sections and code), in order."""
    # Here, not at the top: the editor imports this module on its way to the first
    # paint, and the attendee readers (~60 ms to import) are the parse's, after it.
    from noteapp.core.meeting.attendees.scanner import attendee_sections

    outline = Outline(text, parse_front_matter(text).end)
    skip = [*attendee_sections(outline), *outline.code]
    begin = max(outline.body_start, start or 0)
    for match in speaker_line_pattern(labels).finditer(
        text, begin, len(text) if end is None else end
    ):
        at = match.start()
        if is_speaker(match, labels) and not any(a <= at < b for a, b in skip):
            yield match


def speaker_lines(
    text: str, start: int, end: int, known: Iterable[str] = ()
) -> list[tuple[int, str]]:
    """(line start, indentation) of the speaker lines in [start, end)."""
    return [(m.start(), m.group(1)) for m in speaker_matches(text, frozenset(known), start, end)]
