"""The action items of a meeting: only what the note marks as something to do.

The rules (docs/meeting-structure.md):

- the items of an action section: a heading or label that names actions (``## Action
  items``, ``Next steps:``, ``TODO:``, ``Tasks for 2.0:``, ``Follow-up:``), or a carry-over
  of earlier actions (``Check in on previous action items`` and its ``Last meeting`` /
  ``2 meetings ago`` parts). A carry-over heading inside the agenda (``Pushed to next
  meeting``) holds agenda topics, not actions. In an action section every top-level item
  is an action; a nested item is one when it has a task box or sits under a label that
  names actions (``* todo``), else it is a note on the action above. A label item
  (``**Docker hub**``, ``todo:``) groups the actions under it. Under an action heading
  with no list, each paragraph is an action;
- a line marked as an action anywhere: ``ACTION:``, ``AI:``, ``**Action item**:``,
  ``TODO:``, ``(TODO)``, ``[TO DO]:``; text after an action label on its line;
- a task item (``- [ ] ...``) that is not an agenda topic and not in an attendee list;
- a decision written as "Name to <verb> ..." (``Lex to set up a folder``, ``Jaime and
  Hind to ...``), also mid-line after a separator (``<link> -> Jack to add link``).
  Narration ("Kate will create a doc") is not an action unless it is in an action
  section;
- the shapes inside action sections: a topic title over tasks, numbered titles that
  divide an action heading, a label that names the owners over items (``To do: OM and
  Arielle``), a heading ending in words for actions over a list that reads as actions.
  The candidate lines are found by :mod:`noteapp.core.meeting.action_lines`.

Owners come from :func:`noteapp.core.meeting.tasks.owners_of`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from noteapp.core.meeting.action_lines import NAME, NAME_TO, candidates
from noteapp.core.meeting.blocks import scan_blocks, table_cells
from noteapp.core.meeting.lists import Entry, ListIndex
from noteapp.core.meeting.sections import find_sections
from noteapp.core.meeting.structure import ActionItem, AgendaItem, Attendee, TaskItem
from noteapp.core.meeting.tasks import (
    CONNECTIVE,
    item_text,
    marked_actions,
    names_in,
    owners_of,
    parse_agenda,
    unstrike,
)
from noteapp.core.meeting.tasks import IMPERATIVES as _IMPERATIVES
from noteapp.core.meeting.topics import find_topics
from noteapp.core.text.stopping import check
from noteapp.core.text.text_cache import PIECES, TextCache, piece_cache
from noteapp.core.text.vocabulary import carries_actions, label_role, normalize

if TYPE_CHECKING:
    from noteapp.core.meeting.blocks import Block
    from noteapp.core.meeting.sections import MeetingSection
    from noteapp.core.text.outline import Outline

_EMPTY = re.compile(r"[\s.…*_-]*|n/?a|none|tbd|\(\s*\)|\[\s*\]", re.I)
_LABEL_ITEM = re.compile(r"(?:\*\*|__)?[^\n:*_]{1,40}?(?:\*\*|__)?[ \t]*:?[ \t]*(?:\*\*|__)?")
_BOLD_ONLY = re.compile(r"(?:\*\*|__)[^*_\n]+(?:\*\*|__)[ \t]*:?[ \t]*")
# A decision's label: what follows says who is to act on it
_DECIDED = re.compile(
    r"(?:\*\*)?(?:Consensus|Resolution|Resolved|Decision|Decided|Agreed|Agreement)"
    r"(?:\*\*)?[ \t]*:[ \t]*(?:\*\*)?[ \t]*",
)
_LEAD_LABEL = re.compile(r"^(?:\*\*[^*\n]{1,30}\*\*:?[ \t]*|[A-Z][a-z]*:[ \t]+)")  # "A: "
_PROPOSER_LEAD = re.compile(r"^\([^()\n]{1,30}\)[ \t]*")
_INITIALS = re.compile(r"[A-Z][A-Za-z]{0,2}[A-Z]|[a-z][A-Z]{1,3}")
_URL = re.compile(r"\S*(?:https?://|www\.|\.org|\.com|\.io)\S*")
_MID_CAPITAL = re.compile(r"(?:(?<=[a-z,;] )|(?<=name=))[A-Z][a-z][\w'’-]*")
_NAME_TAG = re.compile(r"\[name=([^\]\n]+)\]")
# After a person's tag, a question or a link: a topic they bring, not their report
_TOPIC_AFTER_TAG = re.compile(r"[ \t]*(?:\[[^\]\n]+\]\(|[^\n]*\?[ \t]*$)")
_LOWER_WORD = re.compile(r"(?<![\w@/.-])[a-z][a-z'’-]+\b")
_ACTION_WORDS = re.compile(
    r"\b(?:actions?|action items?|tasks?|to-?dos?|next steps|follow-?ups?)\b", re.I
)
_ATTRIBUTES = re.compile(r"\{:[^}\n]*\}")
# A paragraph that tells what someone said or did at the meeting (past tense): minutes,
# even under an action heading ("Joe Rickert asked people about what tasks ...")
_NARRATES = re.compile(
    r"(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}|[Tt]he [a-z]+|We|They)[ \t]+"
    r"(?:asked|noted|said|mentioned|reported|explained|described|provided|presented|"
    r"shared|discussed|thanked|gave|talked|commented|summari[sz]ed|welcomed)\b"
)
# The columns of an action table: what is to be done, and who owns it; an id cell.
_DESCRIBES_FIRST = re.compile(r"descr|summary|details", re.I)
_DESCRIBES = re.compile(r"^(?:action|task|to-?do|what|item)s?\b", re.I)
_OWNER_HEADER = re.compile(r"owner|assignee|\bwho\b|responsible|\bby\b", re.I)
_TABLE_ID = re.compile(r"[#\w]{0,4}[\d.\-#]*\d[\d.]*|")
_NEXT_MEETING = re.compile(r"\bnext (?:meeting|call)\b", re.I)
_DATE_LINE = re.compile(r"\d{4}-\d{2}-\d{2}[ \t]*")
_DATE_LINK = re.compile(r"\[\d{4}-\d{2}-\d{2}\]\([^()\s]*\)[ \t]*")
_CONNECTIVE = re.compile(CONNECTIVE)
# A subject, then a form of "be" or "have": a statement of fact ("Jupyter Lab is testing")
_STATES = re.compile(
    r"(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}|[Tt]he [a-z]+(?: [a-z]+)?|We|They|It|This)"
    r"[ \t]+(?:had|has|was|were|is|are)\b"
    r"(?![ \t]+(?:agreed|decided|committed|volunteered|promised|offered|going)\b)"  # to do
)
_NUMBERED_TITLE = re.compile(
    r"^[ \t]{0,3}(?:\d{1,2}[.)]|[-*+][ \t]+\d{1,2}(?:\.\d{1,2})+\.?)[ \t]+(.*)$", re.M
)
_PAREN_WORD = re.compile(r"\(@?([\w.-]{2,39})\)$")
# A box drawn as a character, and whether it is ticked
_BALLOT = {"☐": False, "□": False, "☑": True, "☒": True, "✅": True, "✔": True}
# "- Owner: Ken" under an item: who owns it
_OWNER_LINE = re.compile(r"(?i:owners?|assigned to|assignees?|who)[ \t]*:[ \t]*(.+?)[ \t.]*")
_EVERYONE = frozenset(("all", "everyone", "everybody", "both", "team"))
_TWO_BLANKS = re.compile(r"\n[ \t\xa0]*\n[ \t\xa0]*\n")
# A numbered title: "3. Next actions (team)", "- 1.2 Open issues"
_DIVISION = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-*+][ \t]+\d{1,2}(?:\.\d{1,2})+\.?)[ \t]+\S")
_NOT_ACTION_PARTS = frozenset(
    ("minutes", "agenda", "attendees", "apologies", "roles", "summary", "logistics", "chat")
)
# Actions of heading sections by their text (see _Reader._cached_section).
_SECTIONS = TextCache(PIECES)
_NOT_SUBJECTS = frozenset(
    [
        "introduction",
        "reminder",
        "discussion",
        "question",
        "welcome",
        "thanks",
        "thank",
        "due",
        "according",
        "back",
        "up",
        "going",
        "how",
        "what",
        "when",
        "where",
        "why",
        "who",
        "this",
        "that",
        "it",
        "we",
        "i",
        "you",
        "they",
        "he",
        "she",
        "there",
        "here",
        "next",
        "move",
        "moved",
        "need",
        "needs",
        "want",
        "wants",
        "hope",
        "plan",
        "plans",
        "agenda",
        "time",
        "link",
        "links",
        "reply",
        "replies",
        "response",
        "note",
        "notes",
        "comment",
        "comments",
        "added",
        "add",
        "change",
        "changes",
        "changed",
        "update",
        "updates",
        "decided",
        "agreed",
        "proposal",
        "proposed",
        "nothing",
        "something",
        "everything",
        "anyone",
        "someone",
        "also",
        "and",
        "or",
        "but",
        "so",
        "then",
    ]
)


# Words that come before "to <verb>" without naming anyone: nouns of intent and
# adjectives ("Suggestion to create", "Wise to release", "Desire to have")
# fmt: off
_BEFORE_TO = frozenset((
    "ability", "aim", "attempt", "chance", "decision", "deadline", "desire", "effort",
    "goal", "idea", "intent", "intention", "invitation", "motion", "need", "offer",
    "opportunity", "permission", "plan", "proposal", "reason", "reminder", "request",
    "suggestion", "time", "way", "wish", "able", "better", "best", "difficult", "easy",
    "fine", "glad", "good", "great", "happy", "hard", "helpful", "important", "impossible",
    "likely", "necessary", "nice", "ok", "okay", "possible", "ready", "safe", "tough",
    "unable", "unlikely", "useful", "welcome", "wise", "worthwhile", "worth"
))
# fmt: on


def find_actions(
    outline: Outline,
    blocks: Sequence[Block],
    sections: Sequence[MeetingSection],
    checklist: Sequence[TaskItem],
    topics: Sequence[AgendaItem],
    attendees: Sequence[Attendee] = (),
    index: ListIndex | None = None,
) -> tuple[ActionItem, ...]:
    reader = _Reader(outline, blocks, sections, checklist, topics, attendees, index)
    return reader.read()


def _people_words(attendees: Sequence[Attendee]) -> frozenset[str]:
    """The words that name someone at the meeting: their names' words, initials,
    handles and organisations, lower-cased."""
    words: set[str] = set()
    for a in attendees:
        words.update(w.lower() for w in re.split(r"[\s,()/]+", a.name) if len(w) > 1)
        for value in (a.initials, a.handle, a.affiliation):
            if value:
                words.add(value.lower())
    return frozenset(words)


class _Reader:
    def __init__(
        self,
        outline: Outline,
        blocks: Sequence[Block],
        sections: Sequence[MeetingSection],
        checklist: Sequence[TaskItem],
        topics: Sequence[AgendaItem],
        attendees: Sequence[Attendee],
        index: ListIndex | None,
    ) -> None:
        self.outline = outline
        self.people = _people_words(attendees)
        self._lowers: frozenset[str] | None = None
        self._lower_words: frozenset[str] = frozenset()
        self._people_spans: list[tuple[int, int]] | None = None
        self.blocks = blocks
        self.sections = sections
        self.index = index or ListIndex(outline, blocks)
        self._block_firsts = [b.first for b in blocks]
        self._section_starts = [s.start for s in sections]
        self.boxes = {t.start: t for t in checklist}
        self.topic_starts = {t.start for t in topics}
        self.found: dict[int, ActionItem] = {}
        agendas = [s for s in sections if s.role == "agenda" and s.source == "heading"]
        self.agendas = _merged([(s.start, s.end) for s in agendas])
        self.carried = _merged(
            [(s.start, s.end) for s in sections if s.role == "carryover" and self._holds_actions(s)]
        )

    def read(self) -> tuple[ActionItem, ...]:
        for item in marked_actions(self.outline):
            self.found[item.start] = item._replace(carried=self._in_carried(item.start))
        for section in self.sections:
            if section.role == "actions" or (
                section.role == "carryover" and self._holds_actions(section)
            ):
                self._cached_section(section)
        self._task_items()
        self._assignments = candidates(self.outline)
        for reader in (
            self._name_to_lines,
            self._mid_line_assignments,
            self._joint_assignments,
            self._next_steps,
            self._reviewed_actions,
            self._titled_lists,
            self._owned_labels,
            self._report_owners,
            self._owners_by_people,
        ):
            check()  # a stale parse stops between the readers (each walks the note)
            reader()
        return tuple(self.found[k] for k in sorted(self.found))

    def _report_owners(self) -> None:
        """An action with no owner inside a person's report ("- [name=Guillaume]" over
        "TODO: review ...") is that person's."""
        if "[name=" not in self.outline.text:
            return
        orphans = [a for a in self.found.values() if not a.owners]
        tagged: dict[int, str] = {}
        walked: set[int] = set()
        for action in orphans:
            k = bisect_right(self._block_firsts, action.line) - 1
            block = self.blocks[k] if k >= 0 else None
            if block is None or block.kind != "list" or block.last < action.line:
                continue
            if k not in walked:  # only the lists that hold an unowned action
                walked.add(k)
                for root in self.index.entries(*_span(self.outline, block)):
                    _tag_walk(root, None, tagged)
            who = tagged.get(action.start)
            if who:
                self.found[action.start] = action._replace(owners=(who,))

    def _owners_by_people(self) -> None:
        """ "Bios: Members who have not added bios should add them": a word the note
        writes in lower case, before a colon, names the subject, not an owner; and "...
        (kito)": one word in parentheses at the end that names someone at the meeting is
        the owner."""
        for start, item in list(self.found.items()):
            if not item.owners:
                known = _PAREN_WORD.search(item.text) if item.text.endswith(")") else None
                if known and known.group(1).lower() in self.people:  # "... (kito)"
                    self.found[start] = item._replace(owners=(known.group(1),))
                continue
            if ":" not in item.text[:40]:
                continue
            who = item.owners[0]
            if not who.isalpha() or not item.text.startswith(who + ":"):
                continue
            if who.lower() in self.people or who.isupper() or who.lower() in _EVERYONE:
                continue  # "All:" is everyone's
            self._proper_nouns()
            if who.lower() in self._lower_words:
                self.found[start] = item._replace(owners=item.owners[1:])

    def _reviewed_actions(self) -> None:
        """A heading that names actions without being an action section ("Review
        action items") over a list that reads as actions (most of its items are
        "Name to ..." already): every item of that list is an action, carried over."""
        for section in self.sections:
            if section.source != "heading" or section.role in ("actions", "carryover"):
                continue
            if not _ACTION_WORDS.search(section.label) or not _ends_naming_actions(section.label):
                continue
            i = bisect_right(self._section_starts, section.start)
            end = section.end  # its own text, up to its first sub-heading
            while i < len(self.sections) and self.sections[i].start < end:
                if self.sections[i].source == "heading":
                    end = self.sections[i].start
                    break
                i += 1
            entries = self.index.entries(section.body, end)
            known = sum(1 for e in entries if e.start in self.found)
            if len(entries) < 2 or known * 2 < len(entries):
                continue
            for entry in entries:
                if entry.start not in self.found and not _is_empty(entry.text):
                    self._entry(entry, carried=True)

    # -- where actions are -------------------------------------------------------------

    def _holds_actions(self, section: MeetingSection) -> bool:
        """A carry-over of earlier actions ("Check in on previous action items" and its
        "Last meeting" part), not of agenda topics ("Pushed to next meeting", "Deferred
        to next meeting") nor a past meeting's points ("Last meeting points")."""
        if carries_actions(section.label):
            return True
        return any(
            s.role == "carryover" and s.start < section.start < s.end and carries_actions(s.label)
            for s in self.sections
        )

    def _in_carried(self, offset: int) -> bool:
        return _inside(self.carried, offset)

    def _in_people(self, offset: int) -> bool:
        """Inside an attendee, apologies or roles section."""
        if self._people_spans is None:
            self._people_spans = _merged(
                [
                    (s.start, s.end)
                    for s in self.sections
                    if s.role in ("attendees", "apologies", "roles")
                ]
            )
        return _inside(self._people_spans, offset)

    # -- action sections ---------------------------------------------------------------

    def _cached_section(self, section: MeetingSection) -> None:
        """``_section``, or what it found in the same text before (moved to here): a
        heading section's actions depend only on its text and its headings' roles."""
        if section.source != "heading":
            self._section(section)
            return
        i = bisect_right(self._section_starts, section.start)
        j = bisect_left(self._section_starts, section.end)
        inside = tuple(s.role for s in self.sections[i:j])
        key = (self.outline.text[section.start : section.end], section.role, inside)
        hit = _SECTIONS.get(key)
        if hit is None:
            outer, self.found = self.found, {}
            try:
                self._section(section)
                found = self.found
            finally:
                self.found = outer
            items = [found[k] for k in sorted(found)]
            _SECTIONS.put(key, (section.start, section.first, items))
        else:
            start, line, items = hit
            ds, dl = section.start - start, section.first - line
            if ds or dl:
                new = tuple.__new__
                items = [
                    new(ActionItem, (t, o, d, n + dl, a + ds, e + ds, c))
                    for t, o, d, n, a, e, c in items
                ]
        for item in items:
            self.found.setdefault(item.start, item)

    def _section(self, section: MeetingSection) -> None:
        outline = self.outline
        text = outline.text
        if section.source == "label":
            line_end = outline.line_end(section.first)
            rest = text[section.body : line_end].strip(" \t*_")
            if rest.lower() in ("text", "...", "…"):
                return  # a template's "ACTION: text"
            start = outline.line_starts[section.first - 1]
            who = self._people_in(rest) if rest else None
            if who and self._owned_items(start, who):  # "To do: Ana and Ben" over items
                return
            if rest and _is_subject(rest) and self._owned_items(start, ()):
                return  # "Todo: Infrastructure" over the items to do
            if rest and not _EMPTY.fullmatch(rest):  # "Next steps: write the abstract"
                _line, checked = item_text(text[start:line_end])
                self._add(start, line_end, rest, self._in_carried(start), bool(checked))
                return
            body = line_end
            if not text[line_end : section.end].strip():
                self._flat_label(section)
                return
        else:
            body = section.body
        carried = section.role == "carryover"
        if section.source == "heading" and section.role == "actions":
            self._heading_body(body, section.end)
            return
        # a past meeting's notes under a carry-over heading ("#### Discussion") are not
        # its actions: only the parts that hold actions or name nothing else
        end = section.end
        if section.source == "label":  # two blank lines end what a label governs
            gap = _TWO_BLANKS.search(text, body, end)
            end = gap.start() if gap else end
        spans = [(body, end)]
        for part in self.sections:
            if (
                section.start < part.start < section.end
                and part.source == "heading"
                and part.role in _NOT_ACTION_PARTS
            ):
                spans = [
                    c
                    for a, b in spans
                    for c in ((a, min(b, part.start)), (max(a, part.end), b))
                    if c[0] < c[1]
                ]
        remarks = section.source == "label"  # a label in the notes: remarks may follow
        for a, b in spans:
            self._entries(self.index.entries(a, b), carried, remarks=remarks)

    def _heading_body(self, start: int, end: int) -> None:
        """An action heading's paragraphs and lists: each paragraph is an action, and
        so is each item of a list, unless a paragraph ending with ':' introduces the
        list ("We would like to bring three options:" and the options)."""
        outline = self.outline
        first, last = outline.line_of(start), outline.line_of(max(end - 1, start))
        previous = None
        k = max(bisect_right(self._block_firsts, first) - 1, 0)
        blocks = []
        while k < len(self.blocks) and self.blocks[k].first <= last:
            if self.blocks[k].last >= first:
                blocks.append(self.blocks[k])
            k += 1
        skip, divisions = self._divisions(start, end)
        for k, block in enumerate(blocks):
            at = outline.line_starts[block.first - 1]
            if skip and block.kind != "list" and _inside(skip, at):
                continue  # a part of the section that holds no actions
            if block.kind == "paragraph":
                nxt = blocks[k + 1] if k + 1 < len(blocks) else None
                if not (nxt is not None and nxt.kind == "list" and self._names_actions(block)):
                    self._paragraph(block)
            elif block.kind == "table":
                self._table(block)
            elif block.kind == "list":
                introduced = (
                    previous is not None
                    and previous.kind == "paragraph"
                    and outline.line_text(previous.last).rstrip().endswith(":")
                    and not self._names_actions(previous)
                )
                if not introduced:
                    a = max(start, outline.line_starts[block.first - 1])
                    b = min(end, outline.line_end(block.last) + 1)
                    entries = self.index.entries(a, b)
                    if divisions:  # "3. Next actions": a title, over its actions
                        entries = [
                            k
                            for e in entries
                            if not _inside(skip, e.start)
                            for k in (e.kids if e.start in divisions else (e,))
                        ]
                    self._entries(entries, carried=False)
            previous = block

    def _divisions(self, start: int, end: int) -> tuple[list[tuple[int, int]], set[int]]:
        """An action heading divided by numbered titles ("1. Help needed", "2. Decisions
        needed", "3. Next actions"): the spans of the parts whose title names no actions,
        and the titles' starts. Nothing when the titles do not divide it so."""
        numbered = _NUMBERED_TITLE.findall(self.outline.text, start, end)
        if len(numbered) < 2 or not any(_ACTION_WORDS.search(t) for t in numbered):
            return [], set()  # (the quick test: most action sections have no titles)
        roots = self.index.entries(start, end)
        titles = [e for e in roots if self._is_division(e)]
        naming = [_ACTION_WORDS.search(e.text) is not None for e in titles]
        if len(titles) < 2 or not any(naming) or all(naming):
            return [], set()
        skip = []
        for i, (title, names) in enumerate(zip(titles, naming, strict=True)):
            if not names:
                stop = titles[i + 1].start if i + 1 < len(titles) else end
                skip.append((title.start, stop))
        return _merged(skip), {t.start for t in titles}

    def _is_division(self, entry: Entry) -> bool:
        """A numbered title of a part: "2. Decisions needed", "- 1.1 Open PRs"."""
        line = self.outline.line_text(entry.line)
        return (
            _DIVISION.match(line) is not None
            and len(entry.text.split()) <= 12
            and not entry.text.rstrip().endswith((".", "?", "!"))
        )

    def _table(self, block: Block) -> None:
        """A table under an action heading: each body row is an action, its text the
        description column (else the row's longest cell that is not an id like
        ``78.1``), its owners those of an owner column (a table that has owners gives
        them a column). A table whose rows are all short titles ("Client Updates",
        "Altair Planning", with video references) lists topics, not actions."""
        outline = self.outline
        text = outline.text
        if block.last - block.first < 2:
            return
        head = (outline.line_starts[block.first - 1], outline.line_end(block.first))
        header = [_bare(text[a:b]).lower() for a, b in table_cells(text, *head)]
        says = _column(header, _DESCRIBES_FIRST) or _column(header, _DESCRIBES)
        who = _column(header, _OWNER_HEADER)
        rows = []
        for line in range(block.first + 2, block.last + 1):
            start, end = outline.line_starts[line - 1], outline.line_end(line)
            cells = [_bare(text[a:b]) for a, b in table_cells(text, start, end)]
            if says is not None and says < len(cells) and not _TABLE_ID.fullmatch(cells[says]):
                what = cells[says]
            else:
                what = max(
                    (c for i, c in enumerate(cells) if i != who and not _TABLE_ID.fullmatch(c)),
                    key=len,
                    default="",
                )
            owners: tuple[str, ...] = ()
            if who is not None and who < len(cells):
                owners = tuple(n.strip() for n in re.split(r"[,/&]|\band\b", cells[who]))
            if not _is_empty(what):
                rows.append((start, end, what, tuple(n for n in owners if n)))
        if who is None and all(len(what.split()) <= 3 for _s, _e, what, _o in rows):
            return  # titles: the topics of the meeting under a wrong header
        for start, end, what, owners in rows:
            self._add(start, end, what, carried=self._in_carried(start))
            self.found[start] = self.found[start]._replace(owners=owners)

    def _entries(
        self, entries: Sequence[Entry], carried: bool, nested: bool = False, remarks: bool = False
    ) -> None:
        """The actions of ``entries``; ``remarks``: under a label, where remarks of fact
        ("Jupyter Lab is testing the bot now") sit among the actions."""
        # A list that lost its nesting (a paste): when its first item has a box and others
        # have none, the boxed items are the actions and the plain ones their notes, but
        # for the plain items a bare label ("TODO:") introduces, up to the next boxed one.
        flat = (
            not nested
            and bool(entries)
            and entries[0].boxed
            and not any(e.kids for e in entries)
            and not all(e.boxed for e in entries)
        )
        under_label = False
        # A list of items with one "Name of a thing:" among them: that one is an item too
        # ("Implement new opcode", "extra protocol things:" over its details)
        titles = plain = 0
        if any(e.kids and e.text.endswith(":") for e in entries):
            titles = sum(1 for e in entries if e.kids and _is_label(e.text))
            plain = sum(1 for e in entries if not _is_label(e.text))
        for entry in entries:
            if flat:
                if entry.boxed:
                    under_label = False
                elif _is_label(entry.text):
                    under_label = True
                    continue
                elif not under_label:
                    continue
            if _is_empty(entry.text):
                continue
            if remarks and not entry.boxed and _states_fact(entry.text):
                continue  # "Jupyter Lab is testing the bot now": a remark, with its notes
            if (
                entry.kids
                and _is_label(entry.text)
                and not (plain > titles and _is_colon_title(entry.text))
            ):  # "**Docker hub**", "todo", "Next steps:"
                self._entries(entry.kids, carried, remarks=True)
                continue
            if not nested and not entry.boxed and _holds_tasks(entry):
                # a topic bullet over the tasks it led to: the tasks are the actions
                self._entries(entry.kids, carried, nested=True)
                continue
            if not nested and not entry.boxed and self._titles_tasks(entry):
                # "Group learning" over "Create a playground ...": the tasks are the actions
                for kid in entry.kids:
                    if not _is_empty(kid.text):
                        self._entry(kid, carried)
                continue
            if nested and not entry.boxed:
                continue  # a note on the action above
            self._entry(entry, carried)
            self._entries(entry.kids, carried, nested=True)

    def _titled_lists(self) -> None:
        """A line of its own that names actions among other things, without a colon
        ("Take Home Messages / Actions / Planning"), right over a list: of its items,
        those that state work to do (see :meth:`_states_work`)."""
        outline = self.outline
        for k, block in enumerate(self.blocks[:-1]):
            nxt = self.blocks[k + 1]
            if block.kind != "paragraph" or block.first != block.last:
                continue
            if nxt.kind != "list" or nxt.first != block.last + 1:
                continue
            line = outline.line_text(block.first).strip()
            if not _ACTION_WORDS.search(line) or line.endswith((":", ".", "?", "!")):
                continue
            if len(line.split()) > 8 or label_role(line) != "actions":
                continue
            for entry in self.index.entries(*_span(outline, nxt)):
                self._states_work(entry)

    def _states_work(self, entry: Entry) -> None:
        """``entry`` as an action if it states work to do (a task box, a verb first,
        "Name to ..."), or its items if it is a title over tasks; else nothing."""
        carried = self._in_carried(entry.start)
        if self._titles_tasks(entry):
            for kid in entry.kids:
                if not _is_empty(kid.text) and kid.start not in self.found:
                    self._entry(kid, carried)
            return
        first = entry.text.split(" ", 1)[0].lower()
        if entry.start not in self.found and (
            entry.boxed or first in _IMPERATIVES or self._name_to(entry.text)
        ):
            self._entry(entry, carried)

    def _owned_items(self, start: int, owners: tuple[str, ...]) -> bool:
        """The items nested under the list item at ``start`` as actions of ``owners``
        (a label naming the actions and who owns them); False if it has none."""
        number = self.outline.line_of(start)
        k = bisect_right(self._block_firsts, number) - 1
        if k < 0 or self.blocks[k].kind != "list" or self.blocks[k].last <= number:
            return False
        entry = _find(self.index.entries(*_span(self.outline, self.blocks[k])), start)
        if entry is None or not entry.kids:
            return False
        carried = self._in_carried(start)
        for kid in entry.kids:
            if not _is_empty(kid.text):
                self._entry(kid, carried)
                if not self.found[kid.start].owners:
                    self.found[kid.start] = self.found[kid.start]._replace(owners=owners)
        return True

    def _owned_labels(self) -> None:
        """ "**Sarah:** her action items" over items: Sarah's actions."""
        for start, group in self._assignments.owned:
            if start in self.found or self.outline.in_code(start):
                continue
            who = self._people_in(group)
            if who:
                self._owned_items(start, who)

    def _people_in(self, group: str) -> tuple[str, ...] | None:
        """The names of ``group`` if it only names people ("OM and Arielle"; not
        "Infrastructure", a word the note also writes in lower case)."""
        names = names_in(group)
        if names and all(self._is_person(n) or self._never_lower(n) for n in names):
            return names
        return None

    def _titles_tasks(self, entry: Entry) -> bool:
        """A short title naming a subject, not itself a task ("Our amount of logs"),
        over items of which one at least starts with a verb ("Figure out ...")."""
        text = entry.text.strip()
        words = text.split()
        if not entry.kids or not words or len(words) > 8 or text.endswith((".", ":", "?")):
            return False
        if words[0].lower() in _IMPERATIVES or owners_of(text):
            return False
        return any(k.text.split(" ", 1)[0].lower() in _IMPERATIVES for k in entry.kids)

    def _flat_label(self, section: MeetingSection) -> None:
        """A bare "TODO:" item with nothing nested under it, in a list that lost its
        nesting: the plain items after it, up to the next boxed one, are its actions."""
        start = self.outline.line_starts[section.first - 1]
        k = bisect_right(self._block_firsts, section.first) - 1
        if k < 0 or self.blocks[k].kind != "list":
            return
        roots = self.index.entries(*_span(self.outline, self.blocks[k]))
        at = next((i for i, e in enumerate(roots) if e.start == start), None)
        if at is None or any(e.kids for e in roots):
            return
        for entry in roots[at + 1 :]:
            if entry.boxed or _is_label(entry.text):
                break
            if not _is_empty(entry.text):
                self._entry(entry, self._in_carried(entry.start))

    def _owners(self, text: str, end: int) -> tuple[str, ...]:
        """``owners_of(text)``; for a wrapped item whose owner ends it ("... on the
        HTML pages (Jilayne & Gary)"), read with its continuation lines."""
        owners = owners_of(text)
        if not owners and end < len(self.outline.text):
            more = _wrapped(self.outline.text, end)
            owners = owners_of(f"{text} {more}") if more else owners
        return owners

    def _entry(self, entry: Entry, carried: bool) -> None:
        text, struck = unstrike(entry.text)
        task = self.boxes.get(entry.start)
        done = bool(entry.checked) or struck
        if task is not None:
            done = done or task.checked
        if text[:1] in _BALLOT:  # "☐ send the notes", "☑ ...": a box drawn as a character
            done = done or _BALLOT[text[0]]
            text = text[1:].lstrip()
        owners = self._owners(text, entry.end)
        if not owners:  # "- Send the notes" over "- Owner: Ken"
            said = next((m for k in entry.kids if (m := _OWNER_LINE.fullmatch(k.text))), None)
            owners = names_in(said.group(1)) or () if said else ()
        self.found[entry.start] = ActionItem(
            text,
            owners,
            done,
            self.outline.line_of(entry.start),
            entry.start,
            entry.end,
            carried,
        )

    def _names_actions(self, block: Block) -> bool:
        """A paragraph that introduces the actions below it: "Those present recalled the
        actions from the last meeting:" (not "We would like to bring three options:")."""
        line = self.outline.line_text(block.last).rstrip()
        return line.endswith(":") and bool(_ACTION_WORDS.search(line))

    def _paragraph(self, block: Block) -> None:
        outline = self.outline
        line_start = outline.line_starts[block.first - 1]
        line_end = outline.line_end(block.first)
        line = outline.text[line_start:line_end]
        if (
            _DATE_LINE.fullmatch(line.strip())
            or _DATE_LINK.fullmatch(line.strip())  # "[2022-06-15](https://...)": a date
            or _is_empty(line)
            or _NEXT_MEETING.search(line)
            or _ATTRIBUTES.fullmatch(line.strip())  # kramdown's "{: #act}"
            or _NARRATES.match(line.strip())  # "Joe asked people about ...": minutes
        ):
            return
        self._add(line_start, line_end, line, carried=False)

    def _add(self, start: int, end: int, line: str, carried: bool, done: bool = False) -> None:
        text, struck = unstrike(line.strip())
        if start in self.found:
            return
        self.found.setdefault(
            start,
            ActionItem(
                text,
                self._owners(text, end),
                done or struck,
                self.outline.line_of(start),
                start,
                end,
                carried,
            ),
        )

    # -- anywhere ----------------------------------------------------------------------

    def _task_items(self) -> None:
        """Task items that are neither agenda topics nor attendee entries."""
        for task in self.boxes.values():
            if task.start in self.found or task.start in self.topic_starts:
                continue
            if _is_empty(task.text) or self.outline.in_code(task.start):
                continue
            if _inside(self.agendas, task.start) and (
                task.depth == 0 or not self._states_task(task.text)
            ):
                continue  # an agenda's own discussed-box, or a note with a box
            if self._in_people(task.start):
                continue
            text, struck = unstrike(task.text)
            self.found[task.start] = ActionItem(
                text,
                owners_of(text),
                task.checked or struck,
                task.line,
                task.start,
                task.end,
                self._in_carried(task.start),
            )

    def _name_to_lines(self) -> None:
        """ "Lex to set up a folder": a decision written as an action, as a list item
        or a paragraph's first line."""
        outline = self.outline
        text = outline.text
        firsts = self._block_firsts
        for start, body_at, marked in self._assignments.name_to:
            if start in self.found or start in self.topic_starts or outline.in_code(start):
                continue
            number = outline.line_of(start)
            k = bisect_right(firsts, number) - 1
            if k < 0:
                continue
            block = self.blocks[k]
            if not (
                (
                    block.kind == "list"
                    and block.last >= number
                    and (marked or _ends_clause(outline, number - 1))
                )
                or (
                    block.kind == "paragraph"
                    and (block.first == number or _ends_sentence(outline, number - 1))
                )
            ):
                continue
            line_end = outline.line_end(number)
            body = text[body_at:line_end].strip()
            if self._name_to(body):
                self._add(start, line_end, body, carried=self._in_carried(start))

    def _mid_line_assignments(self) -> None:
        """ "Name to <verb>" after a separator in the middle of a line ("<link> -> Jack
        to add link // ..."), or a group's assignment answering a bold question
        ("**Other feedback?** - legal team to make revisions")."""
        outline = self.outline
        text = outline.text
        for start, answer, who in self._assignments.mid:
            if start in self.found or outline.in_code(start):
                continue
            line_end = outline.line_end(outline.line_of(start))
            body = text[start:line_end].strip().rstrip("/").strip()
            if answer:
                words = who.split()
                if len(words) > 3 or words[0].lower() in _NOT_SUBJECTS:
                    continue
                owners = names_in(who) or (who,)
            elif self._name_to(body):
                owners = owners_of(body)
            else:
                continue
            self._add(start, line_end, body, carried=self._in_carried(start))
            if not self.found[start].owners:
                self.found[start] = self.found[start]._replace(owners=owners)

    def _next_steps(self) -> None:
        """ "- Next steps identifying the agenda": a next step written without a colon."""
        outline = self.outline
        for start in self._assignments.steps:
            if start not in self.found and not outline.in_code(start):
                end = outline.line_end(outline.line_of(start))
                body, checked = item_text(outline.text[start:end])
                self._add(start, end, body, self._in_carried(start), bool(checked))

    def _joint_assignments(self) -> None:
        """ "Jaime & Sylvain: Make sure ...": people named together (not one speaker),
        then a verb: what they are to do."""
        outline = self.outline
        for start in self._assignments.joint:
            if start in self.found or start in self.topic_starts or outline.in_code(start):
                continue
            line_end = outline.line_end(outline.line_of(start))
            body, checked = item_text(outline.text[start:line_end])
            if owners_of(body):
                self._add(start, line_end, body, self._in_carried(start), bool(checked))

    def _name_to(self, body: str) -> bool:
        """ "Lex to set up ...": the words before "to" name people at the meeting (or
        are initials or handles)."""
        if NAME_TO.match(body) is None:
            return False
        head = _CONNECTIVE.sub("", _LEAD_LABEL.sub("", body, count=1), count=1)
        subject = head.split(" to ", 1)[0]
        names = [n.strip() for n in re.split(r",|&|\band\b", subject) if n.strip()]
        if names and _DECIDED.match(body):  # "Resolution: Chrome to ignore ...": who is
            return all(n[:1].isupper() and len(n.split()) <= 3 for n in names)  # to act
        if not names:
            return False
        verb = head.split(" to ", 1)[1].split(" ", 1)[0] if " to " in head else ""
        if verb in _IMPERATIVES:  # "Emery to prepare ...": a word never written in lower
            return all(self._is_person(n) or self._never_lower(n) for n in names)  # case
        return all(self._is_person(n) for n in names)

    def _never_lower(self, name: str) -> bool:
        """One capitalised word that the note never writes in lower case."""
        word = name.lower()
        if " " in name or not name[:1].isupper() or not name.isalpha() or name.isupper():
            return False
        if word in _NOT_SUBJECTS or word in _BEFORE_TO or word.endswith("ing"):
            return False
        self._proper_nouns()
        return name.lower() not in self._lower_words

    def _is_person(self, name: str) -> bool:
        """Someone at the meeting, initials, a handle, or a proper name: a capitalised
        word the note never writes in lower case ("Jack", "Chrome"; not "Trying")."""
        if name.startswith("@") or _INITIALS.fullmatch(name):
            return True
        words = name.split()
        if not words or words[0].lower() in _NOT_SUBJECTS:
            return False
        if words[0].lower() in self.people:  # "Min", not "Min Expected JupyterCon"
            return all(w.lower() in self.people for w in words[1:])
        return all(w in self._proper_nouns() for w in words)

    def _proper_nouns(self) -> frozenset[str]:
        """Words the note capitalises in the middle of a sentence and never writes in
        lower case: names ("asked Jack", "in Chrome"), not "Trying" or "Nice"."""
        if self._lowers is None:  # piece by piece, each piece's words cached by its text
            lower: set[str] = set()
            capital: set[str] = set()
            for low, cap in _piece_words.many(self.outline.piece_texts):
                lower.update(low)
                capital.update(cap)
            self._lowers = frozenset(w for w in capital if w.lower() not in lower)
            self._lower_words = frozenset(lower)
        return self._lowers

    def _states_task(self, text: str) -> bool:
        """A boxed note that says what someone will do: "Name will/to ...", "TODO",
        or an imperative ("send a PR", "(MRB) put in docs PR")."""
        bare = _PROPOSER_LEAD.sub("", text.strip(), count=1)
        if "todo" in bare.lower() or self._name_to(bare):
            return True
        if re.match(rf"{NAME}(?:[ \t]+and[ \t]+{NAME})?[ \t]+will[ \t]", bare):
            return self._is_person(bare.split(" will ", 1)[0].split(" and ")[0])
        first = bare.split(" ", 1)[0].lower()
        return first in _IMPERATIVES


