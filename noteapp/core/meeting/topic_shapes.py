"""What the parts of an agenda look like: the shapes the topic reader
(:mod:`noteapp.core.meeting.topics`) asks about a list item or a heading: a remark or an
empty slot, a group label over topics, a presenter, a speaker line, a heading that
repeats a listed topic."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from noteapp.core.meeting.tasks import timebox_minutes
from noteapp.core.text.vocabulary import GROUP_LABELS, label_role, normalize

if TYPE_CHECKING:
    from noteapp.core.meeting.lists import Entry
    from noteapp.core.meeting.sections import MeetingSection

# An agenda item's own number: "001/18 Opening", "18/03 Finances", "Item 4:", "#3".
NUMBERED = re.compile(r"[*_]*(?:\d{1,3}/\d{2,3}|item \d+|#\d+)\b", re.I)
# A time slot: "09:00 - 10:30", "**14:00–15:00 UTC**".
SLOT = re.compile(r"[*_]*\d{1,2}[:.]\d{2}[ \t]*[-–—][ \t]*\d{1,2}[:.]\d{2}[^\n]{0,12}")
HEAD_NUMBER = re.compile(r"[*_]*\d{1,2}(?:[.)]|(?:\.\d{1,2})+[.)]?)[ \t]+\S")
BOLD_TITLE = re.compile(r"(?:\*\*|__)[^*_\n]+(?:\*\*|__)[ \t]*:?[ \t]*")
COLON_LABEL = re.compile(r"[^:\n]{1,60}:[ \t]*")
# a presenter's name, maybe with an organisation: "Jaime", "Oliver Dunk, 1Password"
PRESENTER = re.compile(r"@?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}(?:,[ \t]*[\w'’. -]{1,30})?")
REMARK = re.compile(
    r"(?:coffee |lunch )?break\b.*|\([^()]*\)|none\.?|n/a|tbd|-+|—|\.{2,}|…|\[[ xX]?\]"
    r"|[.…]*[ \t]*add (?:\w+ ){0,2}here[ \t.…]*(?:\([^()\n]*\))?[ \t.…]*"
    r"|\[name=[^\]]*\][^\n]{0,40}\b(?:topic|item)s?\b[ \t.…]*",  # a template's prompt
    re.I,
)
# the name a template gives a topic's slot ("### Topic", "## Agenda item title")
SLOT_NAME = re.compile(
    r"[ \t*_]*(?:new |agenda )?(?:topic|item|title)(?: title| name)?[ \t*_:]*", re.I
)
LINK_LEAD = re.compile(r"[*_]*\[[^\]\n]+\]\([^)\n]*\)")
LINK_TARGET = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
INTRO = re.compile(r"\b(?:topics|agenda|items)\b[^:]{0,60}:$", re.I)
NOT_TOPIC_ROLES = frozenset(
    ("logistics", "when", "roles", "attendees", "apologies", "next_meeting", "chat")
)
PROPOSER = re.compile(r"[(\[][^()\[\]\n]{1,30}[)\]][ \t]")
# "SC: ...", "Kate Stewart: ...", "[rob] ...": a speaker line, the notes of a topic.
SPEAKER = re.compile(
    r"(?:(?:[A-Z][\w.'’-]{0,20}(?: [A-Z][\w.'’-]*)?|[a-z][A-Z]{1,3}):[ \t]|\[[a-z][\w-]*\][ \t])"
)
# A prefix still waiting for its words: "QW:", "(QW)" (the note-taker's next minute line).
PREFIX_ONLY = re.compile(
    r"(?:[A-Z][\w.'’-]{0,20}(?: [A-Z][\w.'’-]*)?|[a-z][A-Z]{1,3}):|\([A-Za-z]{1,4}\)"
)
NUMBER_LEAD = re.compile(r"[ \t*_]*\d{1,2}(?:\.\d{1,2})*[.)]?[ \t]+")
# "Decisions needed", "Help or discussion needed": what a meeting is asked for
NEEDED = re.compile(r"(?:\w+[ \t]+(?:or|and|/)[ \t]+)?\w+[ \t]+needed", re.I)
BOLD_SPEAKER = re.compile(
    r"(?:\*\*|__)[^*_:\n]{1,30}:(?:\*\*|__)[ \t]+|(?:\*\*|__)[^*_:\n]{1,30}(?:\*\*|__):[ \t]+"
)
PROPOSER_ONLY = re.compile(r"\[[^\[\]\n]{1,40}\]|\([^()\n]{1,40}\)")


def with_notes(label: str) -> bool:
    """ "Agenda & notes", "Agenda / Notes": the sub-headings are the topics."""
    words = normalize(label)
    return "notes" in words or "minutes" in words


def notes(entries: Sequence[Entry], share: int = 2) -> bool:
    """Whether items are the notes of a topic: speaker lines, at least 1/``share`` of them."""
    return share * sum(1 for e in entries if SPEAKER.match(e.text)) >= len(entries) > 0


def is_said(entry: Entry) -> bool:
    """A minute line among the items: a speaker line ("QW: sounds good"), or a prefix
    alone with nothing under it ("QW:"). What was said is not an item of the list: it
    never decides whether the items around it are topics."""
    return bool(SPEAKER.match(entry.text)) or (
        not entry.kids and PREFIX_ONLY.fullmatch(entry.text) is not None
    )


def lists_topics(entries: Sequence[Entry]) -> bool:
    """Whether a sub-heading's list reads as a list of topics rather than its notes."""
    top = [e for e in entries if not is_aside(e.text)]
    if len(top) == 1 and PROPOSER.match(top[0].text) and not notes(top):
        return True  # one proposed item ("* (ED) Who-we-are page?") is one topic
    if len(top) < 2 or notes(top):
        return False
    shaped = sum(1 for e in top if e.boxed or e.kids or PROPOSER.match(e.text))
    return 2 * shaped > len(top) or link_led(top)


