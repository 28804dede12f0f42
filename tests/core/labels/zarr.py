"""Agenda and action-item labels for the zarr community calls (read by hand).

Attendees, dates and start times of these files are labelled in
``tests/core/test_corpus_labels.py``; here they stay ``ANY``.

Conventions read in these notes: the topics are the top-level items of the list under
the label that names the meeting's topics ("Topics:", "Open agenda:", "**Meeting
Minutes:**"), or the paragraphs marked as agenda items in the 2019 Google-Doc exports.
"**Updates:**" / "Introductions" blocks beside that list are news read out, not the
topic list. Speaker lines such as "JM: will re-test ..." are minutes, not action items:
only "ACTION:"-style lines are actions here.
"""

from __future__ import annotations

from tests.core.labels.schema import Action, NoteLabel, Topic

LABELS: tuple[NoteLabel, ...] = (
    NoteLabel(
        "zarr/2019-02-13.md",
        agenda=(
            Topic(24, "Meta - about this meeting", None),
            Topic(166, "Relationships with other groups", None),
            Topic(170, "Governance and affiliation", None),
            Topic(191, "Spec proposals (Tabled)", None),
            Topic(205, "Zarr/N5 compatibility (Tabled)", None),
            Topic(217, "AOB", None),
        ),
        actions=(Action(149, "ACTION: create governance repo", (), False),),
        why=(
            "A Google-Doc export: the former headings survive as paragraphs that start "
            "with an empty <span id=anchor-N> and most carry '(Agenda item proposed by "
            "...)'; the text says 'propose an item for the agenda below'. Those six "
            "paragraphs are the topics. '- 20:07 GMT' after Meta's proposer is the time "
            "it was reached, not a timebox. 'Misc', 'Full Zoom instructions' and "
            "'hdfgroup call notes' (224-266) are appendices after AOB, not topics; the "
            "bullets under 'Purposes of this meeting' are discussion. Actions: the one "
            "'ACTION:' line. 'Josh will set up the agenda for the next meeting' (221) "
            "is a narrative answer inside AOB's discussion, not written as an action, "
            "so it is not labelled as one."
        ),
    ),
    NoteLabel(
        "zarr/2019-05-22.md",
        agenda=(
            Topic(22, "Introductions**: new joinees", None),
            Topic(25, "CZI funding call", None),
            Topic(89, "v3.0 spec - update and discussion - 20:37 UK", None),
        ),
        actions=(),
        why=(
            "Span-anchored paragraphs are the former headings. 'Standing items' (20) is "
            "only a grouping label over one bullet, so its bullet '**Introductions**' "
            "is the topic. '- 20:37 UK' is when the v3.0 item started, not a timebox. "
            "The empty anchor at 185 is no topic. 'We should invite Jeremy' and '(to "
            "be written up on github)' are remarks, not actions."
        ),
    ),
    NoteLabel(
        "zarr/2020-12-30.md",
        agenda=(),
        actions=(),
        why="'Cancelled.' and the next date: no topics, no actions.",
    ),
    NoteLabel(
        "zarr/2021-01-13.md",
        agenda=(),
        actions=(),
        why=(
            "Minutes only: the body is one bullet list by speaker ('Matthias: "
            "numcodecs', '**Partial read**:', 'John: NumFOCUS, got email ...') with no "
            "Agenda/Topics/Minutes label above it. A reader can see that the top-level "
            "bullets were the subjects discussed, but nothing marks them as the "
            "meeting's agenda, so none is labelled (the later zarr notes put the same "
            "kind of list under '**Meeting Minutes:**' and there it is labelled). "
            "'Josh: will re-test bump of blosc' and 'John: will need to pick up new "
            "dependencies' are speaker minutes, not action items."
        ),
    ),
    NoteLabel(
        "zarr/2022-08-10.md",
        agenda=(
            Topic(62, "AM: Question about the Zarr Spec v3 (ZEP1)", None),
            Topic(83, "HZ: extension proposal", None),
            Topic(91, "IV: Non-uniform chunks", None),
            Topic(100, "JMS: meta-issue for scheduling time", None),
        ),
        actions=(),
        why=(
            "Under '## Meeting Notes' the labels 'Introductions:', 'Updates:' and 'Open "
            "agenda:' follow each other; only 'Open agenda:' holds the topics (its "
            "placeholder '- ...add here ...' is not one). Introductions and the updates "
            "are standing news, like the '**Updates:**' blocks of later zarr notes. The "
            "TL;DR list repeats the notes and is a summary, not an agenda. 'SV: on me "
            "... ASAP.' is a reply, not an action item."
        ),
    ),
    NoteLabel(
        "zarr/2022-11-30.md",
        agenda=(
            Topic(30, "BP: Question around if anyone is doing work", None),
            Topic(40, "DB: zarr-python slicing API", None),
            Topic(57, "DH: questions about v2.", None),
        ),
        actions=(),
        why=(
            "Topics are the top-level items under '**Meeting Minutes:**' (the TL;DR "
            "names exactly these three). The '**Updates:**' bullets are news items."
        ),
    ),
    NoteLabel(
        "zarr/2023-11-15.md",
        agenda=(
            Topic(33, "Introductions; props", None),
            Topic(41, "Ideas for changing the format of community meetings?", None),
            Topic(44, "JMS: What other ZEP0002 changes are required?", None),
            Topic(55, "DH: Status: 2/3rd completed", None),
            Topic(58, "SV: The changes after ZEP2 voting", None),
            Topic(62, "JM: Maintain a list of active implementations", None),
            Topic(63, "Justus M.: Ryan held a Zarr BoF", None),
            Topic(65, "DH: Aggregate(consolidate) metadata issue for V3", None),
        ),
        actions=(),
        why=(
            "Top-level items under '**Meeting Minutes:**' are the topics, including "
            "the one-line 'JM: Maintain a list of active implementations' (a topic "
            "statement, not written as an action). '10 minutes presentations - "
            "followed by 5 mins. QnA' (42) is a proposal for future meetings, not a "
            "timebox of this topic."
        ),
    ),
    NoteLabel(
        "zarr/2024-01-24.md",
        agenda=(
            Topic(33, "DB: Will be opening a new PR", None),
            Topic(35, "Release: Would like to spread the word", None),
            Topic(36, "WF: AMS presence taking place in Baltimore", None),
            Topic(38, "Introductions w/ favourite food", None),
            Topic(44, "JH: Numcodecs in the Zarr-Python world", None),
            Topic(55, "SV: Martin might be showing up", None),
            Topic(58, "SV: Endorse SPEC0", None),
            Topic(63, "DB: Spec has different type of codecs", None),
            Topic(73, "DB: Status of V3 in Neuroglancer?", None),
            Topic(79, "Chat platform discussion", None),
        ),
        actions=(),
        why=(
            "Top-level items under '**Meeting Minutes:**'. '- TABLED' (78) is only a "
            "grouping label, so its child 'Chat platform discussion' is the topic (a "
            "tabled topic is still on the agenda). 'SV: Will sync with SP folks' and "
            "'DB: Will be opening a new PR' are statements in the minutes, not action "
            "items."
        ),
    ),
    NoteLabel(
        "zarr/2024-05-01.md",
        agenda=(
            Topic(20, "EP: Forwarded SV PyCon DE 2024 slides", None),
            Topic(21, "EP to SV: [Erick Ratamero]", None),
            Topic(22, "GB: Looking forward to meet Eric at Allen!", None),
        ),
        actions=(),
        why=(
            "The three one-line items under '**Meeting Minutes:**' are read as the "
            "topics (same rule as the other zarr notes, although they are remarks more "
            "than subjects). The '**Updates:**' bullet is news."
        ),
    ),
    NoteLabel(
        "zarr/may_the_4th.md",
        agenda=(
            Topic(45, "ZEP process:", None),
            Topic(49, "BRP: geospatial standards", None),
            Topic(61, "RA: What's ZEP 1 going to be?", None),
            Topic(90, "SV: Davis from April meeting", None),
            Topic(92, "Misc", None),
            Topic(95, "SV: pyscript!", None),
        ),
        actions=(),
        why=(
            "The topics are the items of the 'Topics:' list (44); the placeholder "
            "'- ...add stuff here...' (60) is not one. 'Introductions (...)' and "
            "'Updates (SV):' come before it as standing blocks; discussion that ended up "
            "inside Updates ('Thoughts on recording the community calls?', 'IV: R "
            "implementation?', 'JM: a libzarr out of netcdf-c') stays under that block "
            'and is not promoted to topics. \' - DB: "inaction item". Perhaps by the '
            "end of the week.' (91, one-space indent, nested under 90) jokingly "
            "declines an action; 'RA: will reach out to Alistair' is a minute line. No "
            "actions."
        ),
    ),
    NoteLabel(
        "zarr/meeting_notes_2024.md",
        agenda=(),
        actions=(),
        why="Year index page.",
    ),
)