@piece_cache
def _piece_words(piece: str) -> tuple[frozenset[str], frozenset[str]]:
    """The lower-case words and the mid-sentence capitalised words of ``piece``."""
    prose = _URL.sub(" ", piece)
    return frozenset(_LOWER_WORD.findall(prose)), frozenset(_MID_CAPITAL.findall(prose))


def _bare(cell: str) -> str:
    """A table cell's text without the spaces and emphasis around it."""
    return cell.strip().strip("*_`").strip()


def _column(header: list[str], pattern: re.Pattern[str]) -> int | None:
    return next((i for i, h in enumerate(header) if pattern.search(h)), None)


def _ends_clause(outline: Outline, line: int) -> bool:
    """Whether line ``line`` ends a sentence or with a separator ("... add link //"):
    a wrapped item's next line may start a new assignment."""
    end = outline.line_text(line).rstrip()
    return end.endswith(("//", " -", " –", " —", "->")) or end[-1:] in (".", ";", "!", "?")


def _ends_sentence(outline: Outline, line: int) -> bool:
    """Whether line ``line`` ends a sentence or a clause: the next line starts afresh
    ("Discussing #645;" then "Martin to have a look.")."""
    return outline.line_text(line).rstrip()[-1:] in (".", ";", "!", "?")


def _span(outline: Outline, block: Block) -> tuple[int, int]:
    return outline.line_starts[block.first - 1], outline.line_end(block.last) + 1


