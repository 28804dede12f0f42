"""The lines that may hold an action, found with one scan of each piece of the note
(cached by the piece's text): "Name to <verb>" lines, assignments in the middle of a
line, "**Sarah:** her action items" labels, "Ana & Ben: Make sure ..." lines and "Next
steps <doing>" items. :mod:`noteapp.core.meeting.actions` decides which are actions."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from noteapp.core.meeting.tasks import CONNECTIVE, IMPERATIVES
from noteapp.core.text.quick_find import holds_any, holds_any_folded
from noteapp.core.text.text_cache import piece_cache

if TYPE_CHECKING:
    from noteapp.core.text.outline import Outline

# "Lex to set up", "Jaime and Hind to ...", "@alice to ...": a name, then "to" and a verb.
NAME = r"(?:@[\w-]+|[a-z][A-Z]{1,3}\b|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})"  # "eP to ..."
NAME_TO = re.compile(
    rf"(?:\*\*[^*\n]{{1,30}}\*\*:?[ \t]*|[A-Z][a-z]*:[ \t]+)?(?:{CONNECTIVE})?"
    rf"{NAME}(?:(?:,[ \t]*|[ \t]*&[ \t]*|[ \t]+and[ \t]+){NAME})*[ \t]+to[ \t]+[a-z]"
)
_NAME_TO_LINE = re.compile(
    r"\n[ \t\xa0>]*(?P<marker>(?:[-*+]|\d{1,3}[.)])[ \t]+)?(?:\[[ xX]\][ \t]+)?"
    r"(?P<body>" + NAME_TO.pattern + ")"
)

# "to" between blanks, in every NAME_TO match
_TO = (" to ", " to\t", "\tto ", "\tto\t")

# "- **Sarah:** her action items", "* Ken: to-dos": whose actions the items below are
_OWNED_LABEL = re.compile(
    r"\n[ \t\xa0]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\*\*|__)?(?P<who>[^*_:\n]{1,40}?)"
    r"(?:\*\*|__)?:(?:\*\*|__)?[ \t]+(?:(?:her|his|their|my|our)[ \t]+)?"
    r"(?i:action items?|actions|to-?dos?|tasks|next steps)[ \t]*:?[ \t]*(?=\n|$)"
)
_OWNED_WORDS = ("action", "todo", "to-do", "tasks", "next steps")  # in any case


# "- Jaime & Sylvain: Make sure ...": two people or more, then what they are to do
_JOINT_COLON = re.compile(
    r"\n[ \t\xa0]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\*\*)?"
    r"[A-Z][\w'’-]*(?:(?:[ \t]*[,&/+][ \t]*|[ \t]+and[ \t]+)[A-Z][\w'’-]*)+"
    r"(?:\*\*)?:(?:\*\*)?[ \t]+(?P<verb>[A-Za-z]+)\b"
)
# "- Next steps identifying the agenda": the next step, written without a colon
_NEXT_STEP_DOING = re.compile(
    r"\n[ \t\xa0]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?[Nn]ext [Ss]teps?[ \t]+[a-z]+ing\b"
)
# A separator in a line, then "who to <verb>" (the verb maybe on the next line)
_MID_TO = re.compile(
    r"(?:(?P<q>\*\*[^*\n]{1,200}\?\*\*)[ \t]*[-–—][ \t]+"
    r"|[ \t](?:[-–—]+\\?>|->|=>|//)[ \t]+|,[ \t]+and[ \t]+(?=@))"
    r"(?P<who>[@\w][\w.'’-]*(?:(?:[ \t]*,|[ \t]+and|[ \t]*&)?[ \t]+[@\w][\w.'’-]*){0,3}?)"
    r"[ \t]+to(?:[ \t]+|\n[ \t]*)[a-z]"
)
# What each of _MID_TO's separators holds: "?**", an arrow's ">", "//" then a blank, "@"
# (each a str.find over the piece: few and short)
_MID_TO_SEPARATORS = ("?**", ">", "// ", "//\t", "@")


class Candidates(NamedTuple):
    """The lines that may hold an assignment, found piece by piece (each piece's cached
    by its text): see the readers that use each."""

    name_to: list[tuple[int, int, bool]]  # (line start, text start, has a list marker)
    mid: list[tuple[int, bool, str]]  # (start of who, answers a bold question, who)
    owned: list[tuple[int, str]]  # (line start, who) of "**Sarah:** her action items"
    joint: list[int]  # line starts of "Ana & Ben: Make sure ..."
    steps: list[int]  # line starts of "- Next steps identifying the agenda"


def candidates(outline: Outline) -> Candidates:
    """Every :class:`Candidates` line of the note."""
    found = Candidates([], [], [], [], [])
    for a, lines in _piece_lines.along(outline):
        name_to, mid, owned, joint, steps = lines
        if name_to:
            found.name_to.extend((a + s, a + t, m) for s, t, m in name_to)
        if mid:
            found.mid.extend((a + s, q, who) for s, q, who in mid)
        if owned:
            found.owned.extend((a + s, who) for s, who in owned)
        if joint:
            found.joint.extend(a + s for s in joint)
        if steps:
            found.steps.extend(a + s for s in steps)
    return found


@piece_cache
def _piece_lines(
    piece: str,
) -> tuple[
    tuple[tuple[int, int, bool], ...],
    tuple[tuple[int, bool, str], ...],
    tuple[tuple[int, str], ...],
    tuple[int, ...],
    tuple[int, ...],
]:
    """The :class:`Candidates` of ``piece``, offsets from its start."""
    # each scan only where the piece holds a literal every match of its pattern holds
    name_to: tuple[tuple[int, int, bool], ...] = ()
    if holds_any(piece, _TO):
        name_to = tuple(
            (m.start(), m.start("body") - 1, bool(m.group("marker")))
            for m in _NAME_TO_LINE.finditer("\n" + piece)
        )
    mid: tuple[tuple[int, bool, str], ...] = ()
    if " to" in piece and holds_any(piece, _MID_TO_SEPARATORS):
        mid = tuple(
            (m.start("who"), m.group("q") is not None, m.group("who"))
            for m in _MID_TO.finditer(piece)
        )
    owned: tuple[tuple[int, str], ...] = ()
    if ":" in piece and holds_any_folded(piece, _OWNED_WORDS):
        owned = tuple((m.start(), m.group("who")) for m in _OWNED_LABEL.finditer("\n" + piece))
    joint: tuple[int, ...] = ()
    if ":" in piece:
        joint = tuple(
            m.start()
            for m in _JOINT_COLON.finditer("\n" + piece)
            if m.group("verb").lower() in IMPERATIVES
        )
    steps: tuple[int, ...] = ()
    if "ext step" in piece:
        steps = tuple(m.start() for m in _NEXT_STEP_DOING.finditer("\n" + piece))
    return name_to, mid, owned, joint, steps
