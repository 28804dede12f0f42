"""Hand labels of the W3C Solid Community Group notes (solid/specification ``meetings/``).

Made by reading each file top to bottom, never by running the parser. Conventions:

* ``## Present`` lists plain names or WebID links; the name is the link text. No entry
  writes initials beside the name (the minutes' ``SC:``/``KK:`` prefixes are never
  paired with a name in the list), so ``initials`` is ``None``. A link to a profile page
  is the name's target, not a written handle: ``handle`` is set only where the entry
  writes one (``GitHub:[@TallTed]``).
* ``## Chair`` and ``## Scribe(s)`` name roles, not attendees; a lone ``*`` under
  ``## Regrets`` is an empty slot.
* Topics are the sub-headings of ``## Topics`` (or the ``## Agenda`` list); the unfilled
  template tail (``### Topic`` / ``PROPOSAL: text`` / ``ACTION: text``) is a placeholder.
* Actions: ``ACTION:`` lines, ``Action Item(s):`` labels and ``## Actions`` lists, and the
  carried-over "Name to do X" items listed under a review-of-actions heading (a ✅ marks
  one done). ``PROPOSAL:``/``RESOLVED`` lines are decisions.
* ``* Date: ...T14:00:00Z`` gives the start in UTC.
"""

from __future__ import annotations

from tests.core.labels._people import here
from tests.core.labels.schema import Action, NoteLabel, Topic