_MARKER_LINE = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")


def _wrapped(text: str, end: int, most: int = 4) -> str:
    """The indented lines that continue the line ending at ``end`` (a wrapped list
    item), joined; "" if the next line is blank, unindented or a new item."""
    out: list[str] = []
    at = end + 1
    while len(out) < most and at < len(text):
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        line = text[at:stop]
        if not line.strip() or not line[:1].isspace() or _MARKER_LINE.match(line):
            break
        out.append(line.strip())
        at = stop + 1
    return " ".join(out)


def _tag_walk(entry: Entry, who: str | None, out: dict[int, str]) -> None:
    m = _NAME_TAG.match(entry.text)
    if m and _TOPIC_AFTER_TAG.match(entry.text, m.end()):
        who = None  # "[name=X] Is there interest in ...?": who proposed a topic, not a report
    elif m:
        who = m.group(1)
    elif who:
        out[entry.start] = who
    for kid in entry.kids:
        _tag_walk(kid, who, out)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The union of ``spans`` as sorted, disjoint spans."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` is in one of ``spans`` (sorted and disjoint: see _merged)."""
    i = bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def _ends_naming_actions(label: str) -> bool:
    """Whether the label ends with words for actions ("Review action items"; not "Task
    Force Telco")."""
    words = normalize(label).split()
    return any(label_role(" ".join(words[i:]), 0) == "actions" for i in range(len(words)))


