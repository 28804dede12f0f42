"""The topics of a meeting: what it was to go through, as a person reads the agenda.

``Meeting.agenda`` is the agenda's outline (every item at every depth, for the panel);
the topics are the items a person would call the agenda. The rules:

- The agenda is every section whose label names it (``## Agenda``, ``Topics:``, ``Open
  agenda:``...). Its topics are the top-level items of its lists and its sub-headings.
- A sub-heading of the agenda is a topic (its content is the topic's notes), unless it
  only groups topics: its label names a part of the agenda (``Standing items``, ``New
  agenda items``, ``Pushed to next meeting``), or its list reads as a list of topics
  (several items that carry a discussed-box, a proposer ``(XX)`` or notes of their own,
  not speaker lines). Then its items are the topics. A sub-heading over nothing (an
  unused template slot) is none; one over sub-headings only groups them.
- Under an "Agenda & notes" heading the sub-headings are the topics.
- A list item that only names a group (``**New business:**``, ``Current proposals``
  with items under it, and no time box of its own) is not a topic: its items are.
- A list whose first item carries a box lists its topics as boxed items; plain items
  between them are their notes (a flattened paste).
- Not topics: the logistics listed under an agenda heading (``Time:``, ``Call:``,
  ``Chair:``, a link to the agenda document), remarks (``(ran out of time)``, ``None``),
  empty slots (``- [ ]``, ``...``, ``N/A``, ``add item here``), and sections that
  hold other parts (attendees, actions, roles).
- A note without an agenda has the headings of its body as topics: the headings one
  level below the title that name no other part (attendees, actions, minutes...), or
  the sub-headings of a "Notes"/"Discussion" heading.

Conventions read by shape, whatever the words (each has its fixture in
``tests/core/test_agenda_conventions.py``):

- A heading that only links to the agenda (``### [Agenda](url)``) is not one; an
  "Other topics" heading among topic headings is the last topic.
- Beside the agenda heading, a sibling heading whose items are proposed (``[name=X]``,
  ``(XX)``, a box, a linked proposal) and discussed (notes under most) is part of it.
- In an agenda: a short title paragraph over a list is the topic, the list its notes;
  an agenda of a line or a few of text has those lines; a timed sub-heading is a topic
  whatever its words; a sub-heading naming half the words of a listed topic holds its
  notes; bullets after an item ending in "such as:" are its examples; a list a
  paragraph introduces as the topics wins over the other lists of its section.
- A list item naming the agenda ("Help needed; agenda items for the call") governs the
  group items after it, in a note without an agenda section.
- Body headings: numbered headings are topics, their sub-headings parts of them; a
  heading that names a date or period ("July recap", "2031-05-02") is a digest's
  meeting, not a topic, though the "Label:" paragraphs heading its lists are.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from noteapp.core.meeting import topic_shapes as shape
from noteapp.core.meeting.lists import Entry, ListIndex
from noteapp.core.meeting.structure import AgendaItem
from noteapp.core.meeting.tasks import timebox_minutes
from noteapp.core.meeting.when import PERIOD
from noteapp.core.text.outline import PSEUDO_LEVEL
from noteapp.core.text.text_cache import PIECES, TextCache
from noteapp.core.text.vocabulary import (
    GROUP_LABELS,
    VOCABULARY,
    carries_actions,
    label_role,
    normalize,
    trie_pattern,
)

if TYPE_CHECKING:
    from noteapp.core.meeting.blocks import Block
    from noteapp.core.meeting.sections import MeetingSection
    from noteapp.core.text.outline import Outline

# a title in a few words, capitalised, no sentence: "Technical Discussions on JIT"
_TITLE_LINE = re.compile(r"[A-Z][^\s:.!?]*(?:[ \t]+[^\s:.!?]+){0,7}")
_BOLD_ONLY = re.compile(r"(?:\*\*|__)[^*_\n]+(?:\*\*|__)[ \t]*:?[ \t]*|[^:\n]{1,60}:[ \t]*")
_BOLD_NUMBER = re.compile(r"(?:\*\*|__)[ \t]*(?:\d{1,3}[.)]|\d{1,3}/\d{2})[ \t]")
# a bold phrase that opens a paragraph and goes on ("**new feature** (unreleased): ...")
_BOLD_LEAD = re.compile(r"\*\*([^*\n]{2,60})\*\*[ \t]+[^:\s]")
_ANCHOR_LINE = re.compile(r"<span id=\"[^\"]*\"></span>([^<\n]*)")
_AOB = re.compile(r"aob|any other business|other business|misc(?:ellaneous)?", re.I)
_ATTRIBUTES = re.compile(r"\{:[^}\n]*\}")
_OTHER = frozenset(("other", "further", "more", "remaining", "misc"))
_LINK_TEXT = re.compile(r"\[[^\]\n]*\]\([^)\n]*\)|<?https?://\S+>?")
_LINKS_ONLY_ITEM = re.compile(r"[\W\d_]*(?:\w+[\W\d_]*){0,2}")
_LINK_ONLY = re.compile(r"<?https?://\S+>?|\[[^\]\n]*\]\([^)\n]*\)")
_CONTENT_ROLES = frozenset(
    (
        "attendees",
        "apologies",
        "roles",
        "actions",
        "carryover",
        "agenda",
        "logistics",
        "when",
        "summary",
        "decisions",
        "next_meeting",
        "chat",
    )
)
_SKIP_ROLES = frozenset(
    ("attendees", "apologies", "roles", "actions", "logistics", "when", "next_meeting")
)


# Topics of heading sections by their text (see _Reader._cached); parses run in worker
# threads too, so the cache is locked.
_CACHE = TextCache(PIECES)
_SHAPED = TextCache(PIECES)
_AGENDA_HINT = re.compile(
    r"^(?:[-*+]|\d{1,3}[.)])[ \t][^\n]*?(?:"
    + trie_pattern(frozenset(VOCABULARY["agenda"]))
    + r"|needed)",
    re.I | re.M,
)
_NOTES_OF = re.compile(r"[ \t*_]*notes?[ \t]+(?:for|on|from|about|of)[ \t]", re.I)
_FIRST_ITEM = re.compile(
    r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?(.*)", re.M
)  # _agenda_shaped by the text of a heading's own part


def find_topics(
    outline: Outline,
    agenda: Sequence[AgendaItem],
    sections: Sequence[MeetingSection],
    blocks: Sequence[Block] = (),
    index: ListIndex | None = None,
    record: bool = True,
) -> tuple[AgendaItem, ...]:
    """The topics; a note that is not a meeting's ``record`` (:mod:`.record`) has none
    but those of an agenda the user marked."""
    reader = _Reader(outline, sections, blocks, index)
    if reader.has_agenda():
        return reader.topics_of("agenda") or reader.after_agenda()
    if not record:
        return ()
    listed = reader.agenda_items()
    if listed:
        return listed
    if not reader.topic_headings():
        topics = reader.topics_of("minutes", together=True, outer=True)
        if topics:
            return topics
    return (
        reader.intro_list()
        or reader.intro_items()
        or reader.anchored_paragraphs()
        or reader.heading_topics()
    )


class _Reader:
    def __init__(
        self,
        outline: Outline,
        sections: Sequence[MeetingSection],
        blocks: Sequence[Block],
        index: ListIndex | None = None,
    ) -> None:
        self.outline = outline
        self.sections = sections
        self.heads = [s for s in sections if s.source == "heading"]
        self.blocks = blocks
        self._block_firsts = [b.first for b in blocks]  # in order: one bisect finds a range
        self.index = index or ListIndex(outline, blocks)
        self.paragraphs = [b for b in blocks if b.kind == "paragraph"]
        self._paragraph_firsts = [b.first for b in self.paragraphs]
        self._head_starts = [s.start for s in self.heads]
        self._title: list[MeetingSection | None] = []
        self._parents: dict[int, int] = {}
        self._siblings: set[tuple[int, int]] | None = None

    # -- the agenda sections -----------------------------------------------------------

    def after_agenda(self) -> tuple[AgendaItem, ...]:
        """An "Agenda" heading over no topics, followed by headings of its own level:
        those headings are the topics (the agenda heading introduces them)."""
        for section in self.sections:
            if section.role != "agenda" or section.source != "heading":
                continue
            level = section.level
            out = []
            for later in self.heads:
                if later.start <= section.start or later.level > level:
                    continue
                if later.level < level:
                    break
                if later.role not in _CONTENT_ROLES and later.role != "minutes":
                    out.append(_topic(self.outline, later))
            return tuple(out)
        return ()

    def agenda_items(self) -> tuple[AgendaItem, ...]:
        """A list item that names the agenda, in a note without an agenda section ("1.
        Help or discussion needed; Agenda items for the monthly meeting"): the topics
        are its items, or those of the items after it (group labels such as "1.1 Open
        issues" give their items) up to the next item of its kind that names no part of
        the agenda ("2. Decisions needed" does: what the meeting must decide)."""
        text = self.outline.text
        for block in self.index.lists:
            span = self._span(block)
            if not _AGENDA_HINT.search(text, *span):  # one C-speed scan per list
                continue
            roots = self._entries(*span)
            for k, entry in enumerate(roots):
                # at the margin: the note's own outline, not a bullet of some topic's notes
                if self.outline.text[entry.start] not in "-*+0123456789":
                    continue
                if not shape.names_agenda(entry.text):
                    continue
                out = self._list_topics(entry.kids)
                ordered = self._ordered(entry)
                for later in roots[k + 1 :]:
                    bare = shape.NUMBER_LEAD.sub("", later.text).strip(" *_:")
                    grouping = shape.names_agenda(bare) or normalize(bare) in GROUP_LABELS
                    if self._ordered(later) == ordered and not grouping:
                        break
                    out.extend(self._list_topics(later.kids) if grouping else [self._item(later)])
                if out:
                    return tuple(out)
        return ()

    def _blocks_in(self, first: int, last: int) -> Sequence[Block]:
        """The blocks that begin on lines ``first``..``last`` (a bisect, not a scan: the
        readers ask this once a section, and a long note has thousands)."""
        lo = bisect_left(self._block_firsts, first)
        return self.blocks[lo : bisect_right(self._block_firsts, last, lo)]

    def _blocks_at(self, start: int, end: int) -> Sequence[Block]:
        """The blocks whose first line begins at an offset in ``start``..``end - 1``."""
        starts = self.outline.line_starts
        return self._blocks_in(bisect_left(starts, start) + 1, bisect_left(starts, end))

    def intro_list(self) -> tuple[AgendaItem, ...]:
        """The list a paragraph introduces as the topics ("... on several topics related
        to tuples:", "Topics covered included:") before the body's headings."""
        first_head = next((h.first for h in self.heads if h is not self.title()), 10**9)
        return tuple(self._introduced(1, first_head - 1, only_first=True))

    def _introduced(self, first: int, last: int, only_first: bool = False) -> list[AgendaItem]:
        """The topics of the lists that a paragraph on lines ``first``..``last``
        introduces as topics (its last line ends "topics discussed included:")."""
        outline = self.outline
        out: list[AgendaItem] = []
        previous = None
        for block in self._blocks_in(first, last):
            if block.kind == "list" and previous is not None and previous.kind == "paragraph":
                text = outline.line_text(previous.last).rstrip()
                if text.endswith(":") and shape.INTRO.search(text):
                    start = outline.line_starts[block.first - 1]
                    end = outline.line_end(block.last) + 1
                    out.extend(self._list_topics(self._entries(start, end)))
                    if only_first:
                        break
            previous = block
        return out

    def intro_items(self) -> tuple[AgendaItem, ...]:
        """A note that is one list of labels introducing topics ("- Steering Council
        discussion topics:" over the topics, "- Sync-ups ..., topics covered included:"):
        the labels' items are the topics."""
        parts = [
            (h.start, h.end) for h in self.heads if h.role in _CONTENT_ROLES or h.role == "minutes"
        ]
        roots = [
            e
            for b in self.index.lists
            for e in self._entries(*self._span(b))
            if not any(a <= e.start < z for a, z in parts)
        ]
        if not roots or not all(e.kids and e.text.rstrip(" *_").endswith(":") for e in roots):
            return ()
        if not any(shape.INTRO.search(e.text.rstrip(" *_")) for e in roots):
            return ()
        return tuple(t for e in roots for t in self._list_topics(e.kids))

    def anchored_paragraphs(self) -> tuple[AgendaItem, ...]:
        """A document export that turned its headings into paragraphs opening with an
        empty anchor (``<span id="anchor-118"></span>Meta - about this meeting``): those
        are the topics, up to "AOB" (what follows it is an appendix). One that names a
        part of the agenda ("Standing items") groups the list items under it."""
        outline = self.outline
        anchored = []
        for block in self.blocks:
            if block.kind not in ("paragraph", "html"):
                continue
            m = _ANCHOR_LINE.match(outline.line_text(block.first))
            if m and m.group(1).strip():
                anchored.append((block, m.group(1).strip()))
        if len(anchored) < 2:
            return ()
        out: list[AgendaItem] = []
        for k, (block, text) in enumerate(anchored):
            start = outline.line_starts[block.first - 1]
            end = outline.line_end(block.first)
            if label_role(text) == "agenda":  # "Standing items": its items are topics
                stop = (
                    outline.line_starts[anchored[k + 1][0].first - 1]
                    if k + 1 < len(anchored)
                    else len(outline.text)
                )
                out.extend(self._list_topics(self._entries(end, stop)))
                continue
            out.append(AgendaItem(text, None, 0, timebox_minutes(text), block.first, start, end))
            if _AOB.fullmatch(text):
                break
        return tuple(out)

    def _span(self, block: Block) -> tuple[int, int]:
        outline = self.outline
        return outline.line_starts[block.first - 1], outline.line_end(block.last) + 1

    def _label_paragraphs(self, section: MeetingSection) -> list[AgendaItem]:
        """ "Release Management:" paragraphs that each head a list, under a heading with
        no sub-headings: the labels are the heading's topics (one written as a short
        title without the colon among them too)."""
        outline = self.outline
        end = self._own_end(section)
        if end != section.end:
            return []
        first, last = outline.line_of(section.body), outline.line_of(max(end - 1, section.body))
        blocks = [b for b in self._blocks_in(first, last) if b.kind != "heading"]
        out = []
        for k, block in enumerate(blocks):
            nxt = blocks[k + 1] if k + 1 < len(blocks) else None
            line = outline.line_text(block.first).strip()
            if (
                block.kind == "paragraph"
                and block.first == block.last
                and nxt is not None
                and nxt.kind == "list"
                and (shape.COLON_LABEL.fullmatch(line) or _TITLE_LINE.fullmatch(line))
                and len(line) <= 60
            ):
                start = outline.line_starts[block.first - 1]
                text = line.rstrip(": ")
                out.append(
                    AgendaItem(
                        text,
                        None,
                        0,
                        timebox_minutes(text),
                        block.first,
                        start,
                        outline.line_end(block.first),
                    )
                )
        colons = sum(1 for t in out if outline.line_text(t.line).rstrip().endswith(":"))
        # the labels head the section's content; after prose of its own ("Follow-up:",
        # "Other plans:" under a report) they are parts of the heading's topic
        opens = bool(out) and out[0].line == blocks[0].first
        return out if len(out) > 1 and colons and opens else []

    def title(self) -> MeetingSection | None:
        """The note's title: its first heading, when it opens the body or is the only
        heading of the top level."""
        if self._title:
            return self._title[0]
        title = None
        heads = [s for s in self.heads if s.level < PSEUDO_LEVEL]
        if heads:
            first = heads[0]
            before = self.outline.text[self.outline.body_start : first.start]
            # the levels of the headings that name no other part ("## Action items"
            # below a "###" title does not make it a sub-heading)
            named = [s for s in heads if s.role not in _CONTENT_ROLES] or heads
            if (
                first.role not in _CONTENT_ROLES
                and first.level <= min(s.level for s in named)
                and (not before.strip() or sum(1 for s in named if s.level == first.level) == 1)
            ):
                title = first
        self._title.append(title)
        return title

    def has_agenda(self) -> bool:
        """Whether the note has an agenda (maybe empty), not only a link to one."""
        text = self.outline.text
        for section in self.sections:
            if section.role == "agenda" and not self._other_topics(section):
                body = text[section.body : section.end].strip()
                if section.source != "heading":
                    if not _LINK_ONLY.fullmatch(body):
                        return True
                # "### [Agenda](url)" over nothing: a link to the agenda, not one
                elif body or not _LINK_ONLY.fullmatch(section.label.strip()):
                    return True
        return False

    def _other_topics(self, section: MeetingSection) -> bool:
        """An "Other topics" heading among topic headings of its level: the last topic
        (any other business), not the note's agenda."""
        if section.source != "heading" or normalize(section.label).split(" ")[0] not in _OTHER:
            return False
        return any(
            h.role == "other" and h.level == section.level and not self._index(h)
            for h in self.heads
            if h is not section
        )

    def topics_of(
        self, role: str, together: bool = False, outer: bool = False
    ) -> tuple[AgendaItem, ...]:
        """The topics of the sections of ``role`` (the outermost ones); ``together``:
        their sub-headings are topics (minutes: the notes of each topic under it);
        ``outer``: only sections right under the title (a "Discussion" heading among
        the topics of a session is one of them, not the note's minutes)."""
        out: dict[int, AgendaItem] = {}
        covered = -1
        title = self.title()
        for section in self.sections:
            if section.start < covered:
                continue
            # beside the agenda's own headings, "## Announcements" over items written as
            # agenda items (a discussed-box, a proposer "(XX)") is a part of it
            beside = (
                role == "agenda"
                and section.source == "heading"
                and (
                    (
                        (
                            (section.role == "other" and normalize(section.label) in GROUP_LABELS)
                            or (section.role == "carryover" and not self._carries_actions(section))
                        )
                        and self._agenda_shaped(section)
                    )
                    or (
                        section.role in ("other", "minutes")
                        and self._beside_agenda(section)
                        and self._agenda_shaped(section, discussed=True)
                    )
                )
            )
            if section.role != role and not beside:
                continue
            if section.source == "label" and self._in_notes_of(section):
                continue  # "Topics:" in the notes of a breakout: what it talked about
            if (
                outer
                and section.level < PSEUDO_LEVEL
                and any(
                    h.start < section.start < h.end
                    and h is not title
                    and h.level < section.level
                    and h.role not in _CONTENT_ROLES
                    for h in self.heads
                )
            ):
                continue
            covered = section.end
            for item in self._cached(section, together or shape.with_notes(section.label)):
                out.setdefault(item.start, item)
        return tuple(out[k] for k in sorted(out))

    def _cached(
        self, section: MeetingSection, together: bool, repeated: bool | None = None
    ) -> list[AgendaItem]:
        """``_section`` (or with ``repeated`` given, ``_child``: what the heading adds to
        its parent's topics), or its result for the same text before (moved to here): the
        editor reparses after every pause in typing, and most sections did not change.
        A heading section's topics depend only on its text and its headings' roles."""
        read: Callable[[MeetingSection, bool], list[AgendaItem]] = (
            self._section if repeated is None else partial(self._child, repeated=repeated)
        )
        if section.source != "heading":
            return read(section, together)
        i = bisect_right(self._head_starts, section.start)
        j = bisect_left(self._head_starts, section.end)
        key = (
            self.outline.text[section.start : section.end],
            together,
            repeated,
            section.role,
            tuple(h.role for h in self.heads[i:j]),
        )
        hit = _CACHE.get(key)
        if hit is None:
            items = read(section, together)
            _CACHE.put(key, (section.start, section.first, items))
            return items
        start, line, items = hit
        ds, dl = section.start - start, section.first - line
        if not ds and not dl:
            return items
        new = tuple.__new__
        return [
            new(AgendaItem, (t, c, d, b, n + dl, a + ds, e + ds)) for t, c, d, b, n, a, e in items
        ]

    def _carries_actions(self, section: MeetingSection) -> bool:
        """A carry-over of earlier actions, or a part of one ("Last meeting" under
        "Check in on previous action items")."""
        return carries_actions(section.label) or any(
            s.role == "carryover" and s.start < section.start < s.end and carries_actions(s.label)
            for s in self.sections
        )

    def _in_notes_of(self, section: MeetingSection) -> bool:
        """Whether a section lies under a "Notes for <topic>" heading."""
        return any(h.start < section.start < h.end and _NOTES_OF.match(h.label) for h in self.heads)

    def _beside_agenda(self, section: MeetingSection) -> bool:
        """Whether a heading is a sibling of an agenda heading ("### Topics", "###
        Need attention", "### Discussion" under one date heading)."""
        if section.level >= PSEUDO_LEVEL:
            return False
        if self._siblings is None:
            # each heading's parent (the heading above it of a lower level), by start
            parents: dict[int, int] = {}
            stack: list[MeetingSection] = []
            for head in self.heads:
                while stack and stack[-1].level >= head.level:
                    stack.pop()
                parents[head.start] = stack[-1].start if stack else -1
                stack.append(head)
            self._parents = parents
            self._siblings = {(parents[h.start], h.level) for h in self.heads if h.role == "agenda"}
        return (self._parents.get(section.start, -2), section.level) in self._siblings

    def _agenda_shaped(self, section: MeetingSection, discussed: bool = False) -> bool:
        """Whether most of a heading's items read as agenda items (a discussed-box, a
        proposer "(XX)"); ``discussed``: and most have notes nested under them (signed
        answers to an ice-breaker, speaker lines have none)."""
        end = self._own_end(section)
        key = (self.outline.text[section.body : end], discussed)
        hit = _SHAPED.get(key)
        if hit is None:
            hit = self._shaped(section.body, end, discussed)
            _SHAPED.put(key, hit)
        return hit

    def _shaped(self, start: int, end: int, discussed: bool) -> bool:
        if discussed:  # minutes that open with a speaker line ("- AT: ...") are no agenda
            first = _FIRST_ITEM.search(self.outline.text, start, end)
            if first is None or shape.SPEAKER.match(first.group(1)):
                return False
        entries = [  # the minute lines said among the items do not count
            e
            for e in self._entries(start, end)
            if not shape.is_aside(e.text) and not shape.is_said(e)
        ]
        shaped = sum(1 for e in entries if e.boxed or shape.PROPOSER.match(e.text))
        if discussed:  # proposed, or a linked proposal ("[cfep-12](…) Removing ...")
            shaped += sum(
                1
                for e in entries
                if not e.boxed
                and not shape.PROPOSER.match(e.text)
                and shape.LINK_LEAD.match(e.text)
            )
            discussed_ = sum(1 for e in entries if e.kids)
            return 2 * shaped > len(entries) and 2 * discussed_ > len(entries)
        return 2 * shaped > len(entries)

    def _children(self, section: MeetingSection) -> list[MeetingSection]:
        """The headings right under ``section``."""
        out: list[MeetingSection] = []
        heads = self.heads
        i = bisect_right(self._head_starts, section.start)
        while i < len(heads) and heads[i].start < section.end:
            s = heads[i]
            if not (out and s.start < out[-1].end):
                out.append(s)
            i += 1
        return out

    def _section(self, section: MeetingSection, together: bool = False) -> list[AgendaItem]:
        children = self._children(section) if section.source == "heading" else []
        own_end = children[0].start if children else section.end
        # numbered paragraphs are the topics, the lists between them notes; a list a
        # paragraph introduces as the topics is, the other lists are not
        out = self._numbered_paragraphs(section.body, own_end) or self._introduced(
            self.outline.line_of(section.body), self.outline.line_of(max(own_end - 1, section.body))
        )
        if not out and not children and section.role == "agenda" and section.source == "heading":
            out = self._title_topics(section)
        if not out and not (together and self._speech(section.body, own_end)):
            out = self._list_topics(self._entries(section.body, own_end))
        if not out and not children and section.role == "agenda":
            out = self._line_topics(section)
        # the items an agenda lists itself, at any depth: a heading below that repeats
        # one holds its notes
        listed = (
            {shape.topic_key(e.text) for e in shape.walk(self._entries(section.body, own_end))}
            if section.role == "agenda"
            else set()
        )
        for child in children:
            # "##### A heading" under "- A heading": the heading holds that listed topic's notes
            repeated = shape.repeats(child.label, listed)
            out.extend(self._cached(child, together, repeated))
        return out

    def _child(self, child: MeetingSection, together: bool, repeated: bool) -> list[AgendaItem]:
        """What a heading right under a section adds to its topics (``repeated``: the
        heading repeats one of the items the section lists)."""
        out: list[AgendaItem] = []
        role = child.role
        entries = self._entries(child.body, self._own_end(child))
        if (role == "roles" and shape.notes(entries)) or (
            role in _SKIP_ROLES | {"carryover"} and timebox_minutes(child.label) is not None
        ):  # "Chair election retrospective" over what was said, "Action review (10
            # min)": a topic of the agenda, whatever its words
            role = "other"
        if role in _SKIP_ROLES or (role == "carryover" and "action" in child.label.lower()):
            return out
        if together and role == "minutes":  # "Agenda & notes" > "Discussion": its items
            out.extend(self._list_topics(entries))
            out.extend(self._cached(child, together))
        elif (
            not together
            and (
                role in ("agenda", "carryover")
                or shape.lists_topics(entries)
                or (entries and normalize(child.label) in GROUP_LABELS)  # "Announcements"
            )
            and not (role == "other" and repeated)
            and timebox_minutes(child.label) is None  # "##### Retreat plan (30 min)"
        ):  # "#### Myst breakout" under "- myst roadmap" holds that topic's notes
            out.extend(self._list_topics(entries))
            out.extend(self._cached(child, False))
        elif self._has_content(child):
            # not the notes of a listed topic, nor a template's unused "### Topic"
            if not repeated and not shape.SLOT_NAME.fullmatch(child.label):
                out.append(_topic(self.outline, child))
        else:
            out.extend(self._cached(child, False))
        return out

    def _speech(self, start: int, end: int) -> bool:
        """Whether the text in [start, end) is minutes written as speaker paragraphs
        ("KK: Items to triage" over a list): its lists are what was said, not topics."""
        outline = self.outline
        first, last = outline.line_of(start), outline.line_of(max(end - 1, start))
        k = bisect_left(self._paragraph_firsts, first)
        said = total = 0
        while k < len(self.paragraphs) and self.paragraphs[k].first <= last:
            total += 1
            said += bool(shape.SPEAKER.match(outline.line_text(self.paragraphs[k].first)))
            k += 1
        return said >= 2 and 2 * said >= total

    def _title_topics(self, section: MeetingSection) -> list[AgendaItem]:
        """An agenda that opens with a short title over a list ("Security work ideas",
        then its points): the titles are the topics, the lists (and labelled lists,
        "ideas:") their notes. One title over one list alone ("Welcome" over "- Budget")
        is not enough: its list may be the agenda."""
        outline = self.outline
        first, last = outline.line_of(section.body), outline.line_of(max(section.end - 1, 0))
        inside = [b for b in self._blocks_in(first, last) if b.kind != "heading"]
        out: list[AgendaItem] = []
        for k, block in enumerate(inside[:-1]):
            text = outline.line_text(block.first).strip()
            if (
                block.kind == "paragraph"
                and block.first == block.last
                and inside[k + 1].kind == "list"
                and _TITLE_LINE.fullmatch(text)
            ):
                start, end = outline.line_starts[block.first - 1], outline.line_end(block.first)
                out.append(
                    AgendaItem(text, None, 0, timebox_minutes(text), block.first, start, end)
                )
            elif k == 0:
                return []  # the agenda opens with its list, or with prose
        paragraphs = sum(1 for b in inside if b.kind == "paragraph")
        return out if len(out) > 1 or paragraphs > len(out) else []

    def _line_topics(self, section: MeetingSection) -> list[AgendaItem]:
        """An agenda written as a line or a few of text, no list ("Recap of the budget
        talk"): each line is a topic."""
        outline = self.outline
        first, last = outline.line_of(section.body), outline.line_of(max(section.end - 1, 0))
        inside = [b for b in self._blocks_in(first, last) if b.kind != "heading"]
        if not inside or any(b.kind != "paragraph" for b in inside):
            return []
        if sum(b.last - b.first + 1 for b in inside) > 5:
            return []  # prose about the meeting, not its topics
        # the lines of a part inside it ("Participants: ...") are not topics
        parts = [
            (s.first, s.last)
            for s in self.sections
            if s.source == "label" and s.role != "agenda" and section.start <= s.start < section.end
        ]
        out = []
        for block in inside:
            for line in range(block.first, block.last + 1):
                text = outline.line_text(line).strip()
                if any(a <= line <= z for a, z in parts):
                    continue
                if text.endswith((".", "!")) or len(text.split()) > 15:
                    return []  # a sentence ("No agenda this week."): prose, not topics
                if text and not shape.is_aside(text) and not _LINK_ONLY.fullmatch(text):
                    start = outline.line_starts[line - 1]
                    end = outline.line_end(line)
                    out.append(AgendaItem(text, None, 0, timebox_minutes(text), line, start, end))
        return out

    def _own_end(self, section: MeetingSection) -> int:
        children = self._children(section)
        return children[0].start if children else section.end

    def _has_content(self, section: MeetingSection) -> bool:
        """Whether a heading has something of its own: text, or list items that are not
        empty slots ("* N/A")."""
        start, end = section.body, self._own_end(section)
        if not self.outline.text[start:end].strip():
            return False
        entries = self._entries(start, end)
        if entries and all(shape.is_aside(e.text) and not e.kids for e in entries):
            listed = sum(
                1 for b in self.index.lists if start <= self.outline.line_starts[b.first - 1] < end
            )
            others = [b for b in self._blocks_at(start, end) if b.kind not in ("list", "heading")]
            return bool(others) or not listed
        return True

    # -- lists ---------------------------------------------------------------------------

    def _entries(self, start: int, end: int) -> list[Entry]:
        return self.index.entries(start, end)

    def _numbered_paragraphs(self, start: int, end: int) -> list[AgendaItem]:
        """Paragraphs that open with a bold item number ("**1) Revised schedule** - ..."):
        an agenda written as numbered paragraphs."""
        outline = self.outline
        first, last = outline.line_of(start), outline.line_of(max(end - 1, start))
        out = []
        k = bisect_left(self._paragraph_firsts, first)
        while k < len(self.paragraphs) and self.paragraphs[k].first <= last:
            block = self.paragraphs[k]
            k += 1
            line = outline.line_text(block.first)
            if _BOLD_NUMBER.match(line):
                begin = outline.line_starts[block.first - 1]
                line_end = outline.line_end(block.first)
                text = line.strip()
                out.append(
                    AgendaItem(text, None, 0, timebox_minutes(text), block.first, begin, line_end)
                )
        return out if len(out) > 1 else []

    def _list_topics(self, entries: Sequence[Entry]) -> list[AgendaItem]:
        staircase = _staircase(entries)
        if staircase:
            return [self._item(e) for e in staircase]
        out: list[AgendaItem] = []
        # A list whose first item has a box: its boxed items are the topics.
        boxed_only = bool(entries) and entries[0].boxed
        # A flat list whose first item opens with a link, over plain items: the linked
        # items (issues, proposals) are the topics, the others their flattened notes.
        linked_only = not boxed_only and shape.link_led(entries)
        # a queue of presenters ("1. Oliver Dunk, 1Password:" over their items): one
        # written without the colon is a presenter too
        presenters = any(
            e.kids and e.text.endswith(":") and shape.PRESENTER.fullmatch(e.text.rstrip(" :*_"))
            for e in entries
        )
        examples = None  # the kind of marker of an item that ends "for example:"
        for entry in entries:
            ordered = self._ordered(entry)
            if examples is not None and ordered != examples:
                continue  # "3. ... for example:" then "- ...": its examples, not topics
            examples = ordered if entry.text.endswith(":") and not entry.kids else None
            if shape.is_aside(entry.text) or (
                linked_only and not shape.LINK_LEAD.match(entry.text)
            ):
                continue
            if boxed_only and not entry.boxed:
                # a topic written without its box, its notes under it; not a minute
                # line ("Bob: it works") that a paste left between the topics
                if entry.kids and not shape.SPEAKER.match(entry.text):
                    out.append(self._item(entry))
                continue
            if entry.kids and (
                shape.groups(entry.text, entry.kids, entry.boxed)
                or (
                    presenters
                    and not entry.boxed
                    and shape.PRESENTER.fullmatch(entry.text.strip(" *_"))
                )
            ):
                out.extend(self._list_topics(entry.kids))
                continue
            out.append(self._item(entry))
        return out

    def _ordered(self, entry: Entry) -> bool:
        """Whether a list item has a number for its marker."""
        return self.outline.text[entry.start : entry.start + 12].lstrip(" \t\xa0")[:1].isdigit()

    # -- a note without an agenda: its headings ------------------------------------------

    def heading_topics(self) -> tuple[AgendaItem, ...]:
        """The headings of the body as topics: those at its top level that name no other
        part; one with sub-headings below a title groups them (they are the topics), and
        so does a "Notes"/"Discussion" heading. Headings at the title's own level are
        topics whatever they hold (a note that writes each topic as a title)."""
        title = self.title()
        real = [s for s in self.heads if s.level < PSEUDO_LEVEL and s is not title]
        # bold label lines stand for headings in a note whose only headings are its
        # title and its other parts (attendees, actions...)
        bold_lines = not any(s.role not in _CONTENT_ROLES for s in real)
        if bold_lines:
            real = [s for s in self.heads if s is not title]
        heads = real
        if not heads:
            return ()
        # the top level of the headings that may be topics (an "Action items" heading
        # at the title's level does not make the topics below it sub-topics)
        top = min((s.level for s in heads if s.role not in _CONTENT_ROLES), default=0)
        flat = title is not None and title.level == top
        out: list[AgendaItem] = []
        for section in heads:
            if section.level != top or (
                section.role in _CONTENT_ROLES and not self._other_topics(section)
            ):
                continue
            kids = [
                s
                for s in self._children(section)
                if s.level < PSEUDO_LEVEL and s.role not in _CONTENT_ROLES
            ]
            if (
                kids
                and (section.role == "minutes" or not flat)
                and not shape.numbered_alone(section, kids)
                and not self._leads(section, heads, top)
            ):
                for kid in kids:
                    grand = [s for s in self._children(kid) if s.role not in _CONTENT_ROLES]
                    if grand and (not self._has_text(kid) or normalize(kid.label) in GROUP_LABELS):
                        # "### 4. open issues" over "#### 4.1. issue ...": a group
                        for g in grand:
                            out.extend(self._heading_topic(g, labels=False))
                    else:
                        out.extend(self._heading_topic(kid))
            else:
                out.extend(self._heading_topic(section))
        if bold_lines and top == PSEUDO_LEVEL and out:
            # a document export that kept some headings as bold lines and turned others
            # into an anchored line or a bold lead-in over a list: those are topics too
            out.extend(self._lead_ins(title))
            out.sort(key=lambda t: t.start)
        return tuple(out)

    def _lead_ins(self, title: MeetingSection | None) -> list[AgendaItem]:
        """Anchored lines (``<span id="anchor-3"></span>Topic``) and paragraphs that open
        with a bold phrase and go on (``**new feature** (unreleased): ...``) over a list."""
        outline = self.outline
        after = title.first if title is not None else 0
        out = []
        for k, block in enumerate(self.blocks[:-1]):
            if block.first <= after or block.kind not in ("paragraph", "html"):
                continue
            line = outline.line_text(block.first)
            anchor = _ANCHOR_LINE.match(line)
            lead = _BOLD_LEAD.match(line)
            if anchor and anchor.group(1).strip():
                text = anchor.group(1).strip()
            elif lead and self.blocks[k + 1].kind == "list" and not label_role(lead.group(1)):
                text = line.strip()
            else:
                continue
            start, end = outline.line_starts[block.first - 1], outline.line_end(block.first)
            out.append(AgendaItem(text, None, 0, timebox_minutes(text), block.first, start, end))
        return out

    def _heading_topic(self, section: MeetingSection, labels: bool = True) -> list[AgendaItem]:
        """A body heading as topics: its label paragraphs (``labels``), else itself,
        unless it is an index of links or only names a date or period ("## July recap",
        "## 2024-10-30": a digest's meeting, whose bullets are its minutes)."""
        if self._own_end(section) == section.end:
            proposed = self._proposed(section)
            if proposed:
                return proposed
        if self._index(section):
            return []
        found = self._label_paragraphs(section) if labels else []
        if found or PERIOD.fullmatch(section.label.strip(" *_")):
            return found
        return [_topic(self.outline, section)]

    def _leads(self, section: MeetingSection, heads: Sequence[MeetingSection], top: int) -> bool:
        """Whether a top heading with sub-headings is a topic of its own: it has text
        before them, and its fellow top headings (more than one) have no sub-headings
        (the sub-heading is a part of its discussion, as a quoted summary)."""
        if section.role == "minutes" or not self._has_text(section):
            return False
        fellows = [
            s for s in heads if s.level == top and s is not section and s.role not in _CONTENT_ROLES
        ]
        return len(fellows) > 1 and not any(
            k.level < PSEUDO_LEVEL and k.role not in _CONTENT_ROLES
            for s in fellows
            for k in self._children(s)
        )

    def _proposed(self, section: MeetingSection) -> list[AgendaItem]:
        """A heading over a list of proposed items ("- [name=ana] Release plan", "-
        (BK) ...", "- [ ] ..."): the items are the topics, their bullets the notes."""
        entries = [
            e for e in self._entries(section.body, section.end) if not shape.is_aside(e.text)
        ]
        if len(entries) < 2 or shape.notes(entries):
            return []
        # a proposer has a name ("[2019-02-11-3]" is a request's number)
        shaped = sum(
            1
            for e in entries
            if e.boxed
            or ((m := shape.PROPOSER.match(e.text)) and re.search(r"[^\W\d_]", m.group()))
        )
        return self._list_topics(entries) if 2 * shaped > len(entries) else []

    def _has_text(self, section: MeetingSection) -> bool:
        """Whether a heading has text of its own before its sub-headings (not counting
        kramdown's attribute lines such as "{: #section4}")."""
        own = self.outline.text[section.body : self._own_end(section)]
        return any(
            line.strip() and not _ATTRIBUTES.fullmatch(line.strip()) for line in own.split("\n")
        )

    def _index(self, section: MeetingSection) -> bool:
        """A heading over nothing but a list of links (an index of other notes: "* 01-19:
        [Agenda](…), [Minutes](…)"), with no sub-headings: not a topic."""
        end = self._own_end(section)
        if end != section.end:
            return False
        entries = self._entries(section.body, end)
        links = sum(
            1
            for e in entries
            if _LINK_TEXT.search(e.text) and _LINKS_ONLY_ITEM.fullmatch(_LINK_TEXT.sub("", e.text))
        )
        if not entries or 5 * links < 4 * len(entries):
            return False
        return not any(b.kind == "paragraph" for b in self._blocks_at(section.body, end))

    def topic_headings(self) -> bool:
        """Whether the body's top-level headings (below the title) include one that
        names no part of a note: a topic heading."""
        title = self.title()
        heads = [s for s in self.heads if s.level < PSEUDO_LEVEL and s is not title]
        if not heads:
            return False
        top = min((s.level for s in heads if s.role not in _CONTENT_ROLES), default=0)
        return any(s.level == top and s.role == "other" for s in heads)

    def _item(self, entry: Entry) -> AgendaItem:
        return AgendaItem(
            entry.text,
            entry.checked,
            0,
            timebox_minutes(entry.text),
            entry.line,
            entry.start,
            entry.end,
        )


def _staircase(entries: Sequence[Entry]) -> list[Entry]:
    """A list with a timed item at its top level that nests each item under the one
    before (a document export's "staircase"), another timed item two levels down: the
    timed items are the topics, wherever the paste put them."""
    if not any(timebox_minutes(e.text) is not None for e in entries):
        return []
    timed: list[Entry] = []
    deep = False
    todo: list[tuple[Entry, int]] = [(e, 0) for e in reversed(entries)]
    while todo:
        entry, depth = todo.pop()
        if timebox_minutes(entry.text) is not None:
            timed.append(entry)
            deep = deep or depth >= 2
        todo.extend((k, depth + 1) for k in reversed(entry.kids))
    return timed if len(timed) > 1 and deep else []


def _topic(outline: Outline, section: MeetingSection) -> AgendaItem:
    text = section.label
    return AgendaItem(
        text,
        None,
        0,
        timebox_minutes(text),
        section.first,
        section.start,
        outline.line_end(section.first),
    )
