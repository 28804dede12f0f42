"""Hand labels: Python Steering Council community updates (python/steering-council).

Read by a person, file by file; see ``schema`` for the rules. Calls common to the files:

* These are summaries posted after the meetings, most covering a month or several; none
  has an attendee list (members are named in the prose, once in a signature), so
  attendees are ``()``.
* date: a full date in the text or file name is the date; a file named for a month
  ("2021-01", "2023-11,12", "2024-10") has none, and a dated heading inside a digest
  ("## 2024-10-02") is one of several meetings, so None (as jupyterhub/2025.md).
* Monthly recap bullets ("SC discussed ...") are minutes, not topics. Topics are labelled
  only where the note marks them: a list under a "discussion topics:" / "topics covered
  included:" label, or "Label:" paragraphs heading each block of bullets (2024). A list
  item that is only a label for its sub-list (ends with ':' or is bold only, like
  "**PEPs**") is a grouping label; its items are the topics.
* "X will do Y" sentences in the recaps are narration; only the one marked "Action item:"
  is an action. No file states a time of day.
"""

from __future__ import annotations

from tests.core.labels.schema import Action, NoteLabel
from tests.core.labels.shorthand import untimed

LABELS: tuple[NoteLabel, ...] = (
    NoteLabel(
        "python-sc/2019-02-15_steering-council-update.md",
        attendees=(),
        date="2019-02-15",
        start=None,
        timezone=None,
        agenda=(),
        actions=(),
        why=(
            "'Date: 2019-02-15' under the H1. The signature '-- Barry, Brett, Carol, Guido, "
            "Nick' signs the message; it is not a roll call. The sections (Mandate, New "
            "Requests, Council operations, Mandate (PEP 13), Powers (PEP 13)) are the "
            "report's standing sections, partly boilerplate copied from PEP 13, not a "
            "meeting's topics. 'Council operations' bullets are plans written as "
            "imperatives with no action label or owner; not labelled as actions."
        ),
    ),
    NoteLabel(
        "python-sc/2019-11-09-steering-council-update.md",
        attendees=(),
        date="2019-11-09",
        start=None,
        timezone=None,
        agenda=(),
        actions=(),
        why=(
            "Covers July to October 2019 ('## July recap:' ...); the file name's date is "
            "the update's date. Recap bullets are minutes, not topics. 'It was decided that "
            "Ewa will help ...' is narration, not a marked action."
        ),
    ),
    NoteLabel(
        "python-sc/2020-11-02-steering-council-update.md",
        attendees=(),
        date="2020-11-02",
        start=None,
        timezone=None,
        agenda=(),
        actions=(Action(193, "Carol will amend PEP 1", ("Carol",), False),),
        why=(
            "Recaps of January to October 2020; the file name gives the date. Many bullets "
            "say who will do what ('Ewa will work on a charter', 'Barry will email the "
            "cabal') but only line 193 marks one: 'Discussed PEP delegate process. Action "
            "item: Carol will amend PEP 1 ...' (the marker is mid-line, after a sentence)."
        ),
    ),
    NoteLabel(
        "python-sc/2021-01-steering-council-update.md",
        attendees=(),
        date=None,
        start=None,
        timezone=None,
        agenda=(),
        actions=(),
        why=(
            "No title: it starts '# November' (2020), then '# December', '# January' with "
            "'## January 7' ... '## January 25' meetings. The file name gives a month only, "
            "and no heading has a year, so no date. 'Barry (who was absent from the "
            "meeting)' is prose, not an absent list. Recap bullets are minutes; the many "
            "'X will ...' sentences are narration, not marked actions."
        ),
    ),
    NoteLabel(
        "python-sc/2023-11,12-steering-council-update.md",
        attendees=(),
        date=None,
        start=None,
        timezone=None,
        agenda=untimed(
            (5, "Confirmed our agreement to accept"),
            (6, "Discussed our first impressions of"),
            (7, "PEP 729 Typing Governance"),
            (8, "PEP 731 C API Working Group"),
            (9, "Briefly discussed"),
            (10, "PEP-703 making the global interpreter lock optional"),
            (11, "PEP 730 iOS platform support"),
            (12, "PEP 732 documentation editorial board"),
            (13, "Accepting Meta’s offer to host the core dev sprints"),
            (14, "The proposal for mentoring resources"),
            (15, "C API issues regarding removal of some APIs"),
            (16, "The status of our Supporting Developer in Residence contract"),
            (17, "The status of woefully delayed monthly updates"),
            (18, "That we have varying workflows and communication levels"),
            (19, "That we needed to draft an official policy"),
            (20, "Establishing a communication channel"),
            (21, "The possibility of encouraging more devguide entries"),
            (22, "Ongoing research into state of the world"),
            (23, "The in progress SC election process"),
            (25, "Recent work on coverage mode and a multi-line REPL"),
            (26, "If there are potential for alternatives to Buildbot"),
            (27, "PEP 649 deferred evaluation"),
            (28, "The successful start of"),
            (29, "The ongoing ARM performance benchmarking efforts"),
            (30, "The status of two factor authentication"),
            (31, "The decision to drop running BigMem buildbot"),
            (32, "recent public appearances"),
            (34, "Goodbye Brett, Welcome Barry!"),
            (35, "Discussed our current processes."),
        ),
        actions=(),
        why=(
            "'November & December 2023': months, no date. The whole file is one list whose "
            "three top-level items are labels ending with ':' ('Steering Council "
            "discussion topics:', 'Sync-ups with Łukasz ..., topics covered included:', "
            "'End of term hand over meeting from ... to ...:'), so their items are the "
            "topics; '**PEPs**' (line 4) is a bold-only grouping label, so its eight PEP "
            "items are topics and it is not. Lines 34-35 are the hand-over meeting's items, "
            "topics by the same rule although they read more like notes (a hard call). "
            "'*(editors note: It was rejected)*' stays inside line 9's item."
        ),
    ),
    NoteLabel(
        "python-sc/2024-10-steering-council-update.md",
        attendees=(),
        date=None,
        start=None,
        timezone=None,
        agenda=untimed(
            (5, "Release Management"),
            (12, "Core Developer Updates"),
            (17, "Process Improvements"),
            (24, "Community Engagement"),
            (29, "PyREPL and Windows Issues"),
            (34, "Future Planning"),
            (40, "Core Developer Sprints"),
            (46, "Miscellaneous"),
            (54, "Developer in Residence Discussion"),
            (61, "Community Communication"),
            (67, "Core Developer Promotion"),
            (71, "Election Process"),
            (77, "Python 3.13 Release"),
            (81, "Core Developer Sprints"),
            (87, "Financial Considerations"),
            (93, "Procedural Matters"),
            (100, "Developer in Residence Discussion"),
            (106, "Core Developer Management"),
            (111, "Core Developer Sprint"),
            (117, "PEP 2026 (Calendar Versioning)"),
            (123, "Election Process"),
            (128, "PEP Delegation"),
            (133, "Community Engagement"),
            (140, "Core Developer Sprint"),
            (147, "Administrative Updates"),
            (154, "Core Developer Promotion Process"),
            (160, "PEP Decisions"),
            (166, "Technical Discussions on JIT"),
            (175, "Developer in Residence Update"),
            (197, "Meeting among the Steering Council Members"),
        ),
        actions=(),
        why=(
            "Five meetings, one '## YYYY-MM-DD' heading each; the title and file name give "
            "October 2024 only and the dated headings are five meetings, so no date. Each "
            "meeting's topics are the 'Label:' paragraphs that head its bullet lists (line "
            "166 lacks the colon; line 197 'Meeting among the Steering Council Members' "
            "heads the last block the same way, so it is one topic and its colon-ended "
            "bullets are its discussion). The same label recurs in several meetings and is "
            "listed each time. 'Suggestion to create a document ...' (44) and 'Need to open "
            "a poll' (143) are notes, not marked actions."
        ),
    ),
)