def _is_subject(text: str) -> bool:
    """A few words naming a subject, not a task ("Infrastructure", "CI and docs")."""
    words = text.split()
    return (
        len(words) <= 4
        and words[0].lower() not in _IMPERATIVES
        and not owners_of(text)
        and not text.endswith((".", "?", "!"))
    )


def _states_fact(text: str) -> bool:
    """A remark on how things are or were ("Yuvi had not intended to release it", "The
    project is two parts:"), not something to do: a subject, then "is", "had"..., and
    no owner to act on it ("Kate is working on the docs" is Kate's)."""
    return _STATES.match(text) is not None and not owners_of(text)


def _find(entries: Sequence[Entry], start: int) -> Entry | None:
    """The entry that starts at ``start`` in the trees ``entries``."""
    for entry in entries:
        if entry.start == start:
            return entry
        if entry.kids and entry.kids[0].start <= start:
            found = _find(entry.kids, start)
            if found is not None:
                return found
    return None


def _holds_tasks(entry: Entry) -> bool:
    """Whether task items (or a label over items) sit under ``entry``."""
    return any(k.boxed or (k.kids and _is_label(k.text)) for k in entry.kids)


def _is_empty(text: str) -> bool:
    return bool(_EMPTY.fullmatch(text.strip()))


def _is_colon_title(text: str) -> bool:
    """A thing's name ending with a colon ("extra protocol things:"), not bold and not
    naming actions ("todo:", "Next steps:", "CI TODOs:")."""
    text = text.strip()
    return (
        text.endswith(":")
        and not _BOLD_ONLY.fullmatch(text)
        and not _ACTION_WORDS.search(text)  # "Self-hosting CI TODOs:" names actions
    )


def _is_label(text: str) -> bool:
    """An item that only names the actions under it: bold alone, "Label:", or a word
    for actions ("todo", "Next steps")."""
    text = text.strip()
    if _BOLD_ONLY.fullmatch(text) or (text.endswith(":") and len(text) <= 40):
        return True
    return label_role(text, 0) == "actions" and bool(_LABEL_ITEM.fullmatch(text))


def parse_action_items(outline: Outline, checklist: tuple[TaskItem, ...]) -> tuple[ActionItem, ...]:
    """The action items of the note, found on their own (the parse finds them with the
    rest: ``parse_meeting``)."""
    blocks = scan_blocks(outline)
    sections = find_sections(outline, blocks, outline.body_start)
    topics = find_topics(outline, parse_agenda(outline, checklist), sections, blocks)
    return find_actions(outline, blocks, sections, checklist, topics)
