"""The words people use to label the parts of a meeting note: one table, data not code.

A label ("## 👥 Attendees (sign yourself in)", "**Regrets:**", "Anwesend:", "# Agenda:
[issues](…)") is reduced to its head words (:func:`normalize`) and its *head* is looked
up here: the role belongs to a label that starts with one of the phrases, after a few
modifiers ("new", "open", "your", "today's"). A label that only *contains* a phrase
further on ("Topics from attendees", "Review of action items", "Non-members") does not
take that phrase's role. Add a language or a synonym by adding a phrase to the table.
"""

from __future__ import annotations

import re
from functools import lru_cache

from noteapp.core.text.text_cache import LINES

# role -> the phrases that name it when they open a label (lower case, single spaces).
# The longest phrase that opens a label wins ("previous action items" over "action items").
# fmt: off
VOCABULARY: dict[str, tuple[str, ...]] = {
    "attendees": (
        "attendees", "attendee", "attendee list", "attending", "attendance", "in attendance",
        "participants", "participant", "participating", "present", "people present",
        "members present", "present/contributing", "present/contributors", "roll call",
        "roll-call", "rollcall", "check-in", "check in", "checkin", "sign in", "sign-in",
        "signed in", "sign yourself in", "who's here", "whos here", "who is here",
        "intend to attend", "plan to attend", "planning to attend", "guests", "guest",
        "observers", "people", "remote", "anwesend", "anwesende", "teilnehmer", "teilnehmende",
        "teilnehmer*innen", "présents", "présent", "presents", "participants présents",
        "présent·e·s", "asistentes", "presentes", "participantes", "presenti", "partecipanti",
        "aanwezig", "aanwezigen", "deelnemers", "参会人", "参会人员", "与会者", "出席",
        "出席者", "参加者", "参加", "リモート",
    ),
    "apologies": (
        "apologies", "apologies/contributing", "regrets", "absent", "absentees", "excused",
        "could not attend", "couldn't attend", "unable to attend", "not present",
        "not attending", "sent apologies", "declined", "entschuldigt", "abwesend", "excusés",
        "excusé", "absents", "absentes", "ausentes", "excusados", "assenti", "afwezig", "缺席",
        "请假", "欠席",
    ),
    "roles": (  # a role held in the meeting: the names are not an attendance list
        "chair", "chairs", "co-chair", "co-chairs", "chairperson", "scribe", "scribes",
        "scribe(s)", "scribe/s", "note taker", "note-taker", "notetaker", "note takers",
        "notes by", "minutes by", "minutes taken by", "recorded by", "compiled by", "moderator",
        "moderators", "facilitator", "facilitators", "host", "hosts", "lead", "leads",
        "meeting lead", "administrator", "timekeeper", "secretary", "vorsitz", "protokoll",
        "président", "secrétaire", "主席", "副主席", "主持", "主持人", "记录", "司会", "書記",
        "presenter", "presenters", "speaker", "speakers", "backup",
    ),
    "agenda": (
        "agenda", "agenda items", "agenda and notes", "agenda & notes", "agenda / notes",
        "agenda/notes", "topics", "topics for discussion", "discussion topics",
        "standing items", "active votes", "discussion points", "breakout topics",
        "new business", "old business", "order of business", "order of the day",
        "items for discussion", "items to discuss", "things to discuss", "queue",
        "breakout room", "breakout rooms", "breakouts", "possible breakouts",
        "agenda item suggestions", "agenda suggestions", "suggested topics",
        "topic suggestions", "topic ideas", "proposed topics",
        "discussion queue", "open discussion queue", "topic queue", "tagesordnung",
        "themen", "ordre du jour", "orden del día", "ordine del giorno", "pauta",
        "agenda do dia", "议程", "会议议程", "议题", "議題", "アジェンダ",
    ),
    "minutes": (
        "minutes", "meeting minutes", "notes", "meeting notes", "discussion", "discussions",
        "protokoll", "notizen", "compte rendu", "compte-rendu", "procès-verbal",
        "acta", "verbale", "notulen", "会议纪要", "纪要", "议事录", "議事録", "会议分享与讨论",
        "transcript",
    ),
    "actions": (
        "action items", "action item", "actions", "action", "action points", "action point",
        "action list", "todo", "todos", "to do", "to-do", "to-dos", "tasks", "next steps",
        "next step", "homework", "things to be done", "things to do", "follow-up actions",
        "follow-ups", "follow ups", "follow-up", "follow up", "follow-up items", "assignments",
        "decisions/action items", "decisions and actionables", "decisions and actions",
        "decisions and action items", "actionables", "action points and decisions",
        "aufgaben", "offene punkte", "actions à mener", "tâches",
        "acciones", "tareas", "azioni", "acties", "待办", "待办事项", "行动项", "后续工作",
    ),
    "carryover": (
        "previous action items", "check in on previous action items",
        "action items from last meeting", "action items from the last meeting",
        "action items from previous meeting", "actions from last meeting",
        "actions from previous meeting", "open action items", "outstanding action items",
        "pushed to next meeting", "deferred to next meeting",
        "outstanding items from the previous meeting", "from previous meeting",
        "from previous meetings", "last meeting", "stuff from last week",
        "move to issue tracker", "meetings ago", "carried over", "carry-over", "carry over",
    ),
    "when": (
        "when", "time", "date", "date and time", "date & time", "date/time", "meeting date",
        "meeting time", "meeting date/time", "meeting date and time", "start", "starts",
        "datum", "zeit", "uhrzeit", "date et heure", "heure", "fecha", "hora", "data", "日時",
        "会议时间", "本次会议时间", "时间", "日期",
    ),
    "decisions": (  # what was decided: neither topics nor actions
        "decisions", "decision", "resolutions", "resolution", "resolved", "decisions made",
        "summary of resolutions", "consensus", "beschlüsse", "entscheidungen", "décisions",
        "résolutions", "decisiones", "acuerdos", "决议", "决定",
    ),
    "summary": (  # a summary of the meeting: neither its topics nor their notes
        "summary", "tl;dr", "tl dr", "tldr", "executive summary", "highlights",
        "zusammenfassung", "résumé", "resumen", "摘要", "总结", "会议概况", "概况", "概要",
    ),
    "next_meeting": (  # when and where the next one is: not this meeting's topic
        "next meeting", "next meeting date", "next call", "next meetings", "upcoming meetings",
        "nächstes treffen", "nächste sitzung", "prochaine réunion", "próxima reunión",
        "下次会议", "下次会议安排",
    ),
    "chat": ("zoom chat", "chat log", "meeting chat", "chat transcript"),
    "logistics": (  # how to join: never an agenda topic
        "call", "call-in", "call-in details", "call in details", "dial-in", "dial in", "zoom",
        "zoom link", "video call", "meeting link", "link", "links", "location", "place",
        "where", "venue", "room", "chat", "repository", "recording", "video", "duration",
        "purpose", "status", "agenda doc", "notes doc", "hackmd", "meeting notes doc",
        "会议地点", "地点", "本次地点", "会议接入方式",
        "本次会议接入方式", "会议密码",
        "录屏链接",
    ),
}
# fmt: on

