"""Hand labels of the WebExtensions Community Group minutes (w3c/webextensions ``_minutes``).

Made by reading each file, never by running the parser. Conventions:

* ``* Chair:`` / ``* Scribes:`` bullets are roles, not attendees; "Ping @zombie (Tomislav
  Jovanovic)" is a help line.
* Attendees sign in as ``1. Name (Org)`` (or ``* Name (Org)`` in person). The minutes'
  speaker tags are lowercase first names in brackets (``[rob]``), never written beside
  the name in the list, so ``initials`` is ``None``; ``(glazou, Dashlane)`` puts an account
  nick before the organisation (the minutes tag him ``[daniel]``), so it is his handle.
  ``(unaffiliated)`` / ``(independent)`` are kept as written.
* ``Time: 8 AM PDT`` is the meeting's start (America/Los_Angeles); the everytimezone link
  beside it is a converter whose date is sometimes wrong (FORMATS.md 6.3) and the Call-in
  URL's time is the series' first date, so neither overrides the Time line. "The meeting
  will start at 3 minutes after the hour" is the usual grace period, not another start.
* Agenda items are grouped under labels (``**Carry-over from previous meetings**``, a
  time slot ``09:00 - 10:30``, a queue entry ``1. Oliver Dunk, 1Password:``). A label that
  only groups its children is not a topic; its children are. A group that has its own
  time box (``**Triage (30 minutes)**``) is a time-boxed topic and its children are its
  points. Remarks in a group ("(ran out of time ...)", "None") are not topics. The 2021
  ``## Queue (add yourself at the bottom)`` is the open part of the agenda (people add
  the topics they want to raise, "the chair will call on you"), so its items are topics.
* Actions are ``**Action item**: Name to ...`` lines and the ``Action items`` label's list,
  and ``**Resolution**: Name to do X`` decisions written as actions. ``[[done](url)]``
  appended to an action is an explicit done marker (done=True); a follow-up comment
  nested under it ("[oliver] Commented ...") is not. "I'll take the action item" or
  "I will follow up" in a speaker's bullet is speech.
"""

from __future__ import annotations

from tests.core.labels._people import here
from tests.core.labels.schema import Action, NoteLabel, Topic

