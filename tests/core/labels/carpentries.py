"""Hand labels: The Carpentries Executive Council minutes (carpentries/executive-council-info).

Read by a person, file by file; see ``schema`` for the rules. Calls common to the files:

* Agenda items are numbered ``NNN/YY`` or ``YY/NN`` (bold bullets, bold paragraphs or
  headings). There is no "Agenda" heading, but the numbered items are plainly the
  meeting's agenda, so they are its topics; a "Non-verbal updates" heading at the same
  level is one more topic. Nothing carries a time box.
* Actions are the marked ones (``**Action Point**:``, ``ACTION:``, ``****ACTION****:``,
  ``**Action item:**``), the items of an "Action items" section, and "Name to do X"
  lines. Narration such as "Maneesha will set up election buddy" in a discussion bullet
  is not labelled as an action: nothing marks it as one.
* Owners are the people the item names as doing it; a role that stands for one person
  ("Secretary") is kept as written; a group described in prose ("Members of the EC",
  "All Executive Council members") names nobody, so ``()``.
* No file states a time of day, so start and timezone are None.
"""

from __future__ import annotations

from tests.core.labels.schema import Action, NoteLabel, Topic
from tests.core.labels.shorthand import names, person

LABELS: tuple[NoteLabel, ...] = (
    NoteLabel(
        "carpentries/EC-minutes-2018-01-12.md",
        attendees=names(
            "Sue McClatchy",
            "Raniere Silva",
            "Lex Nederbragt",
            "Karen Cranston",  # "(chair)" is a role remark
            "Mateusz Kuzak",
            "Amy Hodge",
            "Ethan White",  # "(note taker)" likewise
            "Tracy Teal",
            "Kate Hertweck",
            "Elizabeth Wickes",
        ),
        date="2018-01-12",
        start=None,
        timezone=None,
        agenda=(
            Topic(19, "001/18 Opening", None),
            Topic(22, "002/18 introductions", None),
            Topic(24, "003/18 Plan for running meetings", None),
            Topic(30, "004/18 Roles, responsibilities and expectations", None),
            Topic(36, "005/18 Background & current state of merger", None),
            Topic(43, "006/18 Financial report", None),
            Topic(48, "007/18 Immediate priorities", None),
            Topic(52, "008/18 Executive Council officers", None),
            Topic(60, "009/18 Writing of the Carpentries Bylaws", None),
            Topic(66, "010/18 In person EC meeting", None),
            Topic(72, "011/18 Tools for EC management", None),
        ),
        actions=(
            Action(28, "the secretary will set up a poll", ("secretary",), False),
            Action(46, "Tracy will send a financial report", ("Tracy",), False),
            Action(79, "Karen will make sure that everyone has access", ("Karen",), False),
            Action(84, "Karen will make sure that everyone has access", ("Karen",), False),
            Action(85, "Secretary will set up a poll", ("Secretary",), False),
            Action(86, "Tracy will send a financial report", ("Tracy",), False),
            Action(87, "Bios: Members of the EC who have not added bios", (), False),
        ),
        why=(
            "Topics are the bold numbered items under '**Meeting minutes:**'. The three "
            "inline '**Action Point**:' lines and the closing '**Action items**' list "
            "repeat each other; every entry in the text is labelled (as a name written "
            "twice is listed twice), so 7 actions. 'the secretary'/'Secretary' is the "
            "owner as written (a role standing for one person, Lex); 'Members of the EC "
            "who have not added bios' is a group, not a named owner. 'Ethan White agreed "
            "to make the minutes' is narration, not an action."
        ),
    ),
    NoteLabel(
        "carpentries/EC-minutes-2018-09-20.md",
        attendees=(),
        date="2018-09-20",
        start=None,
        timezone=None,
        agenda=(
            Topic(3, "064/18 Approving August minutes", None),
            Topic(5, "Staff transitions and planned postings", None),
            Topic(11, "066/18 Vote on mission statement", None),
            Topic(19, "bylaws RFC", None),
            Topic(25, "068/18 Election policy", None),
            Topic(39, "069/18 Board-elected Executive Council members", None),
            Topic(59, "070/18 Lesson program policy: progress update", None),
            Topic(70, "071/18 Communication with community", None),
        ),
        actions=(
            Action(
                9, "two Executive Council members to participate", ("Raniere", "Elizabeth"), False
            ),
            Action(17, "Karen will send out note to Executive Council", ("Karen",), False),
            Action(23, "plan for addressing comments", (), False),
            Action(27, "comments, concerns, timeline?", (), False),
            Action(37, "Karen will take over processes", ("Karen",), False),
            Action(41, "Discussion of skills that we want", (), False),
            Action(53, "Who is rotating off?", (), False),
        ),
        why=(
            "No attendee list (only 'six members present' in a vote). Topics are the bold "
            "numbered paragraphs; two have broken bold ('**065/18 **Staff ...**', "
            "'**067/18 Review **bylaws RFC**'), so their fragments avoid the stray "
            "asterisks ('Review **bylaws RFC' is not contiguous text). Every ACTION-marked "
            "line is an action even when it is a question or a motion record: line 9's "
            "owners are the two names after the colon ('...: Raniere and Elizabeth'); "
            "line 17 records a vote and then 'Karen will send out note', so Karen; line 27 "
            "is 'Notes: ACTION: ...' (the marker after a 'Notes:' label still marks it). "
            "'Maneesha will set up election buddy' (line 31) is narration, not marked."
        ),
    ),
    NoteLabel(
        "carpentries/EC-minutes-2019-08-15.md",
        attendees=(),
        date="2019-08-15",
        start=None,
        timezone=None,
        agenda=(
            Topic(3, "19/49 Public Financial Reports", None),
            Topic(9, "19/50 In-person meeting update", None),
            Topic(19, "19/51 Community Award", None),
            Topic(25, "19/52 Stanford ACT update/Strategic Planning", None),
            Topic(31, "19/53 Election planning and Communications", None),
            Topic(44, "Non-verbal updates", None),
        ),
        actions=(
            Action(
                29,
                "Karen and Kate working on putting together a plan",
                ("Karen", "Kate", "Amy"),
                False,
            ),
        ),
        why=(
            "No attendee list at all. Topics are the numbered H3 headings plus the "
            "'### Non-verbal updates' heading at the same level; 'Finances:' (line 62) is a "
            "plain label paragraph inside the non-verbal updates, not a topic. The one "
            "action is '**Action item:** Karen and Kate ... and Amy to review': all three "
            "take part, so all three are owners. 'Members will read ...' (line 35) and "
            "'Members will indicate ...' (line 15) are narration, not marked actions."
        ),
    ),
    NoteLabel(
        "carpentries/EC-minutes-2020-02-13.md",
        attendees=(
            *names(
                "Amy",
                "Konrad",
                "Juan",
                "Paula",
                "Elizabeth Wickes",
                "Elizabeth Williams",
                "Kari",
                "Lex",
                "Cedric",
                "Joslynn",
            ),
            person("Mesfin", present=False),
        ),
        date="2020-02-13",
        start=None,
        timezone=None,
        agenda=(
            Topic(7, "20/09 Budget overview and Q&A", None),
            Topic(18, "20/10 Reassess/reminder of meeting procedures", None),
            Topic(21, "20/11 Q4 CoCc transparency report", None),
            Topic(24, "20/12 Call for any non-staff related 2020 goals", None),
            Topic(29, "20/13 Advisory committee", None),
            Topic(32, "20/14 By-laws update", None),
            Topic(35, "20/15 Non-verbal Updates", None),
        ),
        actions=(
            Action(13, "EWilliams will track actual values", ("EWilliams",), False),
            Action(16, "EWilliams will create a new budget", ("EWilliams",), False),
            Action(16, "Juan will create an issue", ("Juan",), False),
            Action(27, "All Executive Council members will read through", (), False),
        ),
        why=(
            "'Present:' and 'Regrets:' lines: Mesfin is present=False. '(due by end of "
            "year, per bylaws)' in 20/14 is not a time box. Line 16 holds two "
            "'**ACTION**:' markers, so two actions on one line; in the second, 'Executive "
            "Council members will asynchronous vote' is a group, so only Juan owns it. "
            "'****ACTION****:' (four asterisks) on line 13 is still the marker. Line 19's "
            "'Notekeeper needs to take note of **ACTION** points' mentions the word, it is "
            "not an action. Line 27 is owned by 'All Executive Council members', a group "
            "in prose, not a named owner."
        ),
    ),
    NoteLabel(
        "carpentries/EC-minutes-2020-03-18.md",
        attendees=names("Juan", "Konrad", "Kari", "Elizabeth", "Amy", "Cedric", "Lex"),
        date="2020-03-18",
        start=None,
        timezone=None,
        agenda=(
            Topic(5, "20/16 Executive Council Leave Planning Calendar", None),
            Topic(12, "20/17 General Updates (Kari)", None),
            Topic(24, "20/18 DataCamp issue resolution update", None),
            Topic(28, "20/19 Assigning 2020 goals", None),
            Topic(47, "20/20 In Person Meeting Updates", None),
            Topic(59, "20/21 Any Other Business", None),
        ),
        actions=(Action(43, "Lex to set up a folder in drive", ("Lex",), False),),
        why=(
            "Topics are the numbered H3 headings; the numbered lists under them are "
            "discussion, not topics ('(Kari)' names the presenter, not a time box). No "
            "action is marked; the one 'Name to do X' line (43, 'Lex to set up a folder') "
            "is labelled. 'Kari will send an email' (17), 'Konrad will set up Checklist' "
            "(44) and 'Lex will redo the scheduling' (56) are narrated 'will' sentences in "
            "the discussion, not written as actions (a hard call: a reader skimming for "
            "follow-ups would list them too)."
        ),
    ),
    NoteLabel(
        "carpentries/EC-minutes-2020-11-19.md",
        attendees=(),
        date="2020-11-19",
        start=None,
        timezone=None,
        agenda=(),
        actions=(),
        why=(
            "One sentence, no heading: the meeting had no quorum and no minutes were "
            "taken. The date comes from the file name only."
        ),
    ),
    NoteLabel(
        "carpentries/EC-minutes-2021-04-20.md",
        attendees=(
            *names(
                "Cedric Chambers",
                "John Chodacki",
                "Konrad Förstner",
                "Kari Jordan",  # wrapped: "Kari\n  Jordan"
                "Paula Andrea Martinez",
                "Lex Nederbragt",
                "Aleksandra Nenadic",
                "Michael Smith",
                "Sarah Stevens",
                "Masami Yamaguchi",
            ),
            person("Talisha Sutton-Kennedy", affiliation="Core Team"),
        ),
        date="2021-04-20",
        start=None,
        timezone=None,
        agenda=(
            Topic(9, "21/15 - Funding updates", None),
            Topic(17, "21/16 - Review draft financial report", None),
            Topic(28, "21/17 - EC Standing Committees", None),
            Topic(54, "21/18 - Approving 2021 EC meeting planning", None),
            Topic(65, "21/19 - Sponsored Instructor Training Proposal", None),
            Topic(83, "21/20 - Poll core and wider community", None),
            Topic(108, "Non-verbal updates", None),
        ),
        actions=(),
        why=(
            "'* Present:' wraps over three lines ('Kari\\n  Jordan' is one name). "
            "'* Apologies: None' names nobody. '* Guest: Talisha Sutton-Kennedy (Core "
            "Team)' was at the meeting, so she is an attendee (present), with '(Core Team)' "
            "as her affiliation (her unit, written like 'Name (Org)'). No action is marked; "
            "'a revised proposal will be prepared by Karen' is narration."
        ),
    ),
)