def names_agenda(text: str) -> bool:
    """Whether an item's words (or one part of them, between semicolons) name the
    agenda, or the things the meeting is needed for ("Decisions needed")."""
    for part in text.split(";"):
        bare = NUMBER_LEAD.sub("", part).strip(" *_:")
        if bare and (label_role(bare) == "agenda" or NEEDED.fullmatch(bare)):
            return True
    return False


def link_led(entries: Sequence[Entry]) -> bool:
    """Whether a flat list reads as linked topics with their notes flattened between
    them: its first item opens with a link, a few more do, most do not."""
    if not entries or any(e.kids for e in entries) or not LINK_LEAD.match(entries[0].text):
        return False
    led = [bool(LINK_LEAD.match(e.text)) for e in entries]
    # each linked item but the last has notes after it, before the next linked one
    followed = all(not (a and b) for a, b in pairwise(led))
    return sum(led) >= 2 and len(entries) - sum(led) >= sum(led) and followed


def is_aside(text: str) -> bool:
    """Logistics, remarks and empty slots under an agenda heading: not topics."""
    bare = text.strip(" *_")
    if not bare or REMARK.fullmatch(bare) or not any(c.isalnum() for c in bare):
        return True  # no words: an empty slot a template left ("- [ ] .", "- ...")
    head, colon, rest = text.partition(":")
    if colon and SLOT_NAME.fullmatch(rest.strip(" *_")):
        return True  # a template's prompt: "Name (estimated time): _Topic_"
    role = label_role(head, 1) if colon and len(head) < 40 else None
    if role == "logistics" and any(c.isdigit() for c in head) and len(rest.split()) >= 3:
        return False  # "Room 3: Planning the roadmap event": a breakout's topic
    return role in NOT_TOPIC_ROLES


def groups(text: str, kids: Sequence[Entry], boxed: bool = False) -> bool:
    """Whether an item only names the group of the items under it: a label (bold alone,
    "Name:" with nothing after it) or a category in a few words ("Current proposals",
    "Announcements"), without a time box of its own, over items that are not its notes
    (speaker lines)."""
    text = text.strip()
    # a boxed item is an agenda entry, unless its items are boxed too ("- [ ] Jaime:");
    # a minute line said among them is not an item
    if boxed and not all(k.boxed or is_said(k) for k in kids):
        return False
    # speaker lines make the items its notes, unless most of them are boxed (tasks with
    # a word said among them)
    boxes = sum(1 for k in kids if k.boxed)
    if timebox_minutes(text) is not None or (notes(kids, 3) and 2 * boxes <= len(kids)):
        return False
    named = BOLD_SPEAKER.match(text)
    if named and named.end() < len(text):  # "**All:** Standing project items:"
        return groups(text[named.end() :], kids, boxed)
    if SLOT.fullmatch(text) or PROPOSER_ONLY.fullmatch(text):
        return True  # a time slot, or "[Freek]" alone over the items Freek brings
    if label_role(text) in ("agenda", "carryover") or normalize(text) in GROUP_LABELS:
        return True
    if BOLD_TITLE.fullmatch(text):  # "**PEPs**"; not "**001/18 Opening**", not a question
        several = len(kids) > 1 or all(is_aside(k.text) for k in kids)
        return not NUMBERED.match(text) and several and not text.rstrip("*_ ").endswith("?")
    if COLON_LABEL.fullmatch(text):
        # "Steering Council discussion topics:", a presenter ("Jaime:", "Oliver Dunk,
        # 1Password:"); not a subject with its points ("Big bits of work:")
        head = text.rstrip(" :*_")
        return bool(INTRO.search(head + ":")) or bool(PRESENTER.fullmatch(head))
    return False


def numbered_alone(section: MeetingSection, kids: Sequence[MeetingSection]) -> bool:
    """A numbered heading ("# 1. Scope planning") over unnumbered sub-headings: a topic
    of a numbered agenda, its sub-headings the parts of its discussion."""
    return bool(HEAD_NUMBER.match(section.label)) and not any(
        HEAD_NUMBER.match(k.label) for k in kids
    )


def walk(entries: Sequence[Entry]) -> list[Entry]:
    """``entries`` and their items at every depth."""
    out: list[Entry] = []
    for entry in entries:
        out.append(entry)
        out.extend(walk(entry.kids))
    return out


def topic_key(text: str) -> str:
    """A topic's words, to know it again: link texts for links, lower case, no marks."""
    bare = LINK_TARGET.sub(r"\1", text)
    return " ".join(re.findall(r"\w+", bare.lower()))


def repeats(label: str, listed: set[str]) -> bool:
    """Whether a heading repeats a topic its agenda lists ("## [Require noopener #94]"
    under "* [Require noopener #94](...)", "#### JupyterHealth" under "- **Min** 5
    mins: JupyterHealth adoption"): the heading holds that topic's notes. It repeats
    one when at least half of its words (of three letters or more) are the item's."""
    if not listed:
        return False
    key = topic_key(label)
    if key in listed:
        return True
    words = {w for w in key.split(" ") if len(w) > 2}
    return bool(words) and any(
        2 * len(words & set(item.split(" "))) >= len(words) for item in listed
    )
