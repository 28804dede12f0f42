"""Agenda and action-item labels for the conda community / ecosystem meetings (read by hand).

Attendees, dates and checklist counts are labelled in ``tests/core/test_corpus_labels.py``.

Conventions read in these notes: the agenda template is a run of headings -
Announcements, Standing Items, New Agenda Items, Outstanding Items From the Previous
Meeting, Active Votes, Subteam Updates, Open PRs, Deferred to next meeting - which the
2020 notes nest under "## Agenda" and later notes write at the top level. Those
headings are grouping labels; their items are the topics (announcements included: they
carry the same "(XX)" proposer and discussed-box as any agenda item). "N/A", "- [ ]"
and "- [ ] ()" are empty slots. "## Introductions" lists people, not topics. "## Last
meeting points" / "## Previous Meetings" repeat an earlier meeting and are not this
meeting's topics.
"""

from __future__ import annotations

from tests.core.labels.schema import Action, NoteLabel, Topic

LABELS: tuple[NoteLabel, ...] = (
    NoteLabel(
        "conda-community/20201020_agenda_and_minutes.md",
        agenda=(
            Topic(37, "Welcome", None),
            Topic(40, "Meeting for 20201103: Move to 20201102", None),
            Topic(44, "Website: Check the draft for [text on the", None),
            Topic(49, "Conda Community Triage / Conda Triage team so", None),
            Topic(85, "Organize list on this hackmd on 'short", None),
            Topic(101, "Specification Subteam", None),
        ),
        actions=(
            Action(111, "Schedule community issue triage kick-off mtg --", (), False),
            Action(112, "Anaconda action item: get clarification about", ("Anaconda",), False),
        ),
        why=(
            "'* Welcome' opens the agenda and is a topic. The announcement 'Meeting for "
            "20201103: Move to 20201102' is an item under '### Announcements', kept as a "
            "topic (it is about the next meeting, not this call's logistics). The long "
            "'Conda Community Triage' item's nested project list and 'Discussion:' block "
            "are its discussion. 'Specification Subteam' under '### Subteam Updates' is a "
            "topic. Actions: the two items of '## Action items'; 'mtg -- ??' names "
            "nobody, 'Anaconda action item: ...' names the organisation as owner. The '## "
            "Previous Meetings' part (last meeting's discussion, empty 'Action Items', "
            "'Move to Issue Tracker', 'Current Action Items') adds nothing."
        ),
    ),
    NoteLabel(
        "conda-community/20201201_agenda_and_minutes.md",
        agenda=(
            Topic(30, "Welcome", None),
            Topic(36, "Anaconda: Organizational-level CLA", None),
            Topic(42, "Rotating Meeting Facilitator", None),
            Topic(46, "Conda Triaging and Issue Tracking meeting took", None),
            Topic(51, 'Given that pip install conda still "works" but', None),
            Topic(63, "Where are the conda-standalone binaries these", None),
            Topic(71, "(MRB) package copying and package metadata on", None),
            Topic(79, "Audit (CJ)", None),
            Topic(90, "Raises the question of how to handle optional", None),
            Topic(93, 'Additional test "keys" for conda-build (WV)', None),
        ),
        actions=(),
        why=(
            "Topics: 'Welcome', the standing CLA item, and the top-level items of '### "
            "New Agenda Items', including 'Raises the question of how to handle optional "
            "dependencies ...' (90), written as its own top-level item after the Audit "
            "item. '## Action items' is empty. 'Short term fix: Anaconda will replace "
            "with newer stub package on PyPI.' (58) is a decision in the discussion, not "
            "an action item. '## Last meeting points (2020-11-17)' belongs to the "
            "previous meeting."
        ),
    ),
    NoteLabel(
        "conda-community/20211208_agenda_and_minutes.md",
        agenda=(
            Topic(25, "(JL) Dedicated conda team at Anaconda!", None),
            Topic(26, "(FP) Anaconda hiring team to support NB 6/7,", None),
            Topic(30, "Conda Community website mockups", None),
            Topic(31, "Outreach to invite more organizations to join", None),
            Topic(35, "CHL: Should this be the last meeting for the", None),
            Topic(37, "MRB: starting discussions on possible", None),
            Topic(43, "MRB: core team emeritus invites", None),
            Topic(49, "JL/JRG: libmamba in conda progress report", None),
            Topic(52, "JL: plugins implementation kick-off (CEP 2)", None),
            Topic(54, "JL: conda ticket triage changes", None),
            Topic(59, "JL: moving outdated/unmaintained/obsolete into", None),
            Topic(60, "JRG: Menuinst revamp is ready for review", None),
            Topic(63, "JRG: Branding changes on constructor's PKG", None),
        ),
        actions=(),
        why=(
            "No '## Agenda' wrapper: the Announcements, Standing Items and New Agenda "
            "Items headings are the agenda. The names under '### Introductions' are not "
            "topics. 'I will be making the PR today ...' is a remark under a topic. '## "
            "Action items' is empty: no actions."
        ),
    ),
    NoteLabel(
        "conda-community/20230118_agenda_and_minutes.md",
        agenda=(
            Topic(34, "(KO) Conda 23.1.0 release is underway", None),
            Topic(37, "(DPC) [Announce mailing", None),
            Topic(39, "(JRG) constructor 4.3.x coming up!", None),
            Topic(45, "(DPC) Slack to Matrix migration is happening", None),
            Topic(49, "(DPC) Slack -> Matrix Migration specifics (if", None),
            Topic(76, "(MvN) Start graduation process for conda-lock", None),
        ),
        actions=(),
        why=(
            "Topics: the three ticked announcements and three new agenda items; the '- [ "
            "] ()' rows and the '- [ ]' under Introductions are empty slots. '(if agenda "
            "is relatively empty)' is a condition, not a timebox. 'Jaime will look into "
            "this.' (72) is a minute line, not written as an action. '## What is this "
            "meeting for?' is boilerplate."
        ),
    ),
    NoteLabel(
        "conda-community/20250212_agenda_and_minutes.md",
        agenda=(
            Topic(37, "(WV) Announce GSOC ideas", None),
            Topic(43, "(WV) Discuss `cache` behavior for v1 recipe", None),
            Topic(47, "(WV) Run exports in repodata ready for vote", None),
            Topic(52, "(TH) Thoughts on PyPI interoperability?", None),
        ),
        actions=(
            Action(46, "Daniel Ching will contribute some exemplar use", ("Daniel Ching",), False),
        ),
        why=(
            "Starts with 'x---' (no front matter). Every sub-bullet carries an empty "
            "HackMD box; those boxes are notes, not tasks. The one that states a task by "
            "a named person, '[ ] Daniel Ching will contribute some exemplar use cases to "
            "the CEP' (46), is labelled as an action. Announcements holds only '- [ ]'."
        ),
    ),
    NoteLabel(
        "conda-community/20260812-conda-ecosystem.md",
        agenda=(
            Topic(23, "Ongoing votes/RFCs:", None),
            Topic(31, "WV: We are preparing a CEP for virtual package", None),
            Topic(40, "Continue talking about [virtual packages", None),
        ),
        actions=(),
        why=(
            "Topics: the announcement 'Ongoing votes/RFCs:' (its children are the votes "
            "it lists), WV's CEP item, and the '## Deferred to next meeting' item: a "
            "deferred topic, labelled as a topic, not as an action item (nobody "
            "undertakes a task; the meeting will go on talking about it). No actions."
        ),
    ),
)