LABELS: tuple[NoteLabel, ...] = (
    NoteLabel(
        "w3c-solid/2020-04-08.md",
        attendees=(
            here("Sarven Capadisli"),
            here("Justin Bingham"),
            here("Ruben Verborgh"),
            here("Tim Berners-Lee"),
            here("Eric Prud'hommeaux"),
        ),
        date="2020-04-08",
        start=None,
        timezone=None,
        agenda=(
            Topic(24, "Status update on work in progress", None),
            Topic(25, "Some rough consensus items", None),
            Topic(26, "Auxiliary Resources", None),
            Topic(27, "Straw poll for WebSocket support", None),
        ),
        actions=(),
        why=(
            "'* Date: 2020-04-08' has no time and '* Duration: 90 minutes' no start: start "
            "None. The scribe (Sarven) is also in Present, listed once there. 'JB: Let's "
            "include websockets / notifications on next agenda' is a minute line, not an "
            "action."
        ),
    ),
    NoteLabel(
        "w3c-solid/2021-06-29.md",
        attendees=(
            here("Justin Bingham"),
            here("Kjetil Kjernsmo"),
            here("Ruben Verborgh"),
            here("Tim Berners-Lee"),
        ),
        date="2021-06-29",
        start=None,
        timezone=None,
        agenda=(Topic(34, "Secure Websockets", None),),
        actions=(
            Action(21, "Pick which repo to store minutes in GH", (), False),
            Action(
                62, "Determine github repo/location for meeting minutes", ("all editors",), False
            ),
            Action(63, "Update columns in solid/specification", ("KK",), False),
            Action(64, "Tag monthly items with a", ("KK",), False),
            Action(65, "Move items for this month into that milestone", ("KK",), False),
            Action(66, "Identify and/or create reference issue", ("JB",), False),
            Action(67, "Review proposed websocket doc", ("all editors",), False),
        ),
        why=(
            "Present uses '-' bullets, Scribes '*'; Sarven Capadisli appears only under "
            "'## Scribes', so is not an attendee. No agenda: the one sub-heading of '## "
            "Minutes' ('### Secure Websockets') is the topic; the 'KK: Items to triage' list "
            "is what KK said. Actions: the inline 'Action Item:' line (21, no owner) and the "
            "six items of 'Action Items:' (owners in the trailing parentheses, '(all "
            "editors)' kept as written). Lines 21 and 62 are the same decision worded twice; "
            "both are written as action items, so both are labelled. 'JB: Will take action "
            "to create issue ...' (51) is a minute line; its action is line 66."
        ),
    ),
    NoteLabel(
        "w3c-solid/2021-09-29.md",
        attendees=(
            here("Sarven Capadisli"),
            here("Kjetil Kjernsmo"),
            here("Justin Bingham"),
            here("Henry Story"),
            here("Eric Prud'hommeaux"),
            here("Tim Berners-Lee"),
        ),
        date="2021-09-29",
        start="2021-09-29T13:00:00+00:00",
        timezone="UTC",
        agenda=(
            Topic(43, "Editors Team to move/copy notifications related issues", None),
            Topic(48, "Process", None),
            Topic(104, "Can we meet F2F?", None),
            Topic(109, "Milestone: Current Month", None),
            Topic(112, "Specify container description", None),
            Topic(117, "Clarify the notion and mechanisms for server-managed information", None),
            Topic(120, "Implementer Feedback Meeting", None),
            Topic(123, "Nominated", None),
            Topic(129, "Milestone: Next Month", None),
        ),
        actions=(Action(94, "ACTION: SC to move m/4 to m/5", ("SC",), False),),
        why=(
            "Topics: the '###' headings under '## Topics'; the last one, '### Topic' with "
            "'URL:', '* name: text', 'PROPOSAL: text', 'RESOLUTION: text', 'ACTION: text' "
            "(lines 135-147), is the unfilled template and neither a topic nor an action. "
            "The first topic heading reads like an action ('Editors Team to move/copy ...') "
            "but is a topic heading. 'PROPOSAL: Editors to assign themselves ...' + 'RESOLVED' "
            "is a decision, not an action. '### Introductions' '* name: text' is a "
            "placeholder; '### Scribes' is a role list."
        ),
    ),
    NoteLabel(
        "w3c-solid/2023-03-01.md",
        attendees=(
            here("Sarven Capadisli"),
            here("Virginia Balseiro"),
            here("elf Pavlik"),
            here("Laurens Debackere"),
            here("Jackson Morgan"),
            here("April Daly"),
            here("Matthias Evering"),
            here("Osmar Olivo"),
            here("Tim Berners-Lee"),
            here("Ted Thibodeau", "OpenLinkSw.com"),
        ),
        date="2023-03-01",
        start="2023-03-01T14:00:00+00:00",
        timezone="UTC",
        agenda=(
            Topic(51, "Affiliations", None),
            Topic(57, "Implementation Feedback", None),
            Topic(64, "Add TR/2022/notifications-protocol-20221231", None),
            Topic(74, "Add TR/2022/protocol-20221231", None),
            Topic(80, "Solid Protocol Version 0.11.0", None),
            Topic(88, "Shapes Reuse", None),
            Topic(122, "AuthN and AuthZ Server side clients (apps)", None),
        ),
        actions=(),
        why=(
            "'[Ted Thibodeau](https://github.com/TallTed/) (he/him) (OpenLinkSw.com)': the "
            "pronouns are dropped and the organisation kept; the GitHub URL is only the link "
            "target, no handle is written, so handle None (a parser that mines link URLs "
            "would say 'TallTed'). No ACTION line; 'VB (on Jitsi chat): ... I can open one' "
            "is a minute line."
        ),
    ),
    NoteLabel(
        "w3c-solid/2023-12-13.md",
        attendees=(
            here("Sarven Capadisli"),
            here("Virginia Balseiro"),
            here("Aaron Coburn"),
            here("elf Pavlik"),
            here("Rahul Gupta"),
            here("Maxime Lecoq"),
            here("Damon Outlaw"),
            here("Laurens Hof"),
            here("Jesse Wright"),
            here("Hadrian Zbarcea"),
            here("Gordana Halavanja"),
            here("Grace Elcock"),
        ),
        date="2023-12-13",
        start="2023-12-13T14:00:00+00:00",
        timezone="UTC",
        agenda=(
            Topic(58, "Holiday Break", None),
            Topic(62, "Special Topic Meetings", None),
            Topic(71, "We Distribute", None),
            Topic(83, "WIP Implementation Feedback", None),
            Topic(90, "Solid CG Chair Election Procedure", None),
            Topic(100, "i18n and n11n of resource identifiers", None),
            Topic(111, "Chair Election 2023 Retrospective", None),
        ),
        actions=(),
        why=(
            "'[Laurens Hof](https://indieweb.social/@laurenshof)': a Mastodon profile link, "
            "no written handle. The '### Introductions' bullets are minutes (LH:, DO:), not "
            "attendees. No action form ('eP: I can make a PR' is a minute line). The file "
            "has no final newline."
        ),
    ),
    NoteLabel(
        "w3c-solid/2024-08-07T12_00_00Z.md",
        attendees=(
            here("Virginia Balseiro"),
            here("elf Pavlik"),
            here("Sarven Capadisli"),
            here("Rahul Gupta"),
            here("Graham Williams"),
            here("Kelly O"),
            here("Sergio J. Rodriguez Mendez"),
            here("Jesse Wright"),
            here("Erich Bremer"),
            here("Michal"),
            here("Anushka"),
        ),
        date="2024-08-07",
        start="2024-08-07T12:00:00+00:00",
        timezone="UTC",
        agenda=(
            Topic(50, "Graham Williams - Solid Community AU", None),
            Topic(81, "Sarven Capadisli - dokieli", None),
        ),
        actions=(),
        why=(
            "The time is in the file name and in '* Date: 2024-08-07T12:00:00Z'; they agree. "
            "Topics: the two '###' presentations under '## Topics'; their '#### Q&A' "
            "sub-headings are parts of a topic. No actions."
        ),
    ),
    NoteLabel(
        "w3c-solid/2025-09-10.md",
        attendees=(
            here("elf Pavlik"),
            here("Luke Dary"),
            here("David Pinto"),
            here("Tom Byrd"),
            here("Ted Thibodeau Jr", "OpenLinkSw.com", "TallTed"),
            here("Michal"),
            here("Rui Zhao"),
        ),
        date="2025-09-10",
        agenda=(
            Topic(61, "Solid World", None),
            Topic(67, "Tracking obstacles", None),
            Topic(73, "Use cases and requirements", None),
            Topic(78, "Reconnecting with communities", None),
            Topic(89, "Update on Solid Efforts (if time allows)", None),
        ),
        actions=(
            Action(49, "eP to add Solid World to CG calendar", ("eP",), False),
            Action(50, "Tom to prepare agenda topic", ("Tom",), False),
            Action(51, "PAC Look for a person to explore", ("PAC",), False),
            Action(95, "ACTION: eP to ask Fred", ("eP",), False),
            Action(96, "ACTION: HZ to reach out to contacts in Australia", ("HZ",), False),
        ),
        why=(
            "'* Date: 2025-09-10:00:00Z' is the broken form (no 'T', no hour): the date is "
            "sure, the time is not (00:00Z? 10:00Z?), so start/timezone ANY. '## Chair' "
            "Hadrian and '## Scribes' elf Pavlik are roles; '## Regrets' is empty. Ted's "
            "entry writes 'GitHub:[@TallTed]': handle TallTed, pronouns dropped, "
            "organisation OpenLinkSw.com. '#### TREE & LDES' is a sub-heading inside the "
            "'Reconnecting with communities' topic. Actions: the three carried-over items "
            "under '## Review Action items' (written 'Name to do X' with a status after the "
            "dash; 'PAC Look for ...' has its owner first without 'to') and the two ACTION: "
            "lines of '## Actions'. None is ticked or struck, so done=False even where the "
            "status says work is under way."
        ),
    ),
    NoteLabel(
        "w3c-solid/2026-05-06.md",
        attendees=(
            here("elf Pavlik"),
            here("Tim Berners Lee"),
            here("Luke Dary"),
            here("Roberto S.K. Breitman", "ODI"),
            here("Grace Elcock"),  # "(observing)" is a remark
            here("Erich Bremer", "Stony Brook University"),
            here("Precious Oritsedere", "ODI"),
            here("Michal"),
            here("Rui Zhao"),
        ),
        date="2026-05-06",
        start="2026-05-06T14:00:00+00:00",
        timezone="UTC",
        agenda=(
            Topic(58, "Action review ( 10 min )", 10),
            Topic(64, "SoSy 2026 debrief ( 20 min )", 20),
            Topic(84, "Discussion", None),
            Topic(118, "Solid Planner: Simple yet useful weekly planning app", 20),
        ),
        actions=(
            Action(59, "eP ✅ to schedule Rui's demo", ("eP",), True),
            Action(60, "CB to split OIDC changes into two PRs", ("CB",), False),
            Action(61, "JW to PR MUST -> SHOULD", ("JW",), False),
            Action(62, "JW ✅ to write a paragraph", ("JW",), True),
            Action(124, "Theo have a meeting with Niko for e2ee", ("Theo",), False),
            Action(125, "JW- have a discussion with Christoph", ("JW",), False),
            Action(126, "JW: propose change on spec on point 3.1", ("JW",), False),
        ),
        why=(
            "'* Date: 2026-05-06T14:00:00Z ' ends with a space. '## Chair' 'Theo - thhck' "
            "and '## Scribe' 'Luke' / 'Backup: Precious' are roles; '## Regrets' holds a lone "
            "'*'. '[Luke Dary](https://w3c.social/@lukedary)': link target, no handle. "
            "Topics: '### Demos' (116) is an empty heading directly followed by the demo "
            "'### Solid Planner ...' at the same level, so it only groups that demo and is "
            "not a topic itself. Time boxes '( 10 min )' with inner spaces. Actions: the "
            "carried-over items under '### Action review' ('eP ✅ to ...': the check mark "
            "ticks it, done=True; 'CB ... (absent)' is a remark, not an absentee entry) and "
            "the three '## Actions' items, whose owners are written three ways ('Theo have', "
            "'JW- have', 'JW: propose')."
        ),
    ),
)