LABELS: tuple[NoteLabel, ...] = (
    NoteLabel(
        "w3c-webextensions/2021-06-24-wecg.md",
        attendees=(
            here("Tomislav Jovanovic", "Mozilla"),
            here("Timothy Hatcher", "Apple"),
            here("Todd Schiller", "PixieBrix"),
            here("Rob Wu", "Mozilla"),
            here("Mukul Purohit", "Microsoft"),
            here("Simeon", "Google"),
            here("Nick McGuire", "1Password"),
            here("Jessie Berlin", "Apple"),
            here("Marwan Liani", "Dashlane"),
            here("Jon Howard", "EasyFundraising"),
            here("Bradley Cushing", "Dashlane"),
            here("Mélanie Chauvel", "Dashlane"),
            here("Theresa O’Connor", "Apple"),
            here("Daniel Glazman", "Dashlane", "glazou"),
            here("Jack Works", "Mask Network"),
            here("Thierry Régagnon", "Dashlane"),
            here("Shane Caraveo", "Mozilla"),
            here("Brandon Lucier", "1Password"),
            here("George Henderson", "Capital One"),
            here("Don Hopkins", "Ground Up Software"),
            here("Oliver Dunk", "1Password"),
            here("Mitch Cohen", "1Password"),
            here("Josh Rampersad", "1Password"),
            here("Dalton Downing", "1Password"),
            here("Kiky Tangerine", "Grammarly"),
            here("Ellie Epskamp-Hunt", "Apple"),
            here("Richard Worth", "Capital One"),
            here("Caitlin Neiman", "Mozilla"),
        ),
        date="2021-06-24",
        start=None,
        timezone=None,
        agenda=(
            Topic(12, "What to do with the older CG?", None),
            Topic(14, "Where do we start for a draft?", None),
            Topic(18, "New Issue Template", None),
            Topic(23, "Discussing the scope of the draft", None),
            Topic(30, "Discuss and encourage adoption of browserAction.openPopup", None),
            Topic(31, "request: allow to retrieve a frameID", None),
            Topic(34, "Meta: How should we think about use of meeting time", None),
            Topic(35, "WebExtensionWorker instead of Service Worker", None),
            Topic(36, "request: provide sandboxed execution environment", None),
            Topic(39, "Discuss built-in and extension support for pie menus", None),
            Topic(40, "Interested in Oliver Dunk", None),
        ),
        actions=(),
        why=(
            "No 'Time:' line in this early file and the call-in link is a members-only mail: "
            "start None. Attendee '(glazou, Dashlane)': handle glazou, affiliation Dashlane. "
            "Agenda: the four issues under '## Agenda:' (their nested 'Consensus:'/'Choices:' "
            "bullets are notes) and the items of '## Queue (add yourself at the bottom):', "
            "whose numbered entries are people ('1. Oliver Dunk, 1Password:') grouping the "
            "topics they raise. Line 40 is Don Hopkins's second queue item (interest in "
            "Oliver's openPopup topic), kept as an item of the queue. The 'Introduction by "
            "Chair and Editors' names (89-93) are minutes, not attendees. 'Post on issue and "
            "ask for feedback from Florian.' (116) names no owner and is not marked as an "
            "action; no actions."
        ),
    ),
    NoteLabel(
        "w3c-webextensions/2021-08-19-wecg.md",
        attendees=(
            here("Daniel Glazman", "Dashlane"),
            here("Rob Wu", "Mozilla"),
            here("Oliver Dunk", "1Password"),
            here("Richard Worth", "Capital One"),
            here("Denis Schneider", "Dashlane"),
            here("Mélanie Chauvel", "Dashlane"),
            here("Mukul Purohit", "Microsoft"),
            here("Simeon Vincent", "Google"),
            here("Jesse Trana"),
            here("Andrew Beyer", "1Password"),
            here("Krzysztof Modras", "Ghostery"),
            here("Philipp Kewisch", "Mozilla"),
        ),
        date="2021-08-19",
        start="2021-08-19T23:00:00-07:00",
        timezone="America/Los_Angeles",
        agenda=(
            Topic(14, "Add `sidebar_action` to manifest keys", None),
            Topic(15, "Add the `name` and `short_name` prose", None),
            Topic(19, "Meeting schedule", None),
            Topic(20, "What to do with the older CG?", None),
            Topic(21, "Krzysztof Modras: is discussion on webextension features", None),
            Topic(22, "Adding some form of deploy on PR", None),
        ),
        actions=(),
        why=(
            "The late slot: 'Time: 11 PM PDT' on Aug 19 (the everytimezone link decodes to "
            "06:00 UTC on Aug 20, the same instant). The Call-in URL's 20210805T150000 is the "
            "series' first date. Agenda: two '## Agenda:' items and four '## Queue' items "
            "(Krzysztof's item is a topic prefixed with its requester). Speaker tags are "
            "capitalised here ('[Rob]'). No action items ('[Simeon] I will follow up with "
            "Florian', '[Mukul] I would try ...' are speech). A line holding one space "
            "precedes the last line; no final newline."
        ),
    ),
    NoteLabel(
        "w3c-webextensions/2022-12-08-wecg.md",
        attendees=(
            here("Rob Wu", "Mozilla"),
            here("David Johnson", "Apple"),
            here("Kiara Rose", "Apple"),
            here("Maxim Topciu", "AdGuard"),
            here("Dmitriy Seregin", "AdGuard"),
            here("Oliver Dunk", "1Password"),
            here("Timothy Hatcher", "Apple"),
            here("Nikita Vasilyev", "independent"),
            here("Tomislav Jovanovic", "Mozilla"),
            here("Carlos Jeurissen", "Jeurissen Apps"),
            here("Giorgio Maone", "NoScript, Tor"),
            here("Benjamin Bruneau", "1Password"),
            here("Tim Heflin", "Keeper"),
            here("Jason Waterman", "Mozilla"),
            here("Frederic Rivain", "Dashlane"),
            here("Mukul Purohit", "Microsoft"),
            here("Tyler Carson", "Keeper"),
            here("Andrey Meshkov", "AdGuard"),
            here("Luke Selker", "Dashlane"),
            here("Emilia Paz", "Google"),
        ),
        date="2022-12-08",
        start="2022-12-08T08:00:00-08:00",
        timezone="America/Los_Angeles",
        agenda=(
            Topic(16, "Ability to unload the background script from SW code", None),
            Topic(17, "create or update contextMenus in a single call", None),
            Topic(18, "registerContentScripts misleadingly names page scripts", None),
            Topic(19, "Proposal: Complete privileged page process even after closing", None),
            Topic(20, "registerProtocolHandler (protocol_handlers) in extensions", None),
            Topic(21, "Adjust the maximum number of static rulesets", None),
            Topic(22, "Increase the maximum number of dynamic rules to 30,000", None),
            Topic(24, "Add User Scripts API proposal", None),
            Topic(25, "Proposal: add browser.search.getSuggestions method", None),
        ),
        actions=(),
        why=(
            "'Time: 8 AM PST' (everytimezone 16:00 UTC on Dec 8 agrees). The call-in link "
            "text says '8th November 2022' for this December meeting; its URL and the H1 say "
            "Dec 8. Agenda: the four bold labels carry no time box and only group the "
            "issues, which are the topics; '**Open discussion queue ...**' holds only the "
            "remark '(ran out of time, remaining issues moved to next meeting)' and '**Check-in "
            "on ongoing issues**' only 'None', so they add no topic. Line 21 is written "
            "'[Issue 318:](...)' with the colon inside the link. No action items ('[simeon] "
            "Yes.' answering a request is speech)."
        ),
    ),
    NoteLabel(
        "w3c-webextensions/2023-09-11-2023-09-14-tpac-extra.md",
        attendees=(
            here("Kiara", "Apple"),
            here("Devlin", "Google"),
            here("Oliver", "Google"),
            here("Patrick", "Google"),
            here("Rob", "Mozilla"),
            here("Simeon"),
            here("Kiara", "Apple"),
            here("Devlin", "Google"),
            here("Oliver", "Google"),
            here("Patrick", "Google"),
            here("Rob", "Mozilla"),
            here("Tomislav", "Mozilla"),
            here("Simeon"),
            here("Simeon"),
            here("Devlin"),
            here("Rob"),
            here("Oliver"),
            here("Richard Worth"),
            here("Simeon"),
            here("Devlin"),
            here("Rob"),
            here("Oliver"),
            here("Tomislav"),
            here("Kiara"),
            here("Richard Worth"),
            here("Carlos"),
            here("Simeon"),
            here("Devlin"),
            here("Oliver"),
            here("Patrick"),
            here("Tomislav"),
            here("Kiara"),
            here("Carlos"),
        ),
        date="2023-09-11",
        actions=(
            Action(
                373,
                "Consensus: Chrome to keep the behavior, Rob to comment on issue",
                ("Chrome", "Rob"),
                False,
            ),
        ),
        why=(
            "Notes of several unscheduled meetings (Sep 11 to Sep 14) in one file. "
            "Attendees: the five 'Attendees:' lines (16, 92, 281, 289, 442), each a meeting's "
            "list, in document order; names repeat across meetings and are repeated. Lines "
            "16 and 92 group first names by organisation ('Google (Devlin, Oliver, "
            "Patrick)'), which gives the affiliation; 'Simeon' and the later lists have none. "
            "Date: the file name's first date (2023-09-11), as the H1 'Sep 11 - Sep 14' "
            "starts. start/timezone ANY: the 'Schedule | Time (CEST)' tables (17:00 ...) "
            "belong to the scheduled CG meetings being prepared (minuted in other files), "
            "and CEST names no single zone. Agenda ANY: there is no one agenda -- each day "
            "has 'Discussion Prep' items with Lead/Abstract for the scheduled meeting, a "
            "'Topics for discussion' list (heading on Sep 11, a list label on Sep 12), bare "
            "'Discussion'/'After lunch' lists on Sep 13-14, and a '## Topics Parking Lot' "
            "backlog whose items cross-reference the days; which of these are 'the "
            "meeting's topics' depends on which of the meetings is meant. Actions: line 373 "
            "records a consensus written as assignments ('Chrome to keep the behavior, Rob to "
            "comment on issue and file crbug'); '[rob] Commented at ...' below it is a "
            "follow-up, not a done marker. The 'Resolution:' on 274 ('we need to write a "
            "spec proposal') names no owner; '[devlin] ... someone take the action item' "
            "(447) and '[rob] Carlos, could you test ...' (410) are speech."
        ),
    ),
    NoteLabel(
        "w3c-webextensions/2024-09-24-wecg-tpac.md",
        attendees=(
            here("Rob Wu", "Mozilla"),
            here("Christos Bacharakis", "Eyeo"),
            here("Timothy Hatcher", "Apple"),
            here("Kiara Rose", "Apple"),
            here("David Johnson", "Apple"),
            here("Elijah Sawyers", "Apple"),
            here("Brian Weinstein", "Apple"),
            here("Simeon Vincent", "Mozilla"),
            here("Mukul Purohit", "Microsoft"),
            here("Devlin Cronin", "Google"),
            here("Carlos Jeurissen", "Jeurissen Apps"),
            here("Oliver Dunk", "Google"),
            here("Patrick Kettner", "Google"),
            here("Jordan Spivack", "Capital One"),
            here("Casey Garland", "Capital One"),
            here("George Henderson", "Capital One"),
            here("Tomislav Jovanovic", "Mozilla"),
        ),
        date="2024-09-24",
        agenda=(
            Topic(9, "[5 min] Agenda review", 5),
            Topic(10, "[45 min] Experimental APIs", 45),
            Topic(11, "[55 min] Community prioritization of medium-scoped features", 55),
            Topic(13, "[90 min] Leads sync (closed session)", 90),
            Topic(17, "[120 min] Issue triage & backlog cleanup", 120),
        ),
        actions=(
            Action(114, "[devlin] Propose concrete naming", ("devlin",), False),
            Action(269, "Oliver to reply on issue", ("Oliver",), False),
            Action(285, "Devlin to reply on the issue", ("Devlin",), True),
            Action(
                293, "Devlin to confirm that the headers should not be added", ("Devlin",), False
            ),
            Action(294, "Brian to confirm that DNR does not add headers", ("Brian",), False),
            Action(364, "Devlin to reply on the issue", ("Devlin",), True),
            Action(405, "Devlin to add rationale for current Chrome behavior", ("Devlin",), True),
            Action(406, "Firefox to decide how they want to handle IndexedDB", ("Firefox",), False),
            Action(409, "Oliver to follow up.", ("Oliver",), False),
            Action(
                429, "Chrome to intentionally ignore browser_specific_settings", ("Chrome",), False
            ),
            Action(440, "Oliver to follow up", ("Oliver",), False),
            Action(446, "Timothy to handle the proper procedure", ("Timothy",), False),
            Action(452, "Oliver to create a proposal.", ("Oliver",), False),
        ),
        why=(
            "In-person TPAC day: attendees as bullets. Agenda: the clock ranges ' * 09:00 - "
            "10:30' only group the sessions of a time slot; the topics are the '[N min]' "
            "items, and '(original agenda canceled due to power outage)' is a remark. "
            "start/timezone ANY: 09:00 is stated but no zone (the meeting was in Anaheim; "
            "the note does not say so). The '#### Candidates' vote lists ('Capital One "
            "(Casey)', 'Sim', 'Mukule') are votes, not attendees. Actions: the 'Action items' "
            "paragraph label's item (114, owner the bracketed speaker tag), the ten "
            "'**Action item**:' lines, and the three '**Resolution**: Name to do X' lines "
            "(429 Chrome, 446 Timothy, 452 Oliver), which are decisions written as "
            "assignments. Three carry '[[done](...)]' (285, 364, 405). '[devlin] ... I'll take "
            "the action item to write this up' (86) is speech (its action is 114); 'No "
            "updates; Oliver to follow-follow-up' (439) is the status that the formal action "
            "on 440 records, not a second action."
        ),
    ),
    NoteLabel(
        "w3c-webextensions/2025-11-13-wecg-tpac-clickjacking.md",
        attendees=(),
        date="2025-11-13",
        start=None,
        timezone=None,
        agenda=(),
        actions=(),
        why=(
            "Not minutes: the text of a presentation given at TPAC ('This content was "
            "presented on 2025-11-13 at TPAC:'), whose minutes are in another file. Line 1 is "
            "prose, the H1 '# Clickjacking and Extensions' (ending in a TAB) is on line 7, "
            "and its '##' headings are slide titles, not agenda topics. No attendees, no "
            "time, no actions."
        ),
    ),
    NoteLabel(
        "w3c-webextensions/2026-06-18-wecg.md",
        attendees=(
            here("Rob Wu", "Mozilla"),
            here("Dave Vandyke", "DuckDuckGo"),
            here("Simeon Vincent", "unaffiliated"),
            here("Timothy Hatcher", "Apple"),
            here("Kiara Rose", "Apple"),
            here("Mukul Purohit", "Microsoft"),
            here("Tomislav Jovanovic", "Mozilla"),
            here("Tim Pillard", "Dashlane"),
            here("Benjamin Bruneau", "1Password"),
            here("Oliver Dunk", "Google"),
            here("Carlos Jeurissen", "unaffiliated"),
            here("Ben Greenberg", "Aglide"),
            here("Jordan Spivack", "Capital One"),
        ),
        date="2026-06-18",
        start="2026-06-18T08:00:00-07:00",
        timezone="America/Los_Angeles",
        agenda=(
            Topic(17, "Announcements (2 minutes)", 2),
            Topic(20, "Triage (30 minutes)", 30),
            Topic(26, "Timely issues (10 minutes)", 10),
            Topic(27, "Check-in on existing issues (20 minutes)", 20),
        ),
        actions=(),
        why=(
            "'Time: 8 AM PDT'; the everytimezone link t=6a348680 decodes to 2026-06-19 "
            "(a day late, FORMATS.md 6.3) and is ignored. Agenda: the four bold groups carry "
            "their own time boxes, so they are the time-boxed topics and the issues under "
            "them their points ('Timely issues (10 minutes)' has none). A parser that lists "
            "the issues instead would have to drop the time boxes. No action items ('[oliver] "
            "I'll try to find the discussion later', '[benjamin] I will discuss with Hilary' "
            "are speech)."
        ),
    ),
)
