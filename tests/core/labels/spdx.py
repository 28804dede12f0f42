"""Hand labels of the SPDX notes (spdx/meetings, wiki conversions and GitHub-native notes).

Made by reading each file top to bottom (``cat -n``), never by running the parser.
Conventions used in this module:

* Attendee lists name people only: no initials, no handles, so both are ``None``;
  ``Name, Org`` entries give the affiliation.
* Where a note has no agenda list, its topic headings (the ``##`` sections of the
  minutes, other than attendees) are the topics the meeting went through.
* Actions are ``AI:`` lines and items written as "Name to do X"; a sentence in the
  minutes such as "Kate will create a google doc" or "Outreach will take it" reports an
  intention and is not labelled as an action (no action form, no action label).
"""

from __future__ import annotations

from tests.core.labels._people import away, here
from tests.core.labels.schema import Action, NoteLabel, Topic

LABELS: tuple[NoteLabel, ...] = (
    NoteLabel(
        "spdx/2011-01-11.md",
        attendees=(
            here("Bill Schineller"),
            here("Gary O'Neall"),
            here("Peter Williams"),
            here("Kate Stewart"),
            here("Ann Thornton"),
        ),
        date="2011-01-11",
        start=None,
        timezone=None,
        agenda=(
            Topic(11, "Infrastructure status", None),
            Topic(12, "Differentiation a judgment from a fact", None),
            Topic(13, "Model for representing a judgment", None),
            Topic(14, "DEP 5", None),
        ),
        actions=(),
        why=(
            "Date from the file name (no heading). Agenda: the four items of '## Agenda'; "
            "the later '## Infrastructure status' / '## Differentiating judgment from fact' "
            "headings are the minutes of two of them, not more topics. Actions: none; "
            "'Bill will send meeting announcements to the larger general distribution list' "
            "(line 34) is a prose report of an intention, not written as an action."
        ),
    ),
    NoteLabel(
        "spdx/2014-10-02.md",
        attendees=(here("Jilayne Lovejoy"), here("Alan Tse")),
        date="2014-10-02",
        start=None,
        timezone=None,
        agenda=(
            Topic(12, "1) Revised schedule for 2.0 update", None),
            Topic(53, "2) License Matching Guidelines", None),
            Topic(70, "3) MPL-2.0", None),
            Topic(76, "4) Zimbra License issue:", None),
            Topic(101, "5) What to do about this BSD-3-Clause variation", None),
        ),
        actions=(
            Action(29, "license expression syntax and accompanying FAQs (Mark)", ("Mark",), False),
            Action(32, "go over example for license expression syntax", (), False),
            Action(36, "remove deprecated licenses from list (Jilayne)", ("Jilayne",), False),
            Action(38, "add exceptions list to license list (Jilayne)", ("Jilayne",), False),
            Action(
                41,
                "finish matching guidelines template work (Jilayne, Daniel)",
                ("Jilayne", "Daniel"),
                False,
            ),
            Action(44, "what to do about Standard Header field", (), False),
            Action(47, "update website as per changes to license list", done=False),
            Action(
                50,
                "coordinate with Gary on how exceptions list will be displayed",
                ("Jilayne", "Gary"),
                False,
            ),
        ),
        why=(
            "Agenda: the five bold numbered paragraphs '**1) ...**' under '## Agenda' (the "
            "topics are written as bold paragraphs, not a list). Actions: the items of the "
            "'Tasks for 2.0:' label (task items under a tasks label), owners in the "
            "trailing parentheses; line 51's '(Jilayne & Gary)' closes the item that starts "
            "on line 50. Line 44 says 'NEED SOMEONE TO TAKE LEAD': no owner. Line 47 names "
            "no owner field ('Paul has made first pass' is a status remark), so its owners "
            "are left ANY. 'Jilayne will not be available' (line 23) is not a regrets entry."
        ),
    ),
    NoteLabel(
        "spdx/2017-02-15 OSLS.md",
        attendees=(
            here("Jilayne Lovejoy"),
            here("Paul Madick"),
            here("Alexios Zavrias"),
            here("Hung Chang"),
            here("Steven Esser"),
            here("Gary O'Neall"),
            here("Mark Gisi"),
            here("Yev Bronshteyn"),
            here("Brad Edmondon"),  # "(phone)" is a remark
            here("Sam Elllis"),  # spelt so; "(phone)" dropped
        ),
        date="2017-02-15",
        start=None,
        timezone=None,
        agenda=(
            Topic(22, "Kris' conversion tool made available:", None),
            Topic(41, "Convert and add deprecated licenses to repository (GARY)", None),
            Topic(47, "When a new license is added to the list", None),
            Topic(73, "incorporating synonyms into XML", None),
            Topic(79, "Updates to spec as result of XML conversion", None),
        ),
        actions=(
            Action(33, "Jack, Gary, Brad to work on this.", ("Jack", "Gary", "Brad"), False),
            Action(91, "legal team to", ("legal team",), False),
            Action(96, "Jack to add link", ("Jack",), False),
            Action(97, "Sam and Jack to do first draft", ("Sam", "Jack"), False),
        ),
        why=(
            "File name with a suffix after a space: the date is its leading YYYY-MM-DD. "
            "Agenda: the top-level items under '## Agenda (morning legal team meeting ...)', "
            "five lists separated by '<!-- end list -->' comments (the comments only split "
            "the list; the items are still under the agenda heading); the nested bullets are "
            "discussion. Line 41's '(GARY)' is an Action Plan item being reviewed, so a topic "
            "rather than a new action. Actions: 'Name(s) to do X' assignments: line 33 opens a "
            "nested item; line 91 follows the bold question and ' - ' ('legal team to make "
            "suggested revisions'); lines 96-97 follow an arrow and '//' inside a bullet "
            "('Jack to add link // Sam and Jack to do first draft': two assignments). The "
            "mid-item ones are the call most likely to be missed: they are assignments a "
            "reader would list, but not at the start of an item."
        ),
    ),
    NoteLabel(
        "spdx/2018-07-24.md",
        attendees=(
            here("Ndip Tanyi"),
            here("Steve Winslow"),
            here("Kate Stewart"),
            here("Philippe Ombredanne"),
            here("Michael Herzog"),
            here("Yev"),
        ),
        date="2018-07-24",  # file name; the bare first line "July 24, 2018" agrees
        start=None,
        timezone=None,
        agenda=(
            Topic(12, "SPDX GSoC Updates", None),
            Topic(28, "SPDX 2.2 - PURL inclusion", None),
            Topic(35, "Improving SPDX to Support Security Ecosystem", None),
            Topic(41, "Pending", None),
        ),
        actions=(),
        why=(
            "No agenda list: the note's topics are its '##' section headings after "
            "'## Attendees' (the minutes are written per topic heading). 'Pending' is such a "
            "section (open items #53/#54). The NBSP-padded code spans are minutes text. No "
            "action form anywhere."
        ),
    ),
    NoteLabel(
        "spdx/2021-07-01.md",
        attendees=(
            here("Phil Odence", "Black Duck/Synopsys"),
            here("Philippe Emmanuel Douziech", "CAST"),
            here("Bob Martin", "Mitre"),
            here("Joshua Marpet", "RM-ISAO"),
            here("David Edelsohn", "IBM"),
            here("Sebastian Crane"),
            here("Marc Etienne Vargenau", "Nokia"),
            here("Zach Hill", "Anchore"),
            here("Steve Winslow", "LF"),
            here("Kate Stewart", "Linux Foundation"),
            here("William Cox", "Synopsys"),
            here("Jack Manbeck", "TI"),
            here("Alexios Zavras", "Intel"),
            here("Warner Losh", "FreeBSD"),
            here("Alfredo Espinosa"),
            here("Jilayne Lovejoy", "Red Hat"),
            here("Chris Lusk"),
            here("Andrew Jorganson", "AWS"),
            here("Thomas Steenbergen", "HERE"),
            here("Ronda"),  # "Ronda," with an empty organisation field
            here("Brian Fox", "Sonotype"),
            here("Michael Herzog", "nexB"),  # "Michael Herzog- nexB": dash, not comma
        ),
        date="2021-07-01",
        agenda=(
            Topic(5, "SPDX Governance - Phil", None),
            Topic(40, "Outreach Team Report - Sebastian/Jack", None),
            Topic(66, "Legal Team Report - Jilayne/Paul/Steve", None),
            Topic(77, "Tech Team Report - Kate/Gary/Others", None),
            Topic(114, "Other Topics", None),
        ),
        actions=(),
        why=(
            "'  - Attendance: 22' is a tally and 'Lead by Phil Odence' a role line, not "
            "attendee entries; the attendee list is at the end (line 123). 'Michael Herzog- "
            "nexB' is read as name + organisation (a dash in place of the comma). No agenda "
            "list: the topics are the '##' section headings; '## Other Topics' is one topic "
            "(its bullets are what was said under it). start/timezone ANY: the only time, "
            "'1500 UTC on Wednesdays will be new meeting time', is the Outreach team's "
            "future meeting, not this one. No action form ('Contact Phil with inputs', "
            "'Outreach will take it' are prose)."
        ),
    ),
    NoteLabel(
        "spdx/2022-06-15.md",
        attendees=(
            here("Kate"),
            here("Gopi"),
            away("Karen"),
            away("Derek"),
            away("Jean"),
        ),
        date="2022-06-15",  # file name; title "Jun 15, 2022" agrees
        start=None,
        timezone=None,
        agenda=(
            Topic(16, "Review of Factsheet 1 pager", None),
            Topic(17, "Diagram discussion", None),
        ),
        actions=(
            Action(30, "AI: Kate - Maililng list creation", ("Kate",), False),
            Action(31, "AI: Kate & Karen to share presentation", ("Kate", "Karen"), False),
        ),
        why=(
            "'## Regrets' entries are absent (present=False). '## Future Meeting Topic' lists "
            "topics for a later meeting, not this agenda, and its 'Jean followup on data "
            "contexts' items are not actions. 'July 6' is another event's date without a "
            "time: start None."
        ),
    ),
    NoteLabel(
        "spdx/2022-10-07.md",
        attendees=(
            here("Nicole Pappler"),
            here("Kate Stewart"),
            here("Stewart Hildebrand"),
            here("Artem Mygaiev"),
        ),
        date="2022-10-07",
        start=None,
        timezone=None,
        agenda=(Topic(10, "Review of AI/Data sets approach - can we apply?", None),),
        actions=(
            Action(16, "Nicole to add more documents to list", ("Nicole",), False),
            Action(17, "Artem to add safety standard references", ("Artem",), False),
            Action(18, "Kate to add lifecycle information", ("Kate",), False),
            Action(19, "AI: Stewart add in a couple of fields", ("Stewart",), True),
        ),
        why=(
            "Agenda and notes are H1s here ('# Agenda'). Four bare 'AI:' lines (two with two "
            "spaces after the colon). Line 19 is followed by '- DONE ( added in optional "
            "comment field)', an explicit done marker for that action, so done=True although "
            "nothing is ticked. Owner 'Stewart' is Stewart Hildebrand (not Kate Stewart), "
            "kept as written."
        ),
    ),
    NoteLabel(
        "spdx/2024-01-02.md",
        attendees=(
            here("Kate Stewart"),
            here("Nisha Kumar"),
            here("Gary ONeall"),
            here("Jeff Licquia"),
            here("Sandy Frost"),
            here("Sean Barnum"),
            here("Rob Craig"),
            here("Bob Martin"),
            here("Dick Brooks"),
            here("David Edelsohn"),
            here("Robert Martin"),  # listed besides "Bob Martin"; both kept as written
            here("Victor Lu"),
            here("Adrian Diglio"),
            here("Matt Rutkowski"),
        ),
        date="2024-01-02",
        agenda=(
            Topic(20, "Integrity method for packages", None),
            Topic(21, "Extension namespace", None),
            Topic(22, "Use of the JSON model format", None),
            Topic(23, "Rules for referencing non-core classes and properties", None),
            Topic(24, "LicenseListVersion type", None),
            Topic(25, "Cardinality of Core/Annotation/contentType", None),
        ),
        actions=(),
        why=(
            "Agenda: the six items of '## Agenda'; '## Future agenda topics' is for a later "
            "meeting, and the other '##' sections are the minutes. Actions: none written as "
            "actions; 'Gary will follow-up ...' (31), 'Nisha agreed to take that on' (42) and "
            "'Kate will create a google doc' (46) are minutes sentences reporting who will do "
            "what (a parser that reads 'X will <verb>' as an action would disagree). "
            "start/timezone ANY: 'Friday at 11AM Eastern' is a follow-up meeting's time."
        ),
    ),
)
