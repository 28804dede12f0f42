"""Agenda and action-item labels for the HEP Software Foundation minutes (read by hand).

Attendees and dates are labelled in ``tests/core/test_corpus_labels.py``.

Conventions read in these notes: the minutes are organised by headings. In the
coordination meetings the "##" headings ("News, general matters, announcements",
"Working Group Updates", "AOB", ...) group the topics and the "###" headings are the
topics; in the workshop notes the "##" headings are sessions ("Monday AM") and the
"####" talk headings are the topics; in the 2018 packaging notes the Setext headings
after "Agenda" are the topics. A "Next Meeting" section that only states the date, and
"Chair This Meeting", are logistics. There are no action-item sections; actions are
"Name to X" lines, a "Homework:" line, and the task items under a "Follow-up:" or
"... / Actions / ..." label. "X will ..." sentences in the minutes are not actions.
"""

from __future__ import annotations

from tests.core.labels.schema import Action, NoteLabel, Topic

LABELS: tuple[NoteLabel, ...] = (
    NoteLabel(
        "hsf/2018-02-21-packaging.md",
        agenda=(
            Topic(18, "Introduction - Graeme", None),
            Topic(28, "AliBuild Experience - Giulio", None),
            Topic(103, "Spack Discussion - All", None),
            Topic(107, "AOB", None),
        ),
        actions=(),
        why=(
            "Setext H1 headings: 'Agenda' itself holds only the Indico link and the "
            "participants (logistics, and the agenda heading is not a topic); the four "
            "headings after it are the topics, including 'Spack Discussion - All' "
            "(postponed, still on the agenda) and 'AOB'. 'Graeme and Ben will discuss "
            "later this week' is narrative. No actions."
        ),
    ),
    NoteLabel(
        "hsf/2018-11-26-generators.md",
        agenda=(
            Topic(18, "CWP Challenges and Workshop Aims (Liz", None),
            Topic(88, "Introduction to Generator Codes (Simon Platzer)", None),
            Topic(131, "ATLAS Needs and Concerns (Josh McFayden)", None),
            Topic(172, "CMS Needs and Concerns (Efe Yazgan)", None),
            Topic(214, "LHCb Needs and Concerns (Phil Ilten)", None),
            Topic(252, "Practical Computing Considerations (David Lange)", None),
            Topic(296, "Discussion", None),
            Topic(319, "Performance Optimisation Introduction - Why", None),
            Topic(347, "Optimising Memory Use (Sebastien Ponce, CERN)", None),
            Topic(372, "Performance Discussion", None),
            Topic(393, "Sherpa Status and Plans - Marek Schonherr, CERN", None),
            Topic(422, "aMC\\_@NLO Status and Plans - Olivier Mattelaer", None),
            Topic(450, "PYTHIA 8 Status and Plans - Philip Ilten", None),
            Topic(481, "Herwig Status and Plans - Peter Richardson, CERN", None),
            Topic(501, "POWHEG Status and Plans - Emanuele Re, CERN &", None),
            Topic(531, "Discussion", None),
            Topic(546, "High-multiplicity multi-jet merging with HPC", None),
            Topic(578, "A novel workflow of generator tunings in HPC", None),
            Topic(593, "Adaptive multi-channel integration with MPI", None),
            Topic(607, "Optimising Generator Usage", None),
            Topic(732, "Photos and Tauola Status and Plans", None),
            Topic(741, "EvtGen Status and Plans", None),
            Topic(768, "NNLO / N^3LO calculations with NNLOJet", None),
            Topic(795, "NNLO calculations with Matrix", None),
            Topic(802, "NNLO calculations with MCFM", None),
            Topic(806, "Beyond Current Paradigms", None),
        ),
        actions=(
            Action(853, "Broaden this activity", (), False),
            Action(854, "Understand differences between ATLAS and CMS -", (), False),
        ),
        why=(
            "Workshop live notes, 900 lines. Topics: the 26 '####' talk and discussion "
            "headings ('#### Discussion' and '#### Performance Discussion' are agenda "
            "slots too); the '## Monday AM' / '## Tuesday PM' session headings only group "
            "them. 'Agenda of the workshop explained:' inside the first talk lists the "
            "workshop's themes, not this note's topics. 'Take Home Messages / Actions / "
            "Planning' (851, a plain line, not a heading) closes the notes: most of its "
            "items are messages or questions ('LHCb is different from ATLAS/CMS ...', "
            "'GPU ports / code portability?'); only the items that state work to do are "
            "labelled as actions: 'Broaden this activity' and 'Understand differences "
            "between ATLAS and CMS' (both under 'Generator performance comparisons work'). "
            "Nobody is named for them. 'A dedicated performance workshop in the future "
            "(Spring?)' (884) is a take-home message of the same noun-phrase shape as "
            "'Projection of CPU needs for Run4': an idea, not a task anyone took on."
        ),
    ),
    NoteLabel(
        "hsf/2020-07-16-coordination.md",
        agenda=(
            Topic(12, "Letter of Support for SWIFT-HEP", None),
            Topic(26, "IRIS-HEP Blueprint Meeting on *Sustainable", None),
            Topic(32, "ESCAPE Workshop on Open Source Software", None),
            Topic(40, "LHCC Review of HL-LHC Software and Computing", None),
            Topic(50, "New Convenor for Data Analysis WG", None),
            Topic(56, "YouTube Channel", None),
            Topic(69, "Snowmass", None),
            Topic(77, "Review process on PRs", None),
            Topic(83, "Data Analysis", None),
            Topic(101, "Detector Simulation", None),
            Topic(105, "Reconstruction and Software Triggers", None),
            Topic(111, "Software Tools and Packaging", None),
            Topic(116, "Software Training", None),
            Topic(128, "Event generators", None),
            Topic(136, "Frameworks", None),
            Topic(144, "Differentiable Computing", None),
            Topic(152, "PyHEP 2020", None),
            Topic(165, "Future HSF-WLCG Workshops", None),
            Topic(188, "Next Meeting", None),
        ),
        actions=(
            Action(123, "Emery to prepare second version of CI/CD module", ("Emery",), False),
        ),
        why=(
            "'###' headings are the topics; '#### Mini-poll' is part of 'Future HSF-WLCG "
            "Workshops'. '### Next Meeting' under AOB is kept as a topic here because it "
            "proposes a summer schedule and records 'Agreed to this schedule'. 'Emery to "
            "prepare second version of CI/CD module ...' (123) is a 'Name to X' line, so "
            "an action. 'Graeme was asked to give a contribution ... draft slides next "
            "week', 'Plan to follow up by summarising ...' and 'We should add this to "
            "Indico ...' are not written as actions."
        ),
    ),
    NoteLabel(
        "hsf/2021-02-18-coordination.md",
        agenda=(
            Topic(13, "WG Plans and Last Meeting's Minutes", None),
            Topic(19, "Google Summer of Code", None),
            Topic(29, "November Workshop Survey and Outcomes", None),
            Topic(36, "Data Analysis", None),
            Topic(63, "Detector Simulation", None),
            Topic(70, "Reconstruction and Software Triggers", None),
            Topic(76, "PyHEP", None),
            Topic(84, "Software Tools and Packaging", None),
            Topic(95, "Software Training", None),
            Topic(109, "Event Generators", None),
            Topic(113, "Frameworks", None),
            Topic(122, "Differentiable Computing", None),
            Topic(130, "vCHEP2021", None),
        ),
        actions=(
            Action(55, "Invited participants to start drafting a rough", (), False),
            Action(56, "Organise a meeting/workshop later on to refine", (), False),
        ),
        why=(
            "'--- ' delimiters with a trailing space. '###' headings are the topics; '### "
            "Next Meeting(s)' only states the next date, so it is logistics. In the Data "
            "Analysis update the two items under 'Follow-up:' are labelled as actions; "
            "'Other plans:' lists the working group's plans ('Find a date to speak to "
            "Training WG', ...), not actions of this meeting. 'Prepare a test for "
            "candidates ...' (26) is advice to GSoC mentors."
        ),
    ),
    NoteLabel(
        "hsf/2026-02-12-coordination.md",
        agenda=(
            Topic(14, "2026 conveners", None),
            Topic(24, "HSF Seminar Series and Compute Accelerator Forum", None),
            Topic(43, "Steering Group & Advisory Group", None),
            Topic(49, "HSF Affiliated Projects and Software", None),
            Topic(67, "GSoC 2026", None),
            Topic(74, "Software Training", None),
            Topic(85, "Event generators", None),
            Topic(91, "Detector Simulation", None),
            Topic(95, "Data Analysis", None),
            Topic(105, "PyHEP", None),
            Topic(113, "JuliaHEP", None),
            Topic(131, "Software Tools and Packaging", None),
            Topic(149, "Physical Constants / HEPdata Library", None),
        ),
        actions=(Action(22, "Homework: *Please discuss 2026 plans with your", (), False),),
        why=(
            "'###' headings are the topics; '### Next Meeting' (date only) and '### Chair "
            "This Meeting 👇' (a sign-up request) are logistics. The one action is the "
            "'Homework:' line for the conveners (nobody named). '(Sapta will reach out to "
            "them)', '(Philippe will reach out)' and 'We will start a Google Doc ...' are "
            "narrative, not action items; 'Liz: ...' / 'Philippe: ...' / 'Eduardo: ...' "
            "paragraphs are discussion under Software Tools and Packaging."
        ),
    ),
)