# Labels that name a group of agenda items, not a topic: under "Announcements" each
# announcement is a topic (as under "New business:", which the agenda phrases hold).
GROUP_LABELS = frozenset(
    (
        "announcements", "current proposals", "proposals", "new proposals", "updates",
        "news", "other updates", "carry-over from previous meetings", "reports", "tabled",
        "parked", "deferred", "postponed", "backlog", "subteam updates", "team updates",
        "working group updates", "status updates", "open issues", "issues", "open prs",
        "pull requests", "open pull requests",
        "ankündigungen", "mitteilungen", "annonces", "informations", "anuncios", "公告",
        "通知",
    )
)  # fmt: skip

# Words that may open a label without changing what it names.
MODIFIERS = frozenset(
    [
        "the",
        "our",
        "your",
        "this",
        "today's",
        "todays",
        "this",
        "week's",
        "new",
        "open",
        "proposed",
        "draft",
        "current",
        "final",
        "meeting",
        "weekly",
        "monthly",
        "main",
        "general",
        "our",
        "upcoming",
        "recurring",
        "standing",
        "remaining",
        "other",
    ]
)

# Markup, emoji and punctuation stripped from a label before it is looked up.
_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_TAG = re.compile(r"<[^>\n]*>")
_EMOJI_CODE = re.compile(r":[a-z0-9_+-]+:")
_PARENS = re.compile(r"\([^()\n]*\)|（[^（）\n]*）|\[[^\[\]\n]*\]")
_NOT_WORD = re.compile(r"[^\w\s/&'’*·-]+")
_NUMBERING = re.compile(r"^(?:\d+(?:\.\d+)*[.)]?|[ivx]+[.)])\s+")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=LINES)
def normalize(label: str) -> str:
    """The head words of a label: no markup, emoji, links' targets, remarks in
    parentheses, text after a colon, numbering; lower case, single spaces."""
    text = _LINK.sub(r"\1", label)
    text = _TAG.sub(" ", text)
    text = _EMOJI_CODE.sub(" ", text).replace("\\", "")
    for colon in (":", "："):
        head, sep, _rest = text.partition(colon)
        if sep and head.strip(" *_`"):
            text = head
    text = _PARENS.sub(" ", text)
    text = text.replace("*", " ").replace("`", " ").replace("_", " ")
    text = _NOT_WORD.sub(" ", text)
    text = _SPACES.sub(" ", text).strip(" -/&").lower().replace("’", "'")
    return _NUMBERING.sub("", text)


_BY_LENGTH: list[tuple[str, str]] = sorted(
    ((phrase, role) for role, phrases in VOCABULARY.items() for phrase in phrases),
    key=lambda pair: -len(pair[0]),
)


@lru_cache(maxsize=LINES)
def label_role(label: str, tail: int = 3) -> str | None:
    """The role a label names (a key of :data:`VOCABULARY`), or None.

    ``"👥 Attendees (sign yourself in)"`` -> "attendees", ``"Regrets:"`` -> "apologies",
    ``"Topics from attendees"`` -> "agenda" (its head is "topics"), ``"Review of action
    items"`` -> None. A label with a slash names the role of its first part that has
    one ("Decisions/Action Items" -> "actions"), unless the whole is a phrase. At most
    ``tail`` words may follow the phrase ("Actions from December meeting"): a title such
    as "Minutes of the Executive Council meeting of April 20" names no section.
    """
    words = normalize(label)
    if not words:
        return None
    role = _head_role(words, tail)
    if role is None and ("/" in words or " and " in words or " & " in words):
        # "Decisions/Action Items", "Breakout rooms and agenda item suggestions": the
        # first part that names a role
        for part in re.split(r"/| and | & ", words):
            role = _head_role(part.strip(), tail)
            if role is not None:
                break
    return role


def _head_role(words: str, tail: int) -> str | None:
    """The role of the phrase that opens ``words``, with or without the modifiers
    before it ("standing items" is a phrase, "standing topics" is "topics")."""
    tokens = words.split(" ")
    while True:
        role = _phrase_role(" ".join(tokens), tail)
        if role is not None or len(tokens) < 2 or tokens[0] not in MODIFIERS:
            return role
        tokens.pop(0)


# Each phrase's role (a phrase listed under two roles: the first, as the longest-first
# scan over _BY_LENGTH found it), and the phrases' lengths, longest first: a head is
# looked up by its own prefixes, not compared with every phrase.
_ROLE_OF: dict[str, str] = {}
for _phrase, _role in _BY_LENGTH:
    _ROLE_OF.setdefault(_phrase, _role)
# by the phrases' first character: a head is tried only against the lengths of phrases
# that open with its own first character
_LENGTHS: dict[str, tuple[int, ...]] = {
    first: tuple(sorted({len(p) for p in _ROLE_OF if p[0] == first}, reverse=True))
    for first in {phrase[0] for phrase in _ROLE_OF}
}


def _phrase_role(head: str, tail: int) -> str | None:
    """The role of the longest phrase that opens ``head`` as whole words (or, for a
    phrase in a script without spaces, as characters), if the rest is short enough."""
    for length in _LENGTHS.get(head[:1], ()):
        if length > len(head):
            continue
        phrase = head[:length]
        role = _ROLE_OF.get(phrase)
        if role is None:
            continue
        if length == len(head):
            return role
        if head[length] in " /":
            rest = head[length:].strip(" /")
            return role if len(rest.split()) <= tail else None
        if not phrase.isascii():  # CJK: no spaces
            return role if len(head) - length <= 2 * tail else None
    return None


def trie_pattern(phrases: set[str] | frozenset[str]) -> str:
    """A regular expression matching any of ``phrases``, written as a trie
    (``a(?:ttendees|pologies)``): Python's ``re`` tries an alternation of many literals
    one by one at every position, a trie in one pass."""
    trie: dict[str, dict] = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return walk(trie)


_ACTION_WORD = re.compile(
    r"\b(?:actions?|action items?|todos?|to-dos?|tasks?|follow-?ups?)\b", re.I
)


def carries_actions(label: str) -> bool:
    """Whether a carry-over label carries earlier *actions* ("Check in on previous action
    items", "Open action items") rather than agenda topics ("Pushed to next meeting")."""
    return bool(_ACTION_WORD.search(label))
